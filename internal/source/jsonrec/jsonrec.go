// Package jsonrec turns article-like JSON into model.Record values.
//
// News dumps come as JSON in many shapes and with many field names: one
// news-please object per file, an array of records (KCNA), JSON Lines,
// API responses that wrap an array (NewsAPI's {"articles": [...]}), or
// objects keyed by parser version (fundus). No library maps all of these
// onto one record type, and decoding a large array with json.Unmarshal
// would hold the whole file in memory, so the package walks the input at
// token level with encoding/json and maps each record's fields by name.
//
// # Shapes
//
// Decode reads a stream of top-level JSON values (so JSON Lines and
// concatenated JSON work too). For each value:
//
//   - an array: each element is a record;
//   - an object holding an array under a wrapper key (articles, items,
//     data, results, records, docs, documents, entries, news, posts,
//     stories, hits): each element of that array is a record and the
//     other members are ignored as metadata;
//   - any other object that is article-like is one record;
//   - an object that is not article-like but whose members are objects or
//     arrays of objects (fundus: {"V1": {...}, "V2": {...}}): each such
//     member is a record;
//   - anything else is one record that is not article-like.
//
// A record is article-like when it has a non-empty title or text.
// Other records are not passed to emit; Decode counts them and, if
// nothing worse happened, returns a *SkippedError saying how many, so the
// caller can warn and carry on.
//
// # Fields
//
// Member names are matched ignoring case; the first non-empty one listed
// wins:
//
//   - Title: title, headline, title_rss, title_page; then name, but only
//     when the record also has a text, URL or date. White space is
//     collapsed.
//   - Text: text, story_text, body, content, maintext, articleBody,
//     article, …; a string, a list of paragraphs, or a nested body such as
//     fundus' {summary, sections[{headline, paragraphs}]}, joined into
//     paragraphs separated by a blank line. Failing those, description,
//     summary, abstract, lead, … with Summary set.
//   - NewsAPI content is an excerpt ending "… [+N chars]": the marker is
//     cut, Summary is set, and the description is taken instead when there
//     is one. A record with urlToImage (NewsAPI's) is treated so even
//     without the marker.
//   - Published: datePublished, date_publish, published, publishedAt,
//     publishing_date, pubDate, date, date_str, …, then the modified date:
//     RFC 3339, "2006-01-02 15:04:05" with or without a zone or fraction,
//     RFC 1123 and 822, "2006-01-02", "January 2, 2006", "02.01.2006", or
//     Unix seconds or milliseconds as a number or a string. A time with no
//     zone is taken as UTC. A bare day, or a time of exactly midnight (how
//     news-please and pandas store a day), sets PublishedDateOnly and is
//     returned as that day at 00:00 UTC.
//   - URL: url, link, source_url, canonical_url, …; Outlet: outlet,
//     publisher, site_name, source (or its name), source_domain, …;
//     Authors: authors, author, byline, creator (a string split at commas,
//     "and", …, or a list of names or {name} objects); Language: language,
//     lang, inLanguage, reduced to ISO 639-1.
//   - TextIsHTML is set when the text holds common HTML tags or character
//     references.
//
// # Limits
//
// A single record may take at most MaxRecordBytes of input and nest at
// most MaxDepth levels; a larger or deeper one stops decoding with an
// error, since the stream cannot be resynchronised. Malformed JSON stops
// decoding with an error naming the byte offset; records before it have
// already been emitted.
package jsonrec

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/internal/model"
)

// MaxRecordBytes is the most input one record (or the members of a
// top-level object that is not streamed) may take.
const MaxRecordBytes = 16 << 20

// MaxDepth is the deepest nesting of arrays and objects Decode accepts.
const MaxDepth = 100

// SkippedError reports records that Decode did not emit because they are
// not article-like (no title and no text). Decode returns it only when the
// input was otherwise read to the end without error.
type SkippedError struct {
	// Skipped is the number of records not emitted.
	Skipped int
	// Total is the number of records seen, emitted or not.
	Total int
	// First is the index of the first record skipped.
	First int
}

func (e *SkippedError) Error() string {
	return fmt.Sprintf("jsonrec: skipped %d of %d records with no title or text (first is #%d)",
		e.Skipped, e.Total, e.First)
}

// errTooLarge is returned by the window reader when a record outgrows
// MaxRecordBytes.
var errTooLarge = fmt.Errorf("record exceeds %d bytes", MaxRecordBytes)

// windowReader lets the JSON decoder read at most limit bytes in total;
// the decoder raises the limit before each record, so a record's bytes
// plus what was already buffered stay within about two MaxRecordBytes.
type windowReader struct {
	r     io.Reader
	n     int64 // bytes handed out so far
	limit int64
}

func (w *windowReader) Read(p []byte) (int, error) {
	if w.n >= w.limit {
		return 0, errTooLarge
	}
	if rest := w.limit - w.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := w.r.Read(p)
	w.n += int64(n)
	return n, err
}

// wrapperKeys are the member names under which API responses hold their
// array of records.
var wrapperKeys = map[string]bool{
	"articles": true, "items": true, "data": true, "results": true,
	"records": true, "docs": true, "documents": true, "entries": true,
	"news": true, "posts": true, "stories": true, "hits": true,
}

type decoder struct {
	win     *windowReader
	dec     *json.Decoder
	emit    func(int, *model.Record) error
	index   int // records seen
	skipped int
	first   int
}

