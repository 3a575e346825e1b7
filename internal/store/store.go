// Package store defines how storyline persists what the pipeline produces.
//
// Store is the one interface every backend implements; the SQLite backend
// (package store/sqlite) is the embedded default. The interface speaks in
// model types and plain filters so that a PostgreSQL backend can follow
// without touching its callers.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/storyline/storyline/internal/model"
)

// ErrNotFound is returned when a requested item does not exist.
var ErrNotFound = errors.New("not found")

// ArticleWrite is one article to store in a batch (see
// sqlite.DB.PutArticles): what PutArticle and PutAnnotations take.
type ArticleWrite struct {
	Article *model.Article
	DocHash string
	// Annotations, when set, are stored with the article if it is new.
	Annotations []byte
}

// Store persists articles and the documents they were read from.
type Store interface {
	// KnownDocument reports whether a document with this content hash was
	// already ingested; when it was and it yielded an article, origin is
	// added to that article's origins.
	KnownDocument(ctx context.Context, hash, origin string) (bool, error)
	// PutArticle stores an article read from the document with content
	// hash docHash. When an article with the same ID exists, only a new
	// origin is recorded and created is false.
	PutArticle(ctx context.Context, a *model.Article, docHash string) (created bool, err error)
	// MarkDocument records a document that yielded no article (it was
	// skipped), so that re-ingesting it is a no-op.
	MarkDocument(ctx context.Context, hash, origin string) error
	// Article returns one article by ID (or unique ID prefix).
	Article(ctx context.Context, id string) (*model.Article, error)
	// ArticleHeads returns the articles with these full IDs, keyed by
	// ID, without their text and removed lines: what listings
	// need. IDs not stored are left out.
	ArticleHeads(ctx context.Context, ids []string) (map[string]model.Article, error)
	// Articles lists stored articles matching f, newest first.
	Articles(ctx context.Context, f Filter) ([]model.Article, error)
	// Search runs a full-text query over title and body.
	Search(ctx context.Context, query string, f Filter) ([]Hit, error)
	// EachArticle calls fn with every stored article in publication
	// order (undated articles last, articles published at the same time
	// in ID order), the order in which stories are built.
	EachArticle(ctx context.Context, fn func(*model.Article) error) error
	// EachArticleID calls fn with the ID of every stored article, in
	// EachArticle's order, reading nothing else; fn must not use the
	// store. It lets a caller check, cheaply, that it saw the articles
	// in that order.
	EachArticleID(ctx context.Context, fn func(id string) error) error
	// EachArticleAfter is EachArticle from just after the article with
	// ID afterID (from the start when afterID is ""); ErrNotFound when no
	// such article is stored.
	EachArticleAfter(ctx context.Context, afterID string, fn func(*model.Article) error) error
	// ArticlesThrough counts the articles that come no later than the
	// article with ID id in EachArticle's order.
	ArticlesThrough(ctx context.Context, id string) (int, error)
	// ReplaceStories replaces every stored story with stories, at once.
	ReplaceStories(ctx context.Context, stories []model.Story) error
	// UpdateStories writes changed stories (new ones, or ones whose
	// title, articles or merges changed) and deletes the removed ones, at
	// once; stories not named are left as they are. An article leaves a
	// story only when that story is removed (merged into another).
	UpdateStories(ctx context.Context, changed []model.Story, removed []string) error
	// Stories lists the stored stories, largest first.
	Stories(ctx context.Context) ([]model.Story, error)
	// Story returns one story by ID (or unique prefix).
	Story(ctx context.Context, id string) (*model.Story, error)
	// SourceStates lists the state of every watched source.
	SourceStates(ctx context.Context) ([]model.SourceState, error)
	// SourceState returns one source's state; a source never seen has a
	// zero state with its Key set.
	SourceState(ctx context.Context, key string) (model.SourceState, error)
	// SaveSourceState stores a source's state.
	SaveSourceState(ctx context.Context, st model.SourceState) error
	// Fetched reports whether a URL was fetched before.
	Fetched(ctx context.Context, url string) (bool, error)
	// MarkFetched records a fetched URL.
	MarkFetched(ctx context.Context, url string) error
	// PutAnnotations stores an article's annotations (entities, times,
	// quotes) as JSON, replacing earlier ones.
	PutAnnotations(ctx context.Context, articleID string, data []byte) error
	// Annotations returns an article's annotations as JSON, or
	// ErrNotFound.
	Annotations(ctx context.Context, articleID string) ([]byte, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// Filter narrows Articles and Search. Zero fields do not filter.
type Filter struct {
	From, To time.Time // publication date range, inclusive (days)
	Outlet   string
	Language string
	Limit    int // 0 means a backend default
}

// Hit is one search result.
type Hit struct {
	Article model.Article `json:"article"`
	// Snippet is a short excerpt of the match, with matched terms
	// wrapped in [ and ].
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// Stats counts stored items.
type Stats struct {
	Articles  int `json:"articles"`
	Origins   int `json:"origins"`
	Documents int `json:"documents"`
}

// Rows is a result set as both drivers give one (database/sql's and
// pgx's).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// EachID calls fn with the one string column of every row, for the
// drivers' EachArticleID. The caller closes rows.
func EachID(rows Rows, fn func(id string) error) error {
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("read article IDs: %w", err)
		}
		if err := fn(id); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read article IDs: %w", err)
	}
	return nil
}
