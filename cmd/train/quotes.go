package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/internal/nlp/quote"
	"github.com/storyline/storyline/internal/nlp/quote/polnear"
)

// polnearAnnotated converts PolNeAR documents into quote's training form.
func polnearAnnotated(docs []polnear.Doc) []quote.Annotated {
	conv := func(ss []polnear.Span) []quote.Span {
		out := make([]quote.Span, len(ss))
		for i, s := range ss {
			out[i] = quote.Span{Start: s.Start, End: s.End}
		}
		return out
	}
	out := make([]quote.Annotated, len(docs))
	for i, d := range docs {
		a := quote.Annotated{Text: d.Text, Gold: make([]quote.Attribution, len(d.Relations))}
		for j, r := range d.Relations {
			a.Gold[j] = quote.Attribution{Source: conv(r.Source), Cue: conv(r.Cue), Content: conv(r.Content)}
		}
		out[i] = a
	}
	return out
}

func runQuotes(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "shared data folder")
	dir := fs.String("dir", filepath.Join("internal", "nlp", "quote"), "package folder to write verbs.tsv, cues.tsv and keep.tsv into")
	epochs := fs.Int("epochs", 8, "keep-model training epochs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	// The finite verbs come from the part-of-speech tags of CoNLL-2003,
	// which PolNeAR lacks; like the cue table, the rules read them, so
	// a changed table asks for another run before the keep model.
	conll, err := os.Open(filepath.Join(*data, "nlp", "conll2003", "eng.train"))
	if err != nil {
		return err
	}
	verbs, err := quote.LearnVerbs(conll)
	conll.Close()
	if err != nil {
		return err
	}
	if changed, err := updateTable(stdout, filepath.Join(*dir, "verbs.tsv"), verbs, "verb table"); changed || err != nil {
		return err
	}
	docs, err := polnear.LoadSplit(filepath.Join(*data, "nlp", "polnear", "train"))
	if err != nil {
		return err
	}
	train := polnearAnnotated(docs)
	table := quote.LearnCues(train)
	cues := filepath.Join(*dir, "cues.tsv")
	// The keep model reads candidates through the cue table the binary
	// embeds, so a changed table is written now and the model trained on
	// the next run.
	if changed, err := updateTable(stdout, cues, table, "cue table"); changed || err != nil {
		return err
	}
	keep := quote.TrainKeep(train, *epochs)
	out := filepath.Join(*dir, "keep.tsv")
	if err := os.WriteFile(out, keep, 0o644); err != nil {
		return fmt.Errorf("writing keep model: %w", err)
	}
	fmt.Fprintf(stdout, "cue table %s unchanged; wrote %s (%d bytes) from %d PolNeAR train articles\n", cues, out, len(keep), len(docs))
	return nil
}

// updateTable writes table, named what in messages, to path unless the
// file holds it already, and says whether it wrote.
func updateTable(stdout io.Writer, path string, table []byte, what string) (changed bool, err error) {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return false, err
	}
	if bytes.Equal(old, table) {
		return false, nil
	}
	if err := os.WriteFile(path, table, 0o644); err != nil {
		return false, fmt.Errorf("writing %s: %w", what, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes); the %s changed: run again to train the keep model\n", path, len(table), what)
	return true, nil
}
