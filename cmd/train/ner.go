package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline/storyline/internal/nlp/ner"
)

func readCoNLL(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func runNER(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "shared data folder")
	out := fs.String("out", filepath.Join("internal", "nlp", "ner", "model.bin"), "model file to write")
	epochs := fs.Int("epochs", 12, "training epochs")
	seed := fs.Uint64("seed", 1, "random seed")
	noClusters := fs.Bool("no-clusters", false, "train without word clusters")
	if err := fs.Parse(args); err != nil {
		return err
	}
	began := time.Now()
	nlp := filepath.Join(*data, "nlp")
	train, err := readCoNLL(filepath.Join(nlp, "conll2003", "eng.train"))
	if err != nil {
		return err
	}
	dev, err := readCoNLL(filepath.Join(nlp, "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	gaz, err := ner.ReadGazetteers(filepath.Join(nlp, "gazetteer"))
	if err != nil {
		return err
	}
	cfg := ner.TrainConfig{Epochs: *epochs, Seed: *seed, Gazetteer: gaz, Dev: dev, Log: stderr}
	if !*noClusters {
		t0 := time.Now()
		sents, err := unlabelledSentences(*data, train)
		if err != nil {
			return err
		}
		cfg.Clusters = ner.InduceClusters(sents, ner.ClusterConfig{Seed: *seed})
		fmt.Fprintf(stderr, "clusters: %d words from %d sentences in %.1fs\n", len(cfg.Clusters), len(sents), time.Since(t0).Seconds())
	}
	model, err := ner.Train(train, cfg)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		return err
	}
	t, err := ner.Decode(model)
	if err != nil {
		return fmt.Errorf("re-reading %s: %w", *out, err)
	}
	sc := t.Evaluate(dev)
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %.0fs; eng.testa F1 %.4f (P %.4f R %.4f)\n", *out, len(model),
		time.Since(began).Seconds(), sc.Overall.F1(), sc.Overall.Precision(), sc.Overall.Recall())
	return nil
}
