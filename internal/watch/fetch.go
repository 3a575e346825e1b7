package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// ErrDisallowed reports a URL that the site's robots.txt forbids.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// ErrTooLarge reports a response body over the fetcher's cap.
var ErrTooLarge = errors.New("response over the size limit")

// StatusError is an HTTP answer that is not a success.
type StatusError struct {
	Status int
	// RetryAfter is the server's Retry-After, or 0.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Fetcher gets pages politely: one request at a time per host with a
// delay between them, robots.txt honoured, conditional requests, bounded
// time, redirects and size. It is safe for concurrent use.
type Fetcher struct {
	Client    *http.Client
	UserAgent string
	// Delay is the least time between two requests to one host.
	Delay time.Duration
	// MaxBody caps a response body.
	MaxBody int64

	mu    sync.Mutex
	hosts map[string]*host
}

type host struct {
	mu     sync.Mutex // held for the duration of a request to the host
	last   time.Time
	robots *robotstxt.RobotsData
	rAt    time.Time
}

// NewFetcher returns a Fetcher with a client bounded in time (timeout
// for a whole request) and redirects (five).
func NewFetcher(timeout, delay time.Duration, maxBody int64) *Fetcher {
	return &Fetcher{
		Client: &http.Client{
			Timeout: timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= 5 {
					return fmt.Errorf("more than 5 redirects (last to %s)", req.URL)
				}
				return nil
			},
		},
		UserAgent: "storyline (+offline news reader)",
		Delay:     delay,
		MaxBody:   maxBody,
		hosts:     map[string]*host{},
	}
}

// Response is a fetched page.
type Response struct {
	URL          string // after redirects
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool
}

func (f *Fetcher) host(u *url.URL) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[u.Host]
	if !ok {
		h = &host{}
		f.hosts[u.Host] = h
	}
	return h
}

// robotsTTL is how long a robots.txt is trusted.
const robotsTTL = time.Hour

// Get fetches rawURL, conditionally when etag or lastModified is set.
func (f *Fetcher) Get(ctx context.Context, rawURL, etag, lastModified string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", rawURL, err)
	}
	h := f.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.robots == nil || time.Since(h.rAt) > robotsTTL {
		h.robots = f.robots(ctx, h, u)
		h.rAt = time.Now()
	}
	if h.robots != nil && !h.robots.TestAgent(u.EscapedPath(), "storyline") {
		return nil, fmt.Errorf("get %s: %w", rawURL, ErrDisallowed)
	}
	f.wait(ctx, h)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.UserAgent)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.Client.Do(req)
	h.last = time.Now()
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, fmt.Errorf("get %s: %w", rawURL,
			&StatusError{Status: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())})
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("get %s: reading body: %w", rawURL, err)
	}
	if int64(len(body)) > f.MaxBody {
		return nil, fmt.Errorf("get %s: body over %d bytes: %w", rawURL, f.MaxBody, ErrTooLarge)
	}
	out.Body = body
	return out, nil
}

// wait keeps the per-host delay.
func (f *Fetcher) wait(ctx context.Context, h *host) {
	if h.last.IsZero() {
		return
	}
	if d := f.Delay - time.Since(h.last); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
}

// robots fetches the host's robots.txt; nil (allow all) when it has none
// or cannot be read.
func (f *Fetcher) robots(ctx context.Context, h *host, u *url.URL) *robotstxt.RobotsData {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return nil
	}
	req.Header.Set("User-Agent", f.UserAgent)
	resp, err := f.Client.Do(req)
	h.last = time.Now()
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		return nil
	}
	r, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil
	}
	return r
}

// retryAfter reads a Retry-After value (seconds or an HTTP date).
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Backoff is the wait before the next poll of a source that failed
// failures times in a row: exponential from base, capped, with ±20%
// jitter so that many failing sources do not retry in step. A server's
// Retry-After wins when it is longer.
func Backoff(failures int, base, ceiling, retryAfter time.Duration, rnd *rand.Rand) time.Duration {
	d := base
	for i := 1; i < failures && d < ceiling; i++ {
		d *= 2
	}
	if d > ceiling {
		d = ceiling
	}
	if rnd != nil {
		d = time.Duration(float64(d) * (0.8 + 0.4*rnd.Float64()))
	}
	if retryAfter > d {
		d = retryAfter
	}
	return d
}
