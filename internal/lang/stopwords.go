package lang

import (
	"strings"
	"unicode"
)

// stopwords are the commonest function words of languages that share the
// Latin script. A text in which one list covers far more tokens than any
// other is decided without consulting lingua's models: for the long texts
// of news articles this is as reliable and two orders of magnitude faster.
var stopwords = map[string][]string{
	"en": {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "at", "it", "from", "he", "said", "his", "has", "have", "are", "be", "this", "which", "an", "were", "will", "would", "its", "their", "they", "after", "who", "but", "not", "been"},
	"de": {"der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis"},
	"fr": {"de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans", "par", "sur", "au", "pas", "plus", "ne", "il", "ce", "avec", "se", "sont", "aux", "son", "été", "elle", "mais", "ont", "cette", "ou", "leur", "nous", "comme"},
	"es": {"de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también"},
	"pt": {"de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "pelo", "pela"},
	"it": {"di", "e", "il", "la", "che", "è", "per", "un", "in", "del", "non", "una", "a", "i", "le", "con", "si", "da", "della", "al", "sono", "gli", "lo", "ha", "dei", "nel", "alla", "più", "anche", "come", "ma", "delle", "questo", "nella", "ad", "suo", "sua", "stato"},
	"nl": {"de", "van", "het", "een", "en", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "nog", "naar", "wordt", "werd", "dan", "uit", "heeft", "hij", "zij", "worden", "tot", "over", "deze", "meer"},
}

// stopIndex maps a word to the languages listing it.
type stopIndex map[string][]string

func newStopIndex() stopIndex {
	idx := stopIndex{}
	for l, words := range stopwords {
		for _, w := range words {
			idx[w] = append(idx[w], l)
		}
	}
	return idx
}

// byStopwords returns the language whose function words clearly dominate
// text, or "" when the evidence is thin or two languages are close.
func (idx stopIndex) byStopwords(text string) string {
	counts := map[string]int{}
	tokens := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		tokens++
		for _, l := range idx[strings.ToLower(w)] {
			counts[l]++
		}
	}
	if tokens < 40 {
		return ""
	}
	best, second := "", 0
	for l, n := range counts {
		if best == "" || n > counts[best] || (n == counts[best] && l < best) {
			if best != "" && counts[best] > second {
				second = counts[best]
			}
			best = l
		} else if n > second {
			second = n
		}
	}
	if best == "" {
		return ""
	}
	n := counts[best]
	// A quarter of the tokens from one list, and more than twice any
	// other list's share: the margins keep close pairs (es/pt, nl/de)
	// for the model.
	if n*4 >= tokens && n >= 2*second+5 {
		return best
	}
	return ""
}

// shortStopwords decides a short text by its function words alone: the
// one language whose list it uses, when no other list matches as often.
func (idx stopIndex) shortStopwords(text string) string {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		for _, l := range idx[strings.ToLower(w)] {
			counts[l]++
		}
	}
	best, tie := "", false
	for l, n := range counts {
		switch {
		case best == "" || n > counts[best]:
			best, tie = l, false
		case n == counts[best]:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// stopSet holds every function word of every list, for IsStopword.
var stopSet = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range stopwords {
		for _, w := range words {
			m[w] = true
		}
	}
	return m
}()

// IsStopword reports whether w (lower case) is a common function word in
// one of the Latin-script languages lang knows: words that say nothing
// of what a text is about.
func IsStopword(w string) bool { return stopSet[w] }
