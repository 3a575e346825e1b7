package quote

import (
	"slices"
	"strings"
	"unicode"
)

// Korean marks attribution differently from English, and with fewer
// forms: the speaker is the sentence's topic or subject (a noun phrase
// ending in 은, 는, 이 or 가), the quotation or reported clause ends in a
// quotative particle (“…”라고, “…”고; …다고, …라며), and a verb of
// saying closes the sentence (말했다, 밝혔다, 강조했다). Sources are
// also given by "…에 따르면" (according to …). ExtractKorean reads
// these forms; it does not resolve pronoun speakers ("그는").

// koCues are the stems of verbs of saying, as they start a word.
var koCues = []string{
	"말했", "말한", "말하", "말해", "밝혔", "밝힌", "밝히", "전했", "전한", "강조했", "강조한", "강조하",
	"덧붙였", "설명했", "설명한", "주장했", "주장한", "지적했", "지적한", "언급했", "비판했", "비난했",
	"경고했", "촉구했", "물었", "답했", "반박했", "발표했", "보도했", "전망했", "예상했", "평가했",
	"당부했", "요구했", "선언했", "제안했", "약속했", "토로했", "우려했", "부인했", "인정했", "시사했",
	"생각한다", "보고 있", "했다", "한다", "하며", "하면서", "했고",
}

// koLead are sentence-opening words that come before the speaker.
var koLead = map[string]bool{
	"한편": true, "또": true, "또한": true, "이날": true, "그러나": true, "하지만": true, "이어": true,
	"특히": true, "앞서": true, "다만": true, "아울러": true, "반면": true, "그러면서": true, "이에": true,
}

// koWord is one space-separated word (eojeol) of a sentence, in code
// points.
type koWord struct {
	start, end int
	text       string
}

// ExtractKorean returns the attributions of a Korean text, with offsets
// in code points as Extract's.
func ExtractKorean(text string) []Quote {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	rs := []rune(text)
	return bySentence(rs, func(lo, hi int) []Quote {
		qs := koSentence(rs, lo, hi)
		// "…다고 한다" is hearsay, no one's words.
		return slices.DeleteFunc(qs, func(q Quote) bool { return !q.Direct && strings.HasPrefix(q.Cue.Text, "한다") })
	}, func(q Quote) bool { return !koGeneric(q.Cue.Text) })
}

// bySentence reads the attributions of each sentence of rs with
// sentence. Korean and the Romance languages drop a subject the reader
// knows, so a quote without a speaker takes the latest speaker's when
// that one spoke at most two sentences before; a quote that still has
// none is kept only if unnamed accepts it.
func bySentence(rs []rune, sentence func(lo, hi int) []Quote, unnamed func(Quote) bool) []Quote {
	var out []Quote
	var last *Span // the latest speaker, and the sentence it spoke in
	lastAt := -1
	for i, s := range splitQuoted(rs) {
		for _, q := range sentence(s[0], s[1]) {
			switch {
			case q.Speaker != nil:
				last, lastAt = q.Speaker, i
			case last != nil && i-lastAt <= 2:
				sp := *last
				q.Speaker = &sp
				lastAt = i
			case unnamed != nil && !unnamed(q):
				continue
			}
			out = append(out, q)
		}
	}
	return out
}

// splitQuoted splits rs into sentences: at line breaks, after . ? !
// followed by a space outside quotation marks, and after a quotation
// that ends with one.
func splitQuoted(rs []rune) [][2]int {
	var out [][2]int
	lo := 0
	var m marks
	emit := func(hi int) {
		for lo < hi && unicode.IsSpace(rs[lo]) {
			lo++
		}
		if lo < hi {
			out = append(out, [2]int{lo, hi})
		}
		lo = hi
	}
	for i, r := range rs {
		switch {
		case r == '\n':
			emit(i)
			m = marks{}
		case (r == '.' || r == '?' || r == '!') && !m.open() && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])):
			emit(i + 1)
		default:
			m.step(r)
			if closing := strings.ContainsRune("”“»«\"", r); closing && !m.open() && i > 0 && strings.ContainsRune(".?!", rs[i-1]) &&
				(i+1 == len(rs) || unicode.IsSpace(rs[i+1])) {
				emit(i + 1) // „Wir verhandeln weiter.“ Dazu …
			}
		}
	}
	emit(len(rs))
	return out
}

// marks follows the quotation marks of a text: which are open, and so
// which mark closes the innermost. English and Portuguese open with “
// and close with ”; German opens with „ and closes with “, or writes
// »…«; French writes «…». A closing mark that closes nothing open is
// an apostrophe or a stray, and is passed over.
type marks struct {
	closers []rune // the mark that closes each open quotation, innermost last
}

// maxMarks bounds the nesting marks follows.
const maxMarks = 8

