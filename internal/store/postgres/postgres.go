// Package postgres is storyline's store for more than one machine:
// PostgreSQL through github.com/jackc/pgx/v5. It implements the same
// store.Store as the embedded SQLite store and passes the same suite
// (store/storetest). Migrations are embedded and applied under an
// advisory lock, so that many processes may start at once; search uses
// PostgreSQL's full-text search with a language-aware configuration
// where PostgreSQL has one for the article's language and 'simple'
// lexemes for all. Beyond store.Store it keeps the story assigner's
// snapshot (WriteStorySnapshot, ReadStorySnapshot), which with SQLite
// lives in a file beside the store, so that the queue's workers share it.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the advisory lock key held while migrating.
const migrationLock = 0x73746f72796c696e // "storylin"

// DB is a Store backed by a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool

	snapshotChunk int // the story snapshot's chunk size; 0 means snapshotChunk
}

var _ store.Store = (*DB)(nil)

// Open connects to the database at dsn (postgres://…) and brings its
// schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	s := &DB{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

func (s *DB) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(migrationLock)); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", int64(migrationLock))
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	var version int
	if err := conn.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&version); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := path.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", base)
		}
		if n <= version {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations(version) VALUES ($1)", n); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// Close closes the connection pool.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// KnownDocument reports whether a document hash is known, recording
// origin for the article it yielded.
func (s *DB) KnownDocument(ctx context.Context, hash, origin string) (bool, error) {
	var articleID *string
	err := s.pool.QueryRow(ctx, "SELECT article_id FROM documents WHERE hash = $1", hash).Scan(&articleID)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up document %s: %w", origin, err)
	}
	if articleID != nil && origin != "" {
		if _, err := s.pool.Exec(ctx,
			"INSERT INTO origins(article_id, origin) VALUES ($1, $2) ON CONFLICT DO NOTHING", *articleID, origin); err != nil {
			return true, fmt.Errorf("record origin %s: %w", origin, err)
		}
	}
	return true, nil
}

// MarkDocument records a document that yielded no article.
func (s *DB) MarkDocument(ctx context.Context, hash, origin string) error {
	_, err := s.pool.Exec(ctx,
		"INSERT INTO documents(hash, origin) VALUES ($1, $2) ON CONFLICT DO NOTHING", hash, origin)
	if err != nil {
		return fmt.Errorf("mark document %s: %w", origin, err)
	}
	return nil
}

