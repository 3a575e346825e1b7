// Package tokenize splits English-like news text into word tokens and
// sentences, keeping the position of every token in the original text.
//
// We wrote our own because the taggers trained on CoNLL-2003 expect its
// Penn-Treebank-like conventions (punctuation split off, "n't" and "'s"
// separated, abbreviations such as "U.S." kept whole) and because every
// offset must be a Unicode code-point offset into the caller's text, which
// general-purpose segmenters do not give. Offsets are code points, end
// exclusive: for a token t, []rune(text)[t.Start:t.End] is its text.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text.
type Token struct {
	// Text is the token as it appears in the text.
	Text string
	// Start and End are code-point offsets into the text, End exclusive.
	Start, End int
}

// Sentence is a run of tokens that the splitter judged to be a sentence.
type Sentence struct {
	// Tokens are the sentence's tokens, in order; never empty.
	Tokens []Token
}

// MaxTokenRunes caps the length of one token; longer runs of non-space
// characters are cut into pieces of this size so that hostile input cannot
// make a single token unbounded.
const MaxTokenRunes = 256

// abbreviations that keep their final period and do not end a sentence.
var abbreviations = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "gen.": true,
	"lt.": true, "col.": true, "sgt.": true, "capt.": true, "cmdr.": true, "adm.": true,
	"gov.": true, "sen.": true, "rep.": true, "rev.": true, "st.": true, "jr.": true,
	"sr.": true, "co.": true, "corp.": true, "inc.": true, "ltd.": true, "bros.": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true,
	"aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"no.": true, "vs.": true, "v.": true, "etc.": true, "e.g.": true, "i.e.": true,
	"mt.": true, "ft.": true, "pres.": true, "gov't.": true, "approx.": true, "dept.": true,
}

// Abbreviation reports whether word, in lower case and with its final
// period ("mr.", "sept."), is an abbreviation that keeps its period and
// does not end a sentence.
func Abbreviation(word string) bool { return abbreviations[word] }

// Tokens splits text into tokens. It never fails; invalid UTF-8 bytes count
// as one code point each (as utf8.DecodeRuneInString reports them).
func Tokens(text string) []Token {
	// About one token per five bytes of English news: sized up front,
	// the slice does not grow (growing it was most of what tokenizing
	// allocated).
	out := make([]Token, 0, len(text)/5+1)
	pos := 0 // code-point offset of text[i]
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			i += sz
			pos++
			continue
		}
		// A run of non-space characters.
		j, n := i, 0
		for j < len(text) && n < MaxTokenRunes {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
				break
			}
			j += sz
			n++
		}
		out = splitChunk(out, text[i:j], pos)
		i = j
		pos += n
	}
	return out
}

