package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

// hostile is article text trying to reach the page as markup.
const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> <a href="javascript:alert(2)">click</a> "><svg onload=alert(3)>`

// fakeBackend serves fixed stories and articles.
type fakeBackend struct {
	stories  []StorySummary
	views    map[string]*timeline.View
	articles map[string]*model.Article
	// sinces records the since of every View call.
	sinces []time.Time
}

func (f *fakeBackend) Stories(context.Context) ([]StorySummary, error) { return f.stories, nil }

func (f *fakeBackend) View(_ context.Context, id string, since time.Time) (*timeline.View, error) {
	f.sinces = append(f.sinces, since)
	for full, v := range f.views {
		if strings.HasPrefix(full, id) {
			cp := *v
			cp.Events = append([]timeline.Event(nil), v.Events...)
			cp.Articles = append([]timeline.ArticleRow(nil), v.Articles...)
			for i := range cp.Articles {
				a := f.articles[cp.Articles[i].ID]
				cp.Articles[i].New = !since.IsZero() && a != nil && a.Ingested.After(since)
			}
			for i := range cp.Events {
				cp.Events[i].New = !since.IsZero() && cp.Events[i].ID == "e-new"
			}
			return &cp, nil
		}
	}
	return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
}

func (f *fakeBackend) Article(_ context.Context, id string) (*model.Article, error) {
	if a, ok := f.articles[id]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
}

func (f *fakeBackend) Search(_ context.Context, q string) ([]store.Hit, error) {
	var hits []store.Hit
	for _, a := range f.articles {
		if i := strings.Index(a.Text, q); i >= 0 {
			hits = append(hits, store.Hit{Article: *a, Snippet: a.Text[:i] + "[" + q + "]" + a.Text[i+len(q):], Score: 1})
		}
	}
	return hits, nil
}

