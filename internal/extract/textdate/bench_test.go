package textdate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkGuess times one estimate on a seed article repeated to
// about 30 KB, a long news page.
func BenchmarkGuess(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "seeds", "001_*.txt"))
	if len(paths) == 0 {
		b.Skip("shared seeds not found (../shared from the repository root)")
	}
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 3)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Guess(text, Options{})
	}
}
