package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// The rules above read a cue word only in the frames they know; the
// fallback pass reads every word the cue table says is often a cue, and
// the rules left alone, in one plain frame (the noun phrase before the
// cue, or a possessive pronoun before a noun cue, is the source, the
// clause after it, or the sentence before it, the content), and keeps
// the candidate when a logistic regression learned from the PolNeAR
// train split gives it good enough odds.

// keepTable holds the weights of that model, written by `go run
// ./cmd/train quotes`.
//
//go:embed keep.tsv
var keepTable []byte

// minCandShare and minCandHits pick the words the fallback pass reads:
// those a gold cue holds in at least minCandShare of their occurrences,
// and at least minCandHits times, in the train split.
const (
	minCandShare = 0.08
	minCandHits  = 3
)

// Features seen fewer than minKeepSeen times in training, or whose
// weight is below minKeepWeight (the span model's averaged perceptron
// weights) or minOddsWeight (the keep model's log-odds), are left out of
// keep.tsv.
const (
	minKeepSeen   = 3
	minKeepWeight = 0.1
	minOddsWeight = 0.01
)

// The keep model is fitted by stochastic gradient ascent on the
// log-likelihood, less an L2 penalty of keepL2 on each weight, with a
// step of keepRate / (1 + epoch). The penalty, not a count cut-off,
// keeps rare features small: with it the model may read features seen
// only a few times, which the perceptron it replaced could not.
const (
	keepRate = 0.05
	keepL2   = 1e-3
)

// featSet receives the features of one fallback candidate. With a
// model it only sums their weights, building each feature name in buf
// and looking it up without allocating; without one it collects the
// names for training.
type featSet struct {
	model keepModel
	buf   []byte
	score float64
	names []string
}

func (f *featSet) reset() {
	f.score = 0
	f.names = f.names[:0]
}

// add adds the feature whose name is the concatenation of parts.
func (f *featSet) add(parts ...string) {
	f.buf = f.buf[:0]
	for _, p := range parts {
		f.buf = append(f.buf, p...)
	}
	if f.model != nil {
		f.score += f.model[string(f.buf)]
		return
	}
	f.names = append(f.names, string(f.buf))
}

