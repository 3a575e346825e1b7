package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
	"time"
)

// Term is one term of office.
type Term struct {
	// Key is the person's; it is an Entry's key where the gazetteer
	// lists the person.
	Key string
	// Title is canonical English: "president", "prime minister",
	// "secretary of state", "leader", "pope" …
	Title string
	// Country is the ISO 3166 alpha-3 code of the office's country, or
	// UN or VAT; "" when the table does not say.
	Country string
	// Start is the first day in office; End the first day out of it,
	// zero while the term lasts.
	Start, End time.Time
}

//go:embed offices.tsv
var officesTSV string

var terms = embedded("terms of office", func() ([]Term, error) { return ParseTerms(officesTSV) })

// Terms returns the embedded table of terms of office in file order. The
// slice is shared: callers must not modify it.
func Terms() []Term { return terms() }

// ParseTerms reads a table of terms of office: lines of key, title,
// start and end (YYYY-MM-DD; an empty end for a term that lasts) and an
// optional country, separated by tabs; blank lines and lines starting
// with "#" are skipped. It reports the first malformed line.
func ParseTerms(tsv string) ([]Term, error) {
	var out []Term
	for n, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 && len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 4 or 5 (key, title, start, end, country)", n+1, len(f))
		}
		if f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("line %d: no key or no title", n+1)
		}
		t := Term{Key: f[0], Title: f[1]}
		var err error
		if t.Start, err = time.Parse(time.DateOnly, f[2]); err != nil {
			return nil, fmt.Errorf("line %d: %s: start: %w", n+1, f[0], err)
		}
		if f[3] != "" {
			if t.End, err = time.Parse(time.DateOnly, f[3]); err != nil {
				return nil, fmt.Errorf("line %d: %s: end: %w", n+1, f[0], err)
			}
			if !t.End.After(t.Start) {
				return nil, fmt.Errorf("line %d: %s: the term ends on or before it starts", n+1, f[0])
			}
		}
		if len(f) == 5 {
			t.Country = f[4]
		}
		out = append(out, t)
	}
	return out, nil
}
