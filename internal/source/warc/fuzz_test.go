package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// addSeeds adds every file of the shared WARC data folder to f's corpus.
func addSeeds(f *testing.F, add func(data []byte)) {
	files, _ := filepath.Glob(filepath.Join(dataDir, "*", "*"))
	if len(files) == 0 {
		f.Logf("shared test data %s is absent; fuzzing from synthetic seeds only", dataDir)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		add(data)
	}
}

// FuzzReader checks that no input makes the reader panic, loop, or hand out
// more block bytes than a record's length.
func FuzzReader(f *testing.F) {
	f.Add([]byte(warcRecord("response", "http://x/", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")))
	f.Add([]byte("filedesc://x 1.2.3.4 20140101000000 text/plain 0\n\nhttp://a/ 1.2.3.4 20140101000000 text/html 3\nabc\n"))
	addSeeds(f, func(data []byte) { f.Add(data) })
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		limit := 2*len(data) + 100
		for i := 0; ; i++ {
			if i > limit {
				t.Fatalf("more than %d calls to Next on %d bytes of input", limit, len(data))
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !errors.As(err, new(*RecordError)) {
					t.Fatalf("non-RecordError from an in-memory input: %v", err)
				}
				continue
			}
			if i%2 == 0 && rec.Type == "response" {
				ReadHTTPResponse(rec.Block, 1<<20)
				continue
			}
			n, _ := io.Copy(io.Discard, rec.Block)
			if n > rec.Length {
				t.Fatalf("block gave %d bytes, Length %d", n, rec.Length)
			}
		}
	})
}

// FuzzReadHTTPResponse checks that no block makes ReadHTTPResponse panic or
// return a body over its limit.
func FuzzReadHTTPResponse(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), int64(100))
	addSeeds(f, func(data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for range 5 {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.Type == "response" && rec.Length < 64<<10 {
				if block, err := io.ReadAll(rec.Block); err == nil {
					f.Add(block, int64(1<<20))
				}
			}
		}
	})
	f.Fuzz(func(t *testing.T, block []byte, maxBody int64) {
		maxBody %= 1 << 20
		resp, err := ReadHTTPResponse(bytes.NewReader(block), maxBody)
		if err != nil {
			return
		}
		if int64(len(resp.Body)) > max(maxBody, 0) {
			t.Fatalf("body of %d bytes over the limit %d", len(resp.Body), maxBody)
		}
	})
}
