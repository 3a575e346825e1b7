package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/timeline"
)

// chromium finds a Chromium or Chrome binary.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// seedBackend builds a story from the example articles in ../shared/seeds
// with package timeline, or returns nil when they are absent.
func seedBackend(t *testing.T) *fakeBackend {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	var paths []string
	for ; ; dir = filepath.Dir(dir) {
		paths, _ = filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", "*.txt"))
		if len(paths) > 0 || filepath.Dir(dir) == dir {
			break
		}
	}
	if len(paths) == 0 {
		return nil
	}
	b := &fakeBackend{views: map[string]*timeline.View{}, articles: map[string]*model.Article{}}
	var arts []timeline.Article
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		a := timeline.Article{ID: id, Source: p, Outlet: []string{"Seed Daily", "Seed Herald", "Seed Post"}[i%3], Text: text, Language: "en",
			Ingested: time.Date(2025, 9, 1, i, 0, 0, 0, time.UTC)}
		first, _, _ := strings.Cut(text, "\n")
		if d, err := time.Parse("Monday, January 2, 2006", strings.TrimSpace(first)); err == nil {
			a.Published = d
		}
		arts = append(arts, a)
		b.articles[id] = &model.Article{ID: id, Source: p, Title: id, Outlet: a.Outlet, Text: text, Language: "en", Published: a.Published.Format("2006-01-02")}
	}
	v := timeline.Build("sseeds", "Trump and Kim Jong Un: the diplomacy resurfaces", arts, timeline.Options{})
	b.views[v.ID] = v
	b.stories = []StorySummary{{ID: v.ID, Title: v.Title, Articles: len(arts), Outlets: 3}}
	return b
}

// TestBrowser loads the story page in headless Chromium, checks that
// the server-rendered timeline is in the DOM and saves a screenshot in a
// temporary directory, or in $STORYLINE_SCREENSHOT_DIR when set.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium binary on PATH (install Debian's chromium package)")
		}
		t.Skip("no chromium binary on PATH; install chromium to run the browser test")
	}
	b, storyID := seedBackend(t), "sseeds"
	if b == nil {
		b, storyID = fixture(), "s1abc"
	}
	srv := newServer(t, b, time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC))
	ts := httptest.NewServer(srv)
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // containers and root forbid Chromium's sandbox; the page is our own fixture
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/stories/"+storyID),
		chromedp.WaitVisible(chromedp.CSS("ol.events li.event")),
	); err != nil {
		t.Fatalf("browser: load the story page: %v", err)
	}
	events, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("ol.events li.event").length`))
	if err != nil {
		t.Fatalf("browser: count events: %v", err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.chart a.mark").length`))
	if err != nil {
		t.Fatalf("browser: count marks: %v", err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	want := len(b.views[storyID].Events)
	if want == 0 || events != want {
		t.Errorf("%d timeline entries in the DOM, want %d", events, want)
	}
	if marks == 0 {
		t.Error("no marks on the SVG timeline")
	}
	dir := os.Getenv("STORYLINE_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("screenshot is not a PNG")
	}
	out := filepath.Join(dir, "story.png")
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d events, %d marks)", out, events, marks)
}
