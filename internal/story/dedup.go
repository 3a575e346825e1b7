package story

import (
	"hash/fnv"
)

// MinHash parameters. 64 hashes in 16 bands of 4 rows make a pair with
// a shingle overlap (Jaccard) of 0.5 a candidate with probability
// 1-(1-0.5⁴)¹⁶ ≈ 0.64 per band set and one of 0.7 with ≈ 0.99; the
// signature estimate then decides against the threshold.
const (
	numHashes   = 64
	bandRows    = 4
	numBands    = numHashes / bandRows
	shingleSize = 4
	// minShingles: shorter texts (a headline, a teaser) are not folded,
	// since unrelated short texts share too large a part of their words.
	minShingles = 40
)

// dedup finds near-duplicate texts among the most recent ones added.
type dedup struct {
	threshold float64
	window    float64 // days: dated copies further apart are not copies
	capacity  int
	buckets   map[uint64][]int // band key → sequence numbers
	entries   []dedupEntry     // ring of the last capacity entries
	next      int              // sequence number of the next entry
	base      int              // sequence number of entries[0]'s first use
}

type dedupEntry struct {
	sig   [numHashes]uint64
	bands [numBands]uint64
	id    string
	canon string // canonical article of the entry
	day   float64
	dated bool
}

func newDedup(threshold, window float64, capacity int) *dedup {
	return &dedup{threshold: threshold, window: window, capacity: capacity, buckets: map[uint64][]int{}}
}

// entry returns the entry with sequence number seq, if still kept.
func (d *dedup) entry(seq int) *dedupEntry {
	if seq < d.base || seq < d.next-d.capacity || seq >= d.next {
		return nil
	}
	return &d.entries[(seq-d.base)%d.capacity]
}

// add records a text published on day (when dated) and reports the
// canonical article it copies, if any.
func (d *dedup) add(id string, toks []token, day float64, dated bool) (string, bool) {
	if len(toks) < shingleSize+minShingles {
		return "", false
	}
	e := dedupEntry{sig: signature(toks), id: id, canon: id, day: day, dated: dated}
	best, bestJ := (*dedupEntry)(nil), 0.0
	for b := range numBands {
		e.bands[b] = bandKey(b, e.sig[b*bandRows:(b+1)*bandRows])
		for _, seq := range d.buckets[e.bands[b]] {
			if o := d.entry(seq); o != nil && !(dated && o.dated && abs(day-o.day) > d.window) {
				if j := jaccard(&e.sig, &o.sig); j > bestJ {
					best, bestJ = o, j
				}
			}
		}
	}
	if best != nil && bestJ >= d.threshold {
		e.canon = best.canon
	}
	d.insert(e)
	return e.canon, e.canon != id
}

// insert adds an entry, forgetting the oldest when full.
func (d *dedup) insert(e dedupEntry) {
	if old := d.entry(d.next - d.capacity); old != nil {
		oldSeq := d.next - d.capacity
		for _, key := range old.bands {
			list := d.buckets[key]
			kept := list[:0]
			for _, s := range list {
				if s != oldSeq {
					kept = append(kept, s)
				}
			}
			if len(kept) == 0 {
				delete(d.buckets, key)
			} else {
				d.buckets[key] = kept
			}
		}
	}
	if len(d.entries) < d.capacity {
		d.entries = append(d.entries, e)
	} else {
		d.entries[(d.next-d.base)%d.capacity] = e
	}
	for _, key := range e.bands {
		d.buckets[key] = append(d.buckets[key], d.next)
	}
	d.next++
}

func bandKey(b int, rows []uint64) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, r := range rows {
		h = mix(h^r, 0)
	}
	return h
}

func jaccard(a, b *[numHashes]uint64) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / numHashes
}

// signature is the MinHash signature of the text's word shingles.
func signature(toks []token) [numHashes]uint64 {
	var sig [numHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(toks); i++ {
		h.Reset()
		for _, t := range toks[i : i+shingleSize] {
			h.Write([]byte(t.word))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := mix(x, uint64(k)); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// mix derives the k-th hash of x (a splitmix64 step seeded by k).
func mix(x, k uint64) uint64 {
	z := x + (k+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
