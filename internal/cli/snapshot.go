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

// useSnapshot hands the story snapshot at snap, when there is one, to
// use, and says through note why it could not be used, unless it was
// only out of date (the store changed since).
func useSnapshot(snap string, note func(string), use func(io.Reader) error) {
	if snap == "" {
		return
	}
	f, err := os.Open(snap)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err == nil {
		err = use(f)
		f.Close()
	}
	if err != nil && !errors.Is(err, pipeline.ErrStaleSnapshot) {
		note(fmt.Sprintf("story snapshot %s: %v; the stories will be built from the whole store", snap, err))
	}
}

// openStoryStream starts an ingest's story stream: from the snapshot at
// snap when there is one that matches the store, so that the ingest adds
// its articles to the stories the store has; otherwise afresh, and then
// Finish builds the stories from the whole store. note says why a
// snapshot could not be used.
func openStoryStream(ctx context.Context, st pipeline.StreamStore, snap string, note func(string)) (*pipeline.StoryStream, error) {
	var s *pipeline.StoryStream
	var storeErr error
	useSnapshot(snap, note, func(r io.Reader) error {
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

// resumeAssigner starts assigner from the snapshot at snap when there is
// one that matches the store; note says why one could not be used.
func resumeAssigner(ctx context.Context, assigner *pipeline.Assigner, snap string, note func(string)) {
	useSnapshot(snap, note, func(r io.Reader) error { return assigner.Resume(ctx, r) })
}

// snapshotWriter is a finished stream or an assigner that has run.
type snapshotWriter interface {
	WriteSnapshot(w io.Writer) error
}

// saveSnapshot writes the finished stream's snapshot to path, through a
// temporary file renamed over the old one, so that a crash leaves the
// old snapshot or the new, never half of one. When it cannot be written
// the old one is removed: it no longer matches the store.
func saveSnapshot(s snapshotWriter, path string) error {
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
