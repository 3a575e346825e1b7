// Package polnear reads the PolNeAR attribution corpus (brat standoff:
// one .txt and one or more .ann files per article) and scores a quote
// extractor against it with the measures of BBC's Citron evaluation.
//
// PolNeAR's own repository ships a Python reader; we wrote ours because
// storyline's evaluation runs from the Go binary, and because brat
// offsets are code points, which is what package quote returns.
package polnear

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Span is a stretch of an article's text, in code points, end exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Relation is one gold attribution. Source is empty when the annotator
// marked none; Content may be discontinuous.
type Relation struct {
	Source  []Span `json:"source,omitempty"`
	Cue     []Span `json:"cue"`
	Content []Span `json:"content"`
}

// Doc is one article with the relations of one annotator.
type Doc struct {
	// Name is the article's file name without extension.
	Name string
	// Text is the article's text.
	Text string
	// Relations are the gold attributions.
	Relations []Relation
}

// Limits on what the reader accepts, so that a hostile file cannot make
// it hold unbounded memory.
const (
	MaxFileBytes = 8 << 20
	maxLine      = 1 << 20
)

// ParseAnn reads brat standoff annotations and returns the attribution
// relations (E lines) whose roles it can resolve. Lines it does not know
// (notes, Discuss, Discard) are skipped; malformed offsets are an error.
func ParseAnn(r io.Reader) ([]Relation, error) {
	spans := make(map[string][]Span)
	type event struct{ content, cue, source string }
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || fields[0] == "" {
			continue
		}
		switch fields[0][0] {
		case 'T':
			label, ranges, ok := strings.Cut(fields[1], " ")
			if !ok {
				continue
			}
			switch label {
			case "Source", "Cue", "Content":
			default:
				continue
			}
			var ss []Span
			for _, rg := range strings.Split(ranges, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(rg), " ")
				if !ok {
					return nil, fmt.Errorf("line %d: range %q: want \"start end\"", line, rg)
				}
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || s < 0 || e < s {
					return nil, fmt.Errorf("line %d: bad range %q", line, rg)
				}
				ss = append(ss, Span{s, e})
			}
			spans[fields[0]] = ss
		case 'E':
			var ev event
			for _, arg := range strings.Fields(fields[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if !ok {
					continue
				}
				switch role {
				case "Content":
					ev.content = id
				case "Cue":
					ev.cue = id
				case "Source":
					ev.source = id
				}
			}
			events = append(events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	rels := make([]Relation, 0, len(events))
	for _, ev := range events {
		r := Relation{Cue: spans[ev.cue], Content: spans[ev.content], Source: spans[ev.source]}
		if len(r.Cue) == 0 || len(r.Content) == 0 {
			continue
		}
		rels = append(rels, r)
	}
	return rels, nil
}

// LoadSplit reads one split directory (holding text/ and attributions/).
// For an article with several annotators it keeps the first .ann file in
// name order. Articles without annotations are skipped.
func LoadSplit(dir string) ([]Doc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("polnear %s: %w", dir, err)
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("polnear %s: no attributions/*.ann files", dir)
	}
	sort.Strings(anns)
	var docs []Doc
	seen := make(map[string]bool)
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("polnear %s: no annotator suffix", ann)
		}
		name := base[:i]
		if seen[name] {
			continue
		}
		seen[name] = true
		text, err := readCapped(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear article %s: %w", name, err)
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, fmt.Errorf("polnear %s: %w", ann, err)
		}
		rels, err := ParseAnn(io.LimitReader(f, MaxFileBytes))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("polnear %s: %w", ann, err)
		}
		n := len([]rune(text))
		for _, r := range rels {
			for _, s := range append(append(append([]Span(nil), r.Cue...), r.Content...), r.Source...) {
				if s.End > n {
					return nil, fmt.Errorf("polnear %s: span %d-%d past the text's %d code points", ann, s.Start, s.End, n)
				}
			}
		}
		docs = append(docs, Doc{Name: name, Text: text, Relations: rels})
	}
	return docs, nil
}

func readCapped(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > MaxFileBytes {
		return "", fmt.Errorf("larger than %d bytes", MaxFileBytes)
	}
	return string(b), nil
}
