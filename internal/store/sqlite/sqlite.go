// Package sqlite is storyline's embedded store: SQLite through
// modernc.org/sqlite (pure Go, so the binary stays static), in WAL mode,
// with its schema migrations embedded and an FTS5 index over article
// titles and bodies.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a Store backed by one SQLite file.
type DB struct {
	db   *sql.DB
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite store at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	// A 128 MB page cache (SQLite's default is 2 MB) holds the inner
	// pages of the ID indexes a large store's inserts land in at random;
	// at a million articles, reading them back was nearly 2% of an ingest's CPU.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-131072)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One writer at a time is SQLite's model; a single connection also
	// keeps the WAL pragma and transactions simple.
	db.SetMaxOpenConns(1)
	s := &DB{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// migrate applies every embedded migration newer than the database's
// user_version, each in its own transaction.
func (s *DB) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
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
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// KnownDocument reports whether a document hash is known, recording
// origin for the article it yielded.
func (s *DB) KnownDocument(ctx context.Context, hash, origin string) (bool, error) {
	var articleID sql.NullString
	err := s.db.QueryRowContext(ctx, "SELECT article_id FROM documents WHERE hash = ?", hash).Scan(&articleID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up document %s: %w", origin, err)
	}
	if articleID.Valid && origin != "" {
		if _, err := s.db.ExecContext(ctx,
			"INSERT OR IGNORE INTO origins(article_id, origin) VALUES (?, ?)", articleID.String, origin); err != nil {
			return true, fmt.Errorf("record origin %s: %w", origin, err)
		}
	}
	return true, nil
}

// MarkDocument records a document that yielded no article.
func (s *DB) MarkDocument(ctx context.Context, hash, origin string) error {
	_, err := s.db.ExecContext(ctx,
		"INSERT OR IGNORE INTO documents(hash, origin, seen_at) VALUES (?, ?, ?)",
		hash, origin, now())
	if err != nil {
		return fmt.Errorf("mark document %s: %w", origin, err)
	}
	return nil
}

// PutArticle stores a, or records a new origin for an existing article.
func (s *DB) PutArticle(ctx context.Context, a *model.Article, docHash string) (bool, error) {
	created, err := s.PutArticles(ctx, []store.ArticleWrite{{Article: a, DocHash: docHash}})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutArticles stores many articles, with their annotations, in one
// transaction: all or none. A commit per article is what bounds a bulk
// ingest on SQLite (each commit writes the WAL). created[i] reports
// whether ws[i] was new; an existing article only gains an origin.
func (s *DB) PutArticles(ctx context.Context, ws []store.ArticleWrite) (created []bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store articles: %w", err)
	}
	defer tx.Rollback()
	// Rows inserted by this transaction get rowids above the largest
	// before it; they enter the full-text index in one statement below.
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(rowid), 0) FROM articles").Scan(&last); err != nil {
		return nil, fmt.Errorf("store articles: %w", err)
	}
	created = make([]bool, len(ws))
	added := false
	for i, w := range ws {
		if created[i], err = putArticle(ctx, tx, w.Article, w.DocHash); err != nil {
			return nil, err
		}
		if created[i] && w.Annotations != nil {
			if _, err := tx.ExecContext(ctx, `INSERT INTO annotations(article_id, data) VALUES (?, ?)
				ON CONFLICT(article_id) DO UPDATE SET data = excluded.data`, w.Article.ID, string(w.Annotations)); err != nil {
				return nil, fmt.Errorf("store annotations %s: %w", w.Article.ID, err)
			}
		}
		added = added || created[i]
	}
	if added {
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text)
			SELECT rowid, title, text FROM articles WHERE rowid > ?`, last); err != nil {
			return nil, fmt.Errorf("index articles: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store articles: %w", err)
	}
	return created, nil
}

// putArticle writes one article, its origins and its document in tx.
func putArticle(ctx context.Context, tx *sql.Tx, a *model.Article, docHash string) (bool, error) {
	authors, _ := json.Marshal(nonNil(a.Authors))
	removed, _ := json.Marshal(nonNil(a.Removed))
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO articles
		(id, source, url, title, authors, published, published_day, published_from,
		 language, outlet, text, removed, summary, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.ID, a.Source, a.URL, a.Title, string(authors), a.Published, day(a.Published),
		orNone(a.PublishedFrom), a.Language, a.Outlet, a.Text, string(removed), a.Summary, now())
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	n, _ := res.RowsAffected()
	origins := a.Origins
	if len(origins) == 0 {
		origins = []string{a.Source}
	}
	for _, o := range origins {
		if _, err := tx.ExecContext(ctx,
			"INSERT OR IGNORE INTO origins(article_id, origin) VALUES (?, ?)", a.ID, o); err != nil {
			return false, fmt.Errorf("store origin %s: %w", o, err)
		}
	}
	if docHash != "" {
		if _, err := tx.ExecContext(ctx,
			"INSERT OR IGNORE INTO documents(hash, origin, article_id, seen_at) VALUES (?, ?, ?, ?)",
			docHash, origins[0], a.ID, now()); err != nil {
			return false, fmt.Errorf("store document %s: %w", origins[0], err)
		}
	}
	return n == 1, nil
}

const articleCols = `a.id, a.source, a.url, a.title, a.authors, a.published, a.published_from,
	a.language, a.outlet, a.text, a.removed, a.summary, a.ingested_at,
	(SELECT group_concat(origin, char(10)) FROM (SELECT origin FROM origins WHERE article_id = a.id ORDER BY origin))`

// headCols is articleCols without the text and removed lines.
const headCols = `a.id, a.source, a.url, a.title, a.authors, a.published, a.published_from,
	a.language, a.outlet, '', '[]', a.summary, a.ingested_at,
	(SELECT group_concat(origin, char(10)) FROM (SELECT origin FROM origins WHERE article_id = a.id ORDER BY origin))`

// headsPage bounds the IDs one ArticleHeads query asks for.
const headsPage = 500

// ArticleHeads returns the stored articles with these IDs, without
// their text and removed lines.
func (s *DB) ArticleHeads(ctx context.Context, ids []string) (map[string]model.Article, error) {
	out := make(map[string]model.Article, len(ids))
	for len(ids) > 0 {
		page := ids[:min(len(ids), headsPage)]
		ids = ids[len(page):]
		args := make([]any, len(page))
		for i, id := range page {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, "SELECT "+headCols+" FROM articles a WHERE a.id IN (?"+
			strings.Repeat(", ?", len(page)-1)+")", args...)
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("read articles: %w", err)
			}
			out[a.ID] = a
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
	}
	return out, nil
}

func scanArticle(sc interface{ Scan(...any) error }, extra ...any) (model.Article, error) {
	var a model.Article
	var authors, removed string
	var origins sql.NullString
	var ingested string
	dest := append([]any{&a.ID, &a.Source, &a.URL, &a.Title, &authors, &a.Published,
		&a.PublishedFrom, &a.Language, &a.Outlet, &a.Text, &removed, &a.Summary, &ingested, &origins}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return a, err
	}
	a.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	_ = json.Unmarshal([]byte(authors), &a.Authors)
	_ = json.Unmarshal([]byte(removed), &a.Removed)
	if origins.Valid && origins.String != "" {
		a.Origins = strings.Split(origins.String, "\n")
	}
	return a, nil
}

// Article returns one article by full ID or unique prefix.
func (s *DB) Article(ctx context.Context, id string) (*model.Article, error) {
	if id == "" || strings.ContainsAny(id, "%_") {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	rows, err := s.db.QueryContext(ctx,
		"SELECT "+articleCols+" FROM articles a WHERE a.id LIKE ? || '%' LIMIT 2", id)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	defer rows.Close()
	var found []model.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		found = append(found, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	case 1:
		return &found[0], nil
	default:
		return nil, fmt.Errorf("article %s: prefix matches several articles", id)
	}
}

func where(f store.Filter, conds []string, args []any) (string, []any) {
	if !f.From.IsZero() {
		conds = append(conds, "a.published_day >= ?")
		args = append(args, f.From.Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		conds = append(conds, "a.published_day <> '' AND a.published_day <= ?")
		args = append(args, f.To.Format("2006-01-02"))
	}
	if f.Outlet != "" {
		conds = append(conds, "a.outlet = ? COLLATE NOCASE")
		args = append(args, f.Outlet)
	}
	if f.Language != "" {
		conds = append(conds, "a.language = ?")
		args = append(args, f.Language)
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
	q := "SELECT " + articleCols + " FROM articles a" + w +
		" ORDER BY a.published_day DESC, a.rowid LIMIT ?"
	rows, err := s.db.QueryContext(ctx, q, append(args, limit(f))...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	out := []model.Article{}
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Search runs an FTS5 query. Plain words are matched as terms (all must
// appear); FTS5 syntax is not exposed, so user input cannot break the query.
func (s *DB) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, fmt.Errorf("search: empty query")
	}
	w, args := where(f, []string{"articles_fts MATCH ?"}, []any{match})
	q := "SELECT " + articleCols + `, snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts, 5.0, 1.0)
		FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid` + w +
		" ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?"
	rows, err := s.db.QueryContext(ctx, q, append(args, limit(f))...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	out := []store.Hit{}
	for rows.Next() {
		var h store.Hit
		a, err := scanArticle(rows, &h.Snippet, &h.Score)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Article = a
		h.Score = -h.Score // bm25 is lower-is-better; report higher-is-better
		out = append(out, h)
	}
	return out, rows.Err()
}

// ftsQuery turns user words into an FTS5 query of quoted terms, so that
// punctuation and operators in the input are matched literally.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(q) {
		w = strings.ReplaceAll(w, `"`, `""`)
		terms = append(terms, `"`+w+`"`)
	}
	return strings.Join(terms, " ")
}

// Stats counts stored rows.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM origins), (SELECT count(*) FROM documents)`).
		Scan(&st.Articles, &st.Origins, &st.Documents)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

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
