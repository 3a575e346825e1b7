package pipeline

import (
	"bufio"
	"container/heap"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync/atomic"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/story"
)

// StreamStore is what a StoryStream needs of a store.
type StreamStore interface {
	StoryStore
	EachArticleID(ctx context.Context, fn func(id string) error) error
	UpdateStories(ctx context.Context, changed []model.Story, removed []string) error
}

// streamLag is how many articles a StoryStream lets arrive after one
// before it trusts that no later arrival comes earlier in publication
// order: an ingest's workers finish documents a few batches out of their
// input order.
const streamLag = 2048

// maxPending bounds the reorder buffer (about 30 KB an article): past it,
// as when thousands of undated articles wait to go last, the stream
// gives up and Finish replays.
const maxPending = 1 << 15

// StoryStream builds stories while an ingest stores articles, instead of
// replaying the store once the ingest is done (BuildStories), so that
// clustering runs beside extraction and analysis rather than after them.
//
// Stories must come out as a replay of the store would build them: in
// EachArticle's order (publication time, then ID). A stream holds the
// stored articles in a reorder buffer and adds one to its clusterer only
// once streamLag articles have arrived after a later one, which an input
// in publication order (a feed archive, a crawl by date) passes through
// in order. When an article arrives that comes before one already added
// (an input out of order), the stream stops clustering, and Finish
// replays the store. Finish also checks, from the stored IDs alone, that
// the articles were added in exactly the store's order, and replays when
// not; so the stories are always the replay's, and the stream only saves
// time. A stream starts on an empty store, or from the snapshot a
// stream wrote after the store's last ingest (ResumeStoryStream); on any
// other store its articles would have to follow every stored one, and
// Finish simply replays.
type StoryStream struct {
	// OnReplay, when set, is called when Finish starts a replay of the
	// store (which takes about a millisecond an article), so that a
	// caller can say so.
	OnReplay func()

	st   StreamStore
	cfg  story.Config
	prep chan *arrival // to the preparing goroutines
	in   chan *arrival // to the clustering goroutine, in the order stored
	done chan struct{}
	stop atomic.Bool // broken: the preparers may skip their work
	lagN int         // streamLag; tests set less
	maxN int         // maxPending; tests set less

	// Owned by the clustering goroutine until done is closed.
	c       *story.Clusterer
	pending keyHeap
	lag     []articleKey // ring of the keys of the last streamLag arrivals
	arrived int
	mark    articleKey // the latest key among arrivals beyond the lag
	hasMark bool
	at      place // the articles added
	broken  bool  // an article came out of order: Finish replays

	finished bool              // Finish stored c's stories
	written  map[string]uint64 // fingerprints of the stored stories, when resumed
}

// NewStoryStream starts a stream on st. When st already holds articles
// the stream only counts on Finish's replay.
func NewStoryStream(ctx context.Context, st StreamStore, cfg story.Config) (*StoryStream, error) {
	return newStoryStream(ctx, st, cfg, streamLag, maxPending)
}

func newStoryStream(ctx context.Context, st StreamStore, cfg story.Config, lag, maxN int) (*StoryStream, error) {
	s := &StoryStream{st: st, cfg: cfg, lagN: lag, maxN: maxN}
	errStored := errors.New("stored")
	switch err := st.EachArticleID(ctx, func(string) error { return errStored }); {
	case errors.Is(err, errStored):
		s.broken = true
	case err != nil:
		return nil, fmt.Errorf("stream stories: %w", err)
	}
	if !s.broken {
		s.c = story.New(cfg)
	}
	s.start()
	return s, nil
}

// arrival is one batch of stored articles on its way to the clusterer,
// prepared (story.Prepare) by the time done is closed.
type arrival struct {
	arts []*model.Article
	ps   []*story.Prepared
	done chan struct{}
}

