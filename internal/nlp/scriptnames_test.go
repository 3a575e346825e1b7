package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		{"a listed name the tagger split at a lower-case word is one", "a Coreia do Norte.",
			[]Entity{{Text: "Coreia", Type: "LOC", Start: 2, End: 8}, {Text: "Norte", Type: "LOC", Start: 12, End: 17}},
			[]string{"Coreia do Norte/LOC/North Korea"}},
		{"a listed name the tagger read only the start of", "la Corea del Sur y",
			[]Entity{{Text: "Corea", Type: "MISC", Start: 3, End: 8}},
			[]string{"Corea del Sur/LOC/South Korea"}},
		{"an article the tagger took into a listed name", "La Unión Europea dijo",
			[]Entity{{Text: "La Unión Europea", Type: "ORG", Start: 0, End: 16}},
			[]string{"Unión Europea/ORG/European Union"}},
		{"a name read on past the listed one stays", "Trump Tower and North Korea's",
			[]Entity{{Text: "Trump", Type: "PER", Start: 0, End: 5}, {Text: "North Korea", Type: "LOC", Start: 16, End: 27}},
			[]string{"Trump/PER/Donald Trump", "North Korea/LOC/North Korea"}},
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

// TestJoinedNamesRealText checks, on a real Spanish article of the
// ML-Crisis set, that the tagger's split readings of a country name of
// several words come out as the one country.
func TestJoinedNamesRealText(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "clustering", "multilingual", "ml-crisis", "es", "egypt", "2011-01-31", "ext_93.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range a.Analyze(string(b), time.Time{}).Entities {
		if e.Text == "Corea" || e.Text == "Norte" {
			t.Errorf("%q at %d: a part of a country's name", e.Text, e.Start)
		}
		if e.Text == "Corea del Norte" {
			found = true
			if e.Type != "LOC" || e.Canonical != "North Korea" {
				t.Errorf("Corea del Norte: %s %q, want LOC North Korea", e.Type, e.Canonical)
			}
		}
	}
	if !found {
		t.Errorf("no entity Corea del Norte in %s", path)
	}
}

// TestListedTypes checks that outside English a one-word name the
// gazetteer lists takes its type, whatever the tagger guessed, and that
// other entities keep theirs.
func TestListedTypes(t *testing.T) {
	ents := []Entity{
		{Text: "Egipto", Type: "ORG"}, {Text: "Nordkorea", Type: "MISC"},
		{Text: "Tapis", Type: "MISC"}, {Text: "Oriente Próximo", Type: "PER"},
	}
	loadScriptNames().listedTypes(ents)
	var got []string
	for _, e := range ents {
		got = append(got, e.Text+"/"+e.Type)
	}
	if want := "Egipto/LOC Nordkorea/LOC Tapis/MISC Oriente Próximo/PER"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
