package ner

import "math"

// transSums are one stage's summed weights of the features of the previous
// labels alone: t1 by the previous label, t2t1 by the two previous (index
// startLabel for "<s>").
type transSums struct {
	t1   [numLabels + 1]sums
	t2t1 [numLabels + 1][numLabels + 1]sums
}

// newTrans sums the label features' weights of both stages.
func newTrans(m *jointTable) *[2]transSums {
	tr := new([2]transSums)
	for a := range numLabels + 1 {
		var s [2]steps
		m.add([]uint32{lkeys.t1[a]}, &s[0], &s[1])
		for k := range tr {
			tr[k].t1[a] = s[k].sums()
		}
		for b := range numLabels + 1 {
			var s [2]steps
			m.add([]uint32{lkeys.t2t1[b][a]}, &s[0], &s[1])
			for k := range tr {
				tr[k].t2t1[b][a] = s[k].sums()
			}
		}
	}
	return tr
}

// histFeats appends the features of the document's prediction history of
// token i of sentence s (dynamic's features that do not depend on the
// sentence's own labels).
func (t *Tagger) histFeats(d *docInfo, s, i int, hist history, out []uint32) []uint32 {
	c := hist.counts(d.keyID(s, i))
	if c == nil {
		return out
	}
	best, total := 0, int32(0)
	for k, n := range c {
		total += n
		if n > 0 {
			out = append(out, lkeys.hist[k])
		}
		if n > c[best] {
			best = k
		}
	}
	out = append(out, lkeys.histMaj[best])
	if c[best] == total {
		out = append(out, lkeys.histAll[best])
	}
	return out
}

// vitBeta turns summed weights (in the perceptron's units) into the log
// odds of the local label distributions viterbi multiplies, and pruneNats
// is how far (in log probability) below the best a label sequence may
// fall and still be followed. Both were set on eng.testa, where F1 hardly
// moves between beta 0.02 and 0.1; the speed does: a flatter distribution
// keeps more sequences within pruneNats (at 0.03, about 10 a token against
// 1.7 at 0.06, and 14 times the exponentials).
const (
	vitBeta   = 0.06
	pruneNats = 5
)

// touch loads the home slot of feature k and returns its key, for a
// caller to keep (so the load is not optimised away) before it looks k up.
func (m *jointTable) touch(k uint32) uint32 {
	if len(m.slots) == 0 {
		return 0
	}
	return m.slots[home(k, m.mask)].key
}

// addOne adds the stage's weights of one feature to acc.
func (m *jointTable) addOne(k uint32, stage int, acc *steps) {
	if len(m.slots) == 0 {
		return
	}
	kk := slotKey(k)
	for i := home(k, m.mask); ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s.key == 0 {
			return
		}
		if s.key != kk {
			continue
		}
		h := m.ws[s.off]
		n1, n2 := h&0xff, h>>8
		w := m.ws[s.off+1 : s.off+1+n1+n2]
		if stage == 0 {
			w = w[:n1]
		} else {
			w = w[n1:]
		}
		for _, p := range w {
			acc[(p>>16)&31] += int32(int16(p))
		}
		return
	}
}

