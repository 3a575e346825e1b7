package cli

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/queue"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store/postgres"
)

// queueDSN returns the PostgreSQL URL of the store, or a usage error:
// the job queue lives in PostgreSQL beside the articles.
func (a *app) queueDSN(what string) (string, error) {
	path, err := a.storePath()
	if err != nil {
		return "", &exitError{ExitFatal, err}
	}
	if !strings.HasPrefix(path, "postgres://") && !strings.HasPrefix(path, "postgresql://") {
		return "", &exitError{ExitUsage, fmt.Errorf(
			"%s needs a PostgreSQL store, where the job queue lives: give --db postgres://… (or $STORYLINE_DB); %s is a SQLite file",
			what, path)}
	}
	return path, nil
}

// openQueue opens the store and the queue in the same PostgreSQL
// database; the store first, so that its tables exist.
// Its log shows warnings only unless verbose is set; then it also shows
// routine events (which worker assigns stories, story runs, snapshots).
func (a *app) openQueue(ctx context.Context, what string, verbose bool) (*postgres.DB, *queue.Queue, error) {
	dsn, err := a.queueDSN(what)
	if err != nil {
		return nil, nil, err
	}
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, nil, &exitError{ExitFatal, fmt.Errorf("store %s: %w", redact(dsn), err)}
	}
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	logger := slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
	q, err := queue.Open(ctx, dsn, logger)
	if err != nil {
		st.Close()
		return nil, nil, &exitError{ExitFatal, fmt.Errorf("queue %s: %w", redact(dsn), err)}
	}
	return st, q, nil
}

// enqueue is `ingest --queue`: it reads the inputs and queues one job
// per document for `storyline worker` to extract, analyse and store.
func (a *app) enqueue(ctx context.Context, args []string, format, baseURL string, quiet bool) error {
	st, q, err := a.openQueue(ctx, "ingest --queue", false)
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	e := &queue.Enqueuer{
		Queue:  q,
		Store:  st,
		Source: &source.Reader{Format: source.Format(format), URL: baseURL, Stdin: a.stdin},
		OnProblem: func(p pipeline.Problem) {
			verb := "skipped"
			if p.Failed {
				verb = "failed"
			}
			fmt.Fprintf(a.stderr, "storyline: %s %s: %s\n", verb, p.Input, p.Reason)
		},
	}
	start := time.Now()
	sum, err := e.Run(ctx, args)
	if err != nil {
		return &exitError{ExitFatal, err}
	}
	line := fmt.Sprintf("queued in %s: %d documents, %d already stored or queued, %d skipped, %d failed",
		time.Since(start).Round(time.Millisecond), sum.Queued, sum.Known, sum.Skipped, sum.Failed)
	return a.finishRun(&sum, &sum.Problems, quiet, line, sum.Failed+sum.Skipped, "queued")
}

func (a *app) workerCmd() *cobra.Command {
	var (
		concurrency int
		stopTimeout time.Duration
		retryBase   time.Duration
		verbose     bool
	)
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Work the ingest queue: extract, analyse and store queued documents",
		Long: `Take documents queued by 'storyline ingest --queue' and extract, analyse
and store them, until interrupted. Run as many workers as you like, on
as many machines, against the same PostgreSQL --db; they share the work
through a job queue in that database.

A document that fails is retried with growing waits (--retry-base, then
four times longer each time); after its fifth attempt it is discarded
and 'storyline status' lists it with its error. Stories are rebuilt by
one worker at a time, after new articles arrive. That worker saves its
story state in the database once a load is done and when it stops, so
that the next one (after a restart, or taking over from a worker that
died) goes on from it, when no article was stored since, instead of
rebuilding the stories from every stored article.

On SIGINT or SIGTERM the worker takes no new documents, lets the ones in
hand finish for --stop-timeout, then puts the rest back in the queue. A
worker that dies (SIGKILL, a crash, a lost machine) leaves its documents
to the other workers, or to itself once restarted: each worker looks
for the jobs of dead workers when it starts and every few seconds.`,
		Example: `  storyline --db postgres://host/news worker --concurrency 4`,
		Args:    usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if concurrency < 1 {
				return &exitError{ExitUsage, fmt.Errorf("--concurrency %d: want at least 1", concurrency)}
			}
			ctx := cmd.Context()
			st, q, err := a.openQueue(ctx, "worker", verbose)
			if err != nil {
				return err
			}
			defer st.Close()
			defer q.Close()
			det, err := a.detector()
			if err != nil {
				return err
			}
			an, err := nlp.New()
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			err = q.Work(ctx, queue.WorkerConfig{
				Store:       st,
				Extractor:   &extract.Extractor{Lang: det, Lines: textscrape.NewLineStats()},
				Analyzer:    an,
				Concurrency: concurrency,
				StopTimeout: stopTimeout,
				RetryBase:   retryBase,
				OnStart: func(id string) {
					fmt.Fprintf(a.stderr, "storyline: worker %s started, %d at a time\n", id, concurrency)
				},
			})
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			fmt.Fprintln(a.stderr, "storyline: worker stopped")
			return nil
		},
	}
	cmd.Flags().IntVar(&concurrency, "concurrency", defaultConcurrency(), "documents worked at once")
	cmd.Flags().DurationVar(&stopTimeout, "stop-timeout", 30*time.Second, "on SIGINT/SIGTERM, how long documents in hand may finish before they are put back")
	cmd.Flags().DurationVar(&retryBase, "retry-base", 5*time.Second, "wait before a failed document's first retry")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "log routine events too: taking over story assignment, story runs, saved and resumed story snapshots")
	return cmd
}
