package extract

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/model"
)

var extractionData = filepath.Join("..", "..", "..", "shared", "data", "extraction")

// readShared returns a shared benchmark page, skipping when shared is absent.
func readShared(t testing.TB, set, file string) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join(extractionData, set, file))
	if err != nil {
		t.Skipf("shared extraction data absent: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestFurnitureOnRealPages checks pages of trafilatura's corpus where the
// raw trafilatura output keeps tail furniture: the furniture must go and
// the article must stay.
func TestFurnitureOnRealPages(t *testing.T) {
	tests := []struct {
		file, url     string
		keep, dropped []string
	}{
		{"nationnews.com-schools.html.gz", "",
			[]string{"Calling the return to school two months ago"},
			[]string{"Subscribe now to our eNATION edition for the full story.", "download the Nationnews apps"}},
		{"aerobuzz.de-bremen.html.gz", "",
			[]string{"Das Bundesamt für Ausrüstung"},
			[]string{"Schon gelesen?", "Luftwaffe hat mit dem Training auf den H145 von NHV begonnen"}},
		{"breakingbelizenews.com-paho.html.gz", "",
			[]string{"The Americas cannot ignore the risk"},
			[]string{"This article is the copyrighted property of Breaking Belize"}},
		{"laestrella.com.pa-laboral.html.gz", "",
			[]string{"La oficina nunca será el reemplazo del hogar"},
			[]string{"Alcaldía de Panamá licita el nuevo Mercado de Marisco"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body := readShared(t, "trafilatura-eval", tt.file)
			a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body, URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			text := fold(a.Text)
			for _, s := range tt.keep {
				if !strings.Contains(text, s) {
					t.Errorf("lost %q", s)
				}
			}
			for _, s := range tt.dropped {
				if strings.Contains(text, s) {
					t.Errorf("kept furniture %q", s)
				}
			}
			if !strings.Contains(a.Text, "\n\n") {
				t.Errorf("text is one paragraph; want paragraphs separated by blank lines")
			}
		})
	}
}

func TestTrimFurniture(t *testing.T) {
	anchors := map[string]bool{"Another story about something else": true}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"related links and heading", []string{"Body one.", "Body two.", "Body three.", "Read more:", "Another story about something else"},
			[]string{"Body one.", "Body two.", "Body three."}},
		{"copyright", []string{"Body one.", "Body two.", "© 2022 Example News. All rights reserved."}, []string{"Body one.", "Body two."}},
		{"inline see also", []string{"Body one.", "Lesen Sie auch: Ein anderer Artikel", "Body two."}, []string{"Body one.", "Body two."}},
		{"python prompt kept", []string{"Code:", ">>> def foo(): pass", "End."}, []string{"Code:", ">>> def foo(): pass", "End."}},
		{"closing question kept", []string{"Body one.", "Body two.", "What comes next?"}, []string{"Body one.", "Body two.", "What comes next?"}},
		{"never more than half", []string{"Body.", "Related", "Another story about something else", "© 2020 X"}, []string{"Body.", "Related"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := trimFurniture(tt.in, anchors)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestYearOnlyDate checks that a copyright year is not taken for the
// publication day (dlg.org: htmldate answers 2022-01-01 from "Copyright
// © 2022"; the article is of 2022-01-20), while a real 1 January stays.
func TestYearOnlyDate(t *testing.T) {
	tests := []struct {
		file, url, notWant string
	}{
		{"dlg.org-Preis.html.gz", "https://www.dlg.org/de/landwirtschaft/presse/aktuell#!/news/dlg-hat-wilhelm-rimpau-preis-ausgeschrieben", "2022-01-01"},
		{"wsl.ch-neubeau.html.gz", "https://neubau.wsl.ch/de/index.html", "1998-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractPage(t, tt.file, tt.url)
			if strings.HasPrefix(a.Published, tt.notWant) {
				t.Errorf("published %q from a bare year", a.Published)
			}
		})
	}
	body := readShared(t, "htmldate", "focus.de-geldanlage.html.gz")
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2023-01-01") {
		t.Errorf("focus.de: published %q, want 2023-01-01 (a real New Year's Day article)", a.Published)
	}
}

// TestLeadRestored checks a zeit.de page whose standfirst trafilatura
// drops: the visible lead must open the text.
func TestLeadRestored(t *testing.T) {
	body := readShared(t, "trafilatura-eval", "0a12df42d1764095989ab078ee0f940b.html.gz")
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body,
		URL: "https://www.zeit.de/2019/43/klimaschutz-banken-unternehmen-fracking-oelfoerderung-fossile-brennstoffe"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Weltweit finanzieren Banken und Investoren Unternehmungen") {
		t.Errorf("text starts %q, want the lead", a.Text[:min(80, len(a.Text))])
	}
	if strings.Contains(fold(a.Text), "Cookies & Tracking") {
		t.Error("kept cookie furniture")
	}
	if a.Title != "Bohren, bis es heiß wird" && !strings.Contains(a.Title, "Bohren") {
		t.Errorf("title %q", a.Title)
	}
}

func TestWithLead(t *testing.T) {
	lead := "A lead paragraph that sums up the whole article."
	tests := []struct {
		name, visible string
		paras         []string
		want          int
	}{
		{"visible and missing", "Head " + lead + " Body", []string{"Body."}, 2},
		{"only in meta", "Head Body", []string{"Body."}, 1},
		{"already there", lead, []string{lead}, 1},
	}
	for _, tt := range tests {
		if got := withLead(tt.paras, lead, tt.visible); len(got) != tt.want {
			t.Errorf("%s: %d paragraphs, want %d", tt.name, len(got), tt.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ title, outlet, host, want string }{
		{"Bohren, bis es heiß wird | ZEIT ONLINE", "ZEIT ONLINE", "zeit.de", "Bohren, bis es heiß wird"},
		{"Reuters - Parasite scores upset at SAG awards", "", "reuters.com", "Parasite scores upset at SAG awards"},
		{"Left - Right: a debate", "Example", "example.org", "Left - Right: a debate"},
		{"Short | Site", "Site", "site.com", "Short | Site"},
		{"Roky v důchodu tráví Češi po doktorech - Seznam Zprávy", "Seznam_Zpravy", "www.seznamzpravy.cz", "Roky v důchodu tráví Češi po doktorech"},
		{"Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir? – DW – 13.06.2023", "Deutsche Welle", "www.dw.com", "Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir?"},
		{"Bennett: „Ich bin nicht Netanyahus Ball“ - Israel Nachrichten - Chadashoth Israel", "Israel Nachrichten - Chadashoth Israel", "www.israel-nachrichten.org", "Bennett: „Ich bin nicht Netanyahus Ball“"},
		{"宮崎県で震度5弱、高知と宮崎に津波注意報：朝日新聞デジタル", "朝日新聞デジタル", "www.asahi.com", "宮崎県で震度5弱、高知と宮崎に津波注意報"},
		{"Talks resume - North Korea - World news", "Example", "example.org", "Talks resume - North Korea - World news"},
		// A lead part that mentions the site among other words is the
		// headline's start, not the site's name.
		{"How we built Acme's job queue - a retry framework", "Acme", "acme.com", "How we built Acme's job queue - a retry framework"},
		{"Acme Tech Blog - How we built the job queue", "Acme", "acme.com", "How we built the job queue"},
		// The site's name in another script than the outlet's and host's
		// (newsapi.org records), and under a subdomain of the host.
		{"Tut.by уже не тут – Мир - Коммерсантъ", "Kommersant.ru", "kommersant.ru", "Tut.by уже не тут – Мир"},
		{"東証、取引時間の拡大検討（毎日新聞） - Yahoo!ニュース - Yahoo!ニュース", "Yahoo.co.jp", "news.yahoo.co.jp", "東証、取引時間の拡大検討（毎日新聞）"},
		{"Zelensky visits the front - BBC News", "", "www.bbc.co.uk", "Zelensky visits the front"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.title, tt.outlet, tt.host); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestHeadingTitle(t *testing.T) {
	names := siteNamer("Global News", "globalnews.ca")
	tests := []struct {
		name, title string
		heads       []string
		want        string
	}{
		{"a section suffix", "Russia hits Kyiv with ballistic missile - National",
			[]string{"Russia hits Kyiv with ballistic missile"}, "Russia hits Kyiv with ballistic missile"},
		{"a section prefix", "Chronik: Lotte Tobisch ist tot", []string{"Lotte Tobisch ist tot"}, "Lotte Tobisch ist tot"},
		{"an SEO suffix", "Pierogi z dynią w sosie szałwiowym przepis",
			[]string{"Pierogi z dynią w sosie szałwiowym"}, "Pierogi z dynią w sosie szałwiowym"},
		{"a short whole part", "Hope! - bewusster leben", []string{"Hope!"}, "Hope!"},
		{"a short word inside", "Hope for peace talks in Geneva", []string{"Hope"}, "Hope for peace talks in Geneva"},
		{"a section page title", "Pressemitteilungen",
			[]string{"Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen"},
			"Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen"},
		{"the site's name", "Global News", []string{"Global News", "Wildfire forces evacuations in northern Alberta"},
			"Wildfire forces evacuations in northern Alberta"},
		{"two candidate headings", "Themen", []string{"Werkzeuge des frühen Neandertalers", "Werkzeuge des modernen Menschen"}, "Themen"},
		{"a longer heading", "Ultium Cells erhöht Gigafactory-Kapazität",
			[]string{"Ultium Cells erhöht Gigafactory-Kapazität in Tennessee"}, "Ultium Cells erhöht Gigafactory-Kapazität"},
		{"style text in a heading", "Medienmitteilungen", []string{".css-x{font-size:16px}Impfen ist bis Ende Februar möglich"}, "Medienmitteilungen"},
	}
	for _, tt := range tests {
		if got := headingTitle(tt.title, tt.heads, names); got != tt.want {
			t.Errorf("%s: headingTitle(%q) = %q, want %q", tt.name, tt.title, got, tt.want)
		}
	}
}

// TestPageTitles checks the headline chosen on real pages whose metadata
// title carries a section, the site's name or a date.
func TestPageTitles(t *testing.T) {
	tests := []struct{ set, file, url, want string }{
		{"fundus", "ca_GlobalNews_2026_05_24.html.gz", "https://globalnews.ca/news/11862251/russia-missile-attack-kyiv-ukraine/",
			"Russia hits Kyiv with ballistic missile, damages buildings and schools"},
		{"fundus", "de_DW_2023_06_13.html.gz", "https://www.dw.com/de/post-vac-syndrom-nach-covid-19-impfung-was-wissen-wir/a-65897191",
			"Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir?"},
		{"trafilatura-eval", "0a6291ebbce449b3b04256b43c73e39d.html.gz", "https://wien.orf.at/stories/3017954/", "Lotte Tobisch ist tot"},
		{"trafilatura-eval", "bundespraesident.de.20030331.html.gz", "https://www.bundespraesident.de/SharedDocs/Reden/DE/Johannes-Rau/Reden/2003/03/20030331_Rede2.html",
			"Rede von Bundespräsident Johannes Rau beim Föderalismuskonvent der deutschen Landesparlamente"},
	}
	for _, tt := range tests {
		b := readShared(t, tt.set, tt.file)
		a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: b, URL: tt.url, Source: tt.file})
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if a.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.file, a.Title, tt.want)
		}
	}
}

// TestSoftHyphensDropped checks that soft hyphens and other invisible
// characters hidden inside words do not reach an article: the bmas.de
// page writes "Genesenen&shy;&shy;nachweise" in its title and body.
func TestSoftHyphensDropped(t *testing.T) {
	body := readShared(t, "trafilatura-eval", "bmas.de-anforderungen.html.gz")
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{a.Title, a.Text} {
		if strings.ContainsAny(s, "\u00ad\u200b\u2060\ufeff") {
			t.Errorf("invisible characters kept in %.80q", s)
		}
	}
	if !strings.Contains(a.Title+a.Text, "Genesenennachweise") {
		t.Errorf("the word hyphenated softly is not whole: title %q", a.Title)
	}
	tests := []struct{ in, want string }{
		{"auto\u00adnome", "autonome"},
		{"\ufeffKim\u200b Jong\u2060Un", "Kim JongUn"},
		{"می\u200cخواهم", "می\u200cخواهم"}, // the non-joiner is spelling
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := dropInvisible(tt.in); got != tt.want {
			t.Errorf("dropInvisible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// extractPage extracts the htmldate page file, read from ../shared, as
// published at url.
func extractPage(t *testing.T, file, url string) *model.Article {
	t.Helper()
	return extractSharedPage(t, "htmldate", file, url)
}

// extractSharedPage extracts a gzipped page of the shared data, from the
// extraction set folder set (or "../html-news"), served at url.
func extractSharedPage(t *testing.T, set, file, url string) *model.Article {
	t.Helper()
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: readShared(t, set, file), URL: url})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
