package textscrape

import (
	"fmt"
	"os"
	"path/filepath"
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
	eachAEBPage(t, func(file, gold string, page []byte) {
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
	eachAEBPage(t, func(file, gold string, page []byte) {
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
