package story

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// TestPruneAndHeaviest checks the selection-based prune and the buffered
// heaviest against a full sort, on random vectors with many tied weights.
func TestPruneAndHeaviest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		n := rng.IntN(700)
		v := make(vec, 0, n)
		id := uint32(0)
		for range n {
			id += 1 + uint32(rng.IntN(50))
			v = append(v, entry{id, float32(rng.IntN(20)) / 4}) // few distinct weights: ties
		}
		sorted := slices.Clone(v)
		slices.SortFunc(sorted, func(x, y entry) int {
			if heavier(x, y) {
				return -1
			}
			return 1
		})
		for _, k := range []int{0, 1, 10, 300, n, n + 5} {
			want := sorted[:min(k, n)]
			if got := heaviest(v, k); !slices.Equal(got, want) {
				t.Fatalf("trial %d: heaviest(%d of %d) = %v, want %v", trial, k, n, got, want)
			}
			byID := slices.Clone(want)
			slices.SortFunc(byID, func(x, y entry) int { return int(int64(x.id) - int64(y.id)) })
			if got := prune(v, k); !slices.Equal(got, byID) && !(len(got) == 0 && len(byID) == 0) {
				t.Fatalf("trial %d: prune(%d of %d) = %v, want %v", trial, k, n, got, byID)
			}
		}
	}
}

// TestTableDot checks that a table's dot product is exactly the merged
// one (same products, added in the same order), with random IDs and
// tables reused across vectors of different sizes.
func TestTableDot(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	randVec := func(n int) vec {
		ids := map[uint32]bool{}
		for len(ids) < n {
			ids[rng.Uint32()%4096] = true // small range: many shared IDs
		}
		v := make(vec, 0, n)
		for _, id := range slices.Sorted(maps.Keys(ids)) {
			v = append(v, entry{id, rng.Float32() + 0.01})
		}
		return v
	}
	var tab table
	for trial := range 300 {
		a, b := randVec(rng.IntN(400)), randVec(rng.IntN(400))
		tab.reset(a)
		if got, want := tab.dot(b), dot(a, b); got != want {
			t.Fatalf("trial %d: table dot %v, merged dot %v", trial, got, want)
		}
	}
}

// TestSynthDatesAdvance guards the scale bench's stream: its dates must
// keep advancing at a thousand articles a day all the way to a million
// articles (a product that overflowed once froze them after 106,751).
func TestSynthDatesAdvance(t *testing.T) {
	s := &synth{tmpl: []Article{{ID: "a", Title: "T", Text: "x"}}, base: day("2020-01-01")}
	prev := s.article(1).Published
	for _, i := range []int{1000, 106751, 106752, 500000, 999999} {
		got := s.article(i).Published
		if want := s.base.Add(time.Duration(i) * 86400 * time.Millisecond); !got.Equal(want) || !got.After(prev) {
			t.Errorf("article %d dated %v, want %v", i, got, want)
		}
		prev = got
	}
}
