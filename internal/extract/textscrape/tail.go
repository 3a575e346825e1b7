package textscrape

import "regexp"

// The end of an article is often followed, inside the same run of prose,
// by the page's closing boxes: share buttons, tags, an author's
// biography, a newsletter form, a note of the site. The maximum-sum run
// takes them in when a long line of such a box outweighs the furniture
// before it. trimTail cuts the run at the first gap that holds a mark of
// the page's furniture (see endMark) after which little prose follows,
// and no paragraphs in a row (see tailParagraphs).

// tailShare bounds the prose after a cut: at most this fraction (1/n) of
// the prose before it.
const tailShare = 4

// inlineLink matches the furniture that a site prints inside the text, a
// link to another story or a picture's credit: it does not end the text.
var inlineLink = regexp.MustCompile(`(?i)^(?:read more|read also|also read|see also|related:|leia também|leia mais|veja também|lea también|lee también|lire aussi|à lire|voir aussi|lesen sie auch|mehr zum thema|zum artikel:|leggi anche|lees ook|czytaj (?:też|także|również)|zobacz (?:też|także|również)|читайте также|les også|læs også|läs också|lue myös|관련기사|\[관련기사\])`)

// adMark matches the label of an advertisement slot, which a page may
// print between any two paragraphs.
var adMark = regexp.MustCompile(`(?i)^[-–—\s]*(?:advertisement|advertisment|advertising|advert|anzeige|werbung|reklama|publicidad|publicité|pubblicità|publicidade|sponsored|ads?|광고)(?:[^\pL\pN_]|$)|^(?:story|article) continues (?:below|after)|^continue reading below|^passer la publicité|^la suite après (?:cette|la) publicité`)

// sourceMark matches a credit of a picture or a source, printed under a
// picture or a quote inside the text, and the notice of an embed that
// needs scripts ("This slideshow requires JavaScript.").
var sourceMark = regexp.MustCompile(`(?i)^(?:bild)?quelle\b|^source\b|^fuente\b|^fonte\b|^źródło\b|\.(?:jpe?g|png|gif|webp)$|javascript`)

// endMark reports a line of known furniture that closes an article:
// a widget, a box heading, a copyright line, a comment heading, a
// newsletter form. An advertisement slot, a credit, a field label
// ("Fazit:", "Anne:"), a time stamp ("7H ago") or a link to another
// story printed in the text does not close it.
func endMark(l *line) bool {
	switch l.hard {
	case LabelCopyright:
		return siteCopyright.MatchString(l.text)
	case LabelFurniture:
		return l.weight >= 1 && !l.field && !creditLine(l) && !inlineLink.MatchString(l.text) && !numberRe.MatchString(l.text) &&
			!adMark.MatchString(l.text) && !sourceMark.MatchString(l.text) && !agoRe.MatchString(l.norm) && !readTimeRe.MatchString(l.norm)
	}
	return false
}

// siteCopyright matches the copyright line of a site, with a year or a
// statement of rights, not a picture's credit ("© Jane Doe").
var siteCopyright = regexp.MustCompile(`(?i)\b(?:19|20)\d\d\b|rights|reserv|vorbehalten|direitos|derechos|droits|diritti|prawa`)

// trimTail returns the new end of the body run [start, end].
func (c *classifier) trimTail(start, end int) int {
	// A list item written as prose counts as a paragraph: a page of
	// travel tips in long items under a gallery is not tail.
	prose := func(l *line) bool { return l.good || proseItem(l) }
	// more[i]: lines[i..end] hold tailParagraphs prose lines in a row.
	more := make([]bool, end-start+2)
	n := 0
	for i := end; i >= start; i-- {
		if prose(c.lines[i]) {
			n++
		} else {
			n = 0
		}
		more[i-start] = n >= tailParagraphs || more[i-start+1]
	}
	total := 0
	for i := start; i <= end; i++ {
		if l := c.lines[i]; prose(l) {
			total += l.weight
		}
	}
	before := 0
	for i := start; i <= end; {
		l := c.lines[i]
		if l.good && i > start && bioLine(l) && (total-before)*tailShare <= before {
			// An author's biography opens the closing boxes.
			k := i - 1
			for k >= start && !prose(c.lines[k]) {
				k--
			}
			return k
		}
		if prose(l) {
			before += l.weight
			i++
			continue
		}
		// A gap: lines[i..j-1] are not prose.
		j, marks := i, 0
		for j <= end && !prose(c.lines[j]) {
			if endMark(c.lines[j]) {
				marks++
			}
			j++
		}
		if marks > 0 && j <= end && (total-before)*tailShare <= before && !more[j-start] {
			k := i - 1
			for k >= start && !prose(c.lines[k]) {
				k--
			}
			return k
		}
		i = j
	}
	return end
}

// tailParagraphs is how many prose lines in a row continue the text: the
// closing boxes of a page print a biography or a notice, one paragraph
// at a time between their headings.
const tailParagraphs = 3
