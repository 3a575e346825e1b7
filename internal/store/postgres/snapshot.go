package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/jackc/pgx/v5"

	"github.com/storyline/storyline/internal/store"
)

// ErrNoSnapshot is returned by ReadStorySnapshot when no story snapshot
// is stored. It wraps store.ErrNotFound, so callers that know only the
// store package can test for that.
var ErrNoSnapshot = fmt.Errorf("no story snapshot: %w", store.ErrNotFound)

// snapshotChunk is the size of the chunks a story snapshot is stored
// in: small enough to hold one in memory, far below bytea's 1 GB cap.
const snapshotChunk = 4 << 20

// chunkSize is the size of the story snapshot's chunks; tests set
// DB.snapshotChunk to make it small.
func (s *DB) chunkSize() int {
	if s.snapshotChunk > 0 {
		return s.snapshotChunk
	}
	return snapshotChunk
}

// WriteStorySnapshot replaces the stored story snapshot with what write
// writes, in one transaction: readers see the old snapshot or the new
// one, never a mix, and when write or the store fails the old one stays.
// The snapshot is streamed to the database in chunks of a few MiB, so it
// is never held in memory whole, whatever its size.
func (s *DB) WriteStorySnapshot(ctx context.Context, write func(io.Writer) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("store story snapshot: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "DELETE FROM story_snapshot"); err != nil {
		return fmt.Errorf("store story snapshot: %w", err)
	}
	w := &chunkWriter{ctx: ctx, tx: tx, buf: make([]byte, 0, s.chunkSize())}
	if err := write(w); err != nil {
		return fmt.Errorf("store story snapshot: %w", err)
	}
	if err := w.flush(); err != nil {
		return fmt.Errorf("store story snapshot: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("store story snapshot: %w", err)
	}
	return nil
}

// chunkWriter inserts what is written to it as numbered chunks of
// cap(buf) bytes.
type chunkWriter struct {
	ctx context.Context
	tx  pgx.Tx
	buf []byte
	seq int
	err error
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n := 0
	for len(p) > 0 {
		k := copy(w.buf[len(w.buf):cap(w.buf)], p)
		w.buf = w.buf[:len(w.buf)+k]
		p = p[k:]
		n += k
		if len(w.buf) == cap(w.buf) {
			if err := w.insert(); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// flush inserts what is buffered: the last chunk, or an empty first
// one when nothing was written, so that an empty snapshot reads back as
// empty rather than as none.
func (w *chunkWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	if len(w.buf) > 0 || w.seq == 0 {
		return w.insert()
	}
	return nil
}

func (w *chunkWriter) insert() error {
	if _, err := w.tx.Exec(w.ctx, "INSERT INTO story_snapshot(seq, chunk) VALUES ($1, $2)", w.seq, w.buf); err != nil {
		w.err = fmt.Errorf("chunk %d: %w", w.seq, err)
		return w.err
	}
	w.seq++
	w.buf = w.buf[:0]
	return nil
}

// ReadStorySnapshot returns the stored story snapshot, or ErrNoSnapshot
// when there is none. The snapshot is read one chunk at a time, inside a
// read-only repeatable-read transaction, so that a snapshot written
// meanwhile does not mix with the one being read; the reader holds a
// connection until it is closed, and must be. ctx bounds the whole read.
func (s *DB) ReadStorySnapshot(ctx context.Context) (io.ReadCloser, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("read story snapshot: %w", err)
	}
	r := &chunkReader{ctx: ctx, tx: tx}
	if err := r.next(); err != nil {
		tx.Rollback(ctx)
		if errors.Is(err, io.EOF) {
			return nil, ErrNoSnapshot
		}
		return nil, fmt.Errorf("read story snapshot: %w", err)
	}
	return r, nil
}

// chunkReader reads the story snapshot's chunks in order.
type chunkReader struct {
	ctx   context.Context
	tx    pgx.Tx
	chunk []byte // what is left of the current chunk
	seq   int    // the next chunk's number
	err   error  // sticky: io.EOF after the last chunk, or a failure
}

// next fetches the next chunk; io.EOF when there is none.
func (r *chunkReader) next() error {
	err := r.tx.QueryRow(r.ctx, "SELECT chunk FROM story_snapshot WHERE seq = $1", r.seq).Scan(&r.chunk)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return io.EOF
	case err != nil:
		return fmt.Errorf("chunk %d: %w", r.seq, err)
	}
	r.seq++
	return nil
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.chunk) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if err := r.next(); err != nil {
			if !errors.Is(err, io.EOF) {
				err = fmt.Errorf("read story snapshot: %w", err)
			}
			r.err = err
		}
	}
	n := copy(p, r.chunk)
	r.chunk = r.chunk[n:]
	return n, nil
}

// Close ends the read's transaction and releases its connection.
func (r *chunkReader) Close() error {
	if r.tx == nil {
		return nil
	}
	err := r.tx.Rollback(context.WithoutCancel(r.ctx))
	r.tx, r.chunk = nil, nil
	if r.err == nil {
		r.err = errors.New("read story snapshot: reader closed")
	}
	if err != nil {
		return fmt.Errorf("read story snapshot: %w", err)
	}
	return nil
}
