package jsonrec

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/model"
)

// shared is the team's read-only data folder, seen from this package.
var shared = filepath.Join("..", "..", "..", "..", "shared", "data")

// need returns the path of a shared data file or folder, skipping the
// test when it is absent.
func need(t testing.TB, rel ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{shared}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared test data %s not available: %v", p, err)
	}
	return p
}

type got struct {
	idx  []int
	recs []*model.Record
}

// decodeFile decodes a file and returns what was emitted and the error.
func decodeFile(t *testing.T, path string) (got, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return decodeReader(f)
}

func decodeReader(r io.Reader) (got, error) {
	var g got
	err := Decode(r, func(i int, rec *model.Record) error {
		g.idx = append(g.idx, i)
		g.recs = append(g.recs, rec)
		return nil
	})
	return g, err
}

func decodeString(s string) (got, error) { return decodeReader(strings.NewReader(s)) }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestKCNA(t *testing.T) {
	path := need(t, "corpus", "kcna", "headlines_2024-11-11.json")
	g, err := decodeFile(t, path)
	if err != nil {
		t.Fatalf("Decode(%s): %v", path, err)
	}
	if len(g.recs) != 2111 {
		t.Fatalf("got %d records, want 2111", len(g.recs))
	}
	r := g.recs[0]
	if want := "Japan's Discharge of Nuclear-polluted Water Is Crime: KCNA Commentary"; r.Title != want {
		t.Errorf("record 0 title = %q, want %q", r.Title, want)
	}
	if !r.Published.Equal(day(2023, 12, 24)) || !r.PublishedDateOnly {
		t.Errorf("record 0 published = %v (date only %v), want 2023-12-24 date only", r.Published, r.PublishedDateOnly)
	}
	if !strings.HasPrefix(r.URL, "http://www.kcna.kp/en/article/q/a514ed40309b181ae5964d720a691ec6") {
		t.Errorf("record 0 url = %q", r.URL)
	}
	if !strings.HasPrefix(r.Text, "Pyongyang, December 24 (KCNA) -- Japan continues") || r.Summary || r.TextIsHTML {
		t.Errorf("record 0 text = %.60q summary=%v html=%v", r.Text, r.Summary, r.TextIsHTML)
	}
	empty := 0
	for i, r := range g.recs {
		if g.idx[i] != i {
			t.Fatalf("record %d has index %d", i, g.idx[i])
		}
		if r.Text == "" {
			empty++
		}
		if strings.ContainsAny(r.Title, "\r\n\t") || r.Title != strings.TrimSpace(r.Title) {
			t.Errorf("record %d title not cleaned: %q", i, r.Title)
		}
		if r.Published.Before(day(2023, 12, 24)) || r.Published.After(day(2024, 11, 10)) || !r.PublishedDateOnly {
			t.Errorf("record %d published %v outside the file's range", i, r.Published)
		}
	}
	if empty != 249 {
		t.Errorf("%d records with empty text, want 249", empty)
	}
}

