package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/store"
)

// snapshotStore is a store that keeps the assigner's story snapshot, as
// the PostgreSQL store does. With one, a new assigner goes on from the
// snapshot its predecessor saved instead of replaying every article.
type snapshotStore interface {
	// ReadStorySnapshot returns the stored snapshot, or an error
	// wrapping store.ErrNotFound when there is none.
	ReadStorySnapshot(ctx context.Context) (io.ReadCloser, error)
	// WriteStorySnapshot replaces the stored snapshot with what write
	// writes, atomically.
	WriteStorySnapshot(ctx context.Context, write func(io.Writer) error) error
}

// snapshotTimeout bounds saving the story snapshot when the worker
// stops: at a million articles the snapshot is about 2 GB.
const snapshotTimeout = 10 * time.Minute

// resume starts the assigner from the stored story snapshot when the
// store keeps one and it holds exactly the stored articles; otherwise
// the assigner's first run replays the store. It logs which, and why.
// It is called when this worker becomes the assigner, before it takes
// stories jobs: at a first run there are always articles the snapshot
// lacks (they are why the run was asked for), and Resume would refuse
// it.
func (w *storyWorker) resume(ctx context.Context) {
	w.mu.Lock()
	defer w.mu.Unlock()
	log := w.q.logger
	if w.snapshots == nil {
		log.Info("the store keeps no story snapshot: the first story run replays the store")
		return
	}
	began := time.Now()
	r, err := w.snapshots.ReadStorySnapshot(ctx)
	if errors.Is(err, store.ErrNotFound) {
		log.Info("no story snapshot stored: the first story run replays the store")
		return
	}
	var read countingReader
	if err == nil {
		read.r = r
		err = w.assigner.Resume(ctx, &read)
		r.Close()
	}
	switch {
	case err == nil:
		w.dirty = false
		log.Info("stories resumed from the stored snapshot", "bytes", read.n,
			"took", time.Since(began).Round(time.Millisecond))
	case errors.Is(err, pipeline.ErrStaleSnapshot):
		log.Info("the stored story snapshot does not match the stored articles (some were stored since it was saved): the first story run replays the store")
	default:
		log.Warn("cannot resume from the stored story snapshot: the first story run replays the store", "error", err)
	}
}

// saveSnapshot stores the assigner's snapshot when it changed since the
// last save. A failure is logged, not returned: it costs the next
// assigner a replay, nothing more. when says what prompted the save.
// The caller holds w.mu.
func (w *storyWorker) saveSnapshot(ctx context.Context, when string) {
	if w.snapshots == nil || !w.dirty {
		return
	}
	began := time.Now()
	var written countingWriter
	err := w.snapshots.WriteStorySnapshot(ctx, func(dst io.Writer) error {
		written.w = dst
		return w.assigner.WriteSnapshot(&written)
	})
	if err != nil {
		w.q.logger.Warn("save the story snapshot", "when", when, "error", err)
		return
	}
	w.dirty = false
	w.q.logger.Info("story snapshot saved", "when", when, "bytes", written.n,
		"took", time.Since(began).Round(time.Millisecond))
}

// stopped saves the snapshot, when it changed, once the worker stopped
// taking stories jobs.
func (w *storyWorker) stopped(ctx context.Context) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), snapshotTimeout)
	defer cancel()
	w.mu.Lock()
	defer w.mu.Unlock()
	w.saveSnapshot(ctx, "worker stopping")
}

// documentsPending reports whether document jobs are waiting or being
// worked: a load is under way, and more articles are coming.
func (q *Queue) documentsPending(ctx context.Context) (bool, error) {
	pending, err := q.hasJobs(ctx, DocumentQueue, "available", "running")
	if err != nil {
		return false, fmt.Errorf("count document jobs: %w", err)
	}
	return pending, nil
}

// hasJobs reports whether the queue holds a job in one of states (as
// river_job_state values, so that River's index on state serves).
func (q *Queue) hasJobs(ctx context.Context, queue string, states ...string) (bool, error) {
	var found bool
	err := q.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM river_job WHERE queue = $1
		AND state = ANY($2::river_job_state[]))`, queue, states).Scan(&found)
	return found, err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
