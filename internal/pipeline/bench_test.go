package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/markusmobius/go-trafilatura"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source"
)

// evalPages loads up to n trafilatura-eval pages, decompressed.
func evalPages(b *testing.B, n int) [][]byte {
	b.Helper()
	dir := shared(b, "data", "extraction", "trafilatura-eval")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.html.gz"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "*.html.gz"))
	}
	if len(files) == 0 {
		b.Skip("no trafilatura-eval pages")
	}
	var pages [][]byte
	for _, f := range files {
		if len(pages) == n {
			break
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		page, err := io.ReadAll(zr)
		if err == nil {
			pages = append(pages, page)
		}
	}
	return pages
}

// BenchmarkTrafilaturaAlone is go-trafilatura's own extraction, default
// options, one page per op: the yardstick for BenchmarkExtractHTML.
func BenchmarkTrafilaturaAlone(b *testing.B) {
	pages := evalPages(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		trafilatura.Extract(bytes.NewReader(pages[i%len(pages)]), trafilatura.Options{})
	}
}

// BenchmarkExtractHTML is storyline's extraction of the same pages:
// charset decoding, trafilatura with fallbacks, htmldate, language.
func BenchmarkExtractHTML(b *testing.B) {
	pages := evalPages(b, 200)
	ex := &extract.Extractor{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := &model.Document{Source: "p", Origin: "p", Kind: model.KindHTML, Body: pages[i%len(pages)]}
		ex.Extract(doc)
	}
}

// BenchmarkIngestKCNA ingests the 2,111-article KCNA JSON array into a
// fresh SQLite store per op; articles/s = 2111 / (ns/op × 1e-9).
func BenchmarkIngestKCNA(b *testing.B) {
	path := shared(b, "data", "corpus", "kcna")
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		in, _ := newIngester(b, source.Limits{})
		b.StartTimer()
		sum, err := in.Run(context.Background(), []string{path})
		if err != nil || sum.New == 0 {
			b.Fatalf("ingest: %+v %v", sum, err)
		}
		b.ReportMetric(float64(sum.New), "articles/op")
	}
}
