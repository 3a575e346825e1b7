// Package watch follows sources as they change: it polls feeds and
// sitemaps over HTTP and scans folders, and sends what is new through
// the same pipeline as `storyline ingest`. What it has seen lives in the
// store (each source's ETag, Last-Modified, last success and error, next
// poll; every fetched URL), so a restarted watcher resumes where it
// stopped and fetches nothing twice.
//
// Politeness and bounds: one request at a time per host with a delay,
// robots.txt honoured, conditional requests, a timeout on each request,
// at most five redirects, a cap on body size, and on failure exponential
// backoff with jitter that a server's Retry-After can lengthen. Sources
// are polled concurrently, so a slow or hostile server delays only its
// own host.
package watch

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/source/feed"
)

// State is what the watcher keeps in the store.
type State interface {
	SourceState(ctx context.Context, key string) (model.SourceState, error)
	SaveSourceState(ctx context.Context, st model.SourceState) error
	Fetched(ctx context.Context, url string) (bool, error)
	MarkFetched(ctx context.Context, url string) error
}

// Ingester takes what a poll found.
type Ingester interface {
	RunInputs(ctx context.Context, inputs []source.Input) (pipeline.Summary, error)
	RunDocuments(ctx context.Context, docs []*model.Document) (pipeline.Summary, error)
	Run(ctx context.Context, paths []string) (pipeline.Summary, error)
}

// Watcher polls sources.
type Watcher struct {
	Sources []Source
	Fetch   *Fetcher
	State   State
	Ingest  Ingester
	// AfterPoll, when set, runs after a poll round that stored new
	// articles (to rebuild stories, say).
	AfterPoll func(ctx context.Context) error
	// Interval is the default time between two polls of a source.
	Interval time.Duration
	// MaxBackoff caps the wait after failures.
	MaxBackoff time.Duration
	// MaxPages bounds the article pages fetched per source per poll.
	MaxPages int
	// Logf reports what happens; nil is silent.
	Logf func(format string, args ...any)
	// Now is the clock; nil is time.Now.
	Now func() time.Time

	mu  sync.Mutex
	rnd *rand.Rand
}

// Result is what one source's poll did.
type Result struct {
	Source   string    `json:"source"`
	New      int       `json:"new"`
	Fetched  int       `json:"fetched"`
	NotMod   bool      `json:"not_modified,omitempty"`
	Error    string    `json:"error,omitempty"`
	Skipped  bool      `json:"skipped,omitempty"` // not due yet
	NextPoll time.Time `json:"next_poll"`
}

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) logf(format string, args ...any) {
	if w.Logf != nil {
		w.Logf(format, args...)
	}
}

func (w *Watcher) interval(s Source) time.Duration {
	if s.Interval > 0 {
		return s.Interval
	}
	if w.Interval > 0 {
		return w.Interval
	}
	return 15 * time.Minute
}

