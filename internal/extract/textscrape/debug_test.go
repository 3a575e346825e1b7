package textscrape

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

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
