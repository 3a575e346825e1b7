package cli

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
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
	cmd.AddCommand(a.clusteringEvalCmd(), a.evalTimexCmd(), a.evalExtractionCmd(), a.evalNERCmd(), a.evalQuotesCmd())
	return cmd
}
