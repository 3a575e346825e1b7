package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/story"
)

// Store is what workers need of the store: ingest and story building.
type Store interface {
	pipeline.Store
	pipeline.AssignStore
}

// WorkerConfig says how one worker process works the queue. Zero fields
// take the defaults given.
type WorkerConfig struct {
	Store     Store
	Extractor *extract.Extractor
	// Analyzer, when set, annotates each new article.
	Analyzer pipeline.Analyzer
	// Stories configures the clusterer; zero fields take
	// story.DefaultConfig's values.
	Stories story.Config
	// Concurrency is the number of documents worked at once (GOMAXPROCS).
	Concurrency int
	// RetryBase is the wait before a failed document's first retry; each
	// later retry waits four times longer, up to an hour (5 s).
	RetryBase time.Duration
	// JobTimeout bounds one document (2 min).
	JobTimeout time.Duration
	// StopTimeout is how long in-flight jobs may finish once ctx is done
	// before they are cancelled and put back in the queue (30 s).
	StopTimeout time.Duration
	// SweepInterval is how often running jobs of dead workers are looked
	// for (5 s); they are also looked for at start.
	SweepInterval time.Duration
	// StoryPoll is how long a stories job snoozes while documents are
	// waiting (2 s), and StoryMaxWait how long it may keep snoozing
	// after it was queued before it runs anyway (30 s), or twice as
	// long as the last story run took when that is longer: a bulk load
	// of articles out of publication order replays the store at every
	// run, and this keeps replays to a third of the time and their
	// number logarithmic in the articles loaded.
	StoryPoll, StoryMaxWait time.Duration
	// ID names the worker in the queue; default host-pid-random.
	ID string
	// OnStart, when set, is called once the worker takes jobs.
	OnStart func(id string)
}

func (c *WorkerConfig) defaults() {
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.RetryBase <= 0 {
		c.RetryBase = 5 * time.Second
	}
	if c.JobTimeout <= 0 {
		c.JobTimeout = 2 * time.Minute
	}
	if c.StopTimeout <= 0 {
		c.StopTimeout = 30 * time.Second
	}
	if c.SweepInterval <= 0 {
		c.SweepInterval = 5 * time.Second
	}
	if c.StoryPoll <= 0 {
		c.StoryPoll = 2 * time.Second
	}
	if c.StoryMaxWait <= 0 {
		c.StoryMaxWait = 30 * time.Second
	}
	if c.ID == "" {
		host, _ := os.Hostname()
		var b [4]byte
		rand.Read(b[:])
		c.ID = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
	}
}

// fetchCooldown is the least time between two fetches of one worker.
// River's default (100 ms) caps a worker taking one document at a time
// at ten documents a second, far below what extraction allows.
const fetchCooldown = 5 * time.Millisecond

// storyTimeout bounds one story run; River's rescuer (rescueAfter) must
// wait longer than any job may run.
const (
	storyTimeout = 45 * time.Minute
	rescueAfter  = time.Hour
)

// RetryPolicy waits Base × 4^(attempt−1) before retrying a failed job,
// capped at an hour.
type RetryPolicy struct {
	Base time.Duration
}

// NextRetry returns when the job's next attempt may start.
func (p RetryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	return time.Now().Add(p.Delay(job.Attempt))
}

// Delay is the wait after the given (1-based) failed attempt.
func (p RetryPolicy) Delay(attempt int) time.Duration {
	d := float64(p.Base) * math.Pow(4, float64(max(attempt, 1)-1))
	return time.Duration(min(d, float64(time.Hour)))
}

