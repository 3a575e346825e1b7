package story

import (
	"hash/fnv"
)

// MinHash parameters. 64 hashes of 32 bits in 16 bands of 4 rows make a pair with
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
	// maxChain bounds the entries compared per band: the newest of a
	// bucket's chain. A bucket that many texts share (texts written from
	// one template, many copies of one wire story) would otherwise make
	// an article's cost grow with the stream; copies of one story all
	// fold onto one canonical article, so the newest of them lead to it.
	maxChain = 8
)

// dedup finds near-duplicate texts among the most recent ones added.
//
// The LSH buckets are chains: heads maps a band key to the newest entry
// with that key, and each entry links, per band, to the next older entry
// with the same key. A chain simply ends at an entry the ring has
// forgotten. This keeps a bucket at one map slot and 4 bytes an entry,
// where a slice per bucket cost an allocation each.
type dedup struct {
	threshold float64
	window    float64 // days: dated copies further apart are not copies
	capacity  int
	heads     map[uint64]int // band key → newest sequence number
	entries   []dedupEntry   // ring of the last capacity entries
	next      int            // sequence number of the next entry
	base      int            // sequence number of entries[0]'s first use
}

type dedupEntry struct {
	sig [numHashes]uint32
	// older holds, per band, how many sequence numbers back the next
	// older entry with the same band key is (0: none).
	older [numBands]uint32
	id    string
	canon string // canonical article of the entry
	day   float64
	dated bool
}

func newDedup(threshold, window float64, capacity int) *dedup {
	return &dedup{threshold: threshold, window: window, capacity: capacity, heads: map[uint64]int{}}
}

// bands returns the band keys of a signature.
func bands(sig *[numHashes]uint32) [numBands]uint64 {
	var out [numBands]uint64
	for b := range numBands {
		out[b] = bandKey(b, sig[b*bandRows:(b+1)*bandRows])
	}
	return out
}

// entry returns the entry with sequence number seq, if still kept.
func (d *dedup) entry(seq int) *dedupEntry {
	if seq < d.base || seq < d.next-d.capacity || seq >= d.next {
		return nil
	}
	return &d.entries[(seq-d.base)%d.capacity]
}

// add records a text with signature sig (nil when the text is too short
// to fold) published on day (when dated) and reports the canonical
// article it copies, if any.
func (d *dedup) add(id string, sig *[numHashes]uint32, day float64, dated bool) (string, bool) {
	if sig == nil {
		return "", false
	}
	e := dedupEntry{sig: *sig, id: id, canon: id, day: day, dated: dated}
	best, bestJ := (*dedupEntry)(nil), 0.0
	keys := bands(&e.sig)
	for b, key := range keys {
		seq, ok := d.heads[key]
		for walked := 0; ok && walked < maxChain; walked++ {
			o := d.entry(seq)
			if o == nil {
				break
			}
			if !(dated && o.dated && abs(day-o.day) > d.window) {
				if j := jaccard(&e.sig, &o.sig); j > bestJ {
					best, bestJ = o, j
				}
			}
			seq, ok = seq-int(o.older[b]), o.older[b] > 0
		}
	}
	if best != nil && bestJ >= d.threshold {
		e.canon = best.canon
	}
	d.insert(e, keys)
	return e.canon, e.canon != id
}

// insert adds an entry whose band keys are keys, forgetting the oldest
// when full.
func (d *dedup) insert(e dedupEntry, keys [numBands]uint64) {
	if old := d.entry(d.next - d.capacity); old != nil {
		oldSeq := d.next - d.capacity
		for _, key := range bands(&old.sig) {
			if d.heads[key] == oldSeq {
				delete(d.heads, key) // the only entry left with that key
			}
		}
	}
	for b, key := range keys {
		e.older[b] = 0
		if seq, ok := d.heads[key]; ok && d.entry(seq) != nil {
			e.older[b] = uint32(d.next - seq)
		}
		d.heads[key] = d.next
	}
	if len(d.entries) < d.capacity {
		d.entries = append(d.entries, e)
	} else {
		d.entries[(d.next-d.base)%d.capacity] = e
	}
	d.next++
}

func bandKey(b int, rows []uint32) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, r := range rows {
		h = mix(h^uint64(r), 0)
	}
	return h
}

func jaccard(a, b *[numHashes]uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / numHashes
}

// signature is the MinHash signature of the text's word shingles: the
// high 32 bits of each 64-bit mix, which keep the chance that two
// different shingles tie for a minimum negligible at half the memory.
func signature(toks []token) [numHashes]uint32 {
	var sig [numHashes]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(toks); i++ {
		h.Reset()
		for _, t := range toks[i : i+shingleSize] {
			h.Write([]byte(t.word))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := 0; k < numHashes; k++ {
			v := mix(x, uint64(k))
			sig[k] = min(sig[k], uint32(v>>32))
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
