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

// stageTable is one stage's trained weights as the model file holds them:
// sorted feature keys (32 bits of the feature hash), and for feature i the
// labels lab[start[i]:start[i+1]] with their weights q (int16 steps of
// scale).
type stageTable struct {
	scale float32
	keys  []uint32
	start []int32
	lab   []uint8
	q     []int16
}

// jointTable is the trained model as tagging reads it: both stages'
// weights of a feature in one place, so that one lookup serves both (the
// two stages share most features). Lookups go through an open-addressing
// hash table of keys and offsets into ws, where a feature has a header
// (n1 | n2<<8) and then its n1 stage 1 and n2 stage 2 weights, each packed
// as label<<16 | uint16(step).
type jointTable struct {
	mask  uint32
	scale [2]float32
	slots []jslot // len is a power of two
	ws    []uint32
}

type jslot struct {
	key uint32 // key+1, 0 = empty
	off uint32 // the feature's header is ws[off]
}

func key32(h uint64) uint32 { return uint32(h>>32) ^ uint32(h) }

func slotKey(k uint32) uint32 {
	if k+1 == 0 {
		return 1
	}
	return k + 1
}

func home(k, mask uint32) uint32 { return ((k * 2654435761) >> 7) & mask }

// steps are summed weights in steps of a stage's scale, by label (of 5
// bits, hence 32 entries; entry numLabels is scratch). The sums are exact,
// so they do not depend on the order of the features.
type steps [32]int32

// sums are steps as kept for later: the labels' entries only.
type sums [numLabels]int32

func (a *steps) plus(b *sums) {
	for l := range numLabels {
		a[l] += b[l]
	}
}

func (a *steps) sums() sums { return sums(a[:numLabels]) }

// scores writes the sums in acc, scaled, to sc.
func (m *jointTable) scores(stage int, acc *steps, sc *[numLabels]float32) {
	for l := range numLabels {
		sc[l] = float32(acc[l]) * m.scale[stage]
	}
}

// lookupBatch is how many features add resolves at a time.
const lookupBatch = 64

// add adds the weights of feats for stage 1 to s1 and for stage 2 to s2;
// either may be nil.
//
// The table is larger than the processor's caches, so a lookup is mostly
// a wait for memory. add reads in passes whose loads do not depend on one
// another, which the processor runs in parallel: the home slots of a batch
// of features, then the headers of the features found, then the weights.
func (m *jointTable) add(feats []uint32, s1, s2 *steps) {
	if len(m.slots) == 0 {
		return
	}
	slots, ws, mask := m.slots, m.ws, m.mask
	var offs [lookupBatch]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), lookupBatch)]
		feats = feats[len(batch):]
		var touch uint32
		for _, k := range batch {
			touch += slots[home(k, mask)].key
		}
		n := 0
		for _, k := range batch {
			kk := slotKey(k)
			for i := home(k, mask); ; i = (i + 1) & mask {
				s := slots[i]
				if s.key == kk {
					offs[n] = s.off
					n++
					touch += ws[s.off]
					break
				}
				if s.key == 0 {
					break
				}
			}
		}
		var scratch steps
		scratch[numLabels] = int32(touch) // keeps the loads
		a1, a2 := s1, s2
		if a1 == nil {
			a1 = &scratch
		}
		if a2 == nil {
			a2 = &scratch
		}
		for _, off := range offs[:n] {
			h := ws[off]
			n1, n2 := h&0xff, h>>8
			w := ws[off+1 : off+1+n1+n2]
			for _, p := range w[:n1] {
				a1[(p>>16)&31] += int32(int16(p))
			}
			for _, p := range w[n1:] {
				a2[(p>>16)&31] += int32(int16(p))
			}
		}
	}
}

// joinTables makes the joint table of two stages.
func joinTables(st1, st2 *stageTable) *jointTable {
	m := &jointTable{scale: [2]float32{st1.scale, st2.scale}}
	type feat struct {
		key  uint32
		off  uint32
		a, b int // index in st1, st2, or -1
	}
	fs := make([]feat, 0, len(st1.keys)+len(st2.keys))
	i, j := 0, 0
	for i < len(st1.keys) || j < len(st2.keys) {
		f := feat{a: -1, b: -1}
		switch {
		case j == len(st2.keys) || i < len(st1.keys) && st1.keys[i] < st2.keys[j]:
			f.key, f.a = st1.keys[i], i
			i++
		case i == len(st1.keys) || st2.keys[j] < st1.keys[i]:
			f.key, f.b = st2.keys[j], j
			j++
		default:
			f.key, f.a, f.b = st1.keys[i], i, j
			i++
			j++
		}
		fs = append(fs, f)
	}
	m.ws = make([]uint32, 0, len(fs)+len(st1.q)+len(st2.q))
	for k := range fs {
		f := &fs[k]
		f.off = uint32(len(m.ws))
		var n1, n2 int
		if f.a >= 0 {
			n1 = int(st1.start[f.a+1] - st1.start[f.a])
		}
		if f.b >= 0 {
			n2 = int(st2.start[f.b+1] - st2.start[f.b])
		}
		m.ws = append(m.ws, uint32(n1)|uint32(n2)<<8)
		if f.a >= 0 {
			for x := st1.start[f.a]; x < st1.start[f.a+1]; x++ {
				m.ws = append(m.ws, uint32(st1.lab[x])<<16|uint32(uint16(st1.q[x])))
			}
		}
		if f.b >= 0 {
			for x := st2.start[f.b]; x < st2.start[f.b+1]; x++ {
				m.ws = append(m.ws, uint32(st2.lab[x])<<16|uint32(uint16(st2.q[x])))
			}
		}
	}
	size := 16
	for size*3/4 < len(fs) {
		size <<= 1
	}
	m.mask = uint32(size - 1)
	m.slots = make([]jslot, size)
	for _, f := range fs {
		i := home(f.key, m.mask)
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = jslot{key: slotKey(f.key), off: f.off}
	}
	return m
}