// Work runs a worker until ctx is done, then stops it gracefully: no new
// jobs are fetched, in-flight jobs get cfg.StopTimeout to finish and are
// then cancelled and put back in the queue. It returns nil after a clean
// stop.
func (q *Queue) Work(ctx context.Context, cfg WorkerConfig) error {
	cfg.defaults()
	if cfg.Concurrency < 1 {
		return fmt.Errorf("worker: %w", errNoWorkers)
	}
	if cfg.Store == nil || cfg.Extractor == nil {
		return errors.New("worker: a store and an extractor are required")
	}

	// The liveness lock: held on its own connection for as long as this
	// worker lives, so that others can tell its jobs are not orphans.
	live, err := pgx.Connect(ctx, q.dsn)
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	defer func() {
		// Unlock before closing: PostgreSQL frees a closed session's
		// locks only once its backend has exited, and a worker started
		// right after this one stopped should find the assigner lock
		// free. This runs after the snapshot was saved at stop.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		live.Exec(ctx, "SELECT pg_advisory_unlock_all()")
		live.Close(ctx)
	}()
	if _, err := live.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", livenessClass, workerKey(cfg.ID)); err != nil {
		return fmt.Errorf("worker: liveness lock: %w", err)
	}

	// The assigner lock: the one worker holding it works the stories
	// queue, keeping its clusterer in memory between runs; when it dies,
	// another takes the lock at its next sweep.
	assigner, err := tryLock(ctx, live, lockAssigner)
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	queues := map[string]river.QueueConfig{DocumentQueue: {MaxWorkers: cfg.Concurrency}}
	if assigner {
		queues[StoryQueue] = storyQueueConfig()
	}
	stories := &storyWorker{q: q, cfg: &cfg, assigner: &pipeline.Assigner{Store: cfg.Store, Config: cfg.Stories}}
	stories.snapshots, _ = cfg.Store.(snapshotStore)
	if assigner {
		stories.resume(ctx)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &documentWorker{q: q, cfg: &cfg})
	river.AddWorker(workers, stories)
	client, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		ID:                   cfg.ID,
		Logger:               q.logger,
		Queues:               queues,
		Workers:              workers,
		FetchCooldown:        fetchCooldown,
		RetryPolicy:          RetryPolicy{Base: cfg.RetryBase},
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: rescueAfter,
		SoftStopTimeout:      cfg.StopTimeout,
	})
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	if _, err := q.ReleaseOrphans(ctx); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("worker: start: %w", err)
	}
	if cfg.OnStart != nil {
		cfg.OnStart(cfg.ID)
	}

	var runErr error
	tick := time.NewTicker(cfg.SweepInterval)
	defer tick.Stop()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-client.Stopped():
			runErr = errors.New("worker: river client stopped unexpectedly")
			break loop
		case <-tick.C:
			// Without the liveness lock others would take this
			// worker's jobs: stop rather than work twice.
			if err := live.Ping(ctx); err != nil && ctx.Err() == nil {
				runErr = fmt.Errorf("worker: lost the liveness connection: %w", err)
				break loop
			}
			if !assigner {
				if assigner, err = tryLock(ctx, live, lockAssigner); err != nil && ctx.Err() == nil {
					q.logger.Warn("take the assigner lock", "error", err)
				} else if assigner {
					stories.resume(ctx)
					if err := client.Queues().Add(StoryQueue, storyQueueConfig()); err != nil {
						runErr = fmt.Errorf("worker: take over story assignment: %w", err)
						break loop
					}
					q.logger.Info("this worker now assigns stories", "worker", cfg.ID)
				}
			}
			if _, err := q.ReleaseOrphans(ctx); err != nil && ctx.Err() == nil {
				q.logger.Warn("release orphaned jobs", "error", err)
			}
		}
	}
	stopErr := client.Stop(context.WithoutCancel(ctx))
	if stopErr != nil && runErr == nil {
		runErr = fmt.Errorf("worker: stop: %w", stopErr)
	}
	// After a clean stop no stories job runs any more: keep what the
	// assigner built for the next one. (After a lost liveness lock
	// another worker may already assign stories; leave the snapshot to
	// it.)
	if assigner && runErr == nil {
		stories.stopped(ctx)
	}
	return runErr
}

// storyQueueConfig works one stories job at a time.
func storyQueueConfig() river.QueueConfig { return river.QueueConfig{MaxWorkers: 1} }

