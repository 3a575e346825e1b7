// Package warc reads web archives: WARC files (versions 0.18, 1.0 and 1.1)
// and legacy ARC files (versions 1 and 2), uncompressed or gzipped, with one
// gzip member per record or one for the whole file.
//
// We wrote our own reader because no Go WARC module is reachable from our
// build, and because the ingest needs a reader that keeps going past damage:
// real archives are cut short, carry wrong Content-Lengths, junk after the
// last gzip member and broken gzip members. Reader streams: record blocks are
// never held in memory, header lines and header counts are capped, and
// ReadHTTPResponse caps the decoded body.
//
// Errors come in two kinds. A *RecordError reports one damaged record (or
// damaged stretch of input); reading may continue, and the next call to Next
// skips ahead to the next record it can find ("WARC/" at the start of a line,
// a plausible ARC header line, or the next gzip member). Any other error
// except io.EOF came from the underlying io.Reader and is final: Next returns
// it again on every later call.
package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

const (
	// bufSize is the read buffer, and so the longest header line accepted.
	bufSize = 64 << 10
	// maxHeaderFields and maxHeaderBytes cap one record's header.
	maxHeaderFields = 1000
	maxHeaderBytes  = 1 << 20
)

// Record is one archive record. Its Block is valid only until the next call
// to Next.
type Record struct {
	// Version is the record's version line, e.g. "WARC/1.1"; "ARC/1" or
	// "ARC/2" for ARC records.
	Version string
	// Type is the WARC-Type ("response", "request", "warcinfo", "revisit",
	// ...). ARC records are "response", except the file's "filedesc://"
	// record, which is "warcinfo".
	Type string
	// TargetURI is WARC-Target-URI with surrounding space and the <...>
	// some writers (wget) add removed. It may contain spaces.
	TargetURI string
	// Date is WARC-Date, zero when absent or unparseable (Header keeps the
	// raw text).
	Date time.Time
	// RecordID is WARC-Record-ID as written, e.g. "<urn:uuid:...>".
	RecordID string
	// ContentType is the Content-Type of the block, e.g.
	// "application/http; msgtype=response".
	ContentType string
	// Length is the block's length (Content-Length).
	Length int64
	// Header holds every header field. ARC records get WARC-named fields
	// (WARC-Type, WARC-Target-URI, WARC-Date, WARC-IP-Address,
	// WARC-Identified-Payload-Type, Content-Type, Content-Length).
	Header textproto.MIMEHeader
	// Offset is where the record starts in the uncompressed stream; for an
	// uncompressed file, its byte offset in the file.
	Offset int64
	// Block streams the record's content, Length bytes at most. Reading it
	// after the next call to Next fails.
	Block io.Reader
}

