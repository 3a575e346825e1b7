// Package textscrape extracts the body text and metadata of a news article
// from a plain-text scrape of its page: text in which the page furniture
// (navigation, share widgets, related-article teasers, reader comments,
// copyright lines) is still present, one block per line.
//
// Existing extractors (trafilatura, readability, boilerpipe) work on the
// HTML tree and need its markup, link density and tag names; once a page
// is flattened to text that evidence is gone, and no tool we know of
// cleans such scrapes. This package classifies each line from what is
// left: its length, word count and ending punctuation, known widget and
// navigation vocabulary in several languages, its position relative to the
// densest run of prose lines, and patterns of its neighbours (a headline
// followed by a teaser cut off with "…", a list of link-like "- " lines,
// informal lines after the body's end, a run of dated story cards that
// closes the page). The run ends where the page's
// closing boxes start (share buttons, an author's biography, a newsletter
// form) when little prose follows them; a list of summary sentences above
// it and the product boxes of a shopping article below it belong to the
// text. Optional cross-document evidence
// (how many documents of one outlet repeat a line, as CCNet does with line
// hashes) marks furniture that no vocabulary knows.
//
// The classifier errs towards keeping: a body line dropped is worse than
// a furniture line kept.
package textscrape

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line labels, as in the project's gold files.
const (
	LabelTitle       = "title"
	LabelBody        = "body"
	LabelHeading     = "heading"      // a subheading or deck line: kept
	LabelDate        = "date"         // a date line: metadata
	LabelFurniture   = "furniture"    // navigation, widgets, field labels
	LabelTeaser      = "teaser"       // related-article headline or teaser
	LabelReadAlso    = "read-also"    // link list inside the body
	LabelComment     = "comment"      // reader comment
	LabelCopyright   = "copyright"    // copyright line
	LabelTitleRepeat = "title-repeat" // the headline printed again
)

// Limits that bound the work on hostile input.
const (
	// MaxInput is the number of bytes of a scrape that Extract reads;
	// the rest is ignored.
	MaxInput = 4 << 20
	// maxSegs bounds the number of separate body runs, and so the
	// work of finding them.
	maxSegs = 64
	// maxLineBytes caps a single line; longer lines are cut.
	maxLineBytes = 64 << 10
)

// LineCounter gives cross-document evidence about lines: of the documents
// of the same outlet seen so far, how many contain the normalised line
// (see Normalize), and how many there were in all.
type LineCounter interface {
	Count(norm string) (with, total int)
}

// Options are hints for Extract; the zero value is valid.
type Options struct {
	// Outlet names the publisher when the caller knows it; it is used
	// as Result.Outlet in preference to a copyright line.
	Outlet string
	// URL is the page address, when known (reserved for outlet rules).
	URL string
	// Common, if set, marks as furniture the lines that recur in many
	// documents of the outlet.
	Common LineCounter
}

// Line is one non-empty line of the input with its label.
type Line struct {
	N     int    // 1-based line number in the input
	Text  string // the line, trimmed of surrounding space
	Label string // one of the Label constants
}

// Result is what Extract found.
type Result struct {
	// Title is the headline, or "" when none was found.
	Title string
	// Text is the body: body paragraphs and kept headings, joined by
	// one blank line.
	Text string
	// Removed lists the dropped non-empty lines in input order (every
	// line that is neither the title nor in Text).
	Removed []string
	// Published is "YYYY-MM-DD", "YYYY-MM" or "YYYY", or "" when the
	// scrape carries no date.
	Published string
	// PublishedFrom says where Published came from: "header" (a date
	// line above the body), "text" (a dated dateline opening the body)
	// or "".
	PublishedFrom string
	// Precision is "day", "month" or "year" ("" with no date).
	Precision string
	// DateWarnings says where the scrape's dates disagree: a header date
	// passed over for the dateline opening the body.
	DateWarnings []string
	// Outlet is the publisher, from Options.Outlet or a copyright line.
	Outlet string
	// Lines holds every non-empty line with its label.
	Lines []Line
}

type line struct {
	n        int
	text     string
	norm     string
	lower    string // text in lower case, for the expressions that ignore case
	weight   int    // words, counting two CJK characters as one word
	sentence bool   // ends like a sentence
	ellipsis bool   // ends with "..." or "…"
	bullet   bool   // starts with a list mark
	hard     string
	byline   bool // "By Jane Doe"
	good     bool // a prose line
	item     bool // an item of a list introduced by a colon line
	field    bool // a few words and a colon: a field label, or a line introducing what follows
	proseIt  bool // a list item written as prose (see proseItem)
	lede     bool // a lede standing apart above the text (see ledesAbove)
	bare     bool // long, in a script written without spaces, and without punctuation (see bareDense)
	closing  bool // a short line closing the text (see closingSentences)
	code     bool // code leaked from the page's style sheet or scripts (see hardLabels)
	label    string
}

// Extract classifies the lines of a plain-text scrape and returns the
// article they hold. It never fails: a text with no recognisable body
// yields an empty Text.
func Extract(text string, opts Options) Result {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	lines := splitLines(text)
	c := classifier{lines: lines, opts: opts}
	c.run()
	return c.result()
}

func splitLines(text string) []*line {
	var out []*line
	n := 0
	for len(text) > 0 {
		n++
		s := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			s, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if len(s) > maxLineBytes {
			s = strings.ToValidUTF8(s[:maxLineBytes], "")
		}
		out = append(out, newLine(n, s))
	}
	return out
}

func newLine(n int, s string) *line {
	l := &line{n: n, text: s, norm: Normalize(s), lower: strings.ToLower(s)}
	l.weight = weight(s)
	l.ellipsis = strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
	l.sentence = endsSentence(s) && !l.ellipsis
	l.bullet = bulletRe.MatchString(s) && !datePrefix(s)
	l.bare = l.weight >= 40 && bareDense(s)
	return l
}

// bareDense reports a line of at least forty characters of a script
// written without spaces (Han, Kana) and not one comma or full stop: a
// run of linked headlines glued together ("河南81家上市公司已复工75家王毅会见…"),
// not prose, which has its commas and stops.
func bareDense(s string) bool {
	dense := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("。，、；,;", r):
			return false
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			dense++
		}
	}
	return dense >= 40
}

// dayMonthRe matches the start of a day-first date ("31. Oktober 2023.
// Woher kommt …", "3) March"), which bulletRe would take for a numbered
// list item.
var dayMonthRe = regexp.MustCompile(`^\d{1,2}[.)]\s+(\pL+)`)

// datePrefix reports a line that opens with a day and a month name: a
// dateline, not an item of a numbered list.
func datePrefix(s string) bool {
	m := dayMonthRe.FindStringSubmatch(s)
	return m != nil && monthNames[strings.ToLower(m[1])] > 0
}

var bulletRe = regexp.MustCompile(`^(?:[-–—•·*▪►▶■□◆◇○●]\s+|\d{1,2}[.)]\s+\D)`)

