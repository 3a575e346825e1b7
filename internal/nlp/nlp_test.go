package nlp

import (
	"testing"
	"time"
)

func TestCanonicalNames(t *testing.T) {
	ents := []Entity{
		{Text: "Donald Trump", Type: "PER"}, {Text: "Kim Jong-un", Type: "PER"}, {Text: "Kim Jong Un", Type: "PER"},
		{Text: "Kim Jong Un", Type: "PER"}, {Text: "Trump", Type: "PER"}, {Text: "Kim", Type: "PER"},
		{Text: "DPRK", Type: "LOC"}, {Text: "North Korea", Type: "LOC"}, {Text: "Leavitt", Type: "PER"},
		{Text: "Caroline Leavitt", Type: "PER"},
	}
	canonicalize(ents)
	want := []string{"Donald Trump", "Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Donald Trump", "Kim Jong Un",
		"North Korea", "North Korea", "Caroline Leavitt", "Caroline Leavitt"}
	for i, e := range ents {
		if e.Canonical != want[i] {
			t.Errorf("%q: canonical %q, want %q", e.Text, e.Canonical, want[i])
		}
	}
}

func TestAnalyze(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "White House spokesperson Caroline Leavitt stated during a briefing on the 11th (local time), \"The President remains receptive to an exchange of letters with Kim Jong Un.\" Leavitt went on to say that Trump would respond."
	got := a.Analyze(text, time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC))
	rs := []rune(text)
	var sawLeavitt, saw11 bool
	for _, e := range got.Entities {
		if string(rs[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q offsets %d-%d wrong", e.Text, e.Start, e.End)
		}
		if e.Canonical == "Caroline Leavitt" {
			sawLeavitt = true
		}
	}
	for _, tm := range got.Times {
		if tm.Value == "2025-06-11" {
			saw11 = true
		}
	}
	if !sawLeavitt || !saw11 {
		t.Errorf("entities %+v times %+v: want Caroline Leavitt and 2025-06-11", got.Entities, got.Times)
	}
	if len(got.Quotes) == 0 {
		t.Fatalf("no quotes in %q", text)
	}
	q := got.Quotes[0]
	if q.Speaker == nil || q.Speaker.Canonical != "Caroline Leavitt" {
		t.Errorf("first quote speaker = %+v, want Caroline Leavitt", q.Speaker)
	}
}
