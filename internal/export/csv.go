package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/timeline"
)

// csvHeader names the CSV columns: one row per event and source.
var csvHeader = []string{"event", "date", "precision", "estimated", "type", "summary", "place", "actors",
	"corroboration", "new", "outlet", "article", "url", "sentence", "start", "end", "conflicts"}

// writeCSV writes one row per source of each event; an event's fields
// repeat on each of its rows.
func writeCSV(w io.Writer, v *timeline.View) error {
	urls := map[string]string{}
	for _, a := range v.Articles {
		urls[a.ID] = a.URL
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range v.Events {
		var notes []string
		for _, c := range e.Conflicts {
			notes = append(notes, c.Note)
		}
		base := []string{e.ID, e.Date, e.Precision, strconv.FormatBool(e.Estimated), e.Type, cell(e.Summary),
			cell(e.Place), cell(strings.Join(e.Actors, "; ")), strconv.Itoa(e.Corroboration), strconv.FormatBool(e.New)}
		sources := e.Sources
		if len(sources) == 0 {
			sources = []timeline.Source{{}}
		}
		for _, s := range sources {
			row := append(append([]string(nil), base...), cell(s.Outlet), s.Article, cell(urls[s.Article]),
				cell(s.Sentence), strconv.Itoa(s.Start), strconv.Itoa(s.End), cell(strings.Join(notes, " | ")))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell defuses text a spreadsheet would evaluate: a cell starting with
// =, +, -, @, a tab or a carriage return gets a leading apostrophe, as
// OWASP advises against CSV formula injection. Line breaks are folded.
func cell(s string) string {
	s = oneLine(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// jsonlEvent is one line of the JSON Lines export: an event with the
// story it belongs to.
type jsonlEvent struct {
	Story string `json:"story"`
	timeline.Event
}

// writeJSONL writes one JSON object per event.
func writeJSONL(w io.Writer, v *timeline.View) error {
	enc := json.NewEncoder(w)
	for _, e := range v.Events {
		if err := enc.Encode(jsonlEvent{Story: v.ID, Event: e}); err != nil {
			return err
		}
	}
	return nil
}
