package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/model"
)

// TestLinesAcrossDocuments extracts plain-text scrapes of one folder in
// turn: a slogan line on every page is kept while there is no evidence,
// dropped once enough pages of the folder carried it, and kept in a page
// of another folder; prose repeated on every page (a syndicated
// paragraph) is never dropped.
func TestLinesAcrossDocuments(t *testing.T) {
	const sloganLine = "Reporting from Seoul and Washington"
	const shared = "The talks in Panmunjom resumed on Tuesday after a pause of four months, officials in Seoul said, and both delegations described the first session as constructive."
	page := func(i int) string {
		return strings.Join([]string{
			fmt.Sprintf("Envoys meet again, round %d", i),
			sloganLine,
			fmt.Sprintf("Delegations from both sides met for the %dth time this year in a village on the border, where negotiators discussed the return of remains and a new liaison office.", i+3),
			shared,
			fmt.Sprintf("A statement issued after round %d said the next meeting would be held within weeks, though no date was set and several questions remained open.", i),
		}, "\n")
	}
	ex := &Extractor{Lines: textscrape.NewLineStats()}
	kept := func(source, body string) (slogan, shared bool) {
		t.Helper()
		a, err := ex.Extract(&model.Document{Source: source, Kind: model.KindText, Body: []byte(body)})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Contains(a.Text, sloganLine), strings.Contains(a.Text, "Panmunjom resumed")
	}
	for i := range 8 {
		s, p := kept(fmt.Sprintf("scrapes/watch/%d.txt", i), page(i))
		if !p {
			t.Errorf("page %d: the repeated paragraph was dropped", i)
		}
		if i >= 4 && s {
			t.Errorf("page %d: the slogan on every page of the folder was kept", i)
		}
	}
	if s, _ := kept("elsewhere/1.txt", page(9)); !s {
		t.Error("a page of another folder lost the slogan")
	}
	ex = &Extractor{}
	if s, _ := kept("scrapes/watch/5.txt", page(5)); !s {
		t.Error("without cross-document evidence the slogan is dropped anyway: the test shows nothing")
	}
}