// fallbackCandidate proposes an attribution for the free word at k and
// gives its features to f, or reports false when k cannot be a cue in
// the plain frame.
func (d *doc) fallbackCandidate(k int, f *featSet) (rel, bool) {
	t := d.toks[k]
	if t.kind != kWord || t.quote >= 0 || d.claimed[k] {
		return rel{}, false
	}
	fw, ok := lex.fallback[t.low]
	if !ok {
		return rel{}, false
	}
	share, info, core := fw.share, fw.info, fw.inCues
	if t.cap && k > 0 && d.toks[k-1].sent == t.sent && d.toks[k-1].kind != kQuote && !d.titleCase(k) || d.falseCue(k) || lex.raising[t.low] {
		return rel{}, false
	}
	cue := d.cueSpan(k)
	for m := cue.lo; m <= cue.hi; m++ {
		if d.claimed[m] || d.toks[m].quote >= 0 {
			return rel{}, false
		}
	}
	lo, hi := d.sentBounds(k)
	hi = d.trimEnd(hi)
	if feeling[t.low] && lex.beFinite[d.low(cue.lo-1)] && !d.claimed[cue.lo-1] {
		cue.lo-- // "are worried about": a feeling of the subject
	}
	spk := d.leftNP(cue.lo)
	prev := d.low(cue.lo - 1)
	if info.participle && d.objectNP(spk) {
		spk = none
	}
	shared := false
	if !spk.ok() && (prev == "," || prev == "and" || prev == "but" || info.participle) {
		if spk = d.prevSpeaker(cue.lo); !spk.ok() {
			spk = d.sentSubject(cue.lo)
		}
		shared = spk.ok()
	}
	if spk.ok() && !shared && d.claimed[spk.lo] || d.passive(cue) {
		spk = none
	}
	if !spk.ok() && possPron[prev] && !d.claimed[cue.lo-1] {
		spk = span{cue.lo - 1, cue.lo - 1} // "his remarks about …", "her call for …"
	}
	frame := "fwd"
	var content span
	switch {
	case spk.ok() && spk.lo-1 > lo && d.low(spk.lo-1) == "," && (cue.hi >= hi || d.low(cue.hi+1) == "," || d.sentEnd(cue.hi+1)):
		frame, content = "inv", span{lo, spk.lo - 2}
	case prev == "," && cue.lo-2 > lo && (cue.hi >= hi || d.npWord(cue.hi+1)):
		if np := d.rightSpeaker(cue.hi + 1); np.ok() && (np.hi >= hi || d.low(np.hi+1) == ",") {
			frame, spk, content = "invr", np, span{lo, cue.lo - 2}
			break
		}
		fallthrough
	default:
		j := cue.hi + 1
		for j <= hi && (d.low(j) == "," || d.low(j) == ":") {
			j++
		}
		if j > hi {
			return rel{}, false
		}
		if w := d.low(j); w == "during" || w == "after" || w == "before" || w == "on" && d.circumstance(j+1) || j == cue.hi+1 && notReport(d.low(cue.hi), w) {
			return rel{}, false // "read on and on", "spoke on Monday": circumstances, not content
		}
		content = span{j, d.clauseEnd(j, hi)}
		if cue.lo == lo && strings.HasSuffix(d.low(cue.lo), "ed") {
			// "Asked about the approach, the senator would only say …":
			// an opening participle clause ends at its comma.
			for m := j + 1; m < content.hi; m++ {
				if d.low(m) == "," && d.toks[m].quote < 0 {
					content.hi = m - 1
					break
				}
			}
		}
	}
	if content.hi < content.lo {
		return rel{}, false
	}
	words := 0
	for m := content.lo; m <= content.hi; m++ {
		if d.claimed[m] {
			content.hi = d.trimEnd(m - 1)
			for content.hi > content.lo && (d.low(content.hi) == "and" || d.low(content.hi) == "but") {
				content.hi = d.trimEnd(content.hi - 1)
			}
			break
		}
		if d.toks[m].kind == kWord {
			words++
		}
	}
	if words == 0 || content.hi < content.lo {
		return rel{}, false
	}
	w := t.low
	st := d.spkType(spk)
	cs := d.startType(content.lo)
	sf := suffix(w)
	f.reset()
	f.add("b")
	f.add("w=", w)
	f.add("sh=", strconv.Itoa(int(math.Min(share, 0.99)*10)))
	f.add("fr=", frame)
	f.add("spk=", st)
	f.add("cs=", cs)
	f.add("pv=", prev)
	f.add("nx=", d.low(cue.hi+1))
	f.add("len=", lenBucket(words))
	f.add("w|cs=", w, "|", cs)
	f.add("w|spk=", w, "|", st)
	f.add("w|fr=", w, "|", frame)
	f.add("spk|cs=", st, "|", cs)
	f.add("suf=", sf)
	f.add("suf|cs=", sf, "|", cs)
	f.add("cw=", strconv.Itoa(cue.hi-cue.lo+1))

	f.add("w|nx=", w, "|", d.low(cue.hi+1))
	f.add("w|pv=", w, "|", prev)
	busy := "0"
	for m := lo; m <= hi; m++ {
		if d.claimed[m] {
			busy = "1"
			break
		}
	}
	f.add("busy=", busy)
	f.add("busy|fr=", busy, "|", frame)
	if spk.ok() && !d.toks[spk.hi].cap {
		f.add("sw=", d.low(spk.hi))
	}
	if spk.ok() {
		f.add("pp=", d.low(spk.lo-1))
	} else {
		f.add("pp=", prev)
	}
	if t.para == 0 {
		f.add("para0")
	}
	f.add("nx2=", d.low(cue.hi+2))
	if spk.ok() {
		f.add("sf=", d.low(spk.lo))
	}
	if core {
		f.add("lex")
		f.add("cls=", strconv.Itoa(int(info.class)))
	}
	if cue.lo == lo {
		f.add("first")
	}
	if content.lo <= hi && d.toks[content.lo].kind == kQuote || d.toks[content.hi].kind == kQuote {
		f.add("quote")
	}
	return rel{spk: spk, cue: cue, content: content, shared: shared}, true
}

