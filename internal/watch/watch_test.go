package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/story"
)

// env is a watcher over a fresh SQLite store, with stories rebuilt after
// each poll as the CLI does.
type env struct {
	db string
	st *sqlite.DB
	w  *Watcher
}

func newEnv(t testing.TB, db string, sources []Source, fetch *Fetcher) *env {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in := &pipeline.Ingester{Store: st, Extractor: &extract.Extractor{}, Source: &source.Reader{}}
	if fetch == nil {
		fetch = NewFetcher(5*time.Second, 0, 1<<20)
	}
	w := &Watcher{Sources: sources, Fetch: fetch, State: st, Ingest: in, Interval: time.Minute,
		AfterPoll: func(ctx context.Context) error {
			_, err := pipeline.BuildStories(ctx, st, story.DefaultConfig)
			return err
		}}
	return &env{db: db, st: st, w: w}
}

func seeds(t *testing.T) [][]byte {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 3 {
		t.Skipf("shared seeds not available in %s", dir)
	}
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// feedServer publishes the first n of pages as an RSS feed of summary
// items linking to the pages, with ETag support.
type feedServer struct {
	mu       sync.Mutex
	pages    [][]byte
	n        int
	requests map[string]int
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests[r.URL.Path]++
	switch {
	case r.URL.Path == "/feed.xml":
		etag := fmt.Sprintf(`"v%d"`, f.n)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		var items strings.Builder
		for i := 0; i < f.n; i++ {
			fmt.Fprintf(&items, "<item><title>Article %d</title><link>http://%s/a/%d</link><description>Teaser %d</description></item>", i, r.Host, i, i)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>%s</channel></rss>`, items.String())
	case strings.HasPrefix(r.URL.Path, "/a/"):
		var i int
		fmt.Sscanf(r.URL.Path, "/a/%d", &i)
		if i >= f.n {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(f.pages[i])
	default:
		http.NotFound(w, r)
	}
}

func TestSeedsArriveOneByOne(t *testing.T) {
	fs := &feedServer{pages: seeds(t), requests: map[string]int{}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	sources := []Source{{Kind: KindFeed, Target: srv.URL + "/feed.xml"}}
	ctx := context.Background()
	events := 0
	for n := 1; n <= 3; n++ {
		fs.mu.Lock()
		fs.n = n
		fs.mu.Unlock()
		// A new watcher over the reopened store each time: a restart
		// between polls must lose nothing and fetch nothing twice.
		e := newEnv(t, db, sources, nil)
		res, err := e.w.PollDue(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Error != "" || res[0].New != 1 {
			t.Fatalf("poll %d: %+v, want one new article", n, res[0])
		}
		stories, err := e.st.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(stories) != 1 || len(stories[0].Articles) != n {
			t.Fatalf("after poll %d: stories %+v, want one story of %d articles", n, stories, n)
		}
		// The story's timeline gains the new article's events, each
		// source cited once.
		v, err := pipeline.StoryView(ctx, e.st, stories[0].ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		cited := map[string]bool{}
		for _, ev := range v.Events {
			seen := map[string]bool{}
			for _, src := range ev.Sources {
				k := src.Article + "|" + src.Sentence
				if seen[k] {
					t.Errorf("after poll %d: event %s cites %q twice", n, ev.ID, src.Sentence)
				}
				seen[k] = true
				cited[src.Article] = true
			}
		}
		if len(cited) != n || len(v.Events) < events {
			t.Errorf("after poll %d: %d events (before %d) citing %d articles, want as many or more, citing all %d", n, len(v.Events), events, len(cited), n)
		}
		events = len(v.Events)
		// Polling again at once: 304, nothing new.
		res, err = e.w.PollDue(ctx, true)
		if err != nil || !res[0].NotMod || res[0].New != 0 {
			t.Fatalf("repoll %d: %+v %v, want not modified", n, res[0], err)
		}
		e.st.Close()
	}
	for i := 0; i < 3; i++ {
		if got := fs.requests[fmt.Sprintf("/a/%d", i)]; got != 1 {
			t.Errorf("page %d fetched %d times, want once", i, got)
		}
	}
	e := newEnv(t, db, sources, nil)
	states, err := e.st.SourceStates(ctx)
	if err != nil || len(states) != 1 {
		t.Fatalf("sources = %v, %v", states, err)
	}
	if s := states[0]; s.Articles != 3 || s.Failures != 0 || s.ETag != `"v3"` || s.LastSuccess.IsZero() || !s.NextPoll.After(s.LastPoll) {
		t.Errorf("source state = %+v", s)
	}
}

func TestFailuresBackOffAndOthersGoOn(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/503", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/invalid", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>unclosed`))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// Claims 2 GB and streams until the client stops reading.
		w.Header().Set("Content-Length", fmt.Sprint(int64(2)<<30))
		chunk := []byte(strings.Repeat("<rss>", 1<<14))
		for i := 0; i < 1<<17; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < 600; i++ {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
			w.Write([]byte("<"))
			w.(http.Flusher).Flush()
		}
	})
	slow := httptest.NewServer(mux)
	defer slow.Close()
	good := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
			return
		}
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><item><title>Talks resume</title>` +
			`<link>http://example.invalid/a</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
			`<![CDATA[<p>Negotiators from both countries met again on Monday and agreed to continue the talks next month in Geneva.</p>]]>` +
			`</content:encoded></item></channel></rss>`))
	}))
	defer good.Close()
	sources := []Source{
		{Kind: KindFeed, Target: slow.URL + "/429"},
		{Kind: KindFeed, Target: slow.URL + "/503"},
		{Kind: KindFeed, Target: slow.URL + "/loop"},
		{Kind: KindFeed, Target: slow.URL + "/invalid"},
		{Kind: KindFeed, Target: slow.URL + "/huge"},
		{Kind: KindFeed, Target: slow.URL + "/trickle"},
		{Kind: KindFeed, Target: good.URL + "/private/feed"},
		{Kind: KindFeed, Target: good.URL + "/feed"},
	}
	fetch := NewFetcher(2*time.Second, 0, 1<<20)
	e := newEnv(t, filepath.Join(t.TempDir(), "w.db"), sources, fetch)
	now := time.Date(2025, 6, 11, 12, 0, 0, 0, time.UTC)
	e.w.Now = func() time.Time { return now }
	res, err := e.w.PollDue(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	byTarget := map[string]Result{}
	for _, r := range res {
		byTarget[strings.TrimPrefix(strings.TrimPrefix(r.Source, slow.URL), good.URL)] = r
	}
	wantErr := map[string]string{
		"/429": "429", "/503": "503", "/loop": "redirects", "/invalid": "feed", "/huge": "size limit",
		"/trickle": "", "/private/feed": "robots.txt",
	}
	for target, want := range wantErr {
		r := byTarget[target]
		if r.Error == "" || !strings.Contains(r.Error, want) {
			t.Errorf("%s: error %q, want one mentioning %q", target, r.Error, want)
		}
		if !r.NextPoll.After(now) {
			t.Errorf("%s: next poll %v not after now", target, r.NextPoll)
		}
	}
	if r := byTarget["/feed"]; r.Error != "" || r.New != 1 {
		t.Errorf("good feed beside failing ones: %+v, want one new article", r)
	}
	if r := byTarget["/429"]; r.NextPoll.Before(now.Add(time.Hour)) {
		t.Errorf("429 with Retry-After 3600: next poll %v, want ≥ 1h later", r.NextPoll)
	}
	st, _ := e.st.SourceState(context.Background(), slow.URL+"/503")
	if st.Failures != 1 || !strings.Contains(st.LastError, "503") {
		t.Errorf("503 state = %+v", st)
	}
	// Not due yet: a second round skips every failed source.
	res, _ = e.w.PollDue(context.Background(), false)
	for _, r := range res {
		if r.Source != good.URL+"/feed" && !r.Skipped {
			t.Errorf("%s polled again before its backoff ended", r.Source)
		}
	}
}

