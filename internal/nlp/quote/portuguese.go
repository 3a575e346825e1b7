package quote

import (
	"strings"
	"unicode"
)

// Portuguese news attributes speech with a few verbs of saying (disse,
// afirmou, declarou …) in three orders: the speaker first ("Lula disse
// que …", "O porta-voz afirmou: “…”"), the quotation first with the
// speaker after the verb ("“…”, disse o presidente."), and a source
// phrase ("segundo X", "de acordo com X"). ExtractPortuguese reads
// these; like Korean, Portuguese may drop a subject the reader knows
// ("Disse ainda que …"), and such a sentence continues the latest
// speaker's.

// ptCues are verbs of saying, in the forms news uses.
var ptCues = map[string]bool{
	"disse": true, "afirmou": true, "declarou": true, "explicou": true, "acrescentou": true,
	"ressaltou": true, "destacou": true, "garantiu": true, "anunciou": true, "informou": true,
	"comentou": true, "questionou": true, "alertou": true, "defendeu": true, "criticou": true,
	"reforçou": true, "observou": true, "lembrou": true, "salientou": true, "admitiu": true,
	"negou": true, "escreveu": true, "afirmaram": true, "disseram": true, "declararam": true,
	"diz": true, "afirma": true, "declara": true, "dizem": true, "avaliou": true, "sublinhou": true,
	"frisou": true, "argumentou": true, "respondeu": true, "concluiu": true, "completou": true,
	"pontuou": true, "enfatizou": true, "indicou": true, "relatou": true, "contou": true,
}

// ptStop ends a speaker phrase read backwards from its verb: words that
// start a clause or an adverbial.
var ptStop = map[string]bool{
	"e": true, "mas": true, "que": true, "quando": true, "em": true, "na": true, "no": true,
	"nesta": true, "neste": true, "nessa": true, "nesse": true, "após": true, "depois": true,
	"ontem": true, "hoje": true, "já": true, "também": true, "ainda": true, "porém": true,
	"onde": true, "como": true, "se": true, "para": true, "por": true, "ao": true, "à": true,
	"durante": true, "antes": true, "então": true, "isso": true, "isto": true,
}

// ptWord is one word of a sentence, in code points, with the
// punctuation around it stripped.
type ptWord struct {
	start, end int    // the word without the punctuation
	text, low  string // as written, and lower-cased
	comma      bool   // followed by a comma
	colon      bool   // followed by a colon
}

// ExtractPortuguese returns the attributions of a Portuguese text, with
// offsets in code points as Extract's.
func ExtractPortuguese(text string) []Quote {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	rs := []rune(text)
	var out []Quote
	var last *Span
	lastAt := -1
	for i, s := range koSentences(rs) {
		for _, q := range ptSentence(rs, s[0], s[1]) {
			switch {
			case q.Speaker != nil:
				last, lastAt = q.Speaker, i
			case last != nil && i-lastAt <= 2:
				sp := *last
				q.Speaker = &sp
				lastAt = i
			}
			out = append(out, q)
		}
	}
	return out
}

// ptWords splits rs[lo:hi] into words.
func ptWords(rs []rune, lo, hi int) []ptWord {
	var out []ptWord
	for i := lo; i < hi; {
		for i < hi && !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			i++
		}
		j := i
		for j < hi && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') {
			j++
		}
		if j > i {
			w := ptWord{start: i, end: j, text: string(rs[i:j])}
			w.low = strings.ToLower(w.text)
			k := j
			for k < hi && rs[k] == ' ' {
				k++
			}
			w.comma = k < hi && rs[k] == ','
			w.colon = k < hi && rs[k] == ':'
			out = append(out, w)
		}
		i = j
	}
	return out
}

