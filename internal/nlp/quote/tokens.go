package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	low        string
	start, end int32 // code-point offsets, end exclusive
	para       int32 // paragraph index
	sent       int32 // sentence index
	quote      int32 // index of the quotation that holds it, or -1
	kind       tokKind
	cap        bool // starts with an upper-case letter
	// mark is, for kQuote tokens, +1 for a mark that can only open, -1 for
	// one that can only close, 0 for a straight mark.
	mark int8
}

// maxTokenRunes caps one token, so that a run of letters without spaces
// cannot make a token unbounded.
const maxTokenRunes = 128

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits rs into tokens, recording paragraphs (a newline ends a
// paragraph) and sentences.
func tokenize(rs []rune) []token {
	toks := make([]token, 0, len(rs)/5+1)
	// The lower-case forms of all tokens are written one after another
	// into arena and cut out of one string at the end, rather than
	// allocated one by one; at[n] is where token n's form ends.
	arena := make([]byte, 0, len(rs))
	at := make([]int32, 0, cap(toks))
	para := int32(0)
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
			a := len(arena)
			dot := false
			for _, c := range rs[i:j] {
				switch {
				case c < utf8.RuneSelf:
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					arena = append(arena, byte(c))
				default:
					arena = utf8.AppendRune(arena, unicode.ToLower(c))
				}
				dot = dot || c == '.'
			}
			// Abbreviations and initials keep their period: "Sen.", "F.".
			// So does a capitalised word closing a bracket: "(D-Wis.)";
			// but not "(…,” he said.)".
			if j < len(rs) && rs[j] == '.' && (lex.abbrev[string(arena[a:])] || (j-i == 1 && unicode.IsUpper(r)) || dot ||
				j+1 < len(rs) && rs[j+1] == ')' && unicode.IsUpper(r)) {
				j++
				arena = append(arena, '.')
			}
			at = append(at, int32(len(arena)))
			toks = append(toks, token{start: int32(i), end: int32(j), kind: kWord, cap: unicode.IsUpper(r), para: para, quote: -1})
			i = j
		default:
			e := i + 1 // where the token ends
			t := token{kind: kPunct, para: para, quote: -1}
			switch r {
			case '“', '„', '«':
				t.kind, t.mark = kQuote, 1
			case '”', '»':
				t.kind, t.mark = kQuote, -1
			case '"':
				t.kind = kQuote
			case '\'':
				// Two marks are a double mark; of three after a word, the
				// single mark closes first: 'Kosovo is a special case,'''.
				closing3 := i+2 < len(rs) && rs[i+1] == '\'' && rs[i+2] == '\'' && i > 0 && !unicode.IsSpace(rs[i-1])
				if i+1 < len(rs) && rs[i+1] == '\'' && !closing3 {
					t.kind, e = kQuote, i+2
					r = '"'
				}
			case '.':
				for e < len(rs) && rs[e] == '.' && e-i < maxTokenRunes {
					e++
				}
			}
			arena = utf8.AppendRune(arena, r)
			for range e - i - 1 {
				if r == '.' {
					arena = append(arena, '.') // an ellipsis of periods
				}
			}
			at = append(at, int32(len(arena)))
			t.start, t.end = int32(i), int32(e)
			toks = append(toks, t)
			i = e
		}
	}
	all := string(arena)
	for n := range toks {
		a := int32(0)
		if n > 0 {
			a = at[n-1]
		}
		toks[n].low = all[a:at[n]]
	}
	splitSentences(toks, rs)
	return toks
}

// splitSentences numbers the sentences of toks. A sentence ends at a
// paragraph break, or after . ! ? (and any closing marks or a closing
// bracket) when the next token starts a sentence; abbreviations kept
// their period in the word.
func splitSentences(toks []token, rs []rune) {
	sent := int32(0)
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
		} else if t.low == ")" && i > 0 && (toks[i-1].kind == kPunct && strings.ContainsAny(toks[i-1].low, ".?!") ||
			toks[i-1].kind == kWord && !toks[i-1].cap && len(toks[i-1].low) > 4 && strings.HasSuffix(toks[i-1].low, ".")) {
			end = startsSentence(toks, i+1) // "(… statistics.) Meanwhile"
		} else if t.kind == kQuote && i > 0 && toks[i-1].kind == kPunct && strings.ContainsAny(toks[i-1].low, ".?!") &&
			toks[i-1].para == t.para && (t.mark == -1 || toks[i-1].end == t.start) {
			// closing mark after final punctuation: “… goals.” Next;
			// a straight mark closes only glued to it (not: goals. "Next)
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
		// A straight mark glued to the period before it closes: ."
		return t.mark == 1 || t.mark == 0 && (j == 0 || toks[j-1].end != t.start)
	default:
		return t.low == "(" || t.low == "—" || t.low == "-"
	}
}
