package extraction

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/markusmobius/go-trafilatura"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
)

// The methods compared.
const (
	MethodStoryline = "storyline"
	MethodBaseline  = "go-trafilatura" // v1.12.2, default options
)

// Options selects what Run measures.
type Options struct {
	// Sets lists the sets to run; empty means all of SetNames.
	Sets []string
	// Limit caps the pages per set (the first N in file order); 0 means all.
	Limit int
	// Split keeps "even" or "odd" indexed pages (in file order, before
	// Limit), or the "dev" or "test" half by hash (the low bit of the
	// first byte of SHA-1 of the page's URL, of its file name when it has
	// none: stable when pages are added), for tuning on one half and
	// confirming on the other; "" keeps all.
	Split string
	// Workers is how many pages are extracted at once; 0 means
	// min(2, GOMAXPROCS).
	Workers int
	// Detail asks for every page's outcome in Report.Pages.
	Detail bool
}

// Row is one figure set of one method on one set and measure.
type Row struct {
	Set    string `json:"set"`
	Method string `json:"method"`
	// Measure is what was scored: snippets, date, shingles (AEB), tokens
	// (bag-of-words F1), title, authors or outlet.
	Measure   string  `json:"measure"`
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Accuracy  float64 `json:"accuracy"`
	F1        float64 `json:"f1"`
	// Counts holds the summed confusion for micro-averaged measures.
	Counts *Confusion `json:"counts,omitempty"`
	// Anchor is the published figure to compare with, if any.
	Anchor string `json:"anchor,omitempty"`
}

