// Package queue spreads ingest over processes and machines. It keeps a
// job queue in the same PostgreSQL database as the articles, through
// River (github.com/riverqueue/river, driver riverpgxv5), and runs the
// existing pipeline stages inside the jobs.
//
// # Jobs
//
// The enqueuer (Enqueuer, behind `storyline ingest --queue`) runs only
// the cheap source stage: it sniffs, decodes and splits every input into
// documents, as a single-process ingest does, and queues one job per
// document (DocumentArgs: the document's name, bytes, kind and charset,
// URL). Splitting before queueing lets a 2,000-article JSON dump or a
// WARC file spread over every worker, and a worker on another machine
// needs no access to the enqueuer's files. The document's content hash
// is the job's unique key, so a document queued twice is worked once.
//
// A worker (Queue.Work, behind `storyline worker`) takes document jobs
// and runs them through pipeline.Ingester.RunDocuments: extraction,
// analysis (entities, times, quotes) and the store. That path is
// idempotent — articles are keyed by a hash of their content, documents
// by a hash of their bytes — so a job worked twice stores nothing twice.
// A job that fails (an extraction error, a store error) is retried with
// exponential backoff (RetryPolicy); after its last attempt River
// discards it and keeps every attempt's error for `storyline status`.
//
// # Story assignment
//
// The story clusterer is online and order-dependent: the story an
// article joins depends on the articles before it. Workers that finish
// at once must not each fold "their" article into the stories, or the
// stories would depend on which worker was fastest. So workers only
// store articles, and story assignment has one writer:
//
//   - A worker that stored a new article asks for a story run: it queues
//     a stories job unless one is already waiting that has not started.
//     A waiting job starts after the article was committed, so it sees
//     it; a running one may not, and then a new one is queued.
//   - Only one worker works the stories queue: the one holding the
//     assigner lock, a session advisory lock it takes at start or, when
//     another holds it, tries again at every sweep. It holds it for its
//     whole life, so when it dies another worker takes over within
//     WorkerConfig.SweepInterval. A stories job also takes a per-run
//     advisory lock, so that two runs never overlap even then.
//   - The assigner keeps its clusterer in memory between runs
//     (pipeline.Assigner). Stories are built in publication order, ties
//     broken by article ID (not by storage order, which here is whichever
//     worker finished first). A run adds only the articles stored since
//     the last one when they all come after the last article it added,
//     and writes only the stories that changed; when an older article
//     was stored late, or on the first run of a new assigner that could
//     not resume from a snapshot (below), it replays the whole store.
//     When every stored article already has its story, a run does
//     nothing.
//   - While documents are still waiting, a stories job snoozes (up to
//     WorkerConfig.StoryMaxWait, or twice the last run's time), so that a
//     bulk load updates the stories a few times rather than once per
//     article.
//   - The assigner also saves its clusterer in the database, when the
//     store can keep it (the PostgreSQL store does, in chunks in one
//     table; pipeline.Assigner.WriteSnapshot writes it):
//     after a story run that added articles, once no document jobs are
//     waiting or running (a load is over), and when the worker stops
//     cleanly (SIGINT, SIGTERM). A save replaces the old snapshot in one
//     transaction; one that fails is logged and costs the next assigner
//     a replay, nothing more.
//   - A worker that becomes the assigner (at start, or when it takes over
//     from a dead one) first loads the stored snapshot, before it takes
//     any stories job. It uses it only when the snapshot holds exactly
//     the stored articles; then the stored stories are the snapshot's and
//     its first run adds only the articles stored after. When the
//     snapshot is missing, damaged or out of date (articles were stored
//     after it was saved: the old assigner died during a load, or other
//     workers stored articles while none assigned stories), its first run
//     replays the store, as without one. The worker logs which happened
//     and why.
//
// Either way the stories are a function of the set of stored articles,
// whatever order workers stored them in: a run where workers crashed and
// jobs were retried ends with the same stories as one without. Where
// this stops scaling: one process clusters every article (about a
// millisecond each, see the story package's benchmarks), an article
// stored out of publication order costs a replay of the store, and so
// does a new assigner whose snapshot is out of date. Sharding stories by
// time window would spread the clustering.
//
// # Crashed workers
//
// River's own rescuer frees a job whose worker vanished only after
// RescueStuckJobsAfter (an hour here, since a story run may be long).
// Workers do better: each holds a session advisory lock named after its
// River client ID for as long as it lives, and every worker looks, at
// start and then every WorkerConfig.SweepInterval, for running jobs
// whose client holds no such lock. PostgreSQL drops a dead process's
// locks when its connection closes, so a SIGKILLed worker's jobs are
// put back in the queue (with an error naming the dead worker, counting
// as an attempt) as soon as another worker, or the same one restarted,
// sweeps. On SIGINT or SIGTERM a worker stops fetching, lets in-flight
// jobs finish for WorkerConfig.StopTimeout, then cancels them and River
// puts them back as available.
package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
)

