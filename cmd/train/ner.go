package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

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
	runs := fs.Int("runs", 3, "training runs averaged into each stage's final model")
	folds := fs.Int("folds", 8, "jackknife folds for stage 2's training labels")
	initDepth := fs.Int("init-depth", 8, "depth of the PPMI clusters that start the exchange algorithm (0: none)")
	ppmi := fs.Bool("ppmi", true, "add the PPMI clusters' paths as a second hierarchy")
	classes := fs.Int("classes", 256, "word classes (leaves of the cluster hierarchy)")
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
	foreign, err := foreignNames(filepath.Join(nlp, "ner-multi", "conll2002"))
	if err != nil {
		return err
	}
	gaz = append(gaz, foreign...)
	cfg := ner.TrainConfig{Epochs: *epochs, Seed: *seed, Folds: *folds, Runs: *runs, Gazetteer: gaz, Dev: dev, Log: stderr}
	if !*noClusters {
		t0 := time.Now()
		sents, err := unlabelledSentences(*data, train)
		if err != nil {
			return err
		}
		var init map[string]string
		if *initDepth > 0 {
			init = ner.InduceClusters(sents, ner.ClusterConfig{Seed: *seed, Depth: *initDepth})
		}
		cfg.Clusters = ner.InduceBrownClusters(sents, ner.BrownConfig{Classes: *classes, Init: init, Logf: func(f string, a ...any) { fmt.Fprintf(stderr, f, a...) }})
		if *ppmi {
			second := ner.InduceClusters(sents, ner.ClusterConfig{Seed: *seed})
			for w, p := range cfg.Clusters {
				if q, ok := second[w]; ok {
					cfg.Clusters[w] = p + "/" + q
				}
			}
		}
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

// foreignNames lists the names tagged in the CoNLL-2002 Spanish and Dutch
// training and development files (Latin-1) as gazetteer entries:
// international names (clubs, players, places, organisations) that English
// news shares. Persons join the leaders' class "person", which thus gets
// enough matches in the training text to count; the others are of class
// "x-ORG", "x-LOC" and "x-MISC".
func foreignNames(dir string) ([]ner.GazetteerEntry, error) {
	var out []ner.GazetteerEntry
	for _, name := range []string{"esp.train", "esp.testa", "ned.train", "ned.testa"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c) // Latin-1 bytes are their code points
		}
		docs, err := ner.ReadCoNLL(strings.NewReader(string(rs)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				for _, c := range ner.Chunks(s.Tags) {
					if c.End-c.Start == 1 && utf8.RuneCountInString(s.Words[c.Start]) < 3 {
						continue // "A", "EU": too ambiguous alone
					}
					class := "x-" + c.Type
					if c.Type == "PER" {
						class = "person" // the leaders' class
					}
					out = append(out, ner.GazetteerEntry{Phrase: strings.Join(s.Words[c.Start:c.End], " "), Class: class})
				}
			}
		}
	}
	return out, nil
}
