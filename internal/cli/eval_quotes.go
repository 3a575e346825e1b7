package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/nlp/quote/polnear"
)

func (a *app) evalQuotesCmd() *cobra.Command {
	var data, split string
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Quote attribution: content, cue and source P/R/F1 on PolNeAR",
		Long: `Extract quotes (speaker, cue, content) from every article of a PolNeAR
split with storyline's rule-based extractor and score them against the
gold attributions with the measures of BBC's Citron evaluation:
content overlap (tokens of predicted content inside gold content, over
predicted and gold content tokens), cue exact match, content exact match
(with an overlapping cue), and source exact match with an overlapping cue
(the speaker-attributed figure), plus a relaxed source overlap.
Anchors (Citron on PARC 3.0 test, not PolNeAR): source exact F1 82.0,
content overlap F1 83.3, cue exact F1 82.3. PolNeAR also marks
attributions of belief and of reports without speech verbs, so its
recall ceiling for a speech-verb extractor is lower.`,
		Example: `  storyline eval quotes
  storyline eval quotes --split train --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if split != "train" && split != "dev" {
				return &exitError{ExitUsage, fmt.Errorf("eval quotes: --split %q: want train or dev (test is held out)", split)}
			}
			rep, err := polnear.Run(filepath.Join(dataDir(data), "nlp", "polnear"), split)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval quotes: %w", err)}
			}
			if a.asJSON {
				return a.printJSON(rep)
			}
			fmt.Fprintf(a.stdout, "PolNeAR %s: %d articles, %d gold relations, %d predicted\n", rep.Split, rep.Docs, rep.Gold, rep.Pred)
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "measure\tP\tR\tF1\tanchor (Citron, PARC 3.0)")
			rows := []struct {
				name   string
				m      polnear.PRF
				anchor string
			}{
				{"content overlap", rep.ContentOverlap, "83.3"},
				{"content exact", rep.ContentExact, "59.3"},
				{"cue exact", rep.CueExact, "82.3"},
				{"source exact (speaker)", rep.SourceExact, "82.0"},
				{"source overlap", rep.SourceOverlap, "85.3"},
			}
			for _, r := range rows {
				fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%.1f\t%s\n", r.name, 100*r.m.P, 100*r.m.R, 100*r.m.F1, r.anchor)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringVar(&split, "split", "dev", `PolNeAR split: "dev" or "train"`)
	return cmd
}
