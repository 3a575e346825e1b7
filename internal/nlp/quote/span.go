package quote

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The rules find a speaker's head well but often not its extent: an
// apposition they take that the annotators leave out ("Ramos, 58,
// told"), a title or a quantifier they drop ("About three-quarters",
// "Sen. Bernie Sanders (I-Vt.)"), a verb or an adverb they let in ("His
// campaign sued"). The span pass moves the two ends of every speaker the
// rules found to the token boundaries a linear model, learned from the
// PolNeAR train split, scores best near them. The model scores each end
// on its own (the words and word classes at and beside it, and how far
// it moved), so the choice costs a few lookups a candidate.

// Limits of the span pass: an end moves outwards over at most spanWiden
// tokens, and inwards over at most spanNarrow or, further, to a comma or
// a dash; the first token may also move out, over at most spanReach
// tokens and two commas, to where the free stretch before the speaker
// begins ("China, Pyongyang's only ally and its economic lifeline to the
// outside world, (said)").
const (
	spanWiden  = 5
	spanReach  = 30
	spanNarrow = 6
)

// Span-model feature names start with these prefixes in keep.tsv: "Sl"
// for the first token of a speaker, "Sh" for its last.
const (
	spanLo = "Sl"
	spanHi = "Sh"
)

// spanEnds are the candidate ends of one speaker: the first tokens in
// los, the last tokens in his, with the rule's own choice at lo0, hi0.
type spanEnds struct {
	los, his []int
	lo0, hi0 int
	after    bool // the speaker follows its cue
}

// spanCandidates lists the ends the pass may move the speaker s of
// relation r to: tokens of s's sentence, outside quotations and outside
// the cues and contents in occ, that keep a word at either end (or a
// closing bracket or a per cent sign at the last). An end moves outwards
// only over words and brackets, not over a comma, which the rules read
// as the edge of an apposition, but for the first token's move to the
// start of the free stretch (its sentence's start, or the end of a
// quotation, a cue or a content), which may cross two; inwards it may
// also move to a comma or a dash further in.
func (d *doc) spanCandidates(r rel, occ []bool, c *spanEnds) bool {
	s := r.spk
	if !s.ok() || !r.cue.ok() || r.fixed || s.hi >= len(d.toks) || s.lo == s.hi && (lex.subjPron[d.low(s.lo)] || possPron[d.low(s.lo)]) {
		return false // and a lone pronoun stays as it is
	}
	c.los, c.his = c.los[:0], c.his[:0]
	c.lo0, c.hi0 = s.lo, s.hi
	c.after = s.lo > r.cue.hi
	sent := d.toks[s.lo].sent
	if d.toks[s.hi].sent != sent || isDash(d.low(s.hi)) {
		return false // and an aside between dashes keeps its extent
	}
	free := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].sent == sent && !occ[k] && d.toks[k].quote < 0 && d.toks[k].kind != kQuote
	}
	for k := s.lo; k <= s.hi; k++ {
		if !free(k) {
			return false
		}
	}
	last := func(k int) bool { return d.word(k) || d.low(k) == ")" || d.low(k) == "%" }
	commas := 0
	for k := s.lo - 1; k >= s.lo-spanReach && free(k); k-- {
		if d.low(k) == "," {
			commas++
			continue
		}
		if d.word(k) && (k >= s.lo-spanWiden && commas == 0 || commas <= 2 && d.low(k-1) != "," && !free(k-1)) {
			c.los = append(c.los, k)
		}
	}
	c.los = append(c.los, s.lo)
	for k := s.lo + 1; k <= s.hi; k++ {
		// Far in, only after a comma or a dash: "PARIS, Aug 31
		// (Reuters) - France’s far-right …"; and a speaker after its
		// cue never starts at a relative pronoun: "according to (an
		// aide who attended)".
		if w := d.low(k); c.after && (w == "who" || w == "which" || w == "that" || w == "whose") {
			continue
		}
		if p := d.low(k - 1); d.word(k) && (k <= s.lo+spanNarrow || p == "," || isDash(p)) {
			if p == "," && d.placeAfter(k, s.hi) {
				continue // "a woman in Worcester, (Massachusetts)"
			}
			c.los = append(c.los, k)
		}
	}
	for k := s.lo; k < s.hi; k++ {
		// Far in, only before a comma, a dash or a bracket: "Robert
		// Stone, a 59-year-old from Hilton Head, South Carolina, who …".
		if n := d.low(k + 1); last(k) && (k >= s.hi-spanNarrow || d.word(k) && (n == "," || isDash(n) || n == "(")) {
			c.his = append(c.his, k)
		}
	}
	c.his = append(c.his, s.hi)
	// Outwards, brackets must close: "Sen. Bernie Sanders (I-Vt.)".
	depth := 0
	for k := s.lo; k <= s.hi; k++ {
		depth += bracket(d.low(k))
	}
	for k := s.hi + 1; k <= s.hi+spanWiden && free(k) && d.low(k) != ","; k++ {
		if depth += bracket(d.low(k)); depth < 0 {
			break
		}
		if depth == 0 && last(k) {
			c.his = append(c.his, k)
		}
	}
	return true
}