// weight counts words, with two characters of a script written without
// spaces (Han, Kana, Thai) counting as one word.
func weight(s string) int {
	words, dense := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
			dense++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				words++
			}
			inWord = true
		case r == '\'' || r == '’' || r == '-':
			// inside a word
		default:
			inWord = false
		}
	}
	return words + dense/2
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»«‹›)]」』）`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？:;؟।、，", r)
}

type classifier struct {
	lines []*line
	opts  Options
	title int    // index of the title line, or -1
	segs  []span // the body runs, in order
	body  []bool // per line: inside a body run
}

func (c *classifier) run() {
	c.title = -1
	c.hardLabels()
	c.authorBoxes()
	c.segment()
	c.findTitle()
	c.checkTitle()
	c.labelOutside()
	c.labelInside()
	c.ingredients()
	c.productBoxes()
	c.teaserCards()
	c.doubledCards()
	c.carousel()
	c.teaserRuns()
	c.authorBios()
	c.comments()
	c.creditCaptions()
	c.trailingHeadings()
	c.stampsOut()
	c.splitCredits()
	c.authorLines()
	c.pitchLines()
	c.mediaLines()
	c.boxLabelLines()
	c.linkLines()
	c.echoes()
	c.kickerPairs()
	for _, l := range c.lines {
		if l.label == "" {
			l.label = LabelFurniture
		}
	}
}

// hardLabels labels the lines that are furniture wherever they stand.
func (c *classifier) hardLabels() {
	codeish := make([]bool, len(c.lines))
	for i, l := range c.lines {
		codeish[i] = isCodeLine(l.text) || codeEnd(l.text)
	}
	prose := false // a sentence came before the line
	for i, l := range c.lines {
		// A lone line of code leaked from the page's style sheet or
		// scripts; a run of them, or one the line before introduces
		// ("And its test suite:"), is a listing the article shows. But
		// code before any sentence (a style sheet between the headline
		// and the text) is leaked, run or not: an article introduces its
		// listings.
		lone := isCodeLine(l.text) && !(i > 0 && (codeish[i-1] || strings.HasSuffix(strings.TrimSpace(c.lines[i-1].text), ":"))) &&
			!(i+1 < len(c.lines) && codeish[i+1])
		lone = lone || codeish[i] && !prose
		prose = prose || l.sentence && !codeish[i]
		switch {
		case l.weight == 0:
			l.hard = LabelFurniture // punctuation, symbols
		case isCopyright(l.norm, l.weight) && !credit(l):
			l.hard = LabelCopyright
		case creditLine(l) || boilerLine(l) || tagCloud(l) || consentLine(l) || postNav(l) || commentForm(l) || l.weight <= 4 && fieldRe.MatchString(l.text) || noticeLine(l) || boxIntro(l) || navRow(l) || uiLine(l) || widgetLine(l):
			l.hard = LabelFurniture
		case l.weight <= 12 && (dateLine(l.text) || !l.sentence && dateName.MatchString(l.text)):
			l.hard = LabelDate
		case l.weight <= 24 && stampRe.MatchString(l.text) && hasDate(l.text):
			l.hard = LabelDate // "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m."
		case l.weight <= 8 && relStampRe.MatchString(l.text):
			l.hard = LabelDate // "Publiziert heute um 12:19 Uhr"
		case l.weight <= 12 && !l.sentence && (postedBy.MatchString(l.text) || handleByline.MatchString(l.text)):
			l.hard = LabelDate // "Posted on Oktober 27, 2015 by Admin", "Jo Lee @jolee / 2 days"
		case l.weight <= 80 && cookieRe.MatchString(l.lower), l.weight <= 25 && promoRe.MatchString(l.lower):
			l.hard = LabelFurniture
		case isVocab(l.norm, l.weight) || isCommentHead(l.norm) || boxHeading(l):
			l.hard = LabelFurniture
		case isCodeToken(l.text) || lone:
			l.hard = LabelFurniture
			l.code = true
		case gluedTeaser(l.text):
			l.hard = LabelTeaser
		case l.weight <= 3 && strings.HasSuffix(strings.TrimSpace(l.text), ":"):
			l.hard = LabelFurniture // an empty field label: "Date:"
			l.field = true
		case l.weight <= 8 && numberRe.MatchString(l.text):
			l.hard = LabelFurniture
		case l.weight <= 12 && wireSlug.MatchString(l.text):
			l.hard = LabelFurniture
		case c.common(l):
			l.hard = LabelFurniture
		}
		// A byline may come as an item of a meta list: "- Von Jane Doe".
		l.byline = l.hard == "" && isByline(bulletRe.ReplaceAllString(l.text, ""), l.weight)
		l.good = l.hard == "" && !l.byline && !l.bullet && isProse(l)
		l.proseIt = isProseItem(l)
	}
}

var (
	// cookieRe and promoRe are matched against the lower-cased line:
	// Go's case folding in (?i) costs more than the whole match.
	cookieRe = regexp.MustCompile(`\bcookies?\b|(?:enabl|activat|turn on|requir|need|aktivier|activ|habilit)\pL*\s+(?:\S+\s+){0,3}javascript|javascript\s+(?:\S+\s+){0,3}(?:enabled|disabled|required|is (?:off|disabled|not enabled)|aktiviert|deaktiviert|desactivado)|adblock|ad blocker|werbeblocker|bloqueador de anúncios`)
	promoRe  = regexp.MustCompile(`newsletter|\bsubscri(?:be|bers?|ption|ptions)\b|\bsign up\b|abonnier|abonnement|\babo\b|e-mail-adresse|email address|e-mail address|registrier|einloggen|\blog in\b|paywall|\bpremium(?:$|[^\pL-])|subskrypcj|prenumera|assine|assinante|suscríbete|suscripción|abonnez|구독|무료`)
	bylineRe = regexp.MustCompile(`^(?i:by|von|por|par|di|door|autor|author|written by|reporting by|posted by|text|fotos?|photos?)[:\s]+\p{Lu}|기자$|특파원$|記者$|^(?:\p{Lu}\pL+\s){1,3}\p{Lu}\pL+\s*[|,/]\s*(?:reporter|staff writer|correspondent|editor)`)
)

// relStampRe matches a time stamp that gives the day relative to the
// reader's: "Publiziert heute um 12:19 Uhr", "Updated yesterday at 9:05".
var relStampRe = regexp.MustCompile(`(?i)^(?:publiziert|veröffentlicht|aktualisiert|published|updated|posted|publicado|actualizado|atualizado|publié|mis à jour)\s+(?:heute|gestern|today|yesterday|hoy|ayer|hoje|ontem|aujourd'hui|hier)\b.{0,20}\d{1,2}[:.]\d\d`)

func hasDate(s string) bool {
	_, _, _, ok := FindDate(s)
	return ok
}

// stampRe opens a time stamp line, which may print two dates and their
// times: "Published: Nov. 19, 2019, 6:18 p.m. Updated: …", "Posted on
// …".
var stampRe = regexp.MustCompile(`(?i)^(?:published|updated|last updated|last modified|first published|posted|veröffentlicht|aktualisiert|zuletzt aktualisiert|publicado|actualizado|atualizado|publié|mis à jour|pubblicato|aggiornato)(?:\s*:|\s+(?:on|am|le|el|em|il)\s)` +
	// the second stamp after a first date: "Mon 18 Nov 2019 18.54 GMT
	// Last modified on Mon 18 Nov 2019 18.56 GMT"
	`|^\P{L}{0,3}(?:mon|tue|wed|thu|fri|sat|sun|\d)[^!?]{0,40}\b(?:last modified|last updated|updated) (?:on|at)\b`)

// wireSlug matches the slug line of an agency's story: "BC-EU--Britain-
// Brexit-Election, 1st Ld-Writethru".
var wireSlug = regexp.MustCompile(`^BC-[\pL\d]+-[\pL\d-]*(?:,|$)`)

// postedBy matches a blog's stamp and author in one line, whatever
// the form of its date: "Posted on Oktober 27, 2015 by Admin".
var postedBy = regexp.MustCompile(`(?i)^(?:posted|published|written) (?:on|am) \S.{0,30} by \S`)

// handleByline matches an author's name followed by a social media
// handle, as a card or a blog prints its byline: "Catherine Shu
// @catherineshu / 2 days".
var handleByline = regexp.MustCompile(`^\p{Lu}\pL+(?: \p{Lu}[\pL.]*){0,3} @\w{2,}(?:$|\s*[/|·•–—-])`)

// dateName matches a date followed by the author's name, as a meta line
// prints them: "November 20, 2019 Emiliano Bellini", "21/06/2014 Tony
// Carter All, News".
var dateName = regexp.MustCompile(`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d)\s+(?:[-–—|·•]{1,2}\s*)?\p{Lu}\pL+(?:\s\p{Lu}\pL+){0,3}(?:$|[\s,|])`)

// bylineDate matches the date or time stamp that follows the author's
// name in a longer byline: "By Jane Doe on Monday, November 18th, 2019
// at 11:04 a.m.", "By Staff | November 18, 2019", "By Jo Lee - 11/18/19".
var bylineDate = regexp.MustCompile(`(?i)\b(?:on|at|am|publi[a-z]*)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|[|·•–—-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d`)

// isByline reports an author line: "By Jane Doe" of a few words, or a
// longer one that carries a date ("Posted by Jane Doe on November 19,
// 2019, 6:21 AM EST"), or a bare "By" whose name was a link.
func isByline(s string, weight int) bool {
	if s == "By" || s == "By:" {
		return true
	}
	if weight > 25 || !bylineRe.MatchString(s) {
		return false
	}
	return weight <= 10 || bylineDate.MatchString(s) || namesOnly(s)
}

// namesOnly reports a line of capitalised words and the words that join
// names ("By Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN"):
// the byline of several authors, longer than one name. A sentence that
// opens with "By" has words in lower case ("By Tuesday, the storm had
// passed.").
func namesOnly(s string) bool {
	if endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",;&")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || unicode.IsUpper(r) || nameJoiners[w] {
			continue
		}
		return false
	}
	return true
}

// nameJoiners are the lower-case words a list of names holds: "and" in
// several languages and the particles of surnames.
var nameJoiners = map[string]bool{"and": true, "und": true, "y": true, "e": true, "et": true, "i": true, "og": true, "en": true,
	"de": true, "del": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "al": true, "bin": true}

// credit reports a caption carrying a photo credit ("… © Noah Addis"):
// a copyright mark after the start and no rights statement.
func credit(l *line) bool {
	low := strings.ToLower(l.text)
	i := strings.Index(low, "©")
	return i > 0 && l.weight >= 6 && !strings.Contains(low, "rights") && !strings.Contains(low, "copyright") && !strings.Contains(low, "reserv")
}

func dateLine(s string) bool {
	if _, ok := ParseDate(s); ok {
		return true
	}
	// A byline with a date: "By Jane Doe | June 12, 2025".
	if i := strings.IndexAny(s, "|·•"); i > 0 {
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
			if _, ok := ParseDate(part); ok {
				return true
			}
		}
	}
	return false
}

func (c *classifier) common(l *line) bool {
	if c.opts.Common == nil || l.norm == "" {
		return false
	}
	// Prose is never dropped on this evidence: syndicated copies of one
	// article share every paragraph.
	if isProse(l) {
		return false
	}
	with, total := c.opts.Common.Count(l.norm)
	return with >= 3 && with*10 >= total
}

func isProse(l *line) bool {
	switch {
	case l.weight >= 40:
		return !l.bare
	case l.ellipsis:
		return false
	case l.weight >= 10 && l.sentence:
		return true
	case l.weight >= 25 && innerSentence.MatchString(l.text):
		// Several sentences with the last one unfinished: prose. One
		// long sentence without its full stop is a teaser's summary.
		return true
	}
	return false
}

// innerSentence matches a sentence end followed by the start of another.
var innerSentence = regexp.MustCompile(`\pL[.!?]\s+\p{Lu}`)

// headlineLike reports a line that could be a title or heading: a few
// words, not a full sentence.
func headlineLike(l *line) bool {
	if l.hard != "" || l.bullet && !numberedHeading.MatchString(l.text) {
		return false
	}
	if l.weight < 1 || l.weight > 30 {
		return false
	}
	if l.ellipsis && !strings.Contains(strings.TrimRight(l.text, ".…"), "...") {
		// "Headline…" is a teaser; "Talks... \"quote\"" is fine.
		return l.weight <= 20 && !teaserEnd(l)
	}
	s := strings.TrimRight(l.text, `"'”’»)] `)
	return !strings.HasSuffix(s, ".") || l.weight <= 6 && !strings.HasSuffix(s, "..")
}

// glue finds where a scrape has run a linked headline into its summary
// with no space: a word of at least three lower-case letters (or a
// number, or a word and a question or exclamation mark) directly
// followed by a capitalised word of two letters or more, or by the
// article "A" ("… SteakhouseA party of six …"; "SpaceX and" is a name).
var glue = regexp.MustCompile(`(?:\p{Ll}{3}|\d|\pL[?!])(?:\p{Lu}\p{Ll}+|A)[\s,]`)

// longWords counts the words of four letters or more.
func longWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 {
			n++
		}
	}
	return n
}

