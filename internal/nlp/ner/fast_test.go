package ner

import (
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// stageScorer scores every feature of a token with one stage's weights of
// the joint table: the plain way label's precomputed sums must agree with.
type stageScorer struct {
	m     *jointTable
	stage int
}

func (s stageScorer) score(feats []uint32, sc *[numLabels]float32) {
	var acc steps
	if s.stage == 0 {
		s.m.add(feats, &acc, nil)
	} else {
		s.m.add(feats, nil, &acc)
	}
	s.m.scores(s.stage, &acc, sc)
}

func (stageScorer) update([]uint32, int, int) {}

func sentenceWords(text string) [][]string {
	var out [][]string
	for _, s := range tokenize.Sentences(text) {
		ws := make([]string, len(s.Tokens))
		for i, tk := range s.Tokens {
			ws[i] = tk.Text
		}
		out = append(out, ws)
	}
	return out
}

// plainStatic sums the static features of every token of a document made
// without split, feature by feature, for both stages.
func plainStatic(tg *Tagger, d *docInfo) [][][2]sums {
	out := make([][][2]sums, len(d.words))
	for s, ws := range d.words {
		out[s] = make([][2]sums, len(ws))
		for i := range ws {
			var a1, a2 steps
			tg.weights.add(d.staticFeats(s, i), &a1, &a2)
			out[s][i] = [2]sums{a1.sums(), a2.sums()}
		}
	}
	return out
}

// TestLabelMatchesPlainScoring checks on real news that label (word
// features scored once per word, static features once for both stages,
// the lexicon) gives the labels of scoring all features of every token.
func TestLabelMatchesPlainScoring(t *testing.T) {
	tg := load(t)
	docs := kcnaTexts(t, 60)
	docs = append(docs, "Kim Jong Un met Donald Trump in Singapore on June 12, 2018.", "")
	for _, text := range docs {
		doc := sentenceWords(text)
		d := tg.newDocInfo(doc, false, nil)
		static := plainStatic(tg, d)
		d.setPass1(tg.viterbi(d, static, 0, nil))
		want := tg.viterbi(d, static, 1, nil)
		if got := tg.label(doc); !reflect.DeepEqual(got, want) {
			t.Fatalf("labels of %.60q differ:\n got %v\nwant %v", text, got, want)
		}
	}
}

// TestJoinTables checks that the joint table gives each stage's weights.
// TestDecodeDocMatchesGreedyScoring checks that decodeDoc, scoring with
// each stage's weights, labels like a greedy search over label's sums.
func TestDecodeDocMatchesGreedyScoring(t *testing.T) {
	tg := load(t)
	doc := sentenceWords("Kim Jong Un met Donald Trump in Singapore on June 12, 2018.")
	d := tg.newDocInfo(doc, false, nil)
	d.setPass1(tg.decodeDoc(d, stageScorer{tg.weights, 0}, nil))
	got := tg.decodeDoc(d, stageScorer{tg.weights, 1}, nil)
	if len(got) != 1 || len(got[0]) != len(doc[0]) {
		t.Fatalf("decodeDoc: %v", got)
	}
	if got[0][0] != label(0, posB) || got[0][2] != label(0, posL) {
		t.Errorf("decodeDoc labels %v: want Kim Jong Un as B-PER ... L-PER", got[0])
	}
}

func TestJoinTables(t *testing.T) {
	st1 := &stageTable{scale: 0.5, keys: []uint32{3, 7}, start: []int32{0, 2, 3}, lab: []uint8{0, 5}, q: []int16{4, -2}}
	st1.lab = append(st1.lab, 16)
	st1.q = append(st1.q, 9)
	st2 := &stageTable{scale: 2, keys: []uint32{7, 11}, start: []int32{0, 1, 3}, lab: []uint8{1, 2, 16}, q: []int16{-1, 6, 30000}}
	m := joinTables(st1, st2)
	tests := []struct {
		feats  []uint32
		s1, s2 map[int]int32
	}{
		{[]uint32{3}, map[int]int32{0: 4, 5: -2}, nil},
		{[]uint32{7}, map[int]int32{16: 9}, map[int]int32{1: -1}},
		{[]uint32{11, 3, 99}, map[int]int32{0: 4, 5: -2}, map[int]int32{2: 6, 16: 30000}},
		{[]uint32{99, 0, 1<<32 - 1}, nil, nil},
	}
	for _, tt := range tests {
		var a1, a2 steps
		m.add(tt.feats, &a1, &a2)
		for stage, want := range []map[int]int32{tt.s1, tt.s2} {
			got := [...]steps{a1, a2}[stage]
			for l := range numLabels {
				if got[l] != want[l] {
					t.Errorf("feats %v stage %d label %d: %d, want %d", tt.feats, stage+1, l, got[l], want[l])
				}
			}
		}
	}
	var sc [numLabels]float32
	a := steps{16: 3}
	m.scores(1, &a, &sc)
	if sc[16] != 6 {
		t.Errorf("scores: %v, want 6 for label 16", sc[16])
	}
}
