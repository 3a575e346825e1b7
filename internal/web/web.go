// Package web serves storyline's story view in a browser: a list of
// stories, a story page with its dated timeline, sources, quotes, people
// and coverage, and an article page that highlights the sentence a claim
// was read from; plus a small JSON API over the same data.
//
// Pages are rendered on the server with html/template and inline SVG, so
// they read in full with JavaScript off. Article text is untrusted: it is
// only ever escaped by html/template, links are emitted only for http and
// https URLs, and every response carries a strict Content-Security-Policy.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Backend is what the server reads: a store, and the code that turns a
// stored story into its timeline. Lookups of missing items return an
// error wrapping store.ErrNotFound.
type Backend interface {
	// Stories lists the stories, largest first.
	Stories(ctx context.Context) ([]StorySummary, error)
	// View builds story id's timeline (id may be a unique prefix);
	// events and articles stored after since are marked new.
	View(ctx context.Context, id string, since time.Time) (*timeline.View, error)
	// Article returns one article by ID or unique prefix.
	Article(ctx context.Context, id string) (*model.Article, error)
	// Search runs a full-text query.
	Search(ctx context.Context, q string) ([]store.Hit, error)
}

// StorySummary is a story as the story list shows it.
type StorySummary struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Articles int    `json:"articles"`
	Outlets  int    `json:"outlets"`
	// First and Last are the earliest and latest publication dates of
	// its articles, or "".
	First string `json:"first"`
	Last  string `json:"last"`
}

// ContentSecurityPolicy is sent with every response: scripts and styles
// only from this server, no plugins, no framing, forms only to here.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Server is the HTTP handler of storyline serve.
type Server struct {
	backend Backend
	now     func() time.Time
	log     *slog.Logger
	pages   map[string]*template.Template
	mux     *http.ServeMux
}

// New returns a server reading from b. now is the clock that "new since
// your last visit" uses (time.Now when nil); log receives server errors
// (slog.Default() when nil).
func New(b Backend, now func() time.Time, log *slog.Logger) (*Server, error) {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Server{backend: b, now: now, log: log, pages: map[string]*template.Template{}, mux: http.NewServeMux()}
	for _, name := range []string{"index", "story", "article", "search", "error"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /stories/{id}", s.story)
	s.mux.HandleFunc("GET /articles/{id}", s.article)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /api/stories", s.apiStories)
	s.mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	s.mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, apiError{"no such API endpoint"})
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.render(w, http.StatusNotFound, "error", errorPage{Status: http.StatusNotFound, Message: "There is no page at this address."})
	})
	return s, nil
}

// ServeHTTP sets the security headers and routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// apiError is the body of a failed API call.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client went away; nothing to do
}

// fail answers an API call that failed with err.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, apiError{"not found"})
		return
	}
	s.log.Error("web: request failed", "path", r.URL.Path, "err", err)
	writeJSON(w, http.StatusInternalServerError, apiError{"internal error"})
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	stories, err := s.backend.Stories(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if stories == nil {
		stories = []StorySummary{}
	}
	writeJSON(w, http.StatusOK, stories)
}

// apiStory returns a story's View; ?since=RFC3339 marks what is newer.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	var since time.Time
	if v := r.URL.Query().Get("since"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{"since: want an RFC 3339 time"})
			return
		}
		since = t
	}
	v, err := s.backend.View(r.Context(), r.PathValue("id"), since)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.backend.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeJSON(w, http.StatusBadRequest, apiError{"q: give a search query"})
		return
	}
	hits, err := s.backend.Search(r.Context(), q)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	writeJSON(w, http.StatusOK, hits)
}

// render executes page with data.
func (s *Server) render(w http.ResponseWriter, status int, page string, data any) {
	var b strings.Builder
	if err := s.pages[page].Execute(&b, data); err != nil {
		s.log.Error("web: render", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}

// errorPage is the data of the error page.
type errorPage struct {
	Status  int
	Message string
}

// pageFail answers a page request that failed with err.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.render(w, http.StatusNotFound, "error", errorPage{http.StatusNotFound, "Nothing is stored under this ID."})
		return
	}
	s.log.Error("web: request failed", "path", r.URL.Path, "err", err)
	s.render(w, http.StatusInternalServerError, "error", errorPage{http.StatusInternalServerError, "Something went wrong reading the store; the server log says what."})
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	stories, err := s.backend.Stories(r.Context())
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "index", stories)
}

// cookieName is the cookie that remembers a reader's last visit of a
// story.
func cookieName(storyID string) string {
	return "seen_" + cookieUnsafe.ReplaceAllString(storyID, "_")
}

var cookieUnsafe = regexp.MustCompile(`[^A-Za-z0-9_-]`)

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	var since time.Time
	id := r.PathValue("id")
	if c, err := r.Cookie(cookieName(id)); err == nil {
		if sec, err := strconv.ParseInt(c.Value, 10, 64); err == nil && sec > 0 {
			since = time.Unix(sec, 0)
		}
	}
	v, err := s.backend.View(r.Context(), id, since)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	if v.ID != id { // a prefix: send the reader to the story's own address
		http.Redirect(w, r, "/stories/"+url.PathEscape(v.ID), http.StatusFound)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName(v.ID), Value: strconv.FormatInt(s.now().Unix(), 10),
		Path: "/stories/", MaxAge: 400 * 24 * 3600, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	s.render(w, http.StatusOK, "story", buildStoryPage(v, since))
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	a, err := s.backend.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	start, end, ok := parseRange(r.URL.Query().Get("hl"))
	if !ok {
		start, end = -1, -1
	}
	s.render(w, http.StatusOK, "article", buildArticlePage(a, start, end, r.URL.Query().Get("story")))
}

// parseRange reads "START-END", code-point offsets with START < END.
func parseRange(v string) (start, end int, ok bool) {
	a, b, found := strings.Cut(v, "-")
	if !found {
		return 0, 0, false
	}
	s, err1 := strconv.Atoi(a)
	e, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || s < 0 || e <= s {
		return 0, 0, false
	}
	return s, e, true
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	page := searchPage{Query: q}
	if q != "" {
		hits, err := s.backend.Search(r.Context(), q)
		if err != nil {
			s.pageFail(w, r, err)
			return
		}
		for _, h := range hits {
			page.Hits = append(page.Hits, searchHit{Hit: h, Snippet: snippetParts(h.Snippet)})
		}
	}
	s.render(w, http.StatusOK, "search", page)
}
