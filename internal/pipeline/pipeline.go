// Package pipeline runs the stages behind `storyline ingest`: source
// documents are extracted on a pool of workers (extraction is the costly
// step) and stored by one writer, so that the store sees one writer as
// SQLite wants. Every input ends in exactly one outcome — new, duplicate,
// skipped or failed — and the Summary counts them with their reasons.
// Stories are built from the stored articles: by a StoryStream beside
// the ingest, by BuildStories after it, or by an Assigner that keeps its
// clusterer between runs (the queue's workers and `storyline watch`).
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
)

// Store is what ingest needs of a store.
type Store interface {
	KnownDocument(ctx context.Context, hash, origin string) (bool, error)
	PutArticle(ctx context.Context, a *model.Article, docHash string) (bool, error)
	MarkDocument(ctx context.Context, hash, origin string) error
	PutAnnotations(ctx context.Context, articleID string, data []byte) error
}

// BatchStore is a Store that can write many articles, with their
// annotations, in one transaction; the ingester uses it when the store
// has it, since on SQLite a commit per article bounds a bulk ingest.
type BatchStore interface {
	PutArticles(ctx context.Context, ws []store.ArticleWrite) (created []bool, err error)
}

// Batch bounds: the writer stores what the extractors have finished,
// up to maxBatch articles, waiting at most batchWait for more; up to
// resultQueue finished articles wait for it. Fewer, larger transactions
// mean fewer full-text segments to merge and fewer WAL checkpoints (with
// the SQLite page cache, they took a million-article ingest from 2.29 to
// 2.17 ms of CPU an article).
const (
	maxBatch    = 128
	batchWait   = 250 * time.Millisecond
	resultQueue = 8 * maxBatch
)

// Analyzer annotates an article's text (entities, times, quotes) in
// its language (ISO 639-1, or "" when unknown) and returns the
// annotations as JSON.
type Analyzer interface {
	AnalyzeJSON(text, lang string, published time.Time) ([]byte, error)
}

// Problem is one input (or item) that was not ingested, and why.
type Problem struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
	// Failed distinguishes a failure (bad input, an error) from a skip
	// (nothing to ingest, such as an empty file).
	Failed bool `json:"failed"`
}

// Summary counts the outcomes of one ingest.
type Summary struct {
	New       int       `json:"new"`
	Duplicate int       `json:"duplicate"`
	Skipped   int       `json:"skipped"`
	Failed    int       `json:"failed"`
	Problems  []Problem `json:"problems"`
}

// Progress is reported as documents are done.
type Progress struct {
	Documents int    // documents finished so far
	Input     string // the input being read
}

// Ingester loads inputs into a store.
type Ingester struct {
	Store     Store
	Extractor *extract.Extractor
	Source    *source.Reader
	// Analyzer, when set, annotates each new article as it is extracted.
	Analyzer Analyzer
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// OnProgress, when set, is called after each document, from one
	// goroutine at a time.
	OnProgress func(Progress)
	// OnProblem, when set, is called for each problem as it happens.
	OnProblem func(Problem)
	// OnStored, when set, is called with the new articles of each
	// committed batch, in the order they were stored, from one goroutine
	// at a time (a StoryStream's Add).
	OnStored func([]*model.Article)
}

type job struct {
	doc  *model.Document
	hash string
}

type result struct {
	origin string
	hash   string
	art    *model.Article
	ann    []byte
	err    error
}

// Run ingests every path and returns what happened. The error is non-nil
// only when the run itself could not go on (the store failed, or ctx was
// cancelled); bad inputs are in the Summary.
func (in *Ingester) Run(ctx context.Context, paths []string) (Summary, error) {
	return in.run(ctx, func(ctx context.Context, h source.Handler) error {
		return in.Source.Read(ctx, paths, h)
	})
}

// RunInputs ingests inputs that are not files (fetched pages and feeds),
// as Run ingests files.
func (in *Ingester) RunInputs(ctx context.Context, inputs []source.Input) (Summary, error) {
	return in.run(ctx, func(ctx context.Context, h source.Handler) error {
		for _, input := range inputs {
			if err := ctx.Err(); err != nil {
				return err
			}
			in.Source.ReadInput(ctx, input, h)
		}
		return nil
	})
}

// RunDocuments ingests documents a caller already split (feed items a
// watcher read, say).
func (in *Ingester) RunDocuments(ctx context.Context, docs []*model.Document) (Summary, error) {
	return in.run(ctx, func(ctx context.Context, h source.Handler) error {
		for _, d := range docs {
			if err := h.Document(ctx, d); err != nil {
				h.Failed(d.Origin, err)
			}
		}
		return ctx.Err()
	})
}

