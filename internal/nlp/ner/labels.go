package ner

// Entity types, in label order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

// The tagger's labels are BILOU: O, then for each type B-, I-, L- (last)
// and U- (unit). Ratinov & Roth (2009) found BILOU better than BIO for
// greedy decoding.
const (
	numTypes  = len(types)
	numLabels = 1 + 4*numTypes
	lblO      = 0
)

const (
	posB = iota
	posI
	posL
	posU
)

func label(typ, pos int) int { return 1 + typ*4 + pos }

func labelType(l int) int {
	if l == lblO {
		return -1
	}
	return (l - 1) / 4
}

func labelPos(l int) int { return (l - 1) % 4 }

var labelNames = func() [numLabels]string {
	var n [numLabels]string
	n[0] = "O"
	for t, name := range types {
		for p, pre := range [...]string{"B-", "I-", "L-", "U-"} {
			n[label(t, p)] = pre + name
		}
	}
	return n
}()

func typeIndex(name string) int {
	for i, t := range types {
		if t == name {
			return i
		}
	}
	return -1
}

// validAfter reports whether label cur may follow label prev; last says
// cur is the sentence's last token (so it must close any entity).
func validAfter(prev, cur int, last bool) bool {
	if last {
		return validTable[prev][cur]&2 != 0
	}
	return validTable[prev][cur]&1 != 0
}

// validTable holds validAfter's answers: bit 0 for a token that is not the
// sentence's last, bit 1 for the last. It is read only.
var validTable = func() (v [numLabels][numLabels]uint8) {
	for prev := range numLabels {
		for cur := range numLabels {
			for bit, last := range [...]bool{false, true} {
				if isValidAfter(prev, cur, last) {
					v[prev][cur] |= 1 << bit
				}
			}
		}
	}
	return v
}()

func isValidAfter(prev, cur int, last bool) bool {
	open := prev != lblO && (labelPos(prev) == posB || labelPos(prev) == posI)
	if cur == lblO {
		return !open
	}
	p := labelPos(cur)
	if last && (p == posB || p == posI) {
		return false
	}
	if open {
		return labelType(cur) == labelType(prev) && (p == posI || p == posL)
	}
	return p == posB || p == posU
}

// chunksToBILOU turns phrases into one BILOU label per token.
func chunksToBILOU(n int, chunks []Chunk) []int {
	out := make([]int, n)
	for _, c := range chunks {
		t := typeIndex(c.Type)
		if t < 0 || c.Start < 0 || c.End > n || c.End <= c.Start {
			continue
		}
		if c.End-c.Start == 1 {
			out[c.Start] = label(t, posU)
			continue
		}
		out[c.Start] = label(t, posB)
		for i := c.Start + 1; i < c.End-1; i++ {
			out[i] = label(t, posI)
		}
		out[c.End-1] = label(t, posL)
	}
	return out
}

// bilouToChunks reads phrases back from a valid BILOU sequence.
func bilouToChunks(ls []int) []Chunk {
	var out []Chunk
	start := -1
	for i, l := range ls {
		if l == lblO {
			start = -1
			continue
		}
		switch labelPos(l) {
		case posU:
			out = append(out, Chunk{Type: types[labelType(l)], Start: i, End: i + 1})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, Chunk{Type: types[labelType(l)], Start: start, End: i + 1})
			}
			start = -1
		}
	}
	return out
}

// chunksToIOB2 writes phrases as IOB2 tags.
func chunksToIOB2(n int, chunks []Chunk) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, c := range chunks {
		for i := c.Start; i < c.End && i < n; i++ {
			if i == c.Start {
				out[i] = "B-" + c.Type
			} else {
				out[i] = "I-" + c.Type
			}
		}
	}
	return out
}