// gluedTeaser reports a teaser card flattened to one line, a title-case
// headline glued to the sentence under it: "Customers Leave Without
// Paying $690 Bill At Troy SteakhouseA party of six left …". A headline
// is at least four words (three of them long) in title case with no
// sentence end in it; the summary is a sentence of some length. A glued
// capital must start a word ("SpaceX" is a name, not a seam).
func gluedTeaser(s string) bool {
	loc := glue.FindStringIndex(s)
	if loc == nil {
		return false
	}
	// The cut is before the capital: after the lower-case run or number.
	cut := loc[0]
	for i, r := range s[loc[0]:] {
		if unicode.IsUpper(r) {
			cut = loc[0] + i
			break
		}
	}
	head, tail := s[:cut], s[cut:]
	if weight(head) < 4 || longWords(head) < 3 || weight(tail) < 8 || strings.Contains(head, ".") || !titleCase(head) {
		return false
	}
	return endsSentence(tail) || strings.HasSuffix(tail, "…") || strings.HasSuffix(tail, "...")
}

// tweetSig matches the signature line of an embedded post, printed under
// the quoted text: "— Jane Doe (@janedoe) November 18, 2019".
var tweetSig = regexp.MustCompile(`^[—–-]\s.*\(@\w+\)`)

var numberedHeading = regexp.MustCompile(`^\d{1,2}[.)]\s+\p{Lu}`)

// teaserEnd reports a line cut off to make a teaser: it ends with an
// ellipsis after a word, not after a sentence.
func teaserEnd(l *line) bool {
	if !l.ellipsis {
		return false
	}
	s := strings.TrimSuffix(strings.TrimSuffix(l.text, "..."), "…")
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// findTitle takes the headline above the body: walking up from the first
// body line over deck lines (headline-like lines, kept as headings) and
// date or byline lines, the topmost headline-like line of that run.
func (c *classifier) findTitle() {
	if len(c.segs) == 0 {
		// No body: the first headline-like line of some length.
		for i, l := range c.lines {
			if l.hard == "" && l.weight >= 3 && headlineLike(l) && !teaserEnd(l) {
				c.setTitle(i)
				return
			}
		}
		return
	}
	first := c.segs[0].start
	var run []int
	skips := 0
	for i := first - 1; i >= 0 && len(run) < 5; i-- {
		l := c.lines[i]
		// Skip date, byline and a few short meta items ("Share",
		// "- Reading time: 8 min.") between the headline and the text.
		if l.code {
			continue // style rules between the headline and the text
		}
		if l.hard == LabelDate || l.byline || (l.hard == LabelFurniture || l.bullet) && l.weight <= 3 && skips < 3 {
			skips++
			continue
		}
		if l.hard != "" || l.weight < 3 || !headlineLike(l) || teaserEnd(l) || l.bullet {
			break
		}
		run = append(run, i)
	}
	if len(run) == 0 {
		// A long headline printed directly above the lede.
		l := c.lines[first]
		if first+1 <= c.segs[0].end && l.weight <= 30 && !l.sentence && c.lines[first+1].good {
			c.segs[0].start++
			c.body[first] = false
			c.setTitle(first)
		}
		return
	}
	// The run may hold, above the headline, a kicker or the last links
	// of the navigation ("BLACK DEATH FEARS", "You are signed in as"),
	// and under it a deck. The headline is the longest line the run
	// prints twice (a breadcrumb and the headline), or else its topmost
	// line of headline length (see maxTitleWeight) and of more than a
	// few words (see minTitleWeight), or else its longest line of
	// headline length; a time stamp or a breadcrumb (see deckMeta) is
	// no headline. Deck lines under it are kept as headings; the lines
	// above it are furniture.
	k := c.titleIn(run)
	if t := c.lines[run[k]]; t.weight > maxTitleWeight || deckMeta.MatchString(t.text) {
		// No line of the run can be the headline (a time stamp,
		// "Energie 12.12.2022, 08:30 Uhr"): a headline that opens the
		// body, a question counted as prose, is.
		l := c.lines[first]
		if first+1 <= c.segs[0].end && l.weight >= 3 && l.weight <= maxTitleWeight && headlineLike(l) && !teaserEnd(l) && c.lines[first+1].good {
			c.segs[0].start++
			c.body[first] = false
			c.setTitle(first)
			return
		}
	}
	c.setTitle(run[k])
	for _, i := range run[:k] {
		if l := c.lines[i]; l.label == "" && !deckMeta.MatchString(l.text) {
			l.label = LabelHeading // deck
		}
	}
}

// deckMeta matches a line under the headline that is no deck: a time
// stamp ("Today 12:01 AM"), a short line with a year ("LinkNaija August
// 08, 2018"), a breadcrumb ("Blog > Nutrition > Meal Plans").
var deckMeta = regexp.MustCompile(`\b\d{1,2}:\d\d\b|^(?:\S+\s+){0,6}\S*\b(?:19|20)\d\d\S*$|\S\s+[>›»/|]\s+\S.*\s[>›»/|]\s+\S|\S\s+[>›»]\s+\S`)

// titleIn returns the index in run (line indices, bottom up) of the
// headline (see findTitle).
func (c *classifier) titleIn(run []int) int {
	fits := func(x int) bool {
		return c.lines[run[x]].weight <= maxTitleWeight && !deckMeta.MatchString(c.lines[run[x]].text)
	}
	twice := -1
	for x := len(run) - 1; x >= 0; x-- {
		for y := range run {
			if y != x && fits(x) && c.lines[run[y]].norm == c.lines[run[x]].norm &&
				(twice < 0 || c.lines[run[x]].weight > c.lines[run[twice]].weight) {
				twice = x
			}
		}
	}
	if twice >= 0 {
		return twice
	}
	for x := len(run) - 1; x >= 0; x-- {
		if fits(x) && c.lines[run[x]].weight >= minTitleWeight {
			return x
		}
	}
	k := len(run) - 1
	for x := len(run) - 2; x >= 0; x-- {
		if fits(x) && (!fits(k) || c.lines[run[x]].weight > c.lines[run[k]].weight) {
			k = x
		}
	}
	return k
}

// minTitleWeight is the length, in words, of a short headline; a shorter
// line over a longer one is a kicker or a link of the navigation.
const minTitleWeight = 6

// maxTitleWeight is the length, in words, of the longest headline; a
// longer line above the text is a deck or a caption.
const maxTitleWeight = 20

func (c *classifier) setTitle(i int) {
	c.title = i
	c.lines[i].label = LabelTitle
	t := c.lines[i].norm
	for _, l := range c.lines[i+1:] {
		if l.norm == t && l.label == "" {
			l.label = LabelTitleRepeat
		}
	}
}

type span struct {
	start, end, score int
	// weak marks a run above the main run taken on a lower share of
	// its prose (see segment): it is not joined to its neighbours.
	weak bool
}

// maxRun returns the run of lines in [lo, hi] with the highest score sum,
// trimmed to prose lines at both ends; an item written as prose (see
// proseItem) may open it, as a summary printed as a list opens the text.
func (c *classifier) maxRun(lo, hi int) span {
	best := span{start: 1, end: 0}
	sum, start := 0, lo
	for i := lo; i <= hi; i++ {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += c.score(c.lines[i])
		if sum > best.score {
			best = span{start: start, end: i, score: sum}
		}
	}
	for best.start <= best.end && !c.lines[best.start].good && !proseItem(c.lines[best.start]) {
		best.start++
	}
	end := best.end
	for best.end >= best.start && !c.lines[best.end].good {
		best.end--
	}
	// Items written as prose under the last paragraph belong to the
	// run, unless furniture ("Latest News") stands between.
	for i := best.end + 1; best.end >= best.start && i <= end && c.lines[i].hard == ""; i++ {
		if proseItem(c.lines[i]) {
			best.end = i
		}
	}
	return best
}

// proseItem reports a list item written as prose ("- Reisezeit: Die
// Saison reicht von Juni bis August. …"): an article may be a list of
// such items, where a list of links holds headlines. A site's rules for
// comments, printed as a list, are no text.
func proseItem(l *line) bool { return l.proseIt }

func isProseItem(l *line) bool {
	return l.bullet && l.hard == "" && l.weight >= 15 && isProse(l) && !noticeRe.MatchString(l.text)
}

// segment finds the body: the run of lines with the most prose in it, by
// a maximum sum over per-line scores (prose counts for its length,
// furniture against, other lines slightly against), then other runs that
// carry a good share of the main run's prose.
func (c *classifier) segment() {
	main := c.maxRun(0, len(c.lines)-1)
	if main.start > main.end {
		c.loneLede()
		return
	}
	form := c.commentFormAt()
	if form >= 0 && form < main.start {
		// The text stands above the blog's comment form; the run
		// under it is a sidebar (an about box, a shop's offers).
		// A newsletter box above a long text may share the form's
		// wording: the run above must carry a fair share of the
		// text.
		if alt := c.maxRun(0, form-1); alt.start <= alt.end && alt.score >= minAboveForm && alt.score*aboveFormShare >= main.score {
			main = alt
		}
	}
	// A reader-comment section ends the body, and so does a comment
	// form.
	limit := len(c.lines) - 1
	for i := main.start + 1; i < len(c.lines); i++ {
		if c.commentHead(i) || i == form {
			limit = i - 1
			break
		}
	}
	if main.end > limit {
		main.end = limit
		for main.end >= main.start && !c.lines[main.end].good {
			main.end--
		}
	}
	main.end = c.closingSentences(main.end, limit)
	main.end = c.trailingList(main.end, limit)
	main.start = c.openingSentences(main.start)
	main.start = c.summaryList(main.start)
	cut := main.end
	if e := c.trimTail(main.start, main.end); e < main.end {
		// A short closing line under the last paragraph ("Vielen Dank
		// für das Gespräch!") stays with the text; a paragraph there
		// opens the closing boxes.
		main.end = e
		if x := c.closingSentences(e, e+1); x > e && !c.lines[x].good {
			main.end = x
		}
	} else {
		main.end = e
	}
	c.segs = []span{main}
	min := max(15, main.score/6)
	var more func(lo, hi int)
	more = func(lo, hi int) {
		if lo > hi || len(c.segs) >= maxSegs {
			return
		}
		s := c.maxRun(lo, hi)
		if s.start > s.end {
			return
		}
		if s.score < min {
			// Above the text, a run of two paragraphs or more
			// with a smaller share of its prose is an introduction
			// set apart by a table or a box (a buying guide's
			// summary over its comparison table).
			if hi >= main.start || s.score < max(15, main.score/weakShare) || c.proseLines(s) < 2 {
				return
			}
			s.weak = true
		}
		if !c.siteNotice(s) && !c.loneParagraph(s, main) && !c.pastFooter(main, s) {
			c.segs = append(c.segs, s)
		}
		more(lo, s.start-1)
		more(s.end+1, hi)
	}
	more(0, main.start-1)
	more(cut+1, limit)
	sort.Slice(c.segs, func(i, j int) bool { return c.segs[i].start < c.segs[j].start })
	c.joinGaps()
	for k := range c.segs {
		next := limit + 1
		if k+1 < len(c.segs) {
			next = c.segs[k+1].start
		}
		// Any run, not only the main one, may close with a list of
		// sentences (an introduction over a table of contents).
		c.segs[k].end = c.trailingList(c.segs[k].end, next-1)
		c.segs[k].end = c.introducedList(c.segs[k].end, next)
		c.segs[k].end = c.headedLists(c.segs[k].end, next)
	}
	for _, i := range c.ledesAbove(c.segs[0].start) {
		c.lines[i].lede = true
		c.segs = append([]span{{start: i, end: i, score: c.score(c.lines[i])}}, c.segs...)
	}
	c.body = make([]bool, len(c.lines))
	for _, sg := range c.segs {
		for i := sg.start; i <= sg.end; i++ {
			c.body[i] = true
		}
	}
}

// joinGaps joins two body runs when every line between them is plain
// text: no known furniture, date or copyright, no cut teaser, no headline
// printed twice nearby, no comment heading. Such a gap is a stretch of
// the article written in short lines (a meal plan, a schedule, a set of
// subheadings) that scores too low to be a run of its own; a box of links
// or teasers between two parts of the text carries one of those marks.
func (c *classifier) joinGaps() {
	if len(c.segs) < 2 {
		return
	}
	out := c.segs[:1]
	for _, s := range c.segs[1:] {
		last := &out[len(out)-1]
		if !last.weak && !s.weak && c.plainGap(last.end+1, s.start-1) {
			last.end = s.end
			last.score += s.score
			continue
		}
		out = append(out, s)
	}
	c.segs = out
}

// plainGap reports whether lines[lo..hi] hold only plain text (see
// joinGaps).
func (c *classifier) plainGap(lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		l := c.lines[i]
		if l.hard != "" || l.byline || teaserEnd(l) || isCommentHead(l.norm) || c.repeated(i) {
			return false
		}
	}
	return true
}

