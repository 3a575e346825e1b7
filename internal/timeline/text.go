package timeline

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// sentence is one sentence of an article, in code points.
type sentence struct {
	start, end int    // code-point offsets in the article's text
	text       string // the sentence, trimmed
	list       bool   // a list item ("- Hanoi (2019): ...")
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true,
	"gen": true, "col": true, "lt": true, "gov": true, "prof": true, "jr": true, "sr": true,
	"vs": true, "no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "etc": true, "approx": true,
}

// splitSentences splits text (as runes) into sentences: at a line break,
// and after . ! ? or 。 followed by a space (or a closing quotation mark
// and a space) and not ending an abbreviation or an initial ("U.S.").
func splitSentences(rs []rune) []sentence {
	var out []sentence
	begin := 0
	emit := func(lo, hi int) {
		for lo < hi && unicode.IsSpace(rs[lo]) {
			lo++
		}
		for hi > lo && unicode.IsSpace(rs[hi-1]) {
			hi--
		}
		if lo == 0 || rs[lo-1] == '\n' {
			lo += datelineLen(rs[lo:hi])
		}
		for hi-lo > MaxSentence {
			out = append(out, sentence{start: lo, end: lo + MaxSentence, text: string(rs[lo : lo+MaxSentence])})
			lo += MaxSentence
		}
		if hi <= lo {
			return
		}
		t := string(rs[lo:hi])
		out = append(out, sentence{start: lo, end: hi, text: t,
			list: strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "* ")})
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			emit(begin, i)
			begin = i + 1
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '。' && r != '…' {
			continue
		}
		j := i + 1
		for j < len(rs) && isCloser(rs[j]) {
			j++
		}
		if r == '。' {
			emit(begin, j)
			begin = j
			continue
		}
		if j >= len(rs) || rs[j] != ' ' {
			continue
		}
		// The next word must start like a sentence.
		k := j
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k < len(rs) && !(unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) || isOpener(rs[k]) || !unicode.IsLetter(rs[k]) || unicode.In(rs[k], unicode.Hangul, unicode.Han)) {
			continue
		}
		if r == '.' && noBreakBefore(rs, begin, i) {
			continue
		}
		emit(begin, j)
		begin = j
	}
	emit(begin, len(rs))
	return out
}

// noBreakBefore reports whether the period at rs[i] ends an abbreviation
// or an initial rather than a sentence.
func noBreakBefore(rs []rune, begin, i int) bool {
	k := i
	for k > begin && (unicode.IsLetter(rs[k-1]) || rs[k-1] == '.') {
		k--
	}
	w := strings.ToLower(strings.Trim(string(rs[k:i]), "."))
	if abbrevs[w] {
		return true
	}
	// An initial or a dotted acronym: "J." or "U.S." or "U.N.".
	if strings.Contains(string(rs[k:i]), ".") || (i-k == 1 && unicode.IsUpper(rs[k])) {
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '「', '『', '-', '—':
		return true
	}
	return false
}

// word is a token of a sentence: a run of letters, digits and inner
// hyphens, apostrophes or periods, with code-point offsets in the
// sentence.
type word struct {
	text, fold string
	start, end int
}

// words tokenizes s; fold is the lower-cased word without diacritics.
func words(s string) []word {
	rs := []rune(s)
	var out []word
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (isWordRune(rs[j]) || (isInner(rs[j]) && j+1 < len(rs) && isWordRune(rs[j+1])) ||
			(rs[j] == ',' && j > i && unicode.IsDigit(rs[j-1]) && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
			j++
		}
		// Keep an acronym's final period ("U.S.").
		if j < len(rs) && rs[j] == '.' && j-i >= 3 && rs[j-2] == '.' {
			j++
		}
		t := string(rs[i:j])
		out = append(out, word{text: t, fold: fold(t), start: i, end: j})
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
func isInner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '.' }

// minSaid is the fewest letters and digits a sentence needs for its
// key: shorter ones ("He agreed.") recur without being copies.
const minSaid = 40

// sentenceKey is a sentence's letters and digits, folded, with the
// quotation marks, dashes and spaces between them dropped, so that a copy
// that re-typeset its quotes ("…" for “…”) keeps the key; "" for a
// sentence under minSaid of them.
func sentenceKey(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			n++
		}
	}
	if n < minSaid {
		return ""
	}
	return b.String()
}

