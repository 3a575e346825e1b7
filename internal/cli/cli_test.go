package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/sharedtest"
)

func sharedDir(t *testing.T, parts ...string) string {
	t.Helper()
	return sharedtest.Path(t, parts...)
}

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

type seedGold struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lines     []struct {
		Label string `json:"label"`
		Text  string `json:"text"`
	} `json:"lines"`
}

func TestExtractSeeds(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	goldPath := sharedDir(t, "gold", "seeds.jsonl")
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[string]seedGold{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g seedGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		gold[g.File] = g
	}
	files, _ := filepath.Glob(filepath.Join(seeds, "*"))
	code, stdout, stderr := run(t, append([]string{"extract"}, files...)...)
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d JSON lines, want 3", len(lines))
	}
	for _, l := range lines {
		var got extracted
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatal(err)
		}
		g := gold[filepath.Base(got.Source)]
		if got.Title != g.Title {
			t.Errorf("%s: title %q, want %q", got.Source, got.Title, g.Title)
		}
		paras := map[string]bool{}
		for _, p := range strings.Split(got.Text, "\n\n") {
			paras[p] = true
		}
		removed := map[string]bool{}
		for _, r := range got.Removed {
			removed[strings.TrimSpace(r)] = true
		}
		for _, gl := range g.Lines {
			text := strings.TrimSpace(gl.Text)
			switch gl.Label {
			case "body", "heading":
				if !paras[text] {
					t.Errorf("%s: body line lost: %.60q", g.File, text)
				}
			case "furniture", "teaser", "read-also", "comment", "copyright":
				if paras[text] {
					t.Errorf("%s: %s line kept in text: %.60q", g.File, gl.Label, text)
				}
				if !removed[text] {
					t.Errorf("%s: %s line not listed in removed: %.60q", g.File, gl.Label, text)
				}
			}
		}
		if g.File == "000_d6398dffda7a0d7e.txt" {
			if got.Published == nil || *got.Published != "2025-08-31" || got.PublishedFrom != "header" {
				t.Errorf("US seed published = %v from %q, want 2025-08-31 from header", got.Published, got.PublishedFrom)
			}
		}
		if got.Language != "en" && got.Language != "ko" {
			t.Errorf("%s: language %q", got.Source, got.Language)
		}
	}
}

func TestIngestTwiceAndList(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	db := filepath.Join(t.TempDir(), "t.db")
	code, stdout, stderr := run(t, "ingest", "--db", db, "--json", seeds)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	var sum struct{ New, Duplicate int }
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil || sum.New != 3 {
		t.Fatalf("first ingest summary %s (%v), want 3 new", stdout, err)
	}
	code, stdout, _ = run(t, "ingest", "--db", db, "--json", seeds)
	if err := json.Unmarshal([]byte(stdout), &sum); code != 0 || err != nil || sum.New != 0 || sum.Duplicate != 3 {
		t.Fatalf("second ingest exit %d summary %s, want 0 new", code, stdout)
	}
	code, stdout, _ = run(t, "articles", "--db", db, "--json")
	var arts []listed
	if err := json.Unmarshal([]byte(stdout), &arts); code != 0 || err != nil || len(arts) != 3 {
		t.Fatalf("articles exit %d, %d articles (%v)", code, len(arts), err)
	}
	code, stdout, _ = run(t, "search", "--db", db, "--json", "Leavitt")
	var hits []listed
	if err := json.Unmarshal([]byte(stdout), &hits); code != 0 || err != nil || len(hits) == 0 {
		t.Fatalf("search Leavitt: exit %d, %d hits (%v)", code, len(hits), err)
	}
	code, _, _ = run(t, "search", "--db", db, "--json", "--from", "2025-99-01", "x")
	if code != ExitUsage {
		t.Errorf("bad --from exit = %d, want %d", code, ExitUsage)
	}
	code, stdout, _ = run(t, "stories", "--db", db, "--json")
	var stories []storyOut
	if err := json.Unmarshal([]byte(stdout), &stories); code != 0 || err != nil {
		t.Fatalf("stories: exit %d (%v)", code, err)
	}
	if len(stories) != 1 || len(stories[0].Articles) != 3 {
		t.Errorf("seeds form %d stories (%+v), want one story of 3 articles", len(stories), stories)
	}
	for _, sa := range stories[0].Articles {
		if sa.Source == "" || sa.Title == "" {
			t.Errorf("story article lacks source or title: %+v", sa)
		}
	}
	code, stdout, _ = run(t, "story", "--db", db, "--json", stories[0].ID[:6])
	if code != 0 || !strings.Contains(stdout, stories[0].Title) {
		t.Errorf("story by prefix: exit %d", code)
	}
	code, stdout, _ = run(t, "article", "--db", db, "--json", arts[0].ID[:8])
	if code != 0 || !strings.Contains(stdout, arts[0].Title) {
		t.Errorf("article by prefix: exit %d", code)
	}
	var withAnn struct {
		Annotations struct {
			Entities []struct{ Canonical string }
			Times    []struct{ Value string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &withAnn); err != nil || len(withAnn.Annotations.Entities) == 0 || len(withAnn.Annotations.Times) == 0 {
		t.Errorf("stored article lacks annotations (%v): %.200s", err, stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"ingest"},
		{"nosuchcommand"},
		{"ingest", "--format", "pdf", "x"},
		{"articles", "--nosuchflag"},
	}
	for _, args := range tests {
		if code, _, stderr := run(t, args...); code != ExitUsage {
			t.Errorf("%v: exit %d (%s), want %d", args, code, stderr, ExitUsage)
		} else if !strings.Contains(stderr, "storyline:") {
			t.Errorf("%v: stderr %q does not say what is wrong", args, stderr)
		}
	}
}

func TestAnalyzeRaw(t *testing.T) {
	path := filepath.Join(t.TempDir(), "note.txt")
	text := "Caroline Leavitt said on Thursday that the President would meet Kim Jong Un in Singapore."
	os.WriteFile(path, []byte(text), 0o644)
	code, stdout, stderr := run(t, "analyze", "--raw", "--date", "2025-06-13", path)
	if code != 0 {
		t.Fatalf("analyze exit %d: %s", code, stderr)
	}
	var got analyzed
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != text {
		t.Errorf("--raw changed the text: %q", got.Text)
	}
	var day bool
	for _, tm := range got.Times {
		day = day || tm.Value == "2025-06-12"
	}
	if !day || len(got.Entities) < 3 {
		t.Errorf("times %+v entities %+v: want Thursday = 2025-06-12 and three entities", got.Times, got.Entities)
	}
	if code, _, _ := run(t, "analyze", "--raw", "--date", "June 12", path); code != ExitUsage {
		t.Errorf("bad --date exit %d, want %d", code, ExitUsage)
	}
}
