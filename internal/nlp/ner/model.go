package ner

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
)

// weightTable is the trained model: for each feature (32 bits of its hash)
// the labels it has a non-zero weight for. Lookups go through an
// open-addressing hash table whose slots hold the key and the feature's
// run of weights, so a lookup touches two cache lines at most.
type weightTable struct {
	mask  uint32
	slots []slot
	ws    []labelWeight
}

type slot struct {
	key      uint32 // key+1, 0 = empty
	off, end int32  // the feature's weights are ws[off:end]
}

type labelWeight struct {
	lab uint8
	w   float32
}

func key32(h uint64) uint32 { return uint32(h>>32) ^ uint32(h) }

func slotKey(k uint32) uint32 {
	if k+1 == 0 {
		return 1
	}
	return k + 1
}

func (m *weightTable) home(k uint32) uint32 { return ((k * 2654435761) >> 7) & m.mask }

func (m *weightTable) update([]uint64, int, int) {}

func (m *weightTable) score(feats []uint64, sc *[numLabels]float32) {
	if len(m.slots) == 0 {
		return
	}
	for _, h := range feats {
		k := key32(h)
		kk := slotKey(k)
		for i := m.home(k); ; i = (i + 1) & m.mask {
			s := &m.slots[i]
			if s.key == kk {
				for _, lw := range m.ws[s.off:s.end] {
					sc[lw.lab] += lw.w
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}

// buildTable makes a table from sorted, distinct keys and their weights:
// feature i's weights are lab/w[start[i]:start[i+1]].
func buildTable(keys []uint32, start []int32, lab []uint8, w []float32) *weightTable {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m := &weightTable{mask: uint32(size - 1), slots: make([]slot, size), ws: make([]labelWeight, len(w))}
	for j := range w {
		m.ws[j] = labelWeight{lab[j], w[j]}
	}
	for f, k := range keys {
		i := m.home(k)
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: slotKey(k), off: start[f], end: start[f+1]}
	}
	return m
}

const magic = "SLNER\x01"

// Limits checked while decoding, so a corrupt model cannot make Decode
// allocate without bound.
const (
	maxEntries  = 1 << 24
	maxStrBytes = 1 << 12
)

// encode writes the tagger (clusters, gazetteer, quantised weights),
// flate-compressed. The weights are written as int16 steps of one scale;
// entries that round to zero are dropped.
func (t *Tagger) encode(out io.Writer, stages [2]stageWeights) error {
	zw, err := flate.NewWriter(out, flate.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	words := make([]string, 0, len(t.clusters))
	for w := range t.clusters {
		words = append(words, w)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		str(w)
		str(t.clusters[w])
	}
	gz := t.gaz.entries()
	uv(uint64(len(gz)))
	for _, e := range gz {
		str(e.Phrase)
		str(e.Class)
	}
	for _, st := range stages {
		encodeWeights(bw, st.keys, st.dense)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// stageWeights are one stage's averaged weights by sorted feature key.
type stageWeights struct {
	keys  []uint32
	dense [][numLabels]float32
}

func encodeWeights(bw *bufio.Writer, keys []uint32, dense [][numLabels]float32) {
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	var maxAbs float32
	for _, ws := range dense {
		for _, x := range ws {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	var kept []int
	for i := range keys {
		for _, x := range dense[i] {
			if math.Round(float64(x/scale)) != 0 {
				kept = append(kept, i)
				break
			}
		}
	}
	uv(uint64(len(kept)))
	prev := uint32(0)
	for _, i := range kept {
		k := keys[i]
		uv(uint64(k - prev))
		prev = k
		var mask uint64
		var qs [numLabels]int64
		for l, x := range dense[i] {
			q := int64(math.Round(float64(x / scale)))
			if q != 0 {
				mask |= 1 << l
				qs[l] = q
			}
		}
		uv(mask)
		for l := range numLabels {
			if mask&(1<<l) != 0 {
				bw.Write(buf[:binary.PutVarint(buf[:], qs[l])])
			}
		}
	}
}

var errCorrupt = errors.New("corrupt model")

// decode reads what encode wrote.
func decode(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(flate.NewReader(r))
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("model header: %w", errCorrupt)
	}
	count := func(what string) (int, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > maxEntries {
			return 0, fmt.Errorf("model %s count: %w", what, errCorrupt)
		}
		return int(n), nil
	}
	str := func() (string, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > maxStrBytes {
			return "", errCorrupt
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return "", errCorrupt
		}
		return string(b), nil
	}
	t := &Tagger{clusters: map[string]string{}}
	n, err := count("cluster")
	if err != nil {
		return nil, err
	}
	for range n {
		w, err := str()
		if err != nil {
			return nil, fmt.Errorf("model clusters: %w", err)
		}
		p, err := str()
		if err != nil {
			return nil, fmt.Errorf("model clusters: %w", err)
		}
		t.clusters[w] = p
	}
	if n, err = count("gazetteer"); err != nil {
		return nil, err
	}
	gz := make([]GazetteerEntry, 0, min(n, 1<<16))
	for range n {
		p, err := str()
		if err != nil {
			return nil, fmt.Errorf("model gazetteer: %w", err)
		}
		c, err := str()
		if err != nil {
			return nil, fmt.Errorf("model gazetteer: %w", err)
		}
		gz = append(gz, GazetteerEntry{p, c})
	}
	t.gaz = newGazetteer(gz)
	if t.stage1, err = decodeWeights(br); err != nil {
		return nil, fmt.Errorf("model stage 1: %w", err)
	}
	if t.stage2, err = decodeWeights(br); err != nil {
		return nil, fmt.Errorf("model stage 2: %w", err)
	}
	return t, nil
}

func decodeWeights(br *bufio.Reader) (*weightTable, error) {
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("scale: %w", errCorrupt)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxEntries {
		return nil, fmt.Errorf("feature count: %w", errCorrupt)
	}
	keys := make([]uint32, 0, min(n, 1<<20))
	start := make([]int32, 1, min(n, 1<<20)+1)
	var lab []uint8
	var w []float32
	var k uint32
	for i := range n {
		d, err := binary.ReadUvarint(br)
		if err != nil || d > math.MaxUint32 || (i > 0 && d == 0) || uint64(k)+d > math.MaxUint32 {
			return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
		}
		k += uint32(d)
		mask, err := binary.ReadUvarint(br)
		if err != nil || mask >= 1<<numLabels {
			return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
		}
		for range bits.OnesCount64(mask) {
			l := bits.TrailingZeros64(mask)
			mask &^= 1 << l
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
			}
			lab = append(lab, uint8(l))
			w = append(w, float32(q)*scale)
		}
		keys = append(keys, k)
		start = append(start, int32(len(w)))
	}
	return buildTable(keys, start, lab, w), nil
}

// Decode reads a model written by Tagger.Encode.
func Decode(model []byte) (*Tagger, error) {
	return decode(bytes.NewReader(model))
}
