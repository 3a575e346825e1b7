// Package cli holds storyline's command-line interface: one cobra
// command per subcommand, each parsing its flags and calling the
// pipeline stages. Nothing here decides how articles are read or stored.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/postgres"
	"github.com/storyline/storyline/internal/store/sqlite"
)

// Exit codes, as documented in the README.
const (
	ExitOK      = 0 // everything asked was done
	ExitPartial = 1 // some inputs failed or held nothing to ingest
	ExitUsage   = 2 // the command line was wrong
	ExitFatal   = 3 // the store or the run itself failed
)

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// app holds what every command shares: streams and global flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dbPath         string
	asJSON         bool
	languages      string
}

// Main runs storyline with args and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.root()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			// For a batch the inputs were named one by one already; this
			// line says why the exit code is not 0.
			fmt.Fprintln(stderr, "storyline:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "storyline:", err)
	if strings.HasPrefix(err.Error(), "unknown command") {
		return ExitUsage
	}
	return ExitFatal
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "storyline",
		Short: "Follow a news story across outlets, languages and time",
		Long: `storyline turns a pile of news articles into the story they tell.

It reads every form news arrives in — plain-text scrapes, HTML pages,
JSON dumps and JSON Lines, RSS/Atom/JSON feeds, WARC web archives, in any
encoding, gzipped or not — extracts clean text and metadata, and keeps
them in an embedded store that the other commands read.

Start with:
  storyline ingest ~/articles          load a folder (recursively); stories form as it goes
  storyline stories                    the stories, largest first
  storyline story ID                   one story as a dated timeline, with its sources
  storyline export ID -o brief.md      the same as a Markdown brief to paste
  storyline serve                      browse it all at http://127.0.0.1:8080
  storyline search "Kim Jong Un"       full-text search

The store is a SQLite file: --db PATH, or $STORYLINE_DB, or by default
$XDG_DATA_HOME/storyline/storyline.db (~/.local/share/storyline/). A
postgres://… URL as --db uses PostgreSQL instead, for stores shared by
several machines.

Exit codes: 0 done; 1 some inputs failed or were skipped (each is named
on stderr); 2 bad command line; 3 the store or the run failed.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{ExitUsage, err}
	})
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "store: a SQLite file or a postgres:// URL (default $STORYLINE_DB, else $XDG_DATA_HOME/storyline/storyline.db)")
	root.PersistentFlags().BoolVar(&a.asJSON, "json", false, "print machine-readable JSON")
	root.PersistentFlags().StringVar(&a.languages, "languages", os.Getenv("STORYLINE_LANGUAGES"),
		"comma-separated ISO 639-1 codes the language detector chooses among (default: 45 major news languages; $STORYLINE_LANGUAGES)")
	root.AddCommand(a.ingestCmd(), a.extractCmd(), a.articlesCmd(), a.searchCmd(), a.articleCmd(),
		a.storiesCmd(), a.storyCmd(), a.watchCmd(), a.sourcesCmd(), a.analyzeCmd(), a.evalCmd(),
		a.workerCmd(), a.statusCmd(), a.exportCmd(), a.serveCmd())
	return root
}

// storePath resolves where the store lives.
func (a *app) storePath() (string, error) {
	if a.dbPath != "" {
		return a.dbPath, nil
	}
	if env := os.Getenv("STORYLINE_DB"); env != "" {
		return env, nil
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no --db given and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "storyline", "storyline.db"), nil
}

// openStore opens the configured store.
func (a *app) openStore(ctx context.Context) (store.Store, error) {
	path, err := a.storePath()
	if err != nil {
		return nil, &exitError{ExitFatal, err}
	}
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		s, err := postgres.Open(ctx, path)
		if err != nil {
			return nil, &exitError{ExitFatal, fmt.Errorf("store %s: %w", redact(path), err)}
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, &exitError{ExitFatal, err}
	}
	return s, nil
}

func redact(dsn string) string {
	if i := strings.Index(dsn, "@"); i > 0 {
		if j := strings.Index(dsn, "://"); j > 0 && j < i {
			return dsn[:j+3] + "…" + dsn[i:]
		}
	}
	return dsn
}

func (a *app) detector() (*lang.Detector, error) {
	var codes []string
	if a.languages != "" {
		codes = strings.Split(a.languages, ",")
	}
	d, err := lang.New(codes, false)
	if err != nil {
		return nil, &exitError{ExitUsage, fmt.Errorf("--languages: %w", err)}
	}
	return d, nil
}

// usage wraps an argument validator so that its errors exit with ExitUsage.
func usage(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return &exitError{ExitUsage, fmt.Errorf("%s: %w (see 'storyline help %s')", cmd.Name(), err, cmd.Name())}
		}
		return nil
	}
}

// printJSON writes v as indented JSON.
func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