// Decode reads article-like JSON from r and calls emit with each record
// and its index, the record's position (from 0) among all records seen in
// r, emitted or not. It stops at the first error, from the input or from
// emit, and returns it wrapped; see the package doc for the shapes it
// accepts and for *SkippedError.
func Decode(r io.Reader, emit func(index int, rec *model.Record) error) error {
	br := bufio.NewReader(r)
	// A UTF-8 byte order mark is not JSON; drop it.
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	w := &windowReader{r: br}
	d := &decoder{win: w, dec: json.NewDecoder(w), emit: emit}
	d.dec.UseNumber()
	for {
		d.reset()
		tok, err := d.dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d.fail(err)
		}
		if err := d.top(tok); err != nil {
			return err
		}
	}
	if d.skipped > 0 {
		return &SkippedError{Skipped: d.skipped, Total: d.index, First: d.first}
	}
	return nil
}

// reset opens a new window of MaxRecordBytes for the next record.
func (d *decoder) reset() { d.win.limit = d.win.n + MaxRecordBytes }

// fail wraps a decoding error with the byte offset where it happened.
func (d *decoder) fail(err error) error {
	if errors.Is(err, errTooLarge) {
		return fmt.Errorf("json record #%d at byte %d: %w", d.index, d.dec.InputOffset(), err)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("json at byte %d: %w", se.Offset, err)
	}
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("json at byte %d: %w", d.dec.InputOffset(), err)
}

// top handles one top-level value whose first token is tok.
func (d *decoder) top(tok json.Token) error {
	switch tok {
	case json.Delim('['):
		return d.array()
	case json.Delim('{'):
		return d.object()
	}
	return d.record(tok)
}

// array streams the elements of an array whose '[' was read.
func (d *decoder) array() error {
	for d.dec.More() {
		d.reset()
		v, err := d.value(1)
		if err != nil {
			return err
		}
		if err := d.record(v); err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // ']'
		return d.fail(err)
	}
	return nil
}

// member is one member of a top-level object, in input order.
type member struct {
	key string
	val any
}

// object reads a top-level object whose '{' was read, streaming a wrapper
// array when it finds one.
func (d *decoder) object() error {
	var members []member
	streamed := false
	for d.dec.More() {
		if streamed {
			d.reset() // members after the records are skipped one by one
		}
		tok, err := d.dec.Token()
		if err != nil {
			return d.fail(err)
		}
		key, _ := tok.(string)
		tok, err = d.dec.Token()
		if err != nil {
			return d.fail(err)
		}
		if tok == json.Delim('[') && wrapperKeys[strings.ToLower(key)] {
			streamed = true
			members = nil // metadata only; free it
			if err := d.array(); err != nil {
				return err
			}
			continue
		}
		v, err := d.valueFrom(tok, 1)
		if err != nil {
			return err
		}
		if !streamed {
			members = append(members, member{key, v})
		}
	}
	if _, err := d.dec.Token(); err != nil { // '}'
		return d.fail(err)
	}
	if streamed {
		return nil
	}
	m := make(map[string]any, len(members))
	for _, mb := range members {
		m[mb.key] = mb.val
	}
	if articleLike(m) {
		return d.record(m)
	}
	// Not an article itself: look for records among its members.
	found := false
	for _, mb := range members {
		switch v := mb.val.(type) {
		case map[string]any:
			found = true
			if err := d.record(v); err != nil {
				return err
			}
		case []any:
			if len(v) == 0 {
				continue
			}
			if _, ok := v[0].(map[string]any); !ok {
				continue
			}
			found = true
			for _, e := range v {
				if err := d.record(e); err != nil {
					return err
				}
			}
		}
	}
	if !found {
		return d.record(m)
	}
	return nil
}

// value reads one complete value.
func (d *decoder) value(depth int) (any, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.fail(err)
	}
	return d.valueFrom(tok, depth)
}

// valueFrom builds the value whose first token is tok: objects become
// map[string]any, arrays []any, numbers json.Number.
func (d *decoder) valueFrom(tok json.Token, depth int) (any, error) {
	switch tok {
	case json.Delim('{'):
		if depth >= MaxDepth {
			return nil, fmt.Errorf("json at byte %d: nested deeper than %d", d.dec.InputOffset(), MaxDepth)
		}
		m := map[string]any{}
		for d.dec.More() {
			kt, err := d.dec.Token()
			if err != nil {
				return nil, d.fail(err)
			}
			key, _ := kt.(string)
			v, err := d.value(depth + 1)
			if err != nil {
				return nil, err
			}
			m[key] = v
		}
		if _, err := d.dec.Token(); err != nil {
			return nil, d.fail(err)
		}
		return m, nil
	case json.Delim('['):
		if depth >= MaxDepth {
			return nil, fmt.Errorf("json at byte %d: nested deeper than %d", d.dec.InputOffset(), MaxDepth)
		}
		a := []any{}
		for d.dec.More() {
			v, err := d.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		if _, err := d.dec.Token(); err != nil {
			return nil, d.fail(err)
		}
		return a, nil
	}
	return tok, nil
}

// record maps v to a Record and emits it, or counts it as skipped.
func (d *decoder) record(v any) error {
	i := d.index
	d.index++
	m, _ := v.(map[string]any)
	rec := toRecord(m)
	if rec == nil {
		if d.skipped == 0 {
			d.first = i
		}
		d.skipped++
		return nil
	}
	if err := d.emit(i, rec); err != nil {
		return fmt.Errorf("json record #%d: %w", i, err)
	}
	return nil
}
