package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

func TestWordStartKeys(t *testing.T) {
	var keys []string
	for i := range rules {
		if rules[i].wordStart {
			keys = append(keys, rules[i].need...)
		}
	}
	keys = append(keys, monthKeys...)
	keys = append(keys, unitKeys...)
	for _, k := range keys {
		if !strings.Contains(k, " ") && !wordStartKeys.has[k] {
			t.Errorf("keyword %q is looked for at word starts but not in wordStartKeys", k)
		}
	}
}

func TestNearFilters(t *testing.T) {
	tests := []struct {
		name string
		near func(*keywords, func(p, n int))
		text string
		want []string // where the kept occurrences are, each once in text
	}{
		{"number unit", nearNumberUnit, "three years ago, a few days, 2 1/2 weeks, the year", []string{"years ago", "days", "weeks"}},
		{"number unit hyphen", nearNumberUnit, "a 10-day visit, the second day", []string{"day visit"}},
		{"number unit adjective", nearNumberUnit, "five consecutive years; next year", []string{"years;"}},
		{"month day", nearMonthDay, "May 5, Sept. 5th, March fifth, may be", []string{"May 5", "Sept", "March"}},
		{"day month", nearDayMonth, "5 May, the 5th of May, on May", []string{"May,", "May, on"}},
		{"month year", nearMonthYear, "May 2024, Jun of 2024, Sept., 2024, Dec 24", []string{"May", "Jun", "Sept"}},
		{"rel unit", unitsAfter([]string{"week", "month", "year"}, relWords, true), "this fiscal year, last week, the month", []string{"year", "week"}},
		{"the unit", unitsAfter([]string{"week", "month", "year"}, theWord, false), "the week before, this month", []string{"week"}},
		{"years", nearYears, "in 2024, 12024, 1499, 1999-05-01", []string{"2024,", "1999"}},
		{"ordinals", nearOrdinals, "the 11th, 2nd, first", []string{"1th", "2nd"}},
	}
	for _, tt := range tests {
		var got, want []int
		tt.near(newKeywords(tokenize.ASCIILower(tt.text)), func(p, n int) { got = append(got, p) })
		for _, w := range tt.want {
			want = append(want, strings.Index(tt.text, w))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q kept %v, want %v", tt.name, tt.text, got, want)
		}
	}
}

// corpusTexts returns KCNA and TempEval-3 texts, or skips.
func corpusTexts(t *testing.T) []string {
	var texts []string
	for i, a := range kcna(t) {
		if i%12 == 0 {
			texts = append(texts, a.Text)
		}
	}
	files, _ := filepath.Glob(filepath.Join(shared, "data", "nlp", "tempeval3", "TBAQ-cleaned", "*", "*.tml"))
	tag := regexp.MustCompile(`<[^>]*>`)
	for i, f := range files {
		if i%2 != 0 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, tag.ReplaceAllString(string(b), ""))
	}
	return texts
}

// TestWindowsKeepMatches checks on real texts that running each rule only
// near its keywords finds every match that running it on the whole text
// finds and accepts.
func TestWindowsKeepMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	texts := corpusTexts(t)
	probe := &state{dct: time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC), known: true}
	for _, text := range texts {
		lower := tokenize.ASCIILower(text)
		probe.text = text
		kw := newKeywords(lower)
		for i := range rules {
			r := &rules[i]
			if r.script != anyScript {
				continue
			}
			whole, near := wholeAndNear(r, probe, text, lower, kw)
			if !reflect.DeepEqual(whole, near) {
				t.Errorf("rule %d: whole text finds %v, windows %v", i, spans(text, whole), spans(text, near))
			}
		}
	}
}

func spans(text string, ss [][2]int) []string {
	var out []string
	for _, s := range ss {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}

func TestKeywordStarts(t *testing.T) {
	texts := append(corpusTexts(t), "May 5th: the year's 2nd day; Dec. 1, every 3 weeks")
	for _, text := range texts {
		kw := newKeywords(tokenize.ASCIILower(text))
		for k := range wordStartKeys.has {
			var want []int
			for _, p := range kw.offsets(k) {
				if p == 0 || !isWordByte(kw.lower[p-1]) {
					want = append(want, p)
				}
			}
			if got := kw.starts(k); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q in %.40q: starts %v, want %v", k, text, got, want)
			}
		}
	}
}

// wholeAndNear runs rule r over the whole lower-cased text and over the
// keyword windows only, and returns the spans each way finds.
func wholeAndNear(r *rule, probe *state, text, lower string, kw *keywords) (whole, near [][2]int) {
	for _, idx := range r.re.FindAllStringSubmatchIndex(lower, -1) {
		for _, m := range r.consider(nil, probe, text, idx) {
			whole = append(whole, [2]int{m.start, m.end})
		}
	}
	for _, w := range r.windows(kw) {
		for _, idx := range r.re.FindAllStringSubmatchIndex(lower[w[0]:w[1]], -1) {
			for j := range idx {
				if idx[j] >= 0 {
					idx[j] += w[0]
				}
			}
			for _, m := range r.consider(nil, probe, text, idx) {
				near = append(near, [2]int{m.start, m.end})
			}
		}
	}
	return whole, near
}
