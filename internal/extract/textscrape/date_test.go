package textscrape

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // Date.String(); "" for no date line
	}{
		{"Sunday, August 31, 2025", "2025-08-31"},
		{"2017-09-15 17:05", "2017-09-15"},
		{"Updated: 2017-09-15 17:05", "2017-09-15"},
		{"31 de agosto de 2025", "2025-08-31"},
		{"2025년 6월 12일", "2025-06-12"},
		{"입력 2025.06.12 14:03", "2025-06-12"},
		{"2025.06.12", "2025-06-12"},
		{"2025年6月12日", "2025-06-12"},
		{"12.06.2025", "2025-06-12"},
		{"19. Oktober 2019, 19:08 Uhr", "2019-10-19"},
		{"Publié le 3 mars 2024 à 10h30", "2024-03-03"},
		{"Aug. 29, 2025 at 4:15 p.m. ET", "2025-08-29"},
		{"June 2025", "2025-06"},
		{"Actualizado: 12/06/2025 10:30", "2025-06-12"},
		{"The summit took place on June 12, 2018 in Singapore.", ""},
		{"Score: 2025-06-12 3-1", ""},
		{"2025-02-30", ""},
		{"Date:", ""},
		{"", ""},
	}
	for _, tc := range tests {
		d, ok := ParseDate(tc.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in   string
		want string
		prec string
	}{
		{"SEOUL, June 12 (Yonhap) — North Korea fired a missile.", "--06-12", ""},
		{"WASHINGTON, Aug. 29, 2025 — The White House said", "2025-08-29", "day"},
		{"NEW YORK, March 3 (Reuters) - Stocks rose.", "--03-03", ""},
		{"The talks began in June 12 rooms.", "", ""},
		{"Washington, 11. Juni 2025 — Das Weiße Haus hat erklärt", "2025-06-11", "day"},
		{"São Paulo, 11 de junho de 2025 — A porta-voz afirmou", "2025-06-11", "day"},
		{"Rio de Janeiro, 3 de março de 2024 - O presidente", "2024-03-03", "day"},
		{"PARIS, 1er mai 2025 (AFP) - Le président", "2025-05-01", "day"},
		{"MADRID, 11 jun (EFE).- El Gobierno aprobó", "--06-11", ""},
		{"LONDON, 11 June 2025 (Reuters) - Shares fell", "2025-06-11", "day"},
		{"Roma, 30 febbraio 2025 - Il governo", "", ""},
		{"Trump, 79 anni, ha detto", "", ""},
		{"Kim, 12 Gefangene kamen frei.", "", ""},
	}
	for _, tc := range tests {
		d, ok := ParseDateline(tc.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want || ok && d.Precision() != tc.prec {
			t.Errorf("ParseDateline(%q) = %q (%s), want %q (%s)", tc.in, got, d.Precision(), tc.want, tc.prec)
		}
	}
}

func TestFindDate(t *testing.T) {
	d, start, end, ok := FindDate("Posted by staff on 3 June 2024 in World")
	if !ok || d.String() != "2024-06-03" || start >= end {
		t.Errorf("FindDate = %v %d %d %v", d, start, end, ok)
	}
}

// TestDatelineOverHeader checks, on a real scrape of an IPS report
// (ML-Crisis, es/egypt), that the dateline opening the body dates the
// report when the page header carries another day: the header
// "miércoles 11 de noviembre, 2020" is the day the page was kept, the
// dateline "EL CAIRO, 15 may 2013 (IPS) -" the report's, and the
// disagreement is reported.
func TestDatelineOverHeader(t *testing.T) {
	path := filepath.Join(sharedDir, "data", "clustering", "multilingual", "ml-crisis", "es", "egypt", "2013-05-22", "ext_86.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("ML-Crisis texts not available (%v)", err)
	}
	r := Extract(string(b), Options{})
	if r.Published != "2013-05-15" || r.PublishedFrom != "text" || r.Precision != "day" {
		t.Errorf("published %q from %q (%s), want 2013-05-15 from the dateline", r.Published, r.PublishedFrom, r.Precision)
	}
	if len(r.DateWarnings) != 1 || !strings.Contains(r.DateWarnings[0], "2020-11-11") {
		t.Errorf("warnings %q, want one naming the header's 2020-11-11", r.DateWarnings)
	}
	// A header that agrees with the dateline is no warning.
	r = Extract("Wednesday, June 11, 2025\n\nTitle of the report here today\n\nWASHINGTON, June 11, 2025 — The White House said on Wednesday that talks would go on, officials told reporters.\n\nThe president is open to letters, a spokeswoman said at a briefing in the afternoon.", Options{})
	if r.Published != "2025-06-11" || len(r.DateWarnings) != 0 {
		t.Errorf("agreeing dates: published %q, warnings %q", r.Published, r.DateWarnings)
	}
}