func (in *Ingester) run(ctx context.Context, read func(context.Context, source.Handler) error) (Summary, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// The reader checks each document against the store (KnownDocument),
	// which waits while the writer holds SQLite's one connection for a
	// batch; a deep queue keeps the extractors busy meanwhile. The
	// results queue holds several batches for the same reason: a commit
	// that checkpoints the WAL waits on the disk, and with a queue of one
	// batch a million-article ingest kept its two cores only 92% busy.
	jobs := make(chan job, workers*32)
	results := make(chan result, resultQueue)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, err := in.Extractor.Extract(j.doc)
				r := result{origin: j.doc.Origin, hash: j.hash, art: a, err: err}
				if err == nil && in.Analyzer != nil {
					r.ann, r.err = in.Analyzer.AnalyzeJSON(a.Text, a.Language, ParsePublished(a.Published))
				}
				results <- r
			}
		}()
	}

	var (
		mu  sync.Mutex // guards sum and docs: written by reader and writer
		sum Summary
		cur string
		n   int
	)
	problem := func(p Problem) {
		mu.Lock()
		if p.Failed {
			sum.Failed++
		} else {
			sum.Skipped++
		}
		sum.Problems = append(sum.Problems, p)
		mu.Unlock()
		if in.OnProblem != nil {
			in.OnProblem(p)
		}
	}
	progress := func(input string) {
		mu.Lock()
		n++
		if input != "" {
			cur = input
		}
		p := Progress{Documents: n, Input: cur}
		mu.Unlock()
		if in.OnProgress != nil {
			in.OnProgress(p)
		}
	}

	// The writer: the only goroutine that writes to the store. It takes
	// what the extractors have finished in batches (see maxBatch).
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for r := range results {
			batch := []result{r}
			timer := time.NewTimer(batchWait)
		collect:
			for len(batch) < maxBatch {
				select {
				case r, ok := <-results:
					if !ok {
						break collect
					}
					batch = append(batch, r)
				case <-timer.C:
					break collect
				}
			}
			timer.Stop()
			in.write(ctx, batch, &mu, &sum, problem, cancel)
			for range batch {
				progress("")
			}
		}
	}()

	h := &handler{in: in, jobs: jobs, problem: problem, progress: progress, mu: &mu, sum: &sum}
	readErr := read(ctx, h)
	close(jobs)
	wg.Wait()
	close(results)
	<-writerDone

	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return sum, cause
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// write stores a batch of results: problems one by one, articles in one
// transaction when the store is a BatchStore.
func (in *Ingester) write(ctx context.Context, batch []result, mu *sync.Mutex, sum *Summary,
	problem func(Problem), fail context.CancelCauseFunc) {
	var ws []store.ArticleWrite
	for _, r := range batch {
		if ctx.Err() != nil {
			return
		}
		if r.err != nil {
			if errors.Is(r.err, extract.ErrNoContent) {
				problem(Problem{Input: r.origin, Reason: r.err.Error()})
				if err := in.Store.MarkDocument(ctx, r.hash, r.origin); err != nil {
					fail(err)
				}
				continue
			}
			problem(Problem{Input: r.origin, Reason: "extract: " + r.err.Error(), Failed: true})
			continue
		}
		ws = append(ws, store.ArticleWrite{Article: r.art, DocHash: r.hash, Annotations: r.ann})
	}
	if len(ws) == 0 {
		return
	}
	var created []bool
	if bs, ok := in.Store.(BatchStore); ok {
		var err error
		if created, err = bs.PutArticles(ctx, ws); err != nil {
			fail(fmt.Errorf("store %d articles from %s on: %w", len(ws), ws[0].Article.Source, err))
			return
		}
	} else {
		for _, w := range ws {
			ok, err := in.Store.PutArticle(ctx, w.Article, w.DocHash)
			if err != nil {
				fail(fmt.Errorf("store %s: %w", w.Article.Source, err))
				return
			}
			if ok && w.Annotations != nil {
				if err := in.Store.PutAnnotations(ctx, w.Article.ID, w.Annotations); err != nil {
					fail(fmt.Errorf("store %s: %w", w.Article.Source, err))
					return
				}
			}
			created = append(created, ok)
		}
	}
	var stored []*model.Article
	mu.Lock()
	for i, ok := range created {
		if ok {
			sum.New++
			stored = append(stored, ws[i].Article)
		} else {
			sum.Duplicate++
		}
	}
	mu.Unlock()
	if in.OnStored != nil && len(stored) > 0 {
		in.OnStored(stored)
	}
}

// handler receives documents from the source stage.
type handler struct {
	in       *Ingester
	jobs     chan<- job
	problem  func(Problem)
	progress func(string)
	mu       *sync.Mutex
	sum      *Summary
}

func (h *handler) Document(ctx context.Context, d *model.Document) error {
	hash := DocumentHash(d)
	seen, err := h.in.Store.KnownDocument(ctx, hash, d.Origin)
	if err != nil {
		return err
	}
	if seen {
		h.mu.Lock()
		h.sum.Duplicate++
		h.mu.Unlock()
		h.progress(d.Source)
		return nil
	}
	select {
	case h.jobs <- job{doc: d, hash: hash}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *handler) Failed(input string, err error) {
	h.problem(Problem{Input: input, Reason: err.Error(), Failed: true})
}

func (h *handler) Skipped(input, reason string) {
	h.problem(Problem{Input: input, Reason: reason})
}

// DocumentHash identifies a document by its content, so that the same
// bytes reached again — by the same path or another — are known at once.
func DocumentHash(d *model.Document) string {
	h := sha256.New()
	h.Write([]byte(d.Kind))
	h.Write([]byte{0})
	h.Write([]byte(d.URL))
	h.Write([]byte{0})
	if d.Record != nil {
		b, _ := json.Marshal(d.Record)
		h.Write(b)
	} else {
		h.Write(d.Body)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
