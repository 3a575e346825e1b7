package ner

import (
	"reflect"
	"strings"
	"testing"
)

// TestLocalGuess checks the label training updates against: the best of
// all labels, ties going to the best valid one.
func TestLocalGuess(t *testing.T) {
	var sc [numLabels]float32
	bPer, iPer, lPer := label(0, posB), label(0, posI), label(0, posL)
	sc[lblO], sc[iPer], sc[lPer] = 1, 3, 2
	if got := localGuess(&sc, bestLabel(&sc, lblO, false)); got != iPer {
		t.Errorf("after O: guess %s, want I-PER (invalid but best)", labelNames[got])
	}
	sc[bPer] = 3 // ties with I-PER, and may follow O
	if got := localGuess(&sc, bestLabel(&sc, lblO, false)); got != bPer {
		t.Errorf("tie: guess %s, want B-PER", labelNames[got])
	}
}

// TestViterbiNormalisesOverAllLabels checks that a path forced to go on
// pays for the labels it may not take: a first token that is a little
// more likely B-PER than U-PER, then a token the model is sure is O,
// must come out U-PER O, not B-PER L-PER (label bias).
func TestViterbiNormalisesOverAllLabels(t *testing.T) {
	tg := &Tagger{}
	m := &jointTable{scale: [2]float32{1 / vitBeta, 1 / vitBeta}} // local scores in nats
	tg.weights, tg.trans = m, newTrans(m)
	d := tg.newDocInfo([][]string{{"Lentini", "said"}}, true, nil)
	var first, second sums
	first[label(0, posB)], first[label(0, posU)] = 10, 9
	second[lblO], second[label(0, posL)], second[label(0, posI)] = 20, 5, 4
	static := [][][2]sums{{{first, first}, {second, second}}}
	for stage := range 2 {
		if stage == 1 {
			d.setPass1([][]int{{lblO, lblO}})
		}
		got := tg.viterbi(d, static, stage, nil)
		want := [][]int{{label(0, posU), lblO}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("stage %d: %v, want U-PER O", stage+1, got)
		}
	}
	// Where the second token is likely part of the name, the name goes on.
	second[label(0, posL)] = 25
	static = [][][2]sums{{{first, first}, {second, second}}}
	if got := tg.viterbi(d, static, 0, nil); !reflect.DeepEqual(got, [][]int{{label(0, posB), label(0, posL)}}) {
		t.Errorf("likely continuation: %v, want B-PER L-PER", got)
	}
}

// TestWeightSumMean checks that averaging runs takes the mean of each
// feature's weights over the runs, a feature missing from a run counting
// as zero there.
func TestWeightSumMean(t *testing.T) {
	var ws weightSum
	ws.add([]uint32{5, 9}, [][numLabels]float32{{0: 2, 3: -4}, {1: 6}})
	ws.add([]uint32{2, 9}, [][numLabels]float32{{2: 8}, {1: 2, 4: 1}})
	keys, dense := ws.mean()
	if !reflect.DeepEqual(keys, []uint32{2, 5, 9}) {
		t.Fatalf("keys %v", keys)
	}
	want := [][numLabels]float32{{2: 4}, {0: 1, 3: -2}, {1: 4, 4: 0.5}}
	if !reflect.DeepEqual(dense, want) {
		t.Errorf("mean %v, want %v", dense, want)
	}
}

// TestCaseSig checks the forms of a capitalised word the case signature
// finds in the cluster vocabulary.
func TestCaseSig(t *testing.T) {
	tg := &Tagger{clusters: map[string]string{"Fire": "0", "fire": "1", "Petofi": "0", "Nato": "1", "NATO": "1"}}
	tests := []struct{ w, want string }{
		{"Fire", "ccl"},   // capitalised and in lower case
		{"FIRE", "-tl"},   // a headline word: its title case and lower case
		{"Petofi", "cc-"}, // a name: never in lower case
		{"NATO", "ct-"},
		{"Ruch", "---"},
		{"fire", ""}, // not capitalised
	}
	for _, tt := range tests {
		if got := tg.caseSig(tt.w, strings.ToLower(tt.w)); got != tt.want {
			t.Errorf("caseSig(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

// TestTableRow checks which sentences read like rows of a results table.
func TestTableRow(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Wigan 42 Bradford Bulls 36", true},
		{"Radnicki ( N ) 3 1 0 2 5 6 3", true},
		{"NEW YORK 1996-08-30", true},
		{"Wigan beat Bradford 42-36 on Sunday .", false}, // has words in lower case
		{"Wigan Warriors", false},                        // no number
	}
	for _, tt := range tests {
		ws := strings.Fields(tt.text)
		lw := make([]string, len(ws))
		for i, w := range ws {
			lw[i] = strings.ToLower(w)
		}
		if got := tableRow(ws, lw); got != tt.want {
			t.Errorf("tableRow(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
