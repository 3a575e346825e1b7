package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dataDir is /work/shared/data/warc seen from this package's directory.
var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data", "warc")

func openData(t testing.TB, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, name))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared test data %s is absent", filepath.Join(dataDir, name))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// outcome is what reading a whole file yields.
type outcome struct {
	items     []string // record types, "ERR" for a *RecordError from Next
	uris      []string // target URIs of the records
	errs      []error  // the errors from Next
	blockErrs []error  // errors met reading Blocks
	records   []*Record
}

// readAll reads every record of name, reading every Block to its end.
func readAll(t *testing.T, name string) outcome {
	t.Helper()
	r, err := NewReader(openData(t, name))
	if err != nil {
		t.Fatalf("NewReader(%s): %v", name, err)
	}
	var o outcome
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatalf("%s: no end after 1000 calls to Next", name)
		}
		rec, err := r.Next()
		if err == io.EOF {
			return o
		}
		var re *RecordError
		if errors.As(err, &re) {
			o.items = append(o.items, "ERR")
			o.errs = append(o.errs, err)
			continue
		}
		if err != nil {
			t.Fatalf("%s: fatal error: %v", name, err)
		}
		n, err := io.Copy(io.Discard, rec.Block)
		if err != nil {
			o.blockErrs = append(o.blockErrs, err)
		} else if n != rec.Length {
			t.Errorf("%s record at %d: block has %d bytes, Content-Length %d", name, rec.Offset, n, rec.Length)
		}
		o.items = append(o.items, rec.Type)
		o.uris = append(o.uris, rec.TargetURI)
		o.records = append(o.records, rec)
	}
}

