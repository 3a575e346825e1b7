package textscrape

import (
	"regexp"
	"strings"
	"unicode"
)

// The furniture of blogs and magazines that the rules elsewhere miss:
// post navigation, comment forms and author boxes, notices of the site,
// headings of link boxes, rows of navigation and breadcrumbs; and the
// shapes of the page that place the body: a comment form closes the
// text, a site's footer closes the page, an introduction may stand
// apart above a comparison table, a short post may be a list of
// sentences.

// postNavRe opens the link of a blog's post navigation to the post
// before or after this one, which the scrape runs into that post's
// title: "Vorheriger BeitragNeuerscheinung: …", "Next post: How we …".
var postNavRe = regexp.MustCompile(`^(?i:(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|post)|previous (?:post|article|story|entry)|next (?:post|article|story|entry)|older post|newer post|(?:artículo|entrada) (?:anterior|siguiente)|siguiente (?:artículo|entrada)|article (?:précédent|suivant)|poprzedni (?:wpis|artykuł|post)|następny (?:wpis|artykuł|post))`)

// maxPostNav is the length, in words, of the longest post navigation
// line: a label and a headline.
const maxPostNav = 40

// postNav reports a post navigation link with the title of the post it
// leads to (see postNavRe).
func postNav(l *line) bool {
	return l.weight <= maxPostNav && postNavRe.MatchString(l.text)
}

// commentFormRe matches the fixed wording of a blog's comment form:
// the login hint, the notification boxes, the note that the address
// is not published, the box that keeps the reader's name.
var commentFormRe = regexp.MustCompile(`(?i)fill in your details below or click an icon|trage deine daten unten ein oder klicke ein icon|you are commenting using your|du kommentierst mit deinem|notify me of (?:new|follow-up) (?:comments|posts)|benachrichtig(?:e mich|ung) (?:über|bei) (?:weitere|neue)n? (?:kommentare|beiträge)|informiere mich über neue (?:beiträge|kommentare)|save my name,? email,? and website|meinen namen,? e-mail und website in diesem browser|your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|required fields are marked|erforderliche felder sind (?:mit|markiert)|enter your comment here|gib hier deinen kommentar ein|\((?:address never made public|adresse wird niemals veröffentlicht)\)` +
	// the hint that only the logged in may comment: "Devi essere
	// connesso per inviare un commento."
	`|(?:you must|you need to) be logged in to (?:post|leave|write) a comment|devi essere connesso per (?:inviare|pubblicare|scrivere) un commento|vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire|debes (?:estar conectado|iniciar sesión) para (?:publicar|escribir) un comentario|você precisa (?:estar logado|fazer login) para (?:publicar|postar) um comentário|(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein,? um (?:einen )?kommentar`)

// fieldRe matches the label of a form's field that must be filled:
// "Name (required)", "Email(required)". A form of any kind, a tip form
// above the text as well as a comment form below it, so it does not
// place the end of the text as commentFormRe does.
var fieldRe = regexp.MustCompile(`(?i)^(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message|nome|nombre|correo)\s*\*?\s*\((?:required|obligatorio|obrigatório|obbligatorio|erforderlich|pflichtfeld)\)\s*\*?$`)

// commentFormKeys gate commentFormRe: a line it matches holds one of
// them (in lower case).
var commentFormKeys = []string{"icon", "comment", "komment", "notify", "benachrichtig", "informiere", "browser", "e-mail", "email", "required", "erforderlich", "public", "veröffentlicht", "commento", "commentaire", "comentario", "comentário"}

// maxCommentForm is the length, in words, of the longest line of a
// comment form.
const maxCommentForm = 40

// commentForm reports a line of a comment form (see commentFormRe).
func commentForm(l *line) bool {
	if l.weight > maxCommentForm {
		return false
	}
	for _, k := range commentFormKeys {
		if strings.Contains(l.norm, k) {
			return commentFormRe.MatchString(l.text)
		}
	}
	return false
}

