package timex_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	evaltimex "github.com/storyline/storyline/internal/eval/timex"
	"github.com/storyline/storyline/internal/sharedtest"
)

// TestTimeBankValues prints the TimeBank value mismatches (text, gold and
// system value, DCT, context) for development; it is gated by
// $TIMEX_TB_DEBUG ("all" adds the missed and spurious ones) and skips
// otherwise. Only TimeBank, the development set,
// is read.
func TestTimeBankValues(t *testing.T) {
	if os.Getenv("TIMEX_TB_DEBUG") == "" {
		t.Skip("set TIMEX_TB_DEBUG=1 to list TimeBank value mismatches")
	}
	dir := sharedtest.Path(t, "data", "nlp", "tempeval3", "TBAQ-cleaned", "TimeBank")
	docs, err := evaltimex.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading %s: %v", filepath.Base(dir), err)
	}
	bySource := map[string]*evaltimex.Counts{}
	defer func() {
		for _, src := range slices.Sorted(maps.Keys(bySource)) {
			c := bySource[src]
			t.Logf("source %-4s gold %4d sys %4d relaxed %4d value %4d (value acc %.3f)", src, c.Gold, c.System, c.Relaxed, c.Value, float64(c.Value)/float64(max(1, c.Relaxed)))
		}
	}()
	for _, d := range docs {
		c, errs := evaltimex.ScoreDoc(d, evaltimex.Storyline(d.Text, d.DCT))
		src := strings.ToLower(d.ID[:min(3, len(d.ID))])
		if bySource[src] == nil {
			bySource[src] = &evaltimex.Counts{}
		}
		bySource[src].Add(c)
		rs := []rune(d.Text)
		if os.Getenv("TIMEX_TB_DEBUG") == "gold" {
			for _, g := range d.Gold {
				t.Logf("GOLD %s dct=%s %s | %q %s", d.ID, d.DCT.Format("2006-01-02 Mon"), g.Type, g.Text, g.Value)
			}
		}
		for _, e := range errs {
			if e.Kind == "missed" || e.Kind == "spurious" {
				if os.Getenv("TIMEX_TB_DEBUG") == "all" {
					t.Logf("%s dct=%s %s", d.ID, d.DCT.Format("2006-01-02 Mon"), e)
				}
				continue
			}
			if e.Kind != "value" {
				continue
			}
			end := min(len(rs), e.Gold.End+40)
			after := strings.Join(strings.Fields(string(rs[e.Gold.End:end])), " ")
			t.Logf("%s dct=%s %s | %q gold=%s sys=%q %s | %s [%s] %s", d.ID, d.DCT.Format("2006-01-02 Mon"),
				e.Gold.Type, e.Gold.Text, e.Gold.Value, e.System.Text, e.System.Value, e.Before, e.Gold.Text, after)
		}
	}
}

// TestTimeBankPhrase counts, for the regular expression in
// $TIMEX_TB_PHRASE, its matches in the TimeBank texts, how many of them
// overlap a gold TIMEX3 (with the gold text, type and value) and what
// the tagger returns there; it is for deciding whether a phrase is worth
// a rule, and skips otherwise. Only TimeBank, the development set, is
// read.
func TestTimeBankPhrase(t *testing.T) {
	pat := os.Getenv("TIMEX_TB_PHRASE")
	if pat == "" {
		t.Skip("set TIMEX_TB_PHRASE=regexp to count a phrase in TimeBank")
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		t.Fatalf("TIMEX_TB_PHRASE: %v", err)
	}
	dir := sharedtest.Path(t, "data", "nlp", "tempeval3", "TBAQ-cleaned", "TimeBank")
	docs, err := evaltimex.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading %s: %v", filepath.Base(dir), err)
	}
	n, gold := 0, 0
	for _, d := range docs {
		sys := evaltimex.Storyline(d.Text, d.DCT)
		for _, loc := range re.FindAllStringIndex(d.Text, -1) {
			n++
			start := utf8.RuneCountInString(d.Text[:loc[0]])
			end := start + utf8.RuneCountInString(d.Text[loc[0]:loc[1]])
			g, sv := "-", "-"
			for _, x := range d.Gold {
				if x.Start < end && start < x.End {
					g = fmt.Sprintf("%q %s %s", x.Text, x.Type, x.Value)
					gold++
					break
				}
			}
			for _, x := range sys {
				if x.Start < end && start < x.End {
					sv = fmt.Sprintf("%q %s %s", x.Text, x.Type, x.Value)
					break
				}
			}
			lo := max(0, loc[0]-60)
			hi := min(len(d.Text), loc[1]+40)
			t.Logf("%s dct=%s gold=%s sys=%s | %s", d.ID, d.DCT.Format("2006-01-02 Mon"), g, sv, strings.Join(strings.Fields(d.Text[lo:hi]), " "))
		}
	}
	t.Logf("%d matches, %d overlap gold", n, gold)
}
