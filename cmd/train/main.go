// Command train trains storyline's statistical models from the shared data
// and writes their weights into the repository, where go:embed picks them
// up. Run it from the repository root:
//
//	go run ./cmd/train ner [flags]
//	go run ./cmd/train quotes [flags]
//
// Each model is a subcommand in its own file; training is deterministic.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one model's trainer.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{
	"ner":    {"named-entity tagger (internal/nlp/ner/model.bin) from CoNLL-2003", runNER},
	"quotes": {"quote cue table and keep model (internal/nlp/quote/{cues,keep}.tsv) from PolNeAR train", runQuotes},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "train: unknown model %q\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "train %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: go run ./cmd/train MODEL [flags]\n\nmodels:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
}
