package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/sharedtest"
)

// shared returns a path inside ../shared, skipping when it is absent.
func shared(t testing.TB, parts ...string) string {
	t.Helper()
	return sharedtest.Path(t, parts...)
}

func TestSniffRealFiles(t *testing.T) {
	data := shared(t, "data")
	tests := []struct {
		path string
		want Format
	}{
		{"../seeds/000_d6398dffda7a0d7e.txt", FormatText},
		{"corpus/kcna/headlines_2024-11-11.json", FormatJSON},
		{"corpus/other/fundus/at_ORF.json", FormatJSON},
		{"feeds/rss-parser/rss-parser-test-input/uolNoticias.rss", FormatFeed},
		{"feeds/rss-parser/rss-parser-test-input/heise.atom", FormatFeed},
		{"feeds/rss-parser/rss-parser-test-input/rss-1.rss", FormatFeed},
		{"warc/warcio/example.warc", FormatWARC},
		{"warc/warcio/example.arc", FormatWARC},
		{"encodings/chardet/tests/EUC-KR/acnnewswire.net.xml", FormatFeed},
	}
	for _, tc := range tests {
		b, err := os.ReadFile(filepath.Join(data, tc.path))
		if err != nil {
			t.Errorf("%s: %v", tc.path, err)
			continue
		}
		if len(b) > peekSize {
			b = b[:peekSize]
		}
		if got := Sniff(tc.path, b); got != tc.want {
			t.Errorf("Sniff(%s) = %s, want %s", tc.path, got, tc.want)
		}
	}
}

