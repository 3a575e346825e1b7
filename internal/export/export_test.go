package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/storyline/storyline/internal/timeline"
)

// hostile is article text that tries every way into a Markdown render.
const hostile = `<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://evil.example/p.png) ` +
	`<img src=x onerror=alert(1)> **bold** _em_ ` + "`code`" + ` &lt;b&gt; www.evil.example http://evil.example/x ` +
	`mail@evil.example [^1] | a | b | ~~gone~~ $x^2$` + "\n# heading\n- item\n\x1b[2J\u202e"

func sampleView() *timeline.View {
	return &timeline.View{
		ID:    "s1",
		Title: "Trump and Kim " + hostile,
		Events: []timeline.Event{
			{ID: "e1", Date: "2018-06-12", Precision: "day", Type: "MEET", Summary: "Trump met Kim in Singapore",
				Actors: []string{"Donald Trump", "Kim Jong Un"}, Place: "Singapore", Corroboration: 2,
				Sources: []timeline.Source{
					{Article: "a1", Source: "a1.txt", Outlet: "Daily", Sentence: "Trump met Kim in Singapore in 2018.", Start: 10, End: 45},
					{Article: "a2", Source: "a2.html", Outlet: "=HYPERLINK(\"http://evil\")", Sentence: "They met. " + hostile, Start: 0, End: 9},
				},
				Conflicts: []timeline.Conflict{{Field: "date", Values: []string{"2018-06-12", "2018-06-13"},
					Sources: [][]timeline.Source{{{Article: "a1", Outlet: "Daily", Sentence: "on 12 June"}}, {{Article: "a2", Outlet: "Weekly", Sentence: "on 13 June"}}},
					Note:    "sources disagree on the date: 2018-06-12 or 2018-06-13"}}},
			{ID: "e2", Date: "2019", Precision: "year", Estimated: true, Type: "SANCTION", Summary: "New sanctions", New: true,
				Corroboration: 1, Sources: []timeline.Source{{Article: "a1", Outlet: "Daily", Sentence: "Sanctions followed."}}},
		},
		Quotes: []timeline.QuoteRow{
			{Speaker: "Trump", Text: "We had a great meeting", Article: "a1", Outlet: "Daily"},
			{Speaker: "Trump", Text: hostile, Article: "a2", Outlet: "Weekly"},
			{Speaker: "Kim", Text: "Peace", Article: "a2", Outlet: "Weekly"},
		},
		Coverage: []timeline.CoverageRow{{Outlet: "Daily", Articles: 1, First: "2025-08-28", Last: "2025-08-28", Events: 2, FirstToReport: true},
			{Outlet: "We|ekly", Articles: 1, First: "2025-08-31", Last: "2025-08-31", Events: 1}},
		Articles: []timeline.ArticleRow{
			{ID: "a1", Source: "a1.txt", URL: "https://daily.example/a1", Outlet: "Daily", Published: "2025-08-28"},
			{ID: "a2", Source: "a2.html", URL: "javascript:alert(1)", Outlet: "Weekly", Published: "2025-08-31"},
		},
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, no syntax.", "plain words, no syntax."},
		{"[a](javascript:x)", `\[a\](javascript:x)`},
		{"<script>", `\<script\>`},
		{"*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"},
		{"Kim Jong-un, 2018-06-12", "Kim Jong-un, 2018-06-12"},
		{"- item", `\- item`},
		{"a -- b", `a \-\- b`},
		{"see www.x.org or http://x.org", `see www\.x.org or http\://x.org`},
		{"line\none\r\n\ttwo", "line one two"},
		{"&amp; $5", `\&amp; \$5`},
		{"a\x1b[2J\u202eb", `a\[2Jb`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHumanDate(t *testing.T) {
	tests := []struct {
		in   string
		est  bool
		want string
	}{
		{"2018-06-12", false, "12 June 2018"},
		{"2019-06", false, "June 2019"},
		{"2018", true, "~2018"},
		{"2018/2019", false, "2018 – 2019"},
		{"2025-08-28T09:00:00Z", false, "28 August 2025"},
		{"PRESENT_REF", false, "PRESENT_REF"},
		{"", true, ""},
	}
	for _, tt := range tests {
		if got := HumanDate(tt.in, tt.est); got != tt.want {
			t.Errorf("HumanDate(%q, %v) = %q, want %q", tt.in, tt.est, got, tt.want)
		}
	}
}

func TestLinkURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/x?y=1", "https://a.example/x?y=1"},
		{"HTTP://a.example", "http://a.example"},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{"data:text/html,<b>", ""},
		{"/relative", ""},
		{"https://a.example/\nx", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := LinkURL(tt.in); got != tt.want {
			t.Errorf("LinkURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// render turns Markdown into HTML the way GitHub-flavoured renderers
// do, with footnotes.
func render(t *testing.T, md []byte) string {
	t.Helper()
	var out bytes.Buffer
	g := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))
	if err := g.Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleView(), Markdown); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"*What this covers:* 2 articles from 2 outlets, published 28 August 2025 to 31 August 2025; 2 dated events, 1 point where sources disagree.",
		"- **12 June 2018** · meet · Trump met Kim in Singapore — Singapore (2 outlets) ⚠ disputed[^1][^2]",
		"- **\\~2019** · sanction · New sanctions (1 outlet) **new**[^3]",
		"## Conflicts", "## Quotes", "### Trump", "### Kim", "## Coverage",
		"| Daily | 1 | 28 August 2025 (first to report) | 28 August 2025 | 2 |",
		"[^1]: Daily, “Trump met Kim in Singapore in 2018.”, <https://daily.example/a1>",
		"[^2]: \\=HYPERLINK(\"http\\://evil\")", // a javascript: URL falls back to the source path
		", a2.html\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md, "### Trump") != 1 {
		t.Errorf("speaker Trump not grouped:\n%s", md)
	}

	html := render(t, buf.Bytes())
	// The only links are the footnote references, their back-links and
	// the one article URL that is http(s).
	for _, m := range regexp.MustCompile(`<a [^>]*href="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[1], "#fn") && m[1] != "https://daily.example/a1" {
			t.Errorf("rendered link %q from hostile text", m[1])
		}
	}
	for _, bad := range []string{"<script", "<img", "<strong>bold", "<em>em", "<code>", "<del>", "<h1>heading", "<li>item", "\x1b", "\u202e", "<table>\n<thead>\n<tr>\n<th>a"} {
		if strings.Contains(html, bad) {
			t.Errorf("rendered HTML contains %q", bad)
		}
	}
	if n := strings.Count(html, "<h1>"); n != 1 {
		t.Errorf("%d <h1> in rendered HTML, want 1", n)
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("hostile text not shown literally:\n%s", html)
	}
	if !strings.Contains(html, `<table>`) || !strings.Contains(html, "We|ekly") {
		t.Errorf("coverage table broken by a pipe in an outlet name:\n%s", html)
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleView(), CSV); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 { // header + 2 sources + 1 source
		t.Fatalf("%d rows, want 4: %q", len(rows), rows)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	tests := []struct {
		row       int
		field     string
		want      string
		substring bool
	}{
		{1, "date", "2018-06-12", false},
		{1, "precision", "day", false},
		{1, "actors", "Donald Trump; Kim Jong Un", false},
		{1, "corroboration", "2", false},
		{1, "outlet", "Daily", false},
		{1, "conflicts", "sources disagree on the date", true},
		{1, "url", "https://daily.example/a1", false},
		{2, "outlet", `'=HYPERLINK("http://evil")`, false},
		{2, "sentence", "They met. <script>", true},
		{2, "start", "0", false},
		{2, "end", "9", false},
		{3, "estimated", "true", false},
		{3, "new", "true", false},
		{3, "type", "SANCTION", false},
	}
	for _, tt := range tests {
		got := rows[tt.row][col[tt.field]]
		if tt.substring && !strings.Contains(got, tt.want) || !tt.substring && got != tt.want {
			t.Errorf("row %d %s = %q, want %q", tt.row, tt.field, got, tt.want)
		}
	}
	if strings.ContainsAny(rows[2][col["sentence"]], "\n\x1b") {
		t.Errorf("sentence keeps line breaks or controls: %q", rows[2][col["sentence"]])
	}
}

func TestJSONL(t *testing.T) {
	var buf bytes.Buffer
	v := sampleView()
	if err := Write(&buf, v, JSONL); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(v.Events) {
		t.Fatalf("%d lines, want %d", len(lines), len(v.Events))
	}
	for i, l := range lines {
		var got struct {
			Story string `json:"story"`
			timeline.Event
		}
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if got.Story != "s1" || got.ID != v.Events[i].ID || len(got.Sources) != len(v.Events[i].Sources) ||
			got.Sources[0].Sentence != v.Events[i].Sources[0].Sentence {
			t.Errorf("line %d = %+v, want event %+v", i, got, v.Events[i])
		}
	}
	if strings.Contains(buf.String(), "<script>") {
		t.Error("JSON Lines carry a raw <script> tag; want it escaped")
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name   string
		v      *timeline.View
		format string
	}{
		{"unknown format", sampleView(), "pdf"},
		{"nil view", nil, Markdown},
	}
	for _, tt := range tests {
		if err := Write(&bytes.Buffer{}, tt.v, tt.format); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestFormatFor(t *testing.T) {
	tests := map[string]string{"brief.md": Markdown, "x.CSV": CSV, "e.jsonl": JSONL, "e.ndjson": JSONL, "e.txt": Text, "e.pdf": "", "-": ""}
	for in, want := range tests {
		if got := FormatFor(in); got != want {
			t.Errorf("FormatFor(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzEscape checks that no text survives Escape as Markdown syntax: the
// rendered paragraph holds no tag other than <p>.
func FuzzEscape(f *testing.F) {
	f.Add(hostile)
	f.Add("Trump met Kim Jong-un in Singapore in 2018.")
	f.Add("<a href='javascript:x'>x</a> [y](z) ![i](j)")
	g := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))
	tag := regexp.MustCompile(`<([a-z][a-z0-9]*)`)
	f.Fuzz(func(t *testing.T, s string) {
		var out bytes.Buffer
		if err := g.Convert([]byte("x "+Escape(s)), &out); err != nil {
			t.Fatal(err)
		}
		for _, m := range tag.FindAllStringSubmatch(out.String(), -1) {
			if m[1] != "p" {
				t.Fatalf("Escape(%q) renders <%s>: %s", s, m[1], out.String())
			}
		}
	})
}

// TestTextFoldsControlCharacters checks that the terminal format keeps
// article text on one line and drops escape sequences.
func TestTextFoldsControlCharacters(t *testing.T) {
	v := sampleView()
	v.Events[0].Summary = "line one\nline two \x1b[2J\x07 end"
	var b bytes.Buffer
	if err := Write(&b, v, Text); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, "line one line two [2J end") {
		t.Errorf("text output keeps control characters or line breaks:\n%s", out)
	}
	if !strings.Contains(out, "TIMELINE") || !strings.Contains(out, v.Events[0].Type) {
		t.Errorf("text output lacks the timeline:\n%s", out)
	}
}

func TestCited(t *testing.T) {
	src := func(outlets ...string) []timeline.Source {
		var out []timeline.Source
		for i, o := range outlets {
			out = append(out, timeline.Source{Outlet: o, Sentence: fmt.Sprint(i)})
		}
		return out
	}
	tests := []struct {
		name string
		in   []timeline.Source
		n    int
		want string // outlet:sentence of each shown
		left int
	}{
		{"few: all, in order", src("A", "A", "B"), 5, "A0 A1 B2", 0},
		{"each outlet first", src("A", "A", "A", "B", "C", "A", "D"), 4, "A0 B3 C4 D6", 3},
		{"then the rest in order", src("A", "A", "B", "A"), 3, "A0 A1 B2", 1},
		{"more outlets than room", src("A", "B", "C", "D", "E", "F"), 3, "A0 B1 C2", 3},
		{"one outlet", src("A", "A", "A", "A"), 2, "A0 A1", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, left := cited(tt.in, tt.n)
			var got []string
			for _, s := range shown {
				got = append(got, s.Outlet+s.Sentence)
			}
			if strings.Join(got, " ") != tt.want || left != tt.left {
				t.Errorf("cited = %v, %d left; want %s, %d left", got, left, tt.want, tt.left)
			}
		})
	}
}

// TestTextCapsSources checks that the terminal view cites a few of a
// large event's sentences and says how many it leaves out.
func TestTextCapsSources(t *testing.T) {
	v := sampleView()
	e := &v.Events[0]
	for i := range 40 {
		e.Sources = append(e.Sources, timeline.Source{Article: "a", Outlet: "Wire", Sentence: fmt.Sprintf("sentence number %d", i)})
	}
	total := len(e.Sources)
	var b bytes.Buffer
	if err := Write(&b, v, Text); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "sentence number"); n > maxCited {
		t.Errorf("%d sentences printed, want at most %d", n, maxCited)
	}
	shown, _ := cited(e.Sources, maxCited)
	if want := fmt.Sprintf("… and %d more sentences (see --json)", total-len(shown)); !strings.Contains(out, want) {
		t.Errorf("no %q in:\n%s", want, out)
	}
}