// loneReach is how far below the main body run a run of one paragraph
// may stand and still be taken as part of the text.
const loneReach = 10

// loneParagraph reports a run, found below the main body run, that holds
// a single prose line and stands more than loneReach lines away from it:
// a promotion or a teaser's summary printed further down the page, not a
// part of the text cut off by a box. (Above the text, a lone paragraph is
// often the story's lede, set apart by a picture or a video.)
func (c *classifier) loneParagraph(s, main span) bool {
	if s.start <= main.end+loneReach {
		return false
	}
	prose := 0
	for i := s.start; i <= s.end; i++ {
		if c.lines[i].good {
			prose++
		}
	}
	return prose <= 1
}

// noticeRe matches the words of a site's notices to its users: privacy
// and cookie statements, account and comment rules.
var noticeRe = regexp.MustCompile(`(?i)privacy|personal (?:data|information)|cookie|data protection|datenschutz|personenbezogen|your account|user(?:'s|s’|s'|’s)? account|terms of (?:use|service)|consent|einwilligung|einstellungen|this (?:site|website)|diese(?:r)? (?:website|seite)|our (?:site|website|services)|browser|tracking|moderat|reader comments|comments (?:are|may|must|will)|your comments?\b`)

// siteNotice reports a run of prose, found apart from the main body, that
// is a notice of the site: most of its prose lines speak of privacy,
// cookies, accounts or the site's rules (see noticeRe).
func (c *classifier) siteNotice(s span) bool {
	prose, notice := 0, 0
	for i := s.start; i <= s.end; i++ {
		if l := c.lines[i]; l.good {
			prose++
			if noticeRe.MatchString(l.text) {
				notice++
			}
		}
	}
	return prose > 0 && 2*notice >= prose
}

// repeatWindow is how near its copy a repeated headline is looked for.
const repeatWindow = 3

// repeated reports a line of a few words printed twice within a few
// lines, as link boxes print a headline under its picture and again as a
// text link; a subheading is printed once. (The page's own headline
// recurs far apart, in breadcrumbs and share boxes, and is not caught.)
func (c *classifier) repeated(i int) bool {
	l := c.lines[i]
	if l.weight < 3 {
		return false
	}
	for j := max(0, i-repeatWindow); j <= min(len(c.lines)-1, i+repeatWindow); j++ {
		if j != i && j != c.title && c.lines[j].norm == l.norm {
			return true
		}
	}
	return false
}

// closingSentences extends a body run that ends at end over the short
// sentences right after it ("Police said the cases were unrelated."),
// which are too short to count as prose on their own; a line that reads
// like a reader's comment or a site's notice is not taken, nor one that
// introduces a list (introducedList takes that). It returns the new end.
func (c *classifier) closingSentences(end, limit int) int {
	for n := 0; n < 2 && end+1 <= limit; n++ {
		l := c.lines[end+1]
		if tweetSig.MatchString(l.text) && l.hard == "" {
			end++ // the signature of a tweet quoted last: "— Jo Doe (@jodoe) November 18, 2019"
			continue
		}
		if k := c.tweetAt(end+1, limit); k > end {
			// A post quoted last, with its signature: "Who are we as
			// a nation … pic.twitter.com/…", "— Rep. Ilhan Omar
			// (@Ilhan) November 19, 2019".
			for i := end + 1; i <= k; i++ {
				c.lines[i].closing = true
			}
			end = k
			continue
		}
		if end+2 <= limit && pictureCredit(l) && closingLine(c.lines[end+2]) {
			end += 2 // a closing line under a picture's credit: "© dtv Verlag"
			c.lines[end].closing = true
			continue
		}
		if !closingLine(l) {
			break
		}
		end++
		l.closing = true
	}
	return end
}

// tweetAt returns the index of the signature of an embedded post whose
// text starts at lines[i] (see tweetText), or -1.
func (c *classifier) tweetAt(i, limit int) int {
	for j := i + 1; j <= limit && j <= i+tweetQuote; j++ {
		if c.lines[j-1].hard != "" || c.lines[j-1].byline {
			return -1
		}
		if tweetSig.MatchString(c.lines[j].text) {
			return j
		}
	}
	return -1
}

// closingLine reports a short line that can close the text (see
// closingSentences): a full sentence of a few words, or a last sentence
// left without its stop ("… und das gefällt mir 😉", "… Offenbar ist das
// in der Politik ähnlich"), not known furniture, a list item, a byline,
// a line introducing a list, a reader's comment or a site's notice.
func closingLine(l *line) bool {
	if l.hard != "" || l.bullet || l.byline || introLine(l) || l.weight < 4 || commentScore(l) >= 2 || noticeRe.MatchString(l.text) {
		return false
	}
	if l.weight <= 8 && deckMeta.MatchString(l.text) {
		return false // a time stamp: "Updated at 1:23 p.m."
	}
	return l.sentence || !l.ellipsis && (emojiEnd(l.text) || l.weight >= 12 && innerSentence.MatchString(l.text))
}

// pictureCredit reports a picture's credit: a copyright mark without a
// year or rights ("© dtv Verlag"), or a credit line.
func pictureCredit(l *line) bool {
	return l.hard == LabelCopyright && !siteCopyright.MatchString(l.text) || l.hard == LabelFurniture && l.weight > 0 && creditLine(l)
}

// emojiEnd reports a line that ends with an emoji or another symbol
// after a word, as an informal sentence may: "… das gefällt mir 😉".
func emojiEnd(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.Is(unicode.So, r) || unicode.IsSpace(r) || r == '\uFE0F' || r == '\u200D'
	})
	if len(t) == len(s) || t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r)
}

// openingSentences extends a body run that starts at start over the short
// sentences right above it ("It was a strange year."), which are too
// short to count as prose on their own. Only full sentences of a few
// words are taken, so a headline, a byline or a date above the text stops
// the walk. It returns the new start.
func (c *classifier) openingSentences(start int) int {
	for n := 0; n < 3 && start > 0; n++ {
		l := c.lines[start-1]
		if l.hard != "" || l.bullet || l.byline || !l.sentence || l.weight < 5 || headlineLike(l) || commentScore(l) >= 2 {
			break
		}
		start--
	}
	return start
}

// loneLede takes, on a page with no run of prose (a paywall under the
// lede), its longest lede-like line (see ledeLike) of at least
// minLoneLede words as the body: "Das Zentrum Ergolz lud zur
// Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie …". A
// site's notice or a reader's comment is not taken.
func (c *classifier) loneLede() {
	best := -1
	for i, l := range c.lines {
		if l.weight >= minLoneLede && ledeLike(l) && !noticeRe.MatchString(l.text) && commentScore(l) < 2 && (best < 0 || l.weight > c.lines[best].weight) {
			best = i
		}
	}
	if best < 0 {
		c.sentenceItems()
		return
	}
	c.lines[best].lede = true
	c.segs = []span{{start: best, end: best, score: c.score(c.lines[best])}}
	c.body = make([]bool, len(c.lines))
	c.body[best] = true
}

// minLoneLede is the length, in words, of the shortest lede taken as the
// body of a page with no other text (see loneLede).
const minLoneLede = 20

// ledeGap is how many lines of meta (bylines, dates, share widgets,
// picture credits) may stand between a lede and the text under it.
const ledeGap = 15

// maxLedes bounds the lede lines taken above the text: a deck under the
// headline and a standfirst over the picture, say.
const maxLedes = 3

