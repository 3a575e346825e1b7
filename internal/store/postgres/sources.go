package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

const sourceCols = "key, etag, last_modified, last_poll, last_success, last_error, failures, next_poll, articles"

func scanSource(row pgx.Row) (model.SourceState, error) {
	var st model.SourceState
	var poll, success, next *time.Time
	err := row.Scan(&st.Key, &st.ETag, &st.LastModified, &poll, &success, &st.LastError, &st.Failures, &next, &st.Articles)
	for _, p := range []struct {
		src *time.Time
		dst *time.Time
	}{{poll, &st.LastPoll}, {success, &st.LastSuccess}, {next, &st.NextPoll}} {
		if p.src != nil {
			*p.dst = p.src.UTC()
		}
	}
	return st, err
}

func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// SourceStates lists every watched source's state.
func (s *DB) SourceStates(ctx context.Context) ([]model.SourceState, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+sourceCols+" FROM sources ORDER BY key")
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	out := []model.SourceState{}
	for rows.Next() {
		st, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// SourceState returns one source's state (zero when unknown).
func (s *DB) SourceState(ctx context.Context, key string) (model.SourceState, error) {
	st, err := scanSource(s.pool.QueryRow(ctx, "SELECT "+sourceCols+" FROM sources WHERE key = $1", key))
	if errors.Is(err, pgx.ErrNoRows) {
		return model.SourceState{Key: key}, nil
	}
	if err != nil {
		return st, fmt.Errorf("source %s: %w", key, err)
	}
	return st, nil
}

// SaveSourceState stores a source's state.
func (s *DB) SaveSourceState(ctx context.Context, st model.SourceState) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO sources(`+sourceCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
		ON CONFLICT(key) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified,
		last_poll=excluded.last_poll, last_success=excluded.last_success, last_error=excluded.last_error,
		failures=excluded.failures, next_poll=excluded.next_poll, articles=excluded.articles`,
		st.Key, st.ETag, st.LastModified, nullTime(st.LastPoll), nullTime(st.LastSuccess), st.LastError,
		st.Failures, nullTime(st.NextPoll), st.Articles)
	if err != nil {
		return fmt.Errorf("save source %s: %w", st.Key, err)
	}
	return nil
}

// Fetched reports whether url was fetched before.
func (s *DB) Fetched(ctx context.Context, url string) (bool, error) {
	var one int
	err := s.pool.QueryRow(ctx, "SELECT 1 FROM fetched WHERE url = $1", url).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("fetched %s: %w", url, err)
	}
	return true, nil
}

// MarkFetched records url as fetched.
func (s *DB) MarkFetched(ctx context.Context, url string) error {
	if _, err := s.pool.Exec(ctx, "INSERT INTO fetched(url) VALUES ($1) ON CONFLICT DO NOTHING", url); err != nil {
		return fmt.Errorf("mark fetched %s: %w", url, err)
	}
	return nil
}

// PutAnnotations stores an article's annotations.
func (s *DB) PutAnnotations(ctx context.Context, articleID string, data []byte) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO annotations(article_id, data) VALUES ($1, $2)
		ON CONFLICT(article_id) DO UPDATE SET data = excluded.data`, articleID, string(data))
	if err != nil {
		return fmt.Errorf("store annotations %s: %w", articleID, err)
	}
	return nil
}

// Annotations returns an article's annotations.
func (s *DB) Annotations(ctx context.Context, articleID string) ([]byte, error) {
	var data string
	err := s.pool.QueryRow(ctx, "SELECT data::text FROM annotations WHERE article_id = $1", articleID).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("annotations %s: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("annotations %s: %w", articleID, err)
	}
	return []byte(data), nil
}
