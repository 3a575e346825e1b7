package textscrape

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxKicker is the length, in words, of the longest kicker kickerPairs
// takes, and maxKickedHeadline that of the longest headline under it.
const (
	maxKicker         = 3
	maxKickedHeadline = 20
)

// kickerPairs labels teasers the boxes of linked headlines that a page
// sets inside or under the text, each headline under its kicker (the
// word or two naming its subject): "Demografie" / "Berliner Geburtenrate
// auf Rekordtief" / "Ehegesetze" / "Angriff auf das
// ‚Heteropatriarchat': …". A box is two such pairs or more, one after
// the other, with no sentence between. A subheading of the text is
// followed by its paragraphs, not by another heading and a headline.
// Lines with figures or symbols are left alone: the rows of a recipe, a
// plan or a formula alternate short and long lines too.
func (c *classifier) kickerPairs() {
	isKicker := func(l *line) bool {
		return l.weight >= 1 && l.weight <= maxKicker && wordsOnly(l) && (kept(l.label) || l.label == LabelTeaser)
	}
	isHeadline := func(l *line) bool {
		return l.weight > maxKicker && l.weight <= maxKickedHeadline && wordsOnly(l) && (kept(l.label) || l.label == LabelTeaser) && !hatnote.MatchString(l.lower)
	}
	for i := 0; i+3 < len(c.lines); {
		n := 0
		for j := i; j+1 < len(c.lines) && j+1 != c.title && j != c.title && isKicker(c.lines[j]) && isHeadline(c.lines[j+1]); j += 2 {
			n++
		}
		if n < 2 {
			i++
			continue
		}
		for k := i; k < i+2*n; k++ {
			c.lines[k].label = LabelTeaser
		}
		i += 2 * n
	}
}

// hatnote matches, in the lower-cased line, the note under an
// encyclopedia's section heading that points to a longer article: "Main
// article: Environment of New Zealand", "See also: …". Section headings
// with their notes alternate like kickers and headlines.
var hatnote = regexp.MustCompile(`^(?:main articles?|see also|further information|further reading|hauptartikel|siehe auch|article (?:principal|détaillé)|artículo principal|artigo principal|voce principale)\s*:`)

// wordsOnly reports a line that is no sentence nor list item, opens with
// a capital letter (after any opening quotation marks), and holds no
// digit nor symbol of a formula or code.
func wordsOnly(l *line) bool {
	if l.sentence || l.bullet || strings.ContainsAny(l.text, "0123456789=+<>{}[]/\\|∑") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.text, "„“\"'‚‘«»"))
	return unicode.IsUpper(r)
}
