package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval/clustering"
)

// dataDir is where the public evaluation sets live.
func dataDir(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("STORYLINE_DATA"); env != "" {
		return env
	}
	return filepath.Join("..", "shared", "data")
}

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure storyline on the public benchmarks (one subcommand per benchmark)",
		Long: `Measure storyline on the public benchmarks in the shared data folder
(--data DIR, or $STORYLINE_DATA, default ../shared/data), printing the
figures the issues ask for beside the published anchors.`,
	}
	cmd.AddCommand(a.evalClusteringCmd(), a.evalTimexCmd(), a.evalExtractionCmd(), a.evalNERCmd(), a.evalQuotesCmd())
	return cmd
}

func (a *app) evalClusteringCmd() *cobra.Command {
	var data string
	var sets []string
	cmd := &cobra.Command{
		Use:   "clustering",
		Short: "Story clustering: BCubed and pairwise P/R/F1 on Giveme5W1H, ECB+, ML-Crisis and MStream",
		Long: `Cluster each set's articles online in arrival order with storyline's
clusterer and with a plain single-pass TF-IDF baseline, and print BCubed
and pairwise precision, recall and F1 on the development split (used for
tuning), the rest (test) and all. Anchors: Miranda et al. 2018 pairwise
F1 94.0 (English); WAC BCubed F1 86.7.`,
		Example: `  storyline eval clustering
  storyline eval clustering --set giveme5w1h --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := clustering.Run(filepath.Join(dataDir(data), "clustering"), sets)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval clustering: %w", err)}
			}
			if a.asJSON {
				return a.printJSON(res)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "set\tlevel\tsplit\tmethod\tdocs\tgold\tpred\tB³ P\tB³ R\tB³ F1\tpair P\tpair R\tpair F1\t")
			for _, r := range res {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", r.Set, r.Level, r.Split, r.Method,
					r.Docs, r.Gold, r.Pred, r.BCubedP, r.BCubedR, r.BCubedF1, r.PairP, r.PairR, r.PairF1)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringSliceVar(&sets, "set", nil, "sets to run: giveme5w1h, ecbplus, multilingual, mstream (default all)")
	return cmd
}