// ledesAbove returns the indices, bottom up, of the lede lines printed
// above the body run that starts at start: paragraphs standing apart from
// the text over gaps of meta lines only (a byline, a date, share buttons,
// a picture's credit, "Loading..."), as a page sets its deck under the
// headline and its standfirst between the headline and the author box.
// A lede is a paragraph of prose, a full sentence of a few words ("Banks
// and investors worldwide finance ventures that harm the climate."), or
// a long deck whose last sentence has no full stop (see ledeLike). A cut
// teaser, a site notice or a reader's comment is no lede, nor a summary
// printed twice, and the walk stops at any other line.
func (c *classifier) ledesAbove(start int) []int {
	var out []int
	gap, items := 0, 0
	for i := start - 1; i >= 0 && gap <= ledeGap && len(out) < maxLedes; i-- {
		l := c.lines[i]
		switch {
		case l.bullet && l.weight > 0 && l.hard == "":
			// A few short items of a menu or of the article's tags
			// ("- Wein"); a whole menu stands above the page's header.
			if items++; items > maxLedeItems || l.weight > 3 || l.sentence {
				return out
			}
			gap++
			continue
		case ledeMeta(l):
			gap++
			continue
		case ledeLike(l) && (gap > 0 || len(out) > 0 || !l.good):
			if noticeRe.MatchString(l.text) || commentScore(l) >= 2 {
				return out
			}
			for _, o := range c.lines[max(0, i-ledeGap*2):i] {
				if o.norm == l.norm {
					return out // a summary printed twice: the page's meta
				}
			}
			out = append(out, i)
			continue
		case l.weight <= 8 && !l.sentence && !l.bullet && !teaserEnd(l):
			gap++ // an author's name, a section, a date the parser missed
			continue
		}
		return out
	}
	return out
}

// maxLedeItems bounds the short list items between a lede and the text.
const maxLedeItems = 3

// ledeMeta reports a line of meta that may stand between a lede and the
// text: known furniture, a date or a time stamp ("19. Oktober 2019,
// 19:08 Uhr Editiert am …"), a picture's credit (a copyright mark
// without a year or rights), a byline, a "Loading..." placeholder.
func ledeMeta(l *line) bool {
	switch {
	case l.weight == 0 || l.byline:
		return true
	case l.hard == LabelCopyright:
		return !siteCopyright.MatchString(l.text)
	case l.hard != "":
		return true
	case l.weight <= 2 && teaserEnd(l):
		return true
	}
	return !l.sentence && l.weight <= 24 && deckMeta.MatchString(l.text) && hasDate(l.text)
}

// ledeLike reports a line that can be a lede: prose of some length, a
// full sentence of at least minLedeWeight words ending in a full stop
// (a headline may end in a question mark), or a long deck without a full
// stop, longer than a headline or of several sentences.
func ledeLike(l *line) bool {
	if l.hard != "" || l.bullet || l.byline || strings.Contains(l.text, cellSep) {
		return false
	}
	if teaserEnd(l) {
		// A deck of several sentences may trail off ("… was sie zum
		// Thema Kleiderschrank zu sagen hat…"); a teaser's one sentence
		// is cut.
		return l.weight > maxTitleWeight && innerSentence.MatchString(l.text)
	}
	switch {
	case l.good:
		return l.weight >= 15 || !headlineLike(l)
	case l.sentence:
		return l.weight >= minLedeWeight && !headlineLike(l) && !strings.HasSuffix(l.text, ":")
	}
	return l.weight > maxTitleWeight && !titleCase(l.text) || l.weight >= 12 && innerSentence.MatchString(l.text)
}

// minLedeWeight is the length, in words, of the shortest lede sentence.
const minLedeWeight = 8

// maxListItems bounds a list that introducedList adds to the body.
const maxListItems = 80

// introducedList extends a body run that ends at end (or one line after
// it) with a line ending in a colon over the list that line introduces:
// tour dates, steps, specifications, printed as short lines without
// list marks. The list ends before next, at the first line that is known
// furniture, a cut teaser or a comment heading, or at a blank-free run of
// maxListItems lines. It returns the new end of the run.
func (c *classifier) introducedList(end, next int) int {
	j := end
	if !introLine(c.lines[j]) {
		if j+1 >= next || !introLine(c.lines[j+1]) || c.lines[j+1].hard != "" {
			return end
		}
		j++
	}
	items := 0
	for j+1 < next && items < maxListItems {
		l := c.lines[j+1]
		if l.weight == 0 && l.hard == LabelFurniture && j+2 < next && c.lines[j+2].hard == "" {
			j++ // an empty item or a rule inside the list: "-"
			continue
		}
		if l.hard != "" || teaserEnd(l) || isCommentHead(l.norm) {
			break
		}
		j++
		items++
	}
	if items < 2 {
		return end
	}
	for i := end + 1; i <= j; i++ {
		c.lines[i].item = true
	}
	return j
}

// headedLists extends a body run that ends at end over the lists that
// follow it under short headings of their own: a recipe's "Ingredients"
// and "Instructions", a specification box. Each list has at least three
// marked items that are facts or steps, or two that are sentences (see
// sentenceList), not linked headlines (see headlineList), under one or
// two headline-like lines. It returns the new end of the run.
func (c *classifier) headedLists(end, next int) int {
	for {
		j := end
		heads := 0
		for j+1 < next && heads < 2 && c.lines[j+1].hard == "" && !c.lines[j+1].bullet && headlineLike(c.lines[j+1]) && !teaserEnd(c.lines[j+1]) {
			j++
			heads++
		}
		if heads == 0 {
			return end
		}
		if boxHead.MatchString(c.lines[j].norm) {
			return end
		}
		if k := c.templatedRun(j, next); k > j {
			// Items without list marks, all cut to one pattern: tour
			// dates, results ("June 9 – Tampa, FL @ Arena").
			for i := j + 1; i <= k; i++ {
				c.lines[i].item = true
			}
			end = k
			continue
		}
		k := j
		words, sentences, digits := 0, 0, 0
		for k+1 < next && k-j < maxListItems && c.lines[k+1].bullet && c.lines[k+1].hard == "" {
			k++
			words += c.lines[k].weight
			if c.lines[k].sentence {
				sentences++
			}
			if strings.ContainsAny(c.lines[k].text, "0123456789½¼¾") {
				digits++
			}
		}
		n := k - j
		// Steps are sentences; facts and ingredients have a few words,
		// mostly with numbers. A list of bare names is a tag box.
		facts := words <= 7*n && (2*digits >= n || words >= 3*n)
		if n < 3 && !(n == 2 && c.sentenceList(j+1, k)) || headlineList(c.lines[j+1:k+1]) || !facts && 2*sentences <= n {
			return end
		}
		for i := j + 1; i <= k; i++ {
			c.lines[i].item = true
		}
		end = k
	}
}

// skeleton returns the punctuation of a line that gives a list item its
// pattern ("():" for "England (Group A): 10th appearance"), leaving out
// quotes, apostrophes and hyphens inside words, which any headline has.
func skeleton(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r):
		case strings.ContainsRune(`"'’‘“”«»`, r):
		case r == '-' && (unicode.IsLetter(prev) || unicode.IsDigit(prev)):
		case r == '.' || r == ',' || r == '!' || r == '?' || r == '…':
			// too common in names and numbers to shape a pattern
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// templated reports a list whose items share one pattern of punctuation
// of at least two marks ("June 9 – Tampa, FL @ Arena", "Spain (Group
// F): 11th appearance"): data printed row by row, not linked headlines,
// which are written freely.
func templated(items []*line) bool {
	return template(items) != ""
}

// template returns the pattern of punctuation that at least two thirds
// of the items share (see templated), or "".
func template(items []*line) string {
	if len(items) < 3 {
		return ""
	}
	count := map[string]int{}
	for _, l := range items {
		if sk := itemSkeleton(l); utf8.RuneCountInString(sk) >= 2 {
			count[sk]++
		}
	}
	for sk, n := range count {
		if 3*n >= 2*len(items) {
			return sk
		}
	}
	return ""
}

func itemSkeleton(l *line) string {
	return skeleton(bulletRe.ReplaceAllString(l.text, ""))
}

// templatedRun returns the end of a run of at least three lines after
// lines[j], before next, without list marks, that are templated (see
// templated): rows of data of a few words, most with a number (a date,
// a rank, a score), none known furniture or prose. It returns j when
// there is none, or when lines[j] heads a box of links.
func (c *classifier) templatedRun(j, next int) int {
	if boxHeading(c.lines[j]) || boxHead.MatchString(c.lines[j].norm) {
		return j
	}
	k := j
	for k+1 < next && k-j < maxListItems {
		l := c.lines[k+1]
		if l.hard != "" || l.bullet || l.good || l.weight > 20 || teaserEnd(l) {
			break
		}
		k++
	}
	// Trim to the longest templated prefix, ending with a line of the
	// pattern.
	for k-j >= 3 && !templated(c.lines[j+1:k+1]) {
		k--
	}
	if k-j < 3 {
		return j
	}
	sk := template(c.lines[j+1 : k+1])
	for k > j && itemSkeleton(c.lines[k]) != sk {
		k--
	}
	digits := 0
	for _, l := range c.lines[j+1 : k+1] {
		if strings.ContainsAny(l.text, "0123456789") {
			digits++
		}
	}
	if k-j < 3 || 3*digits < 2*(k-j) {
		return j
	}
	return k
}

// boxHeadingRe matches the heading of a box of links to other stories
// printed on the page: "Most read in world news", "More in Politics",
// "Trending News", "Explore further", "Weitere Beiträge".
var boxHeadingRe = regexp.MustCompile(`(?i)^(?:most (?:read|popular|viewed|shared|watched|commented)|more (?:in|from|on|great|top|stories|news|videos|articles)|(?:trending|popular|latest|top|related|recommended|other|all) (?:news|stories|articles|posts|headlines|videos|now)\b|explore further|follow the topics|we recommend|you (?:may|might) (?:also )?(?:like|enjoy)|editors?['’]? picks|weitere (?:beiträge|artikel|nachrichten|themen|meldungen)|zum weiterlesen|mehr (?:zu|zum|aus|von)\b|empfohlene? (?:für|beiträge|artikel)|artículos relacionados|notícias relacionadas|czytaj (?:też|także|również)` +
	// the same in Russian, French, Spanish, Portuguese and Italian:
	// "Самые популярные диеты", "Les plus lus", "Lo más leído"
	`|самые (?:популярные|читаемые|обсуждаемые)|популярное|похожие (?:статьи|новости|материалы)|другие (?:новости|статьи)|последние новости|рекомендуем|les plus (?:lus|populaires|partagés)|lo más (?:leído|visto)|más (?:noticias|leídas)|mais (?:lidas|lidos|notícias)|più (?:letti|lette|popolari)|altre notizie)`)

