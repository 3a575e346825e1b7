package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/model"
)

// BenchmarkEachArticle reads every article of a 20,000-article store in
// story order, as a story replay does:
//
//	go test -run '^$' -bench EachArticle -benchmem ./internal/store/sqlite
func BenchmarkEachArticle(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const n = 20000
	body := strings.Repeat("The talks resumed in the capital on Tuesday after a pause of four months. ", 40)
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a := &model.Article{ID: fmt.Sprintf("%016x", uint64(i)*0x9e3779b97f4a7c15), Title: fmt.Sprintf("Talks %d", i),
			Text: body, Published: day0.Add(time.Duration(i*7919%n) * time.Hour).Format(time.RFC3339)}
		if _, err := db.PutArticle(ctx, a, "doc-"+a.ID); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		seen := 0
		if err := db.EachArticle(ctx, func(*model.Article) error { seen++; return nil }); err != nil || seen != n {
			b.Fatalf("read %d articles, %v", seen, err)
		}
	}
}
