package story

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestPruneForgetsIdleTerms streams articles over more days than the
// window: each uses a word of its own, a word of its day and a word
// every article shares. The words of days beyond the window are
// forgotten, the shared word never is (its document frequency counts
// every article), and a snapshot carries the pruned state over.
func TestPruneForgetsIdleTerms(t *testing.T) {
	const perDay, days = 500, 140 // 70,000 articles: two prunings
	c := New(Config{WindowDays: 30})
	start := day("2024-01-01")
	for i := range perDay * days {
		d := i / perDay
		text := fmt.Sprintf("Shared observatory bulletin item%d dayword%d. ", i, d)
		c.Add(Article{ID: fmt.Sprint(i), Title: fmt.Sprintf("Bulletin %d", i), Text: strings.Repeat(text, 3),
			Published: start.Add(time.Duration(d) * 24 * time.Hour)})
	}
	if got := c.vocab.get(termKey("dayword3")); got.df != 0 {
		t.Errorf("a word of day 3 is still counted (df %d) after %d days with a %v-day window", got.df, days, c.cfg.WindowDays)
	}
	if got := c.vocab.get(termKey("dayword139")); got.df != perDay {
		t.Errorf("a word of the last day has df %d, want %d", got.df, perDay)
	}
	if got := c.vocab.get(termKey("observatory")); got.df != perDay*days {
		t.Errorf("the shared word has df %d, want %d", got.df, perDay*days)
	}
	// Each article adds an item word (and its title number); what is
	// left must be about the window's articles, not the stream's.
	if n, most := c.vocab.len(), 3*perDay*(30+2*int(sweepEvery*pruneEvery/perDay)); n > most {
		t.Errorf("vocabulary holds %d terms after pruning, want at most %d", n, most)
	}
	// Retired and merged stories leave the index, so it holds the
	// window's stories only.
	c.sweep()
	for term, list := range c.index {
		for _, k := range list {
			if cl := c.clusters[k]; cl.retired || cl.into >= 0 {
				t.Fatalf("term %d still lists story %s (retired %v, merged %v)", term, cl.id, cl.retired, cl.into >= 0)
			}
		}
	}
	if c.caps.len() > c.vocab.len() {
		t.Errorf("capitalisation record holds %d words, more than the %d terms", c.caps.len(), c.vocab.len())
	}
	r := roundTrip(t, c)
	if r.vocab.len() != c.vocab.len() || r.caps.len() != c.caps.len() || len(r.marks) != len(c.marks) {
		t.Errorf("restored vocabulary %d, caps %d, marks %d; want %d, %d, %d",
			r.vocab.len(), r.caps.len(), len(r.marks), c.vocab.len(), c.caps.len(), len(c.marks))
	}
}

// TestTermKeyStable pins the hash to FNV-1a's published test vectors
// (64-bit offset basis for "", 0xaf63dc4c8601ec8c for "a"), folded:
// term IDs are stored in snapshots, so a change of hash must come with a
// new snapshot version.
func TestTermKeyStable(t *testing.T) {
	for _, tc := range []struct {
		term string
		want uint32
	}{
		{"", 0xcbf29ce4 ^ 0x84222325},
		{"a", 0xaf63dc4c ^ 0x8601ec8c},
	} {
		if got := termKey(tc.term); got != tc.want {
			t.Errorf("termKey(%q) = %#x, want %#x", tc.term, got, tc.want)
		}
	}
}

// roundTrip snapshots c and restores the snapshot with the snapshot's
// own configuration, failing t on any error.
func roundTrip(t *testing.T, c *Clusterer) *Clusterer {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteSnapshot(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := ReadSnapshot(&buf, Config{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
