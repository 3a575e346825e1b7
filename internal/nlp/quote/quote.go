package quote

import (
	"sort"
	"strings"
	"unicode"
)

// Span is a stretch of the input text.
type Span struct {
	// Text is the span's text, as it appears in the input.
	Text string `json:"text"`
	// Start and End are Unicode code-point offsets into the input, End
	// exclusive: []rune(text)[Start:End] == Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Canonical is, for a speaker, the name the span stands for when the
	// span is a pronoun, a role ("the official") or a short form
	// ("Leavitt" for "Caroline Leavitt"); empty when nothing was found.
	Canonical string `json:"canonical,omitempty"`
}

// Quote is one attribution: content credited to a speaker through a cue.
type Quote struct {
	// Speaker is who the content is attributed to; nil when the text
	// does not say (an unattributed quotation).
	Speaker *Span `json:"speaker,omitempty"`
	// Cue is the word or phrase that ties speaker and content ("said",
	// "told", "according to"); nil for an unattributed quotation.
	Cue *Span `json:"cue,omitempty"`
	// Content is what is attributed: a quotation with its marks, or a
	// reported clause. A quotation split by its attribution ("…," she
	// said. "…") yields one Quote per part, sharing speaker and cue.
	Content Span `json:"content"`
	// Direct reports that Content is a quotation in quotation marks.
	Direct bool `json:"direct"`
}

// MaxInput caps the text Extract reads, in bytes; the rest is ignored.
// A news article is far below it.
const MaxInput = 1 << 20

// span is a token range, both ends inclusive; lo < 0 means none.
type span struct{ lo, hi int }

var none = span{-1, -1}

func (s span) ok() bool { return s.lo >= 0 && s.hi >= s.lo }

// rel is one attribution in token ranges.
type rel struct {
	spk, cue, content span
	direct            bool
	// shared leaves the speaker free when the relation is added: the
	// subject of a clause reporting further on in its sentence ("X
	// called on … and said …"), which the subject's own verb may take.
	shared bool
	// fixed keeps the span pass from moving the speaker's ends.
	fixed bool
}

// qmark is a quotation found between two marks (token indices).
type qmark struct {
	open, close int
	words       int
	used        bool
}

// doc is the working state of one Extract call.
type doc struct {
	rs      []rune
	toks    []token
	quotes  []qmark
	claimed []bool
	rels    []rel
	cueMemo []cueMemo // cueAt's reading of each token, filled lazily
	spanCls []string  // spanClass of each token, filled lazily
	// shared marks the relation addIndirect adds next as rel.shared.
	shared bool
}

// Extract finds the attributions in text and returns them in text order.
// It never fails: text it cannot read yields no quotes.
func Extract(text string) []Quote {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	d := &doc{rs: []rune(text)}
	d.toks = tokenize(d.rs)
	if len(d.toks) == 0 {
		return nil
	}
	d.claimed = make([]bool, len(d.toks))
	d.modalNames()
	d.findQuotes()
	d.rulePasses()
	d.spanPass()
	d.continuations()
	d.hearsay()
	return d.output()
}

// nameModals are the modals that are also given names: "Will Doyle",
// "George Will", "May Lane".
var nameModals = map[string]bool{"will": true, "may": true}

// modalNames reads a capitalised "Will" or "May" inside a sentence as a
// name, not a modal, when a capitalised word stands next to it ("said
// Will Doyle", "George Will wrote") or it follows a quotation ("…,"
// Will wrote): its lower-case form keeps the capital, so that no table
// of function words takes it. A headline in title case ("Trump Will
// Win") is left alone.
func (d *doc) modalNames() {
	for k, t := range d.toks {
		if !t.cap || !nameModals[t.low] {
			continue
		}
		first := k == 0 || d.toks[k-1].sent != t.sent
		capNext := k+1 < len(d.toks) && d.toks[k+1].sent == t.sent && d.toks[k+1].kind == kWord && d.toks[k+1].cap
		capPrev := !first && d.toks[k-1].kind == kWord && d.toks[k-1].cap
		quoted := k > 0 && d.toks[k-1].kind == kQuote
		if !capNext && !capPrev && !quoted || d.titleCase(k) {
			continue
		}
		if first && !quoted {
			// "Will Doyle said …", but not "Will Trump win?".
			_, hi := d.sentBounds(k)
			if d.low(hi) == "?" || d.low(hi-1) == "?" {
				continue
			}
		}
		d.toks[k].low = string(d.rs[t.start:t.end])
	}
}

// hearsayWords are the adverbs that mark a report as hearsay without
// saying whose: "They reportedly smuggled oil" reports what someone
// unnamed says of them. modalWords are the auxiliaries after which a
// cue word is a noun: "the talks might resume", "claims could …".
var (
	hearsayWords = map[string]bool{"reportedly": true, "allegedly": true, "purportedly": true, "supposedly": true}
	modalWords   = map[string]bool{"might": true, "may": true, "could": true, "can": true, "will": true, "would": true,
		"should": true, "must": true, "shall": true}
	// pluralNouns are cue words that are as often plural nouns as
	// verbs; before a modal they are nouns ("warns" is not: a headline
	// writes "Expert warns could take years").
	pluralNouns = map[string]bool{"talks": true, "claims": true, "reports": true, "calls": true, "remarks": true,
		"comments": true, "statements": true, "demands": true, "promises": true, "pledges": true, "threats": true,
		"warnings": true, "rumors": true, "rumours": true, "questions": true, "concerns": true, "fears": true}
)

// hearsay drops the speaker of a relation whose cue is only a hearsay
// adverb (with "also" or "was"): the subject it took is who the report
// is about, not who made it; PolNeAR's train split gives such cues no
// source 15 times in 19, and the 4 others have a speech verb in the cue.
// It also drops relations whose cue is a noun: a cue word followed by a
// modal ("Trump-North Korea talks might soon resume").
func (d *doc) hearsay() {
	keep := d.rels[:0]
	for _, r := range d.rels {
		if !r.cue.ok() {
			keep = append(keep, r)
			continue
		}
		last := d.toks[r.cue.hi].low
		if r.cue.lo == r.cue.hi && !r.direct && r.cue.hi+1 < len(d.toks) && modalWords[d.toks[r.cue.hi+1].low] && pluralNouns[last] {
			continue // a plural noun before a modal: no cue
		}
		if hearsayWords[last] {
			only := true
			for i := r.cue.lo; i < r.cue.hi; i++ {
				if w := d.toks[i].low; w != "also" && w != "was" && w != "were" && w != "is" && w != "are" {
					only = false
				}
			}
			if only {
				r.spk = none
			}
		}
		keep = append(keep, r)
	}
	d.rels = keep
}

// rulePasses runs the passes that find attributions, up to the span
// pass; trainSpeakers reads the speakers they leave.
func (d *doc) rulePasses() {
	d.labels()
	d.directPass()
	d.indirectPass()
	n := len(d.rels)
	d.pollPass()
	d.fix(n)
	d.fallbackPass()
	d.splitPass()
	n = len(d.rels)
	d.headline()
	d.fix(n)
}

// fix marks the relations from the n-th on as fixed: their frame sets
// the speaker's extent (a poll after "in", a headline's name).
func (d *doc) fix(n int) {
	for i := n; i < len(d.rels); i++ {
		d.rels[i].fixed = true
	}
}

// findQuotes pairs quotation marks within paragraphs. An unclosed
// quotation ends at its paragraph's end, as news style leaves the mark
// of a quotation that runs on into the next paragraph unclosed.
func (d *doc) findQuotes() {
	open := -1
	closeAt := func(c int) {
		if open >= 0 && c > open {
			q := qmark{open: open, close: c}
			for k := open + 1; k < c; k++ {
				if d.toks[k].kind == kWord {
					q.words++
				}
			}
			if q.words > 0 {
				idx := len(d.quotes)
				d.quotes = append(d.quotes, q)
				for k := open; k <= c; k++ {
					d.toks[k].quote = int32(idx)
				}
			}
		}
		open = -1
	}
	for i, t := range d.toks {
		if open >= 0 && t.para != d.toks[open].para {
			closeAt(i - 1)
		}
		if t.kind != kQuote {
			continue
		}
		switch {
		case open < 0 && t.mark >= 0:
			if t.mark == 0 && i+1 < len(d.toks) && d.toks[i+1].start > t.end && i > 0 && d.toks[i-1].end == t.start {
				continue // a straight mark glued to the word before: closes nothing open
			}
			open = i
		case open >= 0 && t.mark <= 0:
			closeAt(i)
		case open >= 0 && t.mark == 1 && i > open+1 && d.toks[i-1].end == t.start && (i+1 == len(d.toks) || d.toks[i+1].start > t.end) &&
			(d.toks[i-1].kind == kPunct || d.toks[i-1].kind == kWord):
			closeAt(i) // an opening mark glued to the end of a quotation closes it: "It's unusual,“ said …
		case open >= 0 && t.mark == 1:
			closeAt(i - 1)
			open = i
		}
	}
	if open >= 0 {
		closeAt(len(d.toks) - 1)
	}
}

func (d *doc) word(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == kWord }

func (d *doc) low(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].low
}

// sentEnd reports whether token i is sentence-final punctuation.
func (d *doc) sentEnd(i int) bool {
	t := d.toks[i]
	return t.kind == kPunct && strings.ContainsAny(t.low, ".?!")
}

// cueAt reports whether token i is a free cue word.
func (d *doc) cueAt(i int) (cueInfo, bool) {
	if !d.word(i) || d.toks[i].quote >= 0 || d.claimed[i] {
		return cueInfo{}, false
	}
	// What the words around it say does not change as the passes claim
	// tokens, so it is worked out once per token.
	if d.cueMemo == nil {
		d.cueMemo = make([]cueMemo, len(d.toks))
	}
	m := &d.cueMemo[i]
	if !m.known {
		m.info, m.ok = d.cueWord(i)
		m.known = true
	}
	return m.info, m.ok
}

// cueMemo holds what cueWord found for one token.
type cueMemo struct {
	info      cueInfo
	ok, known bool
}

// cueWord is cueAt without the state of the passes: whether the word at
// i, in its context, is a cue word.
func (d *doc) cueWord(i int) (cueInfo, bool) {
	if d.low(i) == "according" && d.low(i+1) == "to" {
		return cueInfo{class: cueSpeech}, true
	}
	if lex.callFor[d.low(i)] && (d.low(i+1) == "for" || d.low(i+1) == "on") && !d.toks[i].cap {
		return cueInfo{class: cueSpeech, participle: d.low(i) == "calling"}, true
	}
	c, ok := lex.cue(d.low(i))
	if !ok || d.toks[i].cap && i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].kind != kQuote && !d.titleCase(i) {
		return cueInfo{}, false // "State" in "a former State Department official"
	}
	if d.falseCue(i) || d.possessive(i-1) {
		return cueInfo{}, false // "Editor’s note": a noun, left to the fallback pass
	}
	return c, true
}

// titleCase reports whether token i's sentence is a headline written in
// title case ("Bernie Sanders Says He’s Already Started Writing His
// Inaugural Address"), where a capitalised word may be a verb: it holds
// at least four words, and all its words of four letters or more but at
// most one are capitalised.
func (d *doc) titleCase(i int) bool {
	lo, hi := d.sentBounds(i)
	words, low := 0, 0
	for k := lo; k <= hi; k++ {
		if !d.word(k) {
			continue
		}
		words++
		if !d.toks[k].cap && len(d.low(k)) >= 4 {
			if low++; low > 1 {
				return false
			}
		}
	}
	return words >= 4
}