// quantize returns the step that maps weights to int16 (the largest weight
// magnitude is 32767 steps).
func quantize(dense [][numLabels]float32) float32 {
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
	return scale
}

func step(x, scale float32) int64 { return int64(math.Round(float64(x / scale))) }

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
	scale := quantize(dense)
	binary.Write(bw, binary.LittleEndian, scale)
	var kept []int
	for i := range keys {
		for _, x := range dense[i] {
			if step(x, scale) != 0 {
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
			if q := step(x, scale); q != 0 {
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

// maxModelBytes bounds the decompressed size of a model, so that a corrupt
// one cannot make decode allocate without bound.
const maxModelBytes = 1 << 27

// reader reads the decompressed model from memory.
type reader struct {
	b   []byte
	off int
}

func (r *reader) uvarint() (uint64, error) {
	x, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		return 0, errCorrupt
	}
	r.off += n
	return x, nil
}

func (r *reader) varint() (int64, error) {
	x, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		return 0, errCorrupt
	}
	r.off += n
	return x, nil
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.off {
		return nil, errCorrupt
	}
	b := r.b[r.off : r.off+n]
	r.off += n
	return b, nil
}

// decode reads what encode wrote; sizeHint is about the size of the
// compressed model (0 for unknown).
func decode(in io.Reader, sizeHint int) (*Tagger, error) {
	// The model inflates to about one and a half times its size: reading
	// into a buffer of twice that at once spares the copies of growing one.
	var buf bytes.Buffer
	buf.Grow(min(2*sizeHint, maxModelBytes) + bytes.MinRead)
	_, err := buf.ReadFrom(io.LimitReader(flate.NewReader(in), maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("model: %w: %w", errCorrupt, err)
	}
	raw := buf.Bytes()
	if len(raw) > maxModelBytes {
		return nil, fmt.Errorf("model larger than %d bytes: %w", maxModelBytes, errCorrupt)
	}
	r := &reader{b: raw}
	if head, err := r.bytes(len(magic)); err != nil || string(head) != magic {
		return nil, fmt.Errorf("model header: %w", errCorrupt)
	}
	count := func(what string) (int, error) {
		n, err := r.uvarint()
		if err != nil || n > maxEntries {
			return 0, fmt.Errorf("model %s count: %w", what, errCorrupt)
		}
		return int(n), nil
	}
	str := func() (string, error) {
		n, err := r.uvarint()
		if err != nil || n > maxStrBytes {
			return "", errCorrupt
		}
		b, err := r.bytes(int(n))
		return string(b), err
	}
	n, err := count("cluster")
	if err != nil {
		return nil, err
	}
	t := &Tagger{clusters: make(map[string]string, min(n, 1<<16))}
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
	var st [2]*stageTable
	for k := range st {
		if st[k], err = decodeWeights(r); err != nil {
			return nil, fmt.Errorf("model stage %d: %w", k+1, err)
		}
	}
	t.setWeights(joinTables(st[0], st[1]))
	return t, nil
}

func decodeWeights(r *reader) (*stageTable, error) {
	sb, err := r.bytes(4)
	if err != nil {
		return nil, fmt.Errorf("scale: %w", errCorrupt)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("scale %v: %w", scale, errCorrupt)
	}
	n, err := r.uvarint()
	if err != nil || n > maxEntries {
		return nil, fmt.Errorf("feature count: %w", errCorrupt)
	}
	// Each feature takes at least three bytes (key step, mask, a weight).
	if n > uint64(len(r.b)-r.off)/3 {
		return nil, fmt.Errorf("feature count %d: %w", n, errCorrupt)
	}
	keys := make([]uint32, 0, n)
	start := make([]int32, 1, n+1)
	lab := make([]uint8, 0, 4*n)
	q := make([]int16, 0, 4*n)
	var k uint32
	for i := range n {
		d, err := r.uvarint()
		if err != nil || d > math.MaxUint32 || (i > 0 && d == 0) || uint64(k)+d > math.MaxUint32 {
			return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
		}
		k += uint32(d)
		mask, err := r.uvarint()
		if err != nil || mask == 0 || mask >= 1<<numLabels {
			return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
		}
		for mask != 0 {
			l := bits.TrailingZeros64(mask)
			mask &^= 1 << l
			x, err := r.varint()
			if err != nil || x == 0 || x < math.MinInt16 || x > math.MaxInt16 {
				return nil, fmt.Errorf("feature %d: %w", i, errCorrupt)
			}
			lab = append(lab, uint8(l))
			q = append(q, int16(x))
		}
		keys = append(keys, k)
		start = append(start, int32(len(q)))
	}
	return &stageTable{scale: scale, keys: keys, start: start, lab: lab, q: q}, nil
}

// Decode reads a model written by Tagger.Encode.
func Decode(model []byte) (*Tagger, error) {
	return decode(bytes.NewReader(model), len(model))
}
