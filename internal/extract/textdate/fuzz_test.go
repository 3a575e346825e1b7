package textdate

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzGuess checks that any text gives either nothing or an estimate
// inside its own range with evidence, and that Check never panics.
// The corpus is seeded with the shared seed articles when present.
func FuzzGuess(f *testing.F) {
	for _, s := range []string{
		"Donald Trump, president-elect of the United States. Since 2021. With his inauguration scheduled for January.",
		"President Lee Jaemyung spoke on the 11th (local time), just four months after taking office.",
		"윤석열 대통령 당선인은 10일 말했다.",
		"former President Obama, last March, on 3 March 2021, by 2030",
		"",
	} {
		f.Add(s)
	}
	if dir, err := os.Getwd(); err == nil {
		paths, _ := filepath.Glob(filepath.Join(dir, "..", "..", "..", "..", "shared", "seeds", "*.txt"))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		e, ok := Guess(text, Options{})
		if ok {
			if e.Precision != Day && e.Precision != Month && e.Precision != Year || len(e.Evidence) == 0 || e.String() == "" {
				t.Fatalf("malformed estimate %+v", e)
			}
			if !e.Latest.IsZero() && e.Latest.Before(e.Earliest) {
				t.Fatalf("empty range %v..%v", e.Earliest, e.Latest)
			}
		}
		for _, w := range Check(text, time.Date(2025, 8, 31, 0, 0, 0, 0, time.UTC), Options{}) {
			if !utf8.ValidString(w) && utf8.ValidString(text) {
				t.Fatalf("invalid UTF-8 in warning %q", w)
			}
		}
	})
}
