package nlp

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestSplitCompounds(t *testing.T) {
	ent := func(text, typ string, start int) Entity {
		return Entity{Text: text, Type: typ, Start: start, End: start + len([]rune(text))}
	}
	tests := []struct {
		name string
		in   []Entity
		want string
	}{
		{"pair of names seen alone",
			[]Entity{ent("Trump-North Korea", "LOC", 0), ent("Donald Trump", "PER", 30), ent("Trump", "PER", 50), ent("North Korea", "LOC", 60)},
			"[Trump PER 0-5 North Korea LOC 6-17 Donald Trump PER 30-42 Trump PER 50-55 North Korea LOC 60-71]"},
		{"a part never seen alone",
			[]Entity{ent("Mercedes-Benz", "ORG", 0), ent("Mercedes", "ORG", 20)},
			"[Mercedes-Benz ORG 0-13 Mercedes ORG 20-28]"},
		{"a lower-case part",
			[]Entity{ent("Kim Jong-un", "PER", 0), ent("Kim Jong", "PER", 20)},
			"[Kim Jong-un PER 0-11 Kim Jong PER 20-28]"},
		{"slash and three parts",
			[]Entity{ent("US/China/Russia", "LOC", 4), ent("US", "LOC", 30), ent("China", "LOC", 40), ent("Russia", "LOC", 50)},
			"[US LOC 4-6 China LOC 7-12 Russia LOC 13-19 US LOC 30-32 China LOC 40-45 Russia LOC 50-56]"},
	}
	for _, tt := range tests {
		got := ""
		for i, e := range splitCompounds(tt.in) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%s %s %d-%d", e.Text, e.Type, e.Start, e.End)
		}
		if got = "[" + got + "]"; got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestNoEntitiesIsEmpty checks that a text with no entities gives an
// empty list, which JSON writes as [], not null.
func TestNoEntitiesIsEmpty(t *testing.T) {
	if got := splitCompounds([]Entity{}); got == nil {
		t.Error("splitCompounds of no entities is nil")
	}
	a := newAnalyzer(t)
	b, err := a.AnalyzeJSON("회담은 다음 달 열릴 예정이다.", "ko", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"entities":[]`) {
		t.Errorf("no entities written as %s", b)
	}
}

// TestAnalyzeSplitsPairs checks the whole chain on a sentence.
func TestAnalyzeSplitsPairs(t *testing.T) {
	a := newAnalyzer(t)
	text := "Trump-North Korea talks might resume. Donald Trump said he would meet North Korea's leader."
	rs := []rune(text)
	for _, e := range a.Analyze(text, time.Time{}).Entities {
		if string(rs[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q at %d-%d reads %q", e.Text, e.Start, e.End, string(rs[e.Start:e.End]))
		}
		if e.Text == "Trump-North Korea" {
			t.Errorf("the pair stayed one entity: %+v", e)
		}
	}
}
