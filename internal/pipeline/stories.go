package pipeline

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/story"
)

// StoryStore is what story building needs of a store.
type StoryStore interface {
	EachArticle(ctx context.Context, fn func(*model.Article) error) error
	ReplaceStories(ctx context.Context, stories []model.Story) error
}

// BuildStories assigns every stored article to a story, one article at a
// time in publication order, and stores the stories. Replaying the whole
// store keeps story IDs stable whatever order inputs were ingested in. A
// process that builds stories again and again keeps an Assigner instead.
func BuildStories(ctx context.Context, st StoryStore, cfg story.Config) (int, error) {
	c := story.New(cfg)
	err := addInOrder(ctx, st.EachArticle, c, nil)
	if err != nil {
		return 0, fmt.Errorf("build stories: %w", err)
	}
	out := modelStories(c)
	if err := st.ReplaceStories(ctx, out); err != nil {
		return 0, fmt.Errorf("build stories: %w", err)
	}
	return len(out), nil
}

// addInOrder adds the articles each yields to c, in each's order. The
// story-independent part of adding an article (words, signature, content
// terms: story.Prepare) runs ahead on other goroutines, so reading the
// store, preparing and clustering overlap on several cores while the
// adds stay in order. added, when set, is called after each add.
func addInOrder(ctx context.Context, each func(context.Context, func(*model.Article) error) error,
	c *story.Clusterer, added func(id string)) error {
	type item struct {
		a    story.Article
		done chan *story.Prepared
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	jobs := make(chan item, 4*workers)
	order := make(chan item, 8*workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				it.done <- story.Prepare(it.a)
			}
		}()
	}
	adder := make(chan struct{})
	go func() {
		defer close(adder)
		for it := range order {
			p := <-it.done
			c.AddPrepared(p)
			if added != nil {
				added(p.ID())
			}
		}
	}()
	err := each(ctx, func(m *model.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		it := item{a: storyArticle(m), done: make(chan *story.Prepared, 1)}
		select {
		case jobs <- it:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case order <- it:
		case <-ctx.Done():
			return ctx.Err()
		}
		return nil
	})
	close(jobs)
	wg.Wait()
	close(order)
	<-adder
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// AssignStore is what an Assigner needs of a store.
type AssignStore interface {
	StoryStore
	EachArticleID(ctx context.Context, fn func(id string) error) error
	EachArticleAfter(ctx context.Context, afterID string, fn func(*model.Article) error) error
	ArticlesThrough(ctx context.Context, id string) (int, error)
	UpdateStories(ctx context.Context, changed []model.Story, removed []string) error
}

// Assigner keeps the stored stories up to date with the stored articles,
// keeping its clusterer between runs. Stories are built in publication
// order (the store's EachArticle order), so a run can only add articles
// that come after the last one it added: when every article stored since
// the last run does, the run adds just those and writes only the stories
// that changed; when one came earlier (an older article stored late), or
// on the first run, it replays the whole store, as BuildStories does.
// Either way the stories are those a replay of the store would give.
//
// An Assigner assumes it is the only writer of the store's stories. It
// is not safe for concurrent use.
type Assigner struct {
	Store  AssignStore
	Config story.Config

	c       *story.Clusterer
	at      place             // the articles c took
	written map[string]uint64 // story ID → fingerprint of what is stored
}

// Resume starts the assigner from a story snapshot (one that `storyline
// ingest` or WriteSnapshot wrote) instead of a replay of the store, when
// the snapshot holds exactly the stored articles, in order: then the
// stored stories are the snapshot's, since any run over those articles
// stores the same stories. It returns ErrStaleSnapshot when the store
// changed since, or the snapshot's fault; the assigner then replays at
// its first run, as without a snapshot.
func (a *Assigner) Resume(ctx context.Context, r io.Reader) error {
	seen, order, err := storeOrder(ctx, a.Store)
	if err != nil {
		return fmt.Errorf("resume stories: %w", err)
	}
	c, at, err := readSnapshot(r, a.Config, exactly(seen, order))
	if err != nil {
		return err
	}
	a.c, a.at = c, at
	_, _, a.written = diffStories(modelStories(c), nil)
	return nil
}

// WriteSnapshot writes the assigner's clusterer as of its last
// successful run, for Resume or the next `storyline ingest` to go on
// from. It fails when there is none: before the first run, or after a
// failed one.
func (a *Assigner) WriteSnapshot(w io.Writer) error {
	if a.c == nil || a.at.n == 0 {
		return errors.New("story snapshot: the assigner has not run")
	}
	return writeSnapshot(w, a.c, a.at)
}