// tryLock takes a session advisory lock on conn without waiting and
// reports whether it got it.
func tryLock(ctx context.Context, conn *pgx.Conn, key int32) (bool, error) {
	var got bool
	if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", lockClass, key).Scan(&got); err != nil {
		return false, fmt.Errorf("advisory lock %d: %w", key, err)
	}
	return got, nil
}

// workerKey is the liveness lock key of a worker ID.
func workerKey(id string) int32 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int32(h.Sum32())
}

// ReleaseOrphans puts back in the queue every running job whose worker
// no longer holds its liveness lock (the process died), recording the
// attempt as failed; a job on its last attempt is discarded instead. It
// returns how many jobs it released.
func (q *Queue) ReleaseOrphans(ctx context.Context) (int, error) {
	var now time.Time
	if err := q.pool.QueryRow(ctx, "SELECT now()").Scan(&now); err != nil {
		return 0, fmt.Errorf("release orphans: %w", err)
	}
	rows, err := q.pool.Query(ctx, `SELECT objid FROM pg_locks
		WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted
		  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, livenessClass)
	if err != nil {
		return 0, fmt.Errorf("release orphans: %w", err)
	}
	alive := map[uint32]bool{}
	for rows.Next() {
		var objid uint32
		if err := rows.Scan(&objid); err != nil {
			rows.Close()
			return 0, fmt.Errorf("release orphans: %w", err)
		}
		alive[objid] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("release orphans: %w", err)
	}
	running, err := q.client.JobList(ctx, river.NewJobListParams().
		States(rivertype.JobStateRunning).Queues(DocumentQueue, StoryQueue).First(10000))
	if err != nil {
		return 0, fmt.Errorf("release orphans: %w", err)
	}
	p := &riverdriver.JobRescueManyParams{StuckHorizon: now}
	for _, j := range running.Jobs {
		if len(j.AttemptedBy) == 0 || j.AttemptedAt == nil || !j.AttemptedAt.Before(now) {
			continue
		}
		by := j.AttemptedBy[len(j.AttemptedBy)-1]
		if alive[uint32(workerKey(by))] {
			continue
		}
		msg, _ := json.Marshal(rivertype.AttemptError{At: now, Attempt: j.Attempt,
			Error: fmt.Sprintf("worker %s died during attempt %d", by, j.Attempt)})
		p.ID = append(p.ID, j.ID)
		p.Error = append(p.Error, msg)
		if j.Attempt >= j.MaxAttempts {
			p.State = append(p.State, string(rivertype.JobStateDiscarded))
			p.FinalizedAt = append(p.FinalizedAt, &now)
		} else {
			p.State = append(p.State, string(rivertype.JobStateAvailable))
			p.FinalizedAt = append(p.FinalizedAt, nil)
		}
		p.ScheduledAt = append(p.ScheduledAt, now)
	}
	if len(p.ID) == 0 {
		return 0, nil
	}
	if _, err := q.client.Driver().GetExecutor().JobRescueMany(ctx, p); err != nil {
		return 0, fmt.Errorf("release orphans: %w", err)
	}
	q.logger.Info("released jobs of dead workers", "jobs", len(p.ID))
	return len(p.ID), nil
}

// documentWorker extracts, analyses and stores one document.
type documentWorker struct {
	river.WorkerDefaults[DocumentArgs]
	q   *Queue
	cfg *WorkerConfig
}

func (w *documentWorker) Work(ctx context.Context, job *river.Job[DocumentArgs]) error {
	in := &pipeline.Ingester{Store: w.cfg.Store, Extractor: w.cfg.Extractor, Analyzer: w.cfg.Analyzer, Workers: 1}
	sum, err := in.RunDocuments(ctx, []*model.Document{job.Args.Document()})
	if err != nil {
		return fmt.Errorf("ingest %s: %w", job.Args.Name, err)
	}
	for _, p := range sum.Problems {
		if p.Failed {
			return fmt.Errorf("%s: %s", p.Input, p.Reason)
		}
	}
	// A retried job may have stored its article before it was
	// interrupted, so it asks for stories too.
	if sum.New > 0 || job.Attempt > 1 {
		if err := w.q.requestStories(ctx); err != nil {
			return err
		}
	}
	return nil
}

// requestStories queues a stories job unless one that has not started
// yet is waiting: that one will see every article committed before now.
func (q *Queue) requestStories(ctx context.Context) error {
	waiting, err := q.hasJobs(ctx, StoryQueue, "available", "scheduled", "retryable", "pending")
	if err != nil {
		return fmt.Errorf("request stories: %w", err)
	}
	if waiting {
		return nil
	}
	if _, err := q.client.Insert(ctx, StoryArgs{}, nil); err != nil {
		return fmt.Errorf("request stories: %w", err)
	}
	return nil
}

// storyWorker is the single assigner: under an advisory lock it brings
// the stories up to date with the stored articles through its Assigner,
// which adds only the articles stored since its last run when it can.
// When the store keeps a story snapshot (snapshots is set), it starts
// from the stored one and saves its own after a load and at stop.
type storyWorker struct {
	river.WorkerDefaults[StoryArgs]
	q         *Queue
	cfg       *WorkerConfig
	snapshots snapshotStore // nil when the store keeps no snapshot
	lastRun   atomic.Int64  // how long the last run took (ns)

	mu       sync.Mutex // guards assigner and dirty
	assigner *pipeline.Assigner
	dirty    bool // the assigner changed since the snapshot was saved
}

// Timeout lets a story run take long on a large store.
func (w *storyWorker) Timeout(*river.Job[StoryArgs]) time.Duration { return storyTimeout }

func (w *storyWorker) Work(ctx context.Context, job *river.Job[StoryArgs]) error {
	if time.Since(job.CreatedAt) < max(w.cfg.StoryMaxWait, 2*time.Duration(w.lastRun.Load())) {
		docs, err := w.q.hasJobs(ctx, DocumentQueue, "available")
		if err != nil {
			return fmt.Errorf("stories: %w", err)
		}
		if docs {
			return river.JobSnooze(w.cfg.StoryPoll)
		}
	}
	conn, err := w.q.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", lockClass, lockStories); err != nil {
		return fmt.Errorf("stories: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1, $2)", lockClass, lockStories)
	stale, err := w.q.storiesStale(ctx)
	if err != nil {
		return err
	}
	if !stale {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	began := time.Now()
	st, err := w.assigner.Run(ctx)
	w.lastRun.Store(int64(time.Since(began)))
	if err != nil {
		w.dirty = false // the assigner starts over: nothing to save
		return fmt.Errorf("stories: %w", err)
	}
	w.q.logger.Info("stories updated", "added", st.Added, "replayed", st.Replayed,
		"written", st.Written, "removed", st.Removed, "stories", st.Stories)
	if st.Added > 0 || st.Replayed {
		w.dirty = true
	}
	// Save once a load is over rather than after every run of it: a
	// snapshot is written whole, and runs come every few seconds while
	// documents are worked.
	if w.dirty && w.snapshots != nil {
		pending, err := w.q.documentsPending(ctx)
		if err != nil {
			w.q.logger.Warn("save the story snapshot", "error", err)
		} else if !pending {
			w.saveSnapshot(ctx, "load done")
		}
	}
	return nil
}

// storiesStale reports whether some stored article is in no story.
// Articles are never removed and every story run places every article,
// so comparing counts suffices.
func (q *Queue) storiesStale(ctx context.Context) (bool, error) {
	articles, placed, err := q.storyCounts(ctx)
	if err != nil {
		return false, err
	}
	return placed < articles, nil
}

// storyCounts counts stored articles and those placed in a story.
func (q *Queue) storyCounts(ctx context.Context) (articles, placed int, err error) {
	err = q.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM story_articles)`).
		Scan(&articles, &placed)
	if err != nil {
		return 0, 0, fmt.Errorf("count stories: %w", err)
	}
	return articles, placed, nil
}