func TestSniffContentBeatsExtension(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"feed.html", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, FormatFeed},
		{"data.txt", `[{"title": "A", "text": "B"}]`, FormatJSON},
		{"notes.json", "Just a line of text.\n", FormatText},
		{"x.bin", "\x89PNG\r\n\x1a\n\x00\x00", FormatBinary},
		{"blank.txt", " \n\t\n", FormatEmpty},
		{"utf16.txt", "\xff\xfeH\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00", FormatText},
		{"utf16.html", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00<\x00b\x00o\x00d\x00y\x00>\x00", FormatHTML},
		{"svg.xml", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`, FormatXML},
	}
	for _, tc := range tests {
		if got := Sniff(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Sniff(%s, %.30q) = %s, want %s", tc.name, tc.head, got, tc.want)
		}
	}
}

// collect is a Handler that keeps everything it is told.
type collect struct {
	docs     []*model.Document
	failed   map[string]string
	skipped  map[string]string
	failWith error
}

func newCollect() *collect {
	return &collect{failed: map[string]string{}, skipped: map[string]string{}}
}

func (c *collect) Document(_ context.Context, d *model.Document) error {
	c.docs = append(c.docs, d)
	return c.failWith
}
func (c *collect) Failed(in string, err error) { c.failed[in] = err.Error() }
func (c *collect) Skipped(in, reason string)   { c.skipped[in] = reason }

func TestReadContainers(t *testing.T) {
	data := shared(t, "data")
	tests := []struct {
		path      string
		container string
		min       int
	}{
		{"corpus/kcna/headlines_2024-11-11.json", "json", 2000},
		{"feeds/rss-parser/rss-parser-test-input/uolNoticias.rss", "feed", 10},
		{"warc/warcio/example.warc.gz", "warc", 1},
		{"warc/jwarc/cc.warc.gz", "warc", 1},
	}
	for _, tc := range tests {
		c := newCollect()
		r := &Reader{}
		if err := r.Read(context.Background(), []string{filepath.Join(data, tc.path)}, c); err != nil {
			t.Fatal(err)
		}
		if len(c.docs) < tc.min {
			t.Errorf("%s: %d documents, want ≥ %d (failed %v, skipped %v)", tc.path, len(c.docs), tc.min, c.failed, c.skipped)
			continue
		}
		for _, d := range c.docs {
			if d.Container != tc.container {
				t.Errorf("%s: container %q, want %q", d.Origin, d.Container, tc.container)
			}
			if !utf8.Valid(d.Body) {
				t.Errorf("%s: body is not valid UTF-8", d.Origin)
			}
			if d.Origin == d.Source {
				t.Errorf("%s: item origin does not locate the item", d.Origin)
			}
		}
	}
}

func TestReadDecodesLegacyEncodings(t *testing.T) {
	data := shared(t, "data", "encodings", "chardet", "tests")
	tests := []struct {
		dir, want string
	}{
		{"EUC-KR", "의"},
		{"SHIFT_JIS", "の"},
		{"EUC-JP", "の"},
		{"GB2312", "的"},
		{"Big5", "的"},
	}
	for _, tc := range tests {
		files, _ := filepath.Glob(filepath.Join(data, tc.dir, "*"))
		if len(files) == 0 {
			t.Errorf("%s: no files", tc.dir)
			continue
		}
		hit := 0
		for _, f := range files {
			// Read as plain text so that every file yields its body.
			c := newCollect()
			r := &Reader{Format: FormatText}
			if err := r.Read(context.Background(), []string{f}, c); err != nil {
				t.Fatal(err)
			}
			for _, d := range c.docs {
				if bytes.Contains(d.Body, []byte(tc.want)) {
					hit++
				}
			}
		}
		if hit*10 < len(files)*8 {
			t.Errorf("%s: %d of %d files decode to text containing %q", tc.dir, hit, len(files), tc.want)
		}
	}
}

func TestStdinAndHandlerErrors(t *testing.T) {
	c := newCollect()
	r := &Reader{Stdin: strings.NewReader("A title\n\nA body paragraph.\n")}
	if err := r.Read(context.Background(), []string{"-"}, c); err != nil {
		t.Fatal(err)
	}
	if len(c.docs) != 1 || c.docs[0].Source != "-" || c.docs[0].Kind != model.KindText {
		t.Fatalf("stdin gave %+v", c.docs)
	}
	// A handler error is reported against the input, and reading goes on.
	c = newCollect()
	c.failWith = os.ErrPermission
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte("Title\n\nBody text here.\n"), 0o644)
	}
	if err := r.Read(context.Background(), []string{dir}, c); err != nil {
		t.Fatal(err)
	}
	if len(c.docs) != 2 || len(c.failed) != 2 {
		t.Errorf("docs %d failed %v, want 2 and 2", len(c.docs), c.failed)
	}
}

func TestHiddenEntriesSkipped(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "x.txt"), []byte("Title\n\nBody.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("Title\n\nBody.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "seen.txt"), []byte("Title\n\nBody.\n"), 0o644)
	c := newCollect()
	if err := (&Reader{}).Read(context.Background(), []string{dir}, c); err != nil {
		t.Fatal(err)
	}
	if len(c.docs) != 1 {
		t.Errorf("read %d documents, want only seen.txt", len(c.docs))
	}
	if got := Files([]string{dir}); len(got) != 1 {
		t.Errorf("Files = %v, want one", got)
	}
}

func TestFolderNotesSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"README.md", "LICENSE", "COPYING-CC.TXT", "changelog.txt", "readme.html", "story.txt", "licensing-deal.json"} {
		body := "Title\n\nBody.\n"
		if strings.HasSuffix(name, ".json") {
			body = `{"title": "Licensing deal signed", "text": "The two firms signed a licensing deal on Monday."}`
		}
		if strings.HasSuffix(name, ".html") {
			body = "<html><head><title>A page</title></head><body><p>Some words of an article about a licence.</p></body></html>"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := newCollect()
	if err := (&Reader{}).Read(context.Background(), []string{dir}, c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.docs {
		got = append(got, filepath.Base(d.Source))
	}
	sort.Strings(got)
	if want := []string{"licensing-deal.json", "readme.html", "story.txt"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
	for _, name := range []string{"README.md", "LICENSE", "COPYING-CC.TXT", "changelog.txt"} {
		if c.skipped[filepath.Join(dir, name)] == "" {
			t.Errorf("%s was not reported as skipped (skipped: %v)", name, c.skipped)
		}
	}
	// Named on its own, a README is read.
	c = newCollect()
	if err := (&Reader{}).Read(context.Background(), []string{filepath.Join(dir, "README.md")}, c); err != nil {
		t.Fatal(err)
	}
	if len(c.docs) != 1 {
		t.Errorf("a README named on the command line gave %d documents, want 1", len(c.docs))
	}
}

// FuzzSniff checks that format sniffing and reading never panic and
// always yield valid UTF-8, whatever the bytes.
func FuzzSniff(f *testing.F) {
	for _, p := range []string{
		"seeds/000_d6398dffda7a0d7e.txt",
		"data/feeds/rss-parser/rss-parser-test-input/uolNoticias.rss",
		"data/feeds/rss-parser/rss-parser-test-input/heise.atom",
		"data/corpus/other/fundus/at_ORF.json",
		"data/warc/warcio/example.warc",
		"data/encodings/chardet/tests/EUC-KR/acnnewswire.net.xml",
	} {
		path := filepath.Join("..", "..", "..", "shared", p)
		if b, err := os.ReadFile(path); err == nil {
			if len(b) > 16<<10 {
				b = b[:16<<10]
			}
			f.Add("x"+filepath.Ext(p), b)
		}
	}
	f.Add("x.txt", []byte("\x1f\x8b\x08\x00garbage"))
	f.Add("x.json", []byte(`{"title": "a", "text": "b"}`))
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		Sniff(name, b)
		c := newCollect()
		r := &Reader{Stdin: bytes.NewReader(b), Limits: Limits{MaxPage: 1 << 20, MaxDecompressed: 4 << 20}}
		if err := r.Read(context.Background(), []string{"-"}, c); err != nil {
			t.Fatal(err)
		}
		for _, d := range c.docs {
			if !utf8.Valid(d.Body) {
				t.Fatalf("%s: invalid UTF-8 body", d.Origin)
			}
		}
	})
}
