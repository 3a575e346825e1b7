package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/storyline/storyline/internal/model"
)

// feeds is the shared feed test data, seen from this package.
var feeds = filepath.Join("..", "..", "..", "..", "shared", "data", "feeds", "rss-parser")

// read returns a shared feed file, skipping the test when it is absent.
// With latin1 set it decodes the bytes from Windows-1252 first, as the
// charset stage does before Parse sees them.
func read(t testing.TB, latin1 bool, rel ...string) []byte {
	t.Helper()
	p := filepath.Join(append([]string{feeds}, rel...)...)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("shared test data %s not available: %v", p, err)
	}
	if latin1 {
		if b, err = charmap.Windows1252.NewDecoder().Bytes(b); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func parseAll(b []byte) (FeedInfo, []int, []*model.Record, error) {
	var idx []int
	var recs []*model.Record
	info, err := Parse(b, func(i int, r *model.Record) error {
		idx = append(idx, i)
		recs = append(recs, r)
		return nil
	})
	return info, idx, recs, err
}

func TestRealFeeds(t *testing.T) {
	tests := []struct {
		path    []string
		latin1  bool
		typ     string
		version string
		title   string
		lang    string
		items   int
		emitted int
	}{
		{[]string{"rss-parser-test-input", "encoding.rss"}, true, "rss", "2.0", "Jornal de Notícias - Últimas Notícias", "pt", 40, 40},
		{[]string{"rss-parser-test-input", "uolNoticias.rss"}, true, "rss", "", "UOL Noticias", "", 15, 15},
		{[]string{"rss-parser-test-input", "guardian.rss"}, false, "rss", "2.0", "The Guardian", "en", 55, 55},
		{[]string{"rss-parser-test-input", "content-encoded.rss"}, false, "rss", "2.0", "Food in Invironment on Medium", "", 7, 7},
		{[]string{"rss-parser-test-input", "heraldsun.rss"}, false, "rss", "0.92", "RSS0.92 Example", "en", 2, 2},
		{[]string{"rss-parser-test-input", "rss-1.rss"}, false, "rss", "1.0", "Science twis", "", 69, 69},
		{[]string{"rss-parser-test-input", "craigslist.rss"}, false, "rss", "1.0", "craigslist SF bay area | apts/housing for rent search", "en", 25, 25},
		{[]string{"rss-parser-test-input", "giantbomb-podcast.rss"}, false, "rss", "2.0", "Giant Bombcast", "en", 730, 730},
		{[]string{"rss-parser-test-input", "reddit-atom.rss"}, false, "rss", "2.0", "reddit: the front page of the internet", "", 24, 24},
		{[]string{"rss-parser-test-input", "reddit-home.rss"}, false, "atom", "1.0", "reddit: the front page of the internet", "", 24, 24},
		{[]string{"rss-parser-test-input", "heise.atom"}, false, "atom", "1.0", "heise developer neueste Meldungen", "", 15, 15},
		{[]string{"rss-parser-test-input", "feedburner.atom"}, false, "atom", "1.0", "Google Ads Developer Blog", "", 25, 25},
		{[]string{"rss-parser-test-input", "missing-fields.atom"}, false, "atom", "1.0", "", "en", 1, 0},
		{[]string{"gofeed-testdata", "parser", "universal", "atom03_feed.xml"}, false, "atom", "0.3", "Feed Title", "", 0, 0},
		{[]string{"gofeed-testdata", "parser", "universal", "rdf_feed.xml"}, false, "rss", "1.0", "Feed Title", "", 0, 0},
		{[]string{"gofeed-testdata", "parser", "universal", "rss_feed_bom.xml"}, false, "rss", "2.0", "Feed Title", "", 0, 0},
		{[]string{"gofeed-testdata", "parser", "universal", "rss_feed_leading_spaces.xml"}, false, "rss", "2.0", "Feed Title", "", 0, 0},
		{[]string{"gofeed-testdata", "parser", "json", "version_json_10.json"}, false, "json", "1.0", "title", "", 1, 1},
		{[]string{"gofeed-testdata", "parser", "json", "version_json_11.json"}, false, "json", "1.1", "title", "", 1, 1},
	}
	for _, tt := range tests {
		name := tt.path[len(tt.path)-1]
		t.Run(name, func(t *testing.T) {
			b := read(t, tt.latin1, tt.path...)
			if !Looks(b[:min(len(b), 1024)]) {
				t.Errorf("Looks = false")
			}
			info, idx, recs, err := parseAll(b)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if info.Type != tt.typ || info.Version != tt.version || info.Title != tt.title || info.Language != tt.lang ||
				info.Items != tt.items || len(recs) != tt.emitted || info.Skipped != tt.items-tt.emitted {
				t.Errorf("got %+v with %d records, want %s %s %q %q, %d items, %d records",
					info, len(recs), tt.typ, tt.version, tt.title, tt.lang, tt.items, tt.emitted)
			}
			for i, r := range recs {
				if r.Title == "" && r.Text == "" {
					t.Errorf("item %d has no title or text", idx[i])
				}
				if r.Outlet != info.Title || r.Language != info.Language {
					t.Errorf("item %d outlet %q language %q, want the feed's", idx[i], r.Outlet, r.Language)
				}
				if strings.Contains(r.Title+r.Text, "Ã") {
					t.Errorf("item %d decoded twice: %q", idx[i], r.Title)
				}
			}
		})
	}
}

func TestLatin1(t *testing.T) {
	// No XML declaration at all; bytes are Latin-1, decoded here.
	b := read(t, true, "rss-parser-test-input", "uolNoticias.rss")
	_, _, recs, err := parseAll(b)
	if err != nil || len(recs) == 0 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	r := recs[0]
	if want := "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno"; r.Title != want {
		t.Errorf("title = %q, want %q", r.Title, want)
	}
	// "Seg, 24 Set 2018 19:42:40 -0300": Portuguese day and month names.
	if want := time.Date(2018, 9, 24, 22, 42, 40, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("published = %v, want %v", r.Published, want)
	}
	if !r.Summary || !r.TextIsHTML || !strings.HasPrefix(r.URL, "https://noticias.uol.com.br/politica/") {
		t.Errorf("record = %+v", *r)
	}
	for i, r := range recs {
		if r.Published.IsZero() {
			t.Errorf("item %d has no date", i)
		}
	}

	// Declared ISO-8859-1, already decoded: the declaration must not apply.
	b = read(t, true, "rss-parser-test-input", "encoding.rss")
	_, _, recs, err = parseAll(b)
	if err != nil || len(recs) == 0 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	if want := "Mãe de utente é a nova presidente da Raríssimas"; recs[0].Title != want {
		t.Errorf("title = %q, want %q", recs[0].Title, want)
	}
}

func TestItemFields(t *testing.T) {
	b := read(t, false, "rss-parser-test-input", "guardian.rss")
	_, _, recs, err := parseAll(b)
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.Title != "Trump State of the Union address promised unity but emphasized discord" ||
		r.URL != "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord" ||
		len(r.Authors) != 1 || r.Authors[0] != "David Smith in Washington" ||
		!r.Published.Equal(time.Date(2018, 1, 31, 7, 26, 5, 0, time.UTC)) || r.PublishedDateOnly ||
		!r.Summary || !r.TextIsHTML {
		t.Errorf("guardian #0 = %+v", *r)
	}

	// content:encoded is the full text.
	b = read(t, false, "rss-parser-test-input", "content-encoded.rss")
	_, _, recs, err = parseAll(b)
	if err != nil {
		t.Fatal(err)
	}
	if r := recs[0]; r.Summary || !r.TextIsHTML || !strings.HasPrefix(r.Text, "<h4>Using Wild Ingredients") || r.Authors[0] != "Jeremy Puma" {
		t.Errorf("content-encoded #0 = %+v", *r)
	}

	// Atom content.
	b = read(t, false, "rss-parser-test-input", "heise.atom")
	_, _, recs, err = parseAll(b)
	if err != nil {
		t.Fatal(err)
	}
	if r := recs[0]; r.Summary || r.Title != "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei" ||
		!r.Published.Equal(time.Date(2016, 2, 1, 16, 22, 0, 0, time.UTC)) {
		t.Errorf("heise #0 = %+v", *r)
	}
}

func TestInline(t *testing.T) {
	const item = `<item><title> Ação
 nova </title><link>http://x/1</link><description>Só &lt;b&gt;isto&lt;/b&gt;</description><pubDate>%s</pubDate></item>`
	rss := func(decl, lang, date string) string {
		return decl + `<rss version="2.0"><channel><title>Notícias</title><language>` + lang + `</language>` +
			strings.Replace(item, "%s", date, 1) + `</channel></rss>`
	}
	tests := []struct {
		name     string
		in       string
		lang     string
		date     time.Time
		dateOnly bool
	}{
		{"declared latin-1", rss(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "pt-BR", "Mon, 02 Jan 2006 15:04:05 GMT"),
			"pt", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), false},
		{"single quotes, BOM, spaces", "\xef\xbb\xbf \n" + rss(`<?xml version='1.0' encoding='windows-1252' standalone='yes'?>`, "pt_PT", "2006-01-02"),
			"pt", time.Date(2006, 1, 2, 0, 0, 0, 0, time.UTC), true},
		{"declared utf-16", rss(`<?xml version="1.0" encoding="UTF-16"?>`, "PT", ""), "pt", time.Time{}, false},
		{"no declaration", rss(``, "portuguese", "Ter, 03 Jan 2006 10:00:00 +0100"), "", time.Date(2006, 1, 3, 9, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, _, recs, err := parseAll([]byte(tt.in))
			if err != nil || len(recs) != 1 {
				t.Fatalf("%d records, %v", len(recs), err)
			}
			r := recs[0]
			if info.Title != "Notícias" || r.Title != "Ação nova" || r.Text != "Só <b>isto</b>" || !r.Summary || !r.TextIsHTML {
				t.Errorf("got %+v, %+v", info, *r)
			}
			if r.Language != tt.lang || !r.Published.Equal(tt.date) || r.PublishedDateOnly != tt.dateOnly {
				t.Errorf("language %q published %v (%v), want %q %v (%v)", r.Language, r.Published, r.PublishedDateOnly, tt.lang, tt.date, tt.dateOnly)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	html := read(t, false, "rss-parser-test-input", "unrecognized.rss")
	tests := []struct {
		name string
		in   []byte
	}{
		{"html page", html},
		{"empty", nil},
		{"broken json feed", []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[`)},
		{"not xml", []byte("hello")},
	}
	for _, tt := range tests {
		if _, _, _, err := parseAll(tt.in); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
	stop := errors.New("stop")
	b := read(t, false, "rss-parser-test-input", "guardian.rss")
	n := 0
	_, err := Parse(b, func(i int, _ *model.Record) error {
		n++
		if i == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit error: %v after %d calls", err, n)
	}
}

func TestLocalDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"Seg, 24 Set 2018 19:42:40 -0300", time.Date(2018, 9, 24, 22, 42, 40, 0, time.UTC), true},
		{"Mi, 13 Okt 2021 08:00:00 +0200", time.Date(2021, 10, 13, 6, 0, 0, 0, time.UTC), true},
		{"lun., 4 déc. 2023 10:00:00 GMT", time.Date(2023, 12, 4, 10, 0, 0, 0, time.UTC), true},
		{"12 Dic 2020", time.Date(2020, 12, 12, 0, 0, 0, 0, time.UTC), true},
		{"", time.Time{}, false},
		{"Seg, 24 Foo 2018 19:42:40 -0300", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := localDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("localDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLooks(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"html page", read(t, false, "rss-parser-test-input", "unrecognized.rss"), false},
		{"unknown xml", read(t, false, "gofeed-testdata", "parser", "universal", "unknown_feed.xml"), false},
		{"gofeed expected output", read(t, false, "gofeed-testdata", "parser", "rss", "issue_217_enclosure_children.json"), false},
		{"json feed url", []byte(`{"version": "https://jsonfeed.org/version/1", "title": "x", "items": []}`), true},
		{"article json", []byte(`{"title": "x", "text": "y"}`), false},
		{"comment and doctype", []byte(`<?xml version="1.0"?><!-- c --><!DOCTYPE rss><rss version="2.0">`), true},
		{"prefixed atom", []byte(`<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`), true},
		{"rdf", []byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`), true},
		{"html doc", []byte("<!DOCTYPE html>\n<html><head><link rel=alternate type=application/rss+xml>"), false},
		{"cut in name", []byte(`<?xml version="1.0"?><rs`), false},
		{"cut in prolog", []byte(`<?xml version="1.0"`), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := Looks(tt.in); got != tt.want {
			t.Errorf("Looks(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Every RSS and Atom test input of gofeed is sniffed as a feed and parses
// without a panic.
func TestGofeedTestdata(t *testing.T) {
	dir := filepath.Join(feeds, "gofeed-testdata", "parser")
	var files []string
	for _, sub := range []string{"rss", "atom"} {
		f, _ := filepath.Glob(filepath.Join(dir, sub, "*.xml"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Skipf("shared test data %s not available", dir)
	}
	failed := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !Looks(b) {
			t.Errorf("%s: Looks = false", f)
		}
		if _, _, _, err := parseAll(b); err != nil {
			failed++
			t.Logf("%s: %v", filepath.Base(f), err)
		}
	}
	t.Logf("%d files, %d not parsed", len(files), failed)
	if failed > len(files)/50 {
		t.Errorf("%d of %d gofeed test feeds failed to parse", failed, len(files))
	}
}

// FuzzParse checks that Parse and Looks never panic and that what Parse
// emits keeps its promises.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title><content type="html">&lt;p&gt;x</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"x"}]}`))
	for _, dir := range []string{"rss-parser-test-input", filepath.Join("gofeed-testdata", "parser", "universal")} {
		files, _ := filepath.Glob(filepath.Join(feeds, dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		Looks(b)
		last := -1
		info, err := Parse(b, func(i int, r *model.Record) error {
			if i <= last {
				t.Fatalf("index %d after %d", i, last)
			}
			last = i
			if r == nil || (r.Title == "" && r.Text == "") {
				t.Fatalf("emitted a record with no title or text: %+v", r)
			}
			return nil
		})
		if err == nil && (last >= info.Items || info.Skipped > info.Items) {
			t.Fatalf("info %+v after index %d", info, last)
		}
	})
}
