package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// snapshotPath is where ingest keeps the story snapshot of the store at
// path (the store's file name with ".stories" added), or "" when the
// store is not a local SQLite file.
func snapshotPath(path string) string {
	if path == "" || path == ":memory:" || strings.Contains(path, "://") || strings.HasPrefix(path, "file:") {
		return ""
	}
	return path + ".stories"
}

// snapshotKeeper keeps a store's story snapshot: in a file beside a
// SQLite store, or in the database itself for PostgreSQL.
type snapshotKeeper interface {
	// open returns the snapshot, or an error wrapping os.ErrNotExist or
	// store.ErrNotFound when there is none.
	open(ctx context.Context) (io.ReadCloser, error)
	// save replaces the snapshot with what s writes.
	save(ctx context.Context, s snapshotWriter) error
	// String names the snapshot in messages.
	String() string
}

// dbSnapshots is a store that keeps the story snapshot itself (the
// PostgreSQL store).
type dbSnapshots interface {
	ReadStorySnapshot(ctx context.Context) (io.ReadCloser, error)
	WriteStorySnapshot(ctx context.Context, write func(io.Writer) error) error
}

// keeperFor returns where the story snapshot of st, opened from path, is
// kept, or nil when nowhere (an in-memory store).
func keeperFor(st any, path string) snapshotKeeper {
	if db, ok := st.(dbSnapshots); ok {
		return dbKeeper{db}
	}
	if p := snapshotPath(path); p != "" {
		return fileKeeper(p)
	}
	return nil
}

// fileKeeper keeps the snapshot in the file it names.
type fileKeeper string

func (f fileKeeper) String() string { return string(f) }

func (f fileKeeper) open(context.Context) (io.ReadCloser, error) { return os.Open(string(f)) }

// save writes the snapshot through a temporary file renamed over the
// old one, so that a crash leaves the old snapshot or the new, never
// half of one. When it cannot be written the old one is removed: it no
// longer matches the store.
func (f fileKeeper) save(_ context.Context, s snapshotWriter) error {
	path := string(f)
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("story snapshot %s: %w", path, err)
	}
	err = tmp.Chmod(0o644) // as the store's own file, not CreateTemp's 0600
	if err == nil {
		err = s.WriteSnapshot(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		os.Remove(path)
		return fmt.Errorf("story snapshot %s: %w", path, err)
	}
	return nil
}

// dbKeeper keeps the snapshot in the database. A failed save leaves the
// old snapshot, which the next run finds stale and does not use.
type dbKeeper struct{ db dbSnapshots }

func (dbKeeper) String() string { return "in the database" }

func (k dbKeeper) open(ctx context.Context) (io.ReadCloser, error) {
	return k.db.ReadStorySnapshot(ctx)
}

func (k dbKeeper) save(ctx context.Context, s snapshotWriter) error {
	if err := k.db.WriteStorySnapshot(ctx, s.WriteSnapshot); err != nil {
		return fmt.Errorf("story snapshot in the database: %w", err)
	}
	return nil
}

// useSnapshot hands the story snapshot k keeps, when there is one, to
// use, and says through note why it could not be used, unless it was
// only out of date (the store changed since).
func useSnapshot(ctx context.Context, k snapshotKeeper, note func(string), use func(io.Reader) error) {
	if k == nil {
		return
	}
	r, err := k.open(ctx)
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, store.ErrNotFound) {
		return
	}
	if err == nil {
		err = use(r)
		r.Close()
	}
	if err != nil && !errors.Is(err, pipeline.ErrStaleSnapshot) {
		note(fmt.Sprintf("story snapshot %s: %v; the stories will be built from the whole store", k, err))
	}
}

// openStoryStream starts an ingest's story stream: from the snapshot k
// keeps when there is one that matches the store, so that the ingest
// adds its articles to the stories the store has; otherwise afresh, and
// then Finish builds the stories from the whole store. note says why a
// snapshot could not be used.
func openStoryStream(ctx context.Context, st pipeline.StreamStore, k snapshotKeeper, note func(string)) (*pipeline.StoryStream, error) {
	var s *pipeline.StoryStream
	var storeErr error
	useSnapshot(ctx, k, note, func(r io.Reader) error {
		var err error
		if s, err = pipeline.ResumeStoryStream(ctx, st, story.DefaultConfig, r); s == nil {
			storeErr = err // the store could not be read: no stream at all
			return nil
		}
		return err
	})
	if storeErr != nil {
		return nil, storeErr
	}
	if s == nil {
		return pipeline.NewStoryStream(ctx, st, story.DefaultConfig)
	}
	return s, nil
}

// resumeAssigner starts assigner from the snapshot k keeps when there is
// one that matches the store; note says why one could not be used.
func resumeAssigner(ctx context.Context, assigner *pipeline.Assigner, k snapshotKeeper, note func(string)) {
	useSnapshot(ctx, k, note, func(r io.Reader) error { return assigner.Resume(ctx, r) })
}

// snapshotWriter is a finished stream or an assigner that has run.
type snapshotWriter interface {
	WriteSnapshot(w io.Writer) error
}