// A RecordError reports a record that could not be read, or bytes where a
// record should have started. It is not fatal: the next call to Next skips
// ahead to the next record.
type RecordError struct {
	// Offset is where the damage was found in the uncompressed stream.
	Offset int64
	Err    error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("warc record at offset %d: %v", e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Reader reads records from a WARC or ARC stream.
type Reader struct {
	src    *srcReader
	mr     *memberReader // nil for uncompressed input
	br     *bufio.Reader // the uncompressed stream
	off    int64         // offset in the uncompressed stream of br's next byte
	arc    bool
	arcVer int
	fatal  error
	resync bool // skip to the next record start before reading
	cur    *blockReader
	gen    int // counts calls to Next, to invalidate old Blocks
}

// NewReader returns a Reader for r, which may be plain or gzip-compressed
// (detected by its magic bytes), holding WARC or ARC records (detected by
// the first record). It reads the start of r to decide, and fails when r
// holds neither format. An empty input, or an empty gzip stream, is a valid
// archive with no records.
func NewReader(r io.Reader) (*Reader, error) {
	src := &srcReader{r: r}
	raw := bufio.NewReaderSize(src, bufSize)
	rd := &Reader{src: src, br: raw}
	if magic, _ := raw.Peek(len(gzipMagic)); bytes.Equal(magic, gzipMagic) {
		mr, err := newMemberReader(src, raw)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		rd.mr = mr
		rd.br = bufio.NewReaderSize(mr, bufSize)
	}
	if err := rd.skipBlank(); err != nil {
		if err == io.EOF {
			return rd, nil
		}
		return nil, fmt.Errorf("warc: reading start of input: %w", err)
	}
	head, err := rd.br.Peek(11)
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
	case bytes.HasPrefix(head, []byte("filedesc://")):
		rd.arc, rd.arcVer = true, 1
	case err != nil && err != io.EOF:
		return nil, fmt.Errorf("warc: reading start of input: %w", err)
	default:
		return nil, fmt.Errorf("warc: input is neither WARC nor ARC: it starts %q", head)
	}
	return rd, nil
}

// Next returns the next record, or io.EOF after the last. It returns a
// *RecordError for a damaged record; the call after that resumes at the next
// record found. It discards whatever the caller left unread of the previous
// record's Block. A record whose block turns out to be cut short is reported
// once: by Block's Read (as a *RecordError wrapping io.ErrUnexpectedEOF)
// when the caller read that far, otherwise by this call.
func (r *Reader) Next() (*Record, error) {
	if r.fatal != nil {
		return nil, r.fatal
	}
	r.gen++
	if b := r.cur; b != nil {
		r.cur = nil
		if err := r.finishBlock(b); err != nil {
			return nil, err
		}
	}
	if r.resync {
		r.resync = false
		if err := r.skipToRecord(); err != nil {
			return nil, err
		}
	}
	if err := r.skipBlank(); err != nil {
		return nil, r.fail(r.off, err)
	}
	start := r.off
	var (
		rec *Record
		err error
	)
	if r.arc {
		rec, err = r.readARCHeader()
	} else {
		rec, err = r.readWARCHeader()
	}
	if err != nil {
		return nil, r.fail(start, err)
	}
	rec.Offset = start
	b := &blockReader{r: r, gen: r.gen, off: start, size: rec.Length, left: rec.Length}
	r.cur = b
	rec.Block = b
	return rec, nil
}

// fail turns err, met while reading at off, into the error Next returns:
// io.EOF stays io.EOF, failures of the input are fatal, anything else is a
// *RecordError after which Next resynchronises.
func (r *Reader) fail(off int64, err error) error {
	if err == io.EOF {
		return io.EOF
	}
	if r.src.err != nil {
		r.fatal = fmt.Errorf("warc: reading input at offset %d: %w", r.off, r.src.err)
		return r.fatal
	}
	r.resync = true
	var re *RecordError
	if errors.As(err, &re) {
		return err
	}
	return &RecordError{Offset: off, Err: err}
}

// finishBlock skips what is left of the previous record's block.
func (r *Reader) finishBlock(b *blockReader) error {
	if b.err != nil || b.left == 0 {
		return nil // an error was reported by Block.Read; resync is set
	}
	for b.left > 0 {
		n := b.left
		if n > bufSize {
			n = bufSize
		}
		d, err := r.br.Discard(int(n))
		b.left -= int64(d)
		r.off += int64(d)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return r.fail(b.off, fmt.Errorf("block cut short after %d of %d bytes: %w", b.size-b.left, b.size, err))
		}
	}
	return nil
}

// skipBlank consumes the blank lines between records.
func (r *Reader) skipBlank() error {
	for {
		b, err := r.br.Peek(1)
		if len(b) == 0 {
			if err == nil {
				err = io.ErrNoProgress
			}
			return err
		}
		switch b[0] {
		case '\r', '\n', ' ', '\t':
			r.br.Discard(1)
			r.off++
		default:
			return nil
		}
	}
}

