package nlp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/sharedtest"
)

// kcnaSample is an evenly spaced sample of the non-empty KCNA article
// bodies of the shared corpus with their publication dates.
type kcnaArticle struct {
	text string
	date time.Time
}

// sharedDir returns the shared data folder, or skips.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Path(tb)
}

// kcnaSample returns n articles spread evenly over the corpus.
func kcnaSample(tb testing.TB, n int) []kcnaArticle {
	tb.Helper()
	path := filepath.Join(sharedDir(tb), "data", "corpus", "kcna", "headlines_2024-11-11.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("KCNA corpus absent (%v)", err)
	}
	var recs []struct {
		Text string `json:"story_text"`
		Date string `json:"date_str"`
	}
	if err := json.Unmarshal(raw, &recs); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var all []kcnaArticle
	for _, r := range recs {
		if r.Text == "" {
			continue
		}
		d, err := time.Parse(time.DateOnly, r.Date)
		if err != nil {
			tb.Fatalf("%s: date %q: %v", path, r.Date, err)
		}
		all = append(all, kcnaArticle{text: r.Text, date: d})
	}
	if len(all) <= n {
		return all
	}
	out := make([]kcnaArticle, 0, n)
	for i := range n {
		out = append(out, all[i*len(all)/n])
	}
	return out
}

// BenchmarkAnalyzeKCNA analyses 300 KCNA articles, spread over the whole
// corpus, per iteration, and reports articles/s (per core with -cpu 1) and,
// where the process's CPU time is known, articles per CPU second, which a
// busy machine disturbs less.
func BenchmarkAnalyzeKCNA(b *testing.B) {
	arts := kcnaSample(b, 300)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, art := range arts {
		size += len(art.text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0, cpuOK := sharedtest.CPUTime()
	b.ResetTimer()
	for b.Loop() {
		for _, art := range arts {
			a.Analyze(art.text, art.date)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu1, ok := sharedtest.CPUTime(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64(len(arts)*b.N)/(cpu1-cpu0).Seconds(), "articles/cpu-s")
	}
}

// BenchmarkNew measures loading the embedded models (the budget is 200
// ms), and reports the CPU time a load takes where it is known.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	cpu0, cpuOK := sharedtest.CPUTime()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, ok := sharedtest.CPUTime(); ok && cpuOK {
		b.ReportMetric(float64((cpu1-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