// fold lower-cases s and strips the common Latin diacritics, so that
// "Hanói" meets "Hanoi".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if r == '’' {
			r = '\''
		}
		if d, ok := deaccent[r]; ok {
			b.WriteRune(d)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var deaccent = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range []struct {
		from string
		to   rune
	}{
		{"àáâãäåā", 'a'}, {"çć", 'c'}, {"èéêëē", 'e'}, {"ìíîïī", 'i'}, {"ñń", 'n'},
		{"òóôõöøō", 'o'}, {"ùúûüū", 'u'}, {"ýÿ", 'y'}, {"ğ", 'g'}, {"şś", 's'}, {"ž", 'z'},
	} {
		for _, r := range p.from {
			m[r] = p.to
		}
	}
	return m
}()

// runeIndex converts byte offsets of s into code-point offsets.
func runeIndex(s string, byteOff int) int {
	n := 0
	for i := range s {
		if i >= byteOff {
			return n
		}
		n++
	}
	return n
}

// dateline matches the dateline that opens an agency report's first
// paragraph: a place ("SEOUL", "Pyongyang", "CHICAGO, Ill."), then a
// date, an agency in brackets or both, then a dash: "SEOUL, June 12
// (Yonhap) --", "Pyongyang, June 10 (KCNA) --", "WASHINGTON (AP) —",
// "BEIRUT, Aug 29 (Reuters) -". Groups: 1 the place, 2 the date, 3 the
// agency.
var dateline = regexp.MustCompile(`^(\p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,3}(?:,\s\p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,2})?)` +
	`(,?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?)?` +
	`(\s?\([^()\n]{1,30}\))?\s?(?:--|[-–—])\s+`)

// datelineLen returns the length in runes of the dateline that opens
// the paragraph text rs, or 0. A place alone before a dash counts only
// in capitals ("NEW YORK —"), which a sentence's first words are not.
func datelineLen(rs []rune) int {
	if len(rs) > 200 {
		rs = rs[:200]
	}
	t := string(rs)
	m := dateline.FindStringSubmatchIndex(t)
	if m == nil {
		return 0
	}
	place := t[m[2]:m[3]]
	if m[4] < 0 && m[6] < 0 && (strings.ToUpper(place) != place || len([]rune(place)) < 3) {
		return 0
	}
	return len([]rune(t[:m[1]]))
}

// quotedSpans returns the code-point spans [open, close] of the
// quotations in sentence s, marks included, that hold at least three
// words and are not a title-cased name (“Washington Summit
// Declaration”). A straight or curly single mark opens only after a space, a
// colon or the sentence start and closes only before a space or
// punctuation, so that apostrophes ("America’s", "don't") open and close
// nothing.
func quotedSpans(s string) [][2]int {
	rs := []rune(s)
	var out [][2]int
	for i := 0; i < len(rs); i++ {
		closer, ok := quoteMarks[rs[i]]
		if rs[i] == '\'' {
			closer, ok = '\'', true
		}
		if !ok || i+1 < len(rs) && unicode.IsSpace(rs[i+1]) {
			continue
		}
		single := closer == '\'' || closer == '’'
		if single && i > 0 && !unicode.IsSpace(rs[i-1]) && rs[i-1] != ':' && rs[i-1] != '(' {
			continue
		}
		j := i + 1
		for ; j < len(rs); j++ {
			if rs[j] != closer {
				continue
			}
			if !single || j+1 == len(rs) || !unicode.IsLetter(rs[j+1]) && !unicode.IsDigit(rs[j+1]) {
				break
			}
		}
		if j >= len(rs) {
			continue
		}
		if f := strings.Fields(string(rs[i+1 : j])); len(f) >= 3 && !titleCased(f) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// unquotedTriggers drops the triggers of a sentence that lie inside one
// of its quotations when words stand outside the quotations: what a
// speaker says ("Trump says: 'We have endured floods and fires'") is
// their words, told in the quotes, not an event the article reports.
func unquotedTriggers(ts []trigger, ws []word, spans [][2]int) []trigger {
	if len(spans) == 0 || len(ts) == 0 {
		return ts
	}
	inside := func(start, end int) bool {
		return slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] < start && end <= sp[1] })
	}
	outside := 0
	for _, w := range ws {
		if !inside(w.start, w.end) {
			outside++
		}
	}
	if outside < 2 {
		return ts // the sentence is all quotation: it reports nothing else
	}
	return slices.DeleteFunc(ts, func(t trigger) bool { return inside(t.start, t.end) })
}

// titleCased reports whether every word of four letters or more starts
// with a capital letter.
func titleCased(ws []string) bool {
	for _, w := range ws {
		rs := []rune(strings.Trim(w, ".,;:!?\"'“”‘’"))
		if len(rs) >= 4 && !unicode.IsUpper(rs[0]) {
			return false
		}
	}
	return true
}