// The expected values come from reading the files with zcat and a
// throwaway Python script, and from the README of the data folder.
func TestReaderFiles(t *testing.T) {
	exampleTypes := []string{"warcinfo", "warcinfo", "response", "request", "revisit", "request"}
	exampleURIs := concat([]string{"", ""}, repeat("http://example.com/", 4))
	warcfileTypes := concat([]string{"warcinfo"}, repeat2([]string{"request", "response", "metadata"}, 16), []string{"request"})
	tests := []struct {
		file       string
		items      []string
		uris       []string // checked when set
		version    string   // of the first record, checked when set
		errs       []string // substrings of the Next errors, in order
		blockErrs  int
		blockErrIn string // substring of the first Block error
	}{
		{file: "warcio/example.warc", items: exampleTypes, uris: exampleURIs, version: "WARC/1.0"},
		{file: "warcio/example.warc.gz", items: exampleTypes, uris: exampleURIs},
		{file: "warcio/example-bad-non-chunked.warc.gz", items: exampleTypes, uris: exampleURIs},
		{file: "warcio/example-bad.warc.gz.bad", items: []string{"warcinfo", "response", "request", "revisit", "request", "response"},
			uris: concat([]string{""}, repeat("http://example.com?example=1", 4), []string{"http://www.iana.org/domains/example"})},
		{file: "warcio/example-digest.warc", items: repeat("request", 4), uris: repeat("http://example.com/", 4)},
		{file: "warcio/example-iana.org-chunked.warc", items: []string{"warcinfo", "response", "request"},
			uris: []string{"", "http://www.iana.org/", "http://www.iana.org/"}},
		{file: "warcio/example-resource.warc.gz", items: []string{"warcinfo", "warcinfo", "resource"}},
		{file: "warcio/example-space-in-target-uri.warc.gz", items: []string{"warcinfo", "resource"},
			uris: []string{"", "file:///example with spaces.png"}},
		{file: "warcio/example-wget-bad-target-uri.warc.gz",
			items: []string{"warcinfo", "request", "response", "metadata", "resource", "resource"},
			uris: []string{"", "http://example.com/", "http://example.com/",
				"metadata://gnu.org/software/wget/warc/MANIFEST.txt",
				"metadata://gnu.org/software/wget/warc/wget_arguments.txt",
				"metadata://gnu.org/software/wget/warc/wget.log"}},
		// The response's Content-Length is 2 short: the stray bytes after
		// its block are reported, then reading resumes.
		{file: "warcio/example-trunc.warc", items: []string{"warcinfo", "warcinfo", "response", "ERR", "request"},
			errs: []string{`offset 2560: expected a "WARC/" version line`}},
		// A gzip member boundary inside a record is no problem for a
		// stream reader; the response's Content-Length is 1 short, which
		// the blank-line skipping absorbs.
		{file: "warcio/example-wrong-chunks.warc.gz", items: []string{"response", "request"}},
		{file: "warcio/post-test.warc.gz", items: concat(repeat2([]string{"response", "request"}, 3)),
			uris: []string{"http://httpbin.org/post", "http://httpbin.org/post", "http://httpbin.org/post",
				"http://httpbin.org/post", "http://httpbin.org/post?foo=bar", "http://httpbin.org/post?foo=bar"}},
		{file: "warcio/example.arc", items: []string{"warcinfo", "response"}, uris: []string{"", "http://example.com/"}, version: "ARC/1"},
		{file: "warcio/example.arc.gz", items: []string{"warcinfo", "response"}, uris: []string{"", "http://example.com/"}},
		// The ARC length counts CRLF line ends the file no longer has.
		{file: "warcio/example-space-in-url.arc", items: []string{"warcinfo", "response"},
			uris:      []string{"", "http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False"},
			blockErrs: 1, blockErrIn: "block cut short"},
		// Lengths -1 and "abc" read as 0, so the filedesc version block
		// is stray text, reported once.
		{file: "warcio/bad.arc", items: []string{"warcinfo", "ERR", "response", "response", "response"},
			errs: []string{`offset 61: malformed ARC header line "1 0 Bad Capture"`}},
		{file: "jwarc/cc.warc.gz", items: []string{"response"}, uris: []string{"http://commoncrawl.org/"}},
		{file: "jwarc/gzip_extra_sl.warc.gz", items: []string{"warcinfo"}},
		{file: "gowarc/test.warc.gz", items: []string{"warcinfo", "request", "response"},
			uris: []string{"", "https://apis.google.com/js/platform.js", "https://apis.google.com/js/platform.js"}},
		{file: "gowarc/good.warc.gz.open", items: repeat("response", 50), version: "WARC/1.1"},
		{file: "gowarc/single-record.warc.gz.open", items: []string{"response"}, uris: []string{"https://test-site-0.example.com/page/0"}},
		{file: "gowarc/skip-non-open.warc.gz", items: repeat("response", 10)},
		{file: "gowarc/empty.warc.gz.open", items: nil},
		{file: "gowarc/corrupted-mid-record.warc.gz.open", items: concat(repeat("response", 12), []string{"ERR"}),
			errs: []string{"offset 8975: gzip member at compressed offset 1219: data after the gzip member is not gzip"}},
		{file: "gowarc/corrupted-trailing-bytes.warc.gz.open", items: concat(repeat("response", 30), []string{"ERR"}),
			errs: []string{"gzip member at compressed offset 2362: data after the gzip member is not gzip: \"GARBAGE_DATA"}},
		{file: "resiliparse/warcfile.warc", items: warcfileTypes, version: "WARC/1.0"},
		{file: "resiliparse/warcfile.warc.gz", items: warcfileTypes},
		{file: "resiliparse/block-sized-records.warc", items: repeat("unknown", 3), version: "WARC/1.1"},
		{file: "resiliparse/block-sized-records.warc.gz", items: repeat("unknown", 3)},
		// The gzip stream ends inside the only record's block.
		{file: "resiliparse/clipped.warc.gz", items: []string{"response"},
			blockErrs: 1, blockErrIn: "offset 0: block cut short after "},
		{file: "resiliparse/clueweb-quirk.warc.gz", items: concat([]string{"warcinfo"}, repeat("response", 29)), version: "WARC/0.18"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			o := readAll(t, tt.file)
			if !equal(o.items, tt.items) {
				t.Errorf("records = %q\nwant      %q", o.items, tt.items)
			}
			if tt.uris != nil && !equal(o.uris, tt.uris) {
				t.Errorf("target URIs = %q\nwant          %q", o.uris, tt.uris)
			}
			if tt.version != "" && len(o.records) > 0 && o.records[0].Version != tt.version {
				t.Errorf("version = %q, want %q", o.records[0].Version, tt.version)
			}
			for i, want := range tt.errs {
				if i >= len(o.errs) || !strings.Contains(o.errs[i].Error(), want) {
					t.Errorf("error %d = %v, want one containing %q", i, o.errs, want)
				}
			}
			if len(o.blockErrs) != tt.blockErrs {
				t.Errorf("block errors = %v, want %d", o.blockErrs, tt.blockErrs)
			}
			if len(o.blockErrs) > 0 {
				var re *RecordError
				if !errors.As(o.blockErrs[0], &re) || !errors.Is(o.blockErrs[0], io.ErrUnexpectedEOF) {
					t.Errorf("block error %v: want a *RecordError wrapping io.ErrUnexpectedEOF", o.blockErrs[0])
				}
				if !strings.Contains(o.blockErrs[0].Error(), tt.blockErrIn) {
					t.Errorf("block error %v: want it to contain %q", o.blockErrs[0], tt.blockErrIn)
				}
			}
		})
	}
}

