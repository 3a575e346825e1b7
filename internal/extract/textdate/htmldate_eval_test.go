package textdate_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/sharedtest"
)

// sharedDir returns the shared data folder, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Path(t)
}

// correct reports whether an estimate agrees with a gold day at its own
// precision.
func correct(e textdate.Estimate, gold time.Time) bool {
	switch e.Precision {
	case textdate.Day:
		return e.Date.Equal(gold)
	case textdate.Month:
		return e.Date.Year() == gold.Year() && e.Date.Month() == gold.Month()
	case textdate.Year:
		return e.Date.Year() == gold.Year()
	}
	return false
}

// TestHTMLDateSet measures the text estimate on htmldate's evaluation
// pages: on every page with the page's own date metadata ignored, and
// on the pages where htmldate finds no date. It is an evaluation, run
// with STORYLINE_EVAL=1; it fails when the estimate is right on fewer
// than 80% of the pages it dates.
func TestHTMLDateSet(t *testing.T) {
	if os.Getenv("STORYLINE_EVAL") == "" {
		t.Skip("evaluation: set STORYLINE_EVAL=1 to run")
	}
	dir := filepath.Join(sharedDir(t), "data", "extraction", "htmldate")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("htmldate set: %v", err)
	}
	defer f.Close()
	var ex extract.Extractor
	type tally struct{ pages, dated, right, inRange int }
	var all, undated tally
	byPrec := map[string][2]int{}
	var bounded, sound int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct {
			File string  `json:"file"`
			URL  string  `json:"url"`
			Date *string `json:"date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		if row.Date == nil {
			continue
		}
		gold, err := time.Parse(time.DateOnly, *row.Date)
		if err != nil {
			t.Fatalf("gold date %q: %v", *row.Date, err)
		}
		body, err := readPage(filepath.Join(dir, row.File))
		if err != nil {
			t.Fatalf("%s: %v", row.File, err)
		}
		a, err := ex.Extract(&model.Document{Source: row.File, Origin: row.File, Kind: model.KindHTML, Body: body})
		if err != nil {
			continue
		}
		e, ok := textdate.Guess(a.Title+"\n\n"+a.Text, textdate.Options{})
		if b, ok := textdate.Bounds(a.Title+"\n\n"+a.Text, textdate.Options{}); ok {
			bounded++
			if !gold.Before(b.Earliest) && (b.Latest.IsZero() || !gold.After(b.Latest)) {
				sound++
			} else {
				t.Logf("unsound: %s gold %s range %s..%s %q", row.File, *row.Date, b.Earliest.Format(time.DateOnly), b.Latest.Format(time.DateOnly), b.Evidence)
			}
		}
		noMeta := a.PublishedFrom != "meta" && a.PublishedFrom != "url"
		for _, tl := range []*tally{&all, &undated} {
			if tl == &undated && !noMeta {
				continue
			}
			tl.pages++
			if !ok {
				continue
			}
			tl.dated++
			if correct(e, gold) {
				tl.right++
			}
			if !gold.Before(e.Earliest) && (e.Latest.IsZero() || !gold.After(e.Latest)) {
				tl.inRange++
			}
		}
		if ok {
			p := byPrec[e.Precision]
			p[0]++
			if correct(e, gold) {
				p[1]++
			} else {
				t.Logf("wrong: %s gold %s got %s (%s..%s) %q", row.File, *row.Date, e, e.Earliest.Format(time.DateOnly), e.Latest.Format(time.DateOnly), e.Evidence)
			}
			byPrec[e.Precision] = p
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		name string
		tl   tally
	}{{"metadata ignored", all}, {"htmldate found no date", undated}} {
		t.Logf("%s: %d pages, %d dated from text, %d right at their precision, %d gold inside the range", r.name, r.tl.pages, r.tl.dated, r.tl.right, r.tl.inRange)
	}
	t.Logf("bounds: %d pages bounded by their text, gold inside the range on %d", bounded, sound)
	for p, n := range byPrec {
		t.Logf("precision %s: %d dated, %d right", p, n[0], n[1])
	}
	if all.dated > 0 && all.right*100 < all.dated*80 {
		t.Errorf("precision %d/%d below 80%%", all.right, all.dated)
	}
}

func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		return nil, err
	}
	_, name, _ := charset.DetermineEncoding(raw, "text/html")
	r, err := charset.NewReaderLabel(name, bytes.NewReader(raw))
	if err != nil {
		return raw, nil
	}
	return io.ReadAll(r)
}
