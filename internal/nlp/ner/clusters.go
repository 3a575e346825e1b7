package ner

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// ClusterConfig configures InduceClusters.
type ClusterConfig struct {
	// MinCount is the least number of occurrences for a word to be
	// clustered (default 3).
	MinCount int
	// MaxWords caps the vocabulary, most frequent first (default 50000).
	MaxWords int
	// Contexts is the number of most frequent words used as context
	// features on each side (default 1000).
	Contexts int
	// Dim is the dimension of the random projection (default 96).
	Dim int
	// Depth is the depth of the binary hierarchy (default 16).
	Depth int
	// Seed fixes the projection and the k-means starts.
	Seed uint64
}

// InduceClusters groups words by their distribution in the sentences and
// returns each word's path in a binary hierarchy, like a Brown-cluster bit
// string: words sharing long prefixes occur in similar contexts.
//
// Each word is represented by the positive PMI of its left and right
// neighbours among the most frequent words, randomly projected to a few
// dimensions and normalised; the hierarchy comes from recursive spherical
// 2-means. It takes seconds on a few million tokens, where Brown clustering
// takes hours, and is deterministic for a given seed.
func InduceClusters(sents [][]string, cfg ClusterConfig) map[string]string {
	if cfg.Contexts <= 0 {
		cfg.Contexts = 1000
	}
	if cfg.Dim <= 0 {
		cfg.Dim = 96
	}
	if cfg.Depth <= 0 {
		cfg.Depth = 16
	}
	freq, vocab, id := vocabulary(sents, cfg.MinCount, cfg.MaxWords)
	if len(vocab) < 2 {
		return map[string]string{}
	}
	// Context ids: the most frequent lower-cased words.
	lfreq := map[string]int{}
	for w, n := range freq {
		lfreq[strings.ToLower(w)] += n
	}
	var ctxs []wordCount
	for w, n := range lfreq {
		ctxs = append(ctxs, wordCount{w, n})
	}
	sortByCount(ctxs)
	if len(ctxs) > cfg.Contexts {
		ctxs = ctxs[:cfg.Contexts]
	}
	cid := make(map[string]int32, len(ctxs)+1)
	for i, c := range ctxs {
		cid[c.w] = int32(i)
	}
	nctx := int32(len(ctxs))
	const boundary = "<s>"
	cid[boundary] = nctx // sentence boundary is a context of its own
	nctx++
	// Sparse co-occurrence counts: feature = side*nctx + context.
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, 2*nctx)
	total := 0.0
	ctxOf := func(s []string, j int) (int32, bool) {
		if j < 0 || j >= len(s) {
			return cid[boundary], true
		}
		c, ok := cid[strings.ToLower(normWord(s[j]))]
		return c, ok
	}
	for _, s := range sents {
		for j, w := range s {
			v, ok := id[normWord(w)]
			if !ok {
				continue
			}
			for side, off := range [2]int{-1, 1} {
				if c, ok := ctxOf(s, j+off); ok {
					f := int32(side)*nctx + c
					counts[v][f]++
					ctxTotal[f]++
					total++
				}
			}
		}
	}
	// Random projection of the PPMI vectors.
	rng := rand.New(rand.NewPCG(cfg.Seed, 0xc105))
	proj := make([]float32, int(2*nctx)*cfg.Dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([][]float32, len(vocab))
	for i := range vocab {
		v := make([]float32, cfg.Dim)
		wTotal := 0.0
		for _, n := range counts[i] {
			wTotal += float64(n)
		}
		keys := make([]int32, 0, len(counts[i]))
		for f := range counts[i] {
			keys = append(keys, f)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, f := range keys {
			pmi := math.Log(float64(counts[i][f]) * total / (wTotal * math.Pow(ctxTotal[f], 0.75) * math.Pow(total, 0.25)))
			if pmi <= 0 {
				continue
			}
			p := proj[int(f)*cfg.Dim : int(f+1)*cfg.Dim]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalize(v)
		vecs[i] = v
	}
	paths := make([]string, len(vocab))
	members := make([]int, len(vocab))
	for i := range members {
		members[i] = i
	}
	bisect(vecs, members, "", cfg.Depth, rng, paths)
	out := make(map[string]string, len(vocab))
	for i, v := range vocab {
		out[v.w] = paths[i]
	}
	return out
}

// wordCount is a word and its number of occurrences.
type wordCount struct {
	w string
	n int
}

// sortByCount sorts ws most frequent first, ties by word.
func sortByCount(ws []wordCount) {
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].n != ws[j].n {
			return ws[i].n > ws[j].n
		}
		return ws[i].w < ws[j].w
	})
}

// vocabulary counts the normalised words of sents and returns the counts,
// the words seen at least minCount times, most frequent first (ties by
// word) and at most maxWords of them, and each such word's rank. A
// minCount or maxWords of 0 or less means 3 or 50000.
func vocabulary(sents [][]string, minCount, maxWords int) (freq map[string]int, vocab []wordCount, id map[string]int32) {
	if minCount <= 0 {
		minCount = 3
	}
	if maxWords <= 0 {
		maxWords = 50000
	}
	freq = map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[normWord(w)]++
		}
	}
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, wordCount{w, n})
		}
	}
	sortByCount(vocab)
	if len(vocab) > maxWords {
		vocab = vocab[:maxWords]
	}
	id = make(map[string]int32, len(vocab))
	for i, v := range vocab {
		id[v.w] = int32(i)
	}
	return freq, vocab, id
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for d := range v {
		v[d] *= inv
	}
}

// bisect splits members in two by spherical 2-means and recurses, writing
// each word's path.
func bisect(vecs [][]float32, members []int, path string, depth int, rng *rand.Rand, paths []string) {
	if depth == 0 || len(members) < 2 {
		for _, m := range members {
			paths[m] = path
		}
		return
	}
	dim := len(vecs[members[0]])
	// Start from two random members.
	a := rng.IntN(len(members))
	b := rng.IntN(len(members) - 1)
	if b >= a {
		b++
	}
	c0 := append([]float32(nil), vecs[members[a]]...)
	c1 := append([]float32(nil), vecs[members[b]]...)
	side := make([]bool, len(members))
	for it := 0; it < 8; it++ {
		n1 := 0
		for k, m := range members {
			var d0, d1 float32
			for d, x := range vecs[m] {
				d0 += x * c0[d]
				d1 += x * c1[d]
			}
			side[k] = d1 > d0
			if side[k] {
				n1++
			}
		}
		if n1 == 0 || n1 == len(members) {
			// Degenerate: split in half by index.
			for k := range side {
				side[k] = k >= len(members)/2
			}
			break
		}
		clear(c0)
		clear(c1)
		for k, m := range members {
			c := c0
			if side[k] {
				c = c1
			}
			for d := 0; d < dim; d++ {
				c[d] += vecs[m][d]
			}
		}
		normalize(c0)
		normalize(c1)
	}
	var left, right []int
	for k, m := range members {
		if side[k] {
			right = append(right, m)
		} else {
			left = append(left, m)
		}
	}
	bisect(vecs, left, path+"0", depth-1, rng, paths)
	bisect(vecs, right, path+"1", depth-1, rng, paths)
}
