package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval/extraction"
)

func (a *app) evalExtractionCmd() *cobra.Command {
	var (
		data, split string
		sets        []string
		limit       int
		pages       bool
	)
	cmd := &cobra.Command{
		Use:   "extraction",
		Short: "HTML extraction: body text, date, title, authors, outlet on six public benchmarks",
		Long: `Extract every page of the extraction sets (trafilatura-eval, htmldate,
scrapinghub-aeb, fundus, readability, newspaper4k) with storyline's
extractor and with go-trafilatura's defaults (the baseline), and score
each with the set's own rule: trafilatura-eval with/without snippets
(micro P/R/accuracy/F1), htmldate publication day (a wrong day is an FP,
none an FN), AEB 4-token shingles (page-averaged P/R, F1 of the means),
token-level F1 for the regression sets, and exact-match rates for title,
authors and outlet. Published anchors (on the full sets incl. holdout)
are printed beside the figures.`,
		Example: `  storyline eval extraction
  storyline eval extraction --set trafilatura-eval --limit 100
  storyline eval extraction --set htmldate --split odd --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := extraction.Run(filepath.Join(dataDir(data), "extraction"), extraction.Options{
				Sets: sets, Limit: limit, Split: split, Detail: pages,
			})
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval extraction: %w", err)}
			}
			if a.asJSON {
				return a.printJSON(rep)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "set\tmeasure\tmethod\tpages\tP\tR\tacc\tF1\tanchor")
			for _, r := range rep.Rows {
				if r.Measure == "title" || r.Measure == "authors" || r.Measure == "outlet" {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t\t\t%.3f\t\t\n", r.Set, r.Measure, r.Method, r.Pages, r.Accuracy)
					continue
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%s\n", r.Set, r.Measure, r.Method, r.Pages,
					r.Precision, r.Recall, r.Accuracy, r.F1, r.Anchor)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringSliceVar(&sets, "set", nil, "sets to run (default all): "+fmt.Sprint(extraction.SetNames))
	cmd.Flags().IntVar(&limit, "limit", 0, "pages per set (first N in file order; 0 = all)")
	cmd.Flags().StringVar(&split, "split", "", `"even" or "odd" pages, or "dev" or "test" (halves by URL hash) only: tune on one half, confirm on the other`)
	cmd.Flags().BoolVar(&pages, "pages", false, "with --json, include every page's outcome")
	return cmd
}