// viterbi labels a split document for one stage (0 or 1), given the sums
// of its static features, choosing each sentence's best scoring label
// sequence under the BILOU constraints (second order: the features of the
// two previous labels). The prediction history comes from the sentences
// before, as in greedy decoding.
//
// back, when not nil, is memory for the back pointers, kept by the caller
// between calls (a long sentence needs a few hundred kilobytes).
func (t *Tagger) viterbi(d *docInfo, static [][][2]sums, stage int, back *[][numLabels + 1][numLabels]int8) [][]int {
	m := t.weights
	tr := &t.trans[stage]
	hist := d.newHistory()
	feats := make([]uint32, 0, 64)
	out := make([][]int, len(d.words))
	none := math.Inf(-1)
	beta := float64(m.scale[stage]) * vitBeta
	// A state is the labels of the last two tokens; live lists those kept
	// (within pruneNats of the best), and next the scores of the states
	// reached at the token.
	type state struct {
		p1, l int8
		x     float64
	}
	var live, reached []state
	var next [numLabels + 1][numLabels]float64
	for p1 := range next {
		for l := range next[p1] {
			next[p1][l] = none
		}
	}
	if back == nil {
		back = new([][numLabels + 1][numLabels]int8)
	}
	// own holds, per previous label, the token's sums with the previous
	// label's features; done (per token) says which entries are current,
	// so the array is not cleared for every token.
	var own [numLabels + 1]steps
	var keyS, keyL [numLabels + 1]uint32
	for s, ws := range d.words {
		n := len(ws)
		if cap(*back) < n {
			*back = make([][numLabels + 1][numLabels]int8, n)
		}
		back := (*back)[:n]
		live = append(live[:0], state{int8(startLabel), int8(startLabel), 0})
		for i := range n {
			feats = feats[:0]
			if stage == 1 {
				feats = t.stage2Feats(d, s, i, feats)
			}
			feats = t.histFeats(d, s, i, hist, feats)
			var acc steps
			acc.plus(&static[s][i][stage])
			if stage == 0 {
				m.add(feats, &acc, nil)
			} else {
				m.add(feats, nil, &acc)
			}
			sh, lw := d.shapes[s][i], d.lower[s][i]
			last := i == n-1
			reached = reached[:0]
			best := none
			// The keys of the previous-label features of every live
			// state, and a first load of their table slots: the loads
			// do not depend on one another, so their cache misses
			// overlap instead of coming one after another below.
			done := uint32(0)
			for _, st := range live {
				if p1 := st.l; done&(1<<p1) == 0 {
					done |= 1 << p1
					keyS[p1] = key32(hmix(lkeys.t1s0[p1], sh))
					keyL[p1] = key32(hmix(lkeys.t1l0[p1], lw))
					acc[numLabels] += int32(m.touch(keyS[p1]) + m.touch(keyL[p1]))
				}
			}
			done = 0
			for _, st := range live {
				p2, p1 := int(st.p1), int(st.l)
				vp := p1 // for the BILOU constraints
				if p1 == startLabel {
					vp = lblO
				}
				// The features of the previous label alone and with the
				// word, once per previous label.
				pw := &own[p1]
				if done&(1<<p1) == 0 {
					done |= 1 << p1
					*pw = acc
					pw.plus(&tr.t1[p1])
					m.addOne(keyS[p1], stage, pw)
					m.addOne(keyL[p1], stage, pw)
				}
				// The local scores, normalised (log softmax) over all
				// labels, not only those that may follow: the mass of the
				// others is what a forced continuation costs (see
				// localGuess), which keeps an entity from running on over
				// tokens the model says are outside one (label bias).
				var loc [numLabels]float64
				mx := none
				for l := range numLabels {
					loc[l] = beta * float64(pw[l]+tr.t2t1[p2][p1][l])
					if loc[l] > mx { // not max, which checks for NaN
						mx = loc[l]
					}
				}
				z := 0.0
				for l := range numLabels {
					if loc[l]-mx > -pruneNats {
						z += math.Exp(loc[l] - mx)
					}
				}
				lz := mx + math.Log(z)
				for l := range numLabels {
					if !validAfter(vp, l, last) {
						continue
					}
					y := st.x + loc[l] - lz
					if y <= next[p1][l] {
						continue
					}
					if next[p1][l] == none {
						reached = append(reached, state{int8(p1), int8(l), 0})
					}
					next[p1][l] = y
					back[i][p1][l] = int8(p2)
					best = max(best, y)
				}
			}
			live = live[:0]
			for _, st := range reached {
				x := next[st.p1][st.l]
				next[st.p1][st.l] = none
				if x >= best-pruneNats {
					live = append(live, state{st.p1, st.l, x})
				}
			}
		}
		ls := make([]int, n)
		top := live[0]
		for _, st := range live[1:] {
			if st.x > top.x {
				top = st
			}
		}
		bp, bl := int(top.p1), int(top.l)
		for i := n - 1; i >= 0; i-- {
			ls[i] = bl
			p2 := int(back[i][bp][bl])
			bl, bp = bp, p2
		}
		for i, l := range ls {
			hist.add(d.keyID(s, i), l)
		}
		out[s] = ls
	}
	return out
}