func (m *marks) open() bool { return len(m.closers) > 0 }

func (m *marks) step(r rune) {
	if n := len(m.closers); n > 0 && m.closers[n-1] == r {
		m.closers = m.closers[:n-1]
		return
	}
	var closer rune
	switch r {
	case '“':
		closer = '”'
	case '„':
		closer = '“'
	case '‘':
		closer = '’'
	case '«':
		closer = '»'
	case '»':
		closer = '«'
	case '"':
		closer = '"'
	case '”', '’':
		if n := len(m.closers); n > 0 {
			m.closers = m.closers[:n-1] // a mismatched close
		}
		return
	default:
		return
	}
	if len(m.closers) < maxMarks {
		m.closers = append(m.closers, closer)
	}
}

// koWords splits rs[lo:hi] at white space.
func koWords(rs []rune, lo, hi int) []koWord {
	var out []koWord
	for i := lo; i < hi; {
		for i < hi && unicode.IsSpace(rs[i]) {
			i++
		}
		j := i
		for j < hi && !unicode.IsSpace(rs[j]) {
			j++
		}
		if j > i {
			out = append(out, koWord{i, j, string(rs[i:j])})
		}
		i = j
	}
	return out
}

// isOpenQuote and isCloseQuote report quotation marks.
func isOpenQuote(r rune) bool  { return r == '“' || r == '"' || r == '‘' || r == '\'' }
func isCloseQuote(r rune) bool { return r == '”' || r == '"' || r == '’' || r == '\'' }

// koQuotative reports a word that ends a quotation or reported clause,
// and where, in code points, its quoted part ends: “…”고, “…”라고,
// “…”라며, …다고, …라고, …냐고, …자고, …다며.
func koQuotative(rs []rune, w koWord) (contentEnd int, direct, ok bool) {
	t := []rune(w.text)
	// A closing mark followed by a particle: “…”라고 말했다.
	for k := len(t) - 1; k > 0; k-- {
		if isCloseQuote(t[k]) {
			switch string(t[k+1:]) {
			case "고", "라고", "이라고", "며", "라며", "이라며", "면서", "라면서":
				return w.start + k + 1, true, true
			}
			break
		}
	}
	s := w.text
	for _, suf := range []string{"다고", "라고", "냐고", "자고", "다며", "라며", "다면서", "라면서"} {
		if strings.HasSuffix(s, suf) && len([]rune(s)) > len([]rune(suf)) {
			// The clause keeps its own ending (…다, …라): only the
			// particle after it goes.
			cut := len([]rune(suf)) - 1
			if strings.HasSuffix(suf, "면서") {
				cut = 2
			}
			return w.end - cut, false, true
		}
	}
	return 0, false, false
}

// koGeneric reports the bare verbs 하다 ("…고 했다", "…다고 한다"), which
// quote only when someone is named.
func koGeneric(cue string) bool {
	for _, g := range []string{"했다", "한다", "하며", "하면서", "했고"} {
		if strings.HasPrefix(cue, g) {
			return true
		}
	}
	return false
}