// alsoLabels holds the labels, normalised by Normalize, that announce a
// link to another story set inside or under the text: "Lesen Sie auch:",
// "Related", "See also", "Leia também". The headlines under such a label
// are links, as under the heading of a box.
var alsoLabels = wordSet(`related|see also|also read|read also|read next|lesen sie auch|auch interessant|siehe auch|passend zum thema|leia também|veja também|lea también|lee también|lire aussi|à lire aussi|voir aussi|leggi anche|lees ook|czytaj też|czytaj także|zobacz też|zobacz także|читайте также|관련기사`)

// boxHeading reports the short heading of a box of story links (see
// boxHeadingRe), a label announcing further reading (see alsoLabels),
// which may end in a colon, or a box's heading written as a line
// introducing a list (see boxIntro; hardLabels has labelled it
// furniture).
func boxHeading(l *line) bool {
	return l.weight <= 8 && (!l.sentence && boxHeadingRe.MatchString(l.text) || alsoLabels[l.norm]) || l.hard == LabelFurniture && boxIntro(l)
}

// boxHead matches the heading of a box of links: tags, topics, related
// or popular stories.
var boxHead = regexp.MustCompile(`\b(?:tags?|topics?|categor|related|more|trending|popular|latest|follow|share|themen|mehr)`)

// introLine reports a line that introduces what follows: it ends with a
// colon and has a few words.
func introLine(l *line) bool {
	return l.weight >= 2 && strings.HasSuffix(strings.TrimRight(l.text, " "), ":")
}

func (c *classifier) inBody(i int) bool {
	return i < len(c.body) && c.body[i]
}

func (c *classifier) bodyEnd() int {
	if len(c.segs) == 0 {
		return len(c.lines)
	}
	return c.segs[len(c.segs)-1].end
}

func (c *classifier) score(l *line) int {
	switch {
	case l.label == LabelTitleRepeat:
		return 0
	case l.hard == LabelCopyright:
		return -20
	case l.hard == LabelDate:
		return -3
	case l.hard != "":
		return -8
	case l.good:
		return min(l.weight, 80)
	case proseItem(l):
		return min(l.weight, 80) / 2
	case l.bullet:
		return -1
	case teaserEnd(l):
		return -5
	case l.sentence && l.weight >= 5:
		return 1
	}
	return -2
}

// labelOutside labels the lines outside the body.
func (c *classifier) labelOutside() {
	end := c.bodyEnd()
	for i, l := range c.lines {
		if l.label != "" || c.inBody(i) {
			continue
		}
		switch {
		case l.hard != "":
			l.label = l.hard
		case i > end && c.teaserAt(i):
			l.label = LabelTeaser
		default:
			l.label = LabelFurniture
		}
	}
}

// teaserAt reports a line that is part of a headline-and-teaser pair: a
// line ending in a cut-off ellipsis, or a headline followed by one.
func (c *classifier) teaserAt(i int) bool {
	l := c.lines[i]
	if teaserEnd(l) {
		return true
	}
	if i+1 < len(c.lines) && headlineLike(l) && teaserEnd(c.lines[i+1]) {
		return true
	}
	return false
}

// doubledCards relabels as teasers the summaries of story cards that
// print their headline twice (as a picture link and as a text link): a
// one-sentence body line right under a headline labelled a teaser
// because it is repeated nearby (see repeated). A page's own lede can
// follow its headline printed twice (breadcrumb and title), so the
// cards are taken only when the page has at least two of them.
func (c *classifier) doubledCards() {
	var cards []int
	for i := 1; i < len(c.lines); i++ {
		l := c.lines[i]
		if l.label == LabelBody && l.good && l.weight <= 45 && !innerSentence.MatchString(l.text) && !strings.Contains(l.text, "|") &&
			c.lines[i-1].label == LabelTeaser && c.repeated(i-1) {
			cards = append(cards, i)
		}
	}
	if len(cards) < 2 {
		return
	}
	for _, i := range cards {
		c.lines[i].label = LabelTeaser
	}
}

// minCards is how many teaser cards in a row make a box of them.
const minCards = 3

