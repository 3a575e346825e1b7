package ner

import (
	"strings"
	"sync/atomic"
)

// lexicon holds, for the words of the model's cluster vocabulary (almost
// every word of news text: 99% of the tokens of the KCNA corpus), what the
// features need to know of the word alone, and the scores of its word
// features (wordFeats) in each role for both stages. A word's entry is
// computed the first time a text has it and then kept, so that tagging
// looks up few features besides those of word pairs and of earlier
// decisions. The entries are pure functions of the word and the weights:
// two goroutines computing one at the same time store equal values.
type lexicon struct {
	index map[string]int32
	words []lexWord
}

type lexWord struct {
	word, cluster string
	entry         atomic.Pointer[lexEntry]
}

type lexEntry struct {
	lower, shape string
	hasLower     bool
	sums         [numRoles][2]sums
}

// newLexicon makes the (empty) lexicon of the tagger's cluster vocabulary,
// for the tagger's weights.
func (t *Tagger) newLexicon() lexicon {
	lx := lexicon{index: make(map[string]int32, len(t.clusters)), words: make([]lexWord, len(t.clusters))}
	i := 0
	for w, p := range t.clusters {
		lx.words[i].word, lx.words[i].cluster = w, p
		lx.index[w] = int32(i)
		i++
	}
	return lx
}

// entry returns word x's entry, computing it if no text has had the word.
func (t *Tagger) entry(x int32) *lexEntry {
	lw := &t.lex.words[x]
	if e := lw.entry.Load(); e != nil {
		return e
	}
	w := lw.word
	e := &lexEntry{lower: strings.ToLower(w), shape: shape(w), hasLower: hasLower(w)}
	var buf [32]uint32
	for role := range numRoles {
		feats := wordFeats(w, e.lower, e.shape, clusterPath{lw.cluster, true}, role, buf[:0])
		var a1, a2 steps
		t.weights.add(feats, &a1, &a2)
		e.sums[role] = [2]sums{a1.sums(), a2.sums()}
	}
	lw.entry.Store(e)
	return e
}

// setWeights installs the weights, with a lexicon for them.
func (t *Tagger) setWeights(m *jointTable) {
	t.weights = m
	t.lex = t.newLexicon()
	t.trans = newTrans(m)
}