// placeAfter reports whether the place name of a city opens at token k,
// after a comma, within a phrase ending at hi: "Worcester,
// (Massachusetts)", "Columbia, (South Carolina) (says)".
func (d *doc) placeAfter(k, hi int) bool {
	if !d.cityBefore(k - 1) {
		return false
	}
	for e := k; e <= hi && e <= k+2; e++ {
		if d.placeAt(k, e) {
			return true
		}
	}
	return false
}

// bracket is +1 for an opening bracket, -1 for a closing one, else 0.
func bracket(w string) int {
	switch w {
	case "(":
		return 1
	case ")":
		return -1
	}
	return 0
}

// spanClass is the word class of token k for the span model, worked
// out once per token.
func (d *doc) spanClass(k int) string {
	if k < 0 || k >= len(d.toks) {
		return "^"
	}
	if d.spanCls == nil {
		d.spanCls = make([]string, len(d.toks))
	}
	if d.spanCls[k] == "" {
		d.spanCls[k] = d.wordClass(k)
	}
	return d.spanCls[k]
}

// wordClass is spanClass without the memo.
func (d *doc) wordClass(k int) string {
	t := d.toks[k]
	w := t.low
	switch {
	case t.kind == kQuote:
		return "Q"
	case t.kind == kPunct:
		if isDash(w) {
			return "-"
		}
		return w
	case w == "who" || w == "which" || w == "that" || w == "and" || w == "of" || w == "in" || w == "at" || w == "for" ||
		w == "from" || w == "with" || w == "by" || w == "on" || w == "to" || w == "the" || w == "a" || w == "an":
		return w
	case lex.subjPron[w]:
		return "PRON"
	case unicode.IsDigit([]rune(w)[0]):
		return "NUM"
	case lex.titles[w] && (t.cap || !lex.roleNouns[w]):
		return "TITLE"
	case lex.roleNouns[w]:
		return "ROLE"
	case lex.det[w]:
		return "DET"
	case t.cap:
		if d.possessive(k) {
			return "CAPS"
		}
		return "CAP"
	case lex.stop[w]:
		return "STOP"
	case lex.finite[w]:
		return "V"
	case d.possessive(k):
		return "POSS"
	case strings.HasSuffix(w, "ly") && len(w) > 4 && !lex.lyAdj[w]:
		return "LY"
	case strings.HasSuffix(w, "ing"):
		return "ING"
	case strings.HasSuffix(w, "ed"):
		return "ED"
	}
	return "LOW"
}

// spanWord is token k's form for the span model, with the edges of its
// sentence and the cue and content of the relation marked.
func (d *doc) spanWord(k int, r rel, sent int32) string {
	switch {
	case k < 0 || k >= len(d.toks) || d.toks[k].sent != sent:
		return "^"
	case k >= r.cue.lo && k <= r.cue.hi:
		return "CUE"
	case k >= r.content.lo && k <= r.content.hi:
		return "CON"
	}
	return d.toks[k].low
}

// spanDelta buckets how far an end moved.
func spanDelta(n int) string {
	switch {
	case n < -3:
		return "<-3"
	case n > 3:
		return ">3"
	}
	return strconv.Itoa(n)
}

