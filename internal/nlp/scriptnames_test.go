package nlp

import (
	"fmt"
	"strings"
	"testing"
)

// TestScriptNames checks the gazetteer's reading of names in scripts the
// tagger cannot read: Korean with particles, Japanese and Chinese runs,
// Russian cases (replacing what the tagger made of them), and that names
// in Latin script keep the tagger's reading unless the gazetteer knows
// them.
func TestScriptNames(t *testing.T) {
	idx := loadScriptNames()
	tests := []struct {
		name   string
		text   string
		tagger []Entity
		want   []string // text/type/canonical
	}{
		{"Korean with particles", "트럼프가 판문점에서 김정은과 만났다.", nil,
			[]string{"트럼프/PER/Donald Trump", "판문점/LOC/Panmunjom", "김정은/PER/Kim Jong Un"}},
		{"Hangul name inside a word is not read", "반미국 시위가 열렸다.", nil, nil},
		{"Japanese run", "北朝鮮の金正恩総書記", nil, []string{"北朝鮮/LOC/North Korea", "金正恩/PER/Kim Jong Un"}},
		{"Russian case replaces the tagger's reading", "Трамп встретился с Путиным.",
			[]Entity{{Text: "Путиным", Type: "LOC", Start: 19, End: 26, Canonical: "Путиным"}},
			[]string{"Трамп/PER/Donald Trump", "Путиным/PER/Vladimir Putin"}},
		{"Cyrillic name inside a longer word is not read", "Трамповский стиль", nil, nil},
		{"a Latin name of several words takes the gazetteer's type and name", "Casa Branca",
			[]Entity{{Text: "Casa Branca", Type: "PER", Start: 0, End: 11, Canonical: "Casa Branca"}},
			[]string{"Casa Branca/ORG/White House"}},
		{"a Latin name of one word only with the gazetteer's type", "Jordan, Jordan",
			[]Entity{{Text: "Jordan", Type: "PER", Start: 0, End: 6, Canonical: "Jordan"}, {Text: "Jordan", Type: "LOC", Start: 8, End: 14}},
			[]string{"Jordan/PER/Jordan", "Jordan/LOC/Jordan"}},
		{"what the article ties a name to wins", "Clinton Nordkorea",
			[]Entity{{Text: "Clinton", Type: "PER", Start: 0, End: 7, Canonical: "Bill Clinton"}, {Text: "Nordkorea", Type: "LOC", Start: 8, End: 17, Canonical: "Nordkorea"}},
			[]string{"Clinton/PER/Bill Clinton", "Nordkorea/LOC/North Korea"}},
		{"names the gazetteer lacks stay the tagger's", "Sunan",
			[]Entity{{Text: "Sunan", Type: "LOC", Start: 0, End: 5, Canonical: "Sunan"}},
			[]string{"Sunan/LOC/Sunan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := idx.merge(tt.text, tt.tagger)
			var s []string
			rs := []rune(tt.text)
			for _, e := range got {
				if string(rs[e.Start:e.End]) != e.Text {
					t.Errorf("%q at %d-%d: offsets do not match the text", e.Text, e.Start, e.End)
				}
				s = append(s, fmt.Sprintf("%s/%s/%s", e.Text, e.Type, e.Canonical))
			}
			if strings.Join(s, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", s, tt.want)
			}
		})
	}
}
