package quote

import (
	"strings"
	"unicode"
)

// tokKind classifies a token.
type tokKind uint8

const (
	kWord tokKind = iota
	kPunct
	kQuote // a double quotation mark, curly or straight
)

// token is one word, punctuation mark or quotation mark.
type token struct {
	start, end int // code-point offsets, end exclusive
	low        string
	kind       tokKind
	cap        bool // starts with an upper-case letter
	para       int  // paragraph index
	sent       int  // sentence index
	quote      int  // index of the quotation that holds it, or -1
	// mark is, for kQuote tokens, +1 for a mark that can only open, -1 for
	// one that can only close, 0 for a straight mark.
	mark int
}

// maxTokenRunes caps one token, so that a run of letters without spaces
// cannot make a token unbounded.
const maxTokenRunes = 128

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits rs into tokens, recording paragraphs (a newline ends a
// paragraph) and sentences.
func tokenize(rs []rune) []token {
	toks := make([]token, 0, len(rs)/5+1)
	para := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			if len(toks) > 0 && toks[len(toks)-1].para == para {
				para++
			}
			i++
		case unicode.IsSpace(r) || unicode.IsControl(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(rs) && j-i < maxTokenRunes {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				// Apostrophes, hyphens and inner periods join letters
				// ("don’t", "Trump’s", "anti-war", "U.S.", "3.5"); commas
				// join digits ("1,200").
				joins := c == '\'' || c == '’' || c == '-' || c == '.' || c == ',' && unicode.IsDigit(rs[j-1])
				if joins && j+1 < len(rs) && isWordRune(rs[j+1]) && (c != ',' || unicode.IsDigit(rs[j+1])) {
					j += 2
					continue
				}
				break
			}
			low := strings.ToLower(string(rs[i:j]))
			// Abbreviations and initials keep their period: "Sen.", "F.".
			// So does a word closing a bracket: "(D-Wis.)".
			if j < len(rs) && rs[j] == '.' && (lex.abbrev[low] || (j-i == 1 && unicode.IsUpper(r)) || strings.Contains(low, ".") ||
				j+1 < len(rs) && rs[j+1] == ')') {
				j++
				low += "."
			}
			toks = append(toks, token{start: i, end: j, low: low, kind: kWord, cap: unicode.IsUpper(r), para: para, quote: -1})
			i = j
		default:
			t := token{start: i, end: i + 1, low: string(r), kind: kPunct, para: para, quote: -1}
			switch r {
			case '“', '„', '«':
				t.kind, t.mark = kQuote, 1
			case '”', '»':
				t.kind, t.mark = kQuote, -1
			case '"':
				t.kind = kQuote
			case '\'':
				if i+1 < len(rs) && rs[i+1] == '\'' { // '' as a double mark
					t.kind, t.end, t.low = kQuote, i+2, `"`
				}
			case '.':
				for t.end < len(rs) && rs[t.end] == '.' && t.end-i < maxTokenRunes {
					t.end++
				}
				t.low = string(rs[i:t.end])
			}
			toks = append(toks, t)
			i = t.end
		}
	}
	splitSentences(toks, rs)
	return toks
}

// splitSentences numbers the sentences of toks. A sentence ends at a
// paragraph break, or after . ! ? (and any closing marks) when the next
// token starts a sentence; abbreviations kept their period in the word.
func splitSentences(toks []token, rs []rune) {
	sent := 0
	for i := range toks {
		toks[i].sent = sent
		if i+1 >= len(toks) {
			break
		}
		next := toks[i+1]
		if next.para != toks[i].para {
			sent++
			continue
		}
		t := toks[i]
		end := false
		if t.kind == kPunct && (t.low == "." || t.low == "?" || t.low == "!" || t.low == "...") {
			end = startsSentence(toks, i+1)
		} else if t.kind == kQuote && i > 0 && toks[i-1].kind == kPunct && strings.ContainsAny(toks[i-1].low, ".?!") {
			// closing mark after final punctuation: “… goals.” Next
			end = t.mark != 1 && startsSentence(toks, i+1) && next.kind != kQuote
		} else if t.kind == kWord && strings.HasSuffix(t.low, ".") && !lex.abbrev[strings.TrimSuffix(t.low, ".")] &&
			len([]rune(t.low)) > 2 && strings.Count(t.low, ".") > 1 {
			// "U.S." at a sentence end: only when a capitalised
			// function word follows.
			end = next.kind == kWord && next.cap && lex.stop[next.low]
		}
		if end {
			sent++
		}
	}
}

func startsSentence(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := toks[j]
	switch t.kind {
	case kWord:
		return t.cap || unicode.IsDigit([]rune(t.low)[0])
	case kQuote:
		return t.mark != -1
	default:
		return t.low == "(" || t.low == "—" || t.low == "-"
	}
}
