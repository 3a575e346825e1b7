package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
)

func (a *app) ingestCmd() *cobra.Command {
	var (
		format  string
		baseURL string
		workers int
		quiet   bool
		queued  bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH... | -",
		Short: "Load articles from files, folders or standard input into the store",
		Long: `Load articles into the store.

Each PATH is a file, a folder (read recursively; hidden entries and the
folder's README, licence and changelog files skipped) or - for standard
input. Formats are sniffed from the content, not the file name:
plain-text scrapes, HTML pages, JSON (one object, arrays, JSON Lines,
wrapper objects), RSS/Atom/JSON feeds, WARC archives (plain or
gzipped), and any of them gzipped. Legacy encodings are detected and
everything is stored as UTF-8.

Ingest is idempotent: an article is keyed by a hash of its title and
text, so loading the same input again stores nothing new, and the same
article reached by another path only gains that path as an origin.

A bad input gets one line on stderr naming it and the reason; the batch
goes on. The summary counts new, duplicate, skipped and failed inputs.
The exit code is 0 only when every input was ingested.

Stories are built as part of ingest, while the articles are still being
read, in publication order, so an input ordered by date (a feed archive,
a crawl by day) costs no pass afterwards. A SQLite store keeps a story
snapshot beside it (STORE.stories), PostgreSQL in the database (the
queue's workers keep the same one): the next ingest adds its articles to
the stories the store has, as long as they come after the stored ones in
publication order (today's articles after yesterday's). An older article,
a store changed by another program, or a missing or damaged snapshot
makes ingest rebuild the stories from the whole store once the files are
in (about a millisecond an article). Either way they are the same
stories.`,
		Example: `  storyline ingest ~/articles
  storyline ingest --db story.db feeds/*.xml crawl.warc.gz
  curl -s https://example.org/feed | storyline ingest -`,
		Args: usage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			ctx := cmd.Context()
			if queued {
				return a.enqueue(ctx, args, format, baseURL, quiet)
			}
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
			in := &pipeline.Ingester{
				Store:     st,
				Analyzer:  an,
				Extractor: &extract.Extractor{Lang: det, Lines: textscrape.NewLineStats()},
				Source:    &source.Reader{Format: source.Format(format), URL: baseURL, Stdin: a.stdin},
				Workers:   workers,
			}
			bar := newProgress(a.stderr, quiet, args)
			path, _ := a.storePath()
			snap := keeperFor(st, path)
			stream, err := openStoryStream(ctx, st, snap, func(msg string) { bar.println("storyline: " + msg) })
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			in.OnStored = stream.Add
			if bar.on {
				stream.OnReplay = func() { fmt.Fprint(a.stderr, "\r\033[Kbuilding stories from the whole store…") }
			}
			in.Source.OnInput = bar.input
			in.OnProgress = bar.update
			in.OnProblem = func(p pipeline.Problem) {
				verb := "skipped"
				if p.Failed {
					verb = "failed"
				}
				bar.println(fmt.Sprintf("storyline: %s %s: %s", verb, p.Input, p.Reason))
			}
			start := time.Now()
			sum, err := in.Run(ctx, args)
			bar.done()
			if err != nil {
				stream.Close()
				return &exitError{ExitFatal, err}
			}
			if sum.New == 0 {
				stream.Close()
			} else if _, replayed, err := stream.Finish(ctx); err != nil {
				return &exitError{ExitFatal, err}
			} else {
				if replayed && bar.on {
					fmt.Fprint(a.stderr, "\r\033[K")
				}
				if snap != nil {
					if err := snap.save(ctx, stream); err != nil {
						bar.println(fmt.Sprintf("storyline: %v (the next ingest builds the stories from the whole store)", err))
					}
				}
			}
			line := fmt.Sprintf("ingested in %s: %d new, %d duplicate, %d skipped, %d failed",
				time.Since(start).Round(time.Millisecond), sum.New, sum.Duplicate, sum.Skipped, sum.Failed)
			return a.finishRun(&sum, &sum.Problems, quiet, line, sum.Failed+sum.Skipped, "ingested")
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "input format: auto, html, text, json, feed or warc")
	cmd.Flags().StringVar(&baseURL, "url", "", "base URL hint for inputs that do not carry their own")
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction workers (default: one per CPU)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print problems only, no progress or summary")
	cmd.Flags().BoolVar(&queued, "queue", false, "queue the documents for 'storyline worker' instead of processing them here (needs a postgres:// --db)")
	return cmd
}

func checkFormat(f string) error {
	switch f {
	case "", "auto", "html", "text", "json", "feed", "warc":
		return nil
	}
	return &exitError{ExitUsage, fmt.Errorf("--format %q: want auto, html, text, json, feed or warc", f)}
}

// progress draws a one-line progress bar on a terminal and nothing
// elsewhere.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	on      bool
	total   int
	files   int
	docs    int
	current string
	last    time.Time
}

func newProgress(w io.Writer, quiet bool, args []string) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.on = true
		p.total = len(source.Files(args))
	}
	return p
}

func (p *progress) input(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.files++
	p.current = name
	p.draw(false)
}

func (p *progress) update(pr pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs = pr.Documents
	p.draw(false)
}

func (p *progress) draw(force bool) {
	if !p.on || (!force && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	p.last = time.Now()
	const width = 24
	filled := 0
	if p.total > 0 {
		filled = p.files * width / p.total
	}
	name := p.current
	if len(name) > 40 {
		name = "…" + name[len(name)-39:]
	}
	fmt.Fprintf(p.w, "\r\033[K[%s%s] %d/%d files, %d documents  %s",
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled), p.files, p.total, p.docs, name)
}

// println prints a line above the bar.
func (p *progress) println(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintln(p.w, s)
	p.draw(true)
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// finishRun prints a run's summary: as JSON (with problems as a list,
// never null) or, unless quiet, as one line on stderr. Inputs that failed
// or were skipped make the exit partial.
func (a *app) finishRun(sum any, problems *[]pipeline.Problem, quiet bool, line string, bad int, verb string) error {
	if a.asJSON {
		if *problems == nil {
			*problems = []pipeline.Problem{}
		}
		if err := a.printJSON(sum); err != nil {
			return err
		}
	} else if !quiet {
		fmt.Fprintln(a.stderr, line)
	}
	if bad > 0 {
		return &exitError{ExitPartial, fmt.Errorf("some inputs were not %s", verb)}
	}
	return nil
}