// koCue reports a word that is a verb of saying (not one inside a
// quotation: 생각한다"고).
func koCue(w string) bool {
	if strings.ContainsAny(w, "“”\"'‘’") {
		return false
	}
	for _, c := range koCues {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// koAdverbial holds the case endings of a word that is no part of a
// speaker's name: a place, a time, a means or an object ("간담회에서는",
// "고령화로", "기자들에게").
var koAdverbial = []string{"에서", "에게", "께서는", "으로", "로", "에", "을", "를", "와", "과", "도", "만", "까지", "부터", "한테"}

// koTopic reports a word ending in a topic or subject particle, and the
// word without it; "에는", "에서는" and the like mark a place or a time,
// not a speaker.
func koTopic(w string) (string, bool) {
	rs := []rune(w)
	if len(rs) < 2 {
		return "", false
	}
	for _, a := range koAdverbial {
		if strings.HasSuffix(string(rs[:len(rs)-1]), a) {
			return "", false
		}
	}
	switch rs[len(rs)-1] {
	case '은', '는', '이', '가':
		return string(rs[:len(rs)-1]), true
	}
	return "", false
}

// koSpeaker finds the speaker among words ws (those before the content
// or between the quotative and the cue): the words up to the first that
// ends in a topic or subject particle, after any opening adverb or date.
func koSpeaker(rs []rune, ws []koWord) *Span {
	i := 0
	for i < len(ws) && (koLead[strings.TrimRight(ws[i].text, ",")] || koDateWord(ws[i].text)) {
		i++
	}
	from := i // the speaker's first word
	for j := i; j < len(ws) && j < i+8; j++ {
		w := strings.TrimRight(ws[j].text, ",")
		if strings.ContainsAny(w, "“”\"") {
			return nil
		}
		if head, ok := koTopic(w); ok {
			if j-from > 4 {
				return nil
			}
			end := ws[j].start + len([]rune(head))
			return &Span{Text: string(rs[ws[from].start:end]), Start: ws[from].start, End: end}
		}
		if koAdverb(w) || w != ws[j].text {
			from = j + 1 // "고령화로 대한민국이": the name starts after
		}
	}
	return nil
}

// koAdverb reports a word with an adverbial case ending.
func koAdverb(w string) bool {
	for _, a := range koAdverbial {
		if strings.HasSuffix(w, a) && len([]rune(w)) > len([]rune(a)) {
			return true
		}
	}
	return false
}

// koDateWord reports a date word that may open a sentence before its
// speaker ("29일", "지난달").
func koDateWord(w string) bool {
	w = strings.TrimRight(w, ",")
	for _, suf := range []string{"일", "일에", "월", "년"} {
		if p, ok := strings.CutSuffix(w, suf); ok && p != "" && strings.Trim(p, "0123456789") == "" {
			return true
		}
	}
	return w == "지난달" || w == "지난해" || w == "올해" || w == "오늘" || w == "어제"
}

// koSentence finds the attributions of the sentence rs[lo:hi].
func koSentence(rs []rune, lo, hi int) []Quote {
	ws := koWords(rs, lo, hi)
	var out []Quote
	for i := 1; i < len(ws); i++ {
		if ws[i].text == "따르면" || strings.HasPrefix(ws[i].text, "따르면") {
			if q, ok := koAccording(rs, ws, i, hi); ok {
				out = append(out, q)
			}
			continue
		}
		if !koCue(ws[i].text) {
			continue
		}
		// The last quotative before the cue, at most a few words back
		// (the speaker may stand between: “…”고 트럼프 대통령이 말했다).
		qi := -1
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if _, _, ok := koQuotative(rs, ws[k]); ok {
				qi = k
				break
			}
		}
		if qi < 0 {
			continue
		}
		end, direct, _ := koQuotative(rs, ws[qi])
		start := -1
		if direct {
			// Back to the quotation's opening mark.
			for p := end - 2; p >= lo; p-- {
				if isOpenQuote(rs[p]) && (rs[p] != '"' || p == lo || !unicode.IsLetter(rs[p-1])) {
					start = p
					break
				}
			}
			if start < 0 {
				continue
			}
		}
		var spk *Span
		var before []koWord
		for _, w := range ws {
			if start >= 0 && w.end > start || start < 0 && w.start >= ws[qi].start {
				break
			}
			before = append(before, w)
		}
		spk = koSpeaker(rs, before)
		if !direct {
			// The reported clause runs from after the speaker (or the
			// sentence's start) to the quotative.
			start = lo
			if spk != nil {
				for _, w := range before {
					if w.end > spk.End {
						start = w.end + 1
						break
					}
				}
			}
			for start < end && unicode.IsSpace(rs[start]) {
				start++
			}
			if end-start < 4 {
				continue
			}
		}
		if spk == nil && qi+1 < i {
			spk = koSpeaker(rs, ws[qi+1:i])
		}
		cue := &Span{Start: ws[i].start, End: ws[i].end}
		if rs[cue.End-1] == '.' {
			cue.End--
		}
		cue.Text = string(rs[cue.Start:cue.End])
		out = append(out, Quote{Speaker: spk, Cue: cue,
			Content: Span{Text: string(rs[start:end]), Start: start, End: end}, Direct: direct})
		break // one attribution a sentence: the rest is its verb phrase
	}
	return out
}

// koAccording reads "X에 따르면 …" (according to X, …): ws[i] is 따르면.
func koAccording(rs []rune, ws []koWord, i, hi int) (Quote, bool) {
	src, ok := strings.CutSuffix(ws[i-1].text, "에")
	if !ok || src == "" {
		return Quote{}, false
	}
	first := i - 1
	for first > 0 && i-1-first < 4 && !strings.HasSuffix(ws[first-1].text, ",") && !koLead[ws[first-1].text] && !koDateWord(ws[first-1].text) {
		first--
	}
	spkEnd := ws[i-1].start + len([]rune(src))
	start := ws[i].end
	for start < hi && (unicode.IsSpace(rs[start]) || rs[start] == ',') {
		start++
	}
	end := hi
	for end > start && (rs[end-1] == '.' || unicode.IsSpace(rs[end-1])) {
		end--
	}
	if end-start < 4 {
		return Quote{}, false
	}
	return Quote{
		Speaker: &Span{Text: string(rs[ws[first].start:spkEnd]), Start: ws[first].start, End: spkEnd},
		Cue:     &Span{Text: string(rs[spkEnd:ws[i].end]), Start: spkEnd, End: ws[i].end},
		Content: Span{Text: string(rs[start:end]), Start: start, End: end},
	}, true
}
