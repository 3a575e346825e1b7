package ner

import (
	"math"
	"slices"
	"sort"
)

// BrownConfig configures InduceBrownClusters.
type BrownConfig struct {
	// Classes is the number of word classes, the leaves of the hierarchy
	// (default 256).
	Classes int
	// MinCount is the least number of occurrences for a word to be
	// clustered (default 3).
	MinCount int
	// MaxWords caps the vocabulary, most frequent first (default 50000).
	MaxWords int
	// Iterations caps the exchange passes over the vocabulary (default 15).
	Iterations int
	// Init, when set, gives the starting classes: words of one path (such
	// as InduceClusters gives) start in one class. Other words start round
	// robin by frequency rank.
	Init map[string]string
	// Logf, when set, receives progress lines.
	Logf func(format string, args ...any)
}

// InduceBrownClusters returns each word's path in a binary hierarchy of
// word classes, like Brown clusters (Brown et al. 1992): classes chosen to
// maximise the likelihood of a class bigram model of the sentences (the
// mutual information of adjacent classes), then merged bottom up, two at a
// time, by the same criterion; the bits of a path say which way to turn
// from the root.
//
// The leaf classes come from the exchange algorithm (Kneser & Ney 1993,
// Martin et al. 1998): each word in turn moves to the class that gains
// the most likelihood, until few words move. That takes seconds on a few
// million tokens, where Brown's agglomerative algorithm over the whole
// vocabulary takes hours, and gives classes of the same kind. It is
// deterministic: words start in classes by frequency rank, round robin.
func InduceBrownClusters(sents [][]string, cfg BrownConfig) map[string]string {
	if cfg.Classes <= 1 {
		cfg.Classes = 256
	}
	if cfg.Iterations <= 0 {
		cfg.Iterations = 15
	}
	// Word ids: the vocabulary by rank, then the sentence boundary and
	// the stand-in for all other words.
	_, vocab, id := vocabulary(sents, cfg.MinCount, cfg.MaxWords)
	if len(vocab) < 2 {
		return map[string]string{}
	}
	V := int32(len(vocab))
	bound, unk := V, V+1
	nw := int(V + 2)
	// Bigram counts, with a boundary between sentences.
	pairs := map[uint64]int32{}
	prev := bound
	for _, s := range sents {
		for _, w := range s {
			x, ok := id[normWord(w)]
			if !ok {
				x = unk
			}
			pairs[uint64(prev)<<32|uint64(x)]++
			prev = x
		}
		pairs[uint64(prev)<<32|uint64(bound)]++
		prev = bound
	}
	g := newBigramGraph(nw, pairs)
	K := min(cfg.Classes, nw)
	start := make([]int32, nw)
	for x := range start {
		start[x] = int32(x % K)
	}
	if cfg.Init != nil {
		var ps []string
		for _, v := range vocab {
			if p, ok := cfg.Init[v.w]; ok {
				ps = append(ps, p)
			}
		}
		sort.Strings(ps)
		ps = slices.Compact(ps)
		pid := make(map[string]int32, len(ps))
		for i, p := range ps {
			pid[p] = int32(i % K)
		}
		for i, v := range vocab {
			if p, ok := cfg.Init[v.w]; ok {
				start[i] = pid[p]
			}
		}
	}
	e := newExchange(g, K, start)
	for it := 0; it < cfg.Iterations; it++ {
		moved := e.pass()
		if cfg.Logf != nil {
			cfg.Logf("exchange pass %d: %d of %d words moved\n", it+1, moved, nw)
		}
		if moved*1000 < nw {
			break
		}
	}
	paths := e.hierarchy()
	out := make(map[string]string, len(vocab))
	for i, v := range vocab {
		out[v.w] = paths[e.cls[i]]
	}
	return out
}

// bigramGraph holds bigram counts by word, both ways: the words after word
// x are next[nextAt[x]:nextAt[x+1]] with counts nextN, the words before it
// likewise prev, prevAt, prevN. Self pairs (x x) are in self only.
type bigramGraph struct {
	nextAt, prevAt []int32
	next, prev     []int32
	nextN, prevN   []int32
	self           []int32
	left, right    []int64 // a word's count as the first and the second of a pair
	total          int64
}

