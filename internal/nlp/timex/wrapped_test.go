package timex_test

import (
	"path/filepath"
	"testing"

	evaltimex "github.com/storyline/storyline/internal/eval/timex"
	"github.com/storyline/storyline/internal/sharedtest"
)

// wrapAt hard-wraps text at width columns, as newswire archives are
// stored, by turning spaces into line breaks: offsets do not move.
func wrapAt(text string, width int) string {
	b := []byte(text)
	col, lastSpace := 0, -1
	for i := range b {
		switch b[i] {
		case '\n':
			col, lastSpace = 0, -1
			continue
		case ' ':
			lastSpace = i
		}
		col++
		if col > width && lastSpace >= 0 {
			b[lastSpace] = '\n'
			col, lastSpace = i-lastSpace, -1
		}
	}
	return string(b)
}

// TestTimeBankWrapped checks that hard-wrapping the TimeBank texts (the
// development set) at 70 columns changes the tagger's scores by little:
// a line break inside a sentence must not cut the words that decide a
// value. It skips when the shared data is absent.
func TestTimeBankWrapped(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the TimeBank corpus")
	}
	dir := sharedtest.Path(t, "data", "nlp", "tempeval3", "TBAQ-cleaned", "TimeBank")
	docs, err := evaltimex.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading %s: %v", filepath.Base(dir), err)
	}
	plain, _ := evaltimex.Score("timebank", "dev", docs, evaltimex.Storyline)
	for _, d := range docs {
		d.Text = wrapAt(d.Text, 70)
	}
	wrapped, _ := evaltimex.Score("timebank-wrapped", "dev", docs, evaltimex.Storyline)
	if wrapped.ValueF1 < plain.ValueF1-0.003 || wrapped.RelaxedF1 < plain.RelaxedF1-0.003 {
		t.Errorf("wrapped TimeBank: relaxed F1 %.3f value F1 %.3f, want within 0.003 of plain %.3f %.3f",
			wrapped.RelaxedF1, wrapped.ValueF1, plain.RelaxedF1, plain.ValueF1)
	}
}
