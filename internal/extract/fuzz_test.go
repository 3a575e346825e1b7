package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/model"
)

// FuzzExtractHTML runs the HTML path (trafilatura, date, furniture
// filters) on arbitrary markup: it must not panic and must return
// paragraphs of valid UTF-8.
func FuzzExtractHTML(f *testing.F) {
	for _, p := range []struct{ set, file string }{
		{"trafilatura-eval", "aerobuzz.de-bremen.html.gz"},
		{"trafilatura-eval", "nationnews.com-schools.html.gz"},
		{"htmldate", "dlg.org-Preis.html.gz"},
	} {
		if _, err := os.Stat(filepath.Join(extractionData, p.set, p.file)); err != nil {
			continue
		}
		b := readShared(f, p.set, p.file)
		if len(b) > 64<<10 {
			b = b[:64<<10]
		}
		f.Add(b)
	}
	f.Add([]byte("<html><body><p>Body one is here.</p><p>© 2020 Example</p></body></html>"))
	ex := &Extractor{MaxHTMLNodes: 5000}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !utf8.Valid(body) || len(body) > 256<<10 {
			return
		}
		a, err := ex.Extract(&model.Document{Kind: model.KindHTML, Body: body, URL: "https://example.com/2020/01/02/a"})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("bad text %q", a.Text)
		}
	})
}