// spanFeats gives f the features of ending relation r's speaker at
// token k: its first token when lo, else its last.
func (d *doc) spanFeats(f *featSet, r rel, c *spanEnds, k int, lo bool) {
	sent := d.toks[r.spk.lo].sent
	pre, out, orig := spanHi, k+1, c.hi0
	if lo {
		pre, out, orig = spanLo, k-1, c.lo0
	}
	side := "b"
	if c.after {
		side = "a"
	}
	in, ow := d.spanClass(k), d.spanWord(out, r, sent)
	oc := ow
	if ow != "^" && ow != "CUE" && ow != "CON" {
		oc = d.spanClass(out)
	}
	dl := spanDelta(k - orig)
	// The token beyond the outer neighbour: what follows a comma ("Ramos,
	// 58, told", "Trump, who has …, said") or precedes one.
	out2 := out + 1
	if lo {
		out2 = out - 1
	}
	o2 := d.spanWord(out2, r, sent)
	if o2 != "^" && o2 != "CUE" && o2 != "CON" {
		o2 = d.spanClass(out2)
	}
	f.reset()
	f.add(pre, "o2=", oc, "|", o2)
	f.add(pre, "d=", side, dl)
	f.add(pre, "w=", d.low(k))
	f.add(pre, "o=", ow)
	f.add(pre, "c=", in)
	f.add(pre, "oc=", oc)
	f.add(pre, "oc|c=", oc, "|", in)
	f.add(pre, "d|c=", dl, "|", in)
	n := c.hi0 - k
	if !lo {
		n = k - c.lo0
	}
	f.add(pre, "n=", side, lenBucket(n+1))
	if lo {
		// A lower-case word right before a capitalised one inside the
		// phrase: "something Republicans (wanted)", "columns Bradley
		// (wrote)" read an object before the subject; "contender Donald
		// Trump" does not.
		for m := c.hi0 - 1; m >= k; m-- {
			if d.word(m) && !d.toks[m].cap && d.word(m+1) && d.toks[m+1].cap {
				f.add(pre, "in=", d.spanClass(m))
				break
			}
		}
	}
	if lo && k < c.lo0 {
		// The preposition the first token moves out over, if any: "The
		// statement by (the two)", "half of (voters)".
		for m := k + 1; m < c.lo0; m++ {
			if x := d.spanClass(m); x == "by" || x == "of" || x == "in" || x == "for" || x == "at" || x == "from" || x == "with" || x == "on" {
				f.add(pre, "p=", x, "|", d.spanClass(m-1))
				break
			}
		}
		// How many commas the first token moved out over, with the
		// word before it.
		x := 0
		for m := k; m < c.lo0; m++ {
			if d.low(m) == "," {
				x++
			}
		}
		f.add(pre, "x=", strconv.Itoa(x), "|", ow)
	}
}

// spanPass moves the ends of the speakers the rules found to the
// boundaries the span model prefers.
func (d *doc) spanPass() {
	if len(lex.keep) == 0 || len(d.rels) == 0 {
		return
	}
	occ := d.occupied()
	f := &featSet{model: lex.keep, buf: make([]byte, 0, 64)}
	var c spanEnds
	for i := range d.rels {
		r := d.rels[i]
		if !d.spanCandidates(r, occ, &c) {
			continue
		}
		// The last token first, then the first at or before it.
		hi, best := c.hi0, math.Inf(-1)
		for _, k := range c.his {
			if d.spanFeats(f, r, &c, k, false); f.score > best {
				hi, best = k, f.score
			}
		}
		lo := c.lo0
		best = math.Inf(-1)
		for _, k := range c.los {
			if k > hi {
				continue
			}
			if d.spanFeats(f, r, &c, k, true); f.score > best {
				lo, best = k, f.score
			}
		}
		d.rels[i].spk = d.cutVerb(span{lo, hi})
	}
}

// occupied marks the tokens of the relations' cues and contents, which
// no speaker may take.
func (d *doc) occupied() []bool {
	occ := make([]bool, len(d.toks))
	for _, r := range d.rels {
		for _, s := range []span{r.cue, r.content} {
			if s.ok() {
				for k := s.lo; k <= s.hi && k < len(occ); k++ {
					occ[k] = true
				}
			}
		}
	}
	return occ
}

