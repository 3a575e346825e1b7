package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	evaltimex "github.com/storyline/storyline/internal/eval/timex"
)

func (a *app) evalTimexCmd() *cobra.Command {
	var data string
	var sets []string
	cmd := &cobra.Command{
		Use:   "timex",
		Short: "Temporal tagging: TempEval-3 Task A extent, type and value scores on TimeBank and AQUAINT",
		Long: `Tag every TimeBank and AQUAINT document (TBAQ-cleaned) with storyline's
temporal tagger against its creation date and print the TempEval-3 Task A
figures: strict and relaxed extent P/R/F1, value and type accuracy and F1
(value F1 = the task's ranking metric). TimeBank is the development set
the rules were written on; AQUAINT is kept as the test. Anchors on the
TE-3 platinum test: HeidelTime value F1 77.6 (relaxed F1 90.3), SUTime 67.4.`,
		Example: `  storyline eval timex
  storyline eval timex --set aquaint --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := evaltimex.Run(filepath.Join(dataDir(data), "nlp", "tempeval3"), sets)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval timex: %w", err)}
			}
			if a.asJSON {
				return a.printJSON(res)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "set\tsplit\tdocs\tgold\tsys\tstrict P\tstrict R\tstrict F1\trelax P\trelax R\trelax F1\tvalue acc\tvalue F1\ttype F1\t")
			for _, r := range res {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", r.Set, r.Role, r.Docs, r.Gold, r.System,
					r.StrictP, r.StrictR, r.StrictF1, r.RelaxedP, r.RelaxedR, r.RelaxedF1, r.ValueAcc, r.ValueF1, r.TypeF1)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringSliceVar(&sets, "set", nil, "sets to run: timebank, aquaint (default both)")
	return cmd
}
