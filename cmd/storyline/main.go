// Command storyline turns a pile of news articles — text scrapes, HTML
// pages, JSON dumps, feeds, web archives — into stories. Run
// `storyline --help` for the commands.
package main

import (
	"bufio"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

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
	// That headroom must not push a small machine into swap: the heap
	// is held, softly, to half the machine's memory, where the collector
	// starts working harder. GOMEMLIMIT in the environment wins.
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		if f, err := os.Open("/proc/meminfo"); err == nil {
			if total, ok := memTotal(f); ok {
				debug.SetMemoryLimit(total / 2)
			}
			f.Close()
		}
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// memTotal reads the machine's memory in bytes from the MemTotal line of
// a /proc/meminfo listing ("MemTotal:       24607040 kB").
func memTotal(r io.Reader) (int64, bool) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0, false
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil || kb <= 0 || kb > 1<<40 {
			return 0, false
		}
		return kb << 10, true
	}
	return 0, false
}
