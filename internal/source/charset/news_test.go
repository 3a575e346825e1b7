package charset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// sharedData is the read-only shared data folder, from this package.
var sharedData = filepath.Join("..", "..", "..", "..", "shared", "data")

// readShared reads a file under sharedData (gunzipping .gz files),
// skipping the test when it is absent.
func readShared(t testing.TB, rel string) []byte {
	t.Helper()
	path := filepath.Join(sharedData, rel)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared data %s not available: %v", path, err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return b
}

// TestNewsPages decodes every page of the html-news set: output must be
// valid UTF-8 without replacement characters, and the pages whose bytes
// are UTF-8 must come out as UTF-8 whatever they declare.
func TestNewsPages(t *testing.T) {
	man := readShared(t, filepath.Join("html-news", "manifest.jsonl"))
	sc := bufio.NewScanner(bytes.NewReader(man))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		var m struct {
			File            string  `json:"file"`
			DeclaredCharset *string `json:"declared_charset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("manifest: %v", err)
		}
		b := readShared(t, filepath.Join("html-news", m.File))
		out, name, err := Decode(b, Hints{Kind: "html"})
		if err != nil {
			t.Errorf("%s: %v", m.File, err)
		}
		if !utf8.Valid(out) {
			t.Errorf("%s: output is not valid UTF-8", m.File)
		}
		if k := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(b, []byte("\uFFFD")); k > 0 {
			t.Errorf("%s: %d replacement characters (decoded as %s)", m.File, k, name)
		}
		if utf8.Valid(b) && name != utf8Name {
			t.Errorf("%s: valid UTF-8 decoded as %s", m.File, name)
		}
		decl := "<none>"
		if m.DeclaredCharset != nil {
			decl = *m.DeclaredCharset
		}
		t.Logf("%s: declared %s, decoded as %s", m.File, decl, name)
		n++
	}
	if n < 50 {
		t.Errorf("read %d pages, want the 52 of html-news", n)
	}
}

// TestKnownQuirks pins the two cases the brief singles out.
func TestKnownQuirks(t *testing.T) {
	tests := []struct {
		file, kind, wantName, wantText string
	}{
		// Declares GB2312 but is UTF-8.
		{"html-news/fundus_cn_People_2024_04_24.html.gz", "html", "utf-8", "人民"},
		// Latin-1 feed without any declaration.
		{"feeds/rss-parser/rss-parser-test-input/uolNoticias.rss", "xml", "windows-1252", "Últimas Notícias"},
		// Declared ISO-8859-1, honoured as its windows-1252 superset.
		{"feeds/rss-parser/rss-parser-test-input/encoding.rss", "xml", "windows-1252", "Notícias"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			b := readShared(t, tt.file)
			out, name, err := Decode(b, Hints{Kind: tt.kind})
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.wantName {
				t.Errorf("name = %q, want %q", name, tt.wantName)
			}
			if !bytes.Contains(out, []byte(tt.wantText)) {
				t.Errorf("output lacks %q", tt.wantText)
			}
			if !utf8.Valid(out) {
				t.Error("output is not valid UTF-8")
			}
			// Without the kind hint the result must be the same.
			if _, n2, _ := Decode(b, Hints{}); n2 != name {
				t.Errorf("without kind: name = %q, want %q", n2, name)
			}
		})
	}
}