// noticeMoreRe matches more notices that sites print under or beside
// the text: an affiliate disclosure in German ("Für Links auf dieser
// Seite erhält die Redaktion ggf. eine Provision"), a newsletter's
// promise ("… delivered to their inbox"), a disclaimer of liability for
// linked pages, a copyright notice in Polish, a paywall's call to choose
// an access, a notice of the trademarks of a list of products ("A, B,
// and C are registered trademarks of …").
var noticeMoreRe = regexp.MustCompile(`(?i)erhält [\pL .-]{0,30}eine provision|provision vom händler|(?:delivered|sent) (?:straight )?to (?:your|their) inbox|keine haftung für (?:die )?inhalte externer|haftung für (?:die )?inhalte (?:externer|verlinkter)|chroniony prawem autorskim|wählen sie ihren zugang|cancela cuando quieras|^[^.]*,[^.]*,[^.]*\bare (?:registered )?trademarks of\b`)

// noticeKeys gate noticeMoreRe: a line it matches holds one of them (in
// lower case).
var noticeKeys = []string{"provision", "inbox", "haftung", "chroniony", "zugang", "cancela", "trademark"}

// maxNotice is the length, in words, of the longest notice line.
const maxNotice = 60

// pagingRe matches the count of a paged list of results: "Es werden
// die Weine 1 bis 10 von insgesamt 19 angezeigt", "Showing 1–12 of 40
// results".
var pagingRe = regexp.MustCompile(`(?i)\b\d+\s*(?:bis|to|-|–)\s*\d+\s+(?:von|of|de|z)\s+(?:insgesamt\s+)?\d+\b`)

// maxPaging is the length, in words, of the longest paging line.
const maxPaging = 15

// noticeLine reports a site's notice (see noticeMoreRe) or the count of
// a paged list (see pagingRe).
func noticeLine(l *line) bool {
	if l.weight <= maxPaging && pagingRe.MatchString(l.text) {
		return true
	}
	if l.weight > maxNotice {
		return false
	}
	for _, k := range noticeKeys {
		if strings.Contains(l.norm, k) {
			return noticeMoreRe.MatchString(l.text)
		}
	}
	return false
}

// readMoreLines are the links that close a teaser card, normalised.
var readMoreLines = wordSet(`read more|continue reading|read full story|read full article|full story|weiterlesen|mehr lesen|zum artikel|zum beitrag|leer más|seguir leyendo|lire la suite|leia mais|continua a leggere|czytaj dalej|czytaj więcej|lees meer`)

// readMore reports the link that closes a teaser card: "Read More".
func readMore(l *line) bool {
	return l.weight > 0 && l.weight <= 4 && readMoreLines[l.norm]
}

// trailingHeadings drops the headings that close the kept text with no
// text under them: the heading of a box after the article ("Weitere
// Informationen", "Originalpublikation"), a headline of a link.
func (c *classifier) trailingHeadings() {
	for i := len(c.lines) - 1; i >= 0; i-- {
		l := c.lines[i]
		if l.label == LabelBody {
			return
		}
		if l.label == LabelHeading {
			l.label = LabelFurniture
		}
	}
}

// minAboveForm is the score of the shortest text taken above a comment
// form (see commentFormAt) rather than a longer run under it.
const minAboveForm = 15

// aboveFormShare bounds how much longer (n times) the run under a
// comment form may be than the text above it that is taken instead.
const aboveFormShare = 10

// commentFormAt returns the index of the first line of a blog's comment
// form (its heading or its fixed wording, see commentForm), or -1.
func (c *classifier) commentFormAt() int {
	for i, l := range c.lines {
		if commentForm(l) || len(l.norm) <= 60 && commentFormHead.MatchString(l.norm) {
			return i
		}
	}
	return -1
}

// aboutNameRe matches the heading of a blog's author box, the word
// "about" and the author's name or nickname: "Über Creeny", "About Jo
// Lee".
var aboutNameRe = regexp.MustCompile(`^(?i:über|about|sobre|à propos de|acerca de)\s+\p{Lu}[\pL\d'’.-]*(?:\s\p{Lu}[\pL\d'’.-]*){0,2}$`)

// authorBoxes marks as furniture, before the body is looked for, the
// author box of a blog printed under the post's share and filing lines:
// a heading "Über Creeny" right under a line of known furniture, over
// a paragraph about the author. Such a paragraph, the only prose near
// the end of a short post, would outweigh the post itself.
func (c *classifier) authorBoxes() {
	for i := 1; i+1 < len(c.lines); i++ {
		l, p, n := c.lines[i], c.lines[i-1], c.lines[i+1]
		if l.hard != "" || p.hard != LabelFurniture || p.weight == 0 || !n.good || !aboutNameRe.MatchString(l.text) {
			continue
		}
		l.hard, n.hard, n.good, n.proseIt = LabelFurniture, LabelFurniture, false, false
	}
}

