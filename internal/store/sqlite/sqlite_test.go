package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "t.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDocument(ctx, "h", "x"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen (migrations must not run twice): %v", err)
	}
	defer s.Close()
	if seen, _ := s.KnownDocument(ctx, "h", "x"); !seen {
		t.Error("document lost across reopen")
	}
}

// TestPutArticles writes a batch holding a new article, a second copy
// of it and another new article: one transaction, created flags in
// order, annotations kept for new articles only, both origins recorded.
func TestPutArticles(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := &model.Article{ID: "a1", Source: "one.txt", Title: "One", Text: "First text.", Published: "2024-05-01"}
	copyA := &model.Article{ID: "a1", Source: "copy.txt", Title: "One", Text: "First text.", Published: "2024-05-01"}
	b := &model.Article{ID: "b2", Source: "two.txt", Title: "Two", Text: "Second text.", Published: "2024-05-02"}
	created, err := s.PutArticles(ctx, []store.ArticleWrite{
		{Article: a, DocHash: "h1", Annotations: []byte(`{"n":1}`)},
		{Article: copyA, DocHash: "h2", Annotations: []byte(`{"n":2}`)},
		{Article: b, DocHash: "h3"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, false, true}; len(created) != 3 || created[0] != want[0] || created[1] != want[1] || created[2] != want[2] {
		t.Errorf("created = %v, want %v", created, want)
	}
	if ann, err := s.Annotations(ctx, "a1"); err != nil || string(ann) != `{"n":1}` {
		t.Errorf("annotations of a1 = %s, %v; want the first article's", ann, err)
	}
	got, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Origins) != 2 {
		t.Errorf("origins of a1 = %v, want one.txt and copy.txt", got.Origins)
	}
	for _, h := range []string{"h1", "h2", "h3"} {
		if seen, _ := s.KnownDocument(ctx, h, ""); !seen {
			t.Errorf("document %s not recorded", h)
		}
	}
}
