package story

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

// snapshotVersion is bumped whenever the snapshot's layout changes.
// Version 2 added the topic links; version 3 hashed the vocabulary and
// halved the MinHash signatures, so earlier snapshots cannot be read
// (their term IDs mean nothing now); version 4 added the members kept
// for splitting (see split.go); version 5 is a stream of gob messages
// instead of one JSON document; version 6 added the stories' languages;
// version 7 is the larger gazetteer, whose terms the stories of an older
// snapshot do not hold (such a snapshot is replayed from the store);
// version 8 reads a person's full name, where the gazetteer also lists
// the surname, as the given name and the surname ("Donald Trump" gives
// e:donald beside g:TRUMP), so a version 7 story lacks the given names;
// version 9 added the outlets of stories and members and the outlets'
// paces (see outlet.go); version 10 lists a story's copies as pairs
// instead of a map (see snapCluster.Copies).
const snapshotVersion = 10

type snapshot struct {
	Version int    `json:"version"`
	Config  Config `json:"config"`
	// Vocab lists [term ID, document frequency, last addition] by ID.
	Vocab [][3]uint32 `json:"vocab"`
	// Caps lists [word ID, capitalised, lower case, last addition].
	Caps     [][4]uint32   `json:"caps,omitempty"`
	Marks    []snapMark    `json:"marks,omitempty"`
	Paces    []snapPace    `json:"paces,omitempty"`
	Docs     int           `json:"docs"`
	Now      float64       `json:"now"`
	Adds     int           `json:"adds"`
	Clusters []snapCluster `json:"clusters"`
	Active   []int32       `json:"active"`
	Dedup    []snapDedup   `json:"dedup"`
	DedupSeq int           `json:"dedup_seq"`
	// NClusters and NDedup, in the header, count the stories and the
	// signatures that follow it in chunks.
	NClusters, NDedup int
}

type snapCluster struct {
	ID   string `json:"id"`
	Into int32  `json:"into"`
	// Topic is 1 + the index of the earlier story this one's topic
	// links to, or 0 for a topic's first story.
	Topic   int32        `json:"topic,omitempty"`
	Retired bool         `json:"retired,omitempty"`
	Langs   []string     `json:"langs,omitempty"`
	Outlets []snapOutlet `json:"outlets,omitempty"`
	Body    []snapEntry  `json:"body,omitempty"`
	Title   []snapEntry  `json:"title,omitempty"`
	Ent     []snapEntry  `json:"ent,omitempty"`
	First   float64      `json:"first,omitempty"`
	Last    float64      `json:"last,omitempty"`
	Dated   bool         `json:"dated,omitempty"`
	N       int          `json:"n"`
	Members []string     `json:"members,omitempty"`
	// Copies lists [copy ID, canonical ID] pairs sorted by copy. It is
	// not a map because gob sizes a map by the count the stream claims
	// before reading any entry (golang/go#79539), so one damaged count
	// would allocate gigabytes; a slice grows only with the entries
	// actually read.
	Copies  [][2]string `json:"copies,omitempty"`
	Merged  []string    `json:"merged,omitempty"`
	Indexed []uint32    `json:"indexed,omitempty"`
	Titles  []snapTitle `json:"titles,omitempty"`
	Final   string      `json:"final,omitempty"`
	// Kept lists the members kept for splitting, in arrival order (their
	// similarities are computed again on Restore); Apart the indexes of
	// the stories split from this one.
	Kept    []snapMember `json:"kept,omitempty"`
	Apart   []int32      `json:"apart,omitempty"`
	NoSplit bool         `json:"no_split,omitempty"`
}

type snapMember struct {
	ID     string      `json:"id"`
	Head   string      `json:"h,omitempty"`
	Outlet string      `json:"o,omitempty"`
	Body   []snapEntry `json:"b,omitempty"`
	Title  []snapEntry `json:"t,omitempty"`
	Ent    []snapEntry `json:"e,omitempty"`
	Day    float64     `json:"d,omitempty"`
	Dated  bool        `json:"dated,omitempty"`
}

