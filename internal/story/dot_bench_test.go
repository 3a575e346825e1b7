package story

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkTableDot measures an article's body vector against story
// centroids at the sizes and overlap of an ingest of KCNA articles (106
// and 213 terms on average, 7.5% of a centroid's terms in the article),
// the centroids more than the caches hold.
func BenchmarkTableDot(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	const na, nc, shared = 106, 213, 16
	mk := func(ids []uint32) vec {
		slices.Sort(ids)
		v := make(vec, len(ids))
		for i, id := range ids {
			v[i] = entry{id, rng.Float32() + 0.01}
		}
		return v
	}
	const arts, stories = 16, 4096
	var tabs [arts]table
	var as [arts][]uint32
	for p := range arts {
		a := make([]uint32, na)
		for i := range a {
			a[i] = rng.Uint32()
		}
		as[p] = a
		tabs[p].reset(mk(slices.Clone(a)))
	}
	cs := make([]vec, stories)
	for p := range cs {
		c := slices.Clone(as[rng.IntN(arts)][:shared])
		for len(c) < nc {
			c = append(c, rng.Uint32())
		}
		cs[p] = mk(c)
	}
	b.ResetTimer()
	var s float64
	for i := 0; b.Loop(); i++ {
		x, _ := tabs[i%arts].dotN(cs[(i*7919)%stories])
		s += x
	}
	_ = s
}
