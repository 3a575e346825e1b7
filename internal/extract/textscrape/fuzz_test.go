package textscrape

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract runs Extract on mutated page scrapes, seeded from the
// user's seeds, and checks its invariants. Run it with minimizing cut
// short:
//
//	go test -run '^$' -fuzz FuzzExtract -fuzztime 60s -fuzzminimizetime 1x ./internal/extract/textscrape
//
// With the default (a minute per new input), the engine spends nearly
// all its time minimizing multi-kilobyte scrapes and runs a few inputs a
// minute; with it, about 4,000 a second.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(files) == 0 {
		f.Log("seeds not available; fuzzing from the built-in cases only")
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Sunday, August 31, 2025\n\nTitle Here\n\nDate:\n\n- a\n- b...\n©\n")
	f.Fuzz(func(t *testing.T, in string) {
		// Large inputs are TestHostile's business; here they only slow
		// the search down.
		if len(in) > 64<<10 {
			return
		}
		r := Extract(in, Options{})
		if r.Published != "" && r.PublishedFrom == "" {
			t.Fatalf("Published %q without PublishedFrom", r.Published)
		}
		if !utf8.ValidString(in) || strings.ContainsRune(in, '\r') {
			return
		}
		checkInvariants(t, in, r)
		for _, l := range r.Lines {
			if !strings.Contains(in, l.Text) {
				t.Fatalf("line %d %q not in the input", l.N, l.Text)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Sunday, August 31, 2025", "2025년 6월 12일", "31 de agosto de 2025", "SEOUL, June 12 (Yonhap) —", "12.06.2025"} {
		f.Add(s)
	}
	f.Add("Washington, 11. Juni 2025 — Das Weiße Haus")
	f.Add("MADRID, 11 jun (EFE).- El Gobierno")
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s); ok && !validDate(d) {
			t.Fatalf("ParseDate(%q) = invalid %+v", s, d)
		}
		if d, ok := ParseDateline(s); ok && (d.Month < 1 || d.Month > 12) {
			t.Fatalf("ParseDateline(%q) = invalid %+v", s, d)
		}
		FindDate(s)
	})
}