// splitChunk appends the tokens of one whitespace-free chunk starting at
// code-point offset pos.
func splitChunk(out []Token, s string, pos int) []Token {
	rs := []rune(s)
	lo, hi := 0, len(rs)
	var tail []Token
	// Leading punctuation, one token each.
	for lo < hi && isLeadPunct(rs[lo]) && !(rs[lo] == '\'' && hi-lo > 1 && isDigitRune(rs[lo+1])) {
		out = append(out, Token{Text: string(rs[lo]), Start: pos + lo, End: pos + lo + 1})
		lo++
	}
	// Trailing punctuation, collected in reverse.
	for hi > lo {
		c := rs[hi-1]
		if c == '.' {
			w := strings.ToLower(string(rs[lo:hi]))
			if hi-lo == 1 || !keepsPeriod(rs[lo:hi], w) {
				tail = append(tail, Token{Text: ".", Start: pos + hi - 1, End: pos + hi})
				hi--
				continue
			}
			break
		}
		if isTrailPunct(c) {
			tail = append(tail, Token{Text: string(c), Start: pos + hi - 1, End: pos + hi})
			hi--
			continue
		}
		break
	}
	if lo < hi {
		out = splitWord(out, rs[lo:hi], pos+lo)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitWord splits clitics ('s, n't, 're ...) and glued capitalised words
// ("ComradeKim") off a word with no leading or trailing punctuation.
func splitWord(out []Token, rs []rune, pos int) []Token {
	n := len(rs)
	// Clitics: each has its apostrophe second or third from the end.
	if n > 2 && isApostrophe(rs[n-2]) || n > 3 && isApostrophe(rs[n-3]) {
		lw := strings.ToLower(string(rs))
		for _, c := range [...]string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s"} {
			cl := utf8.RuneCountInString(c)
			if n > cl && strings.HasSuffix(lw, c) {
				out = splitWord(out, rs[:n-cl], pos)
				return append(out, Token{Text: string(rs[n-cl:]), Start: pos + n - cl, End: pos + n})
			}
		}
	}
	if n > 1 && (rs[n-1] == '\'' || rs[n-1] == '’') && (rs[n-2] == 's' || rs[n-2] == 'S') {
		out = splitWord(out, rs[:n-1], pos)
		return append(out, Token{Text: string(rs[n-1:]), Start: pos + n - 1, End: pos + n})
	}
	// Glued words as scrapes leave them: "ComradeKim" -> "Comrade" "Kim".
	// Only a capitalised word with at least four lower-case letters before an
	// upper-case letter followed by lower case is split, which spares
	// "McDonald", "iPhone", "JavaScript".
	if n >= 6 && unicode.IsUpper(rs[0]) {
		run := 0
		for k := 1; k < n-1; k++ {
			switch {
			case unicode.IsLower(rs[k]):
				run++
			case unicode.IsUpper(rs[k]) && run >= 4 && unicode.IsLower(rs[k+1]):
				out = append(out, Token{Text: string(rs[:k]), Start: pos, End: pos + k})
				return splitWord(out, rs[k:], pos+k)
			default:
				run = 0
			}
			if !unicode.IsLetter(rs[k]) {
				break
			}
		}
	}
	// Inner punctuation that never belongs to a word: split around it.
	for k := 1; k < n-1; k++ {
		switch rs[k] {
		case '"', '(', ')', '[', ']', '“', '”', '«', '»', ';', '!', '?':
			out = splitWord(out, rs[:k], pos)
			out = append(out, Token{Text: string(rs[k]), Start: pos + k, End: pos + k + 1})
			return splitWord(out, rs[k+1:], pos+k+1)
		}
	}
	return append(out, Token{Text: string(rs), Start: pos, End: pos + n})
}

func keepsPeriod(rs []rune, lower string) bool {
	if abbreviations[lower] {
		return true
	}
	// Initials and dotted acronyms: "J.", "U.S.", "a.m.".
	letters, dots := 0, 0
	for k, r := range rs {
		switch {
		case r == '.':
			dots++
			if k > 0 && rs[k-1] == '.' {
				return false
			}
		case unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	if letters == 1 && dots == 1 {
		return unicode.IsUpper(rs[0])
	}
	return dots >= 2 && letters <= dots+1
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isLeadPunct(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '¿', '¡', '`', '*', '<':
		return true
	}
	return false
}

func isTrailPunct(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', ',', ';', ':', '!', '?', '”', '’', '»', '›', '*', '>', '…':
		return true
	}
	return false
}

// Sentences tokenizes text and groups the tokens into sentences. A sentence
// ends at a line break that is followed by a blank line or by a line that
// starts with a capital, quote or digit, and after ".", "!" or "?" (possibly
// followed by closing quotes or brackets) when the next token starts with a
// capital letter, a digit or an opening quote.
func Sentences(text string) []Sentence {
	toks := Tokens(text)
	if len(toks) == 0 {
		return nil
	}
	// Line structure: for each token, does a newline precede it (and how many)?
	newlines := newlinesBefore(text, toks)
	var out []Sentence
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) {
			out = append(out, Sentence{Tokens: toks[start:i:i]})
			break
		}
		cut := false
		if newlines[i] >= 2 {
			cut = true
		} else if newlines[i] == 1 && startsSentence(toks[i].Text) {
			cut = true
		} else if endsSentence(toks, start, i) && startsSentence(toks[i].Text) {
			cut = true
		}
		if cut {
			out = append(out, Sentence{Tokens: toks[start:i:i]})
			start = i
		}
	}
	return out
}

// newlinesBefore counts the line breaks in the gap before each token.
func newlinesBefore(text string, toks []Token) []int {
	nl := make([]int, len(toks))
	k, pos := 0, 0
	for _, r := range text {
		for k < len(toks) && toks[k].Start <= pos {
			k++
		}
		if k == len(toks) {
			break
		}
		if r == '\n' {
			nl[k]++
		}
		pos++
	}
	return nl
}

func endsSentence(toks []Token, start, i int) bool {
	j := i - 1
	for j > start && isCloser(toks[j].Text) {
		j--
	}
	switch toks[j].Text {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", ")", "]", "”", "’", "»":
		return true
	}
	return false
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isLeadPunct(r) || r == '-' || r == '—' || r == '•' ||
		unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// ASCIILower lower-cases the ASCII letters of s and leaves every other
// byte as it is, so that byte offsets into the result are offsets into
// s (strings.ToLower may change a string's length).
func ASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
