package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/sharedtest"
	"github.com/storyline/storyline/internal/source/feed"
	"github.com/storyline/storyline/internal/source/jsonrec"
)

func TestFeedFurniture(t *testing.T) {
	for _, tt := range []struct {
		name          string
		in            []string
		kept, removed []string
	}{
		{"guardian: related link and read-on link",
			[]string{"Donald Trump has promised a “new American moment”.", "Related: Fact check: Donald Trump's State of the Union address analyzed", "Continue reading..."},
			[]string{"Donald Trump has promised a “new American moment”."},
			[]string{"Related: Fact check: Donald Trump's State of the Union address analyzed", "Continue reading..."}},
		{"read-on link with the title and an arrow",
			[]string{"The council met on Monday.", "Continue reading Council Approves the Budget →"},
			[]string{"The council met on Monday."},
			[]string{"Continue reading Council Approves the Budget →"}},
		{"bracketed and localised read-on links",
			[]string{"Erster Absatz.", "[Weiterlesen]", "Segundo parágrafo.", "Leia mais »", "(more…)"},
			[]string{"Erster Absatz.", "Segundo parágrafo."},
			[]string{"[Weiterlesen]", "Leia mais »", "(more…)"}},
		{"read-on link and elision closing a paragraph",
			[]string{"The minister resigned on Friday, a spokesman said. Read more »", "Radiant floor heating throughout [...]"},
			[]string{"The minister resigned on Friday, a spokesman said.", "Radiant floor heating throughout"},
			[]string{"Read more »", "[...]"}},
		{"blog engines and aggregators",
			[]string{"Text of the post.", "The post Ten Years On appeared first on Example News.", "Wild Flavors was originally published in Invironment on Medium, where people are continuing the conversation.", "submitted by /u/someone to /r/worldnews", "[link] [85 comments]"},
			[]string{"Text of the post."},
			[]string{"The post Ten Years On appeared first on Example News.", "Wild Flavors was originally published in Invironment on Medium, where people are continuing the conversation.", "submitted by /u/someone to /r/worldnews", "[link] [85 comments]"}},
		{"prose that starts like a link stays",
			[]string{"More than 100 people died in the floods.", "Read more books, the minister urged pupils.", "More", "Related to the case, two men were arrested."},
			[]string{"More than 100 people died in the floods.", "Read more books, the minister urged pupils.", "Related to the case, two men were arrested."},
			[]string{"More"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kept, removed := feedFurniture(tt.in)
			if !slices.Equal(kept, tt.kept) {
				t.Errorf("kept %q, want %q", kept, tt.kept)
			}
			if !slices.Equal(removed, tt.removed) {
				t.Errorf("removed %q, want %q", removed, tt.removed)
			}
		})
	}
}