// fixture is a story with hostile article text, titles and URLs.
func fixture() *fakeBackend {
	t0 := time.Date(2025, 8, 28, 9, 0, 0, 0, time.UTC)
	text := "Trump met Kim Jong Un in Singapore in 2018.\n\n" + hostile + " They met again in Hanoi in 2019."
	hanoi := utf8.RuneCountInString(text[:strings.Index(text, "They met")])
	a1 := &model.Article{ID: "a1", Source: "a1.txt", URL: "https://daily.example/a1", Title: "Summit talk", Outlet: "Daily",
		Published: "2025-08-28", Language: "en", Text: text, Ingested: t0}
	a2 := &model.Article{ID: "a2", Source: "a2.html", URL: "javascript:alert(9)", Title: "Hostile " + hostile, Outlet: "Weekly " + hostile,
		Published: "2025-08-31", Language: "en", Text: hostile + " Kim said: \"We will meet.\"", Ingested: t0.Add(72 * time.Hour)}
	v := &timeline.View{ID: "s1abc", Title: "Trump and Kim " + hostile,
		Events: []timeline.Event{
			{ID: "e1", Date: "2018-06-12", Precision: "day", Type: "MEET", Summary: "Trump met Kim Jong Un in Singapore", Place: "Singapore",
				Actors: []string{"Donald Trump", "Kim Jong Un"}, Corroboration: 2,
				Sources: []timeline.Source{{Article: "a1", Source: "a1.txt", Outlet: "Daily", Sentence: "Trump met Kim Jong Un in Singapore in 2018.", Start: 0, End: 43},
					{Article: "a2", Outlet: "Weekly", Sentence: hostile, Start: 0, End: 20}},
				Conflicts: []timeline.Conflict{{Field: "date", Values: []string{"2018-06-12", "2018-06-13"}, Note: "Daily says 12 June, Weekly 13 June " + hostile,
					Sources: [][]timeline.Source{{{Article: "a1", Outlet: "Daily", Sentence: "on 12 June", Start: 0, End: 5}}, {{Article: "a2", Outlet: "Weekly", Sentence: "on 13 June", Start: 0, End: 5}}}}}},
			{ID: "e2", Date: "2019", Precision: "year", Type: "MEET", Summary: "They met again in Hanoi", Place: "Hanoi", Corroboration: 1,
				Sources: []timeline.Source{{Article: "a1", Outlet: "Daily", Sentence: "They met again in Hanoi in 2019.", Start: hanoi, End: hanoi + 32}}},
			{ID: "e-new", Date: "2025-08", Precision: "month", Estimated: true, Type: "COMMUNICATE", Summary: "Kim said they will meet " + hostile, Corroboration: 1,
				Sources: []timeline.Source{{Article: "a2", Outlet: "Weekly", Sentence: "Kim said: \"We will meet.\"", Start: 5, End: 30}}},
		},
		Quotes: []timeline.QuoteRow{{Speaker: "Kim", Text: "We will meet " + hostile, Article: "a2", Outlet: "Weekly"},
			{Speaker: "Kim", Text: "Peace", Article: "a1", Outlet: "Daily"}, {Speaker: "Trump", Text: "Great talks", Article: "a1", Outlet: "Daily"}},
		Entities: []timeline.EntityRow{{Name: "Kim Jong Un", Type: "PER", Articles: []string{"a1", "a2"}, Roles: []string{"leader " + hostile}},
			{Name: "Singapore", Type: "LOC", Articles: []string{"a1"}}},
		Coverage: []timeline.CoverageRow{{Outlet: "Daily", Articles: 1, First: "2025-08-28", Last: "2025-08-28", Events: 2, FirstToReport: true},
			{Outlet: "Weekly " + hostile, Articles: 1, First: "2025-08-31", Last: "2025-08-31", Events: 2}},
		Articles: []timeline.ArticleRow{{ID: "a1", Source: "a1.txt", URL: a1.URL, Title: a1.Title, Outlet: a1.Outlet, Published: a1.Published, Language: "en"},
			{ID: "a2", Source: "a2.html", URL: a2.URL, Title: a2.Title, Outlet: a2.Outlet, Published: a2.Published, Language: "en"}},
		Conflicts: []timeline.Conflict{{Field: "role", Subject: "Donald Trump", Values: []string{"President", "former President"}, Note: "Sources name Donald Trump's role differently",
			Sources: [][]timeline.Source{{{Article: "a1", Outlet: "Daily", Sentence: "President Trump", Start: 0, End: 5}}, {{Article: "a2", Outlet: "Weekly", Sentence: "former President Trump", Start: 0, End: 5}}}}},
	}
	return &fakeBackend{
		stories:  []StorySummary{{ID: "s1abc", Title: v.Title, Articles: 2, Outlets: 2, First: "2025-08-28", Last: "2025-08-31"}},
		views:    map[string]*timeline.View{"s1abc": v},
		articles: map[string]*model.Article{"a1": a1, "a2": a2},
	}
}