// alsoRe matches the heading of a box of further stories that speaks to
// the reader: "Diese Artikel könnten dich ebenfalls interessieren:",
// "Das könnte Sie auch interessieren", "Te puede interesar".
var alsoRe = regexp.MustCompile(`(?i)\bkönnten? (?:dich|sie|euch) (?:auch |ebenfalls |außerdem )?interessieren\b|\b(?:te|le|les) (?:puede|podría|pueden|podrían)n? (?:también )?interesar\b|\byou (?:may|might) also (?:like|enjoy|be interested)\b`)

// moreBoxRe opens the heading of a box of more stories of a kind:
// "Mehr Kolumnen auf …:", "Weitere Beiträge aus der Kolumne:", "More
// stories from …:".
var moreBoxRe = regexp.MustCompile(`(?i)^(?:mehr|weitere|more|other|further|andere|ähnliche)\s+(?:kolumnen|beiträge|artikel|texte|geschichten|nachrichten|meldungen|news|stories|articles|posts|columns|videos|podcasts|folgen|episoden|episodes)\b`)

// boxIntro reports the heading of a box of story links, written as a
// line introducing a list ("Weitere Beiträge aus der Kolumne:",
// "Diese Artikel könnten dich ebenfalls interessieren:").
func boxIntro(l *line) bool {
	if l.weight > 10 {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(l.text), ":") && (boxHeadingRe.MatchString(l.text) || moreBoxRe.MatchString(l.text)) {
		return true
	}
	return alsoRe.MatchString(l.text)
}

// navRow reports a row of navigation links or sharing buttons flattened
// to one line, each of them known furniture: "IMPRESSUM | DATENSCHUTZ",
// "Home · About · Contact", or, with no separator but spaces, "Share
// Tweet Share", "tweet share Reddit Pocket Flipboard Email".
func navRow(l *line) bool {
	if l.weight > 12 {
		return false
	}
	sep := func(r rune) bool { return r == '|' || r == '·' || r == '•' }
	if !strings.ContainsAny(l.text, "|·•") {
		if l.weight > maxSpacedRow {
			return false
		}
		sep = unicode.IsSpace
	}
	n := 0
	for _, p := range strings.FieldsFunc(l.text, sep) {
		p = Normalize(p)
		if p == "" {
			continue
		}
		if !furnitureLines[p] {
			return false
		}
		n++
	}
	return n >= 2
}

// maxSpacedRow is the most words a row of furniture separated by spaces
// alone may hold: each word must be furniture on its own, which a
// sentence or a headline of that length never is.
const maxSpacedRow = 8

// uiRe opens a line with the name of an icon that a page draws from an
// icon font ("chevron_left Browse All Posts", "filter_none WEITERE
// BEITRÄGE"), or with the root of a breadcrumb trail and its separator
// ("Start|Magazin|Tipps", "Home > News > Local"), or a short link back
// to a section ("Zurück zum Newsroom", "Back to News").
var uiRe = regexp.MustCompile(`^[a-z]+(?:_[a-z]+)+\s+\S|^(?i:home|start|startseite|inicio|início|accueil|strona główna|página inicial)\s*[|>›»/]\s*\S|^(?i:zurück zu[mr]?|back to|volver a|retour à|powrót do)\s+\S+(?:\s\S+)?$`)

// maxUI is the length, in words, of the longest such line.
const maxUI = 15

// uiLine reports a line of the page's interface (see uiRe).
func uiLine(l *line) bool {
	return l.weight <= maxUI && uiRe.MatchString(l.text)
}

