// Package storetest is the behaviour every store.Store backend must show,
// as one table-driven suite that each backend's tests run against a fresh
// store.
package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

// Run runs the suite; open must return an empty store.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutIsIdempotent", putIsIdempotent},
		{"SecondOriginIsRecorded", secondOriginIsRecorded},
		{"DocumentsAreRemembered", documentsAreRemembered},
		{"ArticleByPrefix", articleByPrefix},
		{"FilterByOutletLanguageDate", filters},
		{"SearchFindsTitleAndBody", search},
		{"SearchTakesHostileInput", searchHostile},
		{"SourceStateRoundTrip", sourceStates},
		{"StoriesReplace", stories},
		{"StoriesUpdate", storiesUpdate},
		{"ArticlesAfter", articlesAfter},
		{"ArticleHeads", articleHeads},
		{"AnnotationsRoundTrip", annotations},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

func sample() []model.Article {
	return []model.Article{
		{ID: "aa11", Source: "seeds/000.txt", Title: "Trump-North Korea Diplomacy Resurfaces",
			Text: "Trump remains open to meeting Kim Jong-un.", Published: "2025-08-31",
			PublishedFrom: "header", Language: "en", Outlet: "Example News", Authors: []string{"A. Writer"},
			Removed: []string{"Share post:"}},
		{ID: "bb22", Source: "kcna.json#3", Title: "Respected Comrade visits factory",
			Text: "The factory fulfilled its plan.", Published: "2024-11-10T08:00:00Z",
			PublishedFrom: "json", Language: "en", Outlet: "KCNA"},
		{ID: "cc33", Source: "asiae.txt", Title: "북미 대화", Text: "김정은 위원장과 트럼프 대통령",
			Language: "ko", Outlet: "The Asia Business Daily"},
	}
}

func putAll(t *testing.T, s store.Store) {
	t.Helper()
	for _, a := range sample() {
		a := a
		if _, err := s.PutArticle(context.Background(), &a, "doc-"+a.ID); err != nil {
			t.Fatalf("PutArticle(%s): %v", a.ID, err)
		}
	}
}

func putIsIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := sample()[0]
	created, err := s.PutArticle(ctx, &a, "h1")
	if err != nil || !created {
		t.Fatalf("first put: created=%v err=%v", created, err)
	}
	created, err = s.PutArticle(ctx, &a, "h1")
	if err != nil || created {
		t.Fatalf("second put: created=%v err=%v, want false, nil", created, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Origins != 1 || st.Documents != 1 {
		t.Errorf("stats after two puts = %+v, want 1/1/1", st)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Ingested.IsZero() || time.Since(got.Ingested) > time.Hour {
		t.Errorf("ingested time = %v, want about now", got.Ingested)
	}
	if got.Title != a.Title || got.Text != a.Text || got.Published != a.Published ||
		got.PublishedFrom != a.PublishedFrom || len(got.Authors) != 1 || len(got.Removed) != 1 {
		t.Errorf("round trip: got %+v, want %+v", got, a)
	}
}

func secondOriginIsRecorded(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := sample()[0]
	if _, err := s.PutArticle(ctx, &a, "h1"); err != nil {
		t.Fatal(err)
	}
	b := a
	b.Source, b.Origins = "copy/of/000.txt", nil
	created, err := s.PutArticle(ctx, &b, "h2")
	if err != nil || created {
		t.Fatalf("put copy: created=%v err=%v", created, err)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Origins) != 2 {
		t.Errorf("origins = %v, want both paths", got.Origins)
	}
	if got.Source != a.Source {
		t.Errorf("source = %q, want the first path %q", got.Source, a.Source)
	}
}

func documentsAreRemembered(t *testing.T, s store.Store) {
	ctx := context.Background()
	if seen, _ := s.KnownDocument(ctx, "x", "empty.txt"); seen {
		t.Fatal("unknown document reported seen")
	}
	if err := s.MarkDocument(ctx, "x", "empty.txt"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDocument(ctx, "x", "empty.txt"); err != nil {
		t.Fatal("marking twice:", err)
	}
	if seen, err := s.KnownDocument(ctx, "x", "again/empty.txt"); !seen || err != nil {
		t.Fatalf("marked document: seen=%v err=%v", seen, err)
	}
	a := sample()[0]
	if _, err := s.PutArticle(ctx, &a, "y"); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.KnownDocument(ctx, "y", "other/path.txt"); !seen || err != nil {
		t.Fatalf("stored document: seen=%v err=%v", seen, err)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Origins) != 2 {
		t.Errorf("origins after a known document came by another path = %v, want 2", got.Origins)
	}
}

func articleByPrefix(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	got, err := s.Article(ctx, "bb")
	if err != nil || got.ID != "bb22" {
		t.Fatalf("Article(bb) = %v, %v", got, err)
	}
	if _, err := s.Article(ctx, "zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(zz) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Article(ctx, "%"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(%%) error = %v, want ErrNotFound", err)
	}
}

func day(s string) time.Time {
	d, _ := time.Parse("2006-01-02", s)
	return d
}

func filters(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	tests := []struct {
		f    store.Filter
		want []string
	}{
		{store.Filter{}, []string{"aa11", "bb22", "cc33"}},
		{store.Filter{Outlet: "kcna"}, []string{"bb22"}},
		{store.Filter{Language: "ko"}, []string{"cc33"}},
		{store.Filter{From: day("2025-01-01")}, []string{"aa11"}},
		{store.Filter{To: day("2024-12-31")}, []string{"bb22"}},
		{store.Filter{From: day("2024-11-10"), To: day("2024-11-10")}, []string{"bb22"}},
		{store.Filter{Limit: 1}, []string{"aa11"}},
	}
	for _, tc := range tests {
		got, err := s.Articles(ctx, tc.f)
		if err != nil {
			t.Fatalf("Articles(%+v): %v", tc.f, err)
		}
		if ids := idsOf(got); !same(ids, tc.want) {
			t.Errorf("Articles(%+v) = %v, want %v", tc.f, ids, tc.want)
		}
	}
}

func search(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	tests := []struct {
		q    string
		f    store.Filter
		want []string
	}{
		{"diplomacy", store.Filter{}, []string{"aa11"}},
		{"factory plan", store.Filter{}, []string{"bb22"}},
		{"factory", store.Filter{Outlet: "Example News"}, nil},
		{"트럼프", store.Filter{}, []string{"cc33"}},
		{"nothing-like-this", store.Filter{}, nil},
	}
	for _, tc := range tests {
		hits, err := s.Search(ctx, tc.q, tc.f)
		if err != nil {
			t.Fatalf("Search(%q): %v", tc.q, err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Article.ID)
		}
		if !same(ids, tc.want) {
			t.Errorf("Search(%q, %+v) = %v, want %v", tc.q, tc.f, ids, tc.want)
		}
	}
}

func searchHostile(t *testing.T, s store.Store) {
	putAll(t, s)
	for _, q := range []string{`"`, `NEAR(`, `title:x OR`, `*`, `'; DROP TABLE articles; --`} {
		if _, err := s.Search(context.Background(), q, store.Filter{}); err != nil {
			t.Errorf("Search(%q) error: %v", q, err)
		}
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 3 {
		t.Errorf("articles after hostile queries = %d, want 3", st.Articles)
	}
}

func idsOf(as []model.Article) []string {
	var ids []string
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func sourceStates(t *testing.T, s store.Store) {
	ctx := context.Background()
	st, err := s.SourceState(ctx, "https://example.org/feed")
	if err != nil || st.Key != "https://example.org/feed" || !st.LastPoll.IsZero() {
		t.Fatalf("unknown source = %+v, %v", st, err)
	}
	now := time.Date(2025, 6, 11, 9, 30, 0, 0, time.UTC)
	st = model.SourceState{Key: "https://example.org/feed", ETag: `"abc"`, LastModified: "Wed, 11 Jun 2025 09:00:00 GMT",
		LastPoll: now, LastSuccess: now, Failures: 0, NextPoll: now.Add(15 * time.Minute), Articles: 3}
	for i := 0; i < 2; i++ {
		if err := s.SaveSourceState(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	st.LastError, st.Failures = "503 Service Unavailable", 1
	if err := s.SaveSourceState(ctx, st); err != nil {
		t.Fatal(err)
	}
	all, err := s.SourceStates(ctx)
	if err != nil || len(all) != 1 {
		t.Fatalf("SourceStates = %v, %v", all, err)
	}
	got := all[0]
	if got.ETag != st.ETag || got.LastModified != st.LastModified || !got.LastPoll.Equal(now) ||
		!got.NextPoll.Equal(st.NextPoll) || got.Failures != 1 || got.LastError != st.LastError || got.Articles != 3 {
		t.Errorf("round trip = %+v, want %+v", got, st)
	}
	if seen, _ := s.Fetched(ctx, "https://example.org/a"); seen {
		t.Error("unfetched URL reported fetched")
	}
	for i := 0; i < 2; i++ {
		if err := s.MarkFetched(ctx, "https://example.org/a"); err != nil {
			t.Fatal(err)
		}
	}
	if seen, err := s.Fetched(ctx, "https://example.org/a"); !seen || err != nil {
		t.Errorf("fetched URL: %v, %v", seen, err)
	}
}

func stories(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	for round := 0; round < 2; round++ {
		err := s.ReplaceStories(ctx, []model.Story{
			{ID: "s1", Title: "Talks", Articles: []string{"aa11", "cc33"}, Copies: map[string]string{"cc33": "aa11"}, MergedFrom: []string{"s9"}, Topic: "s1"},
			{ID: "s2", Title: "Factory", Articles: []string{"bb22"}, Topic: "s1"},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Stories(ctx)
	if err != nil || len(all) != 2 || all[0].ID != "s1" {
		t.Fatalf("Stories = %+v, %v", all, err)
	}
	if all[0].Copies["cc33"] != "aa11" || len(all[0].MergedFrom) != 1 || len(all[0].Articles) != 2 || all[0].Topic != "s1" {
		t.Errorf("story s1 = %+v", all[0])
	}
	one, err := s.Story(ctx, "s2")
	if err != nil || one.Title != "Factory" || one.Topic != "s1" {
		t.Errorf("Story(s2) = %+v, %v", one, err)
	}
	var order []string
	if err := s.EachArticle(ctx, func(a *model.Article) error { order = append(order, a.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(order) != 3 || order[0] != "bb22" || order[2] != "cc33" {
		t.Errorf("EachArticle order = %v, want dated oldest first, undated last", order)
	}
	var ids []string
	if err := s.EachArticleID(ctx, func(id string) error { ids = append(ids, id); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, order) {
		t.Errorf("EachArticleID order = %v, want EachArticle's %v", ids, order)
	}
}

func storiesUpdate(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	err := s.ReplaceStories(ctx, []model.Story{
		{ID: "s1", Title: "Talks", Articles: []string{"aa11"}},
		{ID: "s2", Title: "Factory", Articles: []string{"bb22"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// s2 is merged into s1, which also takes cc33; s3 is new.
	err = s.UpdateStories(ctx, []model.Story{
		{ID: "s1", Title: "Talks go on", Articles: []string{"aa11", "bb22"}, MergedFrom: []string{"s2"}},
		{ID: "s3", Title: "Letters", Articles: []string{"cc33"}},
	}, []string{"s2"})
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, st := range all {
		got[st.ID] = st.Title + ":" + strings.Join(st.Articles, ",")
	}
	want := map[string]string{"s1": "Talks go on:aa11,bb22", "s3": "Letters:cc33"}
	if len(got) != len(want) || got["s1"] != want["s1"] || got["s3"] != want["s3"] {
		t.Errorf("stories after update = %v, want %v", got, want)
	}
	if _, err := s.Story(ctx, "s2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removed story s2: err = %v, want ErrNotFound", err)
	}
}

func articlesAfter(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	// EachArticle's order: bb22 (2024), aa11 (2025), cc33 (undated).
	tests := []struct {
		after   string
		want    []string
		through int
	}{
		{"", []string{"bb22", "aa11", "cc33"}, 0},
		{"bb22", []string{"aa11", "cc33"}, 1},
		{"aa11", []string{"cc33"}, 2},
		{"cc33", nil, 3},
	}
	for _, tt := range tests {
		var got []string
		err := s.EachArticleAfter(ctx, tt.after, func(a *model.Article) error { got = append(got, a.ID); return nil })
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("EachArticleAfter(%q) = %v, %v; want %v", tt.after, got, err, tt.want)
		}
		if tt.after == "" {
			continue
		}
		if n, err := s.ArticlesThrough(ctx, tt.after); n != tt.through || err != nil {
			t.Errorf("ArticlesThrough(%q) = %d, %v; want %d", tt.after, n, err, tt.through)
		}
	}
	err := s.EachArticleAfter(ctx, "nope", func(*model.Article) error { return nil })
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("EachArticleAfter(unknown) = %v, want ErrNotFound", err)
	}
}

func articleHeads(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	heads, err := s.ArticleHeads(ctx, []string{"aa11", "cc33", "zz99"})
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != 2 {
		t.Fatalf("ArticleHeads = %d articles, want 2 (the unknown ID left out)", len(heads))
	}
	full, err := s.Article(ctx, "aa11")
	if err != nil {
		t.Fatal(err)
	}
	h := heads["aa11"]
	if h.Title != full.Title || h.Outlet != full.Outlet || h.Published != full.Published || h.URL != full.URL ||
		!slices.Equal(h.Origins, full.Origins) || !h.Ingested.Equal(full.Ingested) {
		t.Errorf("head = %+v, want the metadata of %+v", h, full)
	}
	if h.Text != "" || len(h.Removed) != 0 {
		t.Errorf("head carries text %q and removed lines %v", h.Text, h.Removed)
	}
	if heads, err := s.ArticleHeads(ctx, nil); err != nil || len(heads) != 0 {
		t.Errorf("ArticleHeads(nil) = %v, %v", heads, err)
	}
}

func annotations(t *testing.T, s store.Store) {
	putAll(t, s)
	ctx := context.Background()
	if _, err := s.Annotations(ctx, "aa11"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing annotations: %v, want ErrNotFound", err)
	}
	for _, data := range []string{`{"entities":[]}`, `{"entities":[{"text":"Kim Jong Un","type":"PER"}]}`} {
		if err := s.PutAnnotations(ctx, "aa11", []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Annotations(ctx, "aa11")
	if err != nil || !strings.Contains(string(got), "Kim Jong Un") {
		t.Errorf("annotations = %s, %v", got, err)
	}
}