// TestFeedItemsFurniture extracts the items of real feeds (the Guardian,
// Reddit and a Medium publication, from rss-parser's test inputs): no
// item's text keeps its feed's read-on link, related link, comment bar
// or Medium footer, each is listed as removed, and the body before it
// stays.
func TestFeedItemsFurniture(t *testing.T) {
	dir := sharedtest.Path(t, "data", "feeds", "rss-parser", "rss-parser-test-input")
	for _, tt := range []struct {
		file, furniture, body string
	}{
		{"guardian.rss", "Continue reading...", "State of the Union"},
		{"reddit.rss", "[link]", ""},
		{"content-encoded.rss", "was originally published in", "Wild Flavors"},
	} {
		b, err := os.ReadFile(dir + "/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		var ex Extractor
		n, body := 0, false
		_, err = feed.Parse(b, func(i int, rec *model.Record) error {
			a, err := ex.Extract(&model.Document{Kind: model.KindRecord, Record: rec, Source: tt.file, Container: "feed"})
			if err != nil {
				return err
			}
			if strings.Contains(a.Text, tt.furniture) {
				t.Errorf("%s item %d keeps %q: %q", tt.file, i, tt.furniture, a.Text)
			}
			if slices.ContainsFunc(a.Removed, func(s string) bool { return strings.Contains(s, tt.furniture) }) {
				n++
			}
			body = body || tt.body != "" && strings.Contains(a.Title+a.Text, tt.body)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if n == 0 {
			t.Errorf("%s: no item lists %q as removed", tt.file, tt.furniture)
		}
		if tt.body != "" && !body {
			t.Errorf("%s: no item keeps %q", tt.file, tt.body)
		}
	}
}

// TestRecordTitlesLoseSite extracts newsapi.org's Japanese and Russian
// headlines, whose titles end with the site's name in the site's own
// script ("… - Yahoo!ニュース - Yahoo!ニュース" for Yahoo.co.jp, "… -
// Коммерсантъ" for Kommersant.ru): no extracted title keeps it, and the
// headline before it stays.
func TestRecordTitlesLoseSite(t *testing.T) {
	for _, tt := range []struct{ file, outlet, site string }{
		{"news_jp.json", "Yahoo.co.jp", "Yahoo!ニュース"},
		{"news_ru.json", "Kommersant.ru", "Коммерсантъ"},
	} {
		f, err := os.Open(sharedtest.Path(t, "data", "corpus", "other", "newsapi", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		var ex Extractor
		n := 0
		err = jsonrec.Decode(f, func(i int, rec *model.Record) error {
			if rec.Outlet != tt.outlet || !strings.HasSuffix(rec.Title, tt.site) {
				return nil
			}
			n++
			a, err := ex.Extract(&model.Document{Kind: model.KindRecord, Record: rec, Source: tt.file})
			if err != nil {
				return err
			}
			if strings.Contains(a.Title, tt.site) || len(a.Title) < len(rec.Title)/3 {
				t.Errorf("%s #%d: title %q from %q", tt.file, i, a.Title, rec.Title)
			}
			return nil
		})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if n == 0 {
			t.Errorf("%s: no %s title ends with %q", tt.file, tt.outlet, tt.site)
		}
	}
}

// TestRecordTitleTails extracts newsapi.org's Japanese headlines in
// order, counting their title tails per outlet as ingest does: a tail an
// earlier headline of the outlet ended with ("日本経済新聞", which does
// not spell nikkei.com) is the outlet's name and goes, as does a tail the
// title repeats ("… - 毎日新聞 - 毎日新聞"); the first headline of an
// outlet keeps its tail, and headlines keep their own words.
func TestRecordTitleTails(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data", "corpus", "other", "newsapi", "news_jp.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex := Extractor{Lines: textscrape.NewLineStats()}
	got := map[string][]string{}
	err = jsonrec.Decode(f, func(i int, rec *model.Record) error {
		a, err := ex.Extract(&model.Document{Kind: model.KindRecord, Record: rec, Source: "news_jp.json"})
		if err != nil {
			return err
		}
		got[rec.Outlet] = append(got[rec.Outlet], a.Title)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	nikkei := got["Nikkei.com"]
	if len(nikkei) != 2 || !strings.HasSuffix(nikkei[0], " - 日本経済新聞") || strings.Contains(nikkei[1], "日本経済新聞") {
		t.Errorf("Nikkei.com titles %q: want the first with its tail, the second without", nikkei)
	}
	for _, title := range got["The Mainichi"] {
		if strings.Contains(title, "毎日新聞") || !strings.Contains(title, "甘利氏") {
			t.Errorf("Mainichi title %q: want the headline without its doubled tail", title)
		}
	}
}

// feedFurnitureRef is feedFurniture without its shortcuts: every
// expression on every whole paragraph. FuzzFeedFurniture checks the two
// agree.
func feedFurnitureRef(paras []string) (kept, removed []string) {
	for _, p := range paras {
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		if feedMoreRe.MatchString(t) || feedRelatedRe.MatchString(t) || feedEngineRe.MatchString(t) {
			removed = append(removed, t)
			continue
		}
		if loc := feedMoreTailRe.FindStringIndex(t); loc != nil && loc[0] > 0 {
			removed = append(removed, strings.TrimSpace(t[loc[0]:]))
			t = strings.TrimSpace(t[:loc[0]])
		}
		kept = append(kept, t)
	}
	return kept, removed
}

// FuzzFeedFurniture checks that feedFurniture's shortcuts (a length
// bound, the engine lines' words, the tail alone for a closing link)
// change nothing, on paragraphs seeded from TestFeedFurniture's cases
// and long ones around them.
func FuzzFeedFurniture(f *testing.F) {
	long := strings.Repeat("The minister said the talks would go on for another week. ", 6)
	for _, s := range []string{
		"Continue reading...", "Related: Fact check: a headline", "Continue reading Council Approves the Budget →",
		"The post Talks resume appeared first on Example News.", long + "Read more »", long + " […]",
		"A story title was originally published in Our Blog on Medium, where people are continuing the conversation by highlighting and responding to this story.",
		"submitted by /u/someone to /r/worldnews [link] [12 comments]", long,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n\n")
		k1, r1 := feedFurniture(paras)
		k2, r2 := feedFurnitureRef(paras)
		if !slices.Equal(k1, k2) || !slices.Equal(r1, r2) {
			t.Errorf("%q: kept %q removed %q, want %q %q", s, k1, r1, k2, r2)
		}
	})
}
