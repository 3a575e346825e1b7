package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "t.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDocument(ctx, "h", "x"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen (migrations must not run twice): %v", err)
	}
	defer s.Close()
	if seen, _ := s.KnownDocument(ctx, "h", "x"); !seen {
		t.Error("document lost across reopen")
	}
}
