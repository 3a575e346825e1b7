package cli

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/termtable"
)

// defaultConcurrency is one document per CPU.
func defaultConcurrency() int { return runtime.GOMAXPROCS(0) }

func (a *app) statusCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the ingest queue: jobs by state, and the documents that failed for good",
		Long: `Count the queue's jobs by queue and state (available, running,
retryable, completed, discarded, …), say whether the stories are up to
date with the stored articles, and list the discarded documents — those
that failed on every attempt — with their last error. Needs a PostgreSQL
--db, where the queue lives.`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			st, q, err := a.openQueue(ctx, "status", false)
			if err != nil {
				return err
			}
			defer st.Close()
			defer q.Close()
			s, err := q.Status(ctx, limit)
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			if a.asJSON {
				return a.printJSON(s)
			}
			tw := termtable.NewWriter(a.stdout, 2)
			fmt.Fprintln(tw, "QUEUE\tSTATE\tJOBS")
			for _, c := range s.Counts {
				fmt.Fprintf(tw, "%s\t%s\t%d\n", c.Queue, c.State, c.Jobs)
			}
			tw.Flush()
			fmt.Fprintf(a.stdout, "\n%d articles stored, %d in stories", s.Articles, s.Placed)
			if s.Placed < s.Articles {
				fmt.Fprint(a.stdout, " (a story run is due)")
			}
			fmt.Fprintln(a.stdout)
			if len(s.Discarded) == 0 {
				fmt.Fprintln(a.stdout, "no discarded jobs")
				return nil
			}
			fmt.Fprintf(a.stdout, "\nDISCARDED (newest %d at most)\n", limit)
			tw = termtable.NewWriter(a.stdout, 2)
			fmt.Fprintln(tw, "JOB\tATTEMPTS\tWHEN\tDOCUMENT\tERROR")
			for _, d := range s.Discarded {
				name := d.Name
				if name == "" {
					name = d.Kind
				}
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\n", d.ID, d.Attempts, d.At.Local().Format(time.DateTime),
					name, strings.ReplaceAll(d.Error, "\n", " "))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 50, "discarded jobs listed at most")
	return cmd
}
