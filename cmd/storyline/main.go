// Command storyline turns a pile of news articles — text scrapes, HTML
// pages, JSON dumps, feeds, web archives — into stories. Run
// `storyline --help` for the commands.
package main

import (
	"os"

	"github.com/storyline/storyline/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