// AssignStats says what one Assigner run did.
type AssignStats struct {
	Added    int  // articles added to the stories
	Replayed bool // the run started from the first article
	Written  int  // stories written (changed or new)
	Removed  int  // stories deleted (merged into others)
	Stories  int  // stories in all
}

// Run brings the stories up to date. After an error the next run
// replays the store.
func (a *Assigner) Run(ctx context.Context) (AssignStats, error) {
	st, err := a.run(ctx)
	if err != nil {
		a.c, a.at, a.written = nil, place{}, nil
		return st, fmt.Errorf("assign stories: %w", err)
	}
	return st, nil
}

func (a *Assigner) run(ctx context.Context) (AssignStats, error) {
	var st AssignStats
	added := func(string) { st.Added++ }
	if a.c != nil && a.at.n > 0 {
		n, err := a.Store.ArticlesThrough(ctx, a.at.last.id)
		if err != nil {
			return st, err
		}
		if n == a.c.Len() {
			after := func(ctx context.Context, fn func(*model.Article) error) error {
				return a.Store.EachArticleAfter(ctx, a.at.last.id, fn)
			}
			if err := addInOrder(ctx, a.at.track(after), a.c, added); err != nil {
				return st, err
			}
			return st, a.write(ctx, &st)
		}
	}
	a.c, a.at, a.written = story.New(a.Config), place{}, nil
	st.Replayed = true
	if err := addInOrder(ctx, a.at.track(a.Store.EachArticle), a.c, added); err != nil {
		return st, err
	}
	return st, a.write(ctx, &st)
}

// write stores what changed since the last write: everything after a
// replay, else the stories whose fingerprint changed and the removal of
// those merged away.
func (a *Assigner) write(ctx context.Context, st *AssignStats) error {
	all := modelStories(a.c)
	changed, removed, next := diffStories(all, a.written)
	var err error
	if st.Replayed {
		err = a.Store.ReplaceStories(ctx, all)
	} else if len(changed)+len(removed) > 0 {
		err = a.Store.UpdateStories(ctx, changed, removed)
	}
	if err != nil {
		return err
	}
	a.written = next
	st.Written, st.Removed, st.Stories = len(changed), len(removed), len(all)
	return nil
}

// diffStories compares stories with the fingerprints of those stored
// (by ID): it returns the stories new or changed, the IDs stored but gone
// (sorted), and the fingerprints of all.
func diffStories(all []model.Story, written map[string]uint64) (changed []model.Story, removed []string, next map[string]uint64) {
	next = make(map[string]uint64, len(all))
	for _, s := range all {
		fp := fingerprint(s)
		next[s.ID] = fp
		if old, ok := written[s.ID]; !ok || old != fp {
			changed = append(changed, s)
		}
	}
	for id := range written {
		if _, ok := next[id]; !ok {
			removed = append(removed, id)
		}
	}
	sort.Strings(removed)
	return changed, removed, next
}

// fingerprint hashes everything of a story the store keeps.
func fingerprint(s model.Story) uint64 {
	h := fnv.New64a()
	field := func(x string) { h.Write([]byte(x)); h.Write([]byte{0}) }
	field(s.Title)
	field(s.Topic)
	for _, id := range s.Articles {
		field(id)
		field(s.Copies[id])
	}
	field("merged")
	for _, id := range s.MergedFrom {
		field(id)
	}
	return h.Sum64()
}

// storyArticle is what the clusterer reads of a stored article: its
// language lets a story cross languages by what crosses them, its outlet
// keeps a busy outlet's stories apart.
func storyArticle(a *model.Article) story.Article {
	return story.Article{ID: a.ID, Title: a.Title, Text: a.Text, Published: ParsePublished(a.Published),
		Lang: a.Language, Outlet: a.Outlet}
}

// modelStories converts the clusterer's stories for the store.
func modelStories(c *story.Clusterer) []model.Story {
	var out []model.Story
	for _, s := range c.Stories() {
		out = append(out, model.Story{ID: s.ID, Title: s.Title, Articles: s.Articles, Copies: s.Copies,
			MergedFrom: s.MergedFrom, Topic: s.Topic})
	}
	return out
}

// ParsePublished reads an article's publication date ("YYYY-MM-DD", RFC
// 3339, or an estimate at month or year precision, "YYYY-MM" or "YYYY",
// read as its first day); the zero time when it has none.
func ParsePublished(p string) time.Time {
	if t, err := time.Parse(time.RFC3339, p); err == nil {
		return t
	}
	if len(p) >= 10 {
		if t, err := time.Parse("2006-01-02", p[:10]); err == nil {
			return t
		}
	}
	for _, layout := range []string{"2006-01", "2006"} {
		if len(p) == len(layout) {
			if t, err := time.Parse(layout, p); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