func TestBackoff(t *testing.T) {
	base, ceiling := time.Minute, time.Hour
	prev := time.Duration(0)
	for f := 1; f <= 8; f++ {
		d := Backoff(f, base, ceiling, 0, nil)
		if d < prev || d > ceiling {
			t.Errorf("Backoff(%d) = %v after %v", f, d, prev)
		}
		prev = d
	}
	if d := Backoff(1, base, ceiling, 2*time.Hour, nil); d != 2*time.Hour {
		t.Errorf("Retry-After longer than backoff: %v", d)
	}
}

func TestFolderSource(t *testing.T) {
	dir := t.TempDir()
	e := newEnv(t, filepath.Join(t.TempDir(), "w.db"), []Source{{Kind: KindFolder, Target: dir}}, nil)
	ctx := context.Background()
	write := func(name, title string) {
		body := title + "\n\nThe ministers met in the capital on Tuesday and agreed on a new framework for trade and security cooperation between the two countries.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Ministers agree framework")
	if res, err := e.w.PollDue(ctx, true); err != nil || res[0].New != 1 {
		t.Fatalf("first poll: %+v %v", res, err)
	}
	if res, _ := e.w.PollDue(ctx, true); res[0].New != 0 || res[0].Fetched != 0 {
		t.Errorf("unchanged folder re-read: %+v", res[0])
	}
	write("b.txt", "A second article arrives")
	if res, _ := e.w.PollDue(ctx, true); res[0].New != 1 || res[0].Fetched != 1 {
		t.Errorf("new file: %+v, want 1 new from 1 file", res[0])
	}
}

func TestParseSources(t *testing.T) {
	in := `# my story
https://example.org/feed.xml 10m
sitemap https://example.org/news-sitemap.xml
https://example.org/sitemap_index.xml
./drop
folder /data/in 1h
`
	got, err := ParseSources(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Source{
		{KindFeed, "https://example.org/feed.xml", 10 * time.Minute},
		{KindSitemap, "https://example.org/news-sitemap.xml", 0},
		{KindSitemap, "https://example.org/sitemap_index.xml", 0},
		{KindFolder, "./drop", 0},
		{KindFolder, "/data/in", time.Hour},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"feed ftp://x/y", "https://x/feed soon", "feed"} {
		if _, err := ParseSources(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseSources(%q) accepted it", bad)
		}
	}
}
