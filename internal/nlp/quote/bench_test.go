package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractKCNA runs Extract over the first 200 non-empty KCNA
// article bodies of the shared corpus.
func BenchmarkExtractKCNA(b *testing.B) {
	path := filepath.Join("..", "..", "..", "..", "shared", "data", "corpus", "kcna", "headlines_2024-11-11.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("KCNA corpus absent (%v)", err)
	}
	var recs []struct {
		Text string `json:"story_text"`
	}
	if err := json.Unmarshal(raw, &recs); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	var texts []string
	size := 0
	for _, r := range recs {
		if r.Text != "" && len(texts) < 200 {
			texts = append(texts, r.Text)
			size += len(r.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			n += len(Extract(t))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "quotes/op")
}