func TestGiveme5W1H(t *testing.T) {
	dir := need(t, "clustering", "giveme5w1h", "data")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) != 383 {
		t.Fatalf("found %d files (%v), want 383", len(files), err)
	}
	for _, f := range files {
		g, err := decodeFile(t, f)
		if err != nil || len(g.recs) != 1 {
			t.Errorf("%s: %d records, err %v; want 1", f, len(g.recs), err)
			continue
		}
		r := g.recs[0]
		if r.Title == "" || r.Text == "" || r.URL == "" || r.Outlet == "" || r.Published.IsZero() || r.Summary {
			t.Errorf("%s: missing field in %+v", f, *r)
		}
	}
	g, err := decodeFile(t, filepath.Join(dir, "0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := g.recs[0]
	want := model.Record{
		Title:             "China opposes DPRK's missile launch: FM spokesperson",
		URL:               "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm",
		Outlet:            "africa.chinadaily.com.cn",
		Published:         day(2017, 9, 15),
		PublishedDateOnly: true,
	}
	if r.Title != want.Title || r.URL != want.URL || r.Outlet != want.Outlet ||
		!r.Published.Equal(want.Published) || r.PublishedDateOnly != want.PublishedDateOnly ||
		len(r.Authors) != 0 || r.Language != "" {
		t.Errorf("got %+v\nwant %+v", *r, want)
	}
	if !strings.HasPrefix(r.Text, "China opposes DPRK's missile launch: FM spokesperson\nXinhua") {
		t.Errorf("text = %.80q", r.Text)
	}
}

func TestFundus(t *testing.T) {
	dir := need(t, "corpus", "other", "fundus")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != 44 {
		t.Fatalf("found %d files, want 44", len(files))
	}
	total := 0
	for _, f := range files {
		g, err := decodeFile(t, f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
		}
		total += len(g.recs)
		for _, r := range g.recs {
			if r.Title == "" || r.Text == "" || r.Published.IsZero() || r.TextIsHTML {
				t.Errorf("%s: incomplete record %q (text %d bytes, published %v)", f, r.Title, len(r.Text), r.Published)
			}
		}
	}
	if total != 59 {
		t.Errorf("%d records in all, want 59 (versions)", total)
	}

	g, err := decodeFile(t, filepath.Join(dir, "de_Bild.json"))
	if err != nil || len(g.recs) != 1 {
		t.Fatalf("de_Bild: %d records, %v", len(g.recs), err)
	}
	r := g.recs[0]
	paras := strings.Split(r.Text, "\n\n")
	if len(paras) != 5 ||
		!strings.HasPrefix(paras[0], "Es war bereits der zwölfte Einsatz") || // body.summary
		!strings.HasPrefix(paras[1], "Endlich wieder") || // sections[0].paragraphs[0]
		!strings.HasPrefix(paras[4], "Obwohl Niemiec") {
		t.Errorf("de_Bild paragraphs = %d: %q", len(paras), paras)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "JÖRG ZSCHOCHE" {
		t.Errorf("de_Bild authors = %q", r.Authors)
	}
	if want := time.Date(2023, 5, 15, 11, 52, 9, 860e6, time.UTC); !r.Published.Equal(want) || r.PublishedDateOnly {
		t.Errorf("de_Bild published = %v, want %v", r.Published, want)
	}

	// Section headlines come before their paragraphs; two versions keep order.
	g, err = decodeFile(t, filepath.Join(dir, "uk_BBC.json"))
	if err != nil || len(g.recs) != 2 || g.idx[0] != 0 || g.idx[1] != 1 {
		t.Fatalf("uk_BBC: %d records %v, %v", len(g.recs), g.idx, err)
	}
	if !g.recs[1].Published.Equal(time.Date(2012, 5, 10, 14, 29, 5, 0, time.UTC)) {
		t.Errorf("uk_BBC V2 published %v", g.recs[1].Published)
	}
}

func TestNewsAPI(t *testing.T) {
	dir := need(t, "corpus", "other", "newsapi")
	for _, name := range []string{"news_de.json", "news_jp.json", "news_ru.json"} {
		g, err := decodeFile(t, filepath.Join(dir, name))
		if err != nil || len(g.recs) != 20 {
			t.Errorf("%s: %d records, %v; want 20", name, len(g.recs), err)
			continue
		}
		for i, r := range g.recs {
			if strings.Contains(r.Text, "chars]") {
				t.Errorf("%s #%d: truncation marker left in %q", name, i, r.Text)
			}
			if r.Outlet == "" || r.URL == "" || r.Published.IsZero() || r.Title == "" {
				t.Errorf("%s #%d: incomplete %+v", name, i, *r)
			}
			if r.Text != "" && !r.Summary {
				t.Errorf("%s #%d: truncated content not marked Summary", name, i)
			}
		}
	}
	g, _ := decodeFile(t, filepath.Join(dir, "news_de.json"))
	r := g.recs[0]
	if r.Outlet != "Faz.net" || r.Title != "Neukölln wehrt sich - FAZ - Frankfurter Allgemeine Zeitung" ||
		!r.Published.Equal(time.Date(2021, 5, 18, 15, 31, 0, 0, time.UTC)) ||
		len(r.Authors) != 1 || r.Authors[0] != "Marlene Grunert" {
		t.Errorf("news_de #0 = %+v", *r)
	}
	if !strings.HasPrefix(r.Text, "Immer mehr Mietshäuser") || !r.Summary {
		t.Errorf("news_de #0 text = %q", r.Text)
	}
	if a := g.recs[1].Authors; len(a) != 3 || a[2] != "Jonas Nohe" {
		t.Errorf("news_de #1 authors = %q", a)
	}
}

func TestShapes(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		titles  []string
		idx     []int
		skipped int // want a *SkippedError with this count
	}{
		{"jsonl", "{\"title\":\"a\"}\n{\"title\":\"b\"}\n\n{\"headline\":\"c\"}\n", []string{"a", "b", "c"}, []int{0, 1, 2}, 0},
		{"bom array", "\xef\xbb\xbf[{\"Title\":\"a\"},{\"name\":\"b\",\"url\":\"u\"},{\"name\":\"c\"}]", []string{"a", "b"}, []int{0, 1}, 1},
		{"empty array", "[]", nil, nil, 0},
		{"empty input", "  \n", nil, nil, 0},
		{"wrapper", `{"status":"ok","items":[{"title":"a"},{"title":"b"}],"next":{"x":1}}`, []string{"a", "b"}, []int{0, 1}, 0},
		{"unknown wrapper", `{"count":2,"stuff":[{"title":"a"},{"text":"b"}]}`, []string{"a", ""}, []int{0, 1}, 0},
		{"versions", `{"V1":{"title":"a"},"V2":{"title":"b"},"V3":{"x":1}}`, []string{"a", "b"}, []int{0, 1}, 1},
		{"skipped", `[{"title":"a"},{"id":7},{"title":""},{"title":"d"},3]`, []string{"a", "d"}, []int{0, 3}, 3},
		{"not articles", `{"a":1,"b":"x"}`, nil, nil, 1},
		{"array of arrays", `[[{"title":"a"}]]`, nil, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := decodeString(tt.in)
			var se *SkippedError
			if tt.skipped > 0 {
				if !errors.As(err, &se) || se.Skipped != tt.skipped {
					t.Errorf("err = %v, want %d skipped", err, tt.skipped)
				}
			} else if err != nil {
				t.Errorf("err = %v", err)
			}
			var titles []string
			for _, r := range g.recs {
				titles = append(titles, r.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") || len(g.idx) != len(tt.idx) {
				t.Fatalf("titles %q idx %v, want %q %v", titles, g.idx, tt.titles, tt.idx)
			}
			for i := range g.idx {
				if g.idx[i] != tt.idx[i] {
					t.Errorf("idx %v, want %v", g.idx, tt.idx)
				}
			}
		})
	}
}

func TestFields(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want model.Record
	}{
		{"summary only", `{"title":"t","description":" d ","lang":"pt-BR","link":"http://x/1"}`,
			model.Record{Title: "t", Text: "d", Summary: true, Language: "pt", URL: "http://x/1"}},
		{"html body", `{"headline":"t","articleBody":"<p>one</p><p>two</p>","inLanguage":"en_US"}`,
			model.Record{Title: "t", Text: "<p>one</p><p>two</p>", TextIsHTML: true, Language: "en"}},
		{"text is not html", `{"title":"t","text":"a < b and c > d"}`,
			model.Record{Title: "t", Text: "a < b and c > d"}},
		{"byline string", `{"title":"t","byline":"By Ann Lee and Bo Ma; Cy","source":"Wire"}`,
			model.Record{Title: "t", Authors: []string{"Ann Lee", "Bo Ma", "Cy"}, Outlet: "Wire"}},
		{"author objects", `{"title":"t","author":[{"name":"A"},{"name":"A"},"B"],"publisher":{"@type":"Org","name":"P"}}`,
			model.Record{Title: "t", Authors: []string{"A", "B"}, Outlet: "P"}},
		{"paragraph list", `{"title":"t","body":["p1"," ",{"text":"p2"}]}`,
			model.Record{Title: "t", Text: "p1\n\np2"}},
		{"epoch seconds string", `{"title":"t","published":"1700000000"}`,
			model.Record{Title: "t", Published: time.Unix(1700000000, 0).UTC()}},
		{"epoch ms number", `{"title":"t","date":1700000000123}`,
			model.Record{Title: "t", Published: time.UnixMilli(1700000000123).UTC()}},
		{"pubDate rfc1123", `{"title":"t","pubDate":"Tue, 18 May 2021 15:31:00 +0200"}`,
			model.Record{Title: "t", Published: time.Date(2021, 5, 18, 13, 31, 0, 0, time.UTC)}},
		{"day only", `{"title":"t","date_str":"2024-02-29"}`,
			model.Record{Title: "t", Published: day(2024, 2, 29), PublishedDateOnly: true}},
		{"bad date falls through", `{"title":"t","date":"soon","date_str":"2024-02-29"}`,
			model.Record{Title: "t", Published: day(2024, 2, 29), PublishedDateOnly: true}},
		{"truncated, description", `{"title":"t","content":"Start of body… [+99 chars]","description":"Teaser"}`,
			model.Record{Title: "t", Text: "Teaser", Summary: true}},
		{"truncated, no description", `{"title":"t","content":"Start of body… [+99 chars]","description":null}`,
			model.Record{Title: "t", Text: "Start of body", Summary: true}},
		{"null fields", `{"title":null,"text":"x","url":null,"authors":null,"language":null}`,
			model.Record{Text: "x"}},
		{"url with spaces dropped", `{"title":"t","url":"not a url"}`, model.Record{Title: "t"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := decodeString(tt.in)
			if err != nil || len(g.recs) != 1 {
				t.Fatalf("%d records, err %v", len(g.recs), err)
			}
			r := *g.recs[0]
			w := tt.want
			if r.Title != w.Title || r.Text != w.Text || r.URL != w.URL || r.Outlet != w.Outlet ||
				r.Language != w.Language || r.Summary != w.Summary || r.TextIsHTML != w.TextIsHTML ||
				!r.Published.Equal(w.Published) || r.PublishedDateOnly != w.PublishedDateOnly ||
				strings.Join(r.Authors, "|") != strings.Join(w.Authors, "|") {
				t.Errorf("got  %+v\nwant %+v", r, w)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		titles int    // records emitted before the error
		msg    string // in the error
	}{
		{"syntax in array", `[{"title":"a"},{"title":"b"},{"title" "c"}]`, 2, "byte 38"},
		{"truncated", `[{"title":"a"},{"title":"b`, 1, "unexpected EOF"},
		{"garbage after jsonl", "{\"title\":\"a\"}\nnot json", 1, "byte"},
		{"too deep", "[" + strings.Repeat(`{"a":`, MaxDepth+1), 0, "nested deeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := decodeString(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want it to mention %q", err, tt.msg)
			}
			if len(g.recs) != tt.titles {
				t.Errorf("%d records emitted before the error, want %d", len(g.recs), tt.titles)
			}
		})
	}
}

