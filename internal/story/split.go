package story

import (
	"math"
	"slices"
	"strings"
)

// A story that takes in articles about a second, related event (the
// same team's next arrest, the same fighter's next bout) is split in
// two when its members form two groups: each group's members are closer
// to one another than to the other group's. Centroid scores cannot see
// this when the articles arrive (an article about the second event
// shares the subject's vocabulary and so scores well against the first
// event's centroid), but once a few of them have joined, the pairwise
// similarities of the members show the seam.
//
// To find it a story keeps, while it is small (splitKept members at
// most, none merged in), each member's vectors, cut to their heaviest
// terms, and the members' pairwise similarities, filled in one row per
// joining article. A pair's similarity is discounted by the distance
// between the two dates as an article's score is (two launches of one
// rocket programme weeks apart read alike but are two events); whether
// a group is tight is judged on content alone, so a story told over
// weeks is not taken for a loose one. After each join it looks for the best cut of its
// members in arrival order (the second event comes later) and improves
// it by moving members to the group they are closer to on average. It
// splits when
//   - the mean similarity across the cut is under SplitRatio times the
//     geometric mean of the two groups' own mean similarities,
//   - each group holds at least splitMin members and is tight (the
//     geometric mean of the groups' mean content similarities is at
//     least splitCohesion: a broad story, whose members are all
//     loosely alike, is left whole),
//   - the second group came after the first (at most splitOverlap of
//     the pairs of a member of each arrived in the other order: a
//     story whose members alternate between two themes for months is
//     one story, not two events; and one event told from two angles,
//     the shooting and the trial, interleaves them, where a second
//     event's articles all come after the first's), and
//   - most members have text to compare: a body, or a lead of at least
//     splitLead content terms (a one-sentence article); headlines alone
//     are too short to show a seam.
// The moves only ever take a member into the second group if it came
// at or after the cut: an early member that is merely loosely tied to
// the first group (short articles of one event often are) must not be
// carried off with the second event.
// The group holding the story's first member keeps the story's ID; the
// other becomes a new story of the same topic, and the two never merge
// again. All of this costs, per article, splitKept similarity products
// and a few passes over a splitKept² table: bounded, whatever the
// stream.

const (
	// splitKept bounds the members a story keeps the vectors of; a
	// larger story is not split any more.
	splitKept = 48
	// splitMin is the least number of members of each part of a split.
	splitMin = 4
	// splitCohesion is the least geometric mean of the two parts' mean
	// similarities.
	splitCohesion = 0.25
	// splitOverlap is the greatest share of the pairs of a member of
	// each part whose second-part member arrived first. The splits of
	// the evaluation sets that part two events have none; the wrong
	// ones, of one event told from two angles, had 0.12 to 0.2.
	splitOverlap = 0.1
	// splitRounds bounds the rounds of moving members between the parts.
	splitRounds = 3
	// splitLead is the least number of title terms for a member without
	// a body to count as having text (a headline has fewer).
	splitLead = 12
	// splitTerms is how many of each member vector's heaviest terms are
	// kept.
	splitTerms = 100
	// splitIdle is how long, in SigmaDays, a dated story may go without
	// a new member before it stops keeping members' vectors and can no
	// longer split: what bounds the memory splitting takes to the
	// stories of the last weeks, not of the whole window.
	splitIdle = 3
)

// member is what a story keeps of one of its articles for splitting.
type member struct {
	id, head, outlet string // article ID, title and outlet
	body, title, ent vec    // unit vectors, cut to splitTerms terms
	day              float64
	dated            bool
}

// newMember cuts an article's vectors to what a story keeps of them.
func newMember(id, head, outlet string, d *docVecs) member {
	unit := func(v vec, n float64) vec {
		v = slices.Clone(prune(v, splitTerms))
		if n > 0 {
			for i := range v {
				v[i].w = float32(float64(v[i].w) / n)
			}
		}
		return v
	}
	return member{id: id, head: head, outlet: outlet, body: unit(d.body, d.nBody), title: unit(d.title, d.nTitle),
		ent: unit(d.ent, d.nEnt), day: d.day, dated: d.dated}
}

