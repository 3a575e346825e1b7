// Package source reads what the user hands storyline — files, folders,
// standard input — and yields Documents: it sniffs each input's format
// from its bytes (the file name is only a tie-breaker), undoes gzip,
// decodes any charset to UTF-8, and splits containers (JSON arrays and
// lines, feeds, WARC files) into one Document per article.
//
// Reading is streaming and bounded: containers are read record by record,
// decompression is capped, and a page-sized input larger than
// Limits.MaxPage is refused rather than loaded. One bad input is reported
// to the Handler and never stops the batch.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source/charset"
	"github.com/storyline/storyline/internal/source/feed"
	"github.com/storyline/storyline/internal/source/jsonrec"
)

// Format is what an input was sniffed as.
type Format string

// The formats source recognises.
const (
	FormatHTML   Format = "html"
	FormatText   Format = "text"
	FormatJSON   Format = "json"
	FormatFeed   Format = "feed"
	FormatWARC   Format = "warc"
	FormatBinary Format = "binary"
	FormatEmpty  Format = "empty"
	FormatXML    Format = "xml" // XML that is not a feed
)

// Handler receives what Read finds. Its methods are called from the
// goroutine that called Read, one at a time.
type Handler interface {
	// Document is called for each document found. An error stops the
	// reading of the current input only, and is reported through Failed.
	Document(ctx context.Context, d *model.Document) error
	// Failed reports an input (or an item in it) that could not be read.
	Failed(input string, err error)
	// Skipped reports an input that holds nothing to ingest.
	Skipped(input string, reason string)
}

// Limits bound what one input may cost.
type Limits struct {
	// MaxPage is the largest page-sized input (an HTML or text file, a
	// feed) read into memory, after decompression.
	MaxPage int64
	// MaxDecompressed caps the bytes one gzip stream may expand to.
	MaxDecompressed int64
}

// DefaultLimits are generous for news and small enough for a laptop.
var DefaultLimits = Limits{MaxPage: 32 << 20, MaxDecompressed: 4 << 30}

// Reader reads inputs into Documents.
type Reader struct {
	Limits Limits
	// Format forces a format for every input ("" or "auto" sniffs).
	Format Format
	// URL is a base URL hint given to every document that has none.
	URL string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// OnInput, when set, is called as each input file begins.
	OnInput func(name string)
}

// ErrTooLarge reports an input over a size limit.
var ErrTooLarge = errors.New("over the size limit")

// Read reads every path in order: files, folders (recursively, in name
// order, skipping hidden entries) and "-" for standard input.
func (r *Reader) Read(ctx context.Context, paths []string, h Handler) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			in := r.Stdin
			if in == nil {
				in = os.Stdin
			}
			if r.OnInput != nil {
				r.OnInput("-")
			}
			r.readStream(ctx, Input{Name: "-", URL: r.URL, Body: in}, h)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			h.Failed(p, err)
			continue
		}
		if !info.IsDir() {
			r.readFile(ctx, p, h)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				h.Failed(path, err)
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if folderNote(name) {
				h.Skipped(path, "a folder's notes (README, licence, changelog), not an article; name the file itself to ingest it")
				return nil
			}
			r.readFile(ctx, path, h)
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// folderNote reports a file that documents the folder it is in rather
// than being one of its articles: README.md, LICENSE, COPYING-CC.TXT,
// CHANGELOG.txt. Reading a folder skips them; naming one reads it.
func folderNote(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != "" && ext != ".md" && ext != ".txt" && ext != ".rst" {
		return false
	}
	stem := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	for _, p := range []string{"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG"} {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}

// Files lists the regular files Read would visit under paths, for
// progress reporting; "-" counts as one.
func Files(paths []string) []string {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil || !info.IsDir() {
			out = append(out, p)
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				out = append(out, path)
			}
			return nil
		})
	}
	sort.Strings(out)
	return out
}

func (r *Reader) readFile(ctx context.Context, path string, h Handler) {
	if r.OnInput != nil {
		r.OnInput(path)
	}
	f, err := os.Open(path)
	if err != nil {
		h.Failed(path, err)
		return
	}
	defer f.Close()
	r.readStream(ctx, Input{Name: path, URL: r.URL, Body: f}, h)
}

// Input is one input that is not a file: bytes fetched from the web,
// say, with what the transport knows about them.
type Input struct {
	// Name identifies the input in documents and reports (a URL, say).
	Name string
	// URL is the address of the page, for the documents it yields.
	URL string
	// ContentType is the transport's Content-Type header, for its
	// charset; "" when unknown.
	ContentType string
	// Body is read to the end.
	Body io.Reader
}

