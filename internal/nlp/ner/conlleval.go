package ner

// Chunk is one entity phrase in a tag sequence: tokens [Start, End) of type
// Type.
type Chunk struct {
	Type       string
	Start, End int
}

// splitTag splits a tag at its first hyphen into prefix and type; "O" (and
// anything without a hyphen) has prefix "O" and empty type.
func splitTag(tag string) (prefix, typ string) {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' {
			return tag[:i], tag[i+1:]
		}
	}
	if tag == "O" || tag == "" {
		return "O", ""
	}
	return tag, ""
}

// chunkEnds reports whether a chunk ends between a token tagged (pp, pt)
// and one tagged (p, t), by the conlleval rules.
func chunkEnds(pp, pt, p, t string) bool {
	switch {
	case (pp == "B" || pp == "I") && (p == "B" || p == "O"):
		return true
	case pp == "E" && (p == "E" || p == "I" || p == "O"):
		return true
	}
	return pp != "O" && pp != "." && pt != t
}

// chunkStarts reports whether a chunk starts at a token tagged (p, t) after
// one tagged (pp, pt), by the conlleval rules.
func chunkStarts(pp, pt, p, t string) bool {
	switch {
	case p == "B":
		return true
	case (pp == "E" || pp == "O") && (p == "E" || p == "I"):
		return true
	}
	return p != "O" && p != "." && pt != t
}

// Chunks returns the entity phrases of one sentence's tags, read by the
// conlleval rules (so IOB1 and IOB2 give the same phrases; S- tags of
// IOBES are not understood, as in conlleval; the bracket tags "[" and "]"
// that conlleval also knows are not supported).
func Chunks(tags []string) []Chunk {
	var out []Chunk
	pp, pt := "O", ""
	open := -1
	for i, tag := range tags {
		p, t := splitTag(tag)
		if open >= 0 && chunkEnds(pp, pt, p, t) {
			out = append(out, Chunk{Type: pt, Start: open, End: i})
			open = -1
		}
		if chunkStarts(pp, pt, p, t) {
			open = i
		}
		pp, pt = p, t
	}
	if open >= 0 {
		out = append(out, Chunk{Type: pt, Start: open, End: len(tags)})
	}
	return out
}

// Counts are phrase and token counts for one entity type or overall.
type Counts struct {
	Gold    int `json:"gold"`
	Found   int `json:"found"`
	Correct int `json:"correct"`
}

// Precision is Correct/Found (0 when nothing was found).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Found) }

// Recall is Correct/Gold (0 when there is no gold phrase).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score accumulates conlleval statistics over sentences.
type Score struct {
	Tokens        int               `json:"tokens"`
	CorrectTokens int               `json:"correct_tokens"`
	Overall       Counts            `json:"overall"`
	ByType        map[string]Counts `json:"by_type"`
}

// Add scores one sentence: gold and predicted tags for the same tokens.
// A length mismatch counts the missing predictions as "O".
func (s *Score) Add(gold, pred []string) {
	if s.ByType == nil {
		s.ByType = map[string]Counts{}
	}
	p := make([]string, len(gold))
	for i := range p {
		p[i] = "O"
		if i < len(pred) {
			p[i] = pred[i]
		}
	}
	for i := range gold {
		s.Tokens++
		if gold[i] == p[i] {
			s.CorrectTokens++
		}
	}
	g, f := Chunks(gold), Chunks(p)
	gs := make(map[Chunk]bool, len(g))
	for _, c := range g {
		gs[c] = true
		s.Overall.Gold++
		bt := s.ByType[c.Type]
		bt.Gold++
		s.ByType[c.Type] = bt
	}
	for _, c := range f {
		s.Overall.Found++
		bt := s.ByType[c.Type]
		bt.Found++
		if gs[c] {
			s.Overall.Correct++
			bt.Correct++
		}
		s.ByType[c.Type] = bt
	}
}

// Accuracy is the token accuracy (all tokens, "O" included).
func (s *Score) Accuracy() float64 { return ratio(s.CorrectTokens, s.Tokens) }