// teaserCards relabels as teasers the boxes of story cards that a body
// run has taken in: one or two headline lines over a one-sentence
// summary, perhaps with a time stamp, repeated (see card). A section of
// the text under a subheading is longer, or not repeated so uniformly;
// the cards are taken only when enough other prose remains.
func (c *classifier) teaserCards() {
	type cardSpan struct{ start, end int }
	var run []cardSpan
	flush := func() {
		if len(run) >= minCards {
			prose := 0
			for i, l := range c.lines {
				if l.good && l.label == LabelBody && (i < run[0].start || i > run[len(run)-1].end) {
					prose++
				}
			}
			if prose >= minCards {
				for _, cs := range run {
					for i := cs.start; i <= cs.end; i++ {
						if kept(c.lines[i].label) {
							c.lines[i].label = LabelTeaser
						}
					}
				}
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(c.lines); {
		if end, ok := c.card(i); ok {
			run = append(run, cardSpan{i, end})
			i = end + 1
			continue
		}
		flush()
		i++
	}
	flush()
}

// card reports whether a teaser card starts at lines[i] and where it
// ends: one or two headline-like lines (not sentences), a summary that
// is one sentence of at most 45 words, and up to two lines of furniture
// (a time stamp, "7H ago") after it.
func (c *classifier) card(i int) (int, bool) {
	heads := 0
	j := i
	for j < len(c.lines) && heads < 2 {
		l := c.lines[j]
		if l.hard != "" && l.hard != LabelDate || l.bullet || l.good || l.weight > 20 || !headlineLike(l) && l.hard != LabelDate {
			break
		}
		if l.hard == "" {
			heads++
		}
		j++
	}
	if heads == 0 || j >= len(c.lines) {
		return 0, false
	}
	s := c.lines[j]
	// A longer summary of several sentences is taken when a time
	// stamp ("7H ago 08:51") or a "Read More" link closes the card.
	stamped := false
	if j+1 < len(c.lines) {
		n := c.lines[j+1]
		// A time stamp under the summary, or "Read More".
		stamped = (n.hard == LabelFurniture || n.hard == LabelDate) && n.weight > 0 && strings.ContainsAny(n.text, "0123456789") || readMore(n)
	}
	if !s.good || s.label != LabelBody || s.weight > 100 || (s.weight > 45 || innerSentence.MatchString(s.text)) && !stamped || introLine(s) {
		// A summary introduces no list or code ("Let’s say you had
		// this in a file called mod.py:").
		return 0, false
	}
	end := j
	for k := 0; k < 2 && end+1 < len(c.lines); k++ {
		if n := c.lines[end+1]; n.hard == LabelFurniture || n.hard == LabelDate {
			end++
			continue
		}
		break
	}
	return end, true
}

// authorBios drops the author's biography that closes an article ("Jane
// Doe is a freelance writer based in …", see bioRe), with the author's
// name printed above it, the issuer's note that closes a press release
// (see orgRe) and the site's calls to the reader (see ctaLine): such a
// line after which no prose line of the body follows. Inside the text
// such a line describes a person in the story and stays.
func (c *classifier) authorBios() {
	if len(c.segs) == 0 {
		return
	}
	c.aboutAuthor()
	later := false // a prose line of the body follows in the same run
	seg := len(c.segs) - 1
	for i := c.bodyEnd(); i >= c.segs[0].start; i-- {
		l := c.lines[i]
		for seg > 0 && i < c.segs[seg].start {
			seg--
			later = false
		}
		if !c.inBody(i) || !kept(l.label) {
			continue
		}
		cta := !bioLine(l) && ctaLine(l)
		if !bioLine(l) && !cta {
			// A site's notice ("we are moderating all comments")
			// is not text of the article.
			later = later || l.good && !noticeRe.MatchString(l.text)
			continue
		}
		if later {
			continue
		}
		l.label = LabelFurniture
		if i > 0 && !cta {
			if p := c.lines[i-1]; p.weight <= 4 && kept(p.label) && strings.HasPrefix(l.text, p.text) {
				p.label = LabelFurniture
			}
		}
	}
}

// aboutRe matches the heading of an author box: "About Jane Doe",
// "Sobre Carlos Nadalim", "Über Moritz Bachmann".
var aboutRe = regexp.MustCompile(`^(?i:about|sobre|über|à propos de|acerca de)\s+((?:\p{Lu}[\pL'’-]+\s){1,3}\p{Lu}[\pL'’-]+)$`)

// aboutAuthor drops an author box inside the body: a heading "About Jane
// Doe" and the paragraph under it that names her.
func (c *classifier) aboutAuthor() {
	for i := 0; i+1 < len(c.lines); i++ {
		l, n := c.lines[i], c.lines[i+1]
		if !c.inBody(i) || !kept(l.label) || !kept(n.label) || !n.good {
			continue
		}
		m := aboutRe.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		names := strings.Fields(m[1])
		if !strings.Contains(n.text, names[len(names)-1]) {
			continue
		}
		l.label, n.label = LabelFurniture, LabelFurniture
	}
	// A biography under the heading of an author box ("Über den Autor/
	// die Autorin", "Markus Reuter", "Markus Reuter beschäftigt sich mit
	// den Themen …"), wherever the box stands.
	for i, l := range c.lines {
		if len(l.norm) > 40 || !authorBoxRe.MatchString(l.norm) {
			continue
		}
		for j := i + 1; j < len(c.lines) && j <= i+2; j++ {
			if b := c.lines[j]; c.inBody(j) && kept(b.label) && b.good && bioLine(b) {
				for k := i + 1; k <= j; k++ {
					if kept(c.lines[k].label) {
						c.lines[k].label = LabelFurniture
					}
				}
				break
			}
		}
	}
}

// authorBoxRe matches the heading of an author box, normalised.
var authorBoxRe = regexp.MustCompile(`^(?:about the author|about the authors|über den autor|über die autorin|über die autoren|über den autor/ ?die autorin|zum autor|zur autorin|sobre el autor|sobre la autora|sobre o autor|sobre a autora|à propos de l'auteur|l'auteur|l’auteur|o autorze)$`)

func kept(label string) bool { return label == LabelBody || label == LabelHeading }

// labelInside labels the lines of the body segment.
func (c *classifier) labelInside() {
	for _, sg := range c.segs {
		c.labelSpan(sg.start, sg.end)
	}
}

func (c *classifier) labelSpan(start, end int) {
	c.itemsInSpan(start, end)
	box := false // under the heading of a box of story links
	for i := start; i <= end; i++ {
		l := c.lines[i]
		if l.good {
			box = false
		}
		if boxHeading(l) {
			box = true
		} else if introLine(l) || l.bullet {
			box = false
		}
		if l.label != "" {
			continue
		}
		switch {
		case box && l.hard == "" && !l.bullet && headlineLike(l) && !introLine(l):
			l.label = LabelTeaser // a story link under "Most read"
		case l.field && i > start && (c.lines[i-1].good || kept(c.lines[i-1].label)) && i+1 <= end && (c.lines[i+1].good || c.lines[i+1].bullet || c.lines[i+1].sentence && c.lines[i+1].hard == ""):
			// Between paragraphs (or under a subheading or a list
			// item of the text), a short colon line introduces the
			// text or the sentence under it ("Here's an analogy:",
			// "Primary Funding Source:"); a field label stands in a
			// meta box, not in running text.
			l.label = LabelBody
		case l.hard != "":
			l.label = l.hard
		case l.lede || l.closing:
			l.label = LabelBody
		case c.tableRow(i):
			l.label = LabelBody // a row of a table in the text
		case l.byline && (!l.sentence || bylineDate.MatchString(l.text)):
			l.label = LabelFurniture
		case l.item && !l.bullet:
			l.label = LabelBody
		case l.weight <= 12 && strings.HasSuffix(l.text, "?") && !strings.ContainsAny(strings.TrimSuffix(l.text, "?"), ".!?") &&
			i+1 <= end && c.lines[i+1].good:
			l.label = LabelHeading // a question as subheading
		case l.good:
			l.label = LabelBody
		case l.bullet && !numberedHeading.MatchString(l.text) || l.bullet && l.sentence:
			// The signature of an embedded post ("— Jo Doe (@jodoe)
			// May 2, 2018") closes the post, not a list: the items
			// after it are a list of their own.
			j := i
			for j+1 <= end && c.lines[j+1].bullet && !tweetSig.MatchString(c.lines[j].text) {
				j++
			}
			c.labelList(i, j, end)
			i = j
		case teaserEnd(l) && c.midText(i, start, end):
			l.label = LabelBody // a sentence trailing off into the next: "But here's the catch …"
		case c.tweetText(i, end):
			l.label = LabelBody // the text of an embedded post, over its signature
		case c.teaserAt(i) && l.weight < 25 && !introLine(l):
			l.label = LabelTeaser
		case l.sentence && !strings.HasSuffix(l.text, ":") || l.weight >= 25:
			l.label = LabelBody // a short paragraph
		case headlineLike(l) && !introLine(l) && (!c.leadsText(i, end) || c.repeated(i)) && !c.fieldAfterField(i, start):
			// A headline with no text under it; a line ending in a
			// colon introduces what follows ("And you then tried to
			// do this from another_mod.py:").
			l.label = LabelTeaser
		case headlineLike(l):
			l.label = LabelHeading
		default:
			l.label = LabelBody
		}
	}
}

// itemsInSpan marks as list items the short lines that a line ending in
// a colon introduces inside the body run [start, end], up to the next
// paragraph: "der Inhalt setzte sich wie folgt zusammen:", "1
// Projektfahrplan-Broschüre", "1 Heft mit Marktforschungsunterlagen …";
// "Hier die genauen Maße:", "Grill, B×H×T: ca. 53,3×49,2×31,8 cm". Read
// as headlines, such items would be taken for a box of links.
func (c *classifier) itemsInSpan(start, end int) {
	for i := start; i < end; i++ {
		if l := c.lines[i]; !introLine(l) || l.hard != "" || l.bullet {
			continue
		}
		j := i + 1
		for j <= end && j-i <= maxListItems {
			n := c.lines[j]
			if n.good || n.hard != "" || n.bullet || n.weight > 20 || teaserEnd(n) || isRow(n) {
				break
			}
			j++
		}
		if j-i-1 < 2 || j > end || !c.lines[j].good {
			continue // the items lead no further text
		}
		for k := i + 1; k < j; k++ {
			c.lines[k].item = true
		}
		i = j - 1
	}
}

// cellSep separates the cells of a table row in a scrape.
const cellSep = " | "

// isRow reports a line holding the cells of a table row: "Rohbenzin |
// 10,72 Mio. t | 12,40 Mio. t | 15,7 %", "| Pos | Player | Plays".
func isRow(l *line) bool {
	return l.hard == "" && (strings.Count(l.text, cellSep) >= 2 || strings.HasPrefix(l.text, "| ") && strings.Contains(l.text[2:], cellSep))
}

// tableRow reports whether lines[i] is a row of a table of several rows:
// data of the text, not a headline of a box (a table's header row may be
// printed twice, which would make it look like a linked headline).
func (c *classifier) tableRow(i int) bool {
	if !isRow(c.lines[i]) {
		return false
	}
	return i > 0 && isRow(c.lines[i-1]) || i+1 < len(c.lines) && isRow(c.lines[i+1])
}

// midText reports whether lines[i] stands in running text: the line above
// it is prose, and so is the line below or a list follows.
func (c *classifier) midText(i, start, end int) bool {
	if i <= start || i+1 > end {
		return false
	}
	prev, next := c.lines[i-1], c.lines[i+1]
	return prev.good && prev.label != LabelTeaser && (next.good || next.bullet)
}

// tweetQuote bounds the lines of an embedded post's text over its
// signature.
const tweetQuote = 3

// tweetText reports whether lines[i] is the text of an embedded post:
// one of the few lines right above its signature ("— RobBubble
// (@RobBubble) 14. Juni 2018"), with no furniture between.
func (c *classifier) tweetText(i, end int) bool {
	for j := i + 1; j <= end && j <= i+tweetQuote; j++ {
		l := c.lines[j]
		if tweetSig.MatchString(l.text) {
			return true
		}
		if l.hard != "" {
			return false
		}
	}
	return false
}

// leadsText reports whether lines[i], a headline-like line inside the
// body, can head the text under it. A teaser box repeats headline, summary
// and time stamp; there the line under a headline is a date or other
// furniture, or a long line that does not end like a sentence (a summary).
// A subheading instead leads prose, a list or short items ("Meal 1",
// "Portion: 1 cup").
func (c *classifier) leadsText(i, end int) bool {
	// A rule ("-") or the number of a step ("3") under a subheading
	// does not part it from the paragraph under them; between linked
	// headlines, a rule parts the items of a box.
	// Nor does an ad slot, which a page may print anywhere.
	skipped := false
	for k := 0; k < 3 && i+2 <= end; k++ {
		n := c.lines[i+1]
		if n.hard != LabelFurniture {
			break
		}
		if !adMark.MatchString(n.text) {
			if n.weight != 0 && !numberRe.MatchString(n.text) {
				break
			}
			skipped = true
		}
		i++
	}
	if i+1 > end {
		return false
	}
	n := c.lines[i+1]
	if skipped {
		return n.good
	}
	switch {
	case n.good || n.bullet || n.sentence:
		return true
	case n.hard == LabelDate || n.hard == LabelFurniture:
		return false
	case n.weight >= 10:
		return false
	}
	return true
}

// labelList labels the list lines[i..j]: a list introduced by a colon, or
// whose items are sentences, is body; a list of bare headlines is a
// read-also box.
func (c *classifier) labelList(i, j, end int) {
	intro := i > 0 && c.lines[i-1].hard == "" && strings.HasSuffix(strings.TrimSpace(c.lines[i-1].text), ":")
	// A list between two paragraphs of the text, whose items do not read
	// as headlines, belongs to the text.
	between := i > 0 && c.lines[i-1].label == LabelBody && j+1 <= end && c.lines[j+1].good && !headlineList(c.lines[i:j+1])
	sentences := 0
	for k := i; k <= j; k++ {
		if c.lines[k].sentence {
			sentences++
		}
	}
	body := intro || between || 2*sentences > j-i+1
	// Short labels right under a meta line (a date, a byline, a share
	// widget) are the article's tags: "- Markets", "- South Korea".
	if i > 0 && (c.lines[i-1].hard != "" && c.lines[i-1].hard != LabelCopyright || c.lines[i-1].byline) && c.tagList(i, j) {
		for k := i; k <= j; k++ {
			if c.lines[k].hard != "" {
				c.lines[k].label = c.lines[k].hard
			} else {
				c.lines[k].label = LabelReadAlso
			}
		}
		return
	}
	// Items of a few words are facts or ingredients, not linked headlines.
	words := 0
	for k := i; k <= j; k++ {
		words += c.lines[k].weight
	}
	short := words <= 5*(j-i+1) || c.priced(i, j)
	// Under a subheading of the text, items of a few more words are
	// still data ("England (Group A): 10th appearance"), not headlines.
	if i > 0 && c.lines[i-1].label == LabelHeading && c.lines[i-1].hard == "" && !headlineList(c.lines[i:j+1]) && words <= 7*(j-i+1) {
		short = !c.closingLinks(i, j, end)
	}
	// One or two items right under a paragraph, not written as
	// headlines, finish it: "- Get it at Walmart for $199".
	if j-i < 2 && i > 0 && c.lines[i-1].label == LabelBody && c.lines[i-1].good && !headlineList(c.lines[i:j+1]) {
		short = true
	}
	for k := i; k <= j; k++ {
		switch {
		case c.lines[k].hard != "":
			c.lines[k].label = c.lines[k].hard
		case body || short || c.lines[k].sentence && c.lines[k].weight >= 12 || tweetSig.MatchString(c.lines[k].text):
			c.lines[k].label = LabelBody
		default:
			c.lines[k].label = LabelReadAlso
		}
	}
}

// priced reports a list most of whose items name a price ("- Get it on
// Amazon for $58.99"): offers of a shopping article, not links to other
// stories.
func (c *classifier) priced(i, j int) bool {
	n := 0
	for k := i; k <= j; k++ {
		if priceRe.MatchString(c.lines[k].text) {
			n++
		}
	}
	return 3*n >= 2*(j-i+1)
}

// tagList reports a list of tags: items of at most five words, none a
// sentence, none with a number (a list of quantities or dates is data).
func (c *classifier) tagList(i, j int) bool {
	for _, l := range c.lines[i : j+1] {
		if l.weight > 5 || l.sentence || strings.ContainsAny(l.text, "0123456789") {
			return false
		}
	}
	return true
}

// headlineList reports a list whose items read as linked headlines: most
// of them are in title case.
func headlineList(items []*line) bool {
	if templated(items) {
		return false
	}
	n := 0
	for _, l := range items {
		if titleCase(l.text) {
			n++
		}
	}
	return 2*n > len(items)
}

// titleCase reports a line in which most words of four letters or more
// start with a capital letter, as English headlines are written, and
// the others are small words that such headlines leave in lower case
// (see minorWords). A German line capitalises its nouns but not its
// verbs and adjectives ("Gute Organisation und strukturierte
// Arbeitsweise", "Im Geiste hatte ich das Manuskript …"): it is no
// title case.
func titleCase(s string) bool {
	words, upper := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		} else if !minorWords[w] {
			return false
		}
	}
	return words >= 2 && 10*upper >= 7*words
}

// minorWords holds the words of four letters or more that an English
// headline in title case may leave in lower case: prepositions,
// conjunctions and a few adverbs and determiners.
var minorWords = wordSet(`with|from|into|onto|over|upon|than|that|this|when|what|your|their|about|after|before|under|while|amid|among|against|between|through|during|without|within|like|near|past|since|till|until|down|versus|plus|just|also|only|even|some|more|most`)

var (
	secondPerson = regexp.MustCompile(`(?i)(?:^|[^\pL\pN_])(?:you|your|you're|yours|você|vocês|voce|usted|ustedes|vous|votre|du|dich|dein|deine|tu|voi|jij|jouw)(?:[^\pL\pN_]|$)`)
	greeting     = regexp.MustCompile(`(?i)^(?:congratulations|congrats|thanks|thank you|great article|great post|nice article|well said|lol|wow|parabéns|obrigad[oa]|gracias|felicidades|felicitaciones|bravo|merci|danke|grazie|excellent|amen|agreed|totally agree|i agree|i think|imho|so true|this is)\b`)
	midEllipsis  = regexp.MustCompile(`\pL(?:\.{3}|…)\pL|\pL\.{3,}\s*$|\pL…\s*$`)
	shouting     = regexp.MustCompile(`!!|\?\?|!\?|\?!`)
	quoteMarks   = regexp.MustCompile(`["“”„«»]`)
)

// commentScore counts signs that a line is a reader comment rather than
// reporting: greetings, second person, trailing or run-on ellipses,
// shouting punctuation, a lower-case start.
func commentScore(l *line) int {
	s := 0
	if greeting.MatchString(l.text) {
		s++
	}
	if secondPerson.MatchString(l.text) {
		s++
	}
	if midEllipsis.MatchString(l.text) {
		s++
	}
	if shouting.MatchString(l.text) {
		s++
	}
	if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
		s++
	}
	if quoteMarks.MatchString(l.text) {
		s-- // reporting quotes people; commenters rarely do
	}
	return s
}

