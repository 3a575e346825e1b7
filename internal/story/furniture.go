package story

// Some pages reach the clusterer with the site's furniture for a body:
// a cookie or chat prompt, a copyright notice, a subscription wall, an
// author's biography. The title still says what the article is about
// ("59 dead, 527 injured in Las Vegas shooting"), but the body's terms
// outweigh it and pull the article's score against its story under the
// threshold. Such a body is short and shares no content term with the
// title, where a real article's body, however short, repeats the
// headline's subject. A page can also be the other way round, a real
// body under a site-wide title ("World news"), and a short body alone
// cannot tell which side is the furniture; so an article whose body
// looks like furniture is scored both ways, by its whole text and by
// its title alone (title terms and the title's entities), and the
// better reading places it. The title reading counts only where it
// reaches the join threshold: under it, a few title words (a dateline,
// a site name) meet many stories by chance, and would tie the article's
// story to their topics. When the title reading places the article,
// the body stays out of the story's centroid and index.

// furnitureTokens is the most words a body may have to be taken for
// furniture: the notices seen run to a few dozen words, and a real
// article over this length repeats its headline's subject.
const furnitureTokens = 150

// looksLikeFurniture reports a body of at most furnitureTokens words
// that shares no content term with a title of two content terms or
// more.
func looksLikeFurniture(bodyWords int, title, body map[uint32]int) bool {
	if bodyWords == 0 || bodyWords > furnitureTokens || len(title) < 2 {
		return false
	}
	for id := range title {
		if body[id] > 0 {
			return false
		}
	}
	return true
}
