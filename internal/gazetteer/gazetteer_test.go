package gazetteer

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// TestEmbedded checks the embedded list: it parses, covers every kind,
// and the entries the stages rely on have the kind and display name
// they expect.
func TestEmbedded(t *testing.T) {
	es := Entries()
	if len(es) < 700 {
		t.Fatalf("%d entries, want the full list", len(es))
	}
	byKey := map[string]Entry{}
	perKind := map[Kind]int{}
	for _, e := range es {
		byKey[e.Key] = e
		perKind[e.Kind]++
	}
	for k := range kinds {
		if perKind[k] == 0 {
			t.Errorf("no entry of kind %s", k)
		}
	}
	tests := []struct {
		key     string
		kind    Kind
		display string
		has     string
	}{
		{"PRK", Country, "North Korea", "북한"},
		{"TRUMP", Person, "Donald Trump", "トランプ"},
		{"PYO", Capital, "Pyongyang", "평양"},
		{"PMJ", Site, "Panmunjom", "판문점"},
		{"KABUL", Capital, "Kabul", "Кабул"},
		{"WESTBANK", Region, "West Bank", "Cisjordania"},
		{"UN", Org, "United Nations", "ООН"},
	}
	for _, tt := range tests {
		e, ok := byKey[tt.key]
		switch {
		case !ok:
			t.Errorf("%s missing", tt.key)
		case e.Kind != tt.kind:
			t.Errorf("%s: kind %s, want %s", tt.key, e.Kind, tt.kind)
		case e.Names[0] != tt.display:
			t.Errorf("%s: display name %q, want %q", tt.key, e.Names[0], tt.display)
		case !strings.Contains(","+strings.Join(e.Names, ",")+",", ","+tt.has+","):
			t.Errorf("%s: no name %q in %v", tt.key, tt.has, e.Names)
		}
	}
	if p := byKey["PMJ"].Parent; p != "DMZ" {
		t.Errorf("PMJ parent %q, want DMZ", p)
	}
}

// TestDisplayNames checks that a person's display name is a full name
// in Latin script where the list has one, since the timeline shows it.
func TestDisplayNames(t *testing.T) {
	for _, e := range Entries() {
		if e.Kind != Person {
			continue
		}
		d := e.Names[0]
		for _, r := range d {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				t.Errorf("%s: display name %q is not in Latin script", e.Key, d)
				break
			}
		}
		if strings.Contains(d, " ") {
			continue
		}
		for _, n := range e.Names[1:] {
			if strings.Contains(n, " ") && strings.HasSuffix(n, " "+d) {
				t.Errorf("%s: display name %q, but the full name %q is listed", e.Key, d, n)
			}
		}
	}
}

// TestParse checks both parsers on well-formed and malformed tables.
func TestParse(t *testing.T) {
	entries := func(tsv string) (int, error) {
		es, err := Parse(tsv)
		for _, e := range es {
			for _, n := range e.Names {
				if n != strings.TrimSpace(n) || n == "" {
					return 0, fmt.Errorf("%s: name %q not trimmed", e.Key, n)
				}
			}
		}
		return len(es), err
	}
	terms := func(tsv string) (int, error) {
		ts, err := ParseTerms(tsv)
		return len(ts), err
	}
	tests := []struct {
		name  string
		parse func(string) (int, error)
		tsv   string
		want  int    // entries, when no error
		err   string // part of the error
	}{
		{"comments and blanks", entries, "# header\n\nPRK\tcountry\t\tNorth Korea, 북한\n", 1, ""},
		{"site with parent", entries, "DMZ\tsite\t\tDMZ\nPMJ\tsite\tDMZ\tPanmunjom\n", 2, ""},
		{"too few fields", entries, "PRK\tcountry\tNorth Korea\n", 0, "3 fields"},
		{"no key", entries, "\tcountry\t\tNorth Korea\n", 0, "no key"},
		{"unknown kind", entries, "PRK\tnation\t\tNorth Korea\n", 0, `unknown kind "nation"`},
		{"no name", entries, "PRK\tcountry\t\t , \n", 0, "no name"},
		{"key twice", entries, "PRK\tcountry\t\tA\nPRK\tcountry\t\tB\n", 0, "given twice"},
		{"unknown parent", entries, "PMJ\tsite\tDMZ\tPanmunjom\n", 0, "parent DMZ"},
		{"open term", terms, "# h\nTRUMP\tpresident\t2025-01-20\t\tUSA\n", 1, ""},
		{"term without country", terms, "KERRY\tsecretary of state\t2013-02-01\t2017-01-20\n", 1, ""},
		{"bad start", terms, "X\tpresident\t2025-13-01\t\n", 0, "start"},
		{"bad end", terms, "X\tpresident\t2025-01-01\tsoon\n", 0, "end"},
		{"ends before it starts", terms, "X\tpresident\t2025-01-01\t2024-01-01\n", 0, "ends on or before"},
		{"no title", terms, "X\t\t2025-01-01\t\n", 0, "no title"},
		{"term fields", terms, "X\tpresident\n", 0, "2 fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.parse(tt.tsv)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want one saying %q", err, tt.err)
				}
				return
			}
			if err != nil || n != tt.want {
				t.Fatalf("got %d, %v; want %d", n, err, tt.want)
			}
		})
	}
}

// FuzzParse checks that Parse never panics and that what it accepts is
// well formed.
func FuzzParse(f *testing.F) {
	lines := strings.Split(embeddedTSV, "\n")
	f.Add(strings.Join(lines[:min(60, len(lines))], "\n"))
	f.Add("PMJ\tsite\tDMZ\tPanmunjom\nDMZ\tsite\t\tDMZ")
	f.Fuzz(func(t *testing.T, tsv string) {
		es, err := Parse(tsv)
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Key == "" || !kinds[e.Kind] || len(e.Names) == 0 {
				t.Fatalf("accepted a malformed entry %+v", e)
			}
		}
	})
}

// TestTerms checks the embedded terms of office: they parse, a key the
// gazetteer knows is a person's, and known terms are there.
func TestTerms(t *testing.T) {
	ts := Terms()
	if len(ts) < 80 {
		t.Fatalf("%d terms, want the full table", len(ts))
	}
	kind := map[string]Kind{}
	for _, e := range Entries() {
		kind[e.Key] = e.Kind
	}
	found := 0
	for _, tm := range ts {
		if k, ok := kind[tm.Key]; ok && k != Person {
			t.Errorf("term of %s, a %s", tm.Key, k)
		}
		if tm.Key == "TRUMP" && tm.Title == "president" && tm.Country == "USA" {
			found++
		}
		if tm.Key == "CLINTON" && tm.Title == "secretary of state" {
			found++
		}
	}
	if found != 3 {
		t.Errorf("found %d of Trump's two presidencies and Clinton's term as secretary of state", found)
	}
}
