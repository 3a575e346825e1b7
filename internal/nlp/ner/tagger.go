package ner

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// Tagger finds named entities. It is safe for concurrent use: tagging
// reads the model, and keeps the scores of the words it meets in a cache
// of atomic pointers (see lexicon).
type Tagger struct {
	// weights are both stages': stage 1 has local and prediction-history
	// features, stage 2 those and features from stage 1's labels of the
	// whole document.
	weights  *jointTable
	lex      lexicon           // set with weights
	clusters map[string]string // word -> binary cluster path
	gaz      gazetteer
	trans    *[2]transSums // set with weights
	// scratch holds label's buffers between documents (*labelScratch):
	// they were most of what tagging allocated, and so of its garbage
	// collection.
	scratch sync.Pool
}

// labelScratch is the memory label reuses.
type labelScratch struct {
	feats  []uint32
	static [][2]sums
	words  [][numRoles][2]sums
	back   [][numLabels + 1][numLabels]int8
}

// Entity is one named entity found in a text.
type Entity struct {
	// Text is the entity's text as it appears in the input.
	Text string
	// Type is PER, ORG, LOC or MISC (the CoNLL-2003 types).
	Type string
	// Start and End are code-point offsets into the input, End exclusive.
	Start, End int
}

//go:embed model.bin
var embedded []byte

// Load returns the tagger embedded in the binary (trained by
// `go run ./cmd/train ner`).
func Load() (*Tagger, error) {
	t, err := Decode(embedded)
	if err != nil {
		return nil, fmt.Errorf("embedded ner model: %w", err)
	}
	return t, nil
}

// Tag finds the entities of a text, treated as one document: the tagger
// uses what it decided for earlier mentions of a word in the text.
func (t *Tagger) Tag(text string) []Entity {
	sents := tokenize.Sentences(text)
	if len(sents) == 0 {
		return nil
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		ws := make([]string, len(s.Tokens))
		for j, tk := range s.Tokens {
			ws[j] = tk.Text
		}
		words[i] = ws
	}
	labels := t.label(words)
	// The entities come in text order, so one pass over the text turns
	// their code-point offsets into byte offsets. Text that is not valid
	// UTF-8 goes through its runes, as they replace each invalid byte.
	var rs []rune
	if !utf8.ValidString(text) {
		rs = []rune(text)
	}
	at := byteOffsets{text: text}
	var out []Entity
	for i, s := range sents {
		for _, c := range bilouToChunks(labels[i]) {
			start, end := s.Tokens[c.Start].Start, s.Tokens[c.End-1].End
			var et string
			if rs != nil {
				et = string(rs[start:end])
			} else {
				// A copy: the entity may outlive the text.
				et = strings.Clone(text[at.of(start):at.of(end)])
			}
			out = append(out, Entity{Text: et, Type: c.Type, Start: start, End: end})
		}
	}
	return out
}

// byteOffsets turns code-point offsets into a valid UTF-8 text into byte
// offsets, for offsets that never decrease.
type byteOffsets struct {
	text string
	b, r int // code point r starts at byte b
}

// of returns the byte offset of code point r.
func (o *byteOffsets) of(r int) int {
	for ; o.r < r; o.r++ {
		_, n := utf8.DecodeRuneInString(o.text[o.b:])
		o.b += n
	}
	return o.b
}

// TagSentences tags one document given as tokenized sentences and returns
// IOB2 tags (B-PER, I-PER, O, ...) per token. It is the token-level API the
// CoNLL evaluation uses.
func (t *Tagger) TagSentences(doc [][]string) [][]string {
	labels := t.label(doc)
	out := make([][]string, len(doc))
	for i, ls := range labels {
		out[i] = chunksToIOB2(len(ls), bilouToChunks(ls))
	}
	return out
}