// Queue names and job kinds, as they appear in river_job and in
// `storyline status`.
const (
	DocumentQueue = "storyline_documents"
	StoryQueue    = "storyline_stories"
	DocumentKind  = "storyline_document"
	StoryKind     = "storyline_stories"
)

// Advisory lock keys. The two-key form keeps them apart from the store's
// migration lock and from River's own (one 64-bit key each).
const (
	lockClass      = 0x73746f72 // "stor"
	lockMigrate    = 1          // held while River's migrations run
	lockStories    = 2          // held by the one running stories job
	lockAssigner   = 3          // held, for its life, by the worker that assigns stories
	livenessClass  = 0x6c697665 // "live": one lock per worker, keyed by client ID
	defaultAttempt = 5
)

// DocumentArgs is a job that extracts, analyses and stores one document.
type DocumentArgs struct {
	// Hash is pipeline.DocumentHash of the document: the job's unique key.
	Hash string `json:"hash" river:"unique"`
	// Name is where the document came from ("a.json#12", a path, a URL).
	Name string `json:"name"`
	// Source is the input path or URL the user gave.
	Source string `json:"source"`
	// Type is the content type the source stage found: html, text or
	// record (a structured item whose fields are in Record).
	Type model.Kind `json:"type"`
	// Body is the document's content, already decoded to UTF-8.
	Body []byte `json:"body,omitempty"`
	// Charset is the encoding Body was decoded from.
	Charset   string        `json:"charset,omitempty"`
	URL       string        `json:"url,omitempty"`
	Container string        `json:"container,omitempty"`
	Fetched   time.Time     `json:"fetched,omitzero"`
	Record    *model.Record `json:"record,omitempty"`
}

// Kind names the job kind.
func (DocumentArgs) Kind() string { return DocumentKind }

// InsertOpts puts document jobs in their own queue.
func (DocumentArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: DocumentQueue, MaxAttempts: defaultAttempt,
		UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// NewDocumentArgs makes the job for one document.
func NewDocumentArgs(d *model.Document) DocumentArgs {
	return DocumentArgs{Hash: pipeline.DocumentHash(d), Name: d.Origin, Source: d.Source, Type: d.Kind,
		Body: d.Body, Charset: d.Charset, URL: d.URL, Container: d.Container, Fetched: d.Fetched, Record: d.Record}
}

// Document rebuilds the document the job carries.
func (a DocumentArgs) Document() *model.Document {
	return &model.Document{Source: a.Source, Origin: a.Name, Kind: a.Type, Body: a.Body, URL: a.URL,
		Charset: a.Charset, Container: a.Container, Fetched: a.Fetched, Record: a.Record}
}

// StoryArgs is a job that brings the stories up to date with the stored
// articles.
type StoryArgs struct{}

// Kind names the job kind.
func (StoryArgs) Kind() string { return StoryKind }

// InsertOpts puts story jobs in their own queue, worked one at a time
// per process (and, through an advisory lock, one at a time overall).
func (StoryArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: StoryQueue, MaxAttempts: 25}
}

// Queue is a connection to the job queue in a PostgreSQL database.
type Queue struct {
	dsn    string
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx] // insert-only; workers start their own
	logger *slog.Logger
}

// Open connects to the PostgreSQL database at dsn and brings River's
// tables up to date (under an advisory lock, so that many processes may
// start at once). logger receives River's messages; nil discards them.
func Open(ctx context.Context, dsn string, logger *slog.Logger) (*Queue, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open queue: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	q := &Queue{dsn: dsn, pool: pool, logger: logger}
	if err := q.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	q.client, err = river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: logger})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	return q, nil
}

// migrate applies River's migrations while holding an advisory lock.
func (q *Queue) migrate(ctx context.Context) error {
	conn, err := q.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", lockClass, lockMigrate); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1, $2)", lockClass, lockMigrate)
	m, err := rivermigrate.New(riverpgxv5.New(q.pool), &rivermigrate.Config{Logger: q.logger})
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// Close releases the connections.
func (q *Queue) Close() {
	q.pool.Close()
}