// spanExample is one speaker end to choose in training: the feature ids
// of each candidate, and which candidate the gold source ends at.
type spanExample struct {
	feats [][]int32
	gold  int
}

// trainSpeakers trains the span model on docs with an averaged
// structured perceptron over the given number of epochs, reading the
// speakers the rule passes find (with the package's cue table and the
// keep model in force) in document order, and returns the features
// to keep with their averaged weights. An end's gold is where the source
// of the gold attribution whose cue holds the relation's cue starts or
// ends; a relation whose gold source is absent, discontinuous or not
// among the candidates is left out.
func trainSpeakers(docs []Annotated, epochs int) (names []string, weights []float64) {
	ids := make(map[string]int32)
	var list []string
	intern := func(fs []string) []int32 {
		out := make([]int32, len(fs))
		for i, f := range fs {
			id, ok := ids[f]
			if !ok {
				id = int32(len(list))
				ids[f] = id
				list = append(list, f)
			}
			out[i] = id
		}
		return out
	}
	var data []spanExample
	var fs featSet
	var c spanEnds
	for _, g := range passDocs(docs) {
		d := g.d
		d.rulePasses()
		occ := d.occupied()
		for _, r := range d.rels {
			if !d.spanCandidates(r, occ, &c) {
				continue
			}
			gi := 0
			for k := r.cue.lo; k <= r.cue.hi && gi == 0; k++ {
				gi = g.in[k]
			}
			if gi == 0 || len(g.src[gi-1]) != 1 {
				continue
			}
			glo, ghi := g.tokenSpan(g.src[gi-1][0])
			for _, side := range []struct {
				cands []int
				gold  int
				lo    bool
			}{{c.los, glo, true}, {c.his, ghi, false}} {
				ex := spanExample{gold: -1}
				for i, k := range side.cands {
					if k == side.gold {
						ex.gold = i
					}
					d.spanFeats(&fs, r, &c, k, side.lo)
					ex.feats = append(ex.feats, intern(fs.names))
				}
				if ex.gold >= 0 {
					data = append(data, ex)
				}
			}
		}
	}
	w := make([]float64, len(list))
	total := make([]float64, len(list))
	stamp := make([]int, len(list))
	// A feature counts as seen on every candidate it marks, right or
	// wrong: one that only ever marks wrong ends ("something
	// Republicans") is what tells them apart.
	seen := make([]int, len(list))
	for _, ex := range data {
		for _, fs := range ex.feats {
			for _, f := range fs {
				seen[f]++
			}
		}
	}
	step := 1
	touch := func(f int32) {
		total[f] += float64(step-stamp[f]) * w[f]
		stamp[f] = step
	}
	for range epochs {
		for _, ex := range data {
			best, bs := 0, math.Inf(-1)
			for i, fs := range ex.feats {
				s := 0.0
				for _, f := range fs {
					s += w[f]
				}
				if s > bs {
					best, bs = i, s
				}
			}
			if best != ex.gold {
				for _, f := range ex.feats[ex.gold] {
					touch(f)
					w[f]++
				}
				for _, f := range ex.feats[best] {
					touch(f)
					w[f]--
				}
			}
			step++
		}
	}
	for i, f := range list {
		touch(int32(i))
		if avg := total[i] / float64(step-1); math.Abs(avg) >= minKeepWeight && seen[i] >= minKeepSeen {
			names = append(names, f)
			weights = append(weights, avg)
		}
	}
	return names, weights
}

// tokenSpan returns the first and last token of the gold span s, with
// surrounding white space and a trailing comma left out, or -1 for an
// end that falls inside a token.
func (g goldDoc) tokenSpan(s Span) (int, int) {
	start, end := s.Start, s.End
	rs := g.d.rs
	for end > start && end <= len(rs) && (rs[end-1] == ',' || unicode.IsSpace(rs[end-1])) {
		end--
	}
	for start < end && unicode.IsSpace(rs[start]) {
		start++
	}
	lo, hi := -1, -1
	for k, t := range g.d.toks {
		if int(t.start) == start {
			lo = k
		}
		if int(t.end) == end {
			hi = k
			break
		}
	}
	return lo, hi
}