// ReadInput reads one input that is not a file, as Read reads a file.
func (r *Reader) ReadInput(ctx context.Context, in Input, h Handler) {
	if r.OnInput != nil {
		r.OnInput(in.Name)
	}
	r.readStream(ctx, in, h)
}

// peekSize is how much of an input is looked at to sniff its format.
const peekSize = 8 << 10

// readStream sniffs one input and hands it to the reader for its format.
func (r *Reader) readStream(ctx context.Context, input Input, h Handler) {
	name := input.Name
	br := bufio.NewReaderSize(input.Body, 64<<10)
	head, _ := br.Peek(peekSize)
	if len(head) == 0 {
		h.Skipped(name, "empty file")
		return
	}
	if isGzip(head) {
		// WARC files are gzip per record or whole; the WARC reader takes
		// the compressed stream itself.
		inner, err := gzipPeek(head)
		if err == nil && isWARC(inner) {
			r.readWARC(ctx, name, br, h)
			return
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			h.Failed(name, fmt.Errorf("gzip: %w", err))
			return
		}
		defer zr.Close()
		input.Body = &capReader{r: zr, left: r.limits().MaxDecompressed, name: "decompressed size"}
		r.readStream(ctx, input, h)
		return
	}
	format := r.Format
	if format == "" || format == "auto" {
		format = Sniff(name, head)
	}
	switch format {
	case FormatWARC:
		r.readWARC(ctx, name, br, h)
	case FormatJSON:
		r.readJSON(ctx, name, br, h)
	case FormatBinary:
		h.Skipped(name, "binary file, not text")
	case FormatEmpty:
		h.Skipped(name, "no text (only white space)")
	case FormatXML:
		h.Skipped(name, "XML that is neither a feed nor an HTML page")
	default:
		body, err := readCapped(br, r.limits().MaxPage)
		if err != nil {
			h.Failed(name, err)
			return
		}
		r.readPage(ctx, input, format, body, h)
	}
}

func (r *Reader) limits() Limits {
	l := r.Limits
	if l.MaxPage <= 0 {
		l.MaxPage = DefaultLimits.MaxPage
	}
	if l.MaxDecompressed <= 0 {
		l.MaxDecompressed = DefaultLimits.MaxDecompressed
	}
	return l
}

// readPage handles a single-document input held in memory: an HTML page,
// a text scrape, or a feed.
func (r *Reader) readPage(ctx context.Context, input Input, format Format, raw []byte, h Handler) {
	name := input.Name
	kind := "text"
	switch format {
	case FormatHTML:
		kind = "html"
	case FormatFeed:
		kind = "xml"
	}
	body, cs, err := charset.Decode(raw, charset.Hints{Kind: kind, ContentType: input.ContentType})
	if err != nil {
		h.Failed(name, fmt.Errorf("decode text: %w", err))
		return
	}
	if format == FormatFeed {
		r.readFeed(ctx, name, body, h)
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		h.Skipped(name, "no text (only white space)")
		return
	}
	k := model.KindText
	if format == FormatHTML {
		k = model.KindHTML
	}
	doc := &model.Document{Source: name, Origin: name, Kind: k, Body: body, URL: input.URL, Charset: cs}
	if err := h.Document(ctx, doc); err != nil {
		h.Failed(name, err)
	}
}

func (r *Reader) readJSON(ctx context.Context, name string, in io.Reader, h Handler) {
	err := jsonrec.Decode(in, func(i int, rec *model.Record) error {
		origin := fmt.Sprintf("%s#%d", name, i)
		doc := &model.Document{Source: name, Origin: origin, Kind: model.KindRecord,
			Record: rec, URL: rec.URL, Container: "json", Charset: "utf-8"}
		if err := h.Document(ctx, doc); err != nil {
			h.Failed(origin, err)
		}
		return ctx.Err()
	})
	var skipped *jsonrec.SkippedError
	switch {
	case errors.As(err, &skipped):
		h.Skipped(name, fmt.Sprintf("%d of %d JSON records have no title or text (first #%d)",
			skipped.Skipped, skipped.Total, skipped.First))
	case err != nil:
		h.Failed(name, err)
	}
}

func (r *Reader) readFeed(ctx context.Context, name string, body []byte, h Handler) {
	_, err := feed.Parse(body, func(i int, rec *model.Record) error {
		origin := fmt.Sprintf("%s#%d", name, i)
		doc := &model.Document{Source: name, Origin: origin, Kind: model.KindRecord,
			Record: rec, URL: rec.URL, Container: "feed", Charset: "utf-8"}
		if err := h.Document(ctx, doc); err != nil {
			h.Failed(origin, err)
		}
		return ctx.Err()
	})
	if err != nil {
		h.Failed(name, err)
	}
}

