package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source"
)

// extracted is one line of `storyline extract` output.
type extracted struct {
	Source        string   `json:"source"`
	Origin        string   `json:"origin,omitempty"`
	URL           string   `json:"url"`
	Title         string   `json:"title"`
	Authors       []string `json:"authors"`
	Published     *string  `json:"published"`
	PublishedFrom string   `json:"published_from"`
	// The precision, range, evidence and warnings of the date, when
	// known (see model.Article).
	PublishedPrecision string   `json:"published_precision,omitempty"`
	PublishedEarliest  string   `json:"published_earliest,omitempty"`
	PublishedLatest    string   `json:"published_latest,omitempty"`
	PublishedEvidence  []string `json:"published_evidence,omitempty"`
	PublishedWarnings  []string `json:"published_warnings,omitempty"`
	Language           string   `json:"language"`
	Outlet             string   `json:"outlet"`
	Text               string   `json:"text"`
	Removed            []string `json:"removed"`
	Summary            bool     `json:"summary,omitempty"`
	Error              string   `json:"error,omitempty"`
}

func (a *app) extractCmd() *cobra.Command {
	var format, baseURL string
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the clean text and metadata of articles as JSON Lines, without storing them",
		Long: `Extract each input's article and print it as one JSON object per line:
source, url, title, authors, published (YYYY-MM-DD or RFC 3339, or null),
published_from (meta, url, header, text, feed, warc, path or none: path
is a day in the file's path, 2011-02-11/story.txt, taken when the page
gives none of its own), language (ISO 639-1), outlet, text (paragraphs
separated by one blank line) and removed (the lines dropped as page
furniture).

Containers (JSON arrays, feeds, WARC files) print one line per article.
The store is not touched. An input that cannot be read prints a line with
"error" and the command exits 1.`,
		Example: `  storyline extract page.html
  storyline extract --format text --url https://example.org/a scrape.txt`,
		Args: usage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			det, err := a.detector()
			if err != nil {
				return err
			}
			h := &extractHandler{ex: &extract.Extractor{Lang: det, Lines: textscrape.NewLineStats()}, enc: json.NewEncoder(a.stdout)}
			h.enc.SetEscapeHTML(false)
			r := &source.Reader{Format: source.Format(format), URL: baseURL, Stdin: a.stdin}
			if err := r.Read(cmd.Context(), args, h); err != nil {
				return &exitError{ExitFatal, err}
			}
			if h.problems > 0 {
				return &exitError{ExitPartial, errors.New("some inputs could not be extracted")}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "input format: auto, html, text, json, feed or warc")
	cmd.Flags().StringVar(&baseURL, "url", "", "base URL hint (for dates and outlet from the address)")
	return cmd
}

type extractHandler struct {
	ex       *extract.Extractor
	enc      *json.Encoder
	problems int
}

func (h *extractHandler) Document(_ context.Context, d *model.Document) error {
	art, err := h.ex.Extract(d)
	if err != nil {
		h.problems++
		return h.enc.Encode(extracted{Source: d.Source, Origin: origin(d.Source, d.Origin), Error: err.Error(),
			Authors: []string{}, Removed: []string{}, PublishedFrom: "none"})
	}
	out := extracted{
		Source: d.Source, Origin: origin(d.Source, d.Origin), URL: art.URL, Title: art.Title,
		Authors: art.Authors, PublishedFrom: art.PublishedFrom, Language: art.Language,
		Outlet: art.Outlet, Text: art.Text, Removed: art.Removed, Summary: art.Summary,
		PublishedPrecision: art.PublishedPrecision, PublishedEarliest: art.PublishedEarliest,
		PublishedLatest: art.PublishedLatest, PublishedEvidence: art.PublishedEvidence, PublishedWarnings: art.PublishedWarnings,
	}
	if art.Published != "" {
		out.Published = &art.Published
	}
	return h.enc.Encode(out)
}

func origin(src, o string) string {
	if o == src {
		return ""
	}
	return o
}

func (h *extractHandler) Failed(input string, err error) {
	h.problems++
	h.enc.Encode(extracted{Source: input, Error: err.Error(), Authors: []string{}, Removed: []string{}, PublishedFrom: "none"})
}

func (h *extractHandler) Skipped(input, reason string) {
	h.problems++
	h.enc.Encode(extracted{Source: input, Error: fmt.Sprintf("skipped: %s", reason), Authors: []string{}, Removed: []string{}, PublishedFrom: "none"})
}