// ptQuotation returns the first quotation in rs[lo:hi] at or after
// from: its span with the marks, or ok false.
func ptQuotation(rs []rune, from, hi int) (int, int, bool) {
	for i := from; i < hi; i++ {
		var closer rune
		switch rs[i] {
		case '“':
			closer = '”'
		case '«':
			closer = '»'
		case '"':
			closer = '"'
		default:
			continue
		}
		for j := i + 1; j < hi; j++ {
			if rs[j] == closer {
				return i, j + 1, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// ptSpeakerBefore reads the speaker phrase that ends just before word k:
// back over names, articles and nouns, stopping at a comma, a clause or
// adverbial word, or six words. A phrase in commas before the verb is
// an apposition, read with the phrase before it: "A porta-voz da Casa
// Branca, Karoline Leavitt, afirmou".
func ptSpeakerBefore(rs []rune, ws []ptWord, k int) *Span {
	if k >= 2 && ws[k-1].comma {
		inner := ptPhraseBefore(rs, ws, k, true)
		if inner == nil {
			return nil
		}
		a := k - 1
		for a > 0 && ws[a-1].end > inner.Start {
			a--
		}
		if a >= 1 && ws[a-1].comma {
			if head := ptPhraseBefore(rs, ws, a, true); head != nil {
				return &Span{Text: string(rs[head.Start:inner.End]), Start: head.Start, End: inner.End}
			}
		}
		return inner
	}
	return ptPhraseBefore(rs, ws, k, false)
}

// ptPhraseBefore reads a noun phrase that ends with word k-1; a comma
// after that word is allowed when lastComma is set.
func ptPhraseBefore(rs []rune, ws []ptWord, k int, lastComma bool) *Span {
	first := k
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		comma := ws[j].comma && !(lastComma && j == k-1)
		if ptStop[ws[j].low] || comma || ws[j].colon || isDigits(ws[j].text) {
			break
		}
		// A gap with other punctuation ("(29)", a dash) ends it too.
		if j < k-1 && strings.TrimSpace(string(rs[ws[j].end:ws[j+1].start])) != "" {
			break
		}
		first = j
	}
	if first == k {
		return nil
	}
	// A phrase of lower-case words alone is no name ("o governo" is one,
	// with its article; "foi aprovado" is not).
	named := false
	for _, w := range ws[first:k] {
		if unicode.IsUpper([]rune(w.text)[0]) || w.low == "o" || w.low == "a" || w.low == "os" || w.low == "as" {
			named = true
		}
	}
	if !named {
		return nil
	}
	return &Span{Text: string(rs[ws[first].start:ws[k-1].end]), Start: ws[first].start, End: ws[k-1].end}
}

// ptSpeakerAfter reads the speaker phrase that follows a verb of saying
// ("disse o presidente Lula."), up to a comma or the sentence's end.
func ptSpeakerAfter(rs []rune, ws []ptWord, k int) *Span {
	if k >= len(ws) {
		return nil
	}
	last := k
	for j := k; j < len(ws) && j-k < 8; j++ {
		if j > k && (ptStop[ws[j].low] || strings.TrimSpace(string(rs[ws[j-1].end:ws[j].start])) != "") {
			break
		}
		last = j
		if ws[j].comma {
			break
		}
	}
	return &Span{Text: string(rs[ws[k].start:ws[last].end]), Start: ws[k].start, End: ws[last].end}
}

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// ptSentence finds the attribution of the sentence rs[lo:hi].
func ptSentence(rs []rune, lo, hi int) []Quote {
	ws := ptWords(rs, lo, hi)
	end := hi
	for end > lo && (rs[end-1] == '.' || unicode.IsSpace(rs[end-1])) {
		end--
	}
	// quoted[i] reports that rs[lo+i] is inside quotation marks.
	quoted := make([]bool, hi-lo)
	depth := 0
	for i := lo; i < hi; i++ {
		quoted[i-lo] = depth > 0
		switch rs[i] {
		case '“', '«':
			depth++
		case '”', '»':
			depth = max(depth-1, 0)
		case '"':
			depth = 1 - min(depth, 1)
		}
	}
	inQuote := func(pos int) bool { return quoted[pos-lo] }
	for k, w := range ws {
		if inQuote(w.start) {
			continue
		}
		// "segundo X, …", "de acordo com X, …", "…, segundo X."
		if w.low == "segundo" || w.low == "com" && k >= 2 && ws[k-2].low == "de" && ws[k-1].low == "acordo" {
			cueStart := w.start
			if w.low == "com" {
				cueStart = ws[k-2].start
			}
			spk := ptSpeakerAfter(rs, ws, k+1)
			if spk == nil {
				continue
			}
			var cs, ce int
			if k <= 2 || w.low == "com" && k == 2 {
				cs, ce = spk.End, end // the source opens the sentence
				for cs < ce && (rs[cs] == ',' || unicode.IsSpace(rs[cs])) {
					cs++
				}
			} else {
				cs, ce = lo, cueStart // "…, segundo X."
				for ce > cs && (rs[ce-1] == ',' || unicode.IsSpace(rs[ce-1])) {
					ce--
				}
			}
			if ce-cs < 8 {
				continue
			}
			return []Quote{{Speaker: spk, Cue: &Span{Text: string(rs[cueStart:w.end]), Start: cueStart, End: w.end},
				Content: Span{Text: string(rs[cs:ce]), Start: cs, End: ce}}}
		}
		if !ptCues[w.low] {
			continue
		}
		cue := &Span{Text: w.text, Start: w.start, End: w.end}
		// The quotation first: “…”, disse X.
		if qs, qe, ok := ptQuotation(rs, lo, w.start); ok && strings.Trim(string(rs[qe:w.start]), " ,–—-") == "" {
			return []Quote{{Speaker: ptSpeakerAfter(rs, ws, k+1), Cue: cue, Content: Span{Text: string(rs[qs:qe]), Start: qs, End: qe}, Direct: true}}
		}
		spk := ptSpeakerBefore(rs, ws, k)
		if spk == nil && k > 0 && !ws[k-1].comma {
			continue // "foi dito", "o que disse": not an attribution
		}
		// X disse: “…” / X afirmou que “…” / X disse que …
		rest := w.end
		if w.colon {
			for rest < hi && rs[rest] != ':' {
				rest++
			}
			rest++
		} else if k+1 < len(ws) && ws[k+1].low == "que" {
			rest = ws[k+1].end
		} else if k+1 < len(ws) && ws[k+1].low == "ainda" && k+2 < len(ws) && ws[k+2].low == "que" {
			rest = ws[k+2].end
		} else {
			continue // "disse o presidente" with nothing said here
		}
		if qs, qe, ok := ptQuotation(rs, rest, hi); ok && strings.TrimSpace(string(rs[rest:qs])) == "" {
			return []Quote{{Speaker: spk, Cue: cue, Content: Span{Text: string(rs[qs:qe]), Start: qs, End: qe}, Direct: true}}
		}
		for rest < end && unicode.IsSpace(rs[rest]) {
			rest++
		}
		if end-rest < 8 {
			continue
		}
		return []Quote{{Speaker: spk, Cue: cue, Content: Span{Text: string(rs[rest:end]), Start: rest, End: end}}}
	}
	return nil
}