func newBigramGraph(nw int, pairs map[uint64]int32) *bigramGraph {
	g := &bigramGraph{nextAt: make([]int32, nw+1), prevAt: make([]int32, nw+1), self: make([]int32, nw),
		left: make([]int64, nw), right: make([]int64, nw)}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		a, b, n := int32(k>>32), int32(uint32(k)), pairs[k]
		g.left[a] += int64(n)
		g.right[b] += int64(n)
		g.total += int64(n)
		if a == b {
			g.self[a] = n
			continue
		}
		g.nextAt[a+1]++
		g.prevAt[b+1]++
	}
	for i := 0; i < nw; i++ {
		g.nextAt[i+1] += g.nextAt[i]
		g.prevAt[i+1] += g.prevAt[i]
	}
	g.next = make([]int32, g.nextAt[nw])
	g.nextN = make([]int32, g.nextAt[nw])
	g.prev = make([]int32, g.prevAt[nw])
	g.prevN = make([]int32, g.prevAt[nw])
	fillN := append([]int32(nil), g.nextAt[:nw]...)
	fillP := append([]int32(nil), g.prevAt[:nw]...)
	for _, k := range keys {
		a, b, n := int32(k>>32), int32(uint32(k)), pairs[k]
		if a == b {
			continue
		}
		g.next[fillN[a]], g.nextN[fillN[a]] = b, n
		fillN[a]++
		g.prev[fillP[b]], g.prevN[fillP[b]] = a, n
		fillP[b]++
	}
	return g
}

// nlogn is x log x, tabled for small counts.
type nlogn []float64

