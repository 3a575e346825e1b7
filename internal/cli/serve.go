package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
	"github.com/storyline/storyline/internal/web"
)

func (a *app) serveCmd() *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Browse the stories in a web browser",
		Long: `Serve the stored stories over HTTP for reading in a browser.

Pages: the story list (/), each story (/stories/ID) with its dated timeline,
the sources of every event, conflicts, quotes by speaker, the people and
places named and a chart of which outlet reported when; every cited
sentence links to its article (/articles/ID) with the sentence highlighted.
The pages work with JavaScript off. A cookie remembers when you last opened
each story, and the next visit marks what arrived since as new.

JSON API: /api/stories, /api/stories/ID[?since=RFC3339], /api/articles/ID,
/api/search?q=QUERY.

The server listens on loopback by default; it has no login, so give --addr
another interface only on a network you trust. Stop it with Ctrl-C.`,
		Example: `  storyline serve
  storyline serve --addr 127.0.0.1:9000
  storyline serve --db /data/news.db`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			log := slog.New(slog.NewTextHandler(a.stderr, nil))
			srv, err := web.New(storeBackend{st}, nil, log)
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("listen on %s: %w", addr, err)}
			}
			hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
				WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute,
				BaseContext: func(net.Listener) context.Context { return ctx }}
			fmt.Fprintf(a.stderr, "storyline: serving on http://%s/ (Ctrl-C stops)\n", ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return &exitError{ExitFatal, fmt.Errorf("serve: %w", err)}
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := hs.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
				return &exitError{ExitFatal, fmt.Errorf("serve: shut down: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	return cmd
}

// storeBackend serves the web pages from a store.
type storeBackend struct {
	st store.Store
}

// Stories lists the stories with their article and outlet counts and
// publication span.
func (b storeBackend) Stories(ctx context.Context) ([]web.StorySummary, error) {
	stories, err := b.st.Stories(ctx)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	var ids []string
	for _, s := range stories {
		ids = append(ids, s.Articles...)
	}
	heads, err := b.st.ArticleHeads(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	out := make([]web.StorySummary, 0, len(stories))
	for _, s := range stories {
		sum := web.StorySummary{ID: s.ID, Title: s.Title, Articles: len(s.Articles)}
		outlets := map[string]bool{}
		var dates []string
		for _, id := range s.Articles {
			art, ok := heads[id]
			if !ok {
				return nil, fmt.Errorf("story %s: article %s: %w", s.ID, id, store.ErrNotFound)
			}
			if s.Copies[id] == "" {
				outlets[timeline.OutletKey(art.Outlet, art.URL, art.ID)] = true
			}
			if d := day(art.Published); d != "-" {
				dates = append(dates, d)
			}
		}
		sum.Outlets = len(outlets)
		if len(dates) > 0 {
			slices.Sort(dates)
			sum.First, sum.Last = dates[0], dates[len(dates)-1]
		}
		out = append(out, sum)
	}
	return out, nil
}

// View builds a story's timeline.
func (b storeBackend) View(ctx context.Context, id string, since time.Time) (*timeline.View, error) {
	return pipeline.StoryView(ctx, b.st, id, since)
}

// Article returns one article.
func (b storeBackend) Article(ctx context.Context, id string) (*model.Article, error) {
	return b.st.Article(ctx, id)
}

// Search runs a full-text query with the store's default limit.
func (b storeBackend) Search(ctx context.Context, q string) ([]store.Hit, error) {
	return b.st.Search(ctx, q, store.Filter{})
}