// skipToRecord skips ahead to the next line that starts a record, stepping
// over damaged gzip members. It returns io.EOF when there is none.
func (r *Reader) skipToRecord() error {
	lineStart := true
	for {
		if r.mr != nil && r.mr.err != nil {
			r.mr.resync()
		}
		if lineStart && r.atRecordStart() {
			return nil
		}
		line, err := r.br.ReadSlice('\n')
		r.off += int64(len(line))
		switch {
		case err == nil:
			lineStart = true
		case err == bufio.ErrBufferFull:
			lineStart = false
		case err == io.EOF:
			return io.EOF
		case r.src.err != nil:
			return r.fail(r.off, err)
		default: // a damaged gzip member: resync at the top of the loop
			lineStart = true
		}
	}
}

// atRecordStart reports whether the stream is at the start of a record.
func (r *Reader) atRecordStart() bool {
	if !r.arc {
		b, _ := r.br.Peek(5)
		return string(b) == "WARC/"
	}
	_, ok := parseARCLine(string(r.peekLine()), r.arcVer)
	return ok
}

// peekLine returns the next line without consuming it, up to bufSize bytes.
func (r *Reader) peekLine() []byte {
	for n := 256; ; n *= 4 {
		n = min(n, bufSize)
		b, err := r.br.Peek(n)
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return b[:i]
		}
		if err != nil || n == bufSize {
			return b
		}
	}
}

// readLine reads one line without its line ending. The line is valid until
// the next read.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	r.off += int64(len(line))
	if err == bufio.ErrBufferFull {
		return nil, fmt.Errorf("header line longer than %d bytes", bufSize)
	}
	if err == io.EOF {
		return nil, io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, err
	}
	return bytes.TrimRight(line, "\r\n"), nil
}

func (r *Reader) readWARCHeader() (*Record, error) {
	line, err := r.readLine()
	if err != nil {
		return nil, fmt.Errorf("reading version line: %w", err)
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("expected a %q version line, found %q (wrong Content-Length in the record before?)",
			"WARC/", sample(line))
	}
	rec := &Record{Version: string(bytes.TrimSpace(line)), Header: make(textproto.MIMEHeader)}
	var lastKey string
	total := 0
	for fields := 0; ; fields++ {
		line, err := r.readLine()
		if err != nil {
			return nil, fmt.Errorf("reading header: %w", err)
		}
		if len(line) == 0 {
			break
		}
		total += len(line)
		if fields >= maxHeaderFields || total > maxHeaderBytes {
			return nil, fmt.Errorf("header exceeds %d fields or %d bytes", maxHeaderFields, maxHeaderBytes)
		}
		if line[0] == ' ' || line[0] == '\t' { // continuation line
			if vs := rec.Header[lastKey]; len(vs) > 0 {
				vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		i := bytes.IndexByte(line, ':')
		if i <= 0 {
			continue // not a field; tolerated, Content-Length decides
		}
		lastKey = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(line[:i])))
		rec.Header[lastKey] = append(rec.Header[lastKey], string(bytes.TrimSpace(line[i+1:])))
	}
	cl := rec.Header.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("missing or invalid Content-Length %q", cl)
	}
	rec.Length = n
	rec.Type = strings.ToLower(rec.Header.Get("Warc-Type"))
	rec.TargetURI = cleanURI(rec.Header.Get("Warc-Target-Uri"))
	rec.Date = parseDate(rec.Header.Get("Warc-Date"))
	rec.RecordID = rec.Header.Get("Warc-Record-Id")
	rec.ContentType = rec.Header.Get("Content-Type")
	return rec, nil
}

// cleanURI trims space and the angle brackets wget puts around URIs.
func cleanURI(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// dateLayouts are the WARC-Date forms accepted: W3C-DTF as WARC 1.0 and 1.1
// allow it, a numeric zone without colon (seen in WARC 0.18 files), and the
// 14-digit timestamps of ARC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	"2006-01",
	"20060102150405",
}

func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// arcLine is an ARC record header line.
type arcLine struct {
	url, ip, date, mime string
	length              int64
}

