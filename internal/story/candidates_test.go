package story

import (
	"fmt"
	"slices"
	"testing"
)

// TestCandidatesBounded indexes 300 stories under one common term and
// one story also under five rarer terms: the article's candidates are
// capped at maxCandidates, keep that story, and keep the order found.
func TestCandidatesBounded(t *testing.T) {
	c := New(Config{})
	var all []int32
	for i := range 300 {
		all = append(all, c.newCluster(fmt.Sprint("a", i)))
	}
	const common, special = 1, 150
	c.index[common] = slices.Clone(all)
	look := []uint32{common}
	for term := uint32(2); term <= 6; term++ {
		c.index[term] = []int32{special}
		look = append(look, term)
	}
	got := c.candidates(look)
	if len(got) != maxCandidates {
		t.Fatalf("%d candidates, want %d", len(got), maxCandidates)
	}
	if !slices.Contains(got, special) {
		t.Errorf("the story sharing six lookup terms was dropped")
	}
	if !slices.IsSorted(got) {
		t.Errorf("candidates not in the order found: %v", got)
	}
	// Under the cap every live story is a candidate.
	if got := c.candidates([]uint32{2, 3}); !slices.Equal(got, []int32{special}) {
		t.Errorf("candidates(rare terms) = %v, want [%d]", got, special)
	}
}
