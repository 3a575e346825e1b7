package textscrape

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDebugPage prints the labels Extract gives the lines of one
// trafilatura-eval page (TEXTSCRAPE_PAGE=file name), for development.
func TestDebugPage(t *testing.T) {
	name := os.Getenv("TEXTSCRAPE_PAGE")
	if name == "" {
		t.Skip("set TEXTSCRAPE_PAGE")
	}
	page, err := readGz(filepath.Join(sharedDir, "data", "extraction", "trafilatura-eval", name))
	if err != nil {
		t.Fatal(err)
	}
	r := Extract(htmlToText(page), Options{})
	for _, l := range r.Lines {
		fmt.Printf("%4d %-10s %.110s\n", l.N, l.Label, l.Text)
	}
}

// TestDebugAEB prints, for the AEB pages whose file name starts with
// TEXTSCRAPE_AEB, each dump line with its gold label (B body, - other,
// ? unsure) and the label Extract gives it, for development.
func TestDebugAEB(t *testing.T) {
	prefix := os.Getenv("TEXTSCRAPE_AEB")
	if prefix == "" {
		t.Skip("set TEXTSCRAPE_AEB")
	}
	eachGoldPage(t, "scrapinghub-aeb", func(file, gold string, page []byte) {
		if !strings.HasPrefix(file, prefix) {
			return
		}
		r := Extract(htmlToText(page), Options{})
		texts := make([]string, len(r.Lines))
		for i, l := range r.Lines {
			texts[i] = l.Text
		}
		labels := goldLines(texts, gold)
		fmt.Printf("== %s dev=%v\n", file, devHalf(file))
		for i, l := range r.Lines {
			mark := map[int]string{goldBody: "B", goldOther: "-", goldUnsure: "?"}[labels[i]]
			flag := " "
			if k := kept(l.Label); k != (labels[i] == goldBody) && labels[i] != goldUnsure && l.Label != LabelTitle {
				flag = "X"
			}
			fmt.Printf("%4d %s%s %-10s %.110s\n", l.N, flag, mark, l.Label, l.Text)
		}
	})
}

// TestDebugClasses counts the wrong lines of the AEB dumps by class: a
// false keep (FP) or drop (FN), where the line stands relative to the
// main body run (main, another run before or after it, outside before
// or after it), and the label Extract gave it. TEXTSCRAPE_CLASSES=dev
// or test picks the half; TEXTSCRAPE_DEBUG=1 lists the lines too.
func TestDebugClasses(t *testing.T) {
	half := os.Getenv("TEXTSCRAPE_CLASSES")
	if half == "" {
		t.Skip("set TEXTSCRAPE_CLASSES=dev or test")
	}
	count := map[string]int{}
	eachGoldPage(t, "scrapinghub-aeb", func(file, gold string, page []byte) {
		if devHalf(file) != (half == "dev") {
			return
		}
		c := classifier{lines: splitLines(htmlToText(page))}
		c.run()
		texts := make([]string, len(c.lines))
		for i, l := range c.lines {
			texts[i] = l.text
		}
		labels := goldLines(texts, gold)
		for i, l := range c.lines {
			if labels[i] == goldUnsure || l.label == LabelTitle || kept(l.label) == (labels[i] == goldBody) {
				continue
			}
			kind := "FP"
			if labels[i] == goldBody {
				kind = "FN"
			}
			class := fmt.Sprintf("%s %-10s %s", kind, c.where(i), l.label)
			count[class]++
			if os.Getenv("TEXTSCRAPE_DEBUG") != "" {
				fmt.Printf("%s | %.12s | %.100q\n", class, file, l.text)
			}
		}
	})
	for class, n := range count {
		fmt.Printf("%5d %s\n", n, class)
	}
}

// where names the place of lines[i] relative to the main body run (the
// run with the highest score).
func (c *classifier) where(i int) string {
	if len(c.segs) == 0 {
		return "no-body"
	}
	m := 0
	for k, s := range c.segs {
		if s.score > c.segs[m].score {
			m = k
		}
	}
	for k, s := range c.segs {
		if i >= s.start && i <= s.end {
			switch {
			case k == m:
				return "main"
			case k < m:
				return "run-before"
			}
			return "run-after"
		}
	}
	if i < c.segs[m].start {
		return "out-before"
	}
	return "out-after"
}

