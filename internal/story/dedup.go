package story

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
)

// MinHash parameters: 64 hashes in 16 bands of 4 rows find pairs with a
// shingle overlap (Jaccard) of about 0.5 and more with high probability;
// the estimate then decides.
const (
	numHashes   = 64
	bandRows    = 4
	shingleSize = 4
	// minShingles: shorter texts (a headline, a teaser) are not folded,
	// since unrelated short texts share too large a part of their words.
	minShingles = 30
)

// dedup finds near-duplicate texts among those added so far.
type dedup struct {
	threshold float64
	buckets   map[uint64][]int // band hash → indices into sigs
	sigs      [][numHashes]uint64
	ids       []string
	canon     []string // canonical article of each signature
}

func newDedup(threshold float64) *dedup {
	return &dedup{threshold: threshold, buckets: map[uint64][]int{}}
}

// add records a text and reports the canonical article it copies, if any.
func (d *dedup) add(id string, toks []token) (string, bool) {
	if len(toks) < shingleSize+minShingles {
		return "", false
	}
	sig := signature(toks)
	bands := make([]uint64, 0, numHashes/bandRows)
	best, bestJ := -1, 0.0
	for b := 0; b < numHashes/bandRows; b++ {
		h := fnv.New64a()
		var buf [8]byte
		binary.LittleEndian.PutUint64(buf[:], uint64(b))
		h.Write(buf[:])
		for r := 0; r < bandRows; r++ {
			binary.LittleEndian.PutUint64(buf[:], sig[b*bandRows+r])
			h.Write(buf[:])
		}
		key := h.Sum64()
		bands = append(bands, key)
		for _, j := range d.buckets[key] {
			if est := jaccard(&sig, &d.sigs[j]); est > bestJ {
				best, bestJ = j, est
			}
		}
	}
	idx := len(d.sigs)
	d.sigs = append(d.sigs, sig)
	d.ids = append(d.ids, id)
	canon := id
	if best >= 0 && bestJ >= d.threshold {
		canon = d.canon[best]
	}
	d.canon = append(d.canon, canon)
	for _, key := range bands {
		d.buckets[key] = append(d.buckets[key], idx)
	}
	return canon, canon != id
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
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.word
	}
	for i := 0; i+shingleSize <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+shingleSize], " ")))
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