// EnqueueSummary counts what an Enqueuer did.
type EnqueueSummary struct {
	// Queued is the number of new document jobs.
	Queued int `json:"queued"`
	// Known counts documents already stored or already queued.
	Known    int                `json:"known"`
	Skipped  int                `json:"skipped"`
	Failed   int                `json:"failed"`
	Problems []pipeline.Problem `json:"problems"`
}

// Enqueuer reads inputs and queues one job per document.
type Enqueuer struct {
	Queue  *Queue
	Source *source.Reader
	// Store, when set, is asked whether a document was already ingested;
	// such documents are not queued (their new origin is recorded).
	Store pipeline.Store
	// MaxAttempts is how many times a document is tried before it is
	// discarded; 0 means 5.
	MaxAttempts int
	// OnProblem, when set, is called for each input not queued.
	OnProblem func(pipeline.Problem)
}

// batchBytes bounds the document bytes sent in one insert.
const batchBytes = 8 << 20

// Run reads paths (files, folders, "-") and queues their documents. The
// error is non-nil only when queueing itself failed.
func (e *Enqueuer) Run(ctx context.Context, paths []string) (EnqueueSummary, error) {
	h := &enqueueHandler{e: e}
	err := e.Source.Read(ctx, paths, h)
	if err == nil {
		err = h.flush(ctx)
	}
	if err == nil {
		err = h.err
	}
	return h.sum, err
}

type enqueueHandler struct {
	e     *Enqueuer
	sum   EnqueueSummary
	batch []river.InsertManyParams
	bytes int
	err   error
}

func (h *enqueueHandler) Document(ctx context.Context, d *model.Document) error {
	if h.err != nil {
		return h.err
	}
	args := NewDocumentArgs(d)
	if h.e.Store != nil {
		known, err := h.e.Store.KnownDocument(ctx, args.Hash, d.Origin)
		if err != nil {
			h.err = fmt.Errorf("enqueue %s: %w", d.Origin, err)
			return h.err
		}
		if known {
			h.sum.Known++
			return nil
		}
	}
	opts := args.InsertOpts()
	if h.e.MaxAttempts > 0 {
		opts.MaxAttempts = h.e.MaxAttempts
	}
	h.batch = append(h.batch, river.InsertManyParams{Args: args, InsertOpts: &opts})
	h.bytes += len(args.Body) + 512
	if h.bytes >= batchBytes || len(h.batch) >= 1000 {
		h.err = h.flush(ctx)
	}
	return h.err
}

func (h *enqueueHandler) flush(ctx context.Context) error {
	if len(h.batch) == 0 {
		return nil
	}
	res, err := h.e.Queue.client.InsertMany(ctx, h.batch)
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	for _, r := range res {
		if r.UniqueSkippedAsDuplicate {
			h.sum.Known++
		} else {
			h.sum.Queued++
		}
	}
	h.batch, h.bytes = h.batch[:0], 0
	return nil
}

func (h *enqueueHandler) Failed(input string, err error) {
	h.problem(pipeline.Problem{Input: input, Reason: err.Error(), Failed: true})
}

func (h *enqueueHandler) Skipped(input, reason string) {
	h.problem(pipeline.Problem{Input: input, Reason: reason})
}

func (h *enqueueHandler) problem(p pipeline.Problem) {
	if p.Failed {
		h.sum.Failed++
	} else {
		h.sum.Skipped++
	}
	h.sum.Problems = append(h.sum.Problems, p)
	if h.e.OnProblem != nil {
		h.e.OnProblem(p)
	}
}

// Enqueue queues documents a caller already has (feed items, say) and
// returns how many were new to the queue.
func (q *Queue) Enqueue(ctx context.Context, docs []*model.Document) (int, error) {
	h := &enqueueHandler{e: &Enqueuer{Queue: q}}
	for _, d := range docs {
		if err := h.Document(ctx, d); err != nil {
			return h.sum.Queued, err
		}
	}
	if err := h.flush(ctx); err != nil {
		return h.sum.Queued, err
	}
	return h.sum.Queued, nil
}

// errNoWorkers is returned by Work when asked for no concurrency.
var errNoWorkers = errors.New("concurrency must be at least 1")
