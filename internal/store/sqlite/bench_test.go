package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
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

// BenchmarkReplaceStories writes 6,000 stories holding 100,000 articles
// in all (the story table of a 100k-article ingest) over the previous
// ones, as the end of an ingest does:
//
//	go test -run '^$' -bench ReplaceStories -benchmem ./internal/store/sqlite
func BenchmarkReplaceStories(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const n, per = 100000, 16
	var ws []store.ArticleWrite
	for j := range n {
		id := fmt.Sprintf("%032x", uint64(j)*0x9e3779b97f4a7c15)
		ws = append(ws, store.ArticleWrite{Article: &model.Article{ID: id, Title: "Talks " + id, Text: "The talks resumed."}})
		if len(ws) == 1000 {
			if _, err := db.PutArticles(ctx, ws); err != nil {
				b.Fatal(err)
			}
			ws = ws[:0]
		}
	}
	var stories []model.Story
	for i := 0; i < n; i += per {
		st := model.Story{ID: fmt.Sprintf("s%016x", uint64(i)*0x9e3779b97f4a7c15), Title: fmt.Sprintf("Story %d", i),
			Copies: map[string]string{}}
		for j := i; j < min(n, i+per); j++ {
			st.Articles = append(st.Articles, fmt.Sprintf("%032x", uint64(j)*0x9e3779b97f4a7c15))
		}
		st.Copies[st.Articles[len(st.Articles)-1]] = st.Articles[0]
		stories = append(stories, st)
	}
	if err := db.ReplaceStories(ctx, stories); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := db.ReplaceStories(ctx, stories); err != nil {
			b.Fatal(err)
		}
	}
}