// start runs the clustering goroutine and the preparing ones. Preparing
// an article (its words, signature and terms) needs nothing of the
// stories, so it runs on every core beside extraction, and the one
// clustering goroutine, which bounds an ingest at a million articles,
// only adds.
func (s *StoryStream) start() {
	s.prep, s.in, s.done = make(chan *arrival, 16), make(chan *arrival, 16), make(chan struct{})
	s.stop.Store(s.broken)
	for range max(1, runtime.GOMAXPROCS(0)) {
		go func() {
			for b := range s.prep {
				if !s.stop.Load() {
					for i, a := range b.arts {
						b.ps[i] = story.Prepare(storyArticle(a))
					}
				}
				close(b.done)
			}
		}()
	}
	go s.run()
}

// snapshotHeader is the first line of a stream's snapshot: where the
// clusterer that follows it stands in the store's order.
type snapshotHeader struct {
	Format  string `json:"format"`
	Added   int    `json:"added"`
	Order   uint64 `json:"order"`
	Undated bool   `json:"undated,omitempty"`
	Day     string `json:"day,omitempty"`
	Time    string `json:"time,omitempty"`
	ID      string `json:"id"`
}

const snapshotFormat = "storyline-stories/1"

// ErrStaleSnapshot is returned by ResumeStoryStream when a snapshot does
// not describe the store as it is (articles stored or removed since).
var ErrStaleSnapshot = errors.New("the snapshot does not match the store")

// ResumeStoryStream starts a stream on st from a snapshot that a stream
// wrote (WriteSnapshot) when the store last changed, so that an ingest
// into a store that already holds articles adds the new ones to the
// stories it has instead of replaying every article. The snapshot must
// describe exactly the stored articles, in order: when it does not (it
// is damaged, or the store changed since), ResumeStoryStream returns a
// stream that replays at Finish, as NewStoryStream does on such a store,
// and an error that says why (ErrStaleSnapshot, or the snapshot's
// fault); only a failure to read the store stops it. New articles that
// come before the last stored one in publication order make Finish
// replay too.
func ResumeStoryStream(ctx context.Context, st StreamStore, cfg story.Config, snap io.Reader) (*StoryStream, error) {
	s := &StoryStream{st: st, cfg: cfg, lagN: streamLag, maxN: maxPending}
	seen, order, err := storeOrder(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("stream stories: %w", err)
	}
	why := s.resume(snap, seen, order)
	if why != nil {
		s.c, s.broken = nil, seen > 0
		if !s.broken {
			s.c = story.New(cfg)
		}
	}
	s.start()
	return s, why
}

// resume restores the snapshot's clusterer when the snapshot describes
// seen articles whose IDs hash to order.
func (s *StoryStream) resume(snap io.Reader, seen int, order uint64) error {
	c, at, err := readSnapshot(snap, s.cfg, exactly(seen, order))
	if err != nil {
		return err
	}
	s.c, s.at = c, at
	// The stored stories are the snapshot's (it is written after them):
	// Finish writes only what the new articles change.
	_, _, s.written = diffStories(modelStories(c), nil)
	return nil
}

// idLister is a store that lists its article IDs in story order.
type idLister interface {
	EachArticleID(ctx context.Context, fn func(id string) error) error
}

// storeOrder counts the stored articles and hashes their IDs in the
// store's order, as a snapshot's header records them.
func storeOrder(ctx context.Context, st idLister) (seen int, order uint64, err error) {
	err = st.EachArticleID(ctx, func(id string) error {
		seen++
		order = orderHash(order, id)
		return nil
	})
	return seen, order, err
}

// exactly accepts a snapshot of seen articles whose IDs hash to order:
// the store's, as storeOrder gives them.
func exactly(seen int, order uint64) func(int, uint64) error {
	return func(added int, h uint64) error {
		if added != seen || h != order {
			return ErrStaleSnapshot
		}
		return nil
	}
}

