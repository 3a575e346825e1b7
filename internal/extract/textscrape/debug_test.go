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