func newServer(t *testing.T, b Backend, now time.Time) *Server {
	t.Helper()
	s, err := New(b, func() time.Time { return now }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t *testing.T, h http.Handler, path string, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// checkNoInjection parses a page and fails when hostile markup became
// part of it: a script, an image, an event handler attribute, or a link
// that is neither local nor http(s).
func checkNoInjection(t *testing.T, path, body string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if strings.Contains(body, "ZgotmplZ") {
		t.Errorf("%s: html/template rejected a value (ZgotmplZ)", path)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "img", "iframe", "object", "embed":
				t.Errorf("%s: page has a <%s> element", path, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("%s: <%s> has handler %s=%q", path, n.Data, a.Key, a.Val)
				}
				if a.Key == "href" || a.Key == "src" || a.Key == "action" {
					v := a.Val
					if !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
						t.Errorf("%s: <%s %s=%q>", path, n.Data, a.Key, v)
					}
				}
			}
			if n.Data == "svg" && !slices.Contains(n.Attr, html.Attribute{Key: "class", Val: "chart"}) {
				t.Errorf("%s: an <svg> that is not a chart", path)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func TestPages(t *testing.T) {
	hanoiStart := utf8.RuneCountInString("Trump met Kim Jong Un in Singapore in 2018.\n\n" + hostile + " ")
	s := newServer(t, fixture(), time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`href="/stories/s1abc"`, "2 articles · 2 outlets", "&lt;script&gt;"}},
		{"/stories/s1abc", 200, []string{
			`<svg class="chart"`, `href="#ev-e1"`, `id="ev-e1"`, `id="ev-e2"`, `id="ev-e-new"`,
			"12 June 2018", "~August 2025", "2 outlets",
			`href="/articles/a1?hl=0-43&amp;story=s1abc#hl"`,
			"Sources disagree.", `class="event t-meet conflicted"`,
			"<h3>Kim</h3>", "<h3>Trump</h3>", "Kim Jong Un", "first</span>",
			`href="https://daily.example/a1"`, "2 articles from 2 outlets, published 28 August 2025 to 31 August 2025; 3 dated events.",
		}},
		{"/stories/s1", 302, nil},
		{"/stories/nope", 404, []string{"Not found"}},
		{"/articles/a1?hl=0-43&story=s1abc", 200, []string{`<mark id="hl">Trump met Kim Jong Un in Singapore in 2018.</mark>`, `href="/stories/s1abc"`, `href="https://daily.example/a1"`}},
		{fmt.Sprintf("/articles/a1?hl=%d-%d", hanoiStart, hanoiStart+32), 200, []string{`<mark id="hl">They met again in Hanoi in 2019.</mark>`}},
		{fmt.Sprintf("/articles/a1?hl=40-%d", hanoiStart+4), 200, []string{`<mark id="hl">18.</mark>`, `They</mark> met again in Hanoi in 2019.`}},
		{"/articles/a1?hl=bogus", 200, []string{"Trump met Kim Jong Un in Singapore in 2018."}},
		{"/articles/a2", 200, []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"}},
		{"/articles/zzz", 404, nil},
		{"/search?q=Hanoi", 200, []string{"<mark>Hanoi</mark>", `href="/articles/a1"`}},
		{"/nowhere", 404, nil},
		{"/static/style.css", 200, []string{"--accent"}},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.path)
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, rec.Code, tt.status)
			continue
		}
		body := rec.Body.String()
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %q", tt.path, w)
			}
		}
		checkNoInjection(t, tt.path, body)
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("GET %s: CSP %q", tt.path, csp)
		}
	}
	if loc := get(t, s, "/stories/s1").Header().Get("Location"); loc != "/stories/s1abc" {
		t.Errorf("prefix redirect to %q", loc)
	}
	// The javascript: URL of article a2 is not linked anywhere.
	if body := get(t, s, "/stories/s1abc").Body.String(); strings.Contains(body, "alert(9)") {
		t.Error("story page carries article a2's javascript: URL")
	}
}

func TestWhatIsNew(t *testing.T) {
	b := fixture()
	visit1 := time.Date(2025, 8, 29, 12, 0, 0, 0, time.UTC)
	s := newServer(t, b, visit1)
	rec := get(t, s, "/stories/s1abc")
	if strings.Contains(rec.Body.String(), "badge new") {
		t.Error("first visit marks something new")
	}
	var seen *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == cookieName("s1abc") {
			seen = c
		}
	}
	if seen == nil || seen.Value != fmt.Sprint(visit1.Unix()) || !seen.HttpOnly {
		t.Fatalf("visit cookie = %+v", seen)
	}
	body := get(t, s, "/stories/s1abc", seen).Body.String()
	if got := b.sinces[len(b.sinces)-1]; !got.Equal(visit1) {
		t.Errorf("View since = %v, want %v", got, visit1)
	}
	for _, want := range []string{"Since your last visit on 29 August 2025", "1 new article, 1 new event", `class="event t-communicate is-new"`, `<li class="is-new">`} {
		if !strings.Contains(body, want) {
			t.Errorf("second visit lacks %q", want)
		}
	}
	bad := &http.Cookie{Name: cookieName("s1abc"), Value: "<script>"}
	get(t, s, "/stories/s1abc", bad)
	if got := b.sinces[len(b.sinces)-1]; !got.IsZero() {
		t.Errorf("a malformed cookie gave since %v", got)
	}
}

