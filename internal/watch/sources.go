package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// Kind is what a watched source is.
type Kind string

// The kinds of source watch polls.
const (
	KindFeed    Kind = "feed"    // RSS, Atom or JSON Feed
	KindSitemap Kind = "sitemap" // a sitemap or sitemap index
	KindFolder  Kind = "folder"  // a local folder of files
)

// Source is one line of a sources file.
type Source struct {
	Kind     Kind
	Target   string        // URL or folder path
	Interval time.Duration // 0: the watcher's default
}

// ParseSources reads a sources file: one source per line,
//
//	[feed|sitemap|folder] TARGET [INTERVAL]
//
// where the kind may be left out (an http(s) URL is a feed, or a sitemap
// when its path names one; anything else is a folder) and INTERVAL is a
// Go duration such as 10m. Blank lines and lines starting with # are
// ignored.
func ParseSources(r io.Reader) ([]Source, error) {
	var out []Source
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		var s Source
		switch Kind(strings.ToLower(f[0])) {
		case KindFeed, KindSitemap, KindFolder:
			s.Kind, f = Kind(strings.ToLower(f[0])), f[1:]
		}
		if len(f) == 0 || len(f) > 2 {
			return nil, fmt.Errorf("sources line %d: want [kind] TARGET [INTERVAL], got %q", n, line)
		}
		s.Target = f[0]
		if len(f) == 2 {
			d, err := time.ParseDuration(f[1])
			if err != nil || d <= 0 {
				return nil, fmt.Errorf("sources line %d: interval %q: want a duration such as 15m", n, f[1])
			}
			s.Interval = d
		}
		isURL := strings.HasPrefix(s.Target, "http://") || strings.HasPrefix(s.Target, "https://")
		if s.Kind == "" {
			switch {
			case isURL && strings.Contains(strings.ToLower(s.Target), "sitemap"):
				s.Kind = KindSitemap
			case isURL:
				s.Kind = KindFeed
			default:
				s.Kind = KindFolder
			}
		}
		if s.Kind != KindFolder {
			u, err := url.Parse(s.Target)
			if err != nil || !isURL || u.Host == "" {
				return nil, fmt.Errorf("sources line %d: %q is not an http(s) URL", n, s.Target)
			}
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	return out, nil
}
