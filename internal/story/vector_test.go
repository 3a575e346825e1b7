package story

import (
	"math/rand/v2"
	"slices"
	"testing"
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
