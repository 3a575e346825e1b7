package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/export"
)

func (a *app) exportCmd() *cobra.Command {
	var format, outPath, sinceFlag string
	cmd := &cobra.Command{
		Use:   "export ID",
		Short: "Write one story's timeline as a Markdown brief, CSV or JSON Lines (ID or a unique prefix)",
		Long: `Write one story's timeline to a file or standard output.

  md     a brief to paste into a document: what the story covers, the dated
         timeline with each event footnoted with its sources (outlet, the
         sentence, the article's URL), where the sources disagree, quotes
         grouped by speaker and coverage per outlet. Text from articles is
         escaped, so no link, image or HTML an article carries renders.
  csv    one row per event and source: date, precision, type, summary,
         place, actors, corroboration, outlet, article, sentence, conflicts.
         Cells a spreadsheet would run as a formula get a leading '.
  jsonl  one JSON object per event, as 'storyline story --json' shows it.

Without --format the format follows the -o file's extension (.md, .csv,
.jsonl), else md. With --since, events and articles stored after that time
are marked new.`,
		Example: `  storyline export s1f4b > brief.md
  storyline export s1f4b -o events.csv
  storyline export s1f4b --format jsonl | jq .summary
  storyline export s1f4b --since 24h -o brief.md`,
		Args: usage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				format = export.FormatFor(outPath)
			}
			if format == "" {
				format = export.Markdown
			}
			format = strings.ToLower(format)
			if format == "markdown" {
				format = export.Markdown
			}
			if !strings.Contains(" "+strings.Join(export.Formats, " ")+" ", " "+format+" ") {
				return &exitError{ExitUsage, fmt.Errorf("--format %q: want one of %s", format, strings.Join(export.Formats, ", "))}
			}
			v, err := a.storyView(cmd.Context(), args[0], sinceFlag)
			if err != nil {
				return err
			}
			if outPath == "" || outPath == "-" {
				if err := export.Write(a.stdout, v, format); err != nil {
					return &exitError{ExitFatal, err}
				}
				return nil
			}
			if err := writeFileAtomic(outPath, func(w io.Writer) error { return export.Write(w, v, format) }); err != nil {
				return &exitError{ExitFatal, err}
			}
			fmt.Fprintf(a.stderr, "wrote %s (%d events, %s)\n", outPath, len(v.Events), format)
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "", "md, csv, jsonl or text (default: from the -o extension, else md)")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&sinceFlag, "since", "", "mark articles stored after this time, and their events, new (RFC 3339, YYYY-MM-DD, or a duration such as 24h)")
	return cmd
}

// writeFileAtomic writes path through a temporary file in its directory
// and renames it into place, so a failed export leaves no partial file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	tmp := f.Name()
	if err := write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