// parseARCLine parses an ARC header line: "URL IP date mime length" in
// version 1, "URL IP date mime code checksum location offset filename
// length" in version 2. The URL may contain spaces, so fields are taken from
// the right. A missing or negative length reads as 0, as other readers do.
func parseARCLine(line string, ver int) (arcLine, bool) {
	f := strings.Fields(line)
	after := 4
	if ver == 2 {
		after = 9
	}
	if len(f) < after+1 {
		return arcLine{}, false
	}
	rest := f[len(f)-after:]
	a := arcLine{
		url:  strings.Join(f[:len(f)-after], " "),
		ip:   rest[0],
		date: rest[1],
		mime: rest[2],
	}
	if !strings.Contains(a.url, ":") || len(a.date) < 8 || strings.Trim(a.date, "0123456789") != "" {
		return arcLine{}, false
	}
	if n, err := strconv.ParseInt(rest[after-1], 10, 64); err == nil && n > 0 {
		a.length = n
	}
	return a, true
}

func (r *Reader) readARCHeader() (*Record, error) {
	line, err := r.readLine()
	if err != nil {
		return nil, fmt.Errorf("reading ARC header line: %w", err)
	}
	a, ok := parseARCLine(string(line), r.arcVer)
	if !ok {
		return nil, fmt.Errorf("malformed ARC header line %q", sample(line))
	}
	date := a.date
	if len(date) > 14 {
		date = date[:14]
	}
	rec := &Record{
		Version:     "ARC/" + strconv.Itoa(r.arcVer),
		Type:        "response",
		TargetURI:   a.url,
		Date:        parseDate(date),
		ContentType: a.mime,
		Length:      a.length,
		Header:      make(textproto.MIMEHeader),
	}
	if strings.HasPrefix(a.url, "filedesc:") {
		rec.Type, rec.TargetURI = "warcinfo", ""
		rec.Header.Set("Warc-Filename", strings.TrimPrefix(strings.TrimPrefix(a.url, "filedesc:"), "//"))
		// The version block starts "1 0 ..." or "2 0 ...".
		if b, _ := r.br.Peek(int(min(a.length, 16))); len(b) > 1 && b[1] == ' ' && (b[0] == '1' || b[0] == '2') {
			r.arcVer = int(b[0] - '0')
			rec.Version = "ARC/" + strconv.Itoa(r.arcVer)
		}
	} else {
		rec.Header.Set("Warc-Target-Uri", a.url)
		rec.Header.Set("Warc-Identified-Payload-Type", a.mime)
		if l := strings.ToLower(a.url); strings.HasPrefix(l, "http:") || strings.HasPrefix(l, "https:") {
			rec.ContentType = "application/http; msgtype=response"
		}
	}
	rec.Header.Set("Warc-Type", rec.Type)
	if !rec.Date.IsZero() {
		rec.Header.Set("Warc-Date", rec.Date.Format(time.RFC3339))
	}
	rec.Header.Set("Warc-Ip-Address", a.ip)
	rec.Header.Set("Content-Type", rec.ContentType)
	rec.Header.Set("Content-Length", strconv.FormatInt(a.length, 10))
	return rec, nil
}

// sample shortens b for an error message.
func sample(b []byte) []byte {
	if len(b) > 60 {
		return b[:60]
	}
	return b
}

// blockReader streams one record's block.
type blockReader struct {
	r    *Reader
	gen  int
	off  int64 // the record's offset
	size int64
	left int64
	err  error // sticky
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.gen != b.r.gen {
		return 0, fmt.Errorf("warc record at offset %d: Block read after Next", b.off)
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.left == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.br.Read(p)
	b.left -= int64(n)
	b.r.off += int64(n)
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		b.err = b.r.fail(b.off, fmt.Errorf("block cut short after %d of %d bytes: %w", b.size-b.left, b.size, err))
		if n > 0 {
			return n, nil
		}
		return 0, b.err
	}
	return n, nil
}