type snapEntry struct {
	ID uint32  `json:"i"`
	W  float32 `json:"w"`
}

type snapTitle struct {
	Title string      `json:"t"`
	Vec   []snapEntry `json:"v"`
}

type snapOutlet struct {
	Name string `json:"name"`
	N    int32  `json:"n"`
}

type snapPace struct {
	Outlet string  `json:"outlet"`
	Count  float64 `json:"count"`
	Day    float64 `json:"day"`
}

type snapMark struct {
	Adds uint32  `json:"a"`
	Day  float64 `json:"d"`
}

type snapDedup struct {
	Sig   []uint32 `json:"sig"`
	ID    string   `json:"id"`
	Canon string   `json:"canon"`
	Day   float64  `json:"day,omitempty"`
	Dated bool     `json:"dated,omitempty"`
}

func toSnap(v vec) []snapEntry {
	out := make([]snapEntry, len(v))
	for i, e := range v {
		out[i] = snapEntry{e.id, e.w}
	}
	return out
}

// fromSnap checks and converts a stored vector: IDs strictly increasing,
// weights finite.
func fromSnap(s []snapEntry) (vec, error) {
	v := make(vec, len(s))
	for i, e := range s {
		if i > 0 && e.ID <= s[i-1].ID {
			return nil, fmt.Errorf("term %d out of order", e.ID)
		}
		if math.IsNaN(float64(e.W)) || math.IsInf(float64(e.W), 0) {
			return nil, errors.New("weight not finite")
		}
		v[i] = entry{e.ID, e.W}
	}
	return v, nil
}

// snapChunk is how many stories or duplicate signatures one gob message
// of a snapshot holds: messages stay far below gob's 1 GiB limit, and
// neither writing nor reading holds a second copy of every story.
const snapChunk = 4096

// Limits on what a snapshot's header may announce.
const (
	maxSnapStories = 1 << 28
	maxSnapDedup   = 1 << 26
)

// WriteSnapshot writes the clusterer's whole state to w, so that a later
// run can ReadSnapshot it and go on clustering new articles into the same
// stories, with the same IDs, as if it had never stopped. The format is a
// sequence of length-prefixed gob values: a header (configuration,
// vocabulary, counts), then the stories and the recent duplicate
// signatures in chunks, so that neither side holds all of it twice.
func (c *Clusterer) WriteSnapshot(w io.Writer) error {
	h := snapshot{Version: snapshotVersion, Config: c.cfg, Docs: c.docs,
		Now: c.now, Adds: c.adds, Active: c.active, DedupSeq: c.dedup.next}
	for _, e := range c.vocab.sorted() {
		h.Vocab = append(h.Vocab, [3]uint32{e.key, uint32(e.val.df), e.val.last})
	}
	for _, e := range c.caps.sorted() {
		h.Caps = append(h.Caps, [4]uint32{e.key, uint32(e.val.upper), uint32(e.val.lower), e.val.last})
	}
	for _, m := range c.marks {
		h.Marks = append(h.Marks, snapMark{m.adds, m.day})
	}
	for _, name := range slices.Sorted(maps.Keys(c.paces)) {
		p := c.paces[name]
		h.Paces = append(h.Paces, snapPace{name, p.count, p.day})
	}
	var dedup []snapDedup
	for seq := max(c.dedup.base, c.dedup.next-c.dedup.capacity); seq < c.dedup.next; seq++ {
		e := c.dedup.entry(seq)
		dedup = append(dedup, snapDedup{Sig: e.sig[:], ID: e.id, Canon: e.canon, Day: e.day, Dated: e.dated})
	}
	if err := encodeSnapshot(w, h, len(c.clusters), func(i int) snapCluster { return snapOf(c.clusters[i]) }, dedup); err != nil {
		return fmt.Errorf("%w", err)
	}
	return nil
}

