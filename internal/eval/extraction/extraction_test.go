package extraction

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var dataRoot = filepath.Join("..", "..", "..", "..", "shared", "data", "extraction")

func needData(t testing.TB) {
	t.Helper()
	if !Available(dataRoot) {
		t.Skipf("shared extraction data absent at %s", dataRoot)
	}
}

// TestRunSample runs the harness on the first 40 pages of the two main
// sets and checks the figures are sane: well inside (0, 1], ours at least
// near the baseline, and the counts adding up to the snippets.
func TestRunSample(t *testing.T) {
	needData(t)
	rep, err := Run(dataRoot, Options{Sets: []string{SetTrafilatura, SetHTMLDate}, Limit: 40})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Row{}
	for _, r := range rep.Rows {
		got[r.Set+"/"+r.Measure+"/"+r.Method] = r
	}
	snip, ok := got[SetTrafilatura+"/snippets/"+MethodStoryline]
	if !ok {
		t.Fatalf("no snippet row in %+v", rep.Rows)
	}
	if snip.Pages != 40 || snip.Counts == nil || snip.Counts.TP+snip.Counts.FN < 40 {
		t.Errorf("snippet row %+v: want 40 pages and at least one with snippet each", snip)
	}
	if snip.F1 < 0.8 || snip.F1 > 1 {
		t.Errorf("snippet F1 %.3f outside [0.8, 1]", snip.F1)
	}
	base := got[SetTrafilatura+"/snippets/"+MethodBaseline]
	if snip.F1 < base.F1-0.02 {
		t.Errorf("storyline F1 %.3f below baseline %.3f", snip.F1, base.F1)
	}
	date := got[SetHTMLDate+"/date/"+MethodStoryline]
	if date.Pages != 40 || date.Accuracy < 0.75 || date.Precision < date.Accuracy {
		t.Errorf("date row %+v not sane", date)
	}
}

func TestRunUnknownSet(t *testing.T) {
	needData(t)
	if _, err := Run(dataRoot, Options{Sets: []string{"nope"}}); err == nil {
		t.Error("unknown set accepted")
	}
}

func TestScoreSnippets(t *testing.T) {
	tests := []struct {
		name          string
		out           string
		with, without []string
		want          Confusion
	}{
		{"found and absent", "Hello   big\nworld. Footer", []string{"big world."}, []string{"Cookie"}, Confusion{TP: 1, TN: 1}},
		{"case sensitive", "hello world", []string{"Hello"}, []string{"world"}, Confusion{FN: 1, FP: 1}},
		{"empty output", "", []string{"a"}, []string{"b"}, Confusion{FN: 1, TN: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreSnippets(tt.out, tt.with, tt.without); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestScoreDate(t *testing.T) {
	tests := []struct {
		pred, gold string
		null       bool
		want       Confusion
	}{
		{"2020-01-02T10:00:00Z", "2020-01-02", false, Confusion{TP: 1}},
		{"2020-01-03", "2020-01-02", false, Confusion{FP: 1}},
		{"", "2020-01-02", false, Confusion{FN: 1}},
		{"2020-01-02", "", true, Confusion{FP: 1}},
		{"", "", true, Confusion{FN: 1}},
	}
	for _, tt := range tests {
		if got := ScoreDate(tt.pred, tt.gold, tt.null); got != tt.want {
			t.Errorf("ScoreDate(%q, %q, %v) = %+v, want %+v", tt.pred, tt.gold, tt.null, got, tt.want)
		}
	}
}

func TestScoreShingles(t *testing.T) {
	gold := "one two three four five"
	if r := ScoreShingles(gold, gold); r.P != 1 || r.R != 1 || !r.Exact {
		t.Errorf("identical: %+v", r)
	}
	// pred adds "six": shingles {1234, 2345, 3456} vs gold {1234, 2345}.
	r := ScoreShingles(gold+" six", gold)
	if r.R != 1 || r.P < 0.66 || r.P > 0.67 {
		t.Errorf("superset: %+v, want P 2/3 R 1", r)
	}
	if r := ScoreShingles("", gold); r.HasP || !r.HasR || r.R != 0 {
		t.Errorf("empty prediction: %+v", r)
	}
	var m Mean
	m.Add(ScoreShingles(gold, gold))
	m.Add(ScoreShingles("", gold))
	if m.Precision() != 1 || m.Recall() != 0.5 {
		t.Errorf("mean P %.2f R %.2f, want 1 and 0.5", m.Precision(), m.Recall())
	}
}

// FuzzScore feeds arbitrary texts to the scorers: no panic, figures in [0, 1].
func FuzzScore(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join(dataRoot, SetAEB, "gold.jsonl")); err == nil {
		if len(b) > 4096 {
			b = b[:4096]
		}
		f.Add(string(b), string(b[len(b)/2:]))
	}
	f.Add("a b c", "a b c d e")
	f.Fuzz(func(t *testing.T, pred, gold string) {
		for _, r := range []PRF{ScoreShingles(pred, gold), ScoreTokens(pred, gold)} {
			if r.P < 0 || r.P > 1 || r.R < 0 || r.R > 1 {
				t.Fatalf("out of range %+v", r)
			}
		}
		c := ScoreSnippets(pred, []string{gold}, []string{gold})
		if c.TP+c.FN != 1 || c.FP+c.TN != 1 {
			t.Fatalf("counts %+v", c)
		}
	})
}

// TestPickHalves checks that the hash halves split a set into two
// disjoint parts that together hold every page, whatever the file order.
func TestPickHalves(t *testing.T) {
	var cases []Case
	for i := 0; i < 200; i++ {
		c := Case{File: fmt.Sprintf("p%03d.html.gz", i)}
		if i%3 != 0 {
			c.URL = fmt.Sprintf("https://example.com/story/%d", i)
		}
		cases = append(cases, c)
	}
	dev, test := pick(cases, "dev", 0), pick(cases, "test", 0)
	if len(dev)+len(test) != len(cases) {
		t.Fatalf("halves hold %d+%d pages, want %d", len(dev), len(test), len(cases))
	}
	if len(dev) < 70 || len(test) < 70 {
		t.Errorf("halves unbalanced: %d and %d", len(dev), len(test))
	}
	seen := map[string]bool{}
	for _, c := range dev {
		seen[c.File] = true
	}
	for _, c := range test {
		if seen[c.File] {
			t.Errorf("%s in both halves", c.File)
		}
	}
	reversed := make([]Case, len(cases))
	for i, c := range cases {
		reversed[len(cases)-1-i] = c
	}
	if got := pick(reversed, "dev", 0); len(got) != len(dev) {
		t.Errorf("dev half depends on order: %d vs %d pages", len(got), len(dev))
	}
}

func TestRunUnknownSplit(t *testing.T) {
	if _, err := Run(t.TempDir(), Options{Split: "half"}); err == nil {
		t.Error("unknown split accepted")
	}
}

// TestSameText checks the loose comparison of titles and names.
func TestSameText(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Trump plant Helikopter\u00adlandeplatz", "Trump plant Helikopterlandeplatz", true},
		{"Kim Jong-un meets Trump", "kim jong un meets trump!", true},
		{"Kim meets Trump", "Kim meets Moon", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := sameText(tt.a, tt.b); got != tt.want {
			t.Errorf("sameText(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