// pairSim is the weighted cosine of two members, over the kinds of
// terms both have, as score weighs them (without time).
func (c *Clusterer) pairSim(x, y *member) float64 {
	w := c.cfg
	var s, sum float64
	for _, p := range []struct {
		a, b   vec
		weight float64
	}{{x.body, y.body, w.BodyWeight}, {x.title, y.title, w.TitleWeight}, {x.ent, y.ent, w.EntityWeight}} {
		if len(p.a) > 0 && len(p.b) > 0 {
			s += p.weight * dot(p.a, p.b)
			sum += p.weight
		}
	}
	if sum == 0 {
		return 0
	}
	return s / sum
}

// keep records a joining article's member vectors and similarities;
// past splitKept members the story stops keeping them.
func (c *Clusterer) keep(cl *cluster, m member) {
	if cl.noSplit {
		return
	}
	if len(cl.kept) >= splitKept {
		cl.kept, cl.sims, cl.noSplit = nil, nil, true
		return
	}
	for i := range cl.kept {
		o := &cl.kept[i]
		s := c.pairSim(&m, o)
		t := s
		if m.dated && o.dated {
			t *= c.discount(math.Abs(m.day - o.day))
		}
		cl.sims = append(cl.sims, float32(t), float32(s))
	}
	cl.kept = append(cl.kept, m)
}

// sim returns the similarity of kept members i and j (i ≠ j), with the
// time discount.
func (cl *cluster) sim(i, j int) float64 {
	return float64(cl.sims[2*pairIndex(i, j)])
}

// contentSim returns the similarity of kept members i and j (i ≠ j)
// without the time discount.
func (cl *cluster) contentSim(i, j int) float64 {
	return float64(cl.sims[2*pairIndex(i, j)+1])
}

// pairIndex is the position of the pair (i, j) in a story's table of
// pairwise similarities, row by row.
func pairIndex(i, j int) int {
	if i < j {
		i, j = j, i
	}
	return i*(i-1)/2 + j
}

// findSplit returns the members of the second group of a split of cl's
// kept members (nil when they do not split).
func (c *Clusterer) findSplit(cl *cluster) []bool {
	n := len(cl.kept)
	if cl.noSplit || n < 2*splitMin || c.cfg.SplitRatio <= 0 {
		return nil
	}
	short := 0
	for i := range cl.kept {
		if len(cl.kept[i].body) == 0 && len(cl.kept[i].title) < splitLead {
			short++
		}
	}
	if 2*short > n {
		return nil
	}
	// The best cut in arrival order: members before t against those from t.
	row := make([]float64, n) // row[i]: Σ_{j<i} sim(i, j)
	col := make([]float64, n) // col[j]: Σ_{i>j} sim(i, j)
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			s := cl.sim(i, j)
			row[i] += s
			col[j] += s
		}
	}
	var total float64
	for _, r := range row {
		total += r
	}
	inA := make([]bool, n) // true: first group
	bestT, bestR := -1, c.cfg.SplitRatio
	var intraA float64
	intraB := total
	for t := 1; t < n; t++ {
		intraA += row[t-1]
		intraB -= col[t-1]
		if t < splitMin || n-t < splitMin {
			continue
		}
		if r := cutRatio(intraA, intraB, total-intraA-intraB, t, n-t); r < bestR {
			bestT, bestR = t, r
		}
	}
	if bestT < 0 {
		return nil
	}
	for i := range bestT {
		inA[i] = true
	}
	// Move members to the group they are closer to, a few rounds; those
	// before the cut stay in the first group.
	for range splitRounds {
		moved := false
		for i := bestT; i < n; i++ {
			var sa, sb float64
			var na, nb int
			for j := range n {
				if j == i {
					continue
				}
				if inA[j] {
					sa += cl.sim(i, j)
					na++
				} else {
					sb += cl.sim(i, j)
					nb++
				}
			}
			if na == 0 || nb == 0 {
				continue
			}
			if want := sa/float64(na) >= sb/float64(nb); want != inA[i] {
				inA[i], moved = want, true
			}
		}
		if !moved {
			break
		}
	}
	var a, b, ia, ib, x, ca, cb float64
	for i := range n {
		if inA[i] {
			a++
		} else {
			b++
		}
		for j := range i {
			switch s := cl.sim(i, j); {
			case inA[i] && inA[j]:
				ia += s
				ca += cl.contentSim(i, j)
			case !inA[i] && !inA[j]:
				ib += s
				cb += cl.contentSim(i, j)
			default:
				x += s
			}
		}
	}
	var inv, seenB float64
	for i := range n {
		if inA[i] {
			inv += seenB
		} else {
			seenB++
		}
	}
	if a < splitMin || b < splitMin || inv > splitOverlap*a*b ||
		math.Sqrt(ca/(a*(a-1)/2)*cb/(b*(b-1)/2)) < splitCohesion ||
		cutRatio(ia, ib, x, int(a), int(b)) >= c.cfg.SplitRatio {
		return nil
	}
	inB := make([]bool, n)
	for i := range inA {
		inB[i] = !inA[i]
	}
	return inB
}

