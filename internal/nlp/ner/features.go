package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature hashing: every feature is a template id and one to three strings,
// hashed with 64-bit FNV-1a. The model keeps 32 bits of it.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hmix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

func h1(t byte, a string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	return hmix(h, a)
}

func h2(t byte, a, b string) uint64 { return hmix(h1(t, a), b) }

func h3(t byte, a, b, c string) uint64 { return hmix(h2(t, a, b), c) }

// Feature template ids.
const (
	fBias byte = iota + 1
	fW0
	fL0
	fLm1
	fLp1
	fLm2
	fLp2
	fWm1
	fWp1
	fS0
	fSm1
	fSp1
	fSm1S0
	fS0Sp1
	fSm1S0Sp1
	fPre
	fSuf
	fLm1L0
	fL0Lp1
	fLm1S0
	fS0Lp1
	fUpperSent
	fFirst
	fGaz0
	fGazM1
	fGazP1
	fClus0
	fClusM1
	fClusP1
	fDocLower
	fDocCapMid
	fT1
	fT2T1
	fT1S0
	fT1L0
	fHist
	fHistMaj
	fLen
	fW0Lp1
	fWm1W0
	fHistAll
	fP1
	fP1m1
	fP1p1
	fDocType
	fDocMaj
	fP1Chunk
)

var boundaryWord = "<s>"

