package ner

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// BenchmarkLoad measures decoding the embedded model (the budget is 200 ms).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagKCNA tags 200 KCNA articles per iteration and reports
// tokens/s and articles/s.
func BenchmarkTagKCNA(b *testing.B) {
	docs := kcnaTexts(b, 200)
	tg := load(b)
	toks := 0
	for _, d := range docs {
		toks += len(tokenize.Tokens(d))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			tg.Tag(d)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(toks*b.N)/sec, "tokens/s")
	b.ReportMetric(float64(len(docs)*b.N)/sec, "articles/s")
}