// feeling holds the participles that, after "be", state a feeling of
// the subject, whose report the fallback pass reads with "be" in its
// cue: "are worried about", "is convinced that".
var feeling = words(`worried concerned pleased interested convinced satisfied disappointed frustrated excited surprised shocked
alarmed angered annoyed confused delighted determined dismayed encouraged upset troubled puzzled`)

// circumstance reports whether the words from token i, after "on",
// say when or where something was said rather than what about: "on
// Monday", "on and on", "on the campaign trail", "on Twitter".
func (d *doc) circumstance(i int) bool {
	if !d.word(i) {
		return true
	}
	w := d.low(i)
	if w == "the" || w == "a" || w == "his" || w == "her" || w == "their" {
		w = d.low(i + 1)
	}
	return lex.weekdays[w] || w == "and" || unicode.IsDigit([]rune(w)[0]) || d.toks[i].cap && !lex.det[d.low(i)] || onCircumstance[w]
}

// onCircumstance holds the words after "on" (and an article or a
// possessive) that say when, where or how something was said.
var onCircumstance = words(`today tonight morning afternoon evening night weekend campaign trail phone air
stage floor show program programme radio television tv camera record behalf condition background twitter facebook`)

// spkType classes a source phrase for the keep model.
func (d *doc) spkType(s span) string {
	switch {
	case !s.ok():
		return "none"
	case s.lo == s.hi && (lex.subjPron[d.low(s.lo)] || d.low(s.lo) == "which"):
		return d.low(s.lo)
	case s.lo == s.hi && possPron[d.low(s.lo)] || d.possessive(s.hi):
		return "poss"
	case d.toks[s.hi].cap:
		return "name"
	case lex.roleNouns[d.low(s.hi)]:
		return "role"
	}
	return "np"
}

// possPron holds the possessive pronouns that speak for the noun cue
// after them ("his remarks about …").
var possPron = words(`his her their its my our your`)

// startType classes the first token of a content for the keep model.
func (d *doc) startType(i int) string {
	t := d.toks[i]
	w := t.low
	switch {
	case t.kind == kQuote:
		return "quote"
	case t.kind != kWord:
		return "punct"
	case w == "that" || w == "to" || w == "whether" || w == "if" || w == "how" || w == "what" || w == "why" || w == "about" ||
		w == "for" || w == "of" || w == "on" || w == "with" || w == "by" || w == "in":
		return w
	case lex.subjPron[w]:
		return "pron"
	case lex.det[w]:
		return "det"
	case t.cap:
		return "cap"
	case strings.HasSuffix(w, "ing"):
		return "ing"
	case unicode.IsDigit([]rune(w)[0]):
		return "num"
	case lex.stop[w]:
		return "stop"
	}
	return "word"
}

func lenBucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	}
	return "21+"
}

func suffix(w string) string {
	for _, s := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, s) {
			return s
		}
	}
	return "-"
}

// keepThreshold is the log-odds above which the fallback pass keeps a
// candidate: odds of about 0.6, a chance of about 0.38 that its speaker
// is right. The speaker-attributed F1 gains from a candidate right more
// often than about a third of the time; four-fold cross-validation on
// the train split puts the best cut near -0.5.
const keepThreshold = -0.5

// keepModel is a linear model over candidate features.
type keepModel map[string]float64

// fallbackPass adds the candidates the keep model accepts, in text
// order; an accepted candidate claims its tokens before the next is read.
func (d *doc) fallbackPass() {
	if len(lex.keep) == 0 {
		return
	}
	f := &featSet{model: lex.keep, buf: make([]byte, 0, 64)}
	for k := range d.toks {
		if r, ok := d.fallbackCandidate(k, f); ok && f.score > keepThreshold {
			d.add(r)
		}
	}
}

