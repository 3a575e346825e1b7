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
	verbPath := filepath.Join(*dir, "verbs.tsv")
	oldVerbs, err := os.ReadFile(verbPath)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	if !bytes.Equal(oldVerbs, verbs) {
		if err := os.WriteFile(verbPath, verbs, 0o644); err != nil {
			return fmt.Errorf("writing verb table: %w", err)
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes); the verb table changed: run again to train the keep model\n", verbPath, len(verbs))
		return nil
	}
	docs, err := polnear.LoadSplit(filepath.Join(*data, "nlp", "polnear", "train"))
	if err != nil {
		return err
	}
	train := polnearAnnotated(docs)
	table := quote.LearnCues(train)
	cues := filepath.Join(*dir, "cues.tsv")
	old, err := os.ReadFile(cues)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	if !bytes.Equal(old, table) {
		// The keep model reads candidates through the cue table the
		// binary embeds, so it is trained on the next run.
		if err := os.WriteFile(cues, table, 0o644); err != nil {
			return fmt.Errorf("writing cue table: %w", err)
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes); the cue table changed: run again to train the keep model\n", cues, len(table))
		return nil
	}
	keep := quote.TrainKeep(train, *epochs)
	out := filepath.Join(*dir, "keep.tsv")
	if err := os.WriteFile(out, keep, 0o644); err != nil {
		return fmt.Errorf("writing keep model: %w", err)
	}
	fmt.Fprintf(stdout, "cue table %s unchanged; wrote %s (%d bytes) from %d PolNeAR train articles\n", cues, out, len(keep), len(docs))
	return nil
}
