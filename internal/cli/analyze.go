package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
)

// analyzed is one line of `storyline analyze` output.
type analyzed struct {
	Source string `json:"source"`
	Origin string `json:"origin,omitempty"`
	Text   string `json:"text"`
	nlp.Annotations
	Error string `json:"error,omitempty"`
}

func (a *app) analyzeCmd() *cobra.Command {
	var (
		raw     bool
		date    string
		format  string
		baseURL string
	)
	cmd := &cobra.Command{
		Use:   "analyze FILE...",
		Short: "Print each article's entities, time expressions and quotes as JSON Lines",
		Long: `Read each article and print one JSON object per article: source, text,
entities [{text, type, start, end, canonical}] (PER, ORG, LOC, MISC),
times [{text, type, value, start, end}] with TIMEX3 values normalised
against the publication date, and quotes [{speaker, cue, content,
direct}]. Offsets are Unicode code points into text, end exclusive.

By default each FILE is extracted first (any format ingest reads) and
its publication date anchors relative dates. With --raw a FILE is taken
as clean text, unchanged, and --date gives its publication date.`,
		Example: `  storyline analyze article.html
  storyline analyze --raw --date 2025-06-12 note.txt`,
		Args: usage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			var dct time.Time
			if date != "" {
				t, err := time.Parse("2006-01-02", date)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("--date %q: want YYYY-MM-DD", date)}
				}
				dct = t
			}
			if err := checkFormat(format); err != nil {
				return err
			}
			an, err := nlp.New()
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false)
			problems := 0
			if raw {
				for _, path := range args {
					b, err := os.ReadFile(path)
					if err != nil {
						problems++
						enc.Encode(analyzed{Source: path, Error: err.Error()})
						continue
					}
					text := string(b)
					if err := enc.Encode(analyzed{Source: path, Text: text, Annotations: an.Analyze(text, dct)}); err != nil {
						return err
					}
				}
			} else {
				det, err := a.detector()
				if err != nil {
					return err
				}
				h := &analyzeHandler{ex: &extract.Extractor{Lang: det}, an: an, enc: enc, dct: dct}
				r := &source.Reader{Format: source.Format(format), URL: baseURL, Stdin: a.stdin}
				if err := r.Read(cmd.Context(), args, h); err != nil {
					return &exitError{ExitFatal, err}
				}
				problems = h.problems
			}
			if problems > 0 {
				return &exitError{ExitPartial, errors.New("some inputs could not be analysed")}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "take each FILE as clean text, unchanged")
	cmd.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD) anchoring relative dates; default the article's own")
	cmd.Flags().StringVar(&format, "format", "auto", "input format without --raw: auto, html, text, json, feed or warc")
	cmd.Flags().StringVar(&baseURL, "url", "", "base URL hint")
	return cmd
}

type analyzeHandler struct {
	ex       *extract.Extractor
	an       *nlp.Analyzer
	enc      *json.Encoder
	dct      time.Time
	problems int
}

func (h *analyzeHandler) Document(_ context.Context, d *model.Document) error {
	art, err := h.ex.Extract(d)
	if err != nil {
		h.problems++
		return h.enc.Encode(analyzed{Source: d.Source, Origin: origin(d.Source, d.Origin), Error: err.Error()})
	}
	dct := h.dct
	if dct.IsZero() {
		dct = pipeline.ParsePublished(art.Published)
	}
	// The body only: headlines in title case mislead the entity tagger,
	// and text is what the offsets point into.
	text := art.Text
	return h.enc.Encode(analyzed{Source: d.Source, Origin: origin(d.Source, d.Origin), Text: text, Annotations: h.an.Analyze(text, dct)})
}

func (h *analyzeHandler) Failed(input string, err error) {
	h.problems++
	h.enc.Encode(analyzed{Source: input, Error: err.Error()})
}

func (h *analyzeHandler) Skipped(input, reason string) {
	h.problems++
	h.enc.Encode(analyzed{Source: input, Error: "skipped: " + reason})
}
