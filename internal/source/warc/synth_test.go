package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"strings"
	"testing"
)

// warcRecord builds an uncompressed WARC record.
func warcRecord(typ, uri, block string) string {
	return "WARC/1.0\r\nWARC-Type: " + typ + "\r\nWARC-Target-URI: " + uri +
		"\r\nContent-Length: " + itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// collect reads r to the end: record target URIs, and "ERR" for each
// *RecordError.
func collect(t *testing.T, r *Reader) []string {
	t.Helper()
	var out []string
	for i := 0; i < 100; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		var re *RecordError
		if errors.As(err, &re) {
			out = append(out, "ERR")
			continue
		}
		if err != nil {
			t.Fatalf("fatal: %v", err)
		}
		out = append(out, rec.TargetURI)
	}
	t.Fatal("no end")
	return nil
}

func TestReaderDamage(t *testing.T) {
	a, b, c := warcRecord("response", "a", "AAAA"), warcRecord("response", "b", "BBBB"), warcRecord("resource", "c", "CC")
	damaged := gz(t, b)
	damaged[10] = 0xff // first deflate block: final, reserved type 3
	tests := []struct {
		name  string
		input []byte
		want  []string
	}{
		{"plain", []byte(a + b + c), []string{"a", "b", "c"}},
		{"per-record gzip", bytes.Join([][]byte{gz(t, a), gz(t, b), gz(t, c)}, nil), []string{"a", "b", "c"}},
		{"damaged middle member", bytes.Join([][]byte{gz(t, a), damaged, gz(t, c)}, nil), []string{"a", "ERR", "c"}},
		{"junk between members", bytes.Join([][]byte{gz(t, a), []byte("junk junk"), gz(t, c)}, nil), []string{"a", "ERR", "c"}},
		{"missing Content-Length", []byte("WARC/1.0\r\nWARC-Type: response\r\n\r\nxx\r\n\r\n" + c), []string{"ERR", "c"}},
		{"bad Content-Length", []byte(strings.Replace(a, "Content-Length: 4", "Content-Length: -4", 1) + c), []string{"ERR", "c"}},
		// The block swallows the start of c; reading resumes at b.
		{"Content-Length too long", []byte(strings.Replace(a, "Content-Length: 4", "Content-Length: 40", 1) + c + b), []string{"a", "ERR", "b"}},
		{"bad CRC", bytes.Join([][]byte{gz(t, a), badCRC(gz(t, b)), gz(t, c)}, nil), []string{"a", "b", "ERR", "c"}},
		{"header line too long", []byte("WARC/1.0\r\nX: " + strings.Repeat("x", 70<<10) + "\r\n\r\n" + b + c), []string{"ERR", "b", "c"}},
		{"too many fields", []byte("WARC/1.0\r\n" + strings.Repeat("X: y\r\n", 1001) + "\r\n" + c), []string{"ERR", "c"}},
		{"cut in header", []byte(a + "WARC/1.0\r\nWARC-Type: resp"), []string{"a", "ERR"}},
		{"leading blank lines and LF endings", []byte("\r\n\n" + strings.ReplaceAll(a, "\r\n", "\n")), []string{"a"}},
		{"folded header", []byte("WARC/1.0\r\nWARC-Target-URI: http://x/\r\n  y\r\nContent-Length: 0\r\n\r\n"), []string{"http://x/ y"}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if got := collect(t, r); !equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNewReaderRejects(t *testing.T) {
	for _, in := range []string{"<html><body>hi</body></html>", "{\"a\":1}", "\x1f\x8b\x08garbage"} {
		if _, err := NewReader(strings.NewReader(in)); err == nil {
			t.Errorf("NewReader(%q) succeeded", in)
		}
	}
	if _, err := NewReader(bytes.NewReader(gz(t, "not a warc at all"))); err == nil || !strings.Contains(err.Error(), "neither WARC nor ARC") {
		t.Errorf("NewReader(gzipped text) = %v", err)
	}
}

type failReader struct {
	data []byte
	err  error
}

func (f *failReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReaderInputErrorIsFatal(t *testing.T) {
	errDisk := errors.New("disk on fire")
	a := warcRecord("response", "a", strings.Repeat("A", 100))
	for _, input := range [][]byte{[]byte(a + a[:50]), gz(t, a+a)[:60]} {
		r, err := NewReader(&failReader{data: input, err: errDisk})
		if err != nil {
			if errors.Is(err, errDisk) {
				continue
			}
			t.Fatal(err)
		}
		var last error
		for range 5 {
			_, last = r.Next()
			if last != nil && !errors.As(last, new(*RecordError)) {
				break
			}
		}
		if !errors.Is(last, errDisk) {
			t.Fatalf("got %v, want the input's error", last)
		}
		if _, err := r.Next(); !errors.Is(err, errDisk) {
			t.Errorf("error not sticky: then %v", err)
		}
	}
}

func TestBlockValidUntilNext(t *testing.T) {
	in := warcRecord("response", "a", "AAAA") + warcRecord("response", "b", "BBBB")
	r, err := NewReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := r.Next()
	buf := make([]byte, 2)
	io.ReadFull(first.Block, buf) // leave half unread
	second, err := r.Next()
	if err != nil || second.TargetURI != "b" {
		t.Fatalf("second record: %v, %v", second, err)
	}
	if _, err := first.Block.Read(buf); err == nil {
		t.Error("reading a Block after Next succeeded")
	}
	if got, _ := io.ReadAll(second.Block); string(got) != "BBBB" {
		t.Errorf("second block = %q", got)
	}
}

func deflated(t testing.TB, s string, raw bool) []byte {
	var b bytes.Buffer
	var w io.WriteCloser
	if raw {
		w, _ = flate.NewWriter(&b, flate.DefaultCompression)
	} else {
		w = zlib.NewWriter(&b)
	}
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestReadHTTPResponse(t *testing.T) {
	const html = "<html><body>hello</body></html>"
	bomb := gz(t, strings.Repeat("\x00", 8<<20))
	tests := []struct {
		name      string
		in        string
		max       int64
		status    int
		body      string
		truncated bool
		err       string
	}{
		{name: "plain", in: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html, status: 200, body: html},
		{name: "LF endings, no reason", in: "HTTP/1.0 404\nServer: x\n\n" + html, status: 404, body: html},
		{name: "sloppy status line", in: "\r\nhttp/1.1  200OK\r\n\r\n" + html, status: 200, body: html},
		{name: "headers only", in: "HTTP/1.1 304 Not Modified\r\nETag: x\r\n", status: 304},
		{name: "chunked", in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n<html\r\n1A\r\n><body>hello</body></html>\r\n0\r\n\r\n",
			status: 200, body: html},
		{name: "chunked claimed, body raw", in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + html, status: 200, body: html},
		{name: "chunk cut short", in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n40\r\n><body>", status: 200,
			body: "<html><body>", truncated: true},
		{name: "no last chunk", in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n", status: 200,
			body: "<html", truncated: true},
		{name: "gzip", in: "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + string(gz(t, html)), status: 200, body: html},
		{name: "gzip cut short", in: "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + string(gz(t, html)[:30]), status: 200, truncated: true},
		{name: "gzip claimed, body plain", in: "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + html, status: 200, body: html},
		{name: "chunked gzip", in: "HTTP/1.1 200 OK\r\nContent-Encoding: x-gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
			chunk(string(gz(t, html))) + "0\r\n\r\n", status: 200, body: html},
		{name: "deflate zlib", in: "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + string(deflated(t, html, false)), status: 200, body: html},
		{name: "deflate raw", in: "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + string(deflated(t, html, true)), status: 200, body: html},
		{name: "short of Content-Length", in: "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + html, status: 200, body: html, truncated: true},
		{name: "gzip bomb", in: "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + string(bomb), max: 1 << 20, err: "exceeds the size limit"},
		{name: "raw too large", in: "HTTP/1.1 200 OK\r\n\r\n" + strings.Repeat("x", 3000), max: 1000, err: "exceeds the size limit"},
		{name: "brotli", in: "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x8b\x00", err: `unsupported Content-Encoding "br"`},
		{name: "not http", in: "GET / HTTP/1.1\r\nHost: x\r\n\r\n", err: "not an http response"},
		{name: "empty", in: "", err: "block is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			max := tt.max
			if max == 0 {
				max = 1 << 20
			}
			resp, err := ReadHTTPResponse(strings.NewReader(tt.in), max)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				if strings.Contains(tt.err, "size limit") && !errors.Is(err, ErrBodyTooLarge) {
					t.Errorf("err %v is not ErrBodyTooLarge", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != tt.status || resp.Truncated != tt.truncated || (tt.body != "" || !tt.truncated) && string(resp.Body) != tt.body {
				t.Errorf("got %d %q truncated=%v, want %d %q truncated=%v", resp.Status, resp.Body, resp.Truncated, tt.status, tt.body, tt.truncated)
			}
		})
	}
}

func chunk(s string) string {
	const hex = "0123456789abcdef"
	n := len(s)
	size := ""
	for {
		size = string(hex[n%16]) + size
		if n /= 16; n == 0 {
			break
		}
	}
	return size + "\r\n" + s + "\r\n"
}

// badCRC spoils the CRC-32 in a gzip member's trailer.
func badCRC(member []byte) []byte {
	member[len(member)-8] ^= 0xff
	return member
}