func repeat2(seq []string, n int) []string {
	var out []string
	for range n {
		out = append(out, seq...)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRecordFields(t *testing.T) {
	o := readAll(t, "warcio/example.warc")
	if len(o.records) != 6 {
		t.Fatalf("got %d records", len(o.records))
	}
	resp, revisit := o.records[2], o.records[4]
	if want := time.Date(2017, 3, 6, 4, 2, 6, 0, time.UTC); !resp.Date.Equal(want) {
		t.Errorf("Date = %v, want %v", resp.Date, want)
	}
	if resp.RecordID != "<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>" {
		t.Errorf("RecordID = %q", resp.RecordID)
	}
	if resp.ContentType != "application/http; msgtype=response" || resp.Length != 975 {
		t.Errorf("ContentType, Length = %q, %d", resp.ContentType, resp.Length)
	}
	if resp.Header.Get("WARC-IP-Address") != "93.184.216.34" {
		t.Errorf("WARC-IP-Address = %q", resp.Header.Get("WARC-IP-Address"))
	}
	// Offsets are byte offsets in an uncompressed file.
	// (The first gzip member of example.warc.gz decompresses to 488 bytes.)
	if o.records[0].Offset != 0 || o.records[1].Offset != 488 {
		t.Errorf("offsets = %d, %d; want 0, 488", o.records[0].Offset, o.records[1].Offset)
	}
	if got := revisit.Header.Get("WARC-Refers-To-Target-URI"); got != "http://example.com/" {
		t.Errorf("revisit WARC-Refers-To-Target-URI = %q", got)
	}
	if got := revisit.Header.Get("WARC-Profile"); !strings.HasSuffix(got, "/revisit/uri-agnostic-identical-payload-digest") {
		t.Errorf("revisit WARC-Profile = %q", got)
	}

	// WARC/0.18 with an invalid date: Date is zero, Header keeps the text.
	o = readAll(t, "resiliparse/clueweb-quirk.warc.gz")
	if r := o.records[1]; !r.Date.IsZero() || r.Header.Get("WARC-Date") != "2008-10-294T05:21:46-0700" ||
		r.Header.Get("WARC-Warcinfo-ID") != "c95d1e81-dc53-4509-81b4-87f9e8faab63" {
		t.Errorf("clueweb record: Date %v, WARC-Date %q", r.Date, r.Header.Get("WARC-Date"))
	}

	// ARC: a filedesc record, then a response with WARC-like fields.
	o = readAll(t, "warcio/example.arc")
	if r := o.records[0]; r.Header.Get("WARC-Filename") != "live-web-example.arc.gz" || r.Length != 75 {
		t.Errorf("filedesc record: %+v", r)
	}
	r := o.records[1]
	if want := time.Date(2014, 2, 16, 5, 2, 21, 0, time.UTC); !r.Date.Equal(want) || r.Length != 1591 ||
		r.ContentType != "application/http; msgtype=response" || r.Header.Get("WARC-IP-Address") != "93.184.216.119" ||
		r.Header.Get("WARC-Identified-Payload-Type") != "text/html" {
		t.Errorf("ARC response record: %+v", r)
	}
}

func TestReadHTTPResponseFiles(t *testing.T) {
	tests := []struct {
		file, uri     string
		status        int
		bodyPrefix    string
		bodyLen       int // checked when > 0
		truncated     bool
		contentLength string
	}{
		// gzip Content-Encoding decoded.
		{file: "warcio/example.warc", uri: "http://example.com/", status: 200, bodyPrefix: "<!doctype html>", bodyLen: 1270},
		// Chunked transfer coding removed: one chunk of 0x1c37 bytes.
		{file: "warcio/example-iana.org-chunked.warc", uri: "http://www.iana.org/", status: 200, bodyPrefix: "<!doctype html>", bodyLen: 0x1c37},
		// The gzip body lost its last 2 bytes: decoded, but truncated.
		{file: "warcio/example-trunc.warc", uri: "http://example.com/", status: 200, bodyPrefix: "<!doctype html>", truncated: true},
		// Content-Encoding: gzip over a body stored decoded.
		{file: "resiliparse/clueweb-quirk.warc.gz", uri: "http://www.uraharajuku.st/shopdetail/001005000005/019/000/order/",
			status: 200, bodyPrefix: "<html>\n<head>\n<title>"},
		{file: "warcio/example-bad.warc.gz.bad", uri: "http://www.iana.org/domains/example", status: 302,
			bodyPrefix: "<!DOCTYPE HTML PUBLIC", bodyLen: 201},
		{file: "jwarc/cc.warc.gz", uri: "http://commoncrawl.org/", status: 200, bodyPrefix: "\n<!DOCTYPE html>", bodyLen: 20289},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := NewReader(openData(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			for {
				rec, err := r.Next()
				if err != nil {
					t.Fatalf("no response for %s: %v", tt.uri, err)
				}
				if rec.Type != "response" || rec.TargetURI != tt.uri {
					continue
				}
				resp, err := ReadHTTPResponse(rec.Block, 1<<20)
				if err != nil {
					t.Fatal(err)
				}
				if resp.Status != tt.status || !bytes.HasPrefix(resp.Body, []byte(tt.bodyPrefix)) || resp.Truncated != tt.truncated {
					t.Errorf("status %d, truncated %v, body %q...; want %d, %v, %q...",
						resp.Status, resp.Truncated, first(resp.Body, 30), tt.status, tt.truncated, tt.bodyPrefix)
				}
				if tt.bodyLen > 0 && len(resp.Body) != tt.bodyLen {
					t.Errorf("body length %d, want %d", len(resp.Body), tt.bodyLen)
				}
				if bytes.Contains(resp.Body, []byte("\r\n001c37\r\n")) || bytes.HasSuffix(resp.Body, []byte("0\r\n\r\n")) {
					t.Errorf("chunk framing left in body")
				}
				return
			}
		})
	}
}

func first(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func TestNextPage(t *testing.T) {
	tests := []struct {
		file     string
		pages    int
		charsets map[string]int
		errs     int
	}{
		// The revisit and the requests are skipped.
		{file: "warcio/example.warc", pages: 1, charsets: map[string]int{"": 1}},
		{file: "warcio/example-iana.org-chunked.warc", pages: 1, charsets: map[string]int{"utf-8": 1}},
		// The 302 is skipped.
		{file: "warcio/example-bad.warc.gz.bad", pages: 1},
		// 16 responses, all 200 text/html; charsets counted with Python.
		{file: "resiliparse/warcfile.warc.gz", pages: 16,
			charsets: map[string]int{"": 8, "windows-1251": 1, "utf-8": 5, "gb2312": 2}},
		{file: "resiliparse/clueweb-quirk.warc.gz", pages: 29},
		{file: "warcio/example.arc.gz", pages: 1},
		// Three empty ARC responses: each a RecordError.
		{file: "warcio/bad.arc", pages: 0, errs: 4},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := NewReader(openData(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			pages, errs := 0, 0
			charsets := map[string]int{}
			for {
				p, err := r.NextPage(10 << 20)
				if err == io.EOF {
					break
				}
				var re *RecordError
				if errors.As(err, &re) {
					errs++
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				pages++
				charsets[p.Charset]++
				if p.URL == "" || p.Date.IsZero() && !strings.Contains(tt.file, "clueweb") || len(p.Body) == 0 {
					t.Errorf("page at %d: URL %q, Date %v, %d body bytes", p.Offset, p.URL, p.Date, len(p.Body))
				}
				if !bytes.Contains(bytes.ToLower(p.Body), []byte("<html")) {
					t.Errorf("page %s: body is not HTML: %q", p.URL, first(p.Body, 40))
				}
			}
			if pages != tt.pages || errs != tt.errs {
				t.Errorf("pages, errors = %d, %d; want %d, %d", pages, errs, tt.pages, tt.errs)
			}
			if tt.charsets != nil && !equalCounts(charsets, tt.charsets) {
				t.Errorf("charsets = %v, want %v", charsets, tt.charsets)
			}
		})
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
