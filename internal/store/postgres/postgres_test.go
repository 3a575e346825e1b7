package postgres

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/postgres/pgtest"
	"github.com/storyline/storyline/internal/store/storetest"
)

// fresh empties the database's schema so that each test starts clean.
func fresh(t *testing.T, dsn string) store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `DROP SCHEMA public CASCADE; CREATE SCHEMA public`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	dsn := pgtest.DSN(t)
	storetest.Run(t, func(t *testing.T) store.Store { return fresh(t, dsn) })
}

// TestConcurrentMigrations starts many stores at once on an empty
// database: the advisory lock must let exactly one migrate.
func TestConcurrentMigrations(t *testing.T) {
	dsn := pgtest.DSN(t)
	fresh(t, dsn).Close()
	s, _ := Open(context.Background(), dsn)
	s.pool.Exec(context.Background(), `DROP SCHEMA public CASCADE; CREATE SCHEMA public`)
	s.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), dsn)
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(fmt.Errorf("concurrent open: %w", err))
	}
}
