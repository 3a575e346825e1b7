package quote

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "data", "nlp", "polnear", "dev", "text", "*.txt"))
	if len(dev) > 8 {
		dev = dev[:8]
	}
	for _, p := range append(seeds, dev...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`"A," he said. "B`)
	f.Add("“”“ said , said ” according to ,")
	f.Fuzz(func(t *testing.T, text string) {
		qs := Extract(text)
		if !utf8.ValidString(text) {
			return // offsets still valid, but Text round-trips through runes
		}
		checkSpans(t, text, qs)
	})
}
