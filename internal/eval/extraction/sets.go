// Package extraction measures storyline's HTML article extraction on the
// public extraction benchmarks in shared/data/extraction: trafilatura's
// with/without-snippet corpus, htmldate's publication-date set, the
// Zyte/Scrapinghub Article Extraction Benchmark, and the regression pages
// of fundus, Mozilla Readability and newspaper4k.
//
// Each benchmark's scoring rule is reimplemented here, in Go, from its
// README (the reference scorers are Python and JavaScript and cannot run
// inside our static binary), so that the figures sit beside the published
// anchors. A baseline (go-trafilatura with its default options) runs on
// the same pages so the gain of our extractor is visible.
package extraction

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/source/charset"
)

// The set names, in the order they are reported.
const (
	SetTrafilatura = "trafilatura-eval"
	SetHTMLDate    = "htmldate"
	SetAEB         = "scrapinghub-aeb"
	SetFundus      = "fundus"
	SetReadability = "readability"
	SetNewspaper   = "newspaper4k"
)

// SetNames lists every set the harness knows.
var SetNames = []string{SetTrafilatura, SetHTMLDate, SetAEB, SetFundus, SetReadability, SetNewspaper}

// maxPage caps one decompressed page; larger pages are cut (no benchmark
// page comes near it).
const maxPage = 16 << 20

// Case is one benchmark page with its gold.
type Case struct {
	// File is the page's file name within its set folder.
	File string
	// URL is the gold URL, or "" when the gold's key is not a URL.
	URL string
	// With and Without are trafilatura-eval's snippets.
	With, Without []string
	// Text is the expected article body (aeb, fundus, readability,
	// newspaper4k).
	Text string
	// Date is the gold publication day YYYY-MM-DD, or "".
	Date string
	// DateNull marks an htmldate row whose gold is null (NaN in the
	// source): any answer is wrong and no answer is a miss.
	DateNull bool
	// Title, Authors and Outlet are the gold metadata where known.
	Title   string
	Authors []string
	Outlet  string
}

type goldLine struct {
	File    string          `json:"file"`
	URL     string          `json:"url"`
	With    []string        `json:"with"`
	Without []string        `json:"without"`
	Text    *string         `json:"text"`
	Date    *string         `json:"date"`
	Title   *string         `json:"title"`
	Authors json.RawMessage `json:"authors"`
	Meta    *struct {
		Title    flexString `json:"title"`
		Author   flexString `json:"author"`
		Date     flexString `json:"date"`
		Sitename flexString `json:"sitename"`
	} `json:"meta"`
	Metadata *struct {
		SiteName *string `json:"siteName"`
	} `json:"metadata"`
}

// flexString is a gold field that is a string in most lines and a list
// of strings in some.
type flexString struct {
	s    string
	list []string
}

func (f *flexString) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &f.s); err == nil {
		return nil
	}
	if err := json.Unmarshal(b, &f.list); err != nil {
		return nil // other shapes carry no usable gold
	}
	f.s = strings.Join(f.list, "; ")
	return nil
}

// LoadSet reads the gold of the set in dir (the set's folder), in file
// order.
func LoadSet(dir, set string) ([]Case, error) {
	path := filepath.Join(dir, "gold.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("set %s: %w", set, err)
	}
	defer f.Close()
	var cases []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		c := Case{File: g.File, URL: strings.TrimSpace(g.URL), With: g.With, Without: g.Without}
		if !strings.HasPrefix(c.URL, "http://") && !strings.HasPrefix(c.URL, "https://") {
			c.URL = ""
		}
		if set == SetReadability {
			c.URL = "" // the harness URL http://fakehost/... is not the page's
		}
		if g.Text != nil {
			c.Text = *g.Text
		}
		if g.Title != nil {
			c.Title = *g.Title
		}
		if len(g.Authors) > 0 {
			var list []string
			if json.Unmarshal(g.Authors, &list) == nil {
				c.Authors = list
			}
		}
		switch {
		case g.Date != nil:
			c.Date = day(*g.Date)
		case set == SetHTMLDate:
			c.DateNull = true
		}
		if g.Meta != nil {
			c.Title, c.Outlet = g.Meta.Title.s, g.Meta.Sitename.s
			if len(g.Meta.Author.list) > 0 {
				c.Authors = g.Meta.Author.list
			} else if g.Meta.Author.s != "" {
				c.Authors = strings.Split(g.Meta.Author.s, "; ")
			}
			if c.Date == "" {
				c.Date = day(g.Meta.Date.s)
			}
		}
		if g.Metadata != nil && g.Metadata.SiteName != nil {
			c.Outlet = *g.Metadata.SiteName
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].File < cases[j].File })
	return cases, nil
}

// day reduces a date string to its YYYY-MM-DD prefix, or "".
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	return s[:10]
}

// ReadPage reads a gzip-compressed page and decodes it to UTF-8 the way
// storyline's source stage does.
func ReadPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", path, err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxPage))
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", path, err)
	}
	out, _, err := charset.Decode(raw, charset.Hints{Kind: "html"})
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("page %s: %w", path, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}
