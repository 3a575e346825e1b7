package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storyline/storyline/internal/extract/textscrape"
)

// Boxes that trafilatura (or the fallback extractor it compares with)
// lets through: comment sections and their rules, author and press
// contact boxes, newsletter, donation and subscription calls,
// disclosures, image captions and credits, related-article, sharing,
// tag and breadcrumb lists, bylines. Their markup names them in a class
// or id; a paragraph of the extracted text that the page shows only
// inside such a box is dropped.

// furnitureWords are class and id words (a name split at "-", "_", ":"
// and ".") that name a box of page furniture.
var furnitureWords = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "kommentar": true, "kommentare": true,
	"kommentarcontent": true, "kommentarmodul": true,
	"author": true, "authorbox": true, "authorbio": true, "autorbox": true, "autorenbox": true, "pressofficer": true, "contactbox": true,
	"newsletter": true, "donation": true, "donate": true,
	"disclosure": true, "disclaimer": true, "affiliatetext": true,
	"imagedescription": true, "imagecaption": true, "figcaption": true,
	"related": true, "share": true, "sharing": true, "social": true, "subscribe": true, "subscription": true, "signup": true,
	"promo": true, "advert": true, "advertisement": true, "breadcrumb": true, "breadcrumbs": true, "byline": true, "tags": true,
	"caption": true, "credit": true, "copyright": true,
}

// furniturePairs are two consecutive words naming such a box
// ("author-bio", "about-author").
var furniturePairs = map[[2]string]bool{
	{"author", "bio"}: true, {"about", "author"}: true, {"author", "info"}: true, {"author", "box"}: true,
	{"author", "description"}: true, {"newsletter", "promo"}: true,
	{"comment", "form"}: true, {"comment", "rules"}: true, {"image", "caption"}: true,
	// the links to the previous and next stories ("prev_next",
	// "next-article", "previous-post")
	{"prev", "next"}: true, {"next", "article"}: true, {"prev", "article"}: true, {"previous", "article"}: true,
	{"next", "post"}: true, {"prev", "post"}: true, {"previous", "post"}: true,
}

// furnitureStates are words that, on an element, describe the page
// rather than name a box ("comments-open" on the article).
var furnitureStates = map[string]bool{"open": true, "closed": true, "count": true, "has": true, "no": true, "enabled": true}

// nameWords splits a class or id name into its words, at "-", "_", ":"
// and ".": "author-bio" → author, bio.
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' })
}

// isFurnitureBox reports whether n's class or id names a furniture box.
func isFurnitureBox(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head:
		return false
	case atom.Figcaption:
		return true
	}
	if relatedBox(n) {
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, name := range strings.Fields(strings.ToLower(a.Val)) {
			words := nameWords(name)
			state := false
			for _, w := range words {
				state = state || furnitureStates[w]
			}
			if state {
				continue
			}
			for i, w := range words {
				if furnitureWords[w] || i > 0 && furniturePairs[[2]string{words[i-1], w}] {
					return true
				}
			}
		}
	}
	return false
}

// relatedBox reports whether n is a block of other articles that says
// so in its own heading or label rather than in a class name: a
// container whose first element (or that element's first element) is a
// heading such as "You might also like", or whose aria-label or
// data-desc says it.
func relatedBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Ul, atom.Nav, atom.Footer:
	default:
		return false
	}
	for _, a := range n.Attr {
		if (a.Key == "aria-label" || a.Key == "data-desc") && isRelatedHead(a.Val) {
			return true
		}
	}
	c := firstElement(n)
	for depth := 0; c != nil && depth < 2; depth++ {
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return isRelatedHead(strings.Join(strings.Fields(textOf(c)), " "))
		}
		c = firstElement(c)
	}
	return false
}

// isRelatedHead reports a short heading that announces a block of
// related articles (see relatedHeadRe).
func isRelatedHead(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) <= 60 && relatedHeadRe.MatchString(s)
}

// firstElement returns n's first element child, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// maxFurnitureDepth bounds the nesting furnitureParas descends.
const maxFurnitureDepth = 512

// maxLinkBox is the most text, in runes, of a box that linkBoxes takes
// around an app store's link.
const maxLinkBox = 200

// minTrail is the fewest links of a breadcrumb trail.
const minTrail = 3

// appLink reports a link to an app in an app store: Google Play's apps
// (not its films or books), the App Store's, Huawei's and Microsoft's.
func appLink(host, path string) bool {
	switch host {
	case "play.google.com":
		return strings.HasPrefix(path, "/store/apps/")
	case "apps.apple.com", "itunes.apple.com":
		return strings.Contains(path, "/app/")
	case "appgallery.huawei.com", "appgallery.cloud.huawei.com", "apps.microsoft.com":
		return true
	}
	return false
}

