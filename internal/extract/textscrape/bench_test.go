package textscrape

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/sharedtest"
)

// BenchmarkExtract cleans the seeds' page scrapes, the plain-text case
// the line classifier is for; it reports the bytes cleaned per second.
//
//	go test -run '^$' -bench Extract -benchmem ./internal/extract/textscrape
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedtest.Path(b, "seeds"), "*"))
	if len(files) == 0 {
		b.Skip("no seed files")
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			Extract(t, Options{})
		}
	}
}
