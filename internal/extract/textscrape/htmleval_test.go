package textscrape

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// htmlToText flattens a page the way a naive scraper does: every block
// element starts a line, list items get a "- " mark, scripts, styles and
// the head are skipped. It is test scaffolding for scoring Extract on real
// pages, not a production HTML extractor.
func htmlToText(page []byte) string {
	_, name, _ := charset.DetermineEncoding(page, "text/html")
	r, err := charset.NewReaderLabel(name, bytes.NewReader(page))
	if err != nil {
		r = bytes.NewReader(page)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return ""
	}
	var b strings.Builder
	var cur strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			b.WriteString(s)
			b.WriteString("\n")
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "button", "object":
				return
			}
		}
		if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") && cur.Len() > 0 {
			cur.WriteString(" | ") // cells of a row share its line
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
			if n.Data == "li" {
				cur.WriteString("- ")
			}
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			flush()
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			flush()
		}
	}
	walk(doc)
	flush()
	return b.String()
}

var blockTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer nav aside blockquote pre table tr caption figure figcaption main form fieldset address hr details summary center") {
		blockTags[t] = true
	}
}

type traflGold struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

var spaceRe = regexp.MustCompile(`\s+`)

func normSpace(s string) string { return strings.TrimSpace(spaceRe.ReplaceAllString(s, " ")) }

// TestTrafilaturaEval dumps the pages of trafilatura's evaluation set to
// text, runs Extract on the dumps and scores the kept text against the
// gold snippets as trafilatura's own scorer does (a "with" snippet found is
// a true positive, a "without" snippet found a false positive).
func TestTrafilaturaEval(t *testing.T) {
	dir := filepath.Join(sharedDir, "data", "extraction", "trafilatura-eval")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("trafilatura evaluation set not available (%v)", err)
	}
	defer f.Close()
	limit := 748
	if testing.Short() {
		limit = 200
	}
	var tp, fp, fn, tn, pages int
	var dumpTP, dumpFP, dumpFN int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && pages < limit {
		var g traflGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		page, err := readGz(filepath.Join(dir, g.File))
		if err != nil {
			t.Logf("%s: %v", g.File, err)
			continue
		}
		pages++
		dump := htmlToText(page)
		r := Extract(dump, Options{})
		out := normSpace(r.Title + "\n" + r.Text)
		all := normSpace(dump)
		for _, s := range g.With {
			s = normSpace(s)
			if strings.Contains(out, s) {
				tp++
			} else {
				fn++
				if os.Getenv("TEXTSCRAPE_DEBUG") != "" && strings.Contains(all, s) {
					t.Logf("%s: missed %.80q", g.File, s)
				}
			}
			if strings.Contains(all, s) {
				dumpTP++
			} else {
				dumpFN++
			}
		}
		for _, s := range g.Without {
			s = normSpace(s)
			if strings.Contains(out, s) {
				fp++
				if os.Getenv("TEXTSCRAPE_DEBUG") != "" {
					t.Logf("%s: kept %.80q", g.File, s)
				}
			} else {
				tn++
			}
			if strings.Contains(all, s) {
				dumpFP++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("gold.jsonl: %v", err)
	}
	if pages == 0 {
		t.Skip("no pages read")
	}
	p, rc, f1 := prf(tp, fp, fn)
	acc := float64(tp+tn) / float64(tp+tn+fp+fn)
	t.Logf("trafilatura-eval, %d pages as text dumps: P %.3f R %.3f F1 %.3f accuracy %.3f (TP %d FP %d FN %d TN %d)", pages, p, rc, f1, acc, tp, fp, fn, tn)
	dp, dr, df := prf(dumpTP, dumpFP, dumpFN)
	t.Logf("the whole dump, for reference: P %.3f R %.3f F1 %.3f", dp, dr, df)
	if f1 < 0.80 {
		t.Errorf("F1 %.3f on the text dumps, want ≥ 0.80", f1)
	}
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(z, 16<<20))
}
