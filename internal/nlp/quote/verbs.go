package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// The rules find speaker phrases without a part-of-speech tagger, so a
// verb after a subject ("The senator took aim at …", "Sanders sent a
// letter, asking …") reads as one more word of the phrase. verbTable
// lists the word forms that are, in lower case, mostly finite verbs
// (Penn tags VBD, VBZ, VBP) in the CoNLL-2003 English training data;
// npWord does not let them into a speaker phrase.
//
//go:embed verbs.tsv
var verbTable []byte

// minVerbHits and minVerbShare pick the finite verbs of verbTable: word
// forms seen in lower case as a finite verb at least minVerbHits times,
// in at least minVerbShare of all their occurrences.
const (
	minVerbHits  = 2
	minVerbShare = 0.5
)

// LearnVerbs reads part-of-speech tagged text in the CoNLL-2003 format
// (one "WORD POS CHUNK NE" line per token, blank lines between
// sentences, -DOCSTART- lines between documents) and returns the table
// of finite verb forms the package embeds as verbs.tsv, in a fixed
// order.
func LearnVerbs(r io.Reader) ([]byte, error) {
	all := make(map[string]int)
	fin := make(map[string]int)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 4 || f[0] == "-DOCSTART-" {
			continue
		}
		w := strings.ToLower(f[0])
		all[w]++
		if (f[1] == "VBD" || f[1] == "VBZ" || f[1] == "VBP") && f[0] == w {
			fin[w]++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("learn verbs: %w", err)
	}
	var list []string
	for w, n := range fin {
		if n >= minVerbHits && float64(n) >= minVerbShare*float64(all[w]) && len(w) > 2 && isLetters(w) {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	var b bytes.Buffer
	b.WriteString("# Finite verb forms of the CoNLL-2003 English training data, written by `go run ./cmd/train quotes`. Do not edit.\n")
	b.WriteString("# word\tn (as VBD, VBZ or VBP in lower case)\tall (occurrences)\n")
	for _, w := range list {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", w, fin[w], all[w])
	}
	return b.Bytes(), nil
}

// parseVerbs reads a table LearnVerbs wrote and returns its words.
func parseVerbs(data []byte) ([]string, error) {
	var ws []string
	err := eachTableLine(data, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 3 || f[0] == "" {
			return fmt.Errorf("line %d: want 3 fields", line)
		}
		for _, n := range f[1:] {
			if v, err := strconv.Atoi(n); err != nil || v < 0 {
				return fmt.Errorf("line %d: bad count %q", line, n)
			}
		}
		ws = append(ws, f[0])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("verb table: %w", err)
	}
	return ws, nil
}
