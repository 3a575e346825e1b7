package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/translit"
	"golang.org/x/text/unicode/norm"
)

// maxTokens bounds the words read of one text: the first ten thousand
// words of an article say what it is about, and a 2 MB live blog must not
// cost more than an ordinary article.
const maxTokens = 10000

// token is a word of a text.
type token struct {
	word    string // folded: lower case, no diacritics, no inner hyphens
	raw     string // as written
	capital bool   // starts upper-case and is not sentence-initial
}

// foldWord lower-cases w and strips its diacritics, so that "Pyongyang"
// and "Pyóngyang", "MÜNCHEN" and "München" meet.
func foldWord(w string) string {
	w = strings.ToLower(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			// Decompose, drop the combining marks, recompose. The
			// norm forms are stateless, so this is safe for concurrent
			// use (a shared transform.Chain is not).
			return norm.NFC.String(strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, norm.NFD.String(w)))
		}
	}
	return w
}

// elided are the French and Italian words that lose their vowel before
// another word (l'ONU, d'Égypte, dell'Onu, qu'il).
var elided = map[string]bool{"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "dell": true, "dall": true, "nell": true, "sull": true, "all": true, "un": true, "quell": true}

// inner reports a rune that may join two parts of one word.
func inner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '.' }

// tokenize splits text into words (runs of letters and digits, with inner
// hyphens, apostrophes and dots kept in raw and dropped from word), at
// most maxTokens of them.
func tokenize(text string) []token {
	out := make([]token, 0, min(maxTokens, len(text)/6+1))
	start := true // at a sentence start
	for i := 0; i < len(text) && len(out) < maxTokens; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', '\n', ':', '"', '“', '«', '—', '|':
				start = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
				continue
			}
			if inner(r2) && j+s2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) && r2 != '\'' {
					j += s2
					continue
				}
			}
			break
		}
		raw := text[i:j]
		if k := strings.IndexAny(raw, "'’"); k > 0 && k <= 4 && elided[strings.ToLower(raw[:k])] {
			// French and Italian elision: l'ONU, d'Égypte, dell'Onu.
			_, size := utf8.DecodeRuneInString(raw[k:])
			raw = raw[k+size:]
			r = firstRune(raw)
		}
		if strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
			raw = raw[:strings.LastIndexAny(raw, "'’")]
		}
		w := raw
		if strings.ContainsAny(w, "-'’.") {
			w = strings.Map(func(r rune) rune {
				if inner(r) {
					return -1
				}
				return r
			}, w)
		}
		out = append(out, token{word: foldWord(w), raw: raw, capital: unicode.IsUpper(r) && !start})
		start = false
		i = j
	}
	return out
}

// stem is a light, language-agnostic suffix stripper: enough to meet
// "sanction", "sanctions" and "sanctioned", or "elección" and
// "elecciones", without a stemmer per language.
func stem(w string) string {
	n := utf8.RuneCountInString(w)
	if n <= 4 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "edly", "ed", "es", "s", "e", "i", "o", "a"} {
		if strings.HasSuffix(w, suf) && n-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// isCJK reports a rune of a script written without spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// contentTerms counts the terms a text is compared by: stems of words
// that are not stop words and have three letters or more, numbers (they
// cross languages), and character bigrams of CJK runs, which have no
// spaces.
func contentTerms(toks []token, out map[string]int) {
	for _, t := range toks {
		if isStop(t.word) {
			continue
		}
		r := firstRune(t.word)
		if isCJK(r) {
			rs := []rune(t.word)
			if len(rs) == 1 {
				continue
			}
			for i := 0; i+1 < len(rs); i++ {
				out[string(rs[i:i+2])]++
			}
			continue
		}
		if isDigits(t.word) {
			out[t.word]++
			continue
		}
		if utf8.RuneCountInString(t.word) < 3 {
			continue
		}
		out[stem(t.word)]++
	}
}

// entityTerms counts the entity-like terms of a text, the ones that cross
// languages: gazetteer names mapped to a shared key ("g:PRK" for "North
// Korea", "Nordkorea" and "북한"), capitalised words that do not start a
// sentence, transliterated to Latin letters when Cyrillic or Hangul
// ("e:putin"), adjacent pairs of those ("e:tara_reid"), and numbers of
// two digits or more ("n:17"). When common is set, a capitalised word it
// reports (one the stream mostly writes in lower case: "Police",
// "President", "County") is not counted as a name.
func entityTerms(toks []token, gaz *nameIndex, common func(string) bool, out map[string]int) {
	prev := ""
	for i := 0; i < len(toks); i++ {
		if terms, n := gaz.match(toks, i); n > 0 {
			addTerms(out, terms)
			i += n - 1
			prev = ""
			continue
		}
		t := toks[i]
		if r := firstRune(t.word); isCJK(r) || unicode.Is(unicode.Hangul, r) {
			gaz.matchCJK(t.word, out)
			prev = ""
			continue
		}
		if isDigits(t.word) {
			if len(t.word) >= 2 {
				out["n:"+t.word]++
			}
			prev = ""
			continue
		}
		if !t.capital || isStop(t.word) || len(t.word) < 2 || common != nil && common(t.word) {
			prev = ""
			continue
		}
		w := translit.Latin(t.word)
		out["e:"+w]++
		if prev != "" {
			out["e:"+prev+"_"+w]++
		}
		prev = w
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