func TestAPI(t *testing.T) {
	s := newServer(t, fixture(), time.Now())
	tests := []struct {
		path   string
		status int
		check  func(t *testing.T, body []byte)
	}{
		{"/api/stories", 200, func(t *testing.T, body []byte) {
			var got []StorySummary
			if err := json.Unmarshal(body, &got); err != nil || len(got) != 1 || got[0].ID != "s1abc" || got[0].Outlets != 2 {
				t.Errorf("stories = %+v, %v", got, err)
			}
		}},
		{"/api/stories/s1abc", 200, func(t *testing.T, body []byte) {
			var got timeline.View
			if err := json.Unmarshal(body, &got); err != nil || len(got.Events) != 3 || got.Events[0].Sources[0].End != 43 || len(got.Quotes) != 3 {
				t.Errorf("view = %+v, %v", got, err)
			}
		}},
		{"/api/stories/s1abc?since=2025-08-29T00:00:00Z", 200, func(t *testing.T, body []byte) {
			var got timeline.View
			if err := json.Unmarshal(body, &got); err != nil || got.Articles[0].New || !got.Articles[1].New {
				t.Errorf("view articles = %+v, %v", got.Articles, err)
			}
		}},
		{"/api/stories/s1abc?since=yesterday", 400, nil},
		{"/api/stories/zzz", 404, func(t *testing.T, body []byte) {
			var got apiError
			if err := json.Unmarshal(body, &got); err != nil || got.Error != "not found" {
				t.Errorf("error body %s", body)
			}
		}},
		{"/api/articles/a2", 200, func(t *testing.T, body []byte) {
			var got model.Article
			if err := json.Unmarshal(body, &got); err != nil || !strings.HasPrefix(got.Text, "<script>") {
				t.Errorf("article = %+v, %v", got, err)
			}
		}},
		{"/api/articles/zzz", 404, nil},
		{"/api/search?q=Hanoi", 200, func(t *testing.T, body []byte) {
			var got []store.Hit
			if err := json.Unmarshal(body, &got); err != nil || len(got) != 1 || got[0].Article.ID != "a1" {
				t.Errorf("hits = %+v, %v", got, err)
			}
		}},
		{"/api/search?q=nothing-matches", 200, func(t *testing.T, body []byte) {
			if strings.TrimSpace(string(body)) != "[]" {
				t.Errorf("empty search = %s, want []", body)
			}
		}},
		{"/api/search", 400, nil},
		{"/api/unknown", 404, nil},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.path)
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, rec.Code, tt.status)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q", tt.path, ct)
		}
		// JSON escapes < and > so a browser sniffing it finds no tags.
		if strings.Contains(rec.Body.String(), "<script") {
			t.Errorf("GET %s: raw <script in JSON", tt.path)
		}
		if tt.check != nil {
			tt.check(t, rec.Body.Bytes())
		}
	}
}

func TestBuildArticlePage(t *testing.T) {
	a := &model.Article{Text: "Héllo wörld.\n\nSecond para.\nSame para."}
	tests := []struct {
		start, end int
		want       string // the paragraphs, marked runs in [ ]
	}{
		{-1, -1, "Héllo wörld.|Second para.\nSame para."},
		{0, 5, "[Héllo] wörld.|Second para.\nSame para."},
		{6, 20, "Héllo [wörld.]|[Second] para.\nSame para."},
		{500, 600, "Héllo wörld.|Second para.\nSame para."},
		{27, 500, "Héllo wörld.|Second para.\n[Same para.]"},
	}
	for _, tt := range tests {
		p := buildArticlePage(a, tt.start, tt.end, "")
		var paras []string
		for _, para := range p.Paras {
			var b strings.Builder
			for _, s := range para {
				if s.Mark {
					b.WriteString("[" + s.Text + "]")
				} else {
					b.WriteString(s.Text)
				}
			}
			paras = append(paras, b.String())
		}
		if got := strings.Join(paras, "|"); got != tt.want {
			t.Errorf("highlight %d-%d = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestSnippetParts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a [b] c [d]", "a |*b| c |*d"},
		{"no marks", "no marks"},
		{"broken [b", "broken [b"},
		{"] stray", "] stray"},
	}
	for _, tt := range tests {
		var parts []string
		for _, s := range snippetParts(tt.in) {
			if s.Mark {
				parts = append(parts, "*"+s.Text)
			} else {
				parts = append(parts, s.Text)
			}
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("snippetParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
