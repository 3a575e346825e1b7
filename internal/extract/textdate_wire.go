package extract

import (
	"time"

	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/model"
)

// dateFromText completes a's publication date from its own text. An
// article without a date gets the estimate of textdate, marked
// published_from "text" with its precision, range and evidence; the
// crawl time of a WARC record bounds it from above. An article whose
// date came from the page keeps it, and the readings of the text that
// contradict it are listed as warnings. dateText, when not empty, is
// read in place of a's text (the body with its date lines).
func dateFromText(a *model.Article, doc *model.Document, dateText string) {
	if dateText == "" {
		dateText = a.Text
	}
	text := a.Title + "\n\n" + dateText
	opt := textdate.Options{Lang: a.Language, NotAfter: doc.Fetched}
	if a.Published == "" {
		e, ok := textdate.Guess(text, opt)
		if !ok {
			return
		}
		a.Published, a.PublishedFrom, a.PublishedPrecision = e.String(), "text", e.Precision
		a.PublishedEarliest = e.Earliest.Format(time.DateOnly)
		if !e.Latest.IsZero() {
			a.PublishedLatest = e.Latest.Format(time.DateOnly)
		}
		a.PublishedEvidence = e.Evidence
		return
	}
	if t, ok := pageDay(a.Published); ok {
		a.PublishedWarnings = append(a.PublishedWarnings, textdate.Check(text, t, opt)...)
	}
}

// pageDay reads the day of a Published value that names one
// ("YYYY-MM-DD" or RFC 3339).
func pageDay(p string) (time.Time, bool) {
	if len(p) < len(time.DateOnly) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, p[:len(time.DateOnly)])
	return t, err == nil
}
