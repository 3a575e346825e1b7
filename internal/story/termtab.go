package story

import "slices"

// termTable maps term IDs to per-term counts. It is an open-addressing
// hash table with linear probing over one array of key and value slots,
// used for the vocabulary and the capitalisation record in place of Go
// maps: those tables hold millions of terms once a stream is large, so
// nearly every lookup misses the caches, and a lookup here touches one
// slot (one cache line) where a Go map at that size also reads its
// directory and a group's control word, and an update here is one probe
// where a map's read-then-assign is two. Measured at 400,000 articles
// of the synthetic stream (see BenchmarkAdd), the two maps' lookups were
// a quarter of an article's clustering time.
//
// Key 0 marks an empty slot, so the term ID 0 is stored as 1 (one more
// hash collision, of chance 2⁻³²). Entries are never deleted one by one:
// keep rebuilds the table with the entries to keep, which is how the
// vocabulary forgets idle terms (see prune).
type termTable[V any] struct {
	slots []termSlot[V]
	n     int
	shift uint // 32 - log2(len(slots))
}

type termSlot[V any] struct {
	key uint32
	val V
}

// minTermSlots is a new table's size.
const minTermSlots = 1024

func newTermTable[V any](size int) termTable[V] {
	slots, shift := minTermSlots, uint(32-10)
	for slots < 2*size {
		slots *= 2
		shift--
	}
	return termTable[V]{slots: make([]termSlot[V], slots), shift: shift}
}

// slotKey is the key stored for term ID k.
func slotKey(k uint32) uint32 { return max(k, 1) }

// home is the first slot probed for key.
func (t *termTable[V]) home(key uint32) uint32 {
	return (key * 0x9e3779b1) >> t.shift
}

// find returns k's value, or nil when k is absent. The pointer is valid
// until the next call to put or keep.
func (t *termTable[V]) find(k uint32) *V {
	if t.slots == nil {
		return nil
	}
	key, mask := slotKey(k), uint32(len(t.slots)-1)
	for i := t.home(key); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case key:
			return &t.slots[i].val
		case 0:
			return nil
		}
	}
}

// touch reads the first slot probed for each of keys and returns a sum
// of what it read (for the caller to keep, so that the reads stay). The
// reads do not depend on one another, so the processor fetches those
// slots from memory in parallel; the lookups that follow, each of which
// would otherwise wait for its own slot in turn, then find them in the
// caches. In a table of millions of terms nearly every slot is a cache
// miss.
func (t *termTable[V]) touch(keys []uint32) uint32 {
	var sum uint32
	for _, k := range keys {
		sum += t.slots[t.home(slotKey(k))].key
	}
	return sum
}

// get returns k's value, or the zero value when k is absent.
func (t *termTable[V]) get(k uint32) V {
	if p := t.find(k); p != nil {
		return *p
	}
	var zero V
	return zero
}

// put returns k's value, adding k with the zero value when absent. The
// pointer is valid until the next call to put or keep.
func (t *termTable[V]) put(k uint32) *V {
	if t.slots == nil || 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	key, mask := slotKey(k), uint32(len(t.slots)-1)
	i := t.home(key)
	for ; t.slots[i].key != 0; i = (i + 1) & mask {
		if t.slots[i].key == key {
			return &t.slots[i].val
		}
	}
	t.slots[i].key = key
	t.n++
	return &t.slots[i].val
}

// grow doubles the table.
func (t *termTable[V]) grow() {
	old := t.slots
	*t = newTermTable[V](max(len(old), minTermSlots/2))
	t.insertAll(old, nil)
}

// insertAll adds the filled slots of from for which keep (when not nil)
// reports true; t must have room for them.
func (t *termTable[V]) insertAll(from []termSlot[V], keep func(*V) bool) {
	mask := uint32(len(t.slots) - 1)
	for j := range from {
		s := &from[j]
		if s.key == 0 || keep != nil && !keep(&s.val) {
			continue
		}
		i := t.home(s.key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = *s
		t.n++
	}
}

// keep drops the entries for which keep reports false, in place (a
// rebuild would hold two copies of a table of millions of slots at
// once), and shrinks the table when it is left mostly empty.
func (t *termTable[V]) keep(keep func(*V) bool) {
	for i := 0; i < len(t.slots); {
		if s := &t.slots[i]; s.key == 0 || keep(&s.val) {
			i++
			continue
		}
		t.remove(uint32(i)) // slot i now holds a later entry, or none
	}
	if len(t.slots) > minTermSlots && 8*t.n < len(t.slots) {
		old := t.slots
		*t = newTermTable[V](t.n)
		t.insertAll(old, nil)
	}
}

// remove empties slot i, moving back the entries after it that probing
// could no longer reach (backward-shift deletion, Knuth's Algorithm R).
func (t *termTable[V]) remove(i uint32) {
	mask := uint32(len(t.slots) - 1)
	for j := (i + 1) & mask; t.slots[j].key != 0; j = (j + 1) & mask {
		// The entry at j stays if its home lies cyclically in (i, j].
		h := t.home(t.slots[j].key)
		if i <= j && i < h && h <= j || j < i && (i < h || h <= j) {
			continue
		}
		t.slots[i] = t.slots[j]
		i = j
	}
	t.slots[i] = termSlot[V]{}
	t.n--
}

// len returns the number of entries.
func (t *termTable[V]) len() int { return t.n }

// sorted returns the table's entries in key order.
func (t *termTable[V]) sorted() []termSlot[V] {
	out := make([]termSlot[V], 0, t.n)
	for _, s := range t.slots {
		if s.key != 0 {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b termSlot[V]) int { return int(int64(a.key) - int64(b.key)) })
	return out
}