// snapOf is a story as a snapshot keeps it.
func snapOf(cl *cluster) snapCluster {
	sc := snapCluster{ID: cl.id, Into: cl.into, Topic: cl.topic + 1, Retired: cl.retired, Langs: cl.langs, Body: toSnap(cl.body), Title: toSnap(cl.title),
		Ent: toSnap(cl.ent), First: cl.first, Last: cl.last, Dated: cl.dated, N: cl.n, Members: cl.members,
		Copies: copyPairs(cl.copies), Merged: cl.merged, Indexed: cl.indexed, Final: cl.final, Apart: cl.apart, NoSplit: cl.noSplit}
	for _, o := range cl.outlets {
		sc.Outlets = append(sc.Outlets, snapOutlet{o.name, o.n})
	}
	for _, m := range cl.kept {
		sc.Kept = append(sc.Kept, snapMember{ID: m.id, Head: m.head, Outlet: m.outlet, Body: toSnap(m.body), Title: toSnap(m.title),
			Ent: toSnap(m.ent), Day: m.day, Dated: m.dated})
	}
	for _, t := range cl.titles {
		sc.Titles = append(sc.Titles, snapTitle{t.title, toSnap(t.vec)})
	}
	return sc
}

// copyPairs lists a story's copies as sorted [copy, canonical] pairs, so
// that a snapshot of the same state is the same bytes.
func copyPairs(copies map[string]string) [][2]string {
	if len(copies) == 0 {
		return nil
	}
	pairs := make([][2]string, 0, len(copies))
	for _, id := range slices.Sorted(maps.Keys(copies)) {
		pairs = append(pairs, [2]string{id, copies[id]})
	}
	return pairs
}

// copyMap is the map of copies that copyPairs listed. A copy listed
// twice is an error: it would mean two canonical articles for one copy.
func copyMap(pairs [][2]string) (map[string]string, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	copies := make(map[string]string, len(pairs))
	for _, p := range pairs {
		if _, dup := copies[p[0]]; dup {
			return nil, fmt.Errorf("copy %q listed twice", p[0])
		}
		copies[p[0]] = p[1]
	}
	return copies, nil
}

// maxFrame bounds one frame of a snapshot (a header or a chunk).
const maxFrame = 1 << 30

// encodeSnapshot writes header h, the n stories cluster gives and the
// duplicate signatures as frames: each a length (uvarint) and then one
// gob-encoded value. The frames let decodeSnapshot allocate no more than
// the data that is there, whatever a damaged length says.
func encodeSnapshot(w io.Writer, h snapshot, n int, cluster func(int) snapCluster, dedup []snapDedup) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	var buf bytes.Buffer
	frame := func(v any) error {
		buf.Reset()
		if err := gob.NewEncoder(&buf).Encode(v); err != nil {
			return err
		}
		bw.Write(binary.AppendUvarint(nil, uint64(buf.Len())))
		_, err := bw.Write(buf.Bytes())
		return err
	}
	h.Clusters, h.Dedup, h.NClusters, h.NDedup = nil, nil, n, len(dedup)
	if err := frame(&h); err != nil {
		return err
	}
	chunk := make([]snapCluster, 0, min(n, snapChunk))
	for i := range n {
		chunk = append(chunk, cluster(i))
		if len(chunk) == snapChunk || i == n-1 {
			if err := frame(chunk); err != nil {
				return err
			}
			chunk = chunk[:0]
		}
	}
	for len(dedup) > 0 {
		k := min(len(dedup), snapChunk)
		if err := frame(dedup[:k]); err != nil {
			return err
		}
		dedup = dedup[k:]
	}
	return bw.Flush()
}