func newNlogn(n int) nlogn {
	t := make(nlogn, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t nlogn) f(x int64) float64 {
	if x < int64(len(t)) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// exchange is the state of the exchange algorithm: the class of each word
// and the class bigram counts n (n[a*K+b], and its transpose nt), with the
// classes' counts as first (nl) and second (nr) of a pair.
type exchange struct {
	g      *bigramGraph
	K      int
	cls    []int32
	n, nt  []int64
	nl, nr []int64
	f      nlogn
	// scratch: a word's pair counts by class of the other word
	r, l         []int64
	rIdx, lIdx   []int32
	rSeen, lSeen []bool
}

func newExchange(g *bigramGraph, K int, start []int32) *exchange {
	nw := len(g.self)
	e := &exchange{g: g, K: K, cls: make([]int32, nw), n: make([]int64, K*K), nt: make([]int64, K*K),
		nl: make([]int64, K), nr: make([]int64, K), f: newNlogn(1 << 20),
		r: make([]int64, K), l: make([]int64, K), rSeen: make([]bool, K), lSeen: make([]bool, K)}
	// The boundary and the unknown word (the last two ids) are ordinary
	// words here.
	copy(e.cls, start)
	for a := 0; a < nw; a++ {
		ca := int(e.cls[a])
		for j := g.nextAt[a]; j < g.nextAt[a+1]; j++ {
			e.n[ca*K+int(e.cls[g.next[j]])] += int64(g.nextN[j])
		}
		e.n[ca*K+ca] += int64(g.self[a])
		e.nl[ca] += g.left[a]
		e.nr[ca] += g.right[a]
	}
	for a := 0; a < K; a++ {
		for b := 0; b < K; b++ {
			e.nt[b*K+a] = e.n[a*K+b]
		}
	}
	return e
}

// gather fills r and l with word x's pair counts by the class of the
// other word (x itself left out), listing the classes seen in rIdx, lIdx.
func (e *exchange) gather(x int) {
	g := e.g
	lo, hi := g.nextAt[x], g.nextAt[x+1]
	e.rIdx = byClass(e.cls, g.next[lo:hi], g.nextN[lo:hi], e.r, e.rSeen, e.rIdx)
	lo, hi = g.prevAt[x], g.prevAt[x+1]
	e.lIdx = byClass(e.cls, g.prev[lo:hi], g.prevN[lo:hi], e.l, e.lSeen, e.lIdx)
}

// byClass clears the classes listed in idx from acc and seen, then adds
// the counts ns of the words ws to acc by the words' classes, and returns
// the classes seen, in the order first seen.
func byClass(cls, ws, ns []int32, acc []int64, seen []bool, idx []int32) []int32 {
	for _, c := range idx {
		acc[c], seen[c] = 0, false
	}
	idx = idx[:0]
	for j, w := range ws {
		c := cls[w]
		if !seen[c] {
			seen[c] = true
			idx = append(idx, c)
		}
		acc[c] += int64(ns[j])
	}
	return idx
}

// move adds word x (its counts gathered) to class c with sign +1, or
// takes it out with -1.
func (e *exchange) move(x int, c int, sign int64) {
	K := e.K
	for _, d := range e.rIdx {
		v := sign * e.r[d]
		e.n[c*K+int(d)] += v
		e.nt[int(d)*K+c] += v
	}
	for _, d := range e.lIdx {
		v := sign * e.l[d]
		e.n[int(d)*K+c] += v
		e.nt[c*K+int(d)] += v
	}
	v := sign * int64(e.g.self[x])
	e.n[c*K+c] += v
	e.nt[c*K+c] += v
	e.nl[c] += sign * e.g.left[x]
	e.nr[c] += sign * e.g.right[x]
}

// gain is the change of the objective (sum n log n over class pairs, less
// the same over the classes' counts) when word x, taken out, joins b.
func (e *exchange) gain(x, b int) float64 {
	K, f := e.K, e.f
	row, col := e.n[b*K:b*K+K], e.nt[b*K:b*K+K]
	var d float64
	for _, c := range e.rIdx {
		if int(c) != b {
			o := row[c]
			d += f.f(o+e.r[c]) - f.f(o)
		}
	}
	for _, c := range e.lIdx {
		if int(c) != b {
			o := col[c]
			d += f.f(o+e.l[c]) - f.f(o)
		}
	}
	o := row[b]
	d += f.f(o+e.r[b]+e.l[b]+int64(e.g.self[x])) - f.f(o)
	d -= f.f(e.nl[b]+e.g.left[x]) - f.f(e.nl[b])
	d -= f.f(e.nr[b]+e.g.right[x]) - f.f(e.nr[b])
	return d
}

// pass offers every word, in rank order, the class that suits it best and
// returns how many words moved.
func (e *exchange) pass() int {
	moved := 0
	for x := range e.cls {
		e.gather(x)
		a := int(e.cls[x])
		e.move(x, a, -1)
		// The word's own classes count now without it.
		best, bestGain := a, e.gain(x, a)
		for b := 0; b < e.K; b++ {
			if b == a {
				continue
			}
			if d := e.gain(x, b); d > bestGain+1e-9 {
				best, bestGain = b, d
			}
		}
		e.move(x, best, 1)
		if best != a {
			e.cls[x] = int32(best)
			moved++
		}
	}
	return moved
}

// hierarchy merges the classes two at a time, each time the pair whose
// merging loses the least of the objective, and returns each class's path
// in the resulting binary tree.
func (e *exchange) hierarchy() []string {
	K, f := e.K, e.f
	n := make([]int64, K*K)
	copy(n, e.n)
	nl := append([]int64(nil), e.nl...)
	nr := append([]int64(nil), e.nr...)
	// Each active cluster's members (leaf classes), for writing the paths.
	members := make([][]int, K)
	for c := range members {
		members[c] = []int{c}
	}
	paths := make([]string, K)
	active := make([]int, K)
	for c := range active {
		active[c] = c
	}
	// rowcol[a] is the sum of f over row a and column a of the active
	// classes (n[a][a] once).
	rowcol := make([]float64, K)
	updateRC := func() {
		for _, a := range active {
			s := 0.0
			for _, c := range active {
				s += f.f(n[a*K+c]) + f.f(n[c*K+a])
			}
			rowcol[a] = s - f.f(n[a*K+a])
		}
	}
	for len(active) > 1 {
		updateRC()
		bi, bj, best := -1, -1, math.Inf(-1)
		for i, a := range active {
			for j := i + 1; j < len(active); j++ {
				b := active[j]
				aa, ab, ba, bb := n[a*K+a], n[a*K+b], n[b*K+a], n[b*K+b]
				before := rowcol[a] + rowcol[b] - f.f(ab) - f.f(ba) - f.f(nl[a]) - f.f(nl[b]) - f.f(nr[a]) - f.f(nr[b])
				after := f.f(aa+ab+ba+bb) - f.f(nl[a]+nl[b]) - f.f(nr[a]+nr[b])
				for _, c := range active {
					if c != a && c != b {
						after += f.f(n[a*K+c]+n[b*K+c]) + f.f(n[c*K+a]+n[c*K+b])
					}
				}
				if d := after - before; d > best {
					bi, bj, best = i, j, d
				}
			}
		}
		a, b := active[bi], active[bj]
		for _, m := range members[a] {
			paths[m] = "0" + paths[m]
		}
		for _, m := range members[b] {
			paths[m] = "1" + paths[m]
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		// b joins a.
		for c := 0; c < K; c++ {
			n[a*K+c] += n[b*K+c]
			n[b*K+c] = 0
		}
		for c := 0; c < K; c++ {
			n[c*K+a] += n[c*K+b]
			n[c*K+b] = 0
		}
		nl[a] += nl[b]
		nr[a] += nr[b]
		nl[b], nr[b] = 0, 0
		active = append(active[:bj], active[bj+1:]...)
	}
	return paths
}
