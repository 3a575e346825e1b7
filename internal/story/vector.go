package story

import (
	"math"
	"slices"
)

// entry is one term of a sparse vector: a vocabulary ID and a weight.
type entry struct {
	id uint32
	w  float32
}

// vec is a sparse vector sorted by term ID. Sorted slices keep memory
// small (8 bytes a term) and make every sum run in the same order, so
// that scores, and so story IDs, do not vary between runs.
type vec []entry

func (v vec) norm() float64 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return math.Sqrt(s)
}

// dot is the dot product of two sorted vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

func cos(a, b vec, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return dot(a, b) / (na * nb)
}

// addScaled returns a + k·b.
func addScaled(a, b vec, k float64) vec {
	out := make(vec, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case i == len(a) || a[i].id > b[j].id:
			out = append(out, entry{b[j].id, float32(k * float64(b[j].w))})
			j++
		default:
			out = append(out, entry{a[i].id, float32(float64(a[i].w) + k*float64(b[j].w))})
			i++
			j++
		}
	}
	return out
}

// heavier orders entries by weight, heaviest first, ties by ID: a total
// order, since IDs in a vector are distinct.
func heavier(x, y entry) bool {
	return x.w > y.w || x.w == y.w && x.id < y.id
}

// heaviest returns the n heaviest entries of v (all when it has fewer),
// heaviest first, ties by ID. It keeps a small sorted buffer: n is small
// and v is not sorted by weight.
func heaviest(v vec, n int) vec {
	if n <= 0 {
		return nil
	}
	h := make(vec, 0, min(n, len(v)))
	for _, e := range v {
		if len(h) == n && !heavier(e, h[n-1]) {
			continue
		}
		i := len(h)
		if i < n {
			h = append(h, e)
		} else {
			i = n - 1
		}
		for ; i > 0 && heavier(e, h[i-1]); i-- {
			h[i] = h[i-1]
		}
		h[i] = e
	}
	return h
}

// prune keeps the n heaviest terms of v, in ID order. It finds the n-th
// heaviest entry by selection, in time linear in len(v), and keeps the
// entries at least as heavy, so v is never sorted by weight.
func prune(v vec, n int) vec {
	if len(v) <= n {
		return v
	}
	if n <= 0 {
		return nil
	}
	h := slices.Clone(v)
	pivot := nth(h, n-1)
	keep := make(vec, 0, n)
	for _, e := range v {
		if e == pivot || heavier(e, pivot) {
			keep = append(keep, e)
		}
	}
	return keep
}

// nth reorders h so that h[k] is the entry a sort by heavier would put
// there, and returns it (Hoare's selection, middle pivot).
func nth(h vec, k int) entry {
	lo, hi := 0, len(h)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		h[mid], h[hi] = h[hi], h[mid]
		p, store := h[hi], lo
		for i := lo; i < hi; i++ {
			if heavier(h[i], p) {
				h[i], h[store] = h[store], h[i]
				store++
			}
		}
		h[store], h[hi] = h[hi], h[store]
		switch {
		case store == k:
			return h[k]
		case store < k:
			lo = store + 1
		default:
			hi = store - 1
		}
	}
	return h[k]
}

// table is one article's vector as an open-addressing hash table, so
// that its dot products with the many candidate stories cost one probe
// per story term instead of a merge of two sorted lists, whose branches
// a processor cannot predict. Term IDs are hashes already, so their low
// bits index the table. Weights are positive: a zero weight marks an
// empty slot. A key sits beside its weight, so a probe reads one cache
// line, and the table is kept at most an eighth full: most story terms
// are not in the article, and a miss then ends at its first slot or the
// next (profiled: the dot products were a sixth of an ingest's CPU;
// this layout cut a clustering step's CPU time by a fifth at 10k).
//
// Most probes still missed, and whether a miss ended at its first slot
// or went on was a branch the processor could not predict either (one
// story term in eight). So a bitmap of at least 64 bits a term comes
// first: a story term not in the article finds its bit clear 63 times in
// 64 and skips the table, and the branch on the bit is taken about as
// often as the article has the term (BenchmarkTableDot, a centroid
// sharing 7.5% of its terms with the article as in an ingest of KCNA
// articles: 570 → 250 ns).
type table struct {
	slots []slot
	mask  uint32
	// bits has bit id&bitMask set for the ID of every term in slots.
	bits    []uint64
	bitMask uint32
}

// slot is one entry of a table.
type slot struct {
	key uint32
	val float32
}

// reset fills t with v, reusing t's memory.
func (t *table) reset(v vec) {
	size := 32
	for size < 8*len(v) {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]slot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.mask = uint32(size - 1)
	// 8 bits a slot: at least 64 a term.
	if words := size / 8; cap(t.bits) < words {
		t.bits = make([]uint64, words)
	} else {
		t.bits = t.bits[:words]
		clear(t.bits)
	}
	t.bitMask = uint32(8*size - 1)
	for _, e := range v {
		if e.w == 0 {
			continue // adds nothing to a dot product
		}
		i := e.id & t.mask
		for t.slots[i].val != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{e.id, e.w}
		b := e.id & t.bitMask
		t.bits[b/64] |= 1 << (b % 64)
	}
}

// dot is the dot product of t's vector with c. It adds the products in
// c's (ID) order, as dot does, so the two give the same sum.
func (t *table) dot(c vec) float64 {
	s, _ := t.dotN(c)
	return s
}

// dotN is dot that also counts the terms the two share.
func (t *table) dotN(c vec) (float64, int) {
	var s float64
	n := 0
	slots, mask := t.slots, t.mask
	bits, bitMask := t.bits, t.bitMask
	for _, e := range c {
		if b := e.id & bitMask; bits[b/64]&(1<<(b%64)) == 0 {
			continue // not in t
		}
		for i := e.id & mask; ; i = (i + 1) & mask {
			sl := slots[i]
			if sl.val == 0 {
				break
			}
			if sl.key == e.id {
				s += float64(sl.val) * float64(e.w)
				n++
				break
			}
		}
	}
	return s, n
}
