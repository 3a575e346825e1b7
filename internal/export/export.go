// Package export writes a story's timeline (a timeline.View) as files a
// journalist can take elsewhere: a Markdown brief to paste into a
// document, CSV for a spreadsheet (one row per event and source) and JSON
// Lines (one event per line) for other programs; and the plain text
// `storyline story` prints.
//
// Everything in a View that came from an article (titles, sentences,
// quotes, outlet names, URLs) is untrusted. The Markdown writer escapes
// it so that no link, image, HTML or emphasis an article smuggled in
// renders; the CSV writer defuses cells a spreadsheet would read as a
// formula.
package export

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/timeline"
)

// The formats Write accepts.
const (
	Markdown = "md"
	CSV      = "csv"
	JSONL    = "jsonl"
	// Text is for people at a terminal (what `storyline story` prints).
	Text = "text"
)

// Formats lists the formats Write accepts, in the order help texts show
// them.
var Formats = []string{Markdown, CSV, JSONL, Text}

// FormatFor returns the format a file name's extension implies (".md",
// ".markdown", ".csv", ".jsonl", ".ndjson"), or "" when it implies none.
func FormatFor(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".md"), strings.HasSuffix(lower, ".markdown"):
		return Markdown
	case strings.HasSuffix(lower, ".csv"):
		return CSV
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return JSONL
	case strings.HasSuffix(lower, ".txt"):
		return Text
	}
	return ""
}

// Write writes v to w in format (md, csv, jsonl or text).
func Write(w io.Writer, v *timeline.View, format string) error {
	if v == nil {
		return fmt.Errorf("export: no story")
	}
	var err error
	switch format {
	case Markdown, "markdown":
		err = writeMarkdown(w, v)
	case CSV:
		err = writeCSV(w, v)
	case JSONL, "ndjson":
		err = writeJSONL(w, v)
	case Text, "txt":
		err = writeText(w, v)
	default:
		return fmt.Errorf("export: unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("export %s as %s: %w", v.ID, format, err)
	}
	return nil
}

// outletCount counts the distinct outlets of v's articles.
func outletCount(v *timeline.View) int {
	seen := map[string]bool{}
	for _, a := range v.Articles {
		seen[a.Outlet] = true
	}
	return len(seen)
}

// publishedSpan returns the earliest and latest publication dates of v's
// articles ("" when none is known).
func publishedSpan(v *timeline.View) (first, last string) {
	var dates []string
	for _, a := range v.Articles {
		if a.Published != "" {
			dates = append(dates, a.Published)
		}
	}
	if len(dates) == 0 {
		return "", ""
	}
	slices.Sort(dates)
	return dates[0], dates[len(dates)-1]
}

// maxCited is how many of an event's sentences the terminal view and the
// brief cite; the JSON, CSV and JSONL exports and the web page list them
// all. A story's main event can gather a hundred sentences.
const maxCited = 5

// cited picks the sentences of an event to cite: each outlet's first
// sentence in order, then the others in order, at most n in all, and
// says how many are left out.
func cited(src []timeline.Source, n int) (shown []timeline.Source, left int) {
	if len(src) <= n {
		return src, 0
	}
	pick := make([]bool, len(src))
	seen := map[string]bool{}
	k := 0
	for i, s := range src {
		if k < n && !seen[s.Outlet] {
			seen[s.Outlet] = true
			pick[i] = true
			k++
		}
	}
	for i := range src {
		if k < n && !pick[i] {
			pick[i] = true
			k++
		}
	}
	for i, s := range src {
		if pick[i] {
			shown = append(shown, s)
		}
	}
	return shown, len(src) - len(shown)
}