// nestedCandidate reports whether the candidate r, read inside the
// content of the report outer, may stand as a report of its own: its
// speaker lies inside that content ("…, and NBC News will accuse you of
// …"), or is outer's own speaker and its cue follows "and" or a comma
// ("He says he respects Clinton and calls her “…”"); its content
// follows its cue and ends within outer's.
func (d *doc) nestedCandidate(outer, r rel) bool {
	if !r.spk.ok() || r.content.lo <= r.cue.hi || r.content.hi > outer.content.hi {
		return false
	}
	if r.spk.lo > outer.content.lo+2 {
		return true
	}
	p := d.low(r.cue.lo - 1)
	return r.shared && r.spk == outer.spk && r.cue.lo > outer.content.lo+3 && (p == "and" || p == ",")
}

// nestedCut returns where the content of outer ends when the nested
// report r splits it: before r's speaker, or before its cue when the
// two share a speaker, less a joining conjunction or comma; ok is false
// when fewer than three words would be left.
func (d *doc) nestedCut(outer, r rel) (end int, ok bool) {
	at := r.spk.lo
	if at <= outer.content.lo+2 {
		at = r.cue.lo
	}
	end = d.trimEnd(at - 1)
	for end > outer.content.lo && (d.low(end) == "and" || d.low(end) == "but" || d.low(end) == "," || d.low(end) == ";") {
		end = d.trimEnd(end - 1)
	}
	words := 0
	for m := outer.content.lo; m <= end; m++ {
		if d.word(m) {
			words++
		}
	}
	return end, words >= 3
}

// addNested adds the features that mark a candidate read inside the
// content of another report.
func (f *featSet) addNested(d *doc, r rel) {
	f.add("nest")
	f.add("nest|pv=", d.low(r.cue.lo-1))
	if r.spk.ok() && r.shared {
		f.add("nest|shared")
	}
	if r.spk.ok() {
		f.add("nest|spv=", d.low(r.spk.lo-1))
	}
}

// splitPass reads the cue words inside the content of an indirect report
// ("He called on the United States to act and proposed a safe zone",
// "…, and NBC News will accuse you of …"): PolNeAR ends a reported
// clause where another attribution with a speaker of its own begins. A
// candidate the keep model accepts there cuts the outer content before
// its speaker and stands as a relation of its own.
func (d *doc) splitPass() {
	if len(lex.keep) == 0 {
		return
	}
	f := &featSet{model: lex.keep, buf: make([]byte, 0, 64)}
	n := len(d.rels)
	for i := 0; i < n; i++ {
		outer := d.rels[i]
		if outer.direct || !outer.cue.ok() || outer.content.hi-outer.content.lo < 5 {
			continue
		}
		d.setClaimed(outer.content, false)
		for k := outer.content.lo + 3; k <= d.rels[i].content.hi; k++ {
			w := d.low(k)
			if _, ok := lex.fallback[w]; !ok || d.toks[k].quote >= 0 {
				continue
			}
			r, ok := d.fallbackCandidate(k, f)
			if !ok || !d.nestedCandidate(outer, r) {
				continue
			}
			if f.addNested(d, r); f.score <= keepThreshold {
				continue
			}
			end, ok := d.nestedCut(outer, r)
			if !ok {
				continue
			}
			d.rels[i].content.hi = end
			d.add(r)
			k = r.content.hi
		}
		d.setClaimed(outer.content, true)
	}
	if len(d.rels) > n {
		sort.SliceStable(d.rels, func(a, b int) bool { return d.rels[a].content.lo < d.rels[b].content.lo })
	}
}

// setClaimed marks the tokens of s claimed or free.
func (d *doc) setClaimed(s span, v bool) {
	for m := s.lo; m <= s.hi; m++ {
		d.claimed[m] = v
	}
}