// PutArticle stores a, or records a new origin for an existing article.
func (s *DB) PutArticle(ctx context.Context, a *model.Article, docHash string) (bool, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	defer tx.Rollback(ctx)
	authors, _ := json.Marshal(nonNil(a.Authors))
	removed, _ := json.Marshal(nonNil(a.Removed))
	tag, err := tx.Exec(ctx, `INSERT INTO articles
		(id, source, url, title, authors, published, published_day, published_from,
		 language, outlet, text, removed, summary)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT (id) DO NOTHING`,
		a.ID, a.Source, a.URL, a.Title, string(authors), a.Published, day(a.Published),
		orNone(a.PublishedFrom), a.Language, a.Outlet, a.Text, string(removed), a.Summary)
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	origins := a.Origins
	if len(origins) == 0 {
		origins = []string{a.Source}
	}
	for _, o := range origins {
		if _, err := tx.Exec(ctx,
			"INSERT INTO origins(article_id, origin) VALUES ($1, $2) ON CONFLICT DO NOTHING", a.ID, o); err != nil {
			return false, fmt.Errorf("store origin %s: %w", o, err)
		}
	}
	if docHash != "" {
		if _, err := tx.Exec(ctx,
			"INSERT INTO documents(hash, origin, article_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
			docHash, origins[0], a.ID); err != nil {
			return false, fmt.Errorf("store document %s: %w", origins[0], err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	return tag.RowsAffected() == 1, nil
}

const articleCols = `a.id, a.source, a.url, a.title, a.authors::text, a.published, a.published_from,
	a.language, a.outlet, a.text, a.removed::text, a.summary, a.ingested_at,
	coalesce((SELECT string_agg(origin, E'\n' ORDER BY origin) FROM origins WHERE article_id = a.id), '')`

// headCols is articleCols without the text and removed lines.
const headCols = `a.id, a.source, a.url, a.title, a.authors::text, a.published, a.published_from,
	a.language, a.outlet, '', '[]', a.summary, a.ingested_at,
	coalesce((SELECT string_agg(origin, E'\n' ORDER BY origin) FROM origins WHERE article_id = a.id), '')`

// ArticleHeads returns the stored articles with these IDs, without
// their text and removed lines.
func (s *DB) ArticleHeads(ctx context.Context, ids []string) (map[string]model.Article, error) {
	out := make(map[string]model.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, "SELECT "+headCols+" FROM articles a WHERE a.id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		out[a.ID] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	return out, nil
}

func scanArticle(row pgx.Row, extra ...any) (model.Article, error) {
	var a model.Article
	var authors, removed, origins string
	dest := append([]any{&a.ID, &a.Source, &a.URL, &a.Title, &authors, &a.Published,
		&a.PublishedFrom, &a.Language, &a.Outlet, &a.Text, &removed, &a.Summary, &a.Ingested, &origins}, extra...)
	if err := row.Scan(dest...); err != nil {
		return a, err
	}
	a.Ingested = a.Ingested.UTC()
	_ = json.Unmarshal([]byte(authors), &a.Authors)
	_ = json.Unmarshal([]byte(removed), &a.Removed)
	if origins != "" {
		a.Origins = strings.Split(origins, "\n")
	}
	return a, nil
}

func collect(rows pgx.Rows, extra func() []any, after func(*model.Article)) ([]model.Article, error) {
	defer rows.Close()
	out := []model.Article{}
	for rows.Next() {
		var ex []any
		if extra != nil {
			ex = extra()
		}
		a, err := scanArticle(rows, ex...)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
		if after != nil {
			after(&out[len(out)-1])
		}
	}
	return out, rows.Err()
}

// Article returns one article by full ID or unique prefix.
func (s *DB) Article(ctx context.Context, id string) (*model.Article, error) {
	if id == "" || strings.ContainsAny(id, `%_\`) {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	rows, err := s.pool.Query(ctx, "SELECT "+articleCols+" FROM articles a WHERE a.id LIKE $1 || '%' LIMIT 2", id)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	found, err := collect(rows, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	case 1:
		return &found[0], nil
	}
	return nil, fmt.Errorf("article %s: prefix matches several articles", id)
}

func where(f store.Filter, conds []string, args []any) (string, []any) {
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if !f.From.IsZero() {
		conds = append(conds, "a.published_day >= "+arg(f.From.Format("2006-01-02")))
	}
	if !f.To.IsZero() {
		conds = append(conds, "a.published_day <> '' AND a.published_day <= "+arg(f.To.Format("2006-01-02")))
	}
	if f.Outlet != "" {
		conds = append(conds, "lower(a.outlet) = lower("+arg(f.Outlet)+")")
	}
	if f.Language != "" {
		conds = append(conds, "a.language = "+arg(f.Language))
	}
	if len(conds) == 0 {
		return "", args
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func limit(f store.Filter) int {
	if f.Limit <= 0 {
		return 1000
	}
	return f.Limit
}

// Articles lists articles, newest publication first.
func (s *DB) Articles(ctx context.Context, f store.Filter) ([]model.Article, error) {
	w, args := where(f, nil, nil)
	args = append(args, limit(f))
	rows, err := s.pool.Query(ctx, "SELECT "+articleCols+" FROM articles a"+w+
		" ORDER BY a.published_day DESC, a.seq LIMIT $"+strconv.Itoa(len(args)), args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	out, err := collect(rows, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// Search matches every word of query, each either as written ('simple')
// or stemmed for the article's language; title matches rank higher.
func (s *DB) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	words := strings.Fields(query)
	if len(words) == 0 {
		return nil, fmt.Errorf("search: empty query")
	}
	var args []any
	var parts []string
	for _, w := range words {
		args = append(args, w)
		n := "$" + strconv.Itoa(len(args))
		// A word that is only punctuation gives an empty tsquery, which
		// matches nothing; numnode() keeps it from emptying the query.
		parts = append(parts, fmt.Sprintf(`(CASE WHEN numnode(plainto_tsquery('simple', %[1]s)) = 0 THEN NULL
			ELSE plainto_tsquery('simple', %[1]s) || plainto_tsquery('english', %[1]s) END)`, n))
	}
	q := "(" + strings.Join(parts, " && ") + ")"
	w, args := where(f, []string{"a.tsv @@ " + q}, args)
	args = append(args, limit(f))
	rows, err := s.pool.Query(ctx, "SELECT "+articleCols+", ts_headline('simple', a.text, "+q+
		", 'StartSel=[, StopSel=], MaxWords=20, MinWords=8'), ts_rank(a.tsv, "+q+") FROM articles a"+w+
		" ORDER BY ts_rank(a.tsv, "+q+") DESC, a.seq LIMIT $"+strconv.Itoa(len(args)), args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits := []store.Hit{}
	var snippet string
	var score float32
	_, err = collect(rows, func() []any { return []any{&snippet, &score} }, func(a *model.Article) {
		hits = append(hits, store.Hit{Article: *a, Snippet: snippet, Score: float64(score)})
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// Stats counts stored rows.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM origins), (SELECT count(*) FROM documents)`).
		Scan(&st.Articles, &st.Origins, &st.Documents)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func day(published string) string {
	if len(published) >= 10 {
		return published[:10]
	}
	return published
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
