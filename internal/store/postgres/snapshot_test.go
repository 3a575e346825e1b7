package postgres

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"testing"
	"testing/iotest"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/postgres/pgtest"
)

// snapshotDB opens a store on a fresh database with story snapshot
// chunks of chunk bytes.
func snapshotDB(t *testing.T, chunk int) *DB {
	t.Helper()
	s, err := Open(context.Background(), pgtest.FreshDB(t, "storyline_snapshot"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.snapshotChunk = chunk
	return s
}

// randomBytes returns n reproducible pseudo-random bytes.
func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// writeInPieces writes b in writes of uneven sizes, some larger than a
// chunk, some crossing chunk boundaries.
func writeInPieces(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		for i := 0; len(b) > 0; i++ {
			k := min([]int{1, 999, 3500, 17, 1000}[i%5], len(b))
			if n, err := w.Write(b[:k]); err != nil || n != k {
				return errors.Join(err, io.ErrShortWrite)
			}
			b = b[k:]
		}
		return nil
	}
}

func chunks(t *testing.T, s *DB) int {
	t.Helper()
	var n int
	if err := s.pool.QueryRow(context.Background(), "SELECT count(*) FROM story_snapshot").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func readSnapshot(t *testing.T, s *DB) []byte {
	t.Helper()
	r, err := s.ReadStorySnapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStorySnapshotRoundTrip(t *testing.T) {
	s := snapshotDB(t, 1000)
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		size   int
		chunks int
	}{
		{"many chunks", 10_500, 11},
		{"whole chunks", 3000, 3},
		{"one byte", 1, 1},
		{"empty", 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := randomBytes(uint64(tc.size), tc.size)
			if err := s.WriteStorySnapshot(ctx, writeInPieces(want)); err != nil {
				t.Fatal(err)
			}
			if n := chunks(t, s); n != tc.chunks {
				t.Errorf("%d bytes stored in %d chunks, want %d", tc.size, n, tc.chunks)
			}
			r, err := s.ReadStorySnapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if err := iotest.TestReader(r, want); err != nil {
				t.Error(err)
			}
			if err := r.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
			if n, err := r.Read(make([]byte, 1)); n != 0 || err == nil {
				t.Errorf("read after close = %d, %v; want an error", n, err)
			}
		})
	}
}

func TestStorySnapshotReplace(t *testing.T) {
	s := snapshotDB(t, 1000)
	ctx := context.Background()
	old := randomBytes(1, 7200)
	if err := s.WriteStorySnapshot(ctx, writeInPieces(old)); err != nil {
		t.Fatal(err)
	}
	next := randomBytes(2, 2500)
	if err := s.WriteStorySnapshot(ctx, writeInPieces(next)); err != nil {
		t.Fatal(err)
	}
	if got := readSnapshot(t, s); !bytes.Equal(got, next) {
		t.Errorf("read %d bytes after the replacement, want the new %d", len(got), len(next))
	}
	if n := chunks(t, s); n != 3 {
		t.Errorf("%d chunks after the replacement, want 3: the old ones must go", n)
	}

	// A write that fails part way leaves the previous snapshot whole.
	failure := errors.New("clusterer broke")
	err := s.WriteStorySnapshot(ctx, func(w io.Writer) error {
		w.Write(randomBytes(3, 4200))
		return failure
	})
	if !errors.Is(err, failure) {
		t.Errorf("failed write returned %v, want its error", err)
	}
	if got := readSnapshot(t, s); !bytes.Equal(got, next) {
		t.Errorf("after a failed write, read %d bytes, want the previous %d", len(got), len(next))
	}

	// A reader that has begun goes on reading the snapshot it began
	// with when another is written meanwhile.
	r, err := s.ReadStorySnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	head := make([]byte, 1500)
	if _, err := io.ReadFull(r, head); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteStorySnapshot(ctx, writeInPieces(old)); err != nil {
		t.Fatal(err)
	}
	rest, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := append(head, rest...); !bytes.Equal(got, next) {
		t.Errorf("a reader begun before a replacement read %d bytes that are not the snapshot it began with", len(got))
	}
	if got := readSnapshot(t, s); !bytes.Equal(got, old) {
		t.Errorf("a reader begun after the replacement read %d bytes, want the new %d", len(got), len(old))
	}
}

func TestStorySnapshotNone(t *testing.T) {
	s := snapshotDB(t, 0)
	r, err := s.ReadStorySnapshot(context.Background())
	if r != nil || !errors.Is(err, ErrNoSnapshot) || !errors.Is(err, store.ErrNotFound) {
		t.Errorf("read without a snapshot = %v, %v; want ErrNoSnapshot", r, err)
	}
	if s.chunkSize() != snapshotChunk {
		t.Errorf("default chunk size %d, want %d", s.chunkSize(), snapshotChunk)
	}
}
