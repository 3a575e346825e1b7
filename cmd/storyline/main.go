// Command storyline turns a pile of news articles — text scrapes, HTML
// pages, JSON dumps, feeds, web archives — into stories. Run
// `storyline --help` for the commands.
package main

import (
	"os"
	"runtime/debug"

	"github.com/storyline/storyline/internal/cli"
)

func main() {
	// Most of a long run's heap is the story index, which lives as long
	// as the process: the default GC target (100%) rescans it often, a
	// few percent of an ingest's CPU. 200% halves the collections for
	// at most three times the live heap. GOGC in the environment wins.
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(200)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
