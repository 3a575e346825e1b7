package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/eval/clustering"
)

// clusteringEvalCmd is `storyline eval clustering`. It replaces
// evalClusteringCmd in eval.go (same command, same flags), adding the
// dev/test split, the multilingual cross-language rows and the anchors.
func (a *app) clusteringEvalCmd() *cobra.Command {
	var data string
	var sets []string
	cmd := &cobra.Command{
		Use:   "clustering",
		Short: "Story clustering: BCubed and pairwise P/R/F1 on Giveme5W1H, ECB+, MStream, ML-Crisis and KCNA",
		Long: `Cluster each set's articles online, in arrival order, with storyline's
clusterer and with a plain single-pass TF-IDF centroid baseline, and print
BCubed and pairwise precision, recall and F1. Each split is clustered on
its own: dev (used to fit the configuration: Giveme5W1H events whose name
hashes even, ECB+ odd topics), test (the rest) and all. ECB+ is scored at
sub-topic and topic level; the multilingual set also without the
gazetteer, on cross-language pairs only, and on "translations": pairs of
Global Voices posts in two languages that share most of their names and
numbers (gold = such pairs, pred = those put in one story, pair R = the
share). KCNA is one busy outlet's stream: its articles of August 2024
(from ../shared/data/corpus/kcna), labelled by event here, finely (each
day's press review, each province's flood relief is its own event).
Anchors: Miranda et al. 2018 pairwise F1 94.0; WAC BCubed F1 86.7.`,
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
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintln(a.stdout, "anchors: Miranda et al. 2018 pairwise F1 94.0; WAC BCubed F1 86.7; targets B³ F1 giveme5w1h ≥0.95, ECB+ sub-topic ≥0.95, topic ≥0.97")
			return err
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringSliceVar(&sets, "set", nil, "sets to run: giveme5w1h, ecbplus, mstream, multilingual, kcna (default all)")
	return cmd
}