// linkBoxes returns the boxes of furniture that their links name, whatever
// their class names:
//
//   - a breadcrumb trail: the smallest element that holds three links or
//     more, and no others, each to a path below the one before ("/",
//     "/local/", "/local/bihar/"), with at most maxLinkBox runes of text;
//   - a call to get the site's app: around a link to an app store, the
//     largest element with at most maxLinkBox runes of text ("Download
//     our app … to follow the latest news", the store badges).
func linkBoxes(root *html.Node) map[*html.Node]bool {
	type link struct {
		n    *html.Node
		host string
		path string
	}
	var links []link
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxFurnitureDepth || len(links) >= maxAnchors {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && attr(n, "href") != "" {
				p := u.Path
				if !strings.HasSuffix(p, "/") {
					p += "/"
				}
				links = append(links, link{n, strings.TrimPrefix(strings.ToLower(u.Host), "www."), p})
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	boxes := map[*html.Node]bool{}
	textLen := func(n *html.Node) int { return utf8.RuneCountInString(oneLine(textOf(n))) }
	for i := 0; i < len(links); {
		j := i + 1
		for j < len(links) && links[j].host == links[i].host && len(links[j].path) > len(links[j-1].path) &&
			strings.HasPrefix(links[j].path, links[j-1].path) {
			j++
		}
		if j-i >= minTrail {
			if box := commonAncestor(links[i].n, links[j-1].n); box != nil && countLinks(box) == j-i && textLen(box) <= maxLinkBox {
				boxes[box] = true
			}
		}
		i = j
	}
	for _, l := range links {
		if !appLink(l.host, l.path) {
			continue
		}
		box := l.n
		for p := box.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html &&
			p.DataAtom != atom.Main && p.DataAtom != atom.Article && textLen(p) <= maxLinkBox; p = p.Parent {
			box = p
		}
		if box != l.n {
			boxes[box] = true
		}
	}
	return boxes
}

// commonAncestor returns the deepest element that holds both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	holds := map[*html.Node]bool{}
	for n := a; n != nil; n = n.Parent {
		holds[n] = true
	}
	for n := b; n != nil; n = n.Parent {
		if holds[n] {
			return n
		}
	}
	return nil
}

// countLinks returns how many links with an address n holds.
func countLinks(n *html.Node) int {
	k := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxFurnitureDepth || k > maxAnchors {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != "" {
			k++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return k
}

// furnitureParas returns the paragraphs root shows only inside furniture
// boxes (as blockParagraphs splits them): boxes that their class or id
// names (see isFurnitureBox) or their links (see linkBoxes).
func furnitureParas(root *html.Node) map[string]bool {
	byLinks := linkBoxes(root)
	isBox := func(n *html.Node) bool { return byLinks[n] || isFurnitureBox(n) }
	var boxes []*html.Node
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if depth > maxFurnitureDepth {
			return
		}
		if isBox(n) {
			boxes = append(boxes, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	if len(boxes) == 0 {
		return nil
	}
	outside := map[string]bool{}
	for _, p := range blockParagraphsSkip(isBox, root) {
		outside[p] = true
	}
	set := map[string]bool{}
	for _, b := range boxes {
		for _, p := range blockParagraphs(b) {
			if !outside[p] {
				set[p] = true
			}
		}
	}
	return set
}

// dropFurniture removes the paragraphs that sit only in furniture boxes.
// When what would remain is under a third of the text, or under 400
// runes, the boxes are taken to hold the article itself and nothing is
// dropped.
func dropFurniture(paras []string, furn map[string]bool) []string {
	if len(furn) == 0 {
		return paras
	}
	total, dropped := 0, 0
	out := make([]string, 0, len(paras))
	for _, p := range paras {
		n := utf8.RuneCountInString(p)
		total += n
		if furn[p] {
			dropped += n
			continue
		}
		out = append(out, p)
	}
	if kept := total - dropped; len(out) == 0 || kept*3 < total || kept < 400 && dropped > 0 {
		return paras
	}
	return out
}

// relatedHeadRe matches a heading that opens a block of links to other
// articles ("Weitere Artikel", "You might also like", "Más sobre …",
// "関連記事", "เรื่องที่เกี่ยวข้อง"), in the languages of the corpora and
// of the shared news pages.
var relatedHeadRe = regexp.MustCompile(`(?i)^(weitere (artikel|themen|beiträge|nachrichten|meldungen|news)|neueste (artikel|beiträge)|` +
	`(das|dies) könnte (sie|dich) auch interessieren|zum weiterlesen|auch interessant|entdecke weitere|` +
	`related (articles|stories|posts|content|news)|more (stories|articles|news)|you (may|might) also like|recommended (for you|articles|stories)|` +
	`read next|más sobre|contenido relacionado|noticias relacionadas|te puede interesar|también te puede interesar|` +
	`sur le même sujet|à lire également|dans la même rubrique|leia mais|veja também|czytaj (także|też)|zobacz (także|też)|polecamy)\b.{0,40}$|` +
	// words that end in a letter \b does not know (Czech, Arabic, Hindi,
	// Thai, Japanese): no word boundary after them
	`^(čtěte také|přečtěte si (také|též)|související články|další články|اقرأ أيضا|أخبار ذات صلة|مواضيع ذات صلة|ये भी पढ़ें|यह भी पढ़ें|` +
	`เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|関連記事|関連ニュース|関連企業・業界|あわせて読みたい|おすすめ記事).{0,40}$`)

// cutRelated drops a block of related articles that trimFurniture could
// not reach: from a short heading that announces one, past the first
// third of the text, to the end, when no paragraph after it is long
// prose.
func cutRelated(paras []string) []string {
	for i := len(paras) / 3; i < len(paras); i++ {
		if i == 0 || utf8.RuneCountInString(paras[i]) > 60 || !relatedHeadRe.MatchString(paras[i]) {
			continue
		}
		for _, p := range paras[i+1:] {
			if utf8.RuneCountInString(p) > 400 {
				return paras
			}
		}
		return paras[:i]
	}
	return paras
}

// timeInLineRe matches a clock time.
var timeInLineRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|am|pm|h)\b)?`)

// dateLine reports a short paragraph that is a date, a time stamp or a
// byline around one ("23.10.2018", "Letzte Änderung 14.02.2019",
// "24. März 2004, 19:49 | Genesis"): the page's metadata, not prose.
func dateLine(p string) bool {
	n := utf8.RuneCountInString(p)
	if n > 160 {
		return false
	}
	// The date parser of plain-text scrapes knows the written forms.
	_, start, end, ok := textscrape.FindDate(p)
	if !ok {
		return false
	}
	loc := []int{start, end}
	// A line of fields between bars, one a date ("January 5, 2020 |
	// categories: Python | 3 comments"), is a post's metadata.
	if strings.Count(p, " | ") >= 2 {
		return true
	}
	if n > 100 {
		return false
	}
	// The date opens or closes the line ("Deadline: 3.11.2019 (postmark)"
	// is prose).
	bare := func(s string) bool {
		return strings.IndexFunc(timeInLineRe.ReplaceAllString(s, " "), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
	}
	if !bare(p[:loc[0]]) && !bare(p[loc[1]:]) {
		return false
	}
	rest := timeInLineRe.ReplaceAllString(p[:start]+" "+p[end:], " ")
	words := 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words++
		}
	}
	return words <= 3
}

// dropDateLines removes the date lines of paras.
func dropDateLines(paras []string) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if !dateLine(p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return paras
	}
	return out
}

var (
	// labelLineRe matches a line that is only a metadata label ("Von:",
	// "Telefon:", "Release Date:", "Aktualisiert am"), a source or photo
	// credit ("Quelle: Landesregierung", "Foto: dpa"), or a label and a
	// link ("Twitter https://twitter.com/example").
	labelLineRe = regexp.MustCompile(`(?i)^(?:(?:von|by|autor(?:in)?|author|telefon|phone|tel\.?|fax|e-?mail|release date|category|kategorie|tags|schlagw(?:ö|oe)rter)\s*:?|` +
		// a date's label whose date the extractor left out ("-Aktualisiert
		// am", "Updated on", "Publié le")
		`[-–—|·•]?\s*(?:zuletzt |last )?(?:aktualisiert|veröffentlicht|erschienen|updated|published|posted|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato)(?:\s+(?:am|um|on|at|le|el|em|il))?\s*:?|` +
		// a label of a few words and the address of a social channel, or
		// a handle ("Facebook https://fb.me/example", "LINE ID = @example")
		`(?:[^\s:=]+:?\s+){0,3}[=:]?\s*https?://(?:www\.|m\.)?(?:facebook\.com|fb\.me|fb\.com|twitter\.com|x\.com|t\.me|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|line\.me|linkedin\.com|wa\.me|whatsapp\.com|threads\.net|vk\.com)/\S*|` +
		`(?:[^\s:=]+\s+){1,3}[=:]?\s*@[\w.]{2,30}|` +
		`(?:quelle|source|fuente|fonte|foto|fotos|photo|bild|bildquelle|image|credit|crédito|crédit|zdjęcie)\s*:\s*.{1,60}|` +
		// a comment count ("1 Kommentar", "12 comments")
		`\d+\s+(?:kommentare?|comments?|comentarios?|commentaires?|komentarz[ey]?|antworten|replies|respuestas|reacties)|` +
		// a contact number ("Telefon: +49 (40) 300 30")
		`(?:telefon|tel\.?|phone|fax|mobil|mobile)\s*:?\s*\+?[\d(][\d\s()/.+-]{5,})$`)
	// promoRe matches a call to subscribe, pay or donate ("Would you
	// consider supporting our work?", "Hazte miembro", "Pour lire la
	// suite", "有料記事読み放題"), and the notices of paywalls, comment
	// sections and news agencies.
	promoRe = regexp.MustCompile(`(?i)would you consider supporting|support (?:our|us|independent) (?:work|journalism)|become a (?:member|subscriber|supporter)\b|` +
		`hazte (?:miembro|socio)|wesprzyj nas|zapraszamy (?:też )?do (?:subskrypcji|prenumeraty)|unterstützen sie (?:uns|unsere arbeit)|` +
		`^pour (?:lire la suite|accéder en illimité)|^jetzt (?:abonnieren|registrieren)|jetzt auch digital!|\bby email and never miss\b|` +
		`^help us (?:continue|keep)\b|` +
		// advertisement labels ("ANZEIGE - …", "Advertisement")
		`^(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|reklama)\s*(?:[-–:|]|$)|` +
		// a caption closed by its credit ("… © Agency / Name", "… (Foto: dpa)")
		`(?:©|\((?:foto|photo|bild|image|credit|crédito)s?:)[^.!?]{1,60}$|` +
		// a paywall's note on what is left to read ("Il vous reste 57 % de
		// cet article à lire", "有料会員になると…お読みいただけます")
		`^il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire|la suite est réservée aux abonnés|` +
		`^(?:the rest of )?this (?:article|story) is (?:for|only available to|exclusive to) (?:paying )?subscribers|` +
		`^dieser (?:artikel|beitrag) ist (?:nur )?für (?:abonnenten|abonnentinnen|abonnierende)|^有料会員になると|^この記事は有料会員限定|` +
		`abonelik için (?:lütfen )?iletişime geçiniz|読み放題|^【[^】]{0,20}キャンペーン】|` +
		// a news agency's note that the story is its feed's, summed up or
		// published unedited
		`abonelere sunulan haberler|özetlenerek yayımlanmaktadır|auto-generated from a syndicated feed|published from a (?:wire agency|syndicated) feed|` +
		`dieser artikel wurde automatisch (?:publiziert|veröffentlicht)|cet article a été publié automatiquement|diese meldung ist teil eines automatisierten angebots|` +
		// a comment section's moderation notice
		`\breserva el derecho de (?:eliminar|borrar|suprimir|retirar)\b.{0,30}\bcomentarios?\b|\breserves? the right to (?:remove|delete|edit)\b.{0,30}\bcomments?\b|` +
		// disclaimers
		`^\(?alle angaben ohne gewähr\)?\.?$|` +
		// a download's type and size ("PDF | 38 KB")
		`(?:pdf|docx?|xlsx?|pptx?|zip)\b\s*[|,(-]?\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib)\b`)
	// moreSuffixRe matches a bracketed "read more" link closing a
	// paragraph ("… [czytaj więcej]").
	moreSuffixRe = regexp.MustCompile(`(?i)\s*[\[(](?:czytaj )?(?:więcej|read more|more|weiterlesen|mehr|leer más|lire la suite|continue reading)[\])]$`)
	// tocRe matches the heading of a table of contents.
	tocRe = regexp.MustCompile(`(?i)^(?:inhaltsverzeichnis|table of contents|contents|inhalt|índice|sommaire|spis treści|indice)\s*:?$`)
)

// dropLines removes, anywhere in the text, metadata labels and credits,
// calls to subscribe or donate, advertisement labels, download sizes,
// and the heading of a table of contents or of a block of related
// articles with the link lines that follow it; it cuts a bracketed "read
// more" off the end of a paragraph.
func dropLines(paras []string, anchors map[string]bool) []string {
	out := paras[:0:0]
	toc := false
	for i, p := range paras {
		if loc := moreSuffixRe.FindStringIndex(p); loc != nil && loc[0] > 0 {
			p = p[:loc[0]]
		}
		short := utf8.RuneCountInString(p) < 250
		switch {
		case short && tocRe.MatchString(p),
			// a block of links to other articles inside the text
			utf8.RuneCountInString(p) <= 60 && relatedHeadRe.MatchString(p) && i+1 < len(paras) && isLinkPara(paras[i+1], anchors):
			toc = true
			continue
		case toc && isLinkPara(p, anchors):
			continue
		case short && (labelLineRe.MatchString(p) || promoRe.MatchString(p)),
			// a widget line; a related-articles heading goes only with
			// its links (above)
			textscrape.IsFurnitureLine(p) && !relatedHeadRe.MatchString(p):
			toc = false
			continue
		}
		toc = false
		out = append(out, p)
	}
	if len(out) == 0 {
		return paras
	}
	return out
}
