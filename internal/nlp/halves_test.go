package nlp

import (
	"testing"
	"time"
)

func TestResolveHalves(t *testing.T) {
	a := newAnalyzer(t)
	at := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       map[string]string // mention at "the …" → canonical ("" unresolved: no entity, or one named as written)
	}{
		{"the seeds' sentence", "Trump wants talks with North Korea on concessions, such as reducing the North’s nuclear arsenal.",
			map[string]string{"North": "North Korea"}},
		{"both halves named", "North Korea and South Korea met at Panmunjom. The North sent its premier; the South sent its minister.",
			map[string]string{"North": "North Korea", "South": "South Korea"}},
		{"the South without the North is a region", "South Korea's exports rose. Storms hit the South of the United States.",
			map[string]string{"South": ""}},
		{"no country named", "The North won the civil war in 1865.", map[string]string{"North": ""}},
		{"a longer name", "North Korea fired a missile into the North Pacific.", map[string]string{"North": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]string{}
			for _, e := range a.Analyze(tt.text, at).Entities {
				if e.Text == "North" || e.Text == "South" {
					got[e.Text] = e.Canonical
					if string([]rune(tt.text)[e.Start:e.End]) != e.Text {
						t.Errorf("%q: offsets [%d,%d) wrong", e.Text, e.Start, e.End)
					}
				}
			}
			for m, want := range tt.want {
				if g := got[m]; g != want && (want != "" || g != m) {
					t.Errorf("%q → %q, want %q", m, got[m], want)
				}
			}
		})
	}
}