// readSnapshot reads a story snapshot (a header line, then the
// clusterer) when check accepts what its header says: how many articles
// it holds and the hash of their IDs in order. It returns the clusterer
// and its place in the store's order.
func readSnapshot(r io.Reader, cfg story.Config, check func(added int, order uint64) error) (*story.Clusterer, place, error) {
	br := bufio.NewReader(r)
	line, err := br.ReadSlice('\n')
	if err != nil {
		return nil, place{}, fmt.Errorf("story snapshot header: %w", err)
	}
	var h snapshotHeader
	if err := json.Unmarshal(line, &h); err != nil || h.Format != snapshotFormat {
		return nil, place{}, errors.New("story snapshot header: not a storyline story snapshot")
	}
	if err := check(h.Added, h.Order); err != nil {
		return nil, place{}, err
	}
	c, err := story.ReadSnapshot(br, cfg)
	if err != nil {
		return nil, place{}, err
	}
	if c.Len() != h.Added {
		return nil, place{}, ErrStaleSnapshot
	}
	return c, place{n: h.Added, order: h.Order, last: articleKey{undated: h.Undated, day: h.Day, time: h.Time, id: h.ID}}, nil
}

// writeSnapshot writes what readSnapshot reads: c and its place.
func writeSnapshot(w io.Writer, c *story.Clusterer, at place) error {
	h := snapshotHeader{Format: snapshotFormat, Added: at.n, Order: at.order,
		Undated: at.last.undated, Day: at.last.day, Time: at.last.time, ID: at.last.id}
	line, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("story snapshot: %w", err)
	}
	if _, err := w.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("story snapshot: %w", err)
	}
	return c.WriteSnapshot(w)
}

// WriteSnapshot writes what ResumeStoryStream needs to go on from the
// stories Finish stored. It fails when there is nothing to write: before
// Finish, or after a Finish that failed.
func (s *StoryStream) WriteSnapshot(w io.Writer) error {
	if s.c == nil || !s.finished {
		return errors.New("story snapshot: no finished stream")
	}
	return writeSnapshot(w, s.c, s.at)
}

// Add takes newly stored articles, in the order they were stored. It is
// called by one goroutine (the ingester's writer).
func (s *StoryStream) Add(arts []*model.Article) {
	if len(arts) > 0 {
		b := &arrival{arts: arts, ps: make([]*story.Prepared, len(arts)), done: make(chan struct{})}
		s.prep <- b
		s.in <- b
	}
}

// articleKey is an article's place in EachArticle's order.
type articleKey struct {
	undated   bool
	day, time string
	id        string
}

func keyOf(a *model.Article) articleKey {
	day := a.Published
	if len(day) > 10 {
		day = day[:10]
	}
	return articleKey{undated: day == "", day: day, time: a.Published, id: a.ID}
}

func (k articleKey) less(o articleKey) bool {
	if k.sameTime(o) {
		return k.id < o.id
	}
	return k.earlier(o)
}

// earlier reports whether k's publication time comes before o's.
func (k articleKey) earlier(o articleKey) bool {
	switch {
	case k.undated != o.undated:
		return !k.undated
	case k.day != o.day:
		return k.day < o.day
	}
	return k.time < o.time
}

func (k articleKey) sameTime(o articleKey) bool {
	return k.undated == o.undated && k.day == o.day && k.time == o.time
}

type pendingArticle struct {
	key articleKey
	p   *story.Prepared
}

// keyHeap is a min-heap of pending articles by key.
type keyHeap []pendingArticle