// readCapped reads all of r, failing when it holds more than max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("larger than %d MiB, the limit for one page: %w", max>>20, ErrTooLarge)
	}
	return b, nil
}

// capReader fails once more than left bytes have been read from r.
type capReader struct {
	r    io.Reader
	left int64
	name string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, fmt.Errorf("%s over %d MiB (a gzip bomb?): %w", c.name, DefaultLimits.MaxDecompressed>>20, ErrTooLarge)
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, fmt.Errorf("%s over the limit (a gzip bomb?): %w", c.name, ErrTooLarge)
	}
	return n, err
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// gzipPeek decompresses the start of a gzip stream.
func gzipPeek(head []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := io.ReadFull(zr, buf)
	if n > 0 {
		return buf[:n], nil
	}
	return nil, err
}

func isWARC(b []byte) bool {
	b = bytes.TrimLeft(b, "\r\n")
	return bytes.HasPrefix(b, []byte("WARC/")) || bytes.HasPrefix(b, []byte("filedesc://"))
}

// Sniff names the format of an input from its first bytes; the file name
// breaks ties (a .txt that holds markup is still HTML; an .html file
// whose markup is too sparse to tell stays HTML).
func Sniff(name string, head []byte) Format {
	if isWARC(head) {
		return FormatWARC
	}
	if isBinary(head) {
		return FormatBinary
	}
	text := head
	if bytes.HasPrefix(text, []byte("\xef\xbb\xbf")) {
		text = text[3:]
	}
	if u16 := utf16Prefix(text); u16 != nil {
		text = u16
	}
	text = bytes.TrimLeft(text, " \t\r\n\f\v")
	if len(text) == 0 {
		return FormatEmpty
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(name, ".gz")))
	switch text[0] {
	case '{', '[':
		if feed.Looks(text) {
			return FormatFeed
		}
		if jsonrec.Looks(text) || ext == ".json" || ext == ".jsonl" || ext == ".ndjson" {
			return FormatJSON
		}
	case '<':
		if feed.Looks(text) {
			return FormatFeed
		}
		if looksHTML(text) || ext == ".html" || ext == ".htm" || ext == ".xhtml" {
			return FormatHTML
		}
		if bytes.HasPrefix(text, []byte("<?xml")) {
			return FormatXML
		}
	}
	if (ext == ".html" || ext == ".htm") && looksHTML(text) {
		return FormatHTML
	}
	return FormatText
}

func looksHTML(b []byte) bool {
	l := bytes.ToLower(b)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<article"} {
		if bytes.Contains(l, []byte(tag)) {
			return true
		}
	}
	return false
}

// isBinary reports bytes that are not text in any encoding: known
// binary magic numbers, or NUL bytes in a pattern UTF-16/32 would not give.
func isBinary(b []byte) bool {
	for _, magic := range [][]byte{
		[]byte("\x89PNG"), []byte("%PDF"), []byte("PK\x03\x04"), []byte("\x7fELF"),
		[]byte("\xff\xd8\xff"), []byte("GIF8"), []byte("BZh"), []byte("\xfd7zXZ"), []byte("\x28\xb5\x2f\xfd"),
	} {
		if bytes.HasPrefix(b, magic) {
			return true
		}
	}
	if utf16Prefix(b) != nil || utf32Like(b) {
		return false
	}
	nul, ctrl := 0, 0
	for _, c := range b {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctrl++
		}
	}
	return nul > 0 || (ctrl*20 > len(b) && !utf8.Valid(b))
}

// utf32Like reports UTF-32 text, with or without a BOM, from the NULs of
// its first code unit.
func utf32Like(b []byte) bool {
	if len(b) < 8 {
		return false
	}
	le := b[1] == 0 && b[2] == 0 && b[3] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0
	be := b[0] == 0 && b[1] == 0 && b[4] == 0 && b[5] == 0 && (b[2] != 0 || b[3] != 0)
	return le || be
}

// utf16Prefix returns an ASCII rendering of a UTF-16 (BOM or not) prefix,
// enough to sniff the format, or nil when b is not UTF-16.
func utf16Prefix(b []byte) []byte {
	be := false
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}) && !bytes.HasPrefix(b, []byte{0xff, 0xfe, 0, 0}):
		b = b[2:]
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		be, b = true, b[2:]
	case len(b) >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0:
		be = false
	case len(b) >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0:
		be = true
	default:
		return nil
	}
	out := make([]byte, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		lo, hi := b[i], b[i+1]
		if be {
			lo, hi = hi, lo
		}
		if hi == 0 && lo < 0x80 {
			out = append(out, lo)
		} else {
			out = append(out, '?')
		}
	}
	return out
}