// closingLinks reports a list lines[i..j] under a heading that closes
// the body run ending at end: items of a few words with no number and
// no sentence, nothing of the text after them ("Zum Thema", "- Was ist
// Radon?" reads as a question, not a sentence of the text). Facts and
// ingredients carry numbers, rows of data share a pattern (see
// templated); a list inside the text has text after it.
func (c *classifier) closingLinks(i, j, end int) bool {
	for k := j + 1; k <= end; k++ {
		if c.lines[k].good || c.lines[k].bullet {
			return false
		}
	}
	if j-i < 2 || templated(c.lines[i:j+1]) {
		return false // rows of data cut to one pattern: "- Spain (Group F): Eleventh Appearance"
	}
	for k := i; k <= j; k++ {
		l := c.lines[k]
		if strings.ContainsAny(l.text, "0123456789") || l.weight > 8 || strings.HasSuffix(l.text, ".") {
			return false
		}
	}
	return true
}

// proseLines counts the prose lines of a run.
func (c *classifier) proseLines(s span) int {
	n := 0
	for i := s.start; i <= s.end; i++ {
		if c.lines[i].good {
			n++
		}
	}
	return n
}

// weakShare is the share (1/n) of the main run's score that a run of
// two paragraphs or more above it needs to be taken (see segment).
const weakShare = 12

// minSentenceItems is the length of the shortest list of sentences taken
// as the body of a page with no other text (see sentenceItems).
const minSentenceItems = 3

// sentenceItems takes, on a page with no run of prose and no lede, the
// longest list of items that are full sentences of a few words as the
// body: a short post written as a numbered list ("1. Pommes esse ich am
// liebsten mit den Fingern."). A list of links has no stops.
func (c *classifier) sentenceItems() {
	item := func(l *line) bool {
		return l.bullet && l.hard == "" && l.sentence && l.weight >= 6 && !introLine(l) && !noticeRe.MatchString(l.text) && commentScore(l) < 2
	}
	bestStart, bestLen := -1, 0
	for i := 0; i < len(c.lines); {
		j := i
		for j < len(c.lines) && item(c.lines[j]) {
			j++
		}
		if j-i > bestLen {
			bestStart, bestLen = i, j-i
		}
		i = max(j, i+1)
	}
	if bestLen < minSentenceItems {
		return
	}
	end := bestStart + bestLen - 1
	score := 0
	for i := bestStart; i <= end; i++ {
		c.lines[i].item = true
		score += c.lines[i].weight
	}
	c.segs = []span{{start: bestStart, end: end, score: score}}
	c.body = make([]bool, len(c.lines))
	for i := bestStart; i <= end; i++ {
		c.body[i] = true
	}
}

// maxCaption is the length, in words, of the longest caption taken
// under a picture's credit (see creditCaptions).
const maxCaption = 15

// creditCaptions drops the caption printed right under a picture's
// credit inside the text ("Moa Karlberg/imagebank.sweden.se", "Das
// Wasser aus Bächen kocht man lieber ab."): one short sentence between
// the credit and a subheading. A paragraph of the text under a picture
// runs longer or goes on in another paragraph.
func (c *classifier) creditCaptions() {
	for i := 1; i+1 < len(c.lines); i++ {
		p, l, n := c.lines[i-1], c.lines[i], c.lines[i+1]
		if l.label != LabelBody || l.weight > maxCaption || innerSentence.MatchString(l.text) || !l.sentence {
			continue
		}
		if p.hard != LabelFurniture || !creditLine(p) || n.label != LabelHeading {
			continue
		}
		l.label = LabelFurniture
	}
}

// pastFooter reports a run found below the main run with the site's
// copyright line between them: the page's footer has closed the page,
// and what follows is another part of the site (a hidden menu, an about
// page printed in full).
func (c *classifier) pastFooter(main, s span) bool {
	if s.start <= main.end {
		return false
	}
	for i := main.end + 1; i < s.start; i++ {
		if l := c.lines[i]; l.hard == LabelCopyright && siteCopyright.MatchString(l.text) {
			return true
		}
	}
	return false
}

// fieldAfterField reports a line "Name: value" right under a kept line
// of the same pattern in the body run that starts at start: the last
// item of a list of facts ("Ohrringe: Leaf Combo", "Kreole: Stella
// Hoops"), which stays with the items above it though no text follows.
func (c *classifier) fieldAfterField(i, start int) bool {
	if i <= start {
		return false
	}
	p, l := c.lines[i-1], c.lines[i]
	if !kept(p.label) || p.hard != "" {
		return false
	}
	sk := skeleton(l.text)
	return strings.Contains(sk, ":") && !strings.HasSuffix(strings.TrimSpace(l.text), ":") && sk == skeleton(p.text)
}