func TestEmitError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Decode(strings.NewReader(`[{"title":"a"},{"title":"b"},{"title":"c"}]`), func(i int, _ *model.Record) error {
		n++
		if i == 1 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 || !strings.Contains(err.Error(), "#1") {
		t.Errorf("err = %v after %d calls", err, n)
	}
}

// endless yields `[{"title":"` and then an unending string.
type endless struct{ head []byte }

func (e *endless) Read(p []byte) (int, error) {
	n := copy(p, e.head)
	e.head = e.head[n:]
	for i := n; i < len(p); i++ {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestRecordTooLarge(t *testing.T) {
	err := Decode(&endless{head: []byte(`[{"title":"`)}, func(int, *model.Record) error { return nil })
	if !errors.Is(err, errTooLarge) {
		t.Errorf("err = %v, want errTooLarge", err)
	}
}

// A large array is streamed: records are emitted before its end is read.
func TestStreams(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`[{"title":"a"},`), &endless{head: []byte(`{"title":"`)})
	n := 0
	err := Decode(r, func(int, *model.Record) error { n++; return nil })
	if n != 1 || !errors.Is(err, errTooLarge) {
		t.Errorf("%d records before the endless one, err %v", n, err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       any
		want     time.Time
		dateOnly bool
		ok       bool
	}{
		{"2023-08-30 12:52:08+00:00", time.Date(2023, 8, 30, 12, 52, 8, 0, time.UTC), false, true},
		{"2024-09-04 16:20:35+05:30", time.Date(2024, 9, 4, 10, 50, 35, 0, time.UTC), false, true},
		{"2024-05-03 15:47:42.389000+00:00", time.Date(2024, 5, 3, 15, 47, 42, 389e6, time.UTC), false, true},
		{"2026-04-20 14:09:42.493000", time.Date(2026, 4, 20, 14, 9, 42, 493e6, time.UTC), false, true},
		{"2021-05-18T15:31:00Z", time.Date(2021, 5, 18, 15, 31, 0, 0, time.UTC), false, true},
		{"2017-09-15T00:00:00", day(2017, 9, 15), true, true},
		{"2024-10-16 00:00:00+08:00", day(2024, 10, 16), true, true},
		{"20240229", day(2024, 2, 29), true, true},
		{"March 3, 2020", day(2020, 3, 3), true, true},
		{"03.03.2020", day(2020, 3, 3), true, true},
		{"Mon, 02 Jan 2006 15:04:05 GMT", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), false, true},
		{"1703376000000", day(2023, 12, 24), true, true},
		{"1703376000.5", time.Date(2023, 12, 24, 0, 0, 0, 5e8, time.UTC), false, true},
		{"", time.Time{}, false, false},
		{"0", time.Time{}, false, false},
		{"-5", time.Time{}, false, false},
		{"99999999999999999999", time.Time{}, false, false},
		{"9999-01-01", time.Time{}, false, false},
		{"yesterday", time.Time{}, false, false},
		{true, time.Time{}, false, false},
	}
	for _, tt := range tests {
		got, dateOnly, ok := parseDate(tt.in)
		if ok != tt.ok || dateOnly != tt.dateOnly || !got.Equal(tt.want) {
			t.Errorf("parseDate(%v) = %v, %v, %v; want %v, %v, %v", tt.in, got, dateOnly, ok, tt.want, tt.dateOnly, tt.ok)
		}
	}
}

func TestLooks(t *testing.T) {
	prefix := func(rel ...string) string {
		b, err := os.ReadFile(need(t, rel...))
		if err != nil {
			t.Fatal(err)
		}
		return string(b[:min(len(b), 4096)])
	}
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"kcna", prefix("corpus", "kcna", "headlines_2024-11-11.json"), true},
		{"newsapi", prefix("corpus", "other", "newsapi", "news_ru.json"), true},
		{"fundus", prefix("corpus", "other", "fundus", "jp_Nikkei.json"), true},
		{"news-please", prefix("clustering", "giveme5w1h", "data", "0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5.json"), true},
		{"jsonl", "{\"title\":\"a\"}\n{\"title\":\"b\"}\n", true},
		{"json feed", prefix("feeds", "rss-parser", "gofeed-testdata", "parser", "json", "version_json_11.json"), false},
		{"html", "<!DOCTYPE html><html><head><title>x</title>", false},
		{"numbers", "[1,2,3]", false},
		{"config", `{"port": 80, "debug": true}`, false},
		{"empty", "", false},
		{"csv", "title,text\na,b\n", false},
	}
	for _, tt := range tests {
		if got := Looks([]byte(tt.in)); got != tt.want {
			t.Errorf("Looks(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzDecode checks that Decode never panics and that what it emits
// keeps its promises.
func FuzzDecode(f *testing.F) {
	seeds := []string{
		`[{"title":"a","date":1703376000000,"story_text":""}]`,
		"{\"title\":\"a\"}\n{\"headline\":\"b\",\"authors\":\"x, y\"}",
		`{"status":"ok","articles":[{"source":{"name":"s"},"content":"c… [+9 chars]"}]}`,
		`{"V1":{"title":"t","body":{"summary":["s"],"sections":[{"headline":["h"],"paragraphs":["p"]}]}}}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	add := func(max int, rel ...string) {
		b, err := os.ReadFile(filepath.Join(append([]string{shared}, rel...)...))
		if err != nil {
			return // data absent: the inline seeds still run
		}
		f.Add(b[:min(len(b), max)])
	}
	add(6000, "corpus", "kcna", "headlines_2024-11-11.json")
	add(1<<20, "corpus", "other", "newsapi", "news_jp.json")
	add(1<<20, "corpus", "other", "fundus", "de_Heise.json")
	add(1<<20, "corpus", "other", "fundus", "jp_AsahiShimbun.json")
	add(1<<20, "clustering", "giveme5w1h", "data", "0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		last := -1
		err := Decode(bytes.NewReader(b), func(i int, r *model.Record) error {
			if i <= last {
				t.Fatalf("index %d after %d", i, last)
			}
			last = i
			if r == nil || (r.Title == "" && r.Text == "") {
				t.Fatalf("emitted a record with no title or text: %+v", r)
			}
			return nil
		})
		var se *SkippedError
		if errors.As(err, &se) && (se.Skipped <= 0 || se.Skipped > se.Total || se.First > last+se.Skipped) {
			t.Fatalf("bad SkippedError %+v", se)
		}
		Looks(b)
	})
}

func BenchmarkKCNA(b *testing.B) {
	data, err := os.ReadFile(need(b, "corpus", "kcna", "headlines_2024-11-11.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Decode(bytes.NewReader(data), func(int, *model.Record) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
