package textscrape

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// Furniture found by what a line repeats or trails rather than by its
// words: captions that close on their picture's credit with no mark
// between, and captions a page prints twice (once under the picture,
// once in its slide show). A line printed many times over far apart is
// not furniture for that alone: an interview asks each guest the same
// questions, a shop lists the same features under each product.

// minEchoWords is the length, in words, of the shortest line echoes
// compares: a short line ("Video", "Etlaq") may recur in a text by
// chance; a sentence does not.
const minEchoWords = 4

// echoWindow is how near its copy a doubled caption is looked for, in
// lines; a pull quote repeats a paragraph of the text further away.
const echoWindow = 2

// echoes labels furniture the kept lines doubled within echoWindow
// lines below a paragraph of the text (a caption printed under its
// picture and again in a slide show: a paragraph of the text is printed
// once, but a page may print its lede twice, as a summary and as the
// text's first paragraph), the kept captions that close on a bare
// credit (see creditTail) and the kept lines next to such a caption
// that are the caption without its credit.
func (c *classifier) echoes() {
	caption := make([]bool, len(c.lines))
	prose := false // a paragraph of the text came before the line
	for i, l := range c.lines {
		if !kept(l.label) || i == c.title || l.weight < minEchoWords {
			continue
		}
		doubled := c.doubled(i)
		caption[i] = prose && doubled || creditTail(l)
		prose = prose || l.label == LabelBody && l.good && !doubled
	}
	for i, l := range c.lines {
		if caption[i] {
			l.label = LabelFurniture
			continue
		}
		if !kept(l.label) || i == c.title || l.weight < minEchoWords {
			continue
		}
		for j := max(0, i-echoWindow); j <= min(len(c.lines)-1, i+echoWindow); j++ {
			if caption[j] && c.lines[j].weight > l.weight && strings.HasPrefix(c.lines[j].norm, l.norm) {
				l.label = LabelFurniture
				break
			}
		}
	}
}

// doubled reports a line of caption length whose exact copy stands
// within echoWindow lines. List items, table rows, lines of code (a
// listing printed twice, with its line numbers and without) and the
// signatures of embedded posts recur side by side in a text ("— Jo Lee
// (@jolee) May 2, 2024" under two posts of one day) and are not taken.
func (c *classifier) doubled(i int) bool {
	l := c.lines[i]
	if l.weight > maxTailCaption || l.bullet || l.code || isRow(l) || tweetSig.MatchString(l.text) || isCodeLine(l.text) {
		return false
	}
	for j := max(0, i-echoWindow); j <= min(len(c.lines)-1, i+echoWindow); j++ {
		if j != i && j != c.title && c.lines[j].text == l.text {
			return true
		}
	}
	return false
}

// maxCreditTail is the length, in words, of the longest credit creditTail
// takes, and maxTailCaption that of the longest caption it closes.
const (
	maxCreditTail  = 7
	maxTailCaption = 45
)

// creditJoin holds the lower-case words a credit's name may hold between
// its capitalised words: "Tara Atkinson for Rest of World", "Foto von
// Jo Lee", "Ana Ruiz de la Torre".
var creditJoin = map[string]bool{"for": true, "of": true, "the": true, "and": true, "via": true, "de": true, "da": true, "do": true, "del": true, "la": true, "von": true, "van": true, "der": true, "für": true, "&": true, "/": true, "|": true}

// creditTail reports a caption that closes with its picture's credit
// after its last sentence and no mark between them: "A sign for the
// spaceport along a desert road. Tara Atkinson for Rest of World", "A
// rocket stands on the launchpad. Etlaq", "Lady Starmer on the front
// row. Jo Lee/Getty Images Europe", "… listed for sale. (Bespoke Real
// Estate)". The credit is a short run of capitalised names (see
// creditJoin), in brackets or not, with no sentence end; the caption
// before it is a sentence of four words or more. A paragraph of the
// text ends on its own full stop (or on the wire agency that sent it,
// in brackets), and a heading holds no sentence before its last words.
func creditTail(l *line) bool {
	if l.sentence || l.bullet || l.weight > maxTailCaption || l.weight < minEchoWords+1 {
		return false
	}
	s := strings.TrimSpace(l.text)
	// the last sentence end followed by a space
	cut := -1
	for i := len(s) - 2; i > 0; i-- {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			cut = i
			break
		}
	}
	if cut < 0 {
		return false
	}
	head, credit := s[:cut], strings.TrimSpace(s[cut+1:])
	if weight(head) < minEchoWords || !wordBeforeStop(head) || titleCase(head) {
		return false // a headline in title case: "Insulin Should Be Cheap. Here's Why"
	}
	words := strings.Fields(credit)
	if len(words) == 0 || len(words) > maxCreditTail {
		return false
	}
	if len(words) == 1 && strings.HasPrefix(credit, "(") && (strings.ToUpper(credit) == credit || agency.MatchString(credit)) {
		// a wire agency closing a paragraph it sent: "… ever meeting
		// her. (AAP)", "… on a shift to the right. (Reuters)"
		return false
	}
	capped := 0
	for _, w := range words {
		// a credit in brackets: "… for sale. (Bespoke Real Estate)",
		// "… California. (AP Photo/Damian Dovarganes) AP Photo"
		w = strings.Trim(w, "()")
		if w == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capped++
		case creditJoin[strings.ToLower(w)]:
		default:
			return false
		}
		if strings.HasSuffix(w, ",") {
			return false // a place: "… Amphitheatre. Seattle, WA"
		}
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(words[0], "("))
	return capped > 0 && unicode.IsUpper(first)
}

// wordBeforeStop reports whether the text before a full stop ends on a
// word that closes a sentence: a word of two letters or more, not one of
// the abbreviations a name follows ("Mr. Kim", "St. Louis", "Jan.
// Smith": see tokenize.Abbreviation), nor an initial or an abbreviation
// in capitals ("U.S.", "J.").
func wordBeforeStop(head string) bool {
	i := strings.LastIndexFunc(head, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '.' })
	w := head[i+1:]
	if i >= 0 && head[i] == '.' {
		return false // "U.S." — an abbreviation with inner stops
	}
	w = strings.TrimRight(w, `"'”’»)`)
	if utf8.RuneCountInString(w) < 2 || tokenize.Abbreviation(strings.ToLower(w)+".") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	return !unicode.IsUpper(last)
}
