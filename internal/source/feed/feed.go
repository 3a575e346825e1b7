// Package feed turns a syndication feed into model.Record values, one per
// item: RSS 0.9x, 1.0 (RDF) and 2.0, Atom 0.3 and 1.0, and JSON Feed 1.0
// and 1.1.
//
// Parsing is gofeed's (github.com/mmcdole/gofeed); this package adds what
// our pipeline needs around it. Its input has already been decoded to
// UTF-8 by the charset stage, so an encoding named in the XML declaration
// (say ISO-8859-1) is stale and would make the XML decoder decode the
// bytes a second time: Parse rewrites it to UTF-8 first. It maps items to
// records (full content over summary, feed title as outlet, language
// reduced to ISO 639-1), and turns a panic inside the parser into an
// error, since feeds are hostile input. It also reads RFC 822 dates
// written with Portuguese, Spanish, Italian, German or French day and
// month names ("Seg, 24 Set 2018 19:42:40 -0300"), which gofeed leaves
// unparsed.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/storyline/storyline/internal/model"
)

// MaxBytes is the largest feed Parse accepts.
const MaxBytes = 64 << 20

// FeedInfo describes a parsed feed.
type FeedInfo struct {
	Title string
	Link  string
	// Language is the feed's language as an ISO 639-1 code, or "".
	Language string
	// Type is "rss", "atom" or "json".
	Type string
	// Version is the format's version as the feed states it, e.g. "2.0".
	Version string
	// Items is the number of items in the feed.
	Items int
	// Skipped is the number of items not emitted because they have
	// neither a title nor any text.
	Skipped int
}

// Parse parses the feed in b, which must be UTF-8, and calls emit with
// each item that has a title or text, as a Record, and its index, the
// item's position in the feed from 0. It stops at the first error and
// returns it; an error from emit is returned wrapped.
func Parse(b []byte, emit func(index int, rec *model.Record) error) (FeedInfo, error) {
	if len(b) > MaxBytes {
		return FeedInfo{}, fmt.Errorf("feed of %d bytes exceeds %d", len(b), MaxBytes)
	}
	f, err := parse(b)
	if err != nil {
		return FeedInfo{}, err
	}
	info := FeedInfo{
		Title:    clean(f.Title),
		Link:     strings.TrimSpace(f.Link),
		Language: normLang(f.Language),
		Type:     f.FeedType,
		Version:  f.FeedVersion,
		Items:    len(f.Items),
	}
	if info.Language == "" && f.DublinCoreExt != nil && len(f.DublinCoreExt.Language) > 0 {
		info.Language = normLang(f.DublinCoreExt.Language[0])
	}
	for i, it := range f.Items {
		if it == nil {
			info.Skipped++
			continue
		}
		rec := toRecord(it, &info)
		if rec == nil {
			info.Skipped++
			continue
		}
		if err := emit(i, rec); err != nil {
			return info, fmt.Errorf("feed item #%d: %w", i, err)
		}
	}
	return info, nil
}

// parse runs gofeed over b with the XML declaration's encoding rewritten,
// turning a panic into an error.
func parse(b []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("parse feed: parser panicked: %v", r)
		}
	}()
	p := gofeed.NewParser()
	// The image scan runs an HTML parse per item for a field we do not use.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	f, err = p.Parse(utf8Prolog(b))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, fmt.Errorf("parse feed: not RSS, Atom or JSON Feed: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return f, nil
}

// xmlDecl matches an XML declaration at the start of a document, after an
// optional byte order mark and white space, and its encoding.
var xmlDecl = regexp.MustCompile(`^\x{FEFF}?[ \t\r\n]*(<\?xml[^>]*?)(\bencoding[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*'))([^>]*\?>)`)

// utf8Prolog returns b to read with any encoding in its XML declaration
// replaced by UTF-8, and with a byte order mark and white space before
// the declaration dropped.
func utf8Prolog(b []byte) io.Reader {
	head := b[:min(len(b), 1024)]
	m := xmlDecl.FindSubmatchIndex(head)
	if m == nil {
		return bytes.NewReader(b)
	}
	decl := make([]byte, 0, m[1]-m[2]+8)
	decl = append(decl, b[m[2]:m[3]]...)
	decl = append(decl, `encoding="UTF-8"`...)
	decl = append(decl, b[m[6]:m[7]]...)
	return io.MultiReader(bytes.NewReader(decl), bytes.NewReader(b[m[1]:]))
}

// toRecord maps an item to a Record, or returns nil when it has neither a
// title nor text.
func toRecord(it *gofeed.Item, info *FeedInfo) *model.Record {
	rec := &model.Record{
		Title:    clean(it.Title),
		URL:      itemLink(it),
		Outlet:   info.Title,
		Language: info.Language,
	}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Language) > 0 {
		if l := normLang(it.DublinCoreExt.Language[0]); l != "" {
			rec.Language = l
		}
	}
	if c := strings.TrimSpace(it.Content); c != "" {
		rec.Text = c
	} else if d := strings.TrimSpace(it.Description); d != "" {
		rec.Text, rec.Summary = d, true
	}
	rec.TextIsHTML = looksHTML(rec.Text)
	seen := map[string]bool{}
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		name := clean(p.Name)
		if name == "" {
			name = clean(p.Email)
		}
		if name != "" && !seen[name] {
			seen[name] = true
			rec.Authors = append(rec.Authors, name)
		}
	}
	switch {
	case it.PublishedParsed != nil:
		rec.Published, rec.PublishedDateOnly = when(*it.PublishedParsed, it.Published)
	case it.UpdatedParsed != nil:
		rec.Published, rec.PublishedDateOnly = when(*it.UpdatedParsed, it.Updated)
	default:
		if t, ok := localDate(it.Published); ok {
			rec.Published, rec.PublishedDateOnly = when(t, it.Published)
		}
	}
	if rec.Title == "" && rec.Text == "" {
		return nil
	}
	return rec
}

// when returns a parsed item date, as a bare day at 00:00 UTC when the
// raw text carried no time of day.
func when(t time.Time, raw string) (time.Time, bool) {
	if raw != "" && !strings.Contains(raw, ":") {
		y, m, d := t.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return t, false
}

// itemLink returns the item's link, else its first link, else its GUID
// when that is a web address.
func itemLink(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// clean collapses runs of white space to one space and trims.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// normLang reduces a language tag ("pt-BR", "en_US", "DE") to its ISO
// 639-1 code, or "" when it has none.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// htmlTag matches the start of a common HTML element or a comment.
//
// Character references count too: text that still holds them is HTML
// escaped twice, and only an HTML cleaner will decode them.
var htmlTag = regexp.MustCompile(`^(?i)(?:<(?:/?(?:p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|tr|td|iframe|script|section|article|header|footer)\b[^<>]*>|!--)|&(?:[a-z]{2,8}|#[0-9]{2,6}|#x[0-9a-f]{2,5});)`)

// looksHTML reports whether s holds HTML markup.
//
// It tries htmlTag only at each '<' and '&', on a short window, which is
// far cheaper than an unanchored search of a long text.
func looksHTML(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "<&")
		if j < 0 {
			return false
		}
		i += j
		if htmlTag.MatchString(s[i:min(len(s), i+1024)]) {
			return true
		}
		i++
	}
	return false
}