// Page is one page's outcome for one method (with Options.Detail).
type Page struct {
	Set      string    `json:"set"`
	File     string    `json:"file"`
	Method   string    `json:"method"`
	Snippets Confusion `json:"snippets"`
	// Missed and Kept list the with snippets lost and the without
	// snippets kept.
	Missed []string `json:"missed,omitempty"`
	Kept   []string `json:"kept,omitempty"`
	// Date and GoldDate are the predicted and gold day.
	Date     string  `json:"date"`
	GoldDate string  `json:"gold_date"`
	F1       float64 `json:"f1"`
	// Title, Authors and Outlet are what the method read, each beside
	// the gold value where the set has one.
	Title       string   `json:"title,omitempty"`
	GoldTitle   string   `json:"gold_title,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	GoldAuthors []string `json:"gold_authors,omitempty"`
	Outlet      string   `json:"outlet,omitempty"`
	GoldOutlet  string   `json:"gold_outlet,omitempty"`
	Err         string   `json:"err,omitempty"`
}

// Report is the outcome of Run.
type Report struct {
	Rows  []Row  `json:"rows"`
	Pages []Page `json:"pages,omitempty"`
}

// anchors are the published figures of ../README.md (full sets).
var anchors = map[string]string{
	SetTrafilatura + "/snippets": "trafilatura 2.2.0 standard P.906 R.943 A.923 F.924 (990 pages)",
	SetHTMLDate + "/date":        "htmldate 1.10.0 extensive P.908 R.993 A.903 F.949 (1000 pages)",
	SetAEB + "/shingles":         "go_trafilatura ae7ea06 F.960 P.940 R.980 A.287; trafilatura 2.0.0 F.958",
}

// output is what one method produced for one page.
type output struct {
	text, title, date, outlet string
	authors                   []string
	err                       error
}

// Run measures every method on the sets under dir (the extraction folder).
func Run(dir string, opt Options) (*Report, error) {
	sets := opt.Sets
	if len(sets) == 0 {
		sets = SetNames
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = min(2, runtime.GOMAXPROCS(0))
	}
	switch opt.Split {
	case "", "even", "odd", "dev", "test":
	default:
		return nil, fmt.Errorf("unknown split %q (known: even, odd, dev, test)", opt.Split)
	}
	rep := &Report{}
	for _, set := range sets {
		known := false
		for _, s := range SetNames {
			known = known || s == set
		}
		if !known {
			return nil, fmt.Errorf("unknown set %q (known: %s)", set, strings.Join(SetNames, ", "))
		}
		setDir := filepath.Join(dir, set)
		cases, err := LoadSet(setDir, set)
		if err != nil {
			return nil, err
		}
		cases = pick(cases, opt.Split, opt.Limit)
		outs := make([][2]output, len(cases))
		jobs := make(chan int)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ex := &extract.Extractor{}
				for i := range jobs {
					outs[i] = runPage(ex, filepath.Join(setDir, cases[i].File), cases[i].URL)
				}
			}()
		}
		for i := range cases {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		for m, method := range []string{MethodStoryline, MethodBaseline} {
			col := make([]output, len(cases))
			for i := range cases {
				col[i] = outs[i][m]
			}
			rows, pages := score(set, method, cases, col, opt.Detail)
			rep.Rows = append(rep.Rows, rows...)
			rep.Pages = append(rep.Pages, pages...)
		}
	}
	return rep, nil
}

func pick(cases []Case, split string, limit int) []Case {
	var out []Case
	for i, c := range cases {
		if (split == "even" && i%2 != 0) || (split == "odd" && i%2 == 0) {
			continue
		}
		if split == "dev" || split == "test" {
			key := c.URL
			if key == "" {
				key = c.File
			}
			if h := sha1.Sum([]byte(key)); (h[0]&1 == 0) != (split == "dev") {
				continue
			}
		}
		out = append(out, c)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// runPage runs both methods on one page. A panic in an extractor counts
// as a crash (empty output), as the reference scorers count it.
func runPage(ex *extract.Extractor, path, pageURL string) (res [2]output) {
	body, err := ReadPage(path)
	if err != nil {
		res[0].err, res[1].err = err, err
		return res
	}
	res[0] = guard(func() output { return ours(ex, body, pageURL) })
	res[1] = guard(func() output { return baseline(body, pageURL) })
	return res
}

func guard(f func() output) (o output) {
	defer func() {
		if r := recover(); r != nil {
			o = output{err: fmt.Errorf("panic: %v", r)}
		}
	}()
	return f()
}

func ours(ex *extract.Extractor, body []byte, pageURL string) output {
	a, err := ex.Extract(&model.Document{Kind: model.KindHTML, Body: body, URL: pageURL, Source: "eval", Origin: "eval"})
	if err != nil {
		return output{err: err}
	}
	return output{text: a.Text, title: a.Title, date: a.Published, outlet: a.Outlet, authors: a.Authors}
}

// baseline is go-trafilatura with default options (its own htmldate
// run included), given the URL like ours.
func baseline(body []byte, pageURL string) output {
	var opts trafilatura.Options
	if pageURL != "" {
		opts.OriginalURL, _ = url.Parse(pageURL)
	}
	r, err := trafilatura.Extract(bytes.NewReader(body), opts)
	if err != nil || r == nil {
		if err == nil {
			err = fmt.Errorf("no result")
		}
		return output{err: err}
	}
	o := output{text: r.ContentText, title: r.Metadata.Title, outlet: r.Metadata.Sitename}
	if !r.Metadata.Date.IsZero() {
		o.date = r.Metadata.Date.Format("2006-01-02")
	}
	for _, a := range strings.Split(r.Metadata.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			o.authors = append(o.authors, a)
		}
	}
	return o
}

func score(set, method string, cases []Case, outs []output, detail bool) ([]Row, []Page) {
	var (
		snip, date          Confusion
		shingle, tok        Mean
		nTitle, okTitle     int
		nAuthors, okAuthors int
		nOutlet, okOutlet   int
		pages               []Page
	)
	for i, c := range cases {
		o := outs[i]
		p := Page{Set: set, File: c.File, Method: method, Date: day(o.date), GoldDate: c.Date,
			Title: o.title, GoldTitle: c.Title, Authors: o.authors, GoldAuthors: c.Authors, Outlet: o.outlet, GoldOutlet: c.Outlet}
		if o.err != nil {
			p.Err = o.err.Error()
		}
		switch set {
		case SetTrafilatura:
			p.Snippets = ScoreSnippets(o.text, c.With, c.Without)
			snip.Add(p.Snippets)
			if detail {
				out := normSpace(o.text)
				for _, s := range c.With {
					if out == "" || !strings.Contains(out, normSpace(s)) {
						p.Missed = append(p.Missed, s)
					}
				}
				for _, s := range c.Without {
					if out != "" && strings.Contains(out, normSpace(s)) {
						p.Kept = append(p.Kept, s)
					}
				}
			}
		case SetHTMLDate:
			date.Add(ScoreDate(o.date, c.Date, c.DateNull))
		case SetAEB:
			r := ScoreShingles(o.text, c.Text)
			shingle.Add(r)
			p.F1 = f1(r)
		default:
			r := ScoreTokens(o.text, c.Text)
			tok.Add(r)
			p.F1 = f1(r)
		}
		if c.Title != "" {
			nTitle++
			if sameText(o.title, c.Title) {
				okTitle++
			}
		}
		if len(c.Authors) > 0 {
			nAuthors++
			if sameAuthors(o.authors, c.Authors) {
				okAuthors++
			}
		}
		if c.Outlet != "" {
			nOutlet++
			if sameText(o.outlet, c.Outlet) {
				okOutlet++
			}
		}
		if detail {
			pages = append(pages, p)
		}
	}
	n := len(cases)
	row := func(measure string) Row {
		return Row{Set: set, Method: method, Measure: measure, Pages: n, Anchor: anchors[set+"/"+measure]}
	}
	var rows []Row
	switch set {
	case SetTrafilatura:
		r := row("snippets")
		r.Precision, r.Recall, r.Accuracy, r.F1, r.Counts = snip.Precision(), snip.Recall(), snip.Accuracy(), snip.F1(), &snip
		rows = append(rows, r)
	case SetHTMLDate:
		r := row("date")
		r.Precision, r.Recall, r.Accuracy, r.F1, r.Counts = date.Precision(), date.Recall(), date.Accuracy(), date.F1(), &date
		rows = append(rows, r)
	case SetAEB:
		r := row("shingles")
		r.Precision, r.Recall, r.Accuracy, r.F1 = shingle.Precision(), shingle.Recall(), shingle.Accuracy(), shingle.F1()
		rows = append(rows, r)
	default:
		r := row("tokens")
		r.Precision, r.Recall, r.Accuracy, r.F1 = tok.Precision(), tok.Recall(), tok.Accuracy(), tok.F1()
		rows = append(rows, r)
	}
	// Dates of the other sets (trafilatura-eval meta, fundus, readability,
	// newspaper4k) are scored like htmldate's, over pages with a gold day.
	if set != SetHTMLDate {
		var dc Confusion
		dn := 0
		for i, c := range cases {
			if c.Date != "" {
				dn++
				dc.Add(ScoreDate(outs[i].date, c.Date, false))
			}
		}
		if dn > 0 {
			r := row("date")
			r.Pages = dn
			r.Precision, r.Recall, r.Accuracy, r.F1, r.Counts = dc.Precision(), dc.Recall(), dc.Accuracy(), dc.F1(), &dc
			rows = append(rows, r)
		}
	}
	for _, m := range []struct {
		name   string
		ok, of int
	}{{"title", okTitle, nTitle}, {"authors", okAuthors, nAuthors}, {"outlet", okOutlet, nOutlet}} {
		if m.of > 0 {
			r := row(m.name)
			r.Pages, r.Accuracy = m.of, ratio(m.ok, m.of)
			rows = append(rows, r)
		}
	}
	return rows, pages
}

func f1(r PRF) float64 {
	if r.P+r.R == 0 {
		return 0
	}
	return 2 * r.P * r.R / (r.P + r.R)
}

// sameAuthors reports whether two author lists name the same people,
// order, case and punctuation aside.
func sameAuthors(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	seen := map[string]int{}
	for _, w := range want {
		seen[strings.Join(Tokens(strings.ToLower(w)), " ")]++
	}
	for _, g := range got {
		k := strings.Join(Tokens(strings.ToLower(g)), " ")
		if seen[k] == 0 {
			return false
		}
		seen[k]--
	}
	return true
}

// Available reports whether dir holds the extraction sets.
func Available(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, SetTrafilatura, "gold.jsonl"))
	return err == nil
}
