package timeline

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuild builds the seeds' timeline (three articles).
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		b.Skip("shared data not available (../shared/seeds)")
	}
	var arts []Article
	for i, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, Article{ID: string(rune('a' + i)), Text: string(t), Published: day("2025-06-12"), Language: "en"})
	}
	b.ReportAllocs()
	for b.Loop() {
		Build("s", "t", arts, Options{})
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