// label runs both stages over a document.
//
// The features that depend on neither stage nor earlier decisions are
// scored first, for both stages at once: those of each distinct word of the
// document (wordFeats) once per word and role, the others once per token.
// The two Viterbi passes then add only their own features. The sums are
// exact, so this gives what scoring every feature of every token would.
func (t *Tagger) label(doc [][]string) [][]int {
	sc, _ := t.scratch.Get().(*labelScratch)
	if sc == nil {
		sc = new(labelScratch)
	}
	defer t.scratch.Put(sc)
	d := t.newDocInfo(doc, true, sc.feats[:0])
	defer func() { sc.feats = d.feats[:0] }()
	m := t.weights
	var buf []uint32
	words := make([]*[numRoles][2]sums, len(d.vocab))
	unknown := 0 // words the lexicon lacks: their sums go in sc.words
	for v := range d.vocab {
		if d.lex[v] == nil {
			unknown++
		}
	}
	if cap(sc.words) < unknown {
		sc.words = make([][numRoles][2]sums, unknown)
	}
	own := sc.words[:unknown]
	for v := range d.vocab {
		if e := d.lex[v]; e != nil {
			words[v] = &e.sums
			continue
		}
		words[v] = &own[0]
		own = own[1:]
		for role := range numRoles {
			buf = d.wordFeats(int32(v), role, buf[:0])
			var a1, a2 steps
			m.add(buf, &a1, &a2)
			words[v][role] = [2]sums{a1.sums(), a2.sums()}
		}
	}
	agg := make([][2]sums, len(d.agg))
	for a, fs := range d.agg {
		var a1, a2 steps
		m.add(fs, &a1, &a2)
		agg[a] = [2]sums{a1.sums(), a2.sums()}
	}
	tokens := 0
	for _, ws := range d.words {
		tokens += len(ws)
	}
	if cap(sc.static) < tokens {
		sc.static = make([][2]sums, tokens)
	}
	flat := sc.static[:tokens]
	static := make([][][2]sums, len(d.words))
	for s, ws := range d.words {
		static[s], flat = flat[:len(ws):len(ws)], flat[len(ws):]
		ids := d.ids[s]
		for i := range ws {
			var acc [2]steps
			m.add(d.staticFeats(s, i), &acc[0], &acc[1])
			for k := range acc {
				acc[k].plus(&words[ids[i]][roleSelf][k])
				if a := d.aggID[ids[i]]; a >= 0 {
					acc[k].plus(&agg[a][k])
				}
				if i > 0 {
					acc[k].plus(&words[ids[i-1]][roleLeft][k])
				}
				if i+1 < len(ws) {
					acc[k].plus(&words[ids[i+1]][roleRight][k])
				}
				static[s][i][k] = acc[k].sums()
			}
		}
	}
	d.setPass1(t.viterbi(d, static, 0, &sc.back))
	return t.viterbi(d, static, 1, &sc.back)
}

// bestLabel returns the best scoring label that may follow prev.
func bestLabel(sc *[numLabels]float32, prev int, last bool) int {
	best := -1
	for l := range numLabels {
		if validAfter(prev, l, last) && (best < 0 || sc[l] > sc[best]) {
			best = l
		}
	}
	return best
}

// localGuess returns the best scoring label, whether or not it may follow
// the previous one. Training updates against it, not against bestLabel:
// so the model learns to score the labels that may not follow low by
// itself, and viterbi can normalise the local scores over all labels, the
// mass of the invalid ones penalising a path that is forced on. Updating
// against bestLabel left those scores untrained, and the normalisation
// over the valid labels alone let an entity run on cheaply (F1 on
// eng.testa 0.911 against 0.93). Ties go to valid, the best label that
// may follow.
func localGuess(sc *[numLabels]float32, valid int) int {
	best := valid
	for l := range numLabels {
		if sc[l] > sc[best] {
			best = l
		}
	}
	return best
}

// learner scores and updates in training: decodeDoc calls score for every
// token and update where the guess differs from the gold label.
type learner interface {
	score(feats []uint32, sc *[numLabels]float32)
	update(feats []uint32, gold, guess int)
}

// decodeDoc labels a document (made without split) greedily left to right
// under the BILOU constraints, scoring with a learner (training is greedy;
// label decodes with viterbi over the same scores). With
// gold labels it trains on the way.
func (t *Tagger) decodeDoc(d *docInfo, lr learner, gold [][]int) [][]int {
	var sc [numLabels]float32
	hist := d.newHistory()
	feats := make([]uint32, 0, 128)
	out := make([][]int, len(d.words))
	for s, ws := range d.words {
		ls := make([]int, len(ws))
		for i := range ws {
			feats = append(feats[:0], d.staticFeats(s, i)...)
			if d.pass1 != nil {
				feats = t.stage2Feats(d, s, i, feats)
			}
			p1, p2 := prevLabels(ls, i)
			feats = t.dynamic(d, s, i, p1, p2, hist, feats)
			sc = [numLabels]float32{}
			lr.score(feats, &sc)
			best := bestLabel(&sc, p1, i == len(ws)-1)
			ls[i] = best
			if gold != nil {
				if guess := localGuess(&sc, best); guess != gold[s][i] {
					lr.update(feats, gold[s][i], guess)
				}
			}
		}
		for i, l := range ls {
			hist.add(d.keyID(s, i), l)
		}
		out[s] = ls
	}
	return out
}

// prevLabels returns the labels of the two tokens before token i of a
// sentence labelled so far by ls, O before the sentence start.
func prevLabels(ls []int, i int) (p1, p2 int) {
	p1, p2 = lblO, lblO
	if i > 0 {
		p1 = ls[i-1]
	}
	if i > 1 {
		p2 = ls[i-2]
	}
	return p1, p2
}
