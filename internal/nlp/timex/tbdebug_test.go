package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	evaltimex "github.com/storyline/storyline/internal/eval/timex"
	"github.com/storyline/storyline/internal/sharedtest"
)

// TestTimeBankValues prints the TimeBank value mismatches (text, gold and
// system value, DCT, context) for development; it is gated by
// $TIMEX_TB_DEBUG and skips otherwise. Only TimeBank, the development set,
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
	for _, d := range docs {
		_, errs := evaltimex.ScoreDoc(d, evaltimex.Storyline(d.Text, d.DCT))
		rs := []rune(d.Text)
		if os.Getenv("TIMEX_TB_DEBUG") == "gold" {
			for _, g := range d.Gold {
				t.Logf("GOLD %s dct=%s %s | %q %s", d.ID, d.DCT.Format("2006-01-02 Mon"), g.Type, g.Text, g.Value)
			}
		}
		for _, e := range errs {
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
