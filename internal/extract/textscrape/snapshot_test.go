package textscrape

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestSnapshot writes, for development, every line of every page of the
// evaluation sets with the label Extract gives it and, for the sets
// scored by line, its gold label, to the file TEXTSCRAPE_SNAPSHOT: two
// snapshots taken before and after a change show which lines it moved.
func TestSnapshot(t *testing.T) {
	out := os.Getenv("TEXTSCRAPE_SNAPSHOT")
	if out == "" {
		t.Skip("set TEXTSCRAPE_SNAPSHOT")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	write := func(set, file string, dump string, gold string) {
		r := Extract(dump, Options{})
		var labels []int
		if gold != "" {
			texts := make([]string, len(r.Lines))
			for i, l := range r.Lines {
				texts[i] = l.Text
			}
			labels = goldLines(texts, gold)
		}
		half := "test"
		if devHalf(file) {
			half = "dev"
		}
		for i, l := range r.Lines {
			g := "."
			if labels != nil {
				g = map[int]string{goldBody: "B", goldOther: "-", goldUnsure: "?"}[labels[i]]
			}
			k := "drop"
			if kept(l.Label) {
				k = "KEEP"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%s\t%.120s\n", set, half, file, l.N, g, k, l.Text)
		}
	}
	for _, set := range []string{"scrapinghub-aeb", "fundus", "readability", "newspaper4k"} {
		eachGoldPage(t, set, func(file, gold string, page []byte) {
			write(set, file, htmlToText(page), gold)
		})
	}
	dir := filepath.Join(sharedDir, "data", "extraction", "trafilatura-eval")
	g, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("trafilatura evaluation set not available (%v)", err)
	}
	defer g.Close()
	sc := bufio.NewScanner(g)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var tg traflGold
		if err := json.Unmarshal(sc.Bytes(), &tg); err != nil {
			t.Fatal(err)
		}
		page, err := readGz(filepath.Join(dir, tg.File))
		if err != nil {
			continue
		}
		write("trafilatura", tg.File, htmlToText(page), "")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