// falseCue reports whether the cue word at i is, in its context, another
// word of the same form: the noun "state" ("the state", "state Sen."),
// which reports only before "that" or a colon, and "continue to",
// whose infinitive is the cue if anything is.
func (d *doc) falseCue(i int) bool {
	switch d.low(i) {
	case "state", "states":
		n := d.low(i + 1)
		return n != "that" && n != ":"
	case "continue", "continues", "continued", "continuing":
		return d.low(i+1) == "to"
	case "called", "named", "dubbed", "titled", "labeled", "labelled", "nicknamed":
		// A participle naming what an indefinite noun phrase is: "a
		// program called Sandy Hook Promise", "a group of exiles called …".
		for k := i - 1; k >= 0 && i-k <= 6 && d.word(k) && d.toks[k].sent == d.toks[i].sent; k-- {
			if w := d.low(k); w == "a" || w == "an" || w == "another" {
				return true
			}
			if lex.stop[d.low(k)] && d.low(k) != "of" {
				break
			}
		}
	case "show":
		// A programme, not a verb: "the MSNBC show", "his radio show".
		if p := i - 1; p >= 0 && d.word(p) && d.toks[p].sent == d.toks[i].sent && !lex.subjPron[d.low(p)] {
			w := d.low(p)
			if d.toks[p].cap && p > 0 && d.toks[p-1].sent == d.toks[i].sent && !lex.weekdays[w] && !lex.temporal[w] || lex.det[w] && !lex.quant[w] || isApos(w) || d.possessive(p) {
				return true
			}
		}
	}
	// A noun after an article: "the report", "a note to staff"; "note"
	// also after an article and adjectives: "a subsequent note".
	if p := d.low(i - 1); p == "a" || p == "an" || p == "the" {
		return true
	}
	if d.low(i) == "note" {
		for k := i - 2; k >= 0 && i-k <= 3 && d.word(k+1) && !d.toks[k+1].cap && !lex.stop[d.low(k+1)]; k-- {
			if a := d.low(k); a == "a" || a == "an" || a == "the" || possPron[a] {
				return true
			}
		}
	}
	if d.adjectival(i) {
		return true
	}
	// The subject of a verb of saying: "the report said", "a note says".
	w := d.low(i)
	return lex.saidVerb[d.low(i+1)] && !lex.saidVerb[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// adjectival reports whether the word in -ed at i modifies the noun
// after it, as no verb of a clause can: after a number or a preposition
// ("his 758 pledged delegates", "a lead in pledged delegates").
func (d *doc) adjectival(i int) bool {
	w, p := d.low(i), i-1
	if !strings.HasSuffix(w, "ed") || p < 0 || d.toks[p].sent != d.toks[i].sent || !d.word(p) || !d.word(i+1) {
		return false
	}
	if n := d.low(i + 1); d.toks[i+1].cap || lex.stop[n] || lex.det[n] || lex.subjPron[n] {
		return false
	}
	pw := d.low(p)
	return unicode.IsDigit([]rune(pw)[0]) || pw == "in" || pw == "of" || pw == "among" || pw == "with"
}

// possessive reports whether token i is a noun in the possessive
// ("Editor’s", "the party’s"), after which a cue word is a noun
// ("Editor’s note"); "he’s" and "that’s" are contractions.
func (d *doc) possessive(i int) bool {
	if !d.word(i) {
		return false
	}
	w := d.low(i)
	base, ok := strings.CutSuffix(w, "’s")
	if !ok {
		base, ok = strings.CutSuffix(w, "'s")
	}
	return ok && base != "" && !lex.subjPron[base] && !lex.stop[base] && base != "there" && base != "let" && base != "here"
}

// cueSpan extends the cue word at k left over auxiliaries and adverbs
// ("has also said", "went on to say") and right over "to" of "according
// to" and "out" of "pointed out".
func (d *doc) cueSpan(k int) span {
	s := span{k, k}
	if d.low(k) == "according" {
		s.hi = k + 1
		return s
	}
	if d.low(k+1) == "out" && (d.low(k) == "pointed" || d.low(k) == "points") {
		s.hi = k + 1
	}
	if lex.callFor[d.low(k)] && (d.low(k+1) == "for" || d.low(k+1) == "on") {
		s.hi = k + 1 // "called for", "calls on"
	}
	for j := k - 1; j >= 0 && k-j <= 4 && d.toks[j].sent == d.toks[k].sent && d.word(j); j-- {
		w := d.low(j)
		if lex.beForm[w] && !strings.HasSuffix(d.low(k), "ing") {
			break // a passive "was offered" reads only as a learned phrase
		}
		if lex.cueLeft[w] || (strings.HasSuffix(w, "ly") && len(w) > 4 && !d.toks[j].cap && !lex.lyAdj[w]) || negAux(w) {
			s.lo = j
			continue
		}
		if w == "to" && j >= 2 && d.low(j-1) == "on" && (d.low(j-2) == "went" || d.low(j-2) == "goes" || d.low(j-2) == "go") {
			s.lo = j - 2
			j -= 2
			continue
		}
		if w == "to" && j >= 1 && (strings.HasPrefix(d.low(j-1), "continu") || controlVerb[d.low(j-1)]) && d.word(j-1) {
			s.lo = j - 1 // "continued to question", "tried to argue"
			j--
			continue
		}
		break
	}
	if p := d.phraseAt(k); p.ok() {
		s.lo, s.hi = min(s.lo, p.lo), max(s.hi, p.hi)
	}
	return s
}

// controlVerb holds the verbs of attempt whose infinitive PolNeAR
// reads into the cue with them: "tried to argue", "sought to portray".
var controlVerb = words(`try tries tried trying seek seeks sought seeking`)

// negAux reports whether w is a negated auxiliary ("didn’t", "won't"),
// which joins the cue after it as the plain auxiliaries do.
func negAux(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't")) || w == "cannot"
}

// phraseAt returns the longest learned cue phrase ("said in a
// statement", "was asked about") that holds token k, with all its
// tokens free and in k's sentence, or none.
func (d *doc) phraseAt(k int) span {
	best := none
	for _, ws := range lex.phrases[d.low(k)] {
		for off, w := range ws {
			if w != d.low(k) {
				continue
			}
			lo, hi := k-off, k-off+len(ws)-1
			if lo < 0 || hi >= len(d.toks) || best.ok() && hi-lo <= best.hi-best.lo {
				continue
			}
			match := true
			for m := lo; m <= hi && match; m++ {
				t := d.toks[m]
				match = t.low == ws[m-lo] && t.quote < 0 && t.sent == d.toks[k].sent && (m == k || !d.claimed[m])
			}
			if match {
				best = span{lo, hi}
			}
		}
	}
	return best
}

// npWord reports whether token i can sit inside a speaker phrase.
func (d *doc) npWord(i int) bool {
	if !d.word(i) || d.toks[i].quote >= 0 {
		return false
	}
	w := d.low(i)
	if d.toks[i].cap {
		return !lex.subjPron[w] && (!lex.stop[w] || lex.det[w])
	}
	if lex.stop[w] && !lex.det[w] || lex.subjPron[w] || lex.finite[w] || d.verbAfterName(i) {
		return false
	}
	if _, ok := lex.cues[w]; ok && !lex.roleNouns[w] && !d.falseCue(i) {
		return false
	}
	return !(strings.HasSuffix(w, "ly") && len(w) > 4 && !lex.lyAdj[w])
}

// edVerb reports whether token i is a lower-case word in -ed.
func (d *doc) edVerb(i int) bool {
	w := d.low(i)
	return d.word(i) && !d.toks[i].cap && len(w) > 4 && strings.HasSuffix(w, "ed")
}

// verbAfterName reports whether the lower-case word at i, ending in
// "-ed", follows a capitalised word of its sentence and so reads as the
// verb of a named subject ("Kasich suspended his campaign"), not as part
// of a speaker phrase.
func (d *doc) verbAfterName(i int) bool {
	w := d.low(i)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && i > 0 && d.word(i-1) && d.toks[i-1].cap &&
		d.toks[i-1].sent == d.toks[i].sent && !lex.det[d.low(i-1)]
}

// leftNP finds the speaker phrase that ends just before token i. A
// relative pronoun is the speaker itself ("voters who said"), as PolNeAR
// marks it; a time adjunct between subject and cue is skipped ("the
// committee this week announced"); an apposition, a bracket or a
// relative clause set off by commas belongs to the phrase ("Eric
// Herzik, who chairs the department, said").
func (d *doc) leftNP(i int) span { return d.leftNPSkip(i, true) }

// leftNPSkip is leftNP; skip allows one time adjunct to be passed over.
func (d *doc) leftNPSkip(i int, skip bool) span {
	j := i - 1
	if j < 0 || d.toks[j].sent != d.toks[i].sent {
		return none
	}
	// A quantity of an object pronoun speaks as a whole: "Many of you
	// (have noted)", "some of them".
	if w := d.low(j); d.word(j) && (w == "you" || w == "us" || w == "them") && d.low(j-1) == "of" && d.quantity(j-2) && d.toks[j-2].sent == d.toks[j].sent {
		return span{j - 2, j}
	}
	if w := d.low(j); d.word(j) && (lex.subjPron[w] || w == "which") {
		return span{j, j}
	}
	// A sentence adverb between subject and cue: "Carter however said",
	// "officials, however, said".
	if lex.sentAdv[d.low(j)] && j > 0 {
		return d.leftNPSkip(j, skip)
	}
	if d.low(j) == "," && lex.sentAdv[d.low(j-1)] && d.low(j-2) == "," && j > 2 {
		return d.leftNPSkip(j-2, skip)
	}
	// A floating quantifier stands after its phrase, or after the
	// auxiliary that follows it: "Rubio and Bush both (argued)", "Cruz and
	// Paul have all (attacked)".
	if w := d.low(j); (w == "both" || w == "all") && !d.toks[j].cap && j > 1 && d.toks[j-1].sent == d.toks[j].sent {
		k := j - 1
		if floatAux[d.low(k)] {
			k--
		}
		if np := d.leftNPSkip(k+1, false); np.ok() && np.hi == k {
			return np
		}
	}
	if t := d.temporalBack(j); skip && t <= j {
		if np := d.leftNPSkip(t, false); np.ok() {
			if w := d.low(np.hi); np.hi == t-1 && !d.toks[np.hi].cap && (lex.pollNouns[w] || lex.studyNouns[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) {
				return span{np.lo, j} // "a poll released Saturday (found)"
			}
			return np
		}
		if floatAux[d.low(t-1)] {
			// "Police had last month charged": the time adjunct after
			// the auxiliary.
			if np := d.leftNPSkip(t-1, false); np.ok() {
				return np
			}
		}
		if lex.weekdays[d.low(j)] || lex.weekdays[d.low(j-1)] {
			return none // a day is no speaker: "… but on Tuesday wrote"
		}
	}
	if d.low(j) == ")" || d.low(j) == "," && j >= 1 {
		return d.commaNP(j)
	}
	if isDash(d.low(j)) {
		return d.dashNP(j)
	}
	if r := d.relativeBack(j); r.ok() {
		return r
	}
	return d.chunkBack(j)
}

// openingPrep holds the prepositions that open an adjunct at the start
// of a sentence, before its subject: "Despite the loss, Clinton …".
var openingPrep = words(`despite besides instead outside amid following including unlike beyond throughout regarding`)

// timeOpening holds the words that open a time adjunct at the start of
// a sentence: "Hours later, Trump …", "Moments after, …".
var timeOpening = words(`hours days weeks months years minutes moments seconds`)

// floatAux holds the auxiliaries a floating quantifier may follow.
var floatAux = words(`have has had are were will would`)

// relativeBack reads a speaker phrase with a restrictive relative clause
// ending at token j: "Republicans who attended the caucuses (said)".
func (d *doc) relativeBack(j int) span {
	sent := d.toks[j].sent
	for k := j; k > 0 && j-k <= 12 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.quote >= 0 || d.claimed[k] || t.kind != kWord && t.low != "-" {
			return none
		}
		if t.low != "who" {
			continue
		}
		if k == j || d.low(k-1) == "," {
			return none
		}
		aux := true
		for m := k + 1; m <= j && aux; m++ {
			w := d.low(m)
			aux = lex.cueLeft[w] || lex.beForm[w] || negAux(w) || strings.HasSuffix(w, "ly") && len(w) > 4 && !lex.lyAdj[w]
		}
		if aux {
			return span{k, k} // "supporters who are deeply skeptical": the pronoun, as after "who said"
		}
		if w := d.low(k - 1); w == "those" || w == "some" || w == "many" || w == "anyone" || w == "others" {
			return span{k - 1, j} // "those who back her opponents"
		}
		if np := d.chunkBack(k - 1); np.ok() && !lex.subjPron[d.low(np.hi)] {
			return span{np.lo, j}
		}
		return none
	}
	return none
}

// temporalBack returns the first token of a time adjunct ending at token
// j ("on Tuesday", "this week", "Thursday"), or j+1 when there is none.
func (d *doc) temporalBack(j int) int {
	if !d.word(j) {
		return j + 1
	}
	w := d.low(j)
	switch {
	case lex.weekdays[w] && d.toks[j].cap:
		if p := d.low(j - 1); p == "on" || p == "last" || p == "this" || p == "earlier" || p == "later" {
			return j - 1
		}
		return j
	case w == "week" || w == "month" || w == "year" || w == "weekend" || w == "morning" || w == "night" || w == "evening" || w == "afternoon":
		if p := d.low(j - 1); p == "this" || p == "last" || p == "next" || p == "earlier" || p == "late" {
			return j - 1
		}
		if w != "week" && w != "month" && w != "year" && lex.weekdays[d.low(j-1)] && d.toks[j-1].cap {
			return d.temporalBack(j - 1) // "on Thursday evening"
		}
	case w == "yesterday" || w == "today" || w == "tonight" || w == "earlier":
		return j
	}
	return j + 1
}

// commaNP reads a speaker phrase that ends in a comma or a closing
// bracket at token j: "Name (R-Fla.)", "Name, apposition,", "Name, who
// …,".
func (d *doc) commaNP(j int) span {
	if d.low(j) == ")" {
		for k := j - 1; k >= 0 && j-k <= 8 && d.toks[k].sent == d.toks[j].sent; k-- {
			if d.low(k) == "(" {
				if name := d.chunkBack(k - 1); name.ok() && d.toks[name.hi].cap {
					return span{name.lo, j}
				}
				return none
			}
		}
		return none
	}
	// "Name, a professor at X, said" or "Name, who …, said"; else
	// "Sen. Jack Reed (D-R.I.), said", the bracket closing the name.
	if s := d.apposNP(j); s.ok() || d.low(j) != "," || d.low(j-1) != ")" {
		return s
	}
	return d.commaNP(j - 1)
}

// dashNP reads a speaker phrase whose aside between dashes ends in the
// dash at token j, which PolNeAR counts in the speaker, both dashes and
// all: "Jason Sims — a teacher from Mount Pleasant — (says)", "Democrats
// — and some Republicans — (say)". The phrase before the opening dash
// must open its sentence or clause; a relative clause between the
// dashes ("Joyce — who is listed as an attorney … — (told)") is left
// out, as it may report on its own ("who previously said …").
func (d *doc) dashNP(j int) span {
	sent := d.toks[j].sent
	lo, _ := d.sentBounds(j)
	for k := j - 2; k > lo && j-k <= maxDashAside && d.toks[k].sent == sent; k-- {
		if d.claimed[k] || d.toks[k].kind == kQuote && d.toks[k].quote < 0 {
			return none
		}
		if !isDash(d.low(k)) {
			continue
		}
		np := d.leftNPSkip(k, false)
		if !np.ok() || np.hi != k-1 || d.claimed[np.lo] {
			return none
		}
		if !d.clauseOpen(np.lo, lo) {
			// "insiders in the next two states — …": the phrase runs
			// back over its prepositions to the clause's start.
			if np = d.apposBack(k - 1); !np.ok() || !d.clauseOpen(np.lo, lo) || d.hasFinite(np) {
				return none
			}
		}
		if w := d.low(k + 1); w == "who" || w == "which" || w == "whose" || w == "that" {
			return np
		}
		return span{np.lo, j}
	}
	return none
}

// clauseOpen reports whether a phrase starting at token k opens its
// clause in the sentence that starts at lo: at the sentence's start,
// after a comma, or after a conjunction or adverb that opens it ("But",
// "Yet", "Even so").
func (d *doc) clauseOpen(k, lo int) bool {
	if k <= lo {
		return true
	}
	w := d.low(k - 1)
	return w == "," || w == ";" || w == ":" || lex.clauseJoin[w] || lex.sentAdv[w] || w == "so" || w == "even" || w == "now" || w == "then"
}

// hasFinite reports whether the phrase s holds a finite verb, which no
// speaker phrase does: "Prices rose in two towns".
func (d *doc) hasFinite(s span) bool {
	for k := s.lo; k <= s.hi; k++ {
		if lex.finite[d.low(k)] {
			return true
		}
	}
	return false
}

// maxDashAside is the most tokens dashNP reads back from a closing dash
// to the opening one.
const maxDashAside = 40

// apposNP reads a speaker phrase whose apposition ends in the comma at
// token j: "Name, a professor at X,", "Name, who …,".
func (d *doc) apposNP(j int) span {
	sent := d.toks[j].sent
	for c := j - 1; c >= 1 && j-c <= 30 && d.toks[c].sent == sent; c-- {
		if d.toks[c].kind == kQuote || d.toks[c].quote >= 0 || d.claimed[c] {
			return none
		}
		if d.low(c) != "," {
			continue
		}
		if c == j-1 || !d.apposStart(c+1) || d.clauseAt(c+1, j-1) {
			return none
		}
		var name span
		if d.low(c-1) == ")" {
			name = d.commaNP(c - 1)
		} else {
			name = d.chunkBack(c - 1)
		}
		if name.ok() && (d.toks[name.hi].cap || d.toks[name.lo].cap || lex.det[d.low(name.lo)]) {
			if d.reportingClause(c + 1) {
				// A relative clause that reports something itself is
				// its own attribution, not part of the speaker:
				// "Barkley, who said he votes Democratic, said …".
				return name
			}
			return span{d.apposHead(name.lo), j - 1}
		}
		return none
	}
	return none
}

// apposHead returns where a speaker phrase whose first token is lo
// starts when that phrase is itself an apposition of a name before a
// comma: "(Mark Holden,) chairman of the board of Freedom Partners, the
// network's funding arm,", "(Nevada's governor,) Brian Sandoval, a
// Republican,". The name must open its clause ("In Iowa, the senator"
// is no such name); lo is returned when there is none.
func (d *doc) apposHead(lo int) int {
	for n := 0; n < 2 && d.low(lo-1) == "," && lo >= 2 && d.toks[lo-2].sent == d.toks[lo].sent && d.apposStart(lo); n++ {
		name := d.chunkBackPlain(lo - 2)
		if !name.ok() || name.hi != lo-2 || d.claimed[name.lo] || d.toks[name.lo].quote >= 0 {
			break
		}
		if !d.toks[name.hi].cap && !(lex.roleNouns[d.low(name.hi)] || lex.titles[d.low(name.hi)]) {
			break
		}
		if name.lo == name.hi && !d.nameElsewhere(name.lo) {
			break // "Moreover, Jeffrey D. Sachs, director of …", "Earlier, the family of …"
		}
		s, _ := d.sentBounds(lo)
		if !d.clauseOpen(name.lo, s) || d.low(name.lo-1) == "," {
			break
		}
		lo = name.lo
	}
	return lo
}

// clauseAt reports whether tokens lo..hi, set off by commas before a
// cue, are a clause with a finite verb of its own rather than an
// apposition ("In line with most voters, Cruz was critical of the deal,
// telling …"); a relative clause ("who chairs the panel") is not.
func (d *doc) clauseAt(lo, hi int) bool {
	if w := d.low(lo); w == "who" || w == "whose" || w == "which" {
		return false
	}
	for m := lo; m <= hi; m++ {
		if w := d.low(m); w == "who" || w == "whose" || w == "which" || w == "that" {
			return false // "a former aide who has endorsed him"
		}
		if w := d.low(m); d.word(m) && !d.toks[m].cap && (lex.beFinite[w] || lex.finite[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "would") {
			return true
		}
		if n := d.low(m + 1); m > lo && (d.verbAfterName(m) || d.low(m-1) == ")" && d.edVerb(m)) && (lex.det[n] || n == "to" || n == "on" || n == "with") {
			return true // "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news"
		}
	}
	return false
}

// apposStart reports whether token k can open an apposition or a
// relative clause after a name: "a professor", "who chairs", "vice
// chairman of", "Sanders’ campaign manager", "58".
func (d *doc) apposStart(k int) bool {
	if !d.word(k) {
		return false
	}
	t := d.toks[k]
	w := t.low
	switch {
	case w == "who" || w == "whose" || w == "which" || w == "including":
		return true
	case lex.subjPron[w]:
		return false
	case lex.det[w] || t.cap || lex.roleNouns[w] || lex.titles[w] || unicode.IsDigit([]rune(w)[0]):
		return true
	}
	if lex.stop[w] {
		return false
	}
	if _, ok := lex.cues[w]; ok {
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// chunkBack collects a noun phrase ending at token j, walking left.
func (d *doc) chunkBack(j int) span {
	s := d.chunkBackPlain(j)
	if !s.ok() {
		return s
	}
	return d.listBack(d.placeBack(s))
}

// placeBack widens a phrase s that is only the state or country of a
// place named before a comma over the rest of its phrase: "Stacy Baker
// of Columbia, (South Carolina)", "students in Merrillville, (Indiana)".
func (d *doc) placeBack(s span) span {
	if c := s.lo - 1; d.low(c) == "," && d.placeAt(s.lo, s.hi) && d.cityBefore(c) {
		if t := d.chunkBackPlain(c - 1); t.ok() && t.hi == c-1 && !d.claimed[t.lo] {
			return span{t.lo, s.hi}
		}
	}
	return s
}

// nameElsewhere reports whether the capitalised word at token k is a
// name: capitalised as well somewhere in the text where a sentence does
// not start ("Fitton" in "… said Fitton"), as "Moreover" is not.
func (d *doc) nameElsewhere(k int) bool {
	w := d.low(k)
	if lex.stop[w] || lex.sentAdv[w] {
		return false
	}
	for i, t := range d.toks {
		if i != k && t.cap && t.low == w && i > 0 && d.toks[i-1].sent == t.sent && d.toks[i-1].kind != kQuote {
			return true
		}
	}
	return false
}

// cityBefore reports whether the comma at token c follows the name of a
// city: one to three capitalised words, none of them a state or a
// country, after a preposition ("in Worcester,", "of Columbia,"); "the
// Constitution, Japan" and "Russia, Germany" are no such names.
func (d *doc) cityBefore(c int) bool {
	k := c - 1
	for k >= 0 && c-k <= 3 && d.word(k) && d.toks[k].cap && d.toks[k].sent == d.toks[c].sent {
		if d.placeAt(k, c-1) || d.placeAt(k, k) {
			return false
		}
		k--
	}
	return k < c-1 && cityPrep[d.low(k)]
}

// cityPrep holds the prepositions before a city's name.
var cityPrep = words(`in of from at near outside`)

// placeAt reports whether tokens lo..hi name a U.S. state or a country,
// as a place name after a city writes them: "Worcester, Massachusetts".
func (d *doc) placeAt(lo, hi int) bool {
	if lo < 0 || hi >= len(d.toks) || hi < lo || hi-lo > 2 || !d.word(lo) || !d.toks[lo].cap {
		return false
	}
	if lo == hi {
		return places[d.low(lo)]
	}
	var buf [64]byte
	name := append(buf[:0], d.low(lo)...)
	for k := lo + 1; k <= hi; k++ {
		if !d.word(k) || !d.toks[k].cap {
			return false
		}
		name = append(append(name, ' '), d.low(k)...)
	}
	return places[string(name)] // no allocation for the lookup
}

// places holds the U.S. states and the countries most often written
// after a city.
var places = func() map[string]bool {
	m := words(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee
texas utah vermont virginia washington wisconsin wyoming
afghanistan australia belgium brazil britain canada china egypt england france germany india iran
iraq ireland israel italy japan jordan lebanon libya mexico pakistan russia scotland spain syria
turkey ukraine`)
	for _, p := range []string{"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
		"south carolina", "south dakota", "rhode island", "west virginia", "south korea", "north korea", "saudi arabia"} {
		m[p] = true
	}
	return m
}()

// chunkBackPlain is chunkBack without the serial lists of listBack.
func (d *doc) chunkBackPlain(j int) span {
	pct := false
	if d.low(j) == "%" && d.quantity(j-1) && d.toks[j-1].end == d.toks[j].start {
		j, pct = j-1, true // "42% say"
	}
	// "those surveyed (say)", "of those polled": a participle that
	// heads its phrase.
	those := j > 0 && d.low(j-1) == "those" && d.edVerb(j)
	if j < 0 || !d.npWord(j) && !those {
		return none
	}
	if lex.det[d.low(j)] && !lex.quant[d.low(j)] {
		return none // a phrase cannot end in a determiner, but "one in three", "many"
	}
	s := span{j, j}
	if pct {
		s.hi++
	}
	sent := d.toks[j].sent
	for k := j - 1; k >= 0 && j-k < 16 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.kind == kPunct && (t.low == "-" || t.low == "&" || t.low == "/") && d.word(k-1) {
			continue
		}
		if t.kind == kPunct && isApos(t.low) && s.lo == k+1 && d.word(k-1) && d.toks[k-1].end == t.start && strings.HasSuffix(d.low(k-1), "s") {
			continue // "Sanders’ campaign"
		}
		if d.joinPrep(k) && s.lo == k+1 {
			s.lo = k // "a fellow with the institute", "Mr. Peck of SunTrust", "officials in both cities"
			continue
		}
		if (d.low(k) == "and" || d.low(k) == "nor") && s.lo == k+1 && d.coordLeft(k-1) && (d.npWord(k+1) || lex.det[d.low(k+1)]) {
			if w := d.low(k - 1); w == "he" || w == "she" || w == "i" {
				s.lo = k - 1 // "he and Brafman"
				break
			}
			continue // "Trump and his attorneys", "current and former officials"
		}
		if d.low(k) == "to" && s.lo == k+1 && d.low(k-1) == "close" && d.npWord(k-2) {
			s.lo = k - 1 // "a source close to the campaign"
			k--
			continue
		}
		if !d.npWord(k) && !(d.verbAfterName(k) && s.lo == k+1 && !lex.det[d.low(k+1)] && !d.toks[k+1].cap) {
			break // but "Democratic registered voters"
		}
		s.lo = k
		if lex.det[t.low] && !d.joinPrep(k-1) && !(lex.det[d.low(k-1)] && d.npWord(k-1)) &&
			!(d.low(k-1) == "to" && d.low(k-2) == "close") && !((d.low(k-1) == "and" || d.low(k-1) == "nor") && d.coordLeft(k-2)) {
			break // "many other polls" reads on over "many"
		}
	}
	for s.lo < s.hi && (lex.npPrep[d.low(s.lo)] || d.low(s.lo) == "in" || d.low(s.lo) == "by" || d.toks[s.lo].kind == kPunct) {
		s.lo++
	}
	// "that" before a name or a plural is a conjunction: "(said) that
	// Cruz", "that government officials".
	if s.lo < s.hi && d.low(s.lo) == "that" && (d.toks[s.lo+1].cap || strings.HasSuffix(d.low(s.lo+1), "s") || lex.det[d.low(s.lo+1)]) {
		s.lo++
	}
	// A quantity takes the words that hedge it: "only about half of
	// voters", "more than 6 in 10", "neither Cruz nor Kasich".
	if d.quantity(s.lo) || d.low(s.lo) == "a" || d.toks[s.lo].cap && d.low(s.lo-1) == "only" {
		for s.lo > 0 && d.toks[s.lo-1].sent == sent {
			switch w := d.low(s.lo - 1); {
			case lex.hedge[w]:
				s.lo--
				continue
			case w == "than" && s.lo > 1 && (d.low(s.lo-2) == "more" || d.low(s.lo-2) == "fewer" || d.low(s.lo-2) == "less"),
				(w == "least" || w == "most") && s.lo > 1 && d.low(s.lo-2) == "at":
				s.lo -= 2
				continue
			}
			break
		}
	}
	if w := d.low(s.lo - 1); (w == "neither" || w == "either") && s.lo > 0 && d.toks[s.lo-1].sent == sent {
		s.lo--
	}
	return s
}

// quantity reports whether token k is a number or a word of quantity
// ("6", "three", "half", "many").
func (d *doc) quantity(k int) bool {
	if !d.word(k) {
		return false
	}
	w := d.low(k)
	return unicode.IsDigit([]rune(w)[0]) || lex.quant[w]
}

// joinPrep reports whether the preposition at token k joins two parts of
// one speaker phrase: "Mr. Peck of SunTrust", "half of voters", "6 in
// 10", "officials in both cities", "a survey by the institute".
func (d *doc) joinPrep(k int) bool {
	w := d.low(k)
	if k < 1 || !d.npWord(k-1) && !(w == "of" && d.low(k-1) == "out") {
		return false
	}
	p := d.low(k - 1)
	switch {
	case lex.npPrep[w]:
		return !lex.det[p] || lex.quant[p] || w == "of" && p == "out"
	case w == "in" || w == "on":
		// "officials in both cities", "an earlier report in a paper",
		// "voters interviewed in Iowa", "people briefed on the talks"
		return w == "in" && (d.coordLeft(k-1) || d.quantity(k-1) || lex.studyNouns[p] || lex.pollNouns[p]) ||
			!d.toks[k-1].cap && len(p) > 4 && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en")) && d.npWord(k-2) && !d.toks[k-2].cap
	case w == "to":
		return lex.roleNouns[p] // "aides to Clinton", "an adviser to the president"
	case w == "by":
		return d.coordLeft(k-1) || lex.pollNouns[p] || lex.studyNouns[p] || writingNouns[p] || strings.HasSuffix(p, "ed") && !d.toks[k-1].cap
	}
	return false
}

// writingNouns hold the written or spoken pieces whose author "by"
// names within the speaker phrase: "The statement by the two", "a
// letter by 50 economists".
var writingNouns = words(`statement statements letter letters memo memos column op-ed editorial essay speech tweet post`)

// listBack widens a speaker phrase holding "and" over the earlier items
// of a serial list ("Crane, Kibbe and other libertarians") when the list
// opens its sentence; "In Iowa, Clinton and Sanders" stays as it is.
func (d *doc) listBack(s span) span {
	and := false
	for k := s.lo + 1; k < s.hi; k++ {
		and = and || d.low(k) == "and"
	}
	if !and {
		return s
	}
	lo, _ := d.sentBounds(s.lo)
	start := s.lo
	for n := 0; n < 6 && d.low(start-1) == "," && start-2 >= lo; n++ {
		c := d.chunkBackPlain(start - 2)
		if !c.ok() || d.claimed[c.lo] || lex.sentAdv[d.low(c.lo)] {
			return s
		}
		for m := c.hi - 1; m >= c.lo; m-- {
			if w := d.low(m); listOpener[w] && w != "and" && w != "that" { // "that" may be a determiner
				return span{m + 1, s.hi} // the chunk ran on over the opener: "change unless Rubio"
			}
		}
		start = c.lo
		if start == lo || listOpener[d.low(start-1)] {
			return span{start, s.hi}
		}
	}
	return s
}

// listOpener holds the words after which a serial list opens its
// clause: "What Rubio, Cruz and Kasich now are counting on", "unless
// Rubio, Cruz and Kasich step up".
var listOpener = words(`and but yet so what unless if when while because that as since though although whether after before until`)

// reportingClause reports whether a relative clause opens at token m
// ("who", "which") whose verb, in the next few words, is a cue: "who
// said he …", "who has proposed …". Such a clause is an attribution of
// its own rather than part of its antecedent's speaker phrase.
func (d *doc) reportingClause(m int) bool {
	if w := d.low(m); w != "who" && w != "which" {
		return false
	}
	for k := m + 1; k <= m+3 && k < len(d.toks) && d.word(k); k++ {
		if _, ok := d.cueAt(k); ok {
			return true
		}
	}
	return false
}

// coordLeft reports whether token j can end the first of two noun
// phrases joined by "and" in a speaker: a name, a role, a plural noun, a
// subject pronoun or an adjective of office ("current and former").
func (d *doc) coordLeft(j int) bool {
	w := d.low(j)
	if d.word(j) && (w == "she" || w == "he" || w == "i" || w == "current" || w == "former") {
		return true
	}
	if !d.npWord(j) || lex.det[w] {
		return false
	}
	return d.toks[j].cap || lex.roleNouns[w] || strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss")
}

// apposBack collects an apposition ending at token j ("a professor at
// Kookmin University"): words and prepositions back to a comma.
func (d *doc) apposBack(j int) span {
	s := none
	sent := d.toks[max(j, 0)].sent
	for k := j; k >= 0 && j-k < 12 && d.toks[k].sent == sent; k-- {
		if d.low(k) == "," {
			break
		}
		if !d.word(k) || d.toks[k].quote >= 0 {
			return none
		}
		w := d.low(k)
		if lex.stop[w] && !lex.det[w] && w != "of" && w != "at" && w != "for" && w != "in" && w != "from" && w != "on" && w != "and" {
			return none
		}
		if _, ok := lex.cues[w]; ok && !lex.roleNouns[w] {
			return none
		}
		s = span{k, j}
	}
	if !s.ok() {
		return none
	}
	first := d.toks[s.lo]
	if lex.det[first.low] || first.cap || unicode.IsDigit([]rune(first.low)[0]) || lex.roleNouns[first.low] {
		return s
	}
	return none
}

// rightNP collects the speaker phrase that starts at token i ("said
// Senator Bill Hagerty", "according to the White House"), with an
// apposition after a comma.
func (d *doc) rightNP(i int) span { return d.rightNPOpt(i, true) }

// rightSpeaker reads the speaker that follows its cue ("…, said Jon
// Ralston, a veteran commentator in Nevada."): the name with a bracket
// after it ("Rep. Bobby Scott (D-Va.)"), and the apposition or relative
// clause that runs from it to the end of the sentence.
func (d *doc) rightSpeaker(i int) span {
	s := d.rightNPOpt(i, false)
	if !s.ok() {
		return s
	}
	if d.low(s.hi+1) == "(" {
		for k := s.hi + 2; k < len(d.toks) && k-s.hi <= 8 && d.toks[k].sent == d.toks[s.hi].sent; k++ {
			if d.toks[k].quote >= 0 || d.claimed[k] {
				break
			}
			if d.low(k) == ")" {
				s.hi = k
				break
			}
		}
	}
	return d.tailAppos(s)
}

// rightNPOpt is rightNP; appos allows the apposition after a comma.
func (d *doc) rightNPOpt(i int, appos bool) span {
	if i >= len(d.toks) || !d.npWord(i) {
		return none
	}
	sent := d.toks[i].sent
	s := span{i, i}
	for k := i + 1; k < len(d.toks) && k-i < 10 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.kind == kPunct && (t.low == "-" || t.low == "&" || t.low == "/") && d.word(k+1) {
			continue
		}
		if (t.low == "of" || t.low == "at" || t.low == "for" || t.low == "from" || t.low == "to" && lex.roleNouns[d.low(k-1)]) && d.npWord(k+1) {
			continue
		}
		if (t.low == "close" && d.low(k+1) == "to" || t.low == "familiar" && d.low(k+1) == "with") && d.npWord(k+2) {
			s.hi = k + 1 // "a source close to the campaign"
			k++
			continue
		}
		if !d.npWord(k) || lex.det[t.low] && k > s.hi+1 && !(lex.npPrep[d.low(k-1)] && k == s.hi+2) {
			break // but "a spokesman for the campaign"
		}
		if n := d.low(k + 1); !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (lex.det[n] && !lex.quant[n] || lex.subjPron[n]) {
			break // "The town released a statement": a verb and its object
		}
		if n := d.low(k + 1); !t.cap && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && possPron[n] {
			break // "The company keeps its finances secret"
		}
		if lex.det[t.low] && !lex.npPrep[d.low(k-1)] && d.low(k-1) != "to" && !(lex.det[d.low(k-1)] && k == s.hi+1) {
			break
		}
		s.hi = k
	}
	if lex.det[d.low(s.hi)] && !(s.lo == s.hi && lex.quant[d.low(s.hi)]) {
		return none // but "…,” tweeted another"
	}
	// A restrictive relative clause: "a campaign official who was not
	// authorized to speak", up to a comma or the sentence's end.
	if k := s.hi + 1; d.low(k) == "who" && d.toks[k].quote < 0 {
		e := -1
		for m := k + 1; m < len(d.toks) && m-k <= 24 && d.toks[m].sent == sent; m++ {
			t := d.toks[m]
			if t.kind == kQuote || t.quote >= 0 || d.claimed[m] {
				e = -1
				break
			}
			if t.kind != kWord && t.low != "-" && t.low != "’" && t.low != "'" {
				break
			}
			e = m
		}
		if e > k+1 {
			s.hi = e
		}
	}
	// An apposition: ", a chairman of the department at Troy University".
	if k := s.hi + 1; appos && d.low(k) == "," && k+1 < len(d.toks) && d.toks[k+1].sent == sent {
		n := d.toks[k+1]
		if n.kind == kWord && (lex.det[n.low] || lex.roleNouns[n.low] || unicode.IsDigit([]rune(n.low)[0])) && !lex.subjPron[n.low] {
			e := k + 1
			for m := k + 1; m < len(d.toks) && m-k < 16 && d.toks[m].sent == sent; m++ {
				if d.toks[m].kind != kWord && d.low(m) != "-" {
					break
				}
				if _, ok := lex.cues[d.low(m)]; ok && !lex.roleNouns[d.low(m)] {
					break
				}
				e = m
			}
			s.hi = e
		}
	}
	return s
}

// sentBounds returns the first and last token of token i's sentence.
func (d *doc) sentBounds(i int) (int, int) {
	lo, hi := i, i
	for lo > 0 && d.toks[lo-1].sent == d.toks[i].sent {
		lo--
	}
	for hi+1 < len(d.toks) && d.toks[hi+1].sent == d.toks[i].sent {
		hi++
	}
	return lo, hi
}

func (d *doc) claim(s span) {
	if !s.ok() {
		return
	}
	for k := s.lo; k <= s.hi; k++ {
		d.claimed[k] = true
	}
}

func (d *doc) add(r rel) {
	r.spk = d.dropOpener(r.spk)
	if !r.shared {
		d.claim(r.spk)
	}
	d.claim(r.cue)
	d.claim(r.content)
	d.rels = append(d.rels, r)
}

// cutVerb ends speaker s before the finite verb of its clause, which a
// phrase read up to a participle cue can run into: "Sanders compared
// himself to Clinton, (saying)", "Texas Sen. Ted Cruz is making a pitch
// to New York voters (saying)". A verb after a comma or a relative
// pronoun belongs to an apposition or a relative clause and stays
// ("Giuliani, who backs Trump,").
func (d *doc) cutVerb(s span) span {
	if !s.ok() || s.hi == s.lo {
		return s
	}
	for k := s.lo + 1; k <= s.hi; k++ {
		w := d.low(k)
		if w == "," || w == "(" || isDash(w) || clauseOpeners[w] || subordinators[w] {
			return s
		}
		if d.toks[k].cap {
			continue
		}
		if lex.finite[w] && !finiteWords[w] && (k == s.hi || participleNext[d.low(k+1)]) {
			continue // "those surveyed", "audio provided by …": a participle
		}
		if finiteWords[w] || lex.finite[w] {
			return span{s.lo, k - 1}
		}
	}
	return s
}

// participleNext are the words that follow a past participle closing a
// noun phrase ("a document provided by", "the deal reached last week").
var participleNext = words(`by to in at for from last this on with`)

// subordinators open a clause inside a noun phrase ("surveys taken as
// they entered", "those who …").
var subordinators = words(`as because since while after before until once unless`)

// speakerOpeners are the prepositions and conjunctions that open an
// adjunct or a clause, never a speaker phrase: "Despite polls
// (showing)", "Although candidates like Rubio (have blasted)".
var speakerOpeners = words(`despite although though while whereas whenever unless alongside besides amid`)

// dropOpener moves the start of speaker s past such a word; a speaker
// that is nothing else is none.
func (d *doc) dropOpener(s span) span {
	if !s.ok() || !speakerOpeners[d.low(s.lo)] {
		return s
	}
	if s.lo == s.hi {
		return none
	}
	return span{s.lo + 1, s.hi}
}

// prevSpeaker returns the speaker of the latest attribution that ends
// before token i in the same sentence, for "…, adding, …" and "but
// added"; when that speaker is the relative pronoun of a clause set off
// by a comma, the noun phrase the clause is about ("Ortiz, who endorsed
// Lee and said …": Ortiz).
func (d *doc) prevSpeaker(i int) span {
	best, at := none, -1
	for _, r := range d.rels {
		if r.spk.ok() && r.cue.hi < i && r.cue.hi > at && d.toks[r.cue.hi].sent == d.toks[i].sent {
			best, at = r.spk, r.cue.hi
		}
	}
	if best.ok() && best.lo == best.hi && relPron[d.low(best.lo)] && d.low(best.lo-1) == "," {
		// "Reid, who endorsed Clinton in February, reiterated …": the
		// later report is the antecedent's, not the relative clause's.
		if np := d.leftNP(best.lo - 1); np.ok() && !d.claimed[np.lo] {
			return np
		}
	}
	return best
}

// relPron holds the relative pronouns that open a clause about the noun
// phrase before them.
var relPron = words(`who which`)

// skipDateline returns the first token after a dateline that opens a
// sentence at lo ("WASHINGTON —", "BEIRUT (Reuters) -"), or lo when there
// is none; the dateline must end before token i.
func (d *doc) skipDateline(lo, i int) int {
	k := lo
	for k < i && k-lo < 6 && d.word(k) && d.toks[k].cap && strings.ToUpper(d.tokText(k)) == d.tokText(k) && len(d.low(k)) > 1 {
		k++
	}
	if k == lo {
		// A place in title case needs its agency in brackets:
		// "Philadelphia (AFP) -".
		for k < i && k-lo < 4 && d.word(k) && d.toks[k].cap {
			k++
		}
		if k == lo || d.low(k) != "(" {
			return lo
		}
	}
	if k >= i {
		return lo
	}
	if d.low(k) == "," { // "CHICAGO, Ill. —"
		for m := k + 1; m < i && m-k < 5; m++ {
			if isDash(d.low(m)) {
				k = m
				break
			}
		}
	}
	if d.low(k) == "(" {
		for m := k + 1; m < i && m-k < 6; m++ {
			if d.low(m) == ")" {
				k = m + 1
				break
			}
		}
	}
	if k < i && isDash(d.low(k)) {
		return k + 1
	}
	return lo
}

// tokText returns token k as written.
func (d *doc) tokText(k int) string {
	return string(d.rs[d.toks[k].start:d.toks[k].end])
}

// apposed reports whether the phrase s holds an apposition set off by
// commas and the comma closing it is followed by a verb: a lower-case
// word that is no function word.
func (d *doc) apposed(s span) bool {
	comma := false
	for m := s.lo + 1; m < s.hi && !comma; m++ {
		comma = d.low(m) == ","
	}
	k := s.hi + 2
	if !comma || !d.word(k) || d.toks[k].cap || d.toks[k].sent != d.toks[s.hi].sent {
		return false
	}
	w := d.low(k)
	return !lex.stop[w] && !lex.det[w] && !lex.subjPron[w] || lex.cueLeft[w]
}

// objectPrep are the prepositions whose object a participle after a
// comma does not take as its subject.
var objectPrep = words(`of at for from with about in on into to against under over toward towards through between among like than`)

// objectNP reports whether the phrase s, read before a participle cue,
// is the object of a verb ("released a statement saying", "have begun
// urging") rather than its subject: a lower-case word that is not a
// function word, or an auxiliary, stands right before it.
func (d *doc) objectNP(s span) bool {
	if !s.ok() || s.lo == 0 || d.toks[s.lo-1].sent != d.toks[s.lo].sent || !d.word(s.lo-1) || d.toks[s.lo-1].cap {
		return false
	}
	if s.lo == s.hi && lex.subjPron[d.low(s.lo)] {
		return false
	}
	w := d.low(s.lo - 1)
	if lex.beForm[w] || w == "has" || w == "have" || w == "had" {
		return true
	}
	if objectPrep[w] && d.low(s.hi+1) == "," {
		// The object of a preposition, set off from the participle by
		// a comma: "Fiorina was upfront about her distaste for Donald
		// Trump, the front-runner, saying …" is Fiorina's.
		return true
	}
	return !lex.stop[w] && !lex.det[w] && !lex.subjPron[w] && !lex.npPrep[w] && !lex.sentAdv[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4)
}

// sentSubject returns the subject of the clause a conjoined cue ("…
// and said", "… but told") continues: the noun phrase that opens token
// i's sentence, after an opening adjunct set off by a comma ("By the end
// of the day, Mr. Trump was forced … and said").
func (d *doc) sentSubject(i int) span {
	lo, _ := d.sentBounds(i)
	if !d.word(lo) {
		return none
	}
	opening := lex.stop[d.low(lo)] && !lex.det[d.low(lo)] || lex.weekdays[d.low(lo)] || openingPrep[d.low(lo)]
	for k := lo; k < i && k-lo <= 3 && d.word(k) && !opening; k++ {
		opening = timeOpening[d.low(k)] // "Hours later, …", "A few minutes later, …"
	}
	if opening {
		// An opening adjunct: "In Iowa, …", "Hours later, …".
		for k := lo + 1; k < i && k-lo <= 12; k++ {
			if d.low(k) == "," {
				lo = k + 1
				break
			}
		}
	}
	lo = d.skipDateline(lo, i)
	if w := d.low(lo); lex.subjPron[w] && w != "who" && w != "it" {
		return span{lo, lo}
	}
	np := d.rightNP(lo)
	if !np.ok() || np.hi >= i-1 {
		return none
	}
	if n := d.low(np.hi + 1); n == "," && d.apposed(np) {
		return np // "Brian Fallon, a spokesman for the campaign, called … and said"
	}
	if n := d.low(np.hi + 1); n == "," || n == "and" || lex.stop[n] && !lex.cueLeft[n] && !lex.saidVerb[n] && n != "was" && n != "is" && n != "has" && n != "had" && n != "did" && n != "also" && n != "then" {
		return none // but "De Blasio said … and said, “…”"
	}
	return np
}

// directPass attaches quotations to the cue right after them ("…," the
// official said) or right before them (X said, "…").
func (d *doc) directPass() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if d.attachAfter(qi) || d.attachDash(qi) || d.attachBefore(qi) || d.attachAfterVerb(qi) {
			q.used = true
		}
	}
}

// attachAfter handles "…," X said / "…," said X. The speaker between
// the quotation and the cue may carry an apposition or a relative clause
// ("…," Jeff Weaver, Sanders’ campaign manager, said). A quotation that
// ends its sentence takes a cue clause that is nothing but speaker and
// cue ("…." Trump said.), a common slip in news copy.
func (d *doc) attachAfter(qi int) bool {
	q := d.quotes[qi]
	if c, ok := d.cueAt(q.open - 1); ok && c.participle {
		return false // "Smith, citing “…,” said": the participle takes it
	}
	if d.npQuote(q) {
		return false // our “America first” president declared: a modifier of the speaker
	}
	para := d.toks[q.close].para
	endedDot := d.low(q.close-1) == "."
	commas := false
	for k := q.close + 1; k < len(d.toks) && k-q.close <= 40; k++ {
		t := d.toks[k]
		if d.abbrevDot(k) {
			continue // "…," Mitch McConnell, R-Ky., said
		}
		if t.para != para || t.kind == kQuote || d.sentEnd(k) {
			return false
		}
		if k-q.close > 10 && !commas {
			return false
		}
		c, ok := d.cueAt(k)
		if ok {
			if w := d.low(d.cueSpan(k).lo - 1); w == "who" || w == "which" {
				ok = false // "…," Cruz, who has proposed …, said
			}
		}
		if !ok {
			if t.kind == kPunct && !(t.low == "," && k == q.close+1) && t.low != "-" && !(isApos(t.low) && d.word(k-1) && d.toks[k-1].end == t.start) {
				if endedDot || k < q.close+2 || k == q.close+2 && d.low(q.close+1) == "," || (t.low != "," && t.low != "(" && t.low != ")") {
					return false
				}
				commas = true
			}
			continue
		}
		if c.participle || c.class == cueBelief {
			return false // "…, adding, “…”" belongs to the next quotation
		}
		cue := d.cueSpan(k)
		lo := q.close + 1
		if d.low(lo) == "," {
			lo++
		}
		var spk span
		if cue.lo > lo {
			spk = span{lo, cue.lo - 1}
			if p := cue.lo - 1; p-1 > lo && d.low(p-1) == "," && lex.subjPron[d.low(p)] && d.low(p) != "who" {
				spk = span{p, p} // "…'' income, he said": the words before run on from the quotation
			} else if !d.speakerRun(spk) {
				return false
			}
			for m := spk.lo + 1; m < spk.hi; m++ {
				if d.low(m) == "," && (!d.apposStart(m+1) || d.reportingClause(m+1)) {
					spk.hi = m - 1 // "…," Trump, in turn, said: an adjunct
					break
				}
			}
			for spk.hi > spk.lo && d.low(spk.hi) == "," {
				spk.hi--
			}
		} else if cue.lo < lo {
			return false
		} else {
			spk = d.rightSpeaker(cue.hi + 1)
			if n := cue.hi + 1; lex.subjPron[d.low(n)] && d.word(n+1) {
				return false // "…, who calls Trump a “sociopath,” said he doesn’t …": he opens the report
			}
		}
		if endedDot {
			end := max(cue.hi, spk.hi) + 1
			if end < len(d.toks) && !d.sentEnd(end) {
				return false
			}
		}
		d.add(rel{spk: spk, cue: cue, content: span{q.open, q.close}, direct: true})
		return true
	}
	return false
}

// signDashes are the dashes that sign a quotation with its speaker's
// name: the horizontal bar, the em and en dashes and the hyphen.
var signDashes = map[string]bool{"―": true, "—": true, "–": true, "-": true}

// maxSignWords is the longest name a signature dash takes.
const maxSignWords = 5

// attachDash handles a quotation signed with a dash and a name, as pull
// quotes, readers' voices and epigraphs are: “…” ― Pamela Padilla, or
// the quotation in its own paragraph and "- Bernie Sanders." or
// "-President Obama, tweeting after …" opening the next. The dash is
// the cue and the run of capitalised words after it the speaker; the
// name must end its paragraph or be followed by a period, a comma (a
// role or a place: "-Michelle Marks, Philadelphia.") or a bracket (a
// handle). A dash followed by a verb ("“…” — Trump said") is left to
// the other rules.
func (d *doc) attachDash(qi int) bool {
	q := d.quotes[qi]
	k := q.close + 1
	if k >= len(d.toks) || !signDashes[d.low(k)] {
		return false
	}
	own := d.toks[k].para != d.toks[q.close].para // the dash opens the next paragraph
	if own && (d.toks[k].para != d.toks[q.close].para+1 || q.open > 0 && d.toks[q.open-1].para == d.toks[q.open].para) {
		return false // only a quotation that is a paragraph of its own is signed below it
	}
	lo := k + 1
	if lo < len(d.toks) && d.low(lo) == "-" && d.toks[lo].start == d.toks[k].end {
		lo++ // "--"
	}
	hi := lo
	for hi < len(d.toks) && hi-lo < maxSignWords && d.word(hi) && d.toks[hi].cap && d.toks[hi].para == d.toks[k].para && d.toks[hi].quote < 0 {
		hi++
	}
	if hi == lo {
		return false
	}
	if hi < len(d.toks) && d.toks[hi].para == d.toks[k].para {
		switch d.low(hi) {
		case ".", ",", "(", ";":
		default:
			return false
		}
	}
	d.add(rel{spk: span{lo, hi - 1}, cue: span{k, k}, content: span{q.open, q.close}, direct: true})
	return true
}

// npQuote reports a quoted phrase inside a noun phrase: a determiner
// before it, no punctuation closing it and a word right after it, as in
// "our “America first” president" or "the ‘fire and fury’ threat".
func (d *doc) npQuote(q qmark) bool {
	if q.open == 0 || !d.word(q.close-1) || !d.word(q.close+1) {
		return false
	}
	switch d.low(q.open - 1) {
	case "the", "a", "an", "our", "his", "her", "their", "its", "my", "your", "this", "these", "those":
		return true
	}
	return false
}

// abbrevDot reports whether token k is the period of an abbreviation
// inside a sentence: glued to the word before it and followed by a
// comma, as in "Mitch McConnell, R-Ky., said" or "of Meridian, Ind.,".
func (d *doc) abbrevDot(k int) bool {
	return k > 0 && d.low(k) == "." && d.low(k+1) == "," && d.word(k-1) && d.toks[k-1].end == d.toks[k].start
}

// attachAfterVerb handles "…," Bozell answers. / "…?" the judge
// exclaimed. with a verb the cue lexicon does not know: a quotation
// that ends in a comma or a question or exclamation mark, then nothing
// but a speaker phrase and one verb (with a particle or an adverb) to
// the end of the sentence.
func (d *doc) attachAfterVerb(qi int) bool {
	q := d.quotes[qi]
	inner := d.low(q.close - 1)
	lo := q.close + 1
	if d.low(lo) == "," {
		lo++
	} else if inner != "," && inner != "?" && inner != "!" {
		return false
	}
	para := d.toks[q.close].para
	e := -1
	for k := lo; k < len(d.toks) && k-lo <= 8; k++ {
		t := d.toks[k]
		if t.para != para || t.kind == kQuote || t.quote >= 0 || d.claimed[k] {
			return false
		}
		if d.sentEnd(k) {
			e = k
			break
		}
		if t.kind != kWord && t.low != "-" && !(t.low == "." && k > lo) {
			return false
		}
	}
	if e < 0 {
		return false
	}
	v, cue := e-1, span{e - 1, e - 1}
	if w := d.low(v); (w == "out" || w == "back" || w == "up" || w == "on" || w == "in" || strings.HasSuffix(w, "ly") && len(w) > 4 && !lex.lyAdj[w]) && v-1 > lo {
		v = e - 2
		cue.lo = v
	}
	w := d.low(v)
	if !d.word(v) || d.toks[v].cap || lex.stop[w] || lex.det[w] || lex.subjPron[w] || lex.roleNouns[w] || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || w == "went" || w == "shot") {
		return false // but "…,” he went on", "…,” she shot back"
	}
	spk := span{lo, v - 1}
	if spk.hi < spk.lo || spk.hi-spk.lo > 5 || !d.speakerRun(spk) {
		return false
	}
	if h := d.low(spk.hi); !(d.toks[spk.hi].cap || lex.subjPron[h] || lex.roleNouns[h] || lex.det[d.low(spk.lo)]) {
		return false
	}
	d.add(rel{spk: spk, cue: cue, content: span{q.open, q.close}, direct: true})
	return true
}

// speakerRun reports whether tokens s can all be one speaker phrase: a
// noun phrase or lone pronoun, optionally followed by an apposition,
// a bracket or a relative clause set off by a comma ("Sen. Jack Reed
// (D-R.I.),", "Eric Herzik, who chairs the department,").
func (d *doc) speakerRun(s span) bool {
	if s.lo == s.hi && lex.subjPron[d.low(s.lo)] {
		return true
	}
	m := s.lo
	for m <= s.hi && (d.npWord(m) || m > s.lo && (d.low(m) == "-" || d.joinPrep(m) && m < s.hi)) {
		m++ // "a spokeswoman for the campaign", "a professor at Yale"
	}
	if m > s.hi {
		return true
	}
	if m == s.lo || (d.low(m) != "," && d.low(m) != "(") {
		return false
	}
	for k := m; k <= s.hi; k++ {
		if d.toks[k].kind == kQuote || d.toks[k].quote >= 0 {
			return false
		}
	}
	return true
}

// tailAppos extends a speaker phrase that follows its cue over an
// apposition or relative clause running to the end of the sentence
// ("said Jon Ralston, a veteran commentator in Nevada, who attended …."),
// stopping before a participle clause ("…, referring to …").
func (d *doc) tailAppos(s span) span {
	if !s.ok() || d.low(s.hi+1) != "," {
		return s
	}
	k := s.hi + 2
	if k >= len(d.toks) || d.toks[k].sent != d.toks[s.hi].sent || d.toks[k].kind != kWord {
		return s
	}
	n := d.toks[k]
	if !(n.cap || lex.det[n.low] || lex.roleNouns[n.low] || lex.titles[n.low] || n.low == "who" || n.low == "whose" || n.low == "which" ||
		unicode.IsDigit([]rune(n.low)[0]) || d.apposStart(k)) || lex.subjPron[n.low] && n.low != "who" {
		return s
	}
	_, hi := d.sentBounds(s.hi)
	hi = d.trimEnd(hi)
	if hi-s.hi > 40 {
		return s
	}
	for m := k; m <= hi; m++ {
		if d.toks[m].kind == kQuote || d.toks[m].quote >= 0 || d.claimed[m] {
			return s
		}
		if c, ok := lex.cue(d.low(m)); ok && c.participle && d.low(m-1) == "," {
			if m-2 > s.hi+1 {
				return span{s.lo, m - 2}
			}
			return s
		}
		if w := d.low(m); (w == "who" || w == "which") && d.low(m-1) == "," && d.reportingClause(m) {
			return span{s.lo, max(m-2, s.hi)} // "…, who said he …": a report of its own
		}
	}
	return span{s.lo, hi}
}

// plainWords reports whether tokens lo..hi are all free words outside
// quotations (an empty range is).
func (d *doc) plainWords(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if !d.word(k) || d.toks[k].quote >= 0 || d.claimed[k] {
			return false
		}
	}
	return true
}

// attachBefore handles X said, "…" / X told Y: "…".
func (d *doc) attachBefore(qi int) bool {
	q := d.quotes[qi]
	if q.open == 0 {
		return false
	}
	last := d.low(q.open - 1)
	para := d.toks[q.open].para
	if last == ":" {
		para = d.toks[q.open-1].para // "X wrote:" closing the paragraph before a block quotation
	}
	for k := q.open - 1; k >= 0 && q.open-k <= 16; k-- {
		t := d.toks[k]
		if t.para != para || t.kind == kQuote || d.sentEnd(k) {
			return false
		}
		c, ok := d.cueAt(k)
		if !ok {
			continue
		}
		content := span{q.open, q.close}
		if lex.naming[d.low(k)] && q.open-k <= 6 && d.plainWords(k+1, q.open-1) {
			// "Bush called Trump “unhinged”": the object joins the content.
			content.lo = k + 1
			last = ","
		}
		if k != q.open-1 && last != "," && last != ":" && last != "that" {
			return false
		}
		if c.class == cueBelief && last != ":" && last != "," {
			return false
		}
		cue := d.cueSpan(k)
		spk := d.leftNP(cue.lo)
		object := c.participle && d.objectNP(spk)
		if object {
			spk = none // "… issued a statement Tuesday saying, “…”": the subject speaks
		}
		if !c.participle && (last == "," || last == ":") {
			if np := d.speakerBefore(cue, q.open); np.ok() {
				spk = np
			}
		}
		if !spk.ok() && !c.participle && d.low(cue.lo-1) == "," {
			// "Fiorina, speaking to Iowans, said, “…”"
			lo, _ := d.sentBounds(cue.lo)
			spk = d.openingSpeaker(lo, cue)
		}
		if !spk.ok() {
			if c.participle || d.low(cue.lo-1) == "and" || d.low(cue.lo-1) == "but" || d.low(cue.lo-1) == "," {
				spk = d.prevSpeaker(cue.lo)
				if !spk.ok() && (!c.participle || object || d.low(cue.lo-1) == ",") {
					spk = d.sentSubject(cue.lo)
				}
			}
		}
		if !spk.ok() && d.low(cue.lo-1) == "to" {
			// An infinitive cue is its clause subject's: "Mr. Trump was
			// prompted to say, “…”", "went so far as to say: “…”".
			spk = d.sentSubject(cue.lo)
		}
		if !spk.ok() && c.participle {
			return false
		}
		if d.low(k) == "according" {
			spk = d.rightNP(k + 2)
		}
		if d.passive(cue) {
			spk = none // "Sanders was asked: “…”"
		}
		d.add(rel{spk: spk, cue: cue, content: content, direct: true})
		return true
	}
	return false
}

// speakerBefore reads the speaker that stands between a one-word cue
// and the quotation opening at token open, after a comma or a colon
// that follows it: "Said Comey, “…”", "…, explained Rosenberg: “…”".
// The cue must open its sentence or follow a comma, and must not take
// a listener or an object ("told reporters: “…”", "said of the
// senator, “…”").
func (d *doc) speakerBefore(cue span, open int) span {
	k := cue.hi
	if cue.lo != cue.hi || open-2 <= k || listenerVerb[d.low(k)] || lex.naming[d.low(k)] || lex.stop[d.low(k+1)] || lex.npPrep[d.low(k+1)] {
		return none
	}
	if cue.lo > 0 && d.low(cue.lo-1) != "," && d.toks[cue.lo-1].sent == d.toks[cue.lo].sent {
		return none
	}
	if np := d.rightNPOpt(k+1, false); np.ok() && np.hi == open-2 {
		return np
	}
	return none
}

// indirectPass reads every free cue word as a report of speech: first
// "according to" and the core verbs of saying, then the other cues, so
// that a weak cue cannot swallow a sentence a verb of saying reports.
func (d *doc) indirectPass() {
	// The words that can be cues at all, found once for the three passes.
	var words []int
	for k := range d.toks {
		if _, ok := d.cueAt(k); ok {
			words = append(words, k)
		}
	}
	defer d.finalAccording()
	// "Content …, X said." first: a cue inside the content is part of it.
	for _, k := range words {
		if c, ok := d.cueAt(k); ok && c.core && !c.participle && c.class != cueBelief && d.finalInverted(k) {
			d.indirect(k, c)
		}
	}
	for pass := range 3 {
		for _, k := range words {
			c, ok := d.cueAt(k)
			if !ok || (c.core || d.low(k) == "according") != (pass < 2) {
				continue
			}
			// A cue in a relative clause ("Barkley, who said …, said")
			// waits for the cue of the main clause.
			if rel := d.low(d.cueSpan(k).lo-1) == "who"; pass < 2 && rel != (pass == 1) {
				continue
			}
			if d.low(k) == "according" {
				d.according(k)
				continue
			}
			d.indirect(k, c)
		}
	}
}

// finalInverted reports whether the cue word at k closes its sentence
// after the content it reports: "…, X said." or "…, said X.", with at
// most a time adjunct after it.
func (d *doc) finalInverted(k int) bool {
	cue := d.cueSpan(k)
	lo, hi := d.sentBounds(k)
	hi = d.trimEnd(hi)
	if cue.lo-lo < 4 || d.toks[hi].kind == kQuote {
		return false
	}
	after := cue.hi + 1
	for after <= hi && (lex.temporal[d.low(after)] || d.toks[after].cap && lex.temporal[d.low(after-1)]) {
		after++
	}
	if after > hi {
		spk := d.leftNP(cue.lo)
		return spk.ok() && spk.lo-2 > lo && d.low(spk.lo-1) == ","
	}
	if d.low(cue.lo-1) == "," {
		spk := d.rightSpeaker(cue.hi + 1)
		return spk.ok() && spk.hi >= hi && d.opensSpeaker(spk.lo)
	}
	return false
}

// opensSpeaker reports whether token k can open a speaker phrase that
// follows its cue: a name, an article or other determiner, a title, a
// role noun or a pronoun ("…, said Mr. Smith", "…, said the official"),
// or a description written as a title before a name ("…, says political
// scientist Dossym Satpayev"), not a bare common noun ("…, not declare
// neutrality").
func (d *doc) opensSpeaker(k int) bool {
	w := d.low(k)
	if d.toks[k].cap || lex.det[w] || lex.titles[w] || lex.roleNouns[w] || lex.subjPron[w] || lex.quant[w] || d.possessive(k) {
		return true
	}
	if !d.word(k) || lex.stop[w] || lex.finite[w] || lex.temporal[w] {
		return false
	}
	for m := k + 1; m <= k+4 && m < len(d.toks) && d.toks[m].sent == d.toks[k].sent && d.word(m); m++ {
		if d.toks[m].cap {
			return true // "…, says political scientist Dossym Satpayev"
		}
		if x := d.low(m); x != "and" && (lex.stop[x] || lex.finite[x]) {
			return false
		}
	}
	return false
}

// pollPass reads "in" before a poll as a cue, as PolNeAR does: "Trump
// has a decisive lead in a Marist poll", "In a CNN poll released Monday,
// 50 percent chose Clinton". The poll is the source; the content is the
// clause before "in", or after the poll when "in" opens the sentence.
// Polls in general ("in the polls") PolNeAR seldom marks, and the pass
// leaves them.
func (d *doc) pollPass() {
	for k := range d.toks {
		if d.low(k) != "in" || d.claimed[k] || d.toks[k].quote >= 0 {
			continue
		}
		lo, hi := d.sentBounds(k)
		hi = d.trimEnd(hi)
		src := d.rightNP(k + 1)
		last := -1
		for m := src.lo; src.ok() && m <= src.hi && d.low(m) != ","; m++ {
			if lex.pollNouns[d.low(m)] {
				last = m
			}
		}
		if last < 0 || last >= hi && k == lo {
			continue
		}
		// The source ends at its poll ("in the polls ahead of the
		// primary"), or, opening the sentence, at the comma ("In a CNN
		// poll released Monday, …").
		src.hi = last
		if k == lo {
			src = d.extendSource(src, hi)
		}
		if !d.plainWords(src.lo, src.hi) || d.genericPoll(src) {
			continue
		}
		cue := span{k, k}
		if k == lo {
			if d.low(src.hi+1) == "," && d.standing(src.hi+2, hi) {
				d.addIndirect(src, cue, span{src.hi + 2, d.clauseEnd(src.hi+2, hi)}, 3)
			}
			continue
		}
		end := d.trimEnd(k - 1)
		if d.low(k-1) == "," {
			end = d.trimEnd(k - 2)
		}
		if d.standing(lo, end) {
			d.addIndirect(src, cue, span{lo, end}, 3)
		}
	}
}

// genericPoll reports whether the poll phrase s names no poll in
// particular ("in the polls", "in opinion polls", "in polling"), which
// PolNeAR seldom marks as a source; "in a CNN poll", "in the latest
// Marist poll", "in Monday’s poll" name one.
func (d *doc) genericPoll(s span) bool {
	for k := s.lo; k <= s.hi; k++ {
		w := d.low(k)
		if w == "a" || w == "an" || d.toks[k].cap || d.quantity(k) || d.possessive(k) || !lex.pollNouns[w] && !genericPollWord[w] {
			return false
		}
	}
	return true
}

// genericPollWord holds the words of a poll phrase that name no poll.
var genericPollWord = words(`the opinion public national state recent most many all`)

// standing reports whether tokens lo..hi read as a poll finding: a
// number or a word of standing ("lead", "ahead", "percent").
func (d *doc) standing(lo, hi int) bool {
	for m := lo; m <= hi; m++ {
		if w := d.low(m); lex.standing[w] || d.word(m) && unicode.IsDigit([]rune(w)[0]) {
			return true
		}
	}
	return false
}

// according handles "according to X, …" and "…, according to X".
func (d *doc) according(k int) {
	cue := span{k, k + 1}
	spk := d.rightNP(k + 2)
	if !spk.ok() {
		return
	}
	lo, hi := d.sentBounds(k)
	hi = d.trimEnd(hi)
	if k == lo || (k == lo+1 && (d.word(lo) && lex.stop[d.low(lo)] || d.low(lo) == "(")) || d.low(k-1) == "," && k-2 >= lo && k-2-lo < 3 && d.plainWords(lo, k-2) && d.toks[lo].cap {
		// "According to X, …", "But according to X, …", "In
		// addition, according to X, …".
		// "According to X, …": X runs to the first comma.
		for e := k + 2; e <= hi && e-k < 30; e++ {
			if d.low(e) == "," {
				d.addIndirect(span{k + 2, e - 1}, cue, span{e + 1, hi}, 3)
				return
			}
		}
		return
	}
	spk = d.extendSource(spk, hi)
	if d.low(k-1) == "," {
		if w := d.low(spk.hi + 2); d.low(spk.hi+1) == "," && (w == "which" || w == "who") {
			spk = d.tailAppos(spk) // "…, according to the group, which monitors …"
		}
		lo = d.nestedStart(lo, k-2)
		if d.addIndirect(spk, cue, span{lo, k - 2}, 3) && d.low(spk.hi+1) == "," {
			d.addIndirect(spk, cue, span{spk.hi + 2, hi}, 3)
		}
		return
	}
	// "…, based on …" or "… is up 3 percent according to X": take
	// the sentence before the cue.
	d.addIndirect(spk, cue, span{lo, k - 1}, 4)
}

// extendSource widens a source that follows its cue over the modifiers
// that run on to the end of its clause ("an AP-GfK poll released
// Thursday", "preliminary exit polling reported by CNN and The New York
// Times"); a clause that turns into something else leaves s as it is.
func (d *doc) extendSource(s span, hi int) span {
	e := s.hi
	for m := s.hi + 1; m <= hi && m-s.hi <= 20; m++ {
		t := d.toks[m]
		if t.low == "," {
			break
		}
		if t.kind == kQuote || t.quote >= 0 || d.claimed[m] {
			return s
		}
		if t.kind != kWord {
			if t.low == "-" || t.low == "&" {
				continue
			}
			return s
		}
		if lex.subjPron[t.low] || lex.stop[t.low] && !lex.sourceJoin[t.low] {
			return s
		}
		e = m
	}
	return span{s.lo, e}
}

// trimEnd drops sentence-final punctuation from a content range end.
func (d *doc) trimEnd(hi int) int {
	for hi >= 0 && d.toks[hi].kind == kPunct && d.toks[hi].quote < 0 {
		hi--
	}
	return hi
}

// addIndirect adds a reported clause when its content is free and at
// least minWords long; content stops at the first claimed token.
func (d *doc) addIndirect(spk, cue, content span, minWords int) bool {
	if content.lo < 0 || content.hi < content.lo {
		return false
	}
	for k := content.lo; k <= content.hi; k++ {
		if d.claimed[k] {
			if e := d.nestedEnd(k, content); e >= k {
				k = e // a whole attribution inside the content is part of it
				continue
			}
			if k == content.lo {
				return false
			}
			content.hi = d.trimEnd(k - 1)
			for content.hi > content.lo && (d.low(content.hi) == "and" || d.low(content.hi) == "but") {
				content.hi = d.trimEnd(content.hi - 1) // "… his words and (said …)"
			}
			break
		}
	}
	for content.lo <= content.hi && d.toks[content.lo].kind == kPunct && d.toks[content.lo].kind != kQuote {
		content.lo++
	}
	n := 0
	for k := content.lo; k <= content.hi; k++ {
		if d.toks[k].kind == kWord {
			n++
		}
	}
	if n < minWords {
		return false
	}
	// A quotation fully inside the content is part of it.
	for qi := range d.quotes {
		if q := &d.quotes[qi]; q.open >= content.lo && q.close <= content.hi {
			q.used = true
		}
	}
	d.add(rel{spk: spk, cue: cue, content: content, shared: d.shared})
	return true
}

// nestedStart returns where a content that would open at token lo and
// end at hi opens so as to hold whole an attribution that lo cuts: the
// quotation that ends in lo's sentence ("“… . He hates them,” Hewitt
// said, according to …") opens the content.
func (d *doc) nestedStart(lo, hi int) int {
	for _, r := range d.rels {
		a, b := r.content.lo, r.content.hi
		for _, s := range []span{r.spk, r.cue} {
			if s.ok() {
				a, b = min(a, s.lo), max(b, s.hi)
			}
		}
		if a < lo && lo <= b && b <= hi && d.toks[a].para == d.toks[lo].para {
			return a
		}
	}
	return lo
}

// finalAccording reads "…, according to X" closing a sentence whose
// clause an earlier report took whole ("Kasich said he would have fired
// him, according to press reports"): that report ends before the comma,
// and the clause with it is what X reports.
func (d *doc) finalAccording() {
	for k := 2; k+2 < len(d.toks); k++ {
		if d.low(k) != "according" || d.low(k+1) != "to" || d.low(k-1) != "," || !d.claimed[k] || d.toks[k].quote >= 0 {
			continue
		}
		_, hi := d.sentBounds(k)
		if !d.rightNP(k + 2).ok() {
			continue
		}
		for i := range d.rels {
			r := &d.rels[i]
			if r.direct || r.content.lo >= k-1 || r.content.hi < k || r.content.hi > hi {
				continue
			}
			end := d.trimEnd(k - 2)
			if end-r.content.lo < 2 {
				break
			}
			d.setClaimed(span{end + 1, r.content.hi}, false)
			r.content.hi = end
			d.according(k)
			break
		}
	}
}

// nestedEnd returns the last token of an attribution that holds token k
// and lies whole inside c ("“…,” Sanders said, according to CNN": the
// quotation and its attribution are what CNN reports), or -1.
func (d *doc) nestedEnd(k int, c span) int {
	for _, r := range d.rels {
		lo, hi := r.content.lo, r.content.hi
		for _, s := range []span{r.spk, r.cue} {
			if s.ok() {
				lo, hi = min(lo, s.lo), max(hi, s.hi)
			}
		}
		if lo <= k && k <= hi && lo >= c.lo && hi <= c.hi {
			return hi
		}
	}
	return -1
}

// labels handles a speaker label and a colon that open a paragraph,
// as transcripts and round-ups write them: "WALLACE: …", "Rep. Trey
// Gowdy (R-S.C.): “…”", "Pollsters agree - Carl Bialik: “…”". The
// content is the quotation after the colon, or else the rest of the
// paragraph, over several sentences.
func (d *doc) labels() {
	for i := 1; i < len(d.toks); i++ {
		if d.low(i) != ":" || d.claimed[i] {
			continue
		}
		para := d.toks[i].para
		lo := i - 1
		for lo > 0 && d.toks[lo-1].para == para && d.toks[lo-1].kind != kQuote && !isDash(d.low(lo-1)) && i-lo < 12 {
			lo--
		}
		if lo > 0 && d.toks[lo-1].para == para && d.toks[lo-1].kind != kQuote && !isDash(d.low(lo-1)) {
			continue // the label must open its paragraph or follow a dash
		}
		if lo > 0 && d.toks[lo-1].kind == kQuote && lo-1 > 0 && d.toks[lo-2].para == para {
			continue // an opening mark counts only at the paragraph's start
		}
		label := d.labelSpan(lo, i-1)
		if !label.ok() {
			continue
		}
		j := i + 1
		if j >= len(d.toks) || d.toks[j].para != para {
			continue
		}
		var content span
		direct := false
		if t := d.toks[j]; t.kind == kQuote && t.quote >= 0 && d.quotes[t.quote].open == j {
			content, direct = span{j, d.quotes[t.quote].close}, true
		} else {
			hi := j
			for hi+1 < len(d.toks) && d.toks[hi+1].para == para {
				hi++
			}
			if d.toks[hi].kind == kQuote && d.toks[hi].quote >= 0 && d.toks[hi].quote == d.toks[lo].quote {
				hi-- // the closing mark of a quotation that holds the label
			}
			content = span{j, hi}
		}
		n := 0
		for k := content.lo; k <= content.hi; k++ {
			if d.claimed[k] {
				n = -1
				break
			}
			if d.toks[k].kind == kWord {
				n++
			}
		}
		if n < 3 {
			continue
		}
		for k := label.lo; k <= content.hi; k++ {
			if q := d.toks[k].quote; q >= 0 {
				d.quotes[q].used = true
			}
		}
		d.add(rel{spk: label, cue: span{i, i}, content: content, direct: direct})
	}
}

// isApos reports whether w is an apostrophe, as a possessive ending in
// s writes one after the word ("Sanders’ campaign").
func isApos(w string) bool { return w == "'" || w == "’" }

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// labelSpan reports the speaker label in tokens lo..hi: a name of at
// most six words, each capitalised or a title, role or "of", with an
// optional bracket ("(R-S.C.)"); lines such as "UPDATE:" and
// "Editor’s note:" are not labels.
func (d *doc) labelSpan(lo, hi int) span {
	if hi < lo || hi-lo > 10 || !d.word(lo) || !d.toks[lo].cap {
		return none
	}
	words, inBracket, capped := 0, false, false
	for k := lo; k <= hi; k++ {
		t := d.toks[k]
		switch {
		case t.low == "(":
			inBracket = true
			continue
		case t.low == ")":
			inBracket = false
			continue
		case inBracket:
			continue
		case t.kind != kWord:
			if t.low != "-" && t.low != "." {
				return none
			}
			continue
		}
		w := t.low
		if lex.notLabel[w] || lex.subjPron[w] || lex.stop[w] && w != "of" {
			return none
		}
		if !t.cap && !lex.titles[w] && !lex.roleNouns[w] && w != "of" && w != "the" {
			return none
		}
		if t.cap {
			capped = true
		}
		words++
	}
	if inBracket || words == 0 || words > 6 || !capped || len([]rune(d.low(lo))) < 2 {
		return none
	}
	return span{lo, hi}
}

// headline handles "Name: content", a speaker's name and a colon opening
// a sentence, as headlines and transcripts write it.
func (d *doc) headline() {
	for i := 0; i < len(d.toks); i++ {
		if d.low(i) != ":" || d.claimed[i] || d.toks[i].quote >= 0 {
			continue
		}
		lo, hi := d.sentBounds(i)
		if i-lo < 1 || i-lo > 10 || hi-i < 3 {
			continue
		}
		// The name may be followed by whom or what it speaks to: "Clinton
		// to Planned Parenthood: …", "Obama On Trade: …".
		end := i
		for k := lo + 1; k < i; k++ {
			if w := d.low(k); w == "to" || w == "on" || w == "at" || w == "about" {
				end = k
				break
			}
		}
		if end-lo > 4 {
			continue
		}
		name := true
		for k := lo; k < end; k++ {
			if !d.word(k) || !d.toks[k].cap || lex.stop[d.low(k)] || lex.det[d.low(k)] || lex.notLabel[d.low(k)] {
				name = false
			}
		}
		for k := end; k < i && name; k++ {
			name = d.word(k) && !d.claimed[k] && d.toks[k].quote < 0
		}
		if name {
			d.addIndirect(span{lo, end - 1}, span{i, i}, span{i + 1, d.trimEnd(hi)}, 3)
		}
	}
}

// indirect handles a cue word that no quotation took.
func (d *doc) indirect(k int, c cueInfo) {
	if lex.beFinite[d.low(k-1)] && d.low(k+1) == "to" && lex.expectation[d.low(k)] {
		d.expected(k)
		return
	}
	if lex.raising[d.low(k)] {
		d.raising(k)
		return
	}
	cue := d.cueSpan(k)
	lo, hi := d.sentBounds(k)
	hi = d.trimEnd(hi)
	minWords := 3
	if c.class == cueBelief {
		minWords = 4
	}
	if d.askedBy(cue, hi) || d.openingClause(cue, c, lo, hi, minWords) {
		return
	}
	if d.passive(cue) {
		if start := d.contentStart(cue.hi+1, hi, cueInfo{class: cueSpeech}); start >= 0 {
			d.addIndirect(none, cue, span{start, d.clauseEnd(start, hi)}, minWords)
		}
		return
	}
	// "Content, said X." / "Content, X said." / "Content, X said, more."
	// A participle ("…, citing low growth") is never inverted.
	if d.low(cue.lo-1) == "," && cue.lo-2 > lo && !c.participle && (lex.saidVerb[d.low(cue.hi)] || d.clauseAt(lo, cue.lo-2)) {
		// But a verb other than one of saying after a subject and its
		// apposition takes an object, not a speaker: "Mukasey, the
		// attorney general, criticized Clinton’s email use".
		if spk := d.rightSpeaker(cue.hi + 1); spk.ok() && c.class != cueBelief && !lex.det[d.low(cue.hi+1)] && d.opensSpeaker(spk.lo) || spk.ok() && d.toks[cue.hi+1].cap {
			if spk.hi >= hi || d.low(spk.hi+1) == "," || d.sentEnd(spk.hi+1) {
				d.addIndirect(spk, cue, span{lo, cue.lo - 2}, minWords)
				return
			}
		}
	}
	spk := d.leftNP(cue.lo)
	object := c.participle && d.objectNP(spk)
	if object {
		spk = none // "The town released a statement saying": the subject speaks
	}
	if !spk.ok() && (d.low(cue.lo-1) == "," || cue.lo > 1 && d.toks[cue.lo-1].kind == kQuote && d.low(cue.lo-2) == ",") && c.class != cueBelief {
		// "Name, who …, said", "Name, citing “…,” said".
		spk = d.openingSpeaker(lo, cue)
	}
	after := cue.hi + 1
	for after <= hi && (lex.temporal[d.low(after)] || d.toks[after].cap && lex.temporal[d.low(after-1)]) {
		after++
	}
	if spk.ok() && spk.lo-1 > lo && after > hi && d.low(spk.lo-1) == "," {
		d.addIndirect(spk, cue, span{lo, spk.lo - 2}, minWords)
		return
	}
	if spk.ok() && spk.lo-1 > lo && d.low(spk.lo-1) == "," && after <= hi && after > cue.hi+1 && d.low(after) == "," {
		// "…, the Associated Press declared on Thursday, two days
		// after …": the time adjunct closes the report.
		d.addIndirect(spk, cue, span{lo, spk.lo - 2}, minWords)
		return
	}
	if spk.ok() && spk.lo <= lo+1 && after > cue.hi+1 && (after > hi || d.low(after) == ",") && c.class != cueBelief &&
		lo > 0 && d.toks[lo-1].para == d.toks[lo].para {
		// "… remains open to meeting Kim. A White House official
		// confirmed this Friday, following …": the cue has nothing after
		// it but a time adjunct, so what was said is the sentence before.
		plo, phi := d.sentBounds(lo - 1)
		d.addIndirect(spk, cue, span{plo, d.trimEnd(phi)}, minWords)
		return
	}
	if m := cue.hi + 1; spk.ok() && spk.lo-1 > lo && d.low(spk.lo-1) == "," && objPron[d.low(m)] && d.low(m+1) == "," && m+2 <= hi {
		// "The solution, the partner told them, was simple": two parts
		// around the listener.
		d.addIndirect(spk, cue, span{lo, spk.lo - 2}, 1)
		d.addIndirect(spk, cue, span{m + 2, hi}, 1)
		return
	}
	if spk.ok() && spk.lo-1 > lo && d.low(spk.lo-1) == "," && (cue.hi >= hi || d.low(cue.hi+1) == "," || d.sentEnd(cue.hi+1)) {
		if c2, ok := d.cueAt(cue.hi + 2); d.low(cue.hi+1) == "," && !(ok && c2.participle) {
			// "That money, officials said, is then funneled …": two parts;
			// but "…, Spicer said, adding …" leaves the rest to "adding".
			d.addIndirect(spk, cue, span{lo, spk.lo - 2}, 1)
			d.addIndirect(spk, cue, span{cue.hi + 2, hi}, minWords)
			return
		}
		d.addIndirect(spk, cue, span{lo, spk.lo - 2}, minWords)
		return
	}
	if !spk.ok() {
		// The word before the cue, or before a time adjunct in front of
		// it: "… and on Tuesday wrote".
		p := cue.lo - 1
		if t := d.temporalBack(p); t <= p {
			p = t - 1
		}
		if !(c.participle || d.low(p) == "and" || d.low(p) == "but") {
			return
		}
		spk = d.prevSpeaker(cue.lo)
		if !spk.ok() && (!c.participle || object || d.low(cue.lo-1) == "," || lex.participlePrep[d.low(cue.lo-1)]) {
			spk = d.sentSubject(cue.lo)
			d.shared = true
			defer func() { d.shared = false }()
		}
		if n := d.nearSubject(cue.lo, spk); c.participle && n.ok() {
			spk = n
			if !d.shared {
				d.shared = true
				defer func() { d.shared = false }()
			}
		}
		if !spk.ok() {
			return
		}
	}
	start := d.contentStart(cue.hi+1, hi, c)
	if start < 0 {
		return
	}
	d.addIndirect(spk, cue, span{start, d.clauseEnd(start, hi)}, minWords)
}

// nearSubject returns the subject of the finite clause that a
// participle cue at i, after a comma or "while", closes, when
// that clause is joined on after the speaker found so far (spk, or the
// sentence start): "Protesters say …, and the union has sued the city,
// saying …", "It is a long shot, but Sanders was in Ohio, emphasizing
// …". It returns none when there is no such clause.
func (d *doc) nearSubject(i int, spk span) span {
	if p := d.low(i - 1); p != "," && p != "while" {
		return none
	}
	lo, _ := d.sentBounds(i)
	if spk.ok() && spk.hi >= lo && spk.hi < i {
		lo = spk.hi + 1
	}
	for m := i - 2; m > lo; m-- {
		if d.toks[m].quote >= 0 || !clauseJoin[d.low(m)] {
			continue
		}
		if d.low(m) == "and" && d.low(m-1) != "," {
			continue
		}
		s := none
		if w := d.low(m + 1); lex.subjPron[w] && w != "who" && w != "it" && w != "you" {
			s = span{m + 1, m + 1}
		} else if np := d.rightNP(m + 1); np.ok() && !lex.subjPron[w] {
			s = np
		}
		if !s.ok() || s.hi >= i-2 || d.claimed[s.lo] {
			return none
		}
		if v := d.low(s.hi + 1); lex.finite[v] || finiteAux[v] || d.edVerb(s.hi+1) {
			return s
		}
		return none
	}
	return none
}

// clauseJoin holds the conjunctions that join a second finite clause
// to a sentence; finiteAux the auxiliaries that may open its verb.
var (
	clauseJoin = words(`but and while though although because whereas`)
	finiteAux  = words(`is are was were has have had will would could can did does do may might`)
)

// openingClause reads a participle clause that opens its sentence and
// whose speaker is the subject after it: "After saying he was nervous,
// the man …", "Having announced that …, Judge Berman …". It reports
// whether it added the attribution.
func (d *doc) openingClause(cue span, c cueInfo, lo, hi, minWords int) bool {
	if having := cue.lo-1 == lo && d.low(lo) == "having"; !having {
		opens := cue.lo == lo || cue.lo-1 == lo && openingSub[d.low(lo)]
		if !c.participle || !opens || !strings.HasSuffix(d.low(cue.hi), "ing") {
			return false
		}
	}
	m := cue.hi + 1
	for m < hi && (d.low(m) != "," || d.toks[m].quote >= 0) {
		m++
	}
	if m >= hi || m-cue.hi < 3 {
		return false
	}
	spk := span{m + 1, m + 1}
	if s := d.low(m + 1); !lex.subjPron[s] || s == "who" || s == "it" {
		if spk = d.rightNP(m + 1); !spk.ok() || spk.hi >= hi {
			return false
		}
	}
	start := d.contentStart(cue.hi+1, m-1, c)
	if start < 0 {
		return false
	}
	return d.addIndirect(spk, cue, span{start, m - 1}, minWords)
}

// openingSub holds the subordinators that may open a participle clause
// before its subject: "After saying …, the man …".
var openingSub = words(`after while before when since upon by`)

// askedBy reads "(was) asked by X whether …", whose source is the
// asker, and reports whether it added the attribution. After "when" or
// "while" the question ends at the clause's comma: "When asked by a
// reporter whether …, Trump said …".
func (d *doc) askedBy(cue span, hi int) bool {
	if d.low(cue.hi) != "asked" || d.low(cue.hi+1) != "by" {
		return false
	}
	spk := d.rightNPOpt(cue.hi+2, false)
	if !spk.ok() || spk.hi >= hi {
		return false
	}
	start := d.contentStart(spk.hi+1, hi, cueInfo{class: cueSpeech})
	if start < 0 {
		return false
	}
	end := d.clauseEnd(start, hi)
	if w := d.low(cue.lo - 1); w == "when" || w == "while" {
		for m := start + 1; m < end; m++ {
			if d.low(m) == "," && d.toks[m].quote < 0 {
				end = m - 1
				break
			}
		}
	}
	return d.addIndirect(spk, cue, span{start, end}, 2)
}

// listenerVerb holds the cue verbs whose object is a listener: "…,
// told reporters: “…”" names who heard, not who spoke.
var listenerVerb = words(`told tell tells asked ask asks urged warned reminded assured informed`)

// objPron holds the object pronouns that name a listener after a cue.
var objPron = words(`him her them me us`)

// openingSpeaker reads "Name, who …, said", where the sentence that
// starts at lo opens with the speaker of the cue after a comma, or
// returns none.
func (d *doc) openingSpeaker(lo int, cue span) span {
	np := d.rightNP(lo)
	if !np.ok() || np.hi >= cue.lo-2 || d.low(np.hi+1) != "," || cue.lo-lo > 40 {
		return none
	}
	switch {
	case d.temporalBack(np.hi) <= np.hi:
		return none
	case d.apposStart(np.hi + 2):
		spk := span{lo, cue.lo - 2}
		// Only appositions: "Huma Abedin, vice chairwoman for the
		// campaign, emailed supporters, asking …" ends before the verb.
		for m := np.hi + 2; m < cue.lo-1; m++ {
			if d.low(m) == "," && m+1 < cue.lo-1 && !d.apposStart(m+1) {
				spk.hi = m - 1
				break
			}
		}
		return spk
	}
	return np // "Trump, in turn, cites": an adjunct, not an apposition
}

// expected handles the passive "X is expected to …", which PolNeAR
// reads as an attribution without a source: the content is the subject
// and the infinitive clause, the cue the auxiliary and the participle.
func (d *doc) expected(k int) {
	d.sourceless(span{k - 1, k}, d.leftNP(k-1), 2)
}

// sourceless adds the two attributions without a source that PolNeAR
// gives "X is expected to …" and "X seems to …": the cue with the
// subject subj as content, and the cue with the rest of the clause after
// it, when that rest is unclaimed and spans more than minRest tokens.
func (d *doc) sourceless(cue, subj span, minRest int) {
	if !subj.ok() || d.claimed[subj.lo] {
		return
	}
	_, hi := d.sentBounds(cue.hi)
	hi = d.clauseEnd(cue.hi+1, d.trimEnd(hi))
	rest := span{cue.hi + 1, hi}
	for m := rest.lo; m <= rest.hi; m++ {
		if d.claimed[m] {
			return
		}
	}
	if rest.hi-rest.lo < minRest {
		return
	}
	d.add(rel{spk: none, cue: cue, content: subj})
	d.add(rel{spk: none, cue: cue, content: rest})
}

// passive reports whether cue is a passive ("was asked", "is
// considered", "were told") with no agent after it: PolNeAR gives such a
// report no source, and its subject is who was asked, not who asked.
func (d *doc) passive(cue span) bool {
	if !cue.ok() || cue.hi == cue.lo {
		return false
	}
	b := d.low(cue.lo)
	if !lex.beFinite[b] && b != "been" && b != "being" && b != "be" {
		return false
	}
	v := cue.hi
	if lex.stop[d.low(v)] && v-1 > cue.lo {
		v-- // "was asked about"
	}
	w := d.low(v)
	if d.low(cue.hi+1) == "by" || !strings.HasSuffix(w, "ed") && w != "told" && w != "known" && w != "shown" && w != "thought" && w != "said" || feeling[w] {
		return false // but "are worried" states a feeling, not a passive
	}
	return true
}

// raising handles "X seems to …", "X appeared unperturbed", which
// PolNeAR reads as an attribution without a source: the cue is the verb
// alone, the content its subject and the rest of the clause. "Appear"
// reports only before "to" ("appeared on television" does not).
func (d *doc) raising(k int) {
	n := d.low(k + 1)
	if !d.word(k+1) || strings.HasPrefix(d.low(k), "appear") && n != "to" && !d.stateAfter(k+1) || lex.npPrep[n] || n == "in" || n == "on" || n == "at" || n == "before" || n == "that" {
		return
	}
	// "Obama seemed to recognize the significance": a report of the
	// subject's, with the infinitive in the cue.
	if v := d.low(k + 2); n == "to" && d.word(k+2) && !d.claimed[k+2] && d.toks[k+2].quote < 0 {
		_, cue := lex.cues[v]
		if _, ok := lex.share[v]; ok || cue {
			if spk := d.leftNP(k); spk.ok() && !d.claimed[spk.lo] {
				_, hi := d.sentBounds(k)
				hi = d.trimEnd(hi)
				if start := d.contentStart(k+3, hi, cueInfo{class: cueSpeech}); start >= 0 {
					d.addIndirect(spk, span{k, k + 2}, span{start, d.clauseEnd(start, hi)}, 1)
				}
				return
			}
		}
	}
	d.sourceless(span{k, k}, d.leftNP(k), 1)
}

// stateAfter reports whether the word at k, after "appear", says how
// someone appeared rather than where or when: an adjective or a
// participle in lower case ("appeared paralyzed", "appears weak",
// "appeared closer"), not a place, a time or a manner of appearing.
func (d *doc) stateAfter(k int) bool {
	w := d.low(k)
	return d.word(k) && !d.toks[k].cap && !lex.stop[w] && !lex.det[w] && !appearPlace[w]
}

// appearPlace holds the words after "appear" that tell where, when or
// with whom someone appeared.
var appearPlace = words(`alongside together onstage live briefly again later earlier today tonight yesterday twice once`)

// clauseEnd returns where a reported clause running from lo to the
// sentence end at hi stops: before a second report joined to it, by a
// conjunction ("… and said …", "…, but he noted …", "…, though she
// added …") or as a participle ("…, arguing that …").
func (d *doc) clauseEnd(lo, hi int) int {
	for m := lo + 2; m <= hi; m++ {
		if d.low(m) == "," && d.toks[m].quote < 0 && lex.clauseCut[d.low(m+1)] && m+1 < hi {
			return d.trimEnd(m - 1) // "…, but Cook did not say when"
		}
		c, ok := d.cueAt(m)
		if !ok || c.class == cueBelief || d.low(m) == "according" {
			continue
		}
		cue := d.cueSpan(m)
		p := cue.lo - 1
		cut := -1
		switch w := d.low(p); {
		case c.participle && (w == "," || d.toks[p].kind == kQuote && d.low(p-1) == ","):
			cut = p // "…, adding" and "…,” adding"
			if w != "," {
				cut = p + 1
			}
		case w == "and" || w == "but":
			cut = p
		default:
			np := d.chunkBack(p)
			if lex.subjPron[w] {
				np = span{p, p}
			}
			if np.ok() && np.hi == p && lex.clauseJoin[d.low(np.lo-1)] {
				cut = np.lo - 1
			}
		}
		if cut <= lo {
			continue
		}
		if d.low(cut-1) == "," {
			cut--
		}
		return d.trimEnd(cut - 1)
	}
	return hi
}

// timeFwd returns the first token after a time adjunct opening at token
// i ("on Friday", "Tuesday night", "last week", "earlier"), or i when
// there is none.
func (d *doc) timeFwd(i int) int {
	k := i
	if d.low(k) == "on" && lex.weekdays[d.low(k+1)] {
		k++
	}
	switch w := d.low(k); {
	case lex.weekdays[w] && d.toks[k].cap:
		k++
		if n := d.low(k); n == "night" || n == "morning" || n == "afternoon" || n == "evening" {
			k++
		}
		return k
	case w == "last" || w == "this" || w == "earlier":
		if n := d.low(k + 1); n == "week" || n == "month" || n == "year" || n == "weekend" {
			return k + 2
		}
		if w == "earlier" {
			return k + 1
		}
	case w == "yesterday" || w == "today" || w == "tonight":
		return k + 1
	}
	return i
}

// contentStart finds where a reported clause begins after a cue ending
// before token i: past a listener ("told reporters") and past
// circumstances ("said in a statement Tuesday") up to "that".
func (d *doc) contentStart(i, hi int, c cueInfo) int {
	if i > hi {
		return -1
	}
	// "said in a statement on Friday that …": jump to "that".
	for k := i; k <= hi && k-i <= 8; k++ {
		w := d.low(k)
		if w == "that" && k > i {
			return k
		}
		if !lex.temporal[w] && !d.toks[k].cap && !(c.class == cueTell && k == i) && w != "," {
			break
		}
	}
	j := i
	// "said on Friday he met …": a time adjunct before a clause that
	// opens with its subject.
	if t := d.timeFwd(i); t > i && t <= hi {
		if w := d.low(t); d.word(t) && (lex.subjPron[w] && w != "who" || lex.det[w] && !lex.quant[w] || d.toks[t].cap) {
			return t
		}
	}
	if c.class == cueTell {
		// skip the listener: a pronoun or a short noun phrase.
		switch w := d.low(j); {
		case w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "reporters" || w == "journalists":
			j++
		default:
			if np := d.rightNP(j); np.ok() && np.hi-np.lo < 5 {
				nw := d.low(np.hi + 1)
				if nw == "that" || nw == "," || nw == ":" || d.toks[min(np.hi+1, len(d.toks)-1)].kind == kQuote || lex.subjPron[nw] || nw == "to" {
					j = np.hi + 1
				}
			}
		}
	}
	for j <= hi && (d.low(j) == "," || d.low(j) == ":") {
		j++
	}
	if j > hi {
		return -1
	}
	if c.class == cueBelief {
		w := d.low(j)
		if w != "that" && !lex.subjPron[w] && !lex.det[w] && !d.toks[j].cap {
			return -1
		}
	}
	// A cue followed by a preposition or a noun object ("said nothing",
	// "warned of") is not a report.
	if w := d.low(j); w == "of" || w == "about" || w == "on" || w == "for" || w == "with" || w == "so" || w == "nothing" || w == "yes" || w == "no" || w == "by" {
		return -1
	}
	if j == i && notReport(d.low(i-1), d.low(j)) {
		return -1
	}
	return j
}

// notReport reports whether the cue word v, followed by the word w,
// reports nothing: "added to her lead", "reported from Los Angeles".
func notReport(v, w string) bool {
	return strings.HasPrefix(v, "add") && w == "to" || strings.HasPrefix(v, "report") && (w == "from" || w == "to")
}

// continuations gives an unattributed quotation the speaker and cue of
// an attribution next to it, as news copy runs one speaker's words over
// several paragraphs: the attribution just before it, in the same or the
// previous paragraph (or the one before, when the paragraph between is
// itself the speaker's), else the attributed quotation just after it in
// the same or the next paragraph ("“…” / “…,” she said.").
func (d *doc) continuations() {
	sort.Slice(d.rels, func(a, b int) bool { return d.rels[a].content.lo < d.rels[b].content.lo })
	var out []rel
	ri := 0
	last := none
	var lastRel rel
	for qi := range d.quotes {
		q := &d.quotes[qi]
		for ri < len(d.rels) && d.rels[ri].content.lo < q.open {
			if r := d.rels[ri]; r.cue.ok() && (!last.ok() || r.content.hi >= last.hi) {
				last, lastRel = r.content, r
			}
			ri++
		}
		if q.used || d.claimed[q.open] {
			continue
		}
		para := d.toks[q.open].para
		if last.ok() && para-d.toks[last.hi].para <= 1 && !d.between(last.hi, q.open, lastRel) && (lastRel.direct || d.quietBefore(last.hi, q.open, lastRel) || d.joinedBefore(last.hi, q.open, lastRel)) {
			r := rel{spk: lastRel.spk, cue: lastRel.cue, content: span{q.open, q.close}, direct: true}
			out = append(out, r)
			last, lastRel = r.content, r
			q.used = true
			continue
		}
		if ri < len(d.rels) {
			if r := d.rels[ri]; r.direct && r.cue.ok() && d.toks[r.content.lo].para-d.toks[q.close].para == 1 && d.quietBefore(q.close, r.content.lo, r) {
				out = append(out, rel{spk: r.spk, cue: r.cue, content: span{q.open, q.close}, direct: true})
				q.used = true
				continue
			}
		}
		// A quotation standing as its own sentence, unattributed; but
		// not a title ("“Orange Is the New Black”").
		if (q.words >= 4 && (q.open == 0 || d.toks[q.open-1].sent != d.toks[q.open].sent || d.sentEnd(q.open-1)) || q.words >= 8) && !d.quotedTitle(q) {
			out = append(out, rel{spk: none, cue: none, content: span{q.open, q.close}, direct: true})
			q.used = true
		}
	}
	d.rels = append(d.rels, out...)
	sort.SliceStable(d.rels, func(a, b int) bool { return d.rels[a].content.lo < d.rels[b].content.lo })
}

// quotedTitle reports whether quotation q is a short title in title
// case: at most eight words, all of four letters or more capitalised.
func (d *doc) quotedTitle(q *qmark) bool {
	if q.words > 8 {
		return false
	}
	long := 0
	for k := q.open + 1; k < q.close; k++ {
		if d.word(k) && len([]rune(d.low(k))) >= 4 {
			if !d.toks[k].cap {
				return false
			}
			long++
		}
	}
	return long > 0
}

// quietBefore reports whether the tokens strictly between a and b hold
// no words outside quotations but r's speaker and cue: nothing else
// separates a quotation from the attribution r it continues.
func (d *doc) quietBefore(a, b int, r rel) bool {
	for k := a + 1; k < b; k++ {
		in := r.spk.ok() && k >= r.spk.lo && k <= r.spk.hi || r.cue.ok() && k >= r.cue.lo && k <= r.cue.hi
		if d.toks[k].kind == kWord && d.toks[k].quote < 0 && !in {
			return false
		}
	}
	return true
}

// joinedBefore reports whether a quotation opening at b carries on, in
// the sentence of r's cue, the report r whose content ends at a, joined
// by a conjunction alone: "Zimmerman said he had offers, but “the offers
// were …”".
func (d *doc) joinedBefore(a, b int, r rel) bool {
	if !r.cue.ok() || d.toks[b].sent != d.toks[r.cue.hi].sent || b-a > 4 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if w := d.low(k); d.toks[k].kind == kWord && w != "but" && w != "and" && w != "that" {
			return false
		}
	}
	return true
}

// between reports whether a cue word other than a quotation's or than
// last's own sits between tokens a and b (a new speaker may have taken
// over); last's cue follows its content in "…, Smith said. “…”".
func (d *doc) between(a, b int, last rel) bool {
	for _, r := range d.rels {
		if r.cue.ok() && r.cue.lo > a && r.cue.hi < b && !r.direct && r.cue != last.cue {
			return true
		}
	}
	return false
}

func (d *doc) span(s span) *Span {
	if !s.ok() {
		return nil
	}
	a, b := int(d.toks[s.lo].start), int(d.toks[s.hi].end)
	return &Span{Text: string(d.rs[a:b]), Start: a, End: b}
}

// trimContraction drops an auxiliary glued to the end of a speaker
// ("they’ve said", "we’re told"): the speaker is the pronoun.
func trimContraction(s *Span) {
	if !strings.ContainsAny(s.Text, "’'") {
		return
	}
	if low := strings.ToLower(s.Text); low != "" {
		// "he’s said": the speaker is the pronoun.
		for _, p := range []string{"he", "she", "it", "who", "that"} {
			if low == p+"’s" || low == p+"'s" {
				s.Text = s.Text[:len(p)]
				s.End -= 2
				return
			}
		}
	}
	for _, suf := range []string{"’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d", "’m", "'m"} {
		if len(s.Text) > len(suf) && strings.HasSuffix(strings.ToLower(s.Text), suf) {
			s.Text = s.Text[:len(s.Text)-len(suf)]
			s.End -= len([]rune(suf))
			return
		}
	}
}

// output turns token ranges into Quotes and resolves speakers.
func (d *doc) output() []Quote {
	res := newResolver()
	out := make([]Quote, 0, len(d.rels))
	for _, r := range d.rels {
		q := Quote{Speaker: d.span(r.spk), Cue: d.span(r.cue), Direct: r.direct}
		q.Content = *d.span(r.content)
		if q.Speaker != nil {
			trimContraction(q.Speaker)
			q.Speaker.Canonical = res.resolve(d.toks[r.spk.lo:r.spk.hi+1], q.Speaker.Text)
		}
		out = append(out, q)
	}
	return out
}