// PollDue polls, concurrently, every source whose next poll has come
// (every source when force is set), and returns what each did.
func (w *Watcher) PollDue(ctx context.Context, force bool) ([]Result, error) {
	results := make([]Result, len(w.Sources))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var fatal error
	for i, s := range w.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := w.poll(ctx, s, force)
			results[i] = r
			if err != nil {
				mu.Lock()
				fatal = errors.Join(fatal, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if fatal != nil {
		return results, fatal
	}
	newArticles := 0
	for _, r := range results {
		newArticles += r.New
	}
	if newArticles > 0 && w.AfterPoll != nil {
		if err := w.AfterPoll(ctx); err != nil {
			return results, err
		}
	}
	return results, ctx.Err()
}

// Run polls sources as they come due until ctx ends.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		results, err := w.PollDue(ctx, false)
		if err != nil {
			return err
		}
		next := w.now().Add(w.interval(Source{}))
		for _, r := range results {
			if !r.NextPoll.IsZero() && r.NextPoll.Before(next) {
				next = r.NextPoll
			}
		}
		wait := time.Until(next)
		if wait < time.Second {
			wait = time.Second
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// poll polls one source. The error is non-nil only when the store fails;
// a source's own failure is recorded in its state and in Result.Error.
func (w *Watcher) poll(ctx context.Context, s Source, force bool) (Result, error) {
	res := Result{Source: s.Target}
	st, err := w.State.SourceState(ctx, s.Target)
	if err != nil {
		return res, err
	}
	now := w.now()
	if !force && !st.NextPoll.IsZero() && now.Before(st.NextPoll) {
		res.Skipped, res.NextPoll = true, st.NextPoll
		return res, nil
	}
	st.LastPoll = now
	var pollErr error
	switch s.Kind {
	case KindFeed:
		pollErr = w.pollFeed(ctx, s, &st, &res)
	case KindSitemap:
		pollErr = w.pollSitemap(ctx, s, &st, &res)
	case KindFolder:
		pollErr = w.pollFolder(ctx, s, &res)
	default:
		pollErr = fmt.Errorf("unknown source kind %q", s.Kind)
	}
	if ctx.Err() != nil {
		return res, nil
	}
	var storeErr *storeError
	if errors.As(pollErr, &storeErr) {
		return res, storeErr.err
	}
	if pollErr != nil {
		st.Failures++
		st.LastError = pollErr.Error()
		var se *StatusError
		var ra time.Duration
		if errors.As(pollErr, &se) {
			ra = se.RetryAfter
		}
		w.mu.Lock()
		if w.rnd == nil {
			w.rnd = rand.New(rand.NewPCG(uint64(now.UnixNano()), 1))
		}
		max := w.MaxBackoff
		if max == 0 {
			max = 6 * time.Hour
		}
		st.NextPoll = now.Add(Backoff(st.Failures, w.interval(s)/4+time.Second, max, ra, w.rnd))
		w.mu.Unlock()
		res.Error = pollErr.Error()
		w.logf("%s: %v (next poll %s)", s.Target, pollErr, st.NextPoll.Format(time.RFC3339))
	} else {
		st.Failures, st.LastError = 0, ""
		st.LastSuccess = now
		st.NextPoll = now.Add(w.interval(s))
		st.Articles += res.New
	}
	res.NextPoll = st.NextPoll
	if err := w.State.SaveSourceState(ctx, st); err != nil {
		return res, err
	}
	return res, nil
}

// storeError marks a failure of the store, which stops the watcher,
// apart from a source's own failures, which do not.
type storeError struct{ err error }

func (e *storeError) Error() string { return e.err.Error() }

func (w *Watcher) pollFeed(ctx context.Context, s Source, st *model.SourceState, res *Result) error {
	resp, err := w.Fetch.Get(ctx, s.Target, st.ETag, st.LastModified)
	if err != nil {
		return err
	}
	if resp.NotModified {
		res.NotMod = true
		return nil
	}
	st.ETag, st.LastModified = resp.ETag, resp.LastModified
	var docs []*model.Document
	var pages []string
	_, err = feed.Parse(resp.Body, func(i int, rec *model.Record) error {
		if rec.Summary && rec.URL != "" {
			pages = append(pages, rec.URL)
			return nil
		}
		docs = append(docs, &model.Document{Source: s.Target, Origin: fmt.Sprintf("%s#%s", s.Target, itemKey(rec, i)),
			Kind: model.KindRecord, Record: rec, URL: rec.URL, Container: "feed", Charset: "utf-8"})
		return nil
	})
	if err != nil {
		return fmt.Errorf("feed %s: %w", s.Target, err)
	}
	if len(docs) > 0 {
		sum, err := w.Ingest.RunDocuments(ctx, docs)
		if err != nil {
			return &storeError{err}
		}
		res.New += sum.New
	}
	return w.fetchPages(ctx, s, pages, res)
}

func itemKey(rec *model.Record, i int) string {
	if rec.URL != "" {
		return rec.URL
	}
	return fmt.Sprint(i)
}

// fetchPages fetches article pages not fetched before and ingests them.
func (w *Watcher) fetchPages(ctx context.Context, s Source, urls []string, res *Result) error {
	max := w.MaxPages
	if max <= 0 {
		max = 100
	}
	var firstErr error
	for _, u := range urls {
		if res.Fetched >= max || ctx.Err() != nil {
			break
		}
		done, err := w.State.Fetched(ctx, u)
		if err != nil {
			return &storeError{err}
		}
		if done {
			continue
		}
		page, err := w.Fetch.Get(ctx, u, "", "")
		if err != nil {
			// One bad page does not fail the source; it is retried at
			// the next poll since it is not marked fetched.
			w.logf("%s: %v", s.Target, err)
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		res.Fetched++
		sum, err := w.Ingest.RunInputs(ctx, []source.Input{{Name: u, URL: page.URL, ContentType: page.ContentType,
			Body: strings.NewReader(string(page.Body))}})
		if err != nil {
			return &storeError{err}
		}
		res.New += sum.New
		if err := w.State.MarkFetched(ctx, u); err != nil {
			return &storeError{err}
		}
	}
	if res.Fetched == 0 && firstErr != nil {
		return firstErr
	}
	return nil
}

// sitemap is the part of a sitemap (or index) watch reads.
type sitemap struct {
	URLs []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
	Maps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

func (w *Watcher) pollSitemap(ctx context.Context, s Source, st *model.SourceState, res *Result) error {
	resp, err := w.Fetch.Get(ctx, s.Target, st.ETag, st.LastModified)
	if err != nil {
		return err
	}
	if resp.NotModified {
		res.NotMod = true
		return nil
	}
	st.ETag, st.LastModified = resp.ETag, resp.LastModified
	var sm sitemap
	if err := xml.Unmarshal(resp.Body, &sm); err != nil {
		return fmt.Errorf("sitemap %s: %w", s.Target, err)
	}
	var urls []string
	for _, u := range sm.URLs {
		if loc := strings.TrimSpace(u.Loc); loc != "" {
			urls = append(urls, loc)
		}
	}
	// A sitemap index: read its child sitemaps' URLs (one level).
	for _, m := range sm.Maps {
		child, err := w.Fetch.Get(ctx, strings.TrimSpace(m.Loc), "", "")
		if err != nil {
			w.logf("%s: %v", s.Target, err)
			continue
		}
		var cm sitemap
		if xml.Unmarshal(child.Body, &cm) == nil {
			for _, u := range cm.URLs {
				if loc := strings.TrimSpace(u.Loc); loc != "" {
					urls = append(urls, loc)
				}
			}
		}
	}
	return w.fetchPages(ctx, s, urls, res)
}

// pollFolder ingests files in the folder not ingested before: a file is
// known by its path, size and modification time.
func (w *Watcher) pollFolder(ctx context.Context, s Source, res *Result) error {
	var fresh []string
	var keys []string
	for _, p := range source.Files([]string{s.Target}) {
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		abs, _ := filepath.Abs(p)
		key := fmt.Sprintf("file://%s?size=%d&mtime=%d", abs, info.Size(), info.ModTime().UnixNano())
		done, err := w.State.Fetched(ctx, key)
		if err != nil {
			return &storeError{err}
		}
		if !done {
			fresh = append(fresh, p)
			keys = append(keys, key)
		}
	}
	if len(fresh) == 0 {
		if _, err := os.Stat(s.Target); err != nil {
			return fmt.Errorf("folder %s: %w", s.Target, err)
		}
		return nil
	}
	sort.Strings(fresh)
	sum, err := w.Ingest.Run(ctx, fresh)
	if err != nil {
		return &storeError{err}
	}
	res.New += sum.New
	res.Fetched += len(fresh)
	for _, k := range keys {
		if err := w.State.MarkFetched(ctx, k); err != nil {
			return &storeError{err}
		}
	}
	return nil
}
