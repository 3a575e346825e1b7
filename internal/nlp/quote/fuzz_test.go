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

// FuzzExtractOther runs the Korean, Romance and German rules on the
// same input, seeded from ML-Crisis articles in Spanish, French and
// Italian and from German and Korean sentences.
func FuzzExtractOther(f *testing.F) {
	for _, lang := range []string{"es", "fr", "it"} {
		ps, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "data", "clustering", "multilingual", "ml-crisis", lang, "syria", "*", "*.txt"))
		for _, p := range ps[:min(len(ps), 3)] {
			if b, err := os.ReadFile(p); err == nil && len(b) < 20000 {
				f.Add(string(b))
			}
		}
	}
	f.Add("Am Dienstag sagte Merz, die Gespräche würden fortgesetzt. „Das ist ein Fehler.“ So der Sprecher, »gut«.")
	f.Add("트럼프 대통령은 “대화할 준비가 돼 있다”고 말했다.")
	f.Add("„“„ sagte , so » « dass laut ,")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkSpans(t, text, ExtractKorean(text))
		for _, lang := range []string{"pt", "es", "fr", "it", "de"} {
			qs, _ := ExtractRomance(text, lang)
			checkSpans(t, text, qs)
		}
	})
}
