package textscrape

import "testing"

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
