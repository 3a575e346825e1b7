package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/termtable"
	"github.com/storyline/storyline/internal/watch"
)

func (a *app) watchCmd() *cobra.Command {
	var (
		once     bool
		interval time.Duration
		delay    time.Duration
		timeout  time.Duration
		maxBody  int64
	)
	cmd := &cobra.Command{
		Use:   "watch SOURCES",
		Short: "Follow feeds, sitemaps and folders, ingesting what is new as it appears",
		Long: `Poll the sources listed in the file SOURCES, one per line:

  [feed|sitemap|folder] TARGET [INTERVAL]

  https://example.org/world/rss.xml 10m
  sitemap https://example.org/news-sitemap.xml
  ~/drop

The kind may be left out: an http(s) URL is a feed (a sitemap when its
address says so), anything else a folder. New articles go through the
same pipeline as ingest and join their stories. For a feed item that
carries only a summary, the article page is fetched.

Requests are polite and bounded: conditional GET (ETag, Last-Modified),
one request at a time per host with --delay between them, robots.txt
honoured, --timeout per request, at most 5 redirects, --max-body per
response; failures back off exponentially with jitter, longer when the
server sends Retry-After. State lives in the store, so a restarted watch
resumes where it stopped; 'storyline sources' shows it. The stories
resume too: watch starts from the story snapshot ingest keeps (beside a
SQLite store as STORE.stories, or in a PostgreSQL database) and leaves
its own when it ends, so neither a restart nor a run from cron rebuilds the
stories from every stored article.`,
		Example: `  storyline watch sources.txt
  storyline watch --once sources.txt     # poll every source once (for cron)`,
		Args: usage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return &exitError{ExitUsage, err}
			}
			sources, err := watch.ParseSources(f)
			f.Close()
			if err != nil {
				return &exitError{ExitUsage, fmt.Errorf("%s: %w", args[0], err)}
			}
			ctx := cmd.Context()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			det, err := a.detector()
			if err != nil {
				return err
			}
			an, err := nlp.New()
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			assigner := &pipeline.Assigner{Store: st, Config: story.DefaultConfig}
			// The assigner goes on from the story snapshot beside a SQLite
			// store, and leaves its own there when the watch ends, so that
			// neither a restart nor a run from cron (--once) replays the
			// whole store.
			path, _ := a.storePath()
			snap := keeperFor(st, path)
			note := func(msg string) { fmt.Fprintln(a.stderr, "storyline: "+msg) }
			resumeAssigner(ctx, assigner, snap, note)
			ran := false
			save := func() {
				if snap == nil || !ran {
					return
				}
				if err := snap.save(context.WithoutCancel(ctx), assigner); err != nil {
					note(fmt.Sprintf("%v (the next run builds the stories from the whole store)", err))
				}
			}
			w := &watch.Watcher{
				Sources: sources,
				Fetch:   watch.NewFetcher(timeout, delay, maxBody),
				State:   st,
				Ingest: &pipeline.Ingester{Store: st, Analyzer: an, Extractor: &extract.Extractor{Lang: det, Lines: textscrape.NewLineStats()},
					Source: &source.Reader{}},
				// One assigner for the whole watch: each round adds only
				// the articles it brought.
				AfterPoll: func(ctx context.Context) error {
					_, err := assigner.Run(ctx)
					ran = err == nil
					return err
				},
				Interval: interval,
				Logf: func(format string, args ...any) {
					fmt.Fprintf(a.stderr, "storyline: "+format+"\n", args...)
				},
			}
			if !once {
				fmt.Fprintf(a.stderr, "watching %d sources; Ctrl-C stops\n", len(sources))
				err := w.Run(ctx)
				save()
				if err != nil {
					return &exitError{ExitFatal, err}
				}
				return nil
			}
			res, err := w.PollDue(ctx, true)
			save()
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			if a.asJSON {
				return a.printJSON(res)
			}
			failed := 0
			for _, r := range res {
				status := fmt.Sprintf("%d new, %d pages", r.New, r.Fetched)
				if r.NotMod {
					status = "not modified"
				}
				if r.Error != "" {
					status, failed = "failed: "+r.Error, failed+1
				}
				fmt.Fprintf(a.stdout, "%s: %s\n", r.Source, status)
			}
			if failed > 0 {
				return &exitError{ExitPartial, fmt.Errorf("%d sources failed", failed)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&once, "once", false, "poll every source once and exit")
	cmd.Flags().DurationVar(&interval, "interval", 15*time.Minute, "default time between polls of a source")
	cmd.Flags().DurationVar(&delay, "delay", 2*time.Second, "least time between two requests to one host")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "time limit of one request")
	cmd.Flags().Int64Var(&maxBody, "max-body", 32<<20, "largest response body accepted, in bytes")
	return cmd
}

func (a *app) sourcesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "sources",
		Short: "Show each watched source's last success, last error and next poll",
		Args:  usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			states, err := st.SourceStates(cmd.Context())
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			if a.asJSON {
				return a.printJSON(states)
			}
			tw := termtable.NewWriter(a.stdout, 2)
			fmt.Fprintln(tw, "SOURCE\tARTICLES\tLAST SUCCESS\tNEXT POLL\tFAILURES\tLAST ERROR")
			stamp := func(t time.Time) string {
				if t.IsZero() {
					return "-"
				}
				return t.Local().Format("2006-01-02 15:04")
			}
			for _, s := range states {
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%s\n", termtable.Clip(s.Key, 60), s.Articles, stamp(s.LastSuccess),
					stamp(s.NextPoll), s.Failures, termtable.Clip(s.LastError, 60))
			}
			return tw.Flush()
		},
	}
}
