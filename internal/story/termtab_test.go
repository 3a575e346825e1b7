package story

import (
	"math/rand/v2"
	"testing"
)

// TestTermTable checks the term table against a Go map through rounds
// of additions and prunings, at sizes where probe runs wrap around the
// end of the table and where it grows and shrinks.
func TestTermTable(t *testing.T) {
	tests := []struct {
		name   string
		keys   int // distinct keys drawn from
		rounds int
		adds   int // additions per round
		keep   int // keep a key when its count mod keep is not 0
	}{
		{"small, dense", 900, 20, 500, 3},
		{"grows and shrinks", 200000, 6, 40000, 2},
		{"forget most", 5000, 10, 3000, 1}, // keep nothing: mod 1 is always 0
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			tab := newTermTable[termStat](0)
			ref := map[uint32]termStat{}
			for range tc.rounds {
				for range tc.adds {
					k := 2 + rng.Uint32N(uint32(tc.keys)) // 0 and 1 share a slot key
					tab.put(k).df++
					st := ref[k]
					st.df++
					ref[k] = st
				}
				keep := func(st *termStat) bool { return int(st.df)%tc.keep != 0 }
				tab.keep(keep)
				for k, st := range ref {
					if !keep(&st) {
						delete(ref, k)
					}
				}
				if tab.len() != len(ref) {
					t.Fatalf("%d entries, want %d", tab.len(), len(ref))
				}
				for k, st := range ref {
					if got := tab.get(k); got != st {
						t.Fatalf("key %d: %+v, want %+v", k, got, st)
					}
				}
				for range 100 {
					k := 2 + uint32(tc.keys) + rng.Uint32N(1<<20)
					if tab.find(k) != nil {
						t.Fatalf("absent key %d found", k)
					}
				}
			}
			if s := tab.sorted(); len(s) != len(ref) {
				t.Errorf("sorted lists %d entries, want %d", len(s), len(ref))
			} else {
				for i := 1; i < len(s); i++ {
					if s[i-1].key >= s[i].key {
						t.Fatalf("sorted out of order at %d", i)
					}
				}
			}
		})
	}
	tab := newTermTable[termStat](0)
	tab.put(0).df = 7
	if tab.get(1).df != 7 || tab.len() != 1 {
		t.Errorf("term 0 is not stored as term 1")
	}
}

// TestTermTableWrap checks deletion inside a probe run that wraps around
// the end of the table.
func TestTermTableWrap(t *testing.T) {
	tab := newTermTable[termStat](0)
	last := uint32(len(tab.slots) - 1)
	// One key at home in the last slot but one, two in the last, two
	// in the first: their run fills the table's last two slots and its
	// first three.
	want := map[uint32]int{last - 1: 1, last: 2, 0: 2}
	var keys []uint32
	for _, home := range []uint32{last - 1, last, 0} {
		for k := uint32(2); want[home] > 0; k++ {
			if tab.home(k) == home {
				keys = append(keys, k)
				want[home]--
			}
		}
	}
	for drop := range keys {
		tt := newTermTable[termStat](0)
		for i, k := range keys {
			tt.put(k).df = int32(i + 1)
		}
		tt.keep(func(st *termStat) bool { return st.df != int32(drop+1) })
		for i, k := range keys {
			switch got := tt.get(k).df; {
			case i == drop && got != 0:
				t.Errorf("drop %d: key %d still there", drop, k)
			case i != drop && got != int32(i+1):
				t.Errorf("drop %d: key %d has df %d, want %d", drop, k, got, i+1)
			}
		}
	}
}