// cutRatio is the mean similarity across a cut over the geometric mean
// of the two groups' mean similarities (sums of similarities within A,
// within B and across, and the groups' sizes).
func cutRatio(intraA, intraB, across float64, a, b int) float64 {
	ma := intraA / float64(a*(a-1)/2)
	mb := intraB / float64(b*(b-1)/2)
	mx := across / float64(a*b)
	if ma <= 0 || mb <= 0 {
		return 1
	}
	return mx / math.Sqrt(ma*mb)
}

// split moves the kept members marked in inB from story k to a new
// story of the same topic, and returns the new story.
func (c *Clusterer) split(k int32, inB []bool) int32 {
	old := c.clusters[k]
	var ka, kb []member
	var first string
	for i, m := range old.kept {
		if inB[i] {
			if first == "" {
				first = m.id
			}
			kb = append(kb, m)
		} else {
			ka = append(ka, m)
		}
	}
	nk := c.newCluster(first)
	cl, nw := c.clusters[k], c.clusters[nk] // newCluster may move the slice
	inNew := make(map[string]bool, len(kb))
	for _, m := range kb {
		inNew[m.id] = true
	}
	members, copies := cl.members, cl.copies
	cl.members, cl.copies = nil, nil
	for _, id := range members {
		canon := id
		if cc, ok := copies[id]; ok {
			canon = cc
		}
		dst, dk := cl, k
		if inNew[canon] {
			dst, dk = nw, nk
		}
		dst.members = append(dst.members, id)
		if canon != id {
			if dst.copies == nil {
				dst.copies = map[string]string{}
			}
			dst.copies[id] = canon
		}
		c.storyOf[id] = dk
	}
	c.rebuild(k, ka)
	c.rebuild(nk, kb)
	// Members keep no language: both halves keep the story's.
	nw.langs = slices.Clone(cl.langs)
	cl.apart = append(cl.apart, nk)
	nw.apart = append(nw.apart, k)
	c.unite(k, nk)
	return nk
}

// rebuild sets a story's centroids, dates, title sample, kept members
// and similarities from its kept members, and indexes it under their
// heaviest terms.
func (c *Clusterer) rebuild(k int32, kept []member) {
	cl := c.clusters[k]
	cl.body, cl.title, cl.ent, cl.titles, cl.dated = nil, nil, nil, nil, false
	cl.kept, cl.sims, cl.n, cl.outlets = nil, nil, 0, nil
	for _, m := range kept {
		cl.body = prune(addScaled(cl.body, m.body, 1), c.cfg.MaxTerms)
		cl.title = prune(addScaled(cl.title, m.title, 1), c.cfg.MaxTerms)
		cl.ent = prune(addScaled(cl.ent, m.ent, 1), c.cfg.MaxTerms)
		if m.dated {
			if !cl.dated {
				cl.first, cl.last, cl.dated = m.day, m.day, true
			}
			cl.first, cl.last = min(cl.first, m.day), max(cl.last, m.day)
		}
		if len(cl.titles) < maxTitleSample && strings.TrimSpace(m.head) != "" {
			cl.titles = append(cl.titles, titled{title: m.head, vec: m.title, n: m.title.norm()})
		}
		cl.n++
		cl.outlets = addOutlet(cl.outlets, m.outlet, 1)
		c.keep(cl, m)
		c.indexUnder(k, c.lookupTerms(docVecs{body: m.body, title: m.title, ent: m.ent}))
	}
	cl.nBody, cl.nTitle, cl.nEnt = cl.body.norm(), cl.title.norm(), cl.ent.norm()
}
