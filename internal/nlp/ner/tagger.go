package ner

import (
	_ "embed"
	"fmt"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// Tagger finds named entities. It is safe for concurrent use: tagging
// reads the model only.
type Tagger struct {
	stage1   *weightTable      // local and prediction-history features
	stage2   *weightTable      // plus features from stage 1's labels of the whole document
	clusters map[string]string // word -> binary cluster path
	gaz      gazetteer
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
	rs := []rune(text)
	var out []Entity
	for i, s := range sents {
		for _, c := range bilouToChunks(labels[i]) {
			start, end := s.Tokens[c.Start].Start, s.Tokens[c.End-1].End
			out = append(out, Entity{Text: string(rs[start:end]), Type: c.Type, Start: start, End: end})
		}
	}
	return out
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
func (t *Tagger) label(doc [][]string) [][]int {
	d := t.newDocInfo(doc)
	d.setPass1(t.decodeDoc(d, t.stage1, nil))
	return t.decodeDoc(d, t.stage2, nil)
}

// learner scores and, in training, updates: decodeDoc calls score for every
// token and update where the guess differs from the gold label.
type learner interface {
	score(feats []uint64, sc *[numLabels]float32)
	update(feats []uint64, gold, guess int)
}

// decodeDoc labels a document greedily left to right under the BILOU
// constraints. With a learner and gold labels it trains on the way.
func (t *Tagger) decodeDoc(d *docInfo, lr learner, gold [][]int) [][]int {
	var sc [numLabels]float32
	hist := history{}
	feats := make([]uint64, 0, 128)
	out := make([][]int, len(d.words))
	for s, ws := range d.words {
		ls := make([]int, len(ws))
		for i := range ws {
			feats = t.static(d, s, i, feats[:0])
			p1, p2 := lblO, lblO
			if i > 0 {
				p1 = ls[i-1]
			}
			if i > 1 {
				p2 = ls[i-2]
			}
			feats = t.dynamic(d, s, i, p1, p2, hist, feats)
			sc = [numLabels]float32{}
			lr.score(feats, &sc)
			best := -1
			last := i == len(ws)-1
			for l := range numLabels {
				if validAfter(p1, l, last) && (best < 0 || sc[l] > sc[best]) {
					best = l
				}
			}
			ls[i] = best
			if gold != nil && gold[s][i] != best {
				lr.update(feats, gold[s][i], best)
			}
		}
		for i, w := range ws {
			hist.add(w, ls[i])
		}
		out[s] = ls
	}
	return out
}