// decodeSnapshot reads what encodeSnapshot wrote. It checks the version
// before reading on, and that the chunks add up to the header's counts.
func decodeSnapshot(r io.Reader) (*snapshot, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var buf bytes.Buffer
	frame := func(v any) error {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return fmt.Errorf("frame length: %w", noEOF(err))
		}
		if n > maxFrame {
			return fmt.Errorf("frame of %d bytes", n)
		}
		buf.Reset()
		// CopyN grows buf with the bytes read, not with what n claims.
		if _, err := io.CopyN(&buf, br, int64(n)); err != nil {
			return fmt.Errorf("frame of %d bytes: %w", n, noEOF(err))
		}
		return gob.NewDecoder(&buf).Decode(v)
	}
	var s snapshot
	if err := frame(&s); err != nil {
		return nil, err
	}
	if s.Version != snapshotVersion {
		return nil, fmt.Errorf("version %d, want %d", s.Version, snapshotVersion)
	}
	if s.NClusters < 0 || s.NClusters > maxSnapStories || s.NDedup < 0 || s.NDedup > maxSnapDedup {
		return nil, fmt.Errorf("%d stories and %d signatures announced", s.NClusters, s.NDedup)
	}
	var err error
	if s.Clusters, err = readChunks[snapCluster](frame, s.NClusters, "stories"); err != nil {
		return nil, err
	}
	if s.Dedup, err = readChunks[snapDedup](frame, s.NDedup, "signatures"); err != nil {
		return nil, err
	}
	return &s, nil
}

// readChunks reads the chunks that hold n values of what.
func readChunks[T any](frame func(any) error, n int, what string) ([]T, error) {
	out := make([]T, 0, min(n, snapChunk))
	for len(out) < n {
		var chunk []T
		if err := frame(&chunk); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if len(chunk) == 0 || len(chunk) > n-len(out) {
			return nil, fmt.Errorf("a chunk of %d %s after %d of %d", len(chunk), what, len(out), n)
		}
		out = append(out, chunk...)
	}
	return out, nil
}

// noEOF reports a stream that ends inside a snapshot as cut short.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// ReadSnapshot rebuilds a clusterer from what WriteSnapshot wrote. cfg's
// non-zero fields override the snapshot's configuration (a later run may
// change the threshold); the gazetteer is the embedded one. It checks
// the snapshot and returns an error, never a broken clusterer, when it
// does not hold; a damaged length makes it allocate no more than the
// bytes that follow.
func ReadSnapshot(r io.Reader, cfg Config) (*Clusterer, error) {
	s, err := decodeSnapshot(r)
	if err != nil {
		return nil, fmt.Errorf("%w", err)
	}
	c, err := restore(s, cfg)
	if err != nil {
		return nil, fmt.Errorf("%w", err)
	}
	return c, nil
}