// commentHead reports a line that opens the reader comments (see
// isCommentHead), unless it is a cell of a table, between the "|" lines
// that a table's cells make in a dump ("Comment" heading a column).
func (c *classifier) commentHead(i int) bool {
	if !isCommentHead(c.lines[i].norm) {
		return false
	}
	cell := func(k int) bool { return k >= 0 && k < len(c.lines) && strings.TrimSpace(c.lines[k].text) == "|" }
	return !cell(i-1) && !cell(i+1)
}

// comments relabels the informal lines that close the body as reader
// comments, keeping at least a few body lines.
func (c *classifier) comments() {
	if len(c.segs) == 0 {
		return
	}
	last := c.segs[len(c.segs)-1]
	// After the body: long informal lines, and every prose line under a
	// comment-section heading.
	inComments := false
	for i := last.end + 1; i < len(c.lines); i++ {
		l := c.lines[i]
		if c.commentHead(i) {
			inComments = true
			continue
		}
		if l.label != LabelFurniture && l.label != LabelTeaser {
			continue
		}
		if inComments && l.weight >= 8 || l.weight >= 12 && commentScore(l) >= 2 {
			l.label = LabelComment
		}
	}
	c.signedComments()
	body := 0
	for _, sg := range c.segs {
		for i := sg.start; i <= sg.end; i++ {
			if c.lines[i].label == LabelBody {
				body++
			}
		}
	}
	for i := last.end; i > last.start && body > 3; i-- {
		l := c.lines[i]
		if l.label == LabelFurniture && l.good {
			break // the closing note of the text (see authorBios): the comments are below it
		}
		if l.label != LabelBody {
			continue
		}
		if commentScore(l) < 2 {
			break
		}
		l.label = LabelComment
		body--
	}
}

// signedComments labels as comments the lines under comment signatures:
// a short line (the commenter's name, often "name says:") directly above
// a date line. Two signatures after the start of the body make a comment
// section; the prose under each, up to the next signature, is comment.
func (c *classifier) signedComments() {
	from := c.segs[0].start
	for k := 0; k+1 < len(c.segs) && c.lines[c.segs[k].start].lede; k++ {
		from = c.segs[k+1].start // a signature above the text is its header
	}
	var sigs []int
	for i := from; i+1 < len(c.lines); i++ {
		if l := c.lines[i]; l.weight >= 1 && l.weight <= 5 && !l.good && c.lines[i+1].hard == LabelDate {
			sigs = append(sigs, i)
		}
	}
	if len(sigs) < 2 {
		return
	}
	for k, s := range sigs {
		stop := len(c.lines)
		if k+1 < len(sigs) {
			stop = sigs[k+1]
		}
		c.lines[s].label = LabelFurniture
		for i := s + 2; i < stop; i++ {
			l := c.lines[i]
			if l.hard != "" || !(l.label == LabelBody || l.label == LabelHeading || l.label == LabelFurniture || l.label == LabelTeaser) {
				break
			}
			if !l.good && !l.sentence {
				break // the comment ends at a line that is not prose
			}
			l.label = LabelComment
		}
	}
}

func (c *classifier) result() Result {
	var r Result
	var paras []string
	for _, l := range c.lines {
		r.Lines = append(r.Lines, Line{N: l.n, Text: l.text, Label: l.label})
		switch l.label {
		case LabelTitle:
			r.Title = l.text
		case LabelBody, LabelHeading:
			paras = append(paras, l.text)
		default:
			r.Removed = append(r.Removed, l.text)
		}
	}
	r.Text = strings.Join(paras, "\n\n")
	c.date(&r)
	r.Outlet = c.opts.Outlet
	if r.Outlet == "" {
		for _, l := range c.lines {
			if l.label == LabelCopyright {
				if o := OutletFromCopyright(l.text); o != "" {
					r.Outlet = o
					break
				}
			}
		}
	}
	return r
}

// date sets the publication date from a date line above the body, or
// failing that from a dated dateline opening the body.
func (c *classifier) date(r *Result) {
	limit := len(c.lines)
	if len(c.segs) > 0 {
		limit = c.segs[0].start
	}
	// A date between a lede and the text (see ledesAbove) is the
	// header's.
	for k := 0; k+1 < len(c.segs) && c.lines[c.segs[k].start].lede; k++ {
		limit = c.segs[k+1].start
	}
	header, headerLine, dateline := Date{}, "", Date{}
	for i := 0; i < limit && i < 200; i++ {
		l := c.lines[i]
		if l.label != LabelDate {
			continue
		}
		if d, ok := lineDate(l.text); ok {
			header, headerLine = d, l.text
			break
		}
	}
	for _, l := range c.lines[min(limit, len(c.lines)):] {
		if l.label != LabelBody {
			continue
		}
		if d, ok := ParseDateline(l.text); ok && d.Year != 0 {
			dateline = d
		}
		break
	}
	switch {
	case dateline.Year != 0:
		// The dateline is the report's own; a page header may be the
		// day the page was viewed ("miércoles 11 de noviembre, 2020"
		// over "EL CAIRO, 15 may 2013 (IPS) -").
		r.Published, r.Precision, r.PublishedFrom = dateline.String(), dateline.Precision(), "text"
		if header.Year != 0 && !strings.HasPrefix(dateline.String(), header.String()) {
			r.DateWarnings = append(r.DateWarnings, fmt.Sprintf("page header date %q (%s) disagrees with the dateline's %s; the header may be the day the page was viewed", headerLine, header, dateline))
		}
	case header.Year != 0:
		r.Published, r.Precision, r.PublishedFrom = header.String(), header.Precision(), "header"
	}
}

func lineDate(s string) (Date, bool) {
	if d, ok := ParseDate(s); ok {
		return d, true
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		if d, ok := ParseDate(part); ok {
			return d, true
		}
	}
	return Date{}, false
}

var (
	copyrightStrip = regexp.MustCompile(`(?i)©|\(c\)|copyright|all rights reserved\.?|todos os direitos reservados\.?|todos los derechos reservados\.?|tous droits réservés\.?|alle rechte vorbehalten\.?|tutti i diritti riservati\.?|\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2})?|\((?:www\.|https?://)[^)]*\)|(?:https?://)?www\.\S+`)
	sentenceSplit  = regexp.MustCompile(`\.\s|\|`)
	outletTrim     = regexp.MustCompile(`^[\s.,;:|\-–—]+|[\s.,;:|\-–—]+$`)
)

// OutletFromCopyright returns the publisher a copyright line names:
// "© The Asia Business Daily(www.asiae.co.kr). All rights reserved." gives
// "The Asia Business Daily". It returns "" when nothing is left.
func OutletFromCopyright(s string) string {
	if len(s) > 300 {
		return ""
	}
	o := copyrightStrip.ReplaceAllString(s, " ")
	// Keep the first part: "Foo Media. Reproduction prohibited" gives "Foo Media".
	for _, part := range sentenceSplit.Split(o, -1) {
		if strings.TrimSpace(outletTrim.ReplaceAllString(part, "")) != "" {
			o = part
			break
		}
	}
	o = outletTrim.ReplaceAllString(strings.Join(strings.Fields(o), " "), "")
	if o == "" || weight(o) > 8 {
		return ""
	}
	return o
}