// TestDebugSnippets lists, for the trafilatura-eval pages of one half
// (TEXTSCRAPE_SNIPPETS=dev or test), each gold snippet that Extract gets
// wrong (FN: a "with" snippet dropped, FP: a "without" snippet kept)
// with the dump lines that hold it: their label and their place relative
// to the main body run (see where), for counting the errors by class. A
// "with" snippet the dump does not hold at all is listed again as ND.
func TestDebugSnippets(t *testing.T) {
	half := os.Getenv("TEXTSCRAPE_SNIPPETS")
	if half == "" {
		t.Skip("set TEXTSCRAPE_SNIPPETS=dev or test")
	}
	dir := filepath.Join(sharedDir, "data", "extraction", "trafilatura-eval")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("trafilatura evaluation set not available (%v)", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	for {
		var g traflGold
		if err := dec.Decode(&g); err != nil {
			break
		}
		if devHalf(g.File) != (half == "dev") {
			continue
		}
		page, err := readGz(filepath.Join(dir, g.File))
		if err != nil {
			continue
		}
		c := classifier{lines: splitLines(htmlToText(page))}
		c.run()
		// The dump's lines joined by one space, with each line's offset.
		var b strings.Builder
		starts := make([]int, len(c.lines))
		for i, l := range c.lines {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(normSpace(l.text))
		}
		whole := b.String()
		out := normSpace(c.title0() + "\n" + c.text0())
		show := func(kind, s string) {
			at := strings.Index(whole, s)
			if at < 0 {
				return
			}
			i := sort.SearchInts(starts, at+1) - 1
			for ; i < len(c.lines) && starts[i] < at+len(s); i++ {
				l := c.lines[i]
				fmt.Printf("%s %-10s %-10s | %.30s | %.100q\n", kind, c.where(i), l.label, g.File, l.text)
			}
		}
		raw := normSpace(htmlToText(page))
		for _, s := range g.With {
			if s = normSpace(s); !strings.Contains(out, s) {
				show("FN", s)
				if !strings.Contains(raw, s) {
					fmt.Printf("ND %.30s | %q\n", g.File, s)
				}
			}
		}
		for _, s := range g.Without {
			if s = normSpace(s); strings.Contains(out, s) {
				show("FP", s)
			}
		}
	}
}

func (c *classifier) title0() string {
	if c.title >= 0 {
		return c.lines[c.title].text
	}
	return ""
}

func (c *classifier) text0() string {
	var paras []string
	for _, l := range c.lines {
		if kept(l.label) {
			paras = append(paras, l.text)
		}
	}
	return strings.Join(paras, "\n\n")
}

// TestDebugFeatures prints, when TEXTSCRAPE_FEATURES is set, the
// features of the lines of one trafilatura-eval page (TEXTSCRAPE_PAGE)
// from line TEXTSCRAPE_FROM to TEXTSCRAPE_TO (all when unset) and the
// body runs, for development.
func TestDebugFeatures(t *testing.T) {
	name := os.Getenv("TEXTSCRAPE_PAGE")
	if name == "" || os.Getenv("TEXTSCRAPE_FEATURES") == "" {
		t.Skip("set TEXTSCRAPE_PAGE and TEXTSCRAPE_FEATURES")
	}
	page, err := readGz(filepath.Join(sharedDir, "data", "extraction", "trafilatura-eval", name))
	if err != nil {
		t.Fatal(err)
	}
	c := classifier{lines: splitLines(htmlToText(page))}
	c.run()
	fmt.Printf("segs %v title %d\n", c.segs, c.title)
	var from, to int
	fmt.Sscan(os.Getenv("TEXTSCRAPE_FROM"), &from)
	fmt.Sscan(os.Getenv("TEXTSCRAPE_TO"), &to)
	for i, l := range c.lines {
		if l.n < from || to > 0 && l.n > to {
			continue
		}
		fmt.Printf("%4d %4d %-10s h=%-9s w=%-3d s=%-5v g=%-5v b=%-5v by=%-5v %.300s\n", i, l.n, l.label, l.hard, l.weight, l.sentence, l.good, l.bullet, l.byline, l.text)
	}
}