// restore rebuilds a clusterer from a decoded snapshot, checking it.
func restore(s *snapshot, cfg Config) (*Clusterer, error) {
	merged := s.Config
	override(&merged, cfg)
	c := New(merged)
	if s.Docs < 0 || s.Adds < 0 || s.Adds > math.MaxUint32 {
		return nil, errors.New("negative or too large counts")
	}
	c.docs, c.now, c.adds = s.Docs, s.Now, s.Adds
	for _, t := range s.Vocab {
		if c.vocab.find(t[0]) != nil || t[1] > math.MaxInt32 || int(t[2]) > s.Adds {
			return nil, fmt.Errorf("term %d repeated or its counts out of range", t[0])
		}
		*c.vocab.put(t[0]) = termStat{df: int32(t[1]), last: t[2]}
	}
	for _, w := range s.Caps {
		if c.caps.find(w[0]) != nil || w[1] > math.MaxInt32 || w[2] > math.MaxInt32 || int(w[3]) > s.Adds {
			return nil, fmt.Errorf("word %d repeated or its counts out of range", w[0])
		}
		*c.caps.put(w[0]) = capStat{upper: int32(w[1]), lower: int32(w[2]), last: w[3]}
	}
	for i, m := range s.Marks {
		if int(m.Adds) > s.Adds || i > 0 && m.Adds < s.Marks[i-1].Adds {
			return nil, errors.New("pruning marks out of order")
		}
		c.marks = append(c.marks, mark{m.Adds, m.Day})
	}
	for _, p := range s.Paces {
		if _, dup := c.paces[p.Outlet]; dup || p.Outlet == "" || !(p.Count >= 0) || math.IsInf(p.Count, 0) || math.IsNaN(p.Day) || math.IsInf(p.Day, 0) {
			return nil, fmt.Errorf("outlet %q repeated or its pace out of range", p.Outlet)
		}
		if c.paces == nil {
			c.paces = map[string]pace{}
		}
		c.paces[p.Outlet] = pace{p.Count, p.Day}
	}
	n := int32(len(s.Clusters))
	for i, sc := range s.Clusters {
		if sc.Into < -1 || sc.Into >= n || sc.Into == int32(i) {
			return nil, fmt.Errorf("story %q merged into %d", sc.ID, sc.Into)
		}
		if _, dup := c.byID[sc.ID]; dup || sc.ID == "" {
			return nil, fmt.Errorf("story ID %q empty or repeated", sc.ID)
		}
		if len(sc.Langs) > maxLangs {
			return nil, fmt.Errorf("story %q in %d languages", sc.ID, len(sc.Langs))
		}
		if len(sc.Outlets) > maxOutlets {
			return nil, fmt.Errorf("story %q from %d outlets", sc.ID, len(sc.Outlets))
		}
		if sc.Topic < 0 || sc.Topic > int32(i) {
			return nil, fmt.Errorf("story %q in the topic of story %d", sc.ID, sc.Topic-1)
		}
		copies, err := copyMap(sc.Copies)
		if err != nil {
			return nil, fmt.Errorf("story %q: %w", sc.ID, err)
		}
		cl := &cluster{id: sc.ID, into: sc.Into, topic: sc.Topic - 1, retired: sc.Retired, langs: sc.Langs, first: sc.First, last: sc.Last, dated: sc.Dated,
			n: sc.N, members: sc.Members, copies: copies, merged: sc.Merged, final: sc.Final, indexed: sc.Indexed}
		for _, o := range sc.Outlets {
			if o.Name == "" || o.N <= 0 {
				return nil, fmt.Errorf("story %q: outlet %q with %d members", sc.ID, o.Name, o.N)
			}
			cl.outlets = append(cl.outlets, outletCount{o.Name, o.N})
		}
		if cl.body, err = fromSnap(sc.Body); err == nil {
			if cl.title, err = fromSnap(sc.Title); err == nil {
				cl.ent, err = fromSnap(sc.Ent)
			}
		}
		for _, t := range sc.Titles {
			if err != nil {
				break
			}
			var v vec
			v, err = fromSnap(t.Vec)
			cl.titles = append(cl.titles, titled{t.Title, v, v.norm()})
		}
		if len(sc.Kept) > splitKept && err == nil {
			err = fmt.Errorf("%d members kept for splitting", len(sc.Kept))
		}
		for _, sm := range sc.Kept {
			if err != nil {
				break
			}
			m := member{id: sm.ID, head: sm.Head, outlet: sm.Outlet, day: sm.Day, dated: sm.Dated}
			if m.body, err = fromSnap(sm.Body); err == nil {
				if m.title, err = fromSnap(sm.Title); err == nil {
					m.ent, err = fromSnap(sm.Ent)
				}
			}
			if err == nil {
				c.keep(cl, m)
			}
		}
		for _, k := range sc.Apart {
			if err == nil && (k < 0 || k >= n || k == int32(i)) {
				err = fmt.Errorf("split from story %d", k)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("story %q: %w", sc.ID, err)
		}
		cl.apart, cl.noSplit = sc.Apart, sc.NoSplit
		cl.nBody, cl.nTitle, cl.nEnt = cl.body.norm(), cl.title.norm(), cl.ent.norm()
		c.byID[sc.ID] = i
		c.clusters = append(c.clusters, cl)
	}
	for i, cl := range c.clusters {
		// Merges must end at a live story: no cycles.
		k, steps := int32(i), 0
		for c.clusters[k].into >= 0 {
			k = c.clusters[k].into
			if steps++; steps > len(c.clusters) {
				return nil, fmt.Errorf("merge cycle at story %q", cl.id)
			}
		}
		if cl.into >= 0 {
			continue
		}
		for _, id := range cl.members {
			c.storyOf[id] = int32(i)
		}
		if cl.retired {
			continue
		}
		for _, t := range cl.indexed {
			c.index[t] = append(c.index[t], int32(i))
		}
	}
	for i, cl := range c.clusters {
		// A topic's first story lists the others (see placeTopic).
		if cl.topic >= 0 {
			r := c.clusters[c.topicRoot(int32(i))]
			r.peers = append(r.peers, int32(i))
		}
	}
	for _, k := range s.Active {
		if k < 0 || k >= n {
			return nil, fmt.Errorf("active story %d out of range", k)
		}
	}
	c.active = s.Active
	if len(s.Dedup) > c.dedup.capacity || s.DedupSeq < len(s.Dedup) || s.DedupSeq > 1<<50 {
		return nil, errors.New("duplicate signatures do not fit")
	}
	c.dedup.next = s.DedupSeq - len(s.Dedup)
	c.dedup.base = c.dedup.next
	for _, sd := range s.Dedup {
		if len(sd.Sig) != numHashes {
			return nil, fmt.Errorf("signature of %q has %d hashes", sd.ID, len(sd.Sig))
		}
		e := dedupEntry{id: sd.ID, canon: sd.Canon, day: sd.Day, dated: sd.Dated}
		copy(e.sig[:], sd.Sig)
		c.dedup.insert(e, bands(&e.sig))
	}
	return c, nil
}

// override copies cfg's non-zero fields onto dst.
func override(dst *Config, cfg Config) {
	if cfg.Threshold != 0 {
		dst.Threshold = cfg.Threshold
	}
	if cfg.BodyWeight != 0 || cfg.TitleWeight != 0 || cfg.EntityWeight != 0 {
		dst.BodyWeight, dst.TitleWeight, dst.EntityWeight = cfg.BodyWeight, cfg.TitleWeight, cfg.EntityWeight
	}
	if cfg.SigmaDays != 0 {
		dst.SigmaDays = cfg.SigmaDays
	}
	if cfg.TimeShare != 0 {
		dst.TimeShare = cfg.TimeShare
	}
	if cfg.WindowDays != 0 {
		dst.WindowDays = cfg.WindowDays
	}
	if cfg.MergeThreshold != 0 {
		dst.MergeThreshold = cfg.MergeThreshold
	}
	if cfg.DuplicateJaccard != 0 {
		dst.DuplicateJaccard = cfg.DuplicateJaccard
	}
	if cfg.MaxTerms != 0 {
		dst.MaxTerms = cfg.MaxTerms
	}
	if cfg.MaxDuplicates != 0 {
		dst.MaxDuplicates = cfg.MaxDuplicates
	}
	if cfg.CapRatio != 0 {
		dst.CapRatio = cfg.CapRatio
	}
	if cfg.TopicThreshold != 0 {
		dst.TopicThreshold = cfg.TopicThreshold
	}
	if cfg.SplitRatio != 0 {
		dst.SplitRatio = cfg.SplitRatio
	}
	if cfg.CrossThreshold != 0 {
		dst.CrossThreshold = cfg.CrossThreshold
	}
	if cfg.OutletThreshold != 0 {
		dst.OutletThreshold = cfg.OutletThreshold
	}
	if cfg.OutletPace != 0 {
		dst.OutletPace = cfg.OutletPace
	}
	dst.NoGazetteer = dst.NoGazetteer || cfg.NoGazetteer
}