// normWord maps typographic quotes and apostrophes to the ASCII forms the
// CoNLL training data uses.
func normWord(w string) string {
	if !strings.ContainsAny(w, "‘’“”«»`") {
		return w
	}
	r := strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`, "``", `"`, "`", "'")
	return r.Replace(w)
}

// shape maps a word to its compressed character classes: "Kim" -> "Xx",
// "U.S." -> "X.X.", "1996-08-22" -> "d-d-d".
func shape(w string) string {
	var b strings.Builder
	var last rune = -1
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'L'
		}
		if c != last {
			b.WriteRune(c)
			last = c
			n++
			if n > 12 {
				break
			}
		}
	}
	return b.String()
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// docInfo holds what the features need to know about a whole document.
type docInfo struct {
	words     [][]string // normalised words per sentence
	lower     [][]string
	shapes    [][]string
	gaz       [][][]string    // gazetteer features per token
	upper     []bool          // sentence has no lower-case letter (a headline)
	lowerSeen map[string]bool // words seen in lower case in the document
	capMid    map[string]bool // capitalised words seen not sentence-initially
	// pass1 holds stage 1's labels, and docTypes the type counts they give
	// each capitalised word over the whole document; nil in stage 1.
	pass1    [][]int
	docTypes history
}

// setPass1 records stage 1's labels for the stage 2 features.
func (d *docInfo) setPass1(labels [][]int) {
	d.pass1 = labels
	d.docTypes = history{}
	for s, ls := range labels {
		for i, l := range ls {
			d.docTypes.add(d.words[s][i], l)
		}
	}
}

func (t *Tagger) newDocInfo(sents [][]string) *docInfo {
	d := &docInfo{lowerSeen: map[string]bool{}, capMid: map[string]bool{}}
	for _, ws := range sents {
		nw := make([]string, len(ws))
		lw := make([]string, len(ws))
		sh := make([]string, len(ws))
		up := true
		for i, w := range ws {
			nw[i] = normWord(w)
			lw[i] = strings.ToLower(nw[i])
			sh[i] = shape(nw[i])
			if hasLower(nw[i]) {
				up = false
			}
		}
		for i, w := range nw {
			if up {
				continue
			}
			if w == lw[i] && hasLower(w) {
				d.lowerSeen[w] = true
			} else if i > 0 && isCap(w) {
				d.capMid[w] = true
			}
		}
		d.words = append(d.words, nw)
		d.lower = append(d.lower, lw)
		d.shapes = append(d.shapes, sh)
		d.upper = append(d.upper, up)
		d.gaz = append(d.gaz, t.gaz.match(nw))
	}
	return d
}

func at(ws []string, i int) string {
	if i < 0 || i >= len(ws) {
		return boundaryWord
	}
	return ws[i]
}

// static appends the features of token i of sentence s that do not depend
// on earlier decisions.
func (t *Tagger) static(d *docInfo, s, i int, out []uint64) []uint64 {
	w, l, sh := d.words[s], d.lower[s], d.shapes[s]
	w0, l0, s0 := w[i], l[i], sh[i]
	sm1, sp1 := at(sh, i-1), at(sh, i+1)
	lm1, lp1 := at(l, i-1), at(l, i+1)
	out = append(out,
		h1(fBias, ""),
		h1(fW0, w0), h1(fL0, l0),
		h1(fLm1, lm1), h1(fLp1, lp1), h1(fLm2, at(l, i-2)), h1(fLp2, at(l, i+2)),
		h1(fWm1, at(w, i-1)), h1(fWp1, at(w, i+1)),
		h1(fS0, s0), h1(fSm1, sm1), h1(fSp1, sp1),
		h2(fSm1S0, sm1, s0), h2(fS0Sp1, s0, sp1), h3(fSm1S0Sp1, sm1, s0, sp1),
		h2(fLm1L0, lm1, l0), h2(fL0Lp1, l0, lp1),
		h2(fLm1S0, lm1, s0), h2(fS0Lp1, s0, lp1),
		h2(fW0Lp1, w0, lp1), h2(fWm1W0, at(w, i-1), w0),
	)
	// Affixes of the lower-cased word, by code point.
	rs := []rune(l0)
	for k := 1; k <= 4 && k <= len(rs); k++ {
		out = append(out, h2(fPre, string(rune('0'+k)), string(rs[:k])), h2(fSuf, string(rune('0'+k)), string(rs[len(rs)-k:])))
	}
	n := len(rs)
	if n > 9 {
		n = 9
	}
	out = append(out, h2(fLen, s0, string(rune('0'+n))))
	if d.upper[s] {
		out = append(out, h1(fUpperSent, l0))
	}
	if i == 0 {
		out = append(out, h1(fFirst, s0), h2(fFirst, "w", l0))
	}
	for _, g := range d.gaz[s][i] {
		out = append(out, h1(fGaz0, g), h2(fGaz0, g, s0))
	}
	if i > 0 {
		for _, g := range d.gaz[s][i-1] {
			out = append(out, h1(fGazM1, g))
		}
	}
	if i+1 < len(w) {
		for _, g := range d.gaz[s][i+1] {
			out = append(out, h1(fGazP1, g))
		}
	}
	out = t.clusterFeats(out, fClus0, w0)
	if i > 0 {
		out = t.clusterFeats(out, fClusM1, w[i-1])
	}
	if i+1 < len(w) {
		out = t.clusterFeats(out, fClusP1, w[i+1])
	}
	if isCap(w0) {
		first := "m"
		if i == 0 || d.upper[s] {
			first = "f"
		}
		if d.lowerSeen[l0] {
			out = append(out, h1(fDocLower, first))
		}
		if d.capMid[w0] || (d.upper[s] && d.capMid[titleCase(l0)]) {
			out = append(out, h1(fDocCapMid, first))
		}
	}
	if d.pass1 != nil {
		out = t.stage2Feats(d, s, i, out)
	}
	return out
}

// stage2Feats are the non-local features of the second stage: stage 1's
// labels around the token, and the types stage 1 gave the token's other
// occurrences anywhere in the document.
func (t *Tagger) stage2Feats(d *docInfo, s, i int, out []uint64) []uint64 {
	ls := d.pass1[s]
	out = append(out, h1(fP1, labelNames[ls[i]]), h2(fP1, labelNames[ls[i]], d.shapes[s][i]))
	if i > 0 {
		out = append(out, h1(fP1m1, labelNames[ls[i-1]]))
	}
	if i+1 < len(ls) {
		out = append(out, h1(fP1p1, labelNames[ls[i+1]]))
	}
	c := d.docTypes[d.words[s][i]]
	if c == nil {
		return out
	}
	own := labelType(ls[i]) + 1
	best, total := -1, int32(0)
	for k, n := range c {
		if k == own {
			n--
		}
		if n <= 0 {
			continue
		}
		total += n
		out = append(out, h1(fDocType, typeKeys[k]))
		if best < 0 || n > c[best] {
			best = k
		}
	}
	if best >= 0 {
		out = append(out, h1(fDocMaj, typeKeys[best]), h2(fDocMaj, typeKeys[best], labelNames[ls[i]]))
	}
	return out
}

func titleCase(l string) string {
	r, n := utf8.DecodeRuneInString(l)
	return string(unicode.ToUpper(r)) + l[n:]
}

var clusterPrefixes = [...]int{4, 6, 10, 14, 20}

func (t *Tagger) clusterFeats(out []uint64, tmpl byte, w string) []uint64 {
	p, ok := t.clusters[w]
	if !ok {
		p, ok = t.clusters[strings.ToLower(w)]
	}
	if !ok {
		return append(out, h1(tmpl, "?"))
	}
	for _, k := range clusterPrefixes {
		if k > len(p) {
			k = len(p)
		}
		out = append(out, h1(tmpl, p[:k]))
		if k == len(p) {
			break
		}
	}
	return out
}

// history records, per word, the types the tagger gave its earlier
// occurrences in the document (Ratinov & Roth's "extended prediction
// history").
type history map[string]*[numTypes + 1]int32

func (h history) add(w string, lbl int) {
	if !isCap(w) {
		return
	}
	c := h[w]
	if c == nil {
		c = new([numTypes + 1]int32)
		h[w] = c
	}
	c[labelType(lbl)+1]++
}

var typeKeys = [...]string{"O", "PER", "ORG", "LOC", "MISC"}

// dynamic appends the features that depend on the labels already chosen:
// the previous two labels and the document's prediction history.
func (t *Tagger) dynamic(d *docInfo, s, i int, prev1, prev2 int, hist history, out []uint64) []uint64 {
	p1, p2 := "<s>", "<s>"
	if i > 0 {
		p1 = labelNames[prev1]
	}
	if i > 1 {
		p2 = labelNames[prev2]
	}
	out = append(out, h1(fT1, p1), h2(fT2T1, p2, p1), h2(fT1S0, p1, d.shapes[s][i]), h2(fT1L0, p1, d.lower[s][i]))
	if c := hist[d.words[s][i]]; c != nil {
		best, total := 0, int32(0)
		for k, n := range c {
			total += n
			if n > 0 {
				out = append(out, h1(fHist, typeKeys[k]))
			}
			if n > c[best] {
				best = k
			}
		}
		out = append(out, h1(fHistMaj, typeKeys[best]))
		if c[best] == total {
			out = append(out, h1(fHistAll, typeKeys[best]))
		}
	}
	return out
}
