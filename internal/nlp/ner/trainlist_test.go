package ner

import (
	"reflect"
	"slices"
	"testing"
)

func TestTrainingNames(t *testing.T) {
	docs := []Document{
		{Sentences: []Sentence{
			{Words: []string{"Kent", "beat", "New", "York", "Yankees", "."}, Tags: []string{"I-ORG", "O", "I-ORG", "I-ORG", "I-ORG", "O"}},
			{Words: []string{"in", "Kent", ",", "the", "euro", "X"}, Tags: []string{"O", "I-LOC", "O", "O", "I-MISC", "I-PER"}},
		}},
		{Sentences: []Sentence{
			{Words: []string{"Kent", "won", "."}, Tags: []string{"I-ORG", "O", "O"}},
			{Words: []string{"Tiger", "Woods", "with", "Woods"}, Tags: []string{"I-PER", "I-PER", "O", "I-PER"}},
			{Words: []string{"Boatmen", "'s", "rose"}, Tags: []string{"I-ORG", "I-ORG", "O"}},
		}},
	}
	want := []GazetteerEntry{
		{"kent", "train-ORG"},
		{"new york yankees", "train-ORG"},
		{"kent", "train-LOC"},
		{"tiger woods", "train-PER"},
		{"woods", "train-PER"},
		{"boatmen 's", "train-ORG"},
	}
	if got := trainingNames(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("trainingNames = %v, want %v", got, want)
	}
}

func TestTrainingNamesMatch(t *testing.T) {
	g := gazetteerOfKeys(trainingNames([]Document{{Sentences: []Sentence{
		{Words: []string{"the", "Hong", "Kong", "Open"}, Tags: []string{"O", "I-MISC", "I-MISC", "I-MISC"}},
		{Words: []string{"Boatmen", "'s", "rose"}, Tags: []string{"I-ORG", "I-ORG", "O"}},
	}}}))
	words := []string{"HONG", "KONG", "OPEN", "hong", "kong", "open", "Boatmen", "'s"}
	lower := []string{"hong", "kong", "open", "hong", "kong", "open", "boatmen", "'s"}
	got := g.match(words, lower)
	want := [][]string{{"B-train-MISC"}, {"I-train-MISC"}, {"L-train-MISC"}, nil, nil, nil, {"B-train-ORG"}, {"L-train-ORG"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("match = %v, want %v", got, want)
	}
}

func toLowerASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestClusterSpellings(t *testing.T) {
	tg := &Tagger{clusters: map[string]string{"Japan": "0101", "win": "1100", "us": "0000", "US": "1111"}}
	tests := []struct {
		w    string
		want clusterPath
	}{
		{"Japan", clusterPath{"0101", true}},
		{"JAPAN", clusterPath{"0101", true}}, // title case of a word in capitals
		{"WIN", clusterPath{"1100", true}},   // lower case when no title case
		{"Win", clusterPath{"1100", true}},
		{"US", clusterPath{"1111", true}}, // the word itself first
		{"Nowhere", clusterPath{"", false}},
	}
	for _, tt := range tests {
		if got := tg.cluster(tt.w, toLowerASCII(tt.w)); got != tt.want {
			t.Errorf("cluster(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestCaseFeats(t *testing.T) {
	tg := &Tagger{clusters: map[string]string{"Japan": "0101", "obviously": "1100"}}
	tests := []struct {
		w     string
		upper bool
		want  []uint32
	}{
		{"Obviously", false, []uint32{k2(fCaseKnown, "l", "f")}},
		{"JAPAN", true, []uint32{k1(fCaseKnown, "t"), k1(fW0, "Japan")}},
		{"JAPAN", false, nil}, // title-case features only in headlines
		{"Japan", false, nil},
		{"lower", false, nil},
	}
	for _, tt := range tests {
		got := tg.caseFeats(nil, tt.w, toLowerASCII(tt.w), tt.upper, "f")
		if !slices.Equal(got, tt.want) {
			t.Errorf("caseFeats(%q, upper %v) = %v, want %v", tt.w, tt.upper, got, tt.want)
		}
	}
}

// TestGazetteerKeysRoundTrip checks that a gazetteer read back from its
// entries (as Decode reads a model's) is the one written, also for
// phrases whose lower-cased form tokenizes otherwise.
func TestGazetteerKeysRoundTrip(t *testing.T) {
	g := newGazetteer([]GazetteerEntry{
		{"St. Louis", "train-LOC"},
		{"J. Adams", "train-PER"},
		{"U.S. Open", "train-MISC"},
		{"Côte d'Ivoire", "country"},
		{"New York", "capital"},
		{"New York", "train-ORG"},
	})
	if got := gazetteerOfKeys(g.entries()); !reflect.DeepEqual(got, g) {
		t.Errorf("round trip = %+v, want %+v", got, g)
	}
}
