package ner

import (
	"slices"
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

// k1, k2 and k3 are the model's 32-bit keys of h1, h2 and h3.
func k1(t byte, a string) uint32 { return key32(h1(t, a)) }

func k2(t byte, a, b string) uint32 { return key32(h2(t, a, b)) }

func k3(t byte, a, b, c string) uint32 { return key32(h3(t, a, b, c)) }

// digits holds the one-character strings "0" to "9" that some features
// join to their values.
const digits = "0123456789"

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
	fCtxAgg
	fHyph
	fP1m2
	fP1p2
	fCaseSig
	fTable
	fTopic
	fDocPart
)

var boundaryWord = "<s>"

// normWord maps typographic quotes and apostrophes to the ASCII forms the
// CoNLL training data uses.
func normWord(w string) string {
	if !strings.ContainsAny(w, "‘’“”«»`") {
		return w
	}
	return quoteNorm.Replace(w)
}

// quoteNorm is normWord's replacer (a Replacer is safe for concurrent use).
var quoteNorm = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`, "``", `"`, "`", "'")

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
	table     []bool          // sentence has digits and no lower-case word (a table row)
	lowerSeen map[string]bool // words seen in lower case in the document
	capMid    map[string]bool // capitalised words seen not sentence-initially
	// pass1 holds stage 1's labels, and docTypes the type counts they give
	// each capitalised word over the whole document; nil in stage 1.
	pass1    [][]int
	docTypes history
	// parts holds, per capitalised key (by keyID), where stage 1 put it
	// in its names of more than one word anywhere in the document: bit
	// 3*type+pos for the first (pos 0), a middle (1) or the last word (2)
	// of a name of that type. A surname alone is a person when the
	// document gave the full name; "Jones" is a company when it opened
	// "Jones Medical Industries Inc".
	parts []uint16
	// feats holds every token's stage-independent features (static), both
	// stages' share; those of token i of sentence s are
	// feats[stat[s][i]:stat[s][i+1]].
	feats []uint32
	stat  [][]int32
	// vocab holds the document's distinct words (vlower, vshape and clus
	// their lower case, shape and cluster path) and ids each token's index
	// in it.
	vocab, vlower, vshape []string
	clus                  []clusterPath
	vcase                 []string // see caseSig
	ids                   [][]int32
	lex                   []*lexEntry // the words' lexicon entries (nil for none)
	// agg holds, per capitalised key, the features of the words around
	// all its occurrences in the document (Ratinov & Roth's context
	// aggregation). They are the same for every token of the key, so label
	// scores them once per key; with split set, static leaves them out.
	// A token's key is its word as the document-level features know it
	// (see newDocInfo and keyID).
	agg   [][]uint32
	aggID []int32 // per distinct word, its key's agg index (-1 for none)
	// split says feats leaves out the word features (wordFeats), which
	// are scored once per distinct word: see label.
	split bool
	// topic is the lower-cased word or two that open a headline of the
	// form "SOCCER - ..." or "RUGBY UNION - ...", the desk the story comes
	// from ("" for none; see docTopic): on the sports desks a town's name
	// is mostly its team's.
	topic string
}

// staticFeats returns the stage-independent features of token i of
// sentence s.
func (d *docInfo) staticFeats(s, i int) []uint32 { return d.feats[d.stat[s][i]:d.stat[s][i+1]] }

// setPass1 records stage 1's labels for the stage 2 features.
func (d *docInfo) setPass1(labels [][]int) {
	d.pass1 = labels
	d.docTypes = d.newHistory()
	d.parts = make([]uint16, len(d.agg))
	for s, ls := range labels {
		for i, l := range ls {
			a := d.keyID(s, i)
			if a < 0 {
				continue // not capitalised
			}
			d.docTypes.add(a, l)
			if l == lblO || labelPos(l) == posU {
				continue
			}
			pos := 1
			switch labelPos(l) {
			case posB:
				pos = 0
			case posL:
				pos = 2
			}
			d.parts[a] |= 1 << (3*labelType(l) + pos)
		}
	}
}

// keyID returns the index in d.agg of the key of token i of sentence s,
// or -1 for a key not capitalised. A word has one key in a document (see
// newDocInfo), though two words may share it ("JAPAN" in a headline and
// "Japan").
func (d *docInfo) keyID(s, i int) int32 { return d.aggID[d.ids[s][i]] }

// newDocInfo reads a document for its features; feats, when it has room,
// is the memory for the static features.
func (t *Tagger) newDocInfo(sents [][]string, split bool, feats []uint32) *docInfo {
	// The maps and slices are sized for the document up front, and the
	// per-token slices of all sentences share one allocation each:
	// growing them was a tenth of this function's time, and most of what
	// tagging allocated.
	tokens := 0
	for _, ws := range sents {
		tokens += len(ws)
	}
	vocab := tokens/2 + 1 // distinct words, about
	d := &docInfo{lowerSeen: make(map[string]bool, tokens/4), capMid: make(map[string]bool, tokens/8), split: split,
		vocab: make([]string, 0, vocab), vlower: make([]string, 0, vocab), vshape: make([]string, 0, vocab),
		clus: make([]clusterPath, 0, vocab), lex: make([]*lexEntry, 0, vocab)}
	// The document's distinct words, and what depends on the word alone.
	ids := make(map[string]int32, vocab)
	lowerIn := make([]bool, 0, vocab)
	strs := make([]string, 3*tokens)
	allIDs := make([]int32, tokens)
	for _, ws := range sents {
		n := len(ws)
		nw, lw, sh := strs[:n:n], strs[n:2*n:2*n], strs[2*n:3*n:3*n]
		id := allIDs[:n:n]
		strs, allIDs = strs[3*n:], allIDs[n:]
		up := true
		for i, w := range ws {
			w = normWord(w)
			v, ok := ids[w]
			if !ok {
				v = int32(len(d.vocab))
				ids[w] = v
				d.vocab = append(d.vocab, w)
				if x, ok := t.lex.index[w]; ok && split {
					e := t.entry(x)
					d.vlower = append(d.vlower, e.lower)
					d.vshape = append(d.vshape, e.shape)
					lowerIn = append(lowerIn, e.hasLower)
					d.clus = append(d.clus, clusterPath{t.lex.words[x].cluster, true})
					d.lex = append(d.lex, e)
				} else {
					l := strings.ToLower(w)
					d.vlower = append(d.vlower, l)
					d.vshape = append(d.vshape, shape(w))
					lowerIn = append(lowerIn, hasLower(w))
					d.clus = append(d.clus, t.cluster(w, l))
					d.lex = append(d.lex, nil)
				}
			}
			nw[i], lw[i], sh[i], id[i] = w, d.vlower[v], d.vshape[v], v
			if lowerIn[v] {
				up = false
			}
		}
		for i, w := range nw {
			if up {
				continue
			}
			if w == lw[i] && lowerIn[id[i]] {
				d.lowerSeen[w] = true
			} else if i > 0 && isCap(w) {
				d.capMid[w] = true
			}
		}
		d.words = append(d.words, nw)
		d.lower = append(d.lower, lw)
		d.shapes = append(d.shapes, sh)
		d.ids = append(d.ids, id)
		d.upper = append(d.upper, up)
		d.table = append(d.table, tableRow(nw, lw))
		d.gaz = append(d.gaz, t.gaz.match(nw, lw))
	}
	d.vcase = make([]string, len(d.vocab))
	for v, w := range d.vocab {
		d.vcase[v] = t.caseSig(w, d.vlower[v])
	}
	// Words of headlines (all upper case) go by the title-case form when
	// the document's other sentences lack the word as written, so that
	// "JAPAN" shares what is known of "Japan".
	body := make([]bool, len(d.vocab)) // by word ID
	for s, ids := range d.ids {
		if !d.upper[s] {
			for _, v := range ids {
				body[v] = true
			}
		}
	}
	aggOf := make(map[string]int32, tokens/8)
	d.aggID = make([]int32, len(d.vocab))
	for v := range d.aggID {
		d.aggID[v] = -1
	}
	for s, ws := range d.words {
		for i, w := range ws {
			// A word has one key: only headlines have words that go
			// by their title case, and then in every sentence.
			v := d.ids[s][i]
			a := d.aggID[v]
			if a < 0 {
				if !isCap(w) {
					continue
				}
				k := w
				if d.upper[s] && !body[v] {
					k = titleCase(d.lower[s][i])
				}
				if !isCap(k) {
					continue
				}
				var ok bool
				if a, ok = aggOf[k]; !ok {
					a = int32(len(d.agg))
					aggOf[k] = a
					d.agg = append(d.agg, nil)
				}
				d.aggID[v] = a
			}
			for j, off := range [...]int{-2, -1, 1, 2} {
				d.agg[a] = append(d.agg[a], k2(fCtxAgg, digits[j:j+1], at(d.lower[s], i+off)))
			}
		}
	}
	for a, fs := range d.agg {
		if len(fs) > 4 {
			slices.Sort(fs)
			d.agg[a] = slices.Compact(fs)
		}
	}
	d.topic = docTopic(d.words, d.lower)
	// The static features, once per document: they need the document-wide
	// sets above, and both stages (and every training epoch) share them.
	d.stat = make([][]int32, len(d.words))
	perToken := 56 // features of a token, about
	if split {
		perToken = 28
	}
	if cap(feats) >= perToken*tokens {
		d.feats = feats[:0]
	} else {
		d.feats = make([]uint32, 0, perToken*tokens)
	}
	for s, ws := range d.words {
		st := make([]int32, len(ws)+1)
		for i := range ws {
			st[i] = int32(len(d.feats))
			d.feats = t.static(d, s, i, d.feats)
		}
		st[len(ws)] = int32(len(d.feats))
		d.stat[s] = st
	}
	return d
}

// Word features come in three roles: of the word itself, and of the word
// as the left or the right neighbour of the token being labelled.
const (
	roleSelf = iota
	roleLeft
	roleRight
	numRoles
)

// wordFeats appends the features of distinct word v of the document in a
// role. They depend on the word alone, so a document's tokens of one word
// share their scores; with split set, static leaves them out.
func (d *docInfo) wordFeats(v int32, role int, out []uint32) []uint32 {
	return wordFeats(d.vocab[v], d.vlower[v], d.vshape[v], d.clus[v], role, out)
}

// wordFeats appends the features of word w (l and sh its lower case and
// shape, c its cluster path) in a role.
func wordFeats(w, l, sh string, c clusterPath, role int, out []uint32) []uint32 {
	switch role {
	case roleLeft:
		out = append(out, k1(fLm1, l), k1(fWm1, w), k1(fSm1, sh))
		return clusterFeats(out, fClusM1, c)
	case roleRight:
		out = append(out, k1(fLp1, l), k1(fWp1, w), k1(fSp1, sh))
		return clusterFeats(out, fClusP1, c)
	}
	out = append(out, k1(fW0, w), k1(fL0, l), k1(fS0, sh))
	out = affixFeats(out, l, sh)
	out = hyphenFeats(out, w)
	return clusterFeats(out, fClus0, c)
}

// affixFeats appends the prefixes and suffixes of the lower-cased word l
// (by code point) and its length joined to its shape sh.
func affixFeats(out []uint32, l, sh string) []uint32 {
	n := utf8.RuneCountInString(l)
	if utf8.ValidString(l) {
		// ends[k] is the byte length of the first k code points.
		var ends [5]int
		for k, b := 1, 0; k <= 4 && k <= n; k++ {
			_, sz := utf8.DecodeRuneInString(l[b:])
			b += sz
			ends[k] = b
		}
		for k := 1; k <= 4 && k <= n; k++ {
			suf := len(l)
			for range k {
				_, sz := utf8.DecodeLastRuneInString(l[:suf])
				suf -= sz
			}
			out = append(out, k2(fPre, digits[k:k+1], l[:ends[k]]), k2(fSuf, digits[k:k+1], l[suf:]))
		}
	} else {
		rs := []rune(l)
		for k := 1; k <= 4 && k <= len(rs); k++ {
			out = append(out, k2(fPre, digits[k:k+1], string(rs[:k])), k2(fSuf, digits[k:k+1], string(rs[len(rs)-k:])))
		}
	}
	n = min(n, 9)
	return append(out, k2(fLen, sh, digits[n:n+1]))
}

// hyphenFeats appends, for a word of parts joined by hyphens ("Serb-held",
// "Jong-un"), its first and last part, the last one joined to whether it
// is capitalised.
func hyphenFeats(out []uint32, w string) []uint32 {
	i, j := strings.IndexByte(w, '-'), strings.LastIndexByte(w, '-')
	if i <= 0 || j == len(w)-1 {
		return out
	}
	last := w[j+1:]
	c := "l"
	if isCap(last) {
		c = "c"
	}
	return append(out, k2(fHyph, "f", w[:i]), k2(fHyph, c, strings.ToLower(last)))
}

func at(ws []string, i int) string {
	if i < 0 || i >= len(ws) {
		return boundaryWord
	}
	return ws[i]
}

// static appends the features of token i of sentence s that depend on
// neither earlier decisions nor stage 1. With d.split set it leaves out the
// features wordFeats gives (those of the token's word and of its
// neighbours' words); else they are in their place, in the order the
// model was trained with.
func (t *Tagger) static(d *docInfo, s, i int, out []uint32) []uint32 {
	w, l, sh := d.words[s], d.lower[s], d.shapes[s]
	w0, l0, s0 := w[i], l[i], sh[i]
	sm1, sp1 := at(sh, i-1), at(sh, i+1)
	lm1, lp1 := at(l, i-1), at(l, i+1)
	own := !d.split                    // the token's word features
	left := !d.split || i == 0         // its left neighbour's ("<s>" at the start)
	right := !d.split || i+1 == len(w) // its right neighbour's ("<s>" at the end)
	out = append(out, k1(fBias, ""))
	if own {
		out = append(out, k1(fW0, w0), k1(fL0, l0))
	}
	if left {
		out = append(out, k1(fLm1, lm1))
	}
	if right {
		out = append(out, k1(fLp1, lp1))
	}
	out = append(out, k1(fLm2, at(l, i-2)), k1(fLp2, at(l, i+2)))
	if left {
		out = append(out, k1(fWm1, at(w, i-1)))
	}
	if right {
		out = append(out, k1(fWp1, at(w, i+1)))
	}
	if own {
		out = append(out, k1(fS0, s0))
	}
	if left {
		out = append(out, k1(fSm1, sm1))
	}
	if right {
		out = append(out, k1(fSp1, sp1))
	}
	out = append(out,
		k2(fSm1S0, sm1, s0), k2(fS0Sp1, s0, sp1), k3(fSm1S0Sp1, sm1, s0, sp1),
		k2(fLm1L0, lm1, l0), k2(fL0Lp1, l0, lp1),
		k2(fLm1S0, lm1, s0), k2(fS0Lp1, s0, lp1),
		k2(fW0Lp1, w0, lp1), k2(fWm1W0, at(w, i-1), w0),
	)
	if own {
		out = affixFeats(out, l0, s0)
		out = hyphenFeats(out, w0)
	}
	if d.upper[s] {
		out = append(out, k1(fUpperSent, l0))
	}
	if d.table[s] {
		out = append(out, k1(fTable, s0))
		for _, g := range d.gaz[s][i] {
			out = append(out, k2(fTable, "g", g))
		}
	}
	if i == 0 {
		out = append(out, k1(fFirst, s0), k2(fFirst, "w", l0))
	}
	if d.topic != "" && isCap(w0) {
		out = append(out, k1(fTopic, d.topic))
		for _, g := range d.gaz[s][i] {
			out = append(out, k2(fTopic, d.topic, g))
		}
	}
	for _, g := range d.gaz[s][i] {
		out = append(out, k1(fGaz0, g), k2(fGaz0, g, s0))
	}
	if i > 0 {
		for _, g := range d.gaz[s][i-1] {
			out = append(out, k1(fGazM1, g))
		}
	}
	if i+1 < len(w) {
		for _, g := range d.gaz[s][i+1] {
			out = append(out, k1(fGazP1, g))
		}
	}
	ids := d.ids[s]
	if own {
		out = clusterFeats(out, fClus0, d.clus[ids[i]])
	}
	if i > 0 && !d.split {
		out = clusterFeats(out, fClusM1, d.clus[ids[i-1]])
	}
	if i+1 < len(w) && !d.split {
		out = clusterFeats(out, fClusP1, d.clus[ids[i+1]])
	}
	if a := d.aggID[ids[i]]; a >= 0 && !d.split {
		out = append(out, d.agg[a]...)
	}
	if c := d.vcase[ids[i]]; c != "" {
		first := "m"
		if i == 0 || d.upper[s] {
			first = "f"
		}
		out = append(out, k2(fCaseSig, c, first), k3(fCaseSig, c, first, s0))
	}
	if isCap(w0) {
		first := "m"
		if i == 0 || d.upper[s] {
			first = "f"
		}
		if d.lowerSeen[l0] {
			out = append(out, k1(fDocLower, first))
		}
		if d.capMid[w0] || (d.upper[s] && d.capMid[titleCase(l0)]) {
			out = append(out, k1(fDocCapMid, first))
		}
	}
	return out
}

// stage2Feats are the non-local features of the second stage: stage 1's
// labels around the token, the types stage 1 gave the token's other
// occurrences anywhere in the document, and where in longer names it put
// the word (see docInfo.parts).
func (t *Tagger) stage2Feats(d *docInfo, s, i int, out []uint32) []uint32 {
	ls := d.pass1[s]
	out = append(out, lkeys.p1[ls[i]], key32(hmix(lkeys.p1s0[ls[i]], d.shapes[s][i])))
	if i > 0 {
		out = append(out, lkeys.p1m1[ls[i-1]])
	}
	if i+1 < len(ls) {
		out = append(out, lkeys.p1p1[ls[i+1]])
	}
	if i > 1 {
		out = append(out, lkeys.p1m2[ls[i-2]])
	}
	if i+2 < len(ls) {
		out = append(out, lkeys.p1p2[ls[i+2]])
	}
	a := d.keyID(s, i)
	if a < 0 {
		return out
	}
	if p := d.parts[a]; p != 0 {
		self := 0 // stage 1 made the token: no name, a name alone, part of one
		if ls[i] != lblO {
			self = 1
			if labelPos(ls[i]) != posU {
				self = 2
			}
		}
		for b := range numTypes * 3 {
			if p&(1<<b) != 0 {
				out = append(out, lkeys.docPart[b][self])
			}
		}
	}
	c := d.docTypes.counts(a)
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
		out = append(out, lkeys.docType[k])
		if best < 0 || n > c[best] {
			best = k
		}
	}
	if best >= 0 {
		out = append(out, lkeys.docMaj[best], lkeys.docMajLabel[best][ls[i]])
	}
	return out
}

// startLabel stands for the "label" before a sentence ("<s>") in the
// features of the previous labels.
const startLabel = numLabels

// labelKeyTable holds the keys of the features over labels and types,
// hashed once: the tagger looks them up for every token.
type labelKeyTable struct {
	t1         [numLabels + 1]uint32
	t2t1       [numLabels + 1][numLabels + 1]uint32
	t1s0, t1l0 [numLabels + 1]uint64 // hash states, before the shape or word
	p1         [numLabels]uint32
	p1s0       [numLabels]uint64 // hash state, before the shape
	p1m1, p1p1 [numLabels]uint32
	p1m2, p1p2 [numLabels]uint32

	docType, docMaj, hist, histMaj, histAll [numTypes + 1]uint32
	docMajLabel                             [numTypes + 1][numLabels]uint32
	docPart                                 [numTypes * 3][3]uint32
}

// lkeys is read only.
var lkeys = func() *labelKeyTable {
	k := new(labelKeyTable)
	name := func(l int) string {
		if l == startLabel {
			return boundaryWord
		}
		return labelNames[l]
	}
	for a := range numLabels + 1 {
		k.t1[a] = k1(fT1, name(a))
		k.t1s0[a] = h1(fT1S0, name(a))
		k.t1l0[a] = h1(fT1L0, name(a))
		for b := range numLabels + 1 {
			k.t2t1[b][a] = k2(fT2T1, name(b), name(a))
		}
	}
	for l := range numLabels {
		k.p1[l] = k1(fP1, labelNames[l])
		k.p1s0[l] = h1(fP1, labelNames[l])
		k.p1m1[l] = k1(fP1m1, labelNames[l])
		k.p1p1[l] = k1(fP1p1, labelNames[l])
		k.p1m2[l] = k1(fP1m2, labelNames[l])
		k.p1p2[l] = k1(fP1p2, labelNames[l])
	}
	for b := range numTypes * 3 {
		for self := range 3 {
			k.docPart[b][self] = k2(fDocPart, types[b/3]+digits[b%3:b%3+1], digits[self:self+1])
		}
	}
	for y, tk := range typeKeys {
		k.docType[y] = k1(fDocType, tk)
		k.docMaj[y] = k1(fDocMaj, tk)
		k.hist[y] = k1(fHist, tk)
		k.histMaj[y] = k1(fHistMaj, tk)
		k.histAll[y] = k1(fHistAll, tk)
		for l := range numLabels {
			k.docMajLabel[y][l] = k2(fDocMaj, tk, labelNames[l])
		}
	}
	return k
}()

// docTopic returns the desk a document's headline names, the lower-cased
// words before a dash that is its second or third word ("SOCCER - JAPAN
// GET LUCKY WIN .", "RUGBY UNION - ..."), or "" for none.
func docTopic(words, lower [][]string) string {
	for s, ws := range words {
		if len(ws) == 0 {
			continue
		}
		for i := 1; i < len(ws) && i <= 2; i++ {
			if ws[i] != "-" {
				continue
			}
			for _, l := range lower[s][:i] {
				for j := 0; j < len(l); j++ {
					if l[j] < 'a' || l[j] > 'z' {
						return ""
					}
				}
			}
			return strings.Join(lower[s][:i], " ")
		}
		return ""
	}
	return ""
}

// tableRow reports whether a sentence (words ws, lw in lower case) reads
// like a row of a table of results: it has a number and no word in lower
// case ("Wigan 42 Bradford Bulls 36"), where place names are mostly teams.
func tableRow(ws, lw []string) bool {
	num := false
	for i, w := range ws {
		if w == lw[i] && hasLower(w) {
			return false
		}
		if !num {
			for j := 0; j < len(w); j++ {
				if w[j] >= '0' && w[j] <= '9' {
					num = true
					break
				}
			}
		}
	}
	return num
}

// caseSig says in which forms a capitalised word w (l its lower case) is
// in the cluster vocabulary, the words seen at least three times in the
// unlabelled text: as written, in title case, in lower case ("ctl",
// with "-" for a form not there). A name is seldom seen in lower case, a
// common word capitalised at the start of a sentence or in a headline is.
// It is "" for a word not capitalised.
func (t *Tagger) caseSig(w, l string) string {
	if !isCap(w) {
		return ""
	}
	b := []byte("---")
	if _, ok := t.clusters[w]; ok {
		b[0] = 'c'
	}
	if tc := titleCase(l); tc == w {
		b[1] = b[0]
	} else if _, ok := t.clusters[tc]; ok {
		b[1] = 't'
	}
	if _, ok := t.clusters[l]; ok {
		b[2] = 'l'
	}
	return string(b)
}

func titleCase(l string) string {
	r, n := utf8.DecodeRuneInString(l)
	return string(unicode.ToUpper(r)) + l[n:]
}

var clusterPrefixes = [...]int{4, 6, 10, 14, 20}

// clusterPath is a word's cluster path; ok is false for a word without.
type clusterPath struct {
	p  string
	ok bool
}

// cluster returns the cluster path of a word, or else of its lower-cased
// form lw.
func (t *Tagger) cluster(w, lw string) clusterPath {
	if p, ok := t.clusters[w]; ok {
		return clusterPath{p, true}
	}
	p, ok := t.clusters[lw]
	return clusterPath{p, ok}
}

// clusterFeats appends the features of a word's cluster path: its
// prefixes. A path may hold a second hierarchy's path after a slash
// ("0110/1011"), whose prefixes are features of their own.
func clusterFeats(out []uint32, tmpl byte, c clusterPath) []uint32 {
	if !c.ok {
		return append(out, k1(tmpl, "?"))
	}
	p, q, two := strings.Cut(c.p, "/")
	out = pathFeats(out, tmpl, "", p)
	if two {
		out = pathFeats(out, tmpl, "/", q)
	}
	return out
}

// pathFeats appends the prefixes of one path, the keys marked by tag.
func pathFeats(out []uint32, tmpl byte, tag, p string) []uint32 {
	for _, k := range clusterPrefixes {
		if k > len(p) {
			k = len(p)
		}
		if tag == "" {
			out = append(out, k1(tmpl, p[:k]))
		} else {
			out = append(out, k2(tmpl, tag, p[:k]))
		}
		if k == len(p) {
			break
		}
	}
	return out
}

// history records, per capitalised key of a document (by its index in
// docInfo.agg, see docInfo.keyID), the types the tagger gave its earlier
// occurrences in the document (Ratinov & Roth's "extended prediction
// history"). A key without occurrences has no counts. It is a slice,
// not a map by the key's text: it was looked up for every token of both
// stages.
type history [][numTypes + 1]int32

// newHistory returns an empty history for d's keys.
func (d *docInfo) newHistory() history { return make(history, len(d.agg)) }

// add counts an occurrence of key a (-1 for a key not capitalised, which
// the history leaves out) labelled lbl.
func (h history) add(a int32, lbl int) {
	if a < 0 {
		return
	}
	h[a][labelType(lbl)+1]++
}

// counts returns the counts of key a, or nil when it has none.
func (h history) counts(a int32) *[numTypes + 1]int32 {
	if a < 0 || h[a] == [numTypes + 1]int32{} {
		return nil
	}
	return &h[a]
}

var typeKeys = [...]string{"O", "PER", "ORG", "LOC", "MISC"}

// dynamic appends the features that depend on the labels already chosen:
// the previous two labels and the document's prediction history.
func (t *Tagger) dynamic(d *docInfo, s, i int, prev1, prev2 int, hist history, out []uint32) []uint32 {
	p1, p2 := startLabel, startLabel
	if i > 0 {
		p1 = prev1
	}
	if i > 1 {
		p2 = prev2
	}
	out = append(out, lkeys.t1[p1], lkeys.t2t1[p2][p1],
		key32(hmix(lkeys.t1s0[p1], d.shapes[s][i])), key32(hmix(lkeys.t1l0[p1], d.lower[s][i])))
	return t.histFeats(d, s, i, hist, out)
}
