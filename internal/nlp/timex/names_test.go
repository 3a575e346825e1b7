package timex

import (
	"slices"
	"testing"
	"time"
)

// TestMonthFirstNames checks that a month name that is someone's first
// name is no date, and that months and weekdays that are dates stay.
func TestMonthFirstNames(t *testing.T) {
	dct := time.Date(2025, 8, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string // the timexes' texts
	}{
		{"Secretary of State Marco Rubio said no talks were planned.", nil},
		{"White House correspondent April Ryan asked about it.", nil},
		{"The playwright August Wilson won in 2017.", []string{"2017"}},
		{"He met Kim in June Trump said later.", []string{"June"}},
		{"The June primary was close.", []string{"June"}},
		{"Annan said Wednesday U.N. inspectors would return.", []string{"Wednesday"}},
		{"March Madness began. In March, prices rose.", []string{"March", "March"}},
		{"A reunião foi em marco de 2025.", []string{"marco de 2025"}},
		{"O presidente disse que a cúpula será em março.", []string{"março"}},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Tag(tt.text, dct) {
			got = append(got, x.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tag(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