// TrainKeep trains the keep model of the fallback pass on docs, a
// logistic regression fitted over the given number of epochs, reading
// the documents in order (training is deterministic), and returns its
// weights as tab-separated text, which the package embeds as keep.tsv;
// the weights of the span pass's model (see trainSpeakers) follow.
// A candidate is positive when its cue word lies in a gold cue and its
// speaker shares a token with that attribution's source, or neither
// has one. The candidates are read as Extract reads them, with the cue
// table the package was built with.
func TrainKeep(docs []Annotated, epochs int) []byte {
	type example struct {
		feats []string
		pos   bool
	}
	var data []example
	seen := make(map[string]int)
	for _, g := range passDocs(docs) {
		d := g.d
		d.labels()
		d.directPass()
		d.indirectPass()
		var fs featSet
		for k := range d.toks {
			if r, ok := d.fallbackCandidate(k, &fs); ok {
				feats := append([]string(nil), fs.names...)
				data = append(data, example{feats, g.sourceMatch(k, r.spk, true)})
				for _, f := range feats {
					seen[f]++
				}
			}
		}
		// The candidates splitPass reads inside reported clauses.
		for _, outer := range d.rels {
			if outer.direct || !outer.cue.ok() {
				continue
			}
			if outer.content.hi-outer.content.lo < 5 {
				continue
			}
			d.setClaimed(outer.content, false)
			for k := outer.content.lo + 3; k <= outer.content.hi; k++ {
				if r, ok := d.fallbackCandidate(k, &fs); ok && d.nestedCandidate(outer, r) {
					fs.addNested(d, r)
					feats := append([]string(nil), fs.names...)
					data = append(data, example{feats, g.sourceMatch(k, r.spk, true)})
					for _, f := range feats {
						seen[f]++
					}
				}
			}
			d.setClaimed(outer.content, true)
		}
	}
	w := make(map[string]float64)
	for e := range epochs {
		rate := keepRate / float64(1+e)
		for _, ex := range data {
			s := 0.0
			for _, f := range ex.feats {
				s += w[f]
			}
			g := -1 / (1 + math.Exp(-s)) // the gradient of the log-likelihood in s
			if ex.pos {
				g++
			}
			for _, f := range ex.feats {
				w[f] += rate * (g - keepL2*w[f])
			}
		}
	}
	names := make([]string, 0, len(w))
	for f, v := range w {
		if math.Abs(v) >= minOddsWeight && seen[f] >= minKeepSeen {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	// The span model reads the speakers of the passes as Extract will,
	// with the keep model just trained.
	model := make(keepModel, len(names))
	for _, f := range names {
		model[f] = w[f]
	}
	sn, sw := withKeep(model, func() ([]string, []float64) { return trainSpeakers(docs, epochs) })
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Keep model of the quote fallback pass: logistic regression, %d epochs over %d candidates of the PolNeAR train split.\n", epochs, len(data))
	b.WriteString("# Then the span model of the span pass (features Sl…, Sh…): averaged structured perceptron over the speakers the rules find.\n")
	b.WriteString("# Written by `go run ./cmd/train quotes`. Do not edit.\n")
	for _, f := range names {
		fmt.Fprintf(&b, "%s\t%s\n", f, strconv.FormatFloat(w[f], 'g', 4, 64))
	}
	for i, f := range sn {
		fmt.Fprintf(&b, "%s\t%s\n", f, strconv.FormatFloat(sw[i], 'g', 4, 64))
	}
	return b.Bytes()
}

// withKeep runs fn with m as the keep model of the passes, for training
// only: the package's lexicon is shared, so no Extract may run meanwhile.
func withKeep[T, U any](m keepModel, fn func() (T, U)) (T, U) {
	old := lex.keep
	lex.keep = m
	defer func() { lex.keep = old }()
	return fn()
}

// parseKeep reads weights TrainKeep wrote.
func parseKeep(data []byte) (keepModel, error) {
	m := make(keepModel)
	err := eachTableLine(data, func(line int, s string) error {
		name, val, ok := strings.Cut(s, "\t")
		if !ok {
			return fmt.Errorf("line %d: no tab", line)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("line %d: bad weight %q", line, val)
		}
		m[name] = v
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("keep model: %w", err)
	}
	return m, nil
}

// eachTableLine calls fn with each line of a trained table but blank
// lines and # comments, numbered from 1.
func eachTableLine(data []byte, fn func(line int, s string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		if err := fn(line, s); err != nil {
			return err
		}
	}
	return sc.Err()
}
