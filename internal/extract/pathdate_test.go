package extract

import (
	"testing"

	"github.com/storyline/storyline/internal/model"
)

func TestPathDay(t *testing.T) {
	tests := []struct {
		path, want string // want "" for none
	}{
		{"ml-crisis/es/egypt/2011-02-11/gv_19.txt", "2011-02-11"},
		{`C:\news\2019_06_30\story.txt`, "2019-06-30"},
		{"archive/20190630-summit.txt", "2019-06-30"},
		{"https://example.com/world/2019/06/30/trump-kim-dmz/", "2019-06-30"},
		{"https://example.com/2019/06/30/a?page=2019-06-30", "2019-06-30"}, // the same day twice
		{"seeds/000_d6398dffda7a0d7e.txt", ""},
		{"id-120190630777.txt", ""},                 // digits inside a longer number
		{"2019-06-30/2019-07-01.txt", ""},           // two days that disagree
		{"2011-02-30/a.txt", ""},                    // no such day
		{"2011-0211/a.txt", ""},                     // mixed separators
		{"https://20190630.example.com/a.html", ""}, // the host is no date
	}
	for _, tt := range tests {
		got, ok := pathDay(tt.path)
		if s := got.Format("2006-01-02"); ok != (tt.want != "") || ok && s != tt.want {
			t.Errorf("pathDay(%q) = %s, %v; want %q", tt.path, s, ok, tt.want)
		}
	}
}

// TestPathDayAsDate checks that a text with no date of its own takes the
// day its path files it under, marked as such.
func TestPathDayAsDate(t *testing.T) {
	e := &Extractor{}
	doc := &model.Document{Kind: model.KindText, Source: "collection/2011-02-11/gv_19.txt",
		Body: []byte("Protesters filled the square again\n\nThousands of people gathered in the capital to demand the resignation of the president, and the army did not intervene.\n")}
	a, err := e.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2011-02-11" || a.PublishedFrom != "path" || a.PublishedPrecision != "day" {
		t.Errorf("published %q from %q (%s), want 2011-02-11 from path (day)", a.Published, a.PublishedFrom, a.PublishedPrecision)
	}
}