func (h keyHeap) Len() int           { return len(h) }
func (h keyHeap) Less(i, j int) bool { return h[i].key.less(h[j].key) }
func (h keyHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *keyHeap) Push(x any)        { *h = append(*h, x.(pendingArticle)) }
func (h *keyHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (s *StoryStream) run() {
	defer close(s.done)
	for b := range s.in {
		<-b.done
		if s.broken {
			continue // drain: Finish replays
		}
		for i, a := range b.arts {
			s.arrive(a, b.ps[i])
		}
	}
}

// arrive puts one stored article in the reorder buffer and adds to the
// clusterer every buffered article published before the mark. Articles
// published at the same time go in ID order, which says nothing of the
// order they arrive in, so all of them wait for a later time's mark.
func (s *StoryStream) arrive(a *model.Article, p *story.Prepared) {
	k := keyOf(a)
	if s.at.n > 0 && !s.at.last.less(k) || len(s.pending) >= s.maxN {
		// It comes before an article already added, or too many wait.
		s.broken = true
		s.stop.Store(true)
		s.c, s.pending, s.lag = nil, nil, nil
		return
	}
	heap.Push(&s.pending, pendingArticle{k, p})
	if s.lag == nil {
		s.lag = make([]articleKey, s.lagN)
	}
	slot := &s.lag[s.arrived%s.lagN]
	if s.arrived >= s.lagN && (!s.hasMark || s.mark.earlier(*slot)) {
		s.mark, s.hasMark = *slot, true
	}
	*slot = k
	s.arrived++
	for s.hasMark && len(s.pending) > 0 && s.pending[0].key.earlier(s.mark) {
		s.add(heap.Pop(&s.pending).(pendingArticle))
	}
}

func (s *StoryStream) add(p pendingArticle) {
	s.c.AddPrepared(p.p)
	s.at.add(p.key)
}

// place is how far along the store's order a clusterer has come: the
// articles it took, the hash of their IDs in order (orderHash) and the
// last one's key. A snapshot's header records it.
type place struct {
	n     int
	order uint64
	last  articleKey
}

func (p *place) add(k articleKey) {
	p.n++
	p.order = orderHash(p.order, k.id)
	p.last = k
}

// track wraps each so that p follows every article it yields: all are
// added to a clusterer, in order, or the run fails and starts over.
func (p *place) track(each func(context.Context, func(*model.Article) error) error) func(context.Context, func(*model.Article) error) error {
	return func(ctx context.Context, fn func(*model.Article) error) error {
		return each(ctx, func(a *model.Article) error {
			p.add(keyOf(a))
			return fn(a)
		})
	}
}

// orderHash folds one more ID into a hash (FNV-1a, each ID ended by a
// zero byte) of a sequence of IDs.
func orderHash(h uint64, id string) uint64 {
	const prime = 1099511628211
	if h == 0 {
		h = 14695981039346656037
	}
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= prime
	}
	return h * prime // the zero byte
}

// Finish ends the stream once the ingest is done and stores the stories:
// the stream's own when it added every stored article in the store's
// order, else those of a replay (BuildStories). It returns the number of
// stories and whether the store was replayed.
func (s *StoryStream) Finish(ctx context.Context) (n int, replayed bool, err error) {
	close(s.prep)
	close(s.in)
	<-s.done
	if !s.broken {
		for len(s.pending) > 0 {
			s.add(heap.Pop(&s.pending).(pendingArticle))
		}
		seen, order, err := storeOrder(ctx, s.st)
		if err != nil {
			return 0, false, fmt.Errorf("build stories: %w", err)
		}
		if seen == s.at.n && order == s.at.order {
			out := modelStories(s.c)
			if s.written != nil {
				changed, removed, _ := diffStories(out, s.written)
				err = s.st.UpdateStories(ctx, changed, removed)
			} else {
				err = s.st.ReplaceStories(ctx, out)
			}
			if err != nil {
				return 0, false, fmt.Errorf("build stories: %w", err)
			}
			s.finished = true
			return len(out), false, nil
		}
	}
	s.c, s.pending = nil, nil
	if s.OnReplay != nil {
		s.OnReplay()
	}
	// The replay follows the store's order as the stream would, so that
	// its clusterer can be snapshotted and resumed like the stream's.
	c := story.New(s.cfg)
	var at place
	if err := addInOrder(ctx, at.track(s.st.EachArticle), c, nil); err != nil {
		return 0, true, fmt.Errorf("build stories: %w", err)
	}
	out := modelStories(c)
	if err := s.st.ReplaceStories(ctx, out); err != nil {
		return 0, true, fmt.Errorf("build stories: %w", err)
	}
	s.c, s.at, s.broken, s.finished = c, at, false, true
	return len(out), true, nil
}

// Close ends the stream without storing anything (after a failed ingest).
func (s *StoryStream) Close() {
	close(s.prep)
	close(s.in)
	<-s.done
	s.c, s.pending = nil, nil
}
