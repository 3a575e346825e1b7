package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/nlp/ner"
)

// nerEvalResult is what `storyline eval ner --json` prints.
type nerEvalResult struct {
	Split    string                   `json:"split"`
	Tokens   int                      `json:"tokens"`
	Accuracy float64                  `json:"token_accuracy"`
	Overall  nerEvalCounts            `json:"overall"`
	ByType   map[string]nerEvalCounts `json:"by_type"`
}

type nerEvalCounts struct {
	ner.Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func nerCounts(c ner.Counts) nerEvalCounts {
	return nerEvalCounts{Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
}

func (a *app) evalNERCmd() *cobra.Command {
	var data, split string
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Named entities: conlleval phrase P/R/F1 of the embedded tagger on CoNLL-2003",
		Long: `Tag a CoNLL-2003 English split (default eng.testa, the development set)
with the embedded named-entity tagger and score it by the conlleval rules:
a phrase is correct only when both boundaries and the type match. Anchors
(eng.testb): Ratinov & Roth 2009 90.80, Stanford CRF 86.86; Ratinov & Roth
report 93.50 on eng.testa.`,
		Example: `  storyline eval ner
  storyline eval ner --split testa --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := filepath.Join(dataDir(data), "nlp", "conll2003", "eng."+split)
			f, err := os.Open(path)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval ner: %w", err)}
			}
			defer f.Close()
			docs, err := ner.ReadCoNLL(f)
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval ner: %s: %w", path, err)}
			}
			t, err := ner.Load()
			if err != nil {
				return &exitError{ExitFatal, fmt.Errorf("eval ner: %w", err)}
			}
			sc := t.Evaluate(docs)
			res := nerEvalResult{Split: split, Tokens: sc.Tokens, Accuracy: sc.Accuracy(), Overall: nerCounts(sc.Overall), ByType: map[string]nerEvalCounts{}}
			for typ, c := range sc.ByType {
				res.ByType[typ] = nerCounts(c)
			}
			if a.asJSON {
				return a.printJSON(res)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "type\tgold\tfound\tcorrect\tP\tR\tF1\t")
			typesSeen := make([]string, 0, len(res.ByType))
			for typ := range res.ByType {
				typesSeen = append(typesSeen, typ)
			}
			sort.Strings(typesSeen)
			row := func(name string, c nerEvalCounts) {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t\n", name, c.Gold, c.Found, c.Correct, c.Precision, c.Recall, c.F1)
			}
			for _, typ := range typesSeen {
				row(typ, res.ByType[typ])
			}
			row("overall", res.Overall)
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(a.stdout, "eng.%s: %d tokens, token accuracy %.4f\n", split, res.Tokens, res.Accuracy)
			return err
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default $STORYLINE_DATA or ../shared/data)")
	cmd.Flags().StringVar(&split, "split", "testa", "CoNLL-2003 split: train or testa (testb is held out)")
	return cmd
}
