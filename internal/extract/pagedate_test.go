package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/model"
)

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in               string
		want             string // RFC 3339, "" for rejected
		hasTime, hasZone bool
	}{
		{"2020-12-05T23:15:0Z", "2020-12-05T23:15:00Z", true, true}, // lagazzettadelmezzogiorno.it
		{"2020-01-20T09:49:32+0000", "2020-01-20T09:49:32Z", true, true},
		{"2019-10-19T19:08:22+02:00", "2019-10-19T19:08:22+02:00", true, true},
		{"2020-04-03T10:35:41.085Z", "2020-04-03T10:35:41Z", true, true},
		{"2022-01-21T09:43+01:00", "2022-01-21T09:43:00+01:00", true, true},
		{"2019-12-09 20:00:49", "2019-12-09T20:00:49Z", true, false},
		{"2023-11-09T03:02:34-05:00", "2023-11-09T03:02:34-05:00", true, true},
		{" 2022-01-26 ", "2022-01-26T00:00:00Z", false, false},
		{"2020-02-30", "", false, false},
		{"2020-13-01", "", false, false},
		{"2020-01-01T25:00:00Z", "", false, false},
		{"Di., 25.01.2022 - 14:45", "", false, false},
		{"2020-01-01T10:00:00+99:00", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, hasTime, hasZone, ok := parseStamp(tt.in)
			if !ok {
				if tt.want != "" {
					t.Fatalf("rejected, want %s", tt.want)
				}
				return
			}
			if tt.want == "" {
				t.Fatalf("accepted as %s, want rejected", got.Format(time.RFC3339))
			}
			if s := got.Format(time.RFC3339); s != tt.want || hasTime != tt.hasTime || hasZone != tt.hasZone {
				t.Errorf("got %s time=%v zone=%v, want %s time=%v zone=%v", s, hasTime, hasZone, tt.want, tt.hasTime, tt.hasZone)
			}
		})
	}
}

func TestURLDay(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://pagesix.com/2020/02/24/former-wh-press-secretary/", "2020-02-24"},
		{"https://www.befifty.de/home/2017/7/12/unter-uns-montauk", "2017-07-12"},
		{"https://example.com/news/2021-03-08-title", "2021-03-08"},
		{"https://juliasleseblog.blogspot.com/2018/08/irland-roadtrip.html", ""},
		{"https://example.com/2020/02/31/x", ""},
		{"https://www.zeit.de/2019/43/klimaschutz", ""},
	}
	for _, tt := range tests {
		got, ok := urlDay(tt.url)
		if s := got.Format(time.DateOnly); (ok && s != tt.want) || (!ok && tt.want != "") {
			t.Errorf("urlDay(%q) = %s, %v; want %q", tt.url, s, ok, tt.want)
		}
	}
}

func TestLabelledDate(t *testing.T) {
	tests := []struct {
		name, prev, text string
		role, want       string // want "" for none
	}{
		{"label and day in one text", "", "Letzte Änderung: 31.10.2023 - 14:49:39", roleModified, "2023-10-31"},
		{"published label", "Letzte Änderung: 31.10.2023", "Erschienen am: 01.11.2023", rolePublished, "2023-11-01"},
		{"label in the text before", "Datum:", "18.10.2021", roleDate, "2021-10-18"},
		{"label in a heading before", "Erschienen am:", "13.10.2021", rolePublished, "2021-10-13"},
		{"ISO day", "", "Published: 2020-03-04", rolePublished, "2020-03-04"},
		{"no label", "Karlsruhe", "12.11.2021 Traditionell", "", ""},
		{"label inside a word", "Kalenderdatum", "12.11.2021", "", ""},
		{"impossible day", "Datum:", "31.02.2021", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := labelledDate(tt.prev, tt.text)
			if !ok {
				if tt.want != "" {
					t.Fatalf("no date, want %s", tt.want)
				}
				return
			}
			if tt.want == "" || e.day() != tt.want || e.role != tt.role || e.src != evLabel {
				t.Errorf("got %s %s/%s, want %s %s", e.day(), e.src, e.role, tt.want, tt.role)
			}
		})
	}
}

func TestPageZone(t *testing.T) {
	utc := func(s string) dateEvidence {
		tm, hasTime, hasZone, _ := parseStamp(s)
		return dateEvidence{src: evMeta, role: rolePublished, t: tm, hasTime: hasTime, hasZone: hasZone}
	}
	tests := []struct {
		name  string
		f     pageFacts
		url   string
		stamp string // a UTC instant whose local day is checked
		want  string // local day, "" for no zone
	}{
		{"own offset", pageFacts{ev: []dateEvidence{utc("2020-12-25T01:59:50+02:00")}}, "https://elbaladtv.net/x", "2020-12-24T23:59:50Z", "2020-12-25"},
		{"locale region", pageFacts{langs: []string{"de-DE"}}, "https://www.example.com/x", "2021-11-04T23:00:00Z", "2021-11-05"},
		{"country domain", pageFacts{}, "https://www.lagazzettadelmezzogiorno.it/news/1", "2020-12-05T23:15:00Z", "2020-12-06"},
		{"language", pageFacts{langs: []string{"de"}}, "https://www.example.com/x", "2021-11-04T23:00:00Z", "2021-11-05"},
		{"several zones by locale", pageFacts{langs: []string{"en-US"}}, "https://abcnews.go.com/x", "", ""},
		{"several zones by domain", pageFacts{langs: []string{"fr"}}, "http://ici.radio-canada.ca/nouvelle/1", "", ""},
		{"nothing known", pageFacts{langs: []string{"en"}}, "https://www.example.com/x", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			z := pageZone(tt.f, tt.url)
			if tt.want == "" {
				if z != nil {
					t.Errorf("zone %v, want none", z)
				}
				return
			}
			if z == nil {
				t.Fatal("no zone")
			}
			e := utc(tt.stamp)
			if got := localDay(e, z).Format(time.DateOnly); got != tt.want {
				t.Errorf("local day %s, want %s", got, tt.want)
			}
		})
	}
}

// TestChooseDateFixtures checks the rules on small pages written for the
// purpose, so that they run without the shared data.
func TestChooseDateFixtures(t *testing.T) {
	tests := []struct {
		name, url, page string
		hd              htmldate.Result // what htmldate answered
		want            string          // day, "" for none
	}{
		{
			name: "UTC stamp late in the day, Italian page",
			url:  "https://www.example.it/news/1",
			page: `<html lang="it"><head><meta property="article:published_time" content="2020-12-05T23:15:00Z"></head></html>`,
			hd:   htmldate.Result{DateTime: day("2020-12-05"), SrcString: "2020-12-05T23:15:00Z"},
			want: "2020-12-06",
		},
		{
			name: "address day agrees with htmldate",
			url:  "https://pagesix.example.com/2020/02/24/story/",
			page: `<html lang="en"><head><meta property="article:published_time" content="2020-02-25T02:25:54Z"></head></html>`,
			hd:   htmldate.Result{DateTime: day("2020-02-24"), SrcString: "https://pagesix.example.com/2020/02/24/story/"},
			want: "2020-02-24",
		},
		{
			name: "declared publication day over a generic date tag",
			url:  "https://www.example.com/a",
			page: `<html><head><meta name="date" content="2023-11-08"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:02:34-05:00"}</script></head></html>`,
			hd:   htmldate.Result{DateTime: day("2023-11-08"), SrcString: "2023-11-08"},
			want: "2023-11-09",
		},
		{
			name: "generic date tag equal to the modification day is kept",
			url:  "https://www.example.co.uk/a",
			page: `<html><head><meta name="date" content="2020-01-06T09:22:36Z"><meta property="article:modified_time" content="2020-01-06T09:22:36Z"><meta property="article:published_time" content="2020-01-03T09:48:24Z"></head></html>`,
			hd:   htmldate.Result{DateTime: day("2020-01-06"), SrcString: "2020-01-06T09:22:36Z"},
			want: "2020-01-06",
		},
		{
			name: "a modification stamp gives way to the page's other date",
			url:  "https://www.example.de/a",
			page: `<html><head><meta property="og:updated_time" content="2022-01-27T18:34:20+0100"></head><body><time datetime="2022-01-26">26.01.2022</time></body></html>`,
			hd:   htmldate.Result{DateTime: day("2022-01-27"), SrcString: "2022-01-27T18:34:20+0100"},
			want: "2022-01-26",
		},
		{
			name: "labelled day over a day read in free text",
			url:  "https://www.example.de/a",
			page: `<html><body><span class="label">Datum:</span> <span class="value">18.10.2021</span><p>Im Gesetzblatt vom 17. August 2021</p></body></html>`,
			hd:   htmldate.Result{DateTime: day("2021-08-17"), SrcString: "Im Gesetzblatt vom 17. August 2021"},
			want: "2021-10-18",
		},
		{
			name: "no htmldate answer, declared day",
			url:  "https://www.example.com/a",
			page: `<html><head><meta itemprop="datePublished" content="2019-05-06"></head></html>`,
			want: "2019-05-06",
		},
		{
			name: "nothing",
			url:  "https://www.example.com/a",
			page: `<html><body><p>No date here.</p></body></html>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			f := pageDates(root, tt.url)
			c, ok := chooseDate(tt.hd, !tt.hd.IsZero(), f, pageZone(f, tt.url))
			got := ""
			if ok {
				got = c.t.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("day %q, want %q", got, tt.want)
			}
		})
	}
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestPublishedSharedPages runs the whole HTML path on pages of
// htmldate's evaluation set (shared data) that each rule was written
// for, against their gold day.
func TestPublishedSharedPages(t *testing.T) {
	tests := []struct {
		file, url, want, rule string
	}{
		{"1789111868.html.gz", "https://www.lagazzettadelmezzogiorno.it/news/mondo/1265473/california-certifica-voto-biden-oltre-quorum-270-elettori.html", "2020-12-06", "UTC stamp read in the country's zone"},
		{"kas.de-nordmazedonien.html.gz", "https://www.kas.de/de/laenderberichte/detail/-/content/kommunalwahlen-in-nordmazedonien", "2021-11-05", "UTC stamp read in the locale's zone"},
		{"whdh.com-Roxbury.html.gz", "https://whdh.com/news/police-investigating-after-2-people-stabbed-another-assaulted-in-roxbury/", "2023-11-08", "UTC stamp read in the page's own offset"},
		{"abcnews.com-Ramaswamy.html.gz", "https://abcnews.go.com/Politics/nikki-haley-battles-ramaswamy-desantis-4-republican-debate/story?id=104746419", "2023-11-09", "no zone guessed for a US page"},
		{"pagesix.com.myers.html.gz", "https://pagesix.com/2020/02/24/former-wh-press-secretary-dee-dee-myers-exits-warner-bros-role/", "2020-02-24", "address day kept"},
		{"foxnews.com-GOP.html.gz", "https://www.foxnews.com/politics/republican-candidates-clash-third-presidential-primary-debate-while-trump-tries-steal-spotlight", "2023-11-09", "declared day over a generic date tag"},
		{"martinruetter.com-Winter.html.gz", "https://www.martinruetter.com/service/aktuelles/aktuelles/schneefloeckchen-weissroeckchen-mit-hund-im-winter/", "2022-01-27", "itemprop datePublished over a generic date tag"},
		{"nationalgeographic.co.uk.goats.html.gz", "https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-theyre-finally-gone", "2020-01-06", "generic date equal to the modification day kept"},
		{"talent.ch.5031.html.gz", "https://www.talent.ch/?p=5031", "2019-12-26", "shown day kept against the same stamp read in UTC"},
		{"bmel.de-zukunftsforum.html.gz", "https://www.bmel.de/DE/themen/laendliche-regionen/zukunftsforum2022.html;jsessionid=ED5DD5866BE5A5FAA71D389A9C6A5802.live922", "2022-01-26", "modification stamp gives way"},
		{"umweltbundesamt.de-atomkraft.html.gz", "https://www.umweltbundesamt.de/themen/eu-taxonomie-atomkraft-erdgas-sind-nicht-nachhaltig", "2022-01-25", "<time> over a generic date tag"},
		{"literaturkritik.de-Ann-Cotten.html.gz", "https://literaturkritik.de/franke-cotten-die-anleitungen-der-vorfahren,30063.html", "2023-11-01", "publication label over a modification label"},
		{"zoll.de-Tabaksteuer.html.gz", "https://www.zoll.de/SharedDocs/Fachmeldungen/Aktuelle-Einzelmeldungen/2021/vst_verkuendung_tabaksteuermodernisierungsgesetz.html", "2021-10-18", "labelled day over free text"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractPage(t, tt.file, tt.url)
			if got, _, _ := strings.Cut(a.Published, "T"); got != tt.want {
				t.Errorf("%s: published %q (from %s), want %s", tt.rule, a.Published, a.PublishedFrom, tt.want)
			}
		})
	}
}

// TestMonthOnlyDropped checks that a day htmldate made up from a year and
// month in an archive link (juliasleseblog.blogspot.com: /2018/08/…) is
// not reported as the 1st.
func TestMonthOnlyDropped(t *testing.T) {
	body := readShared(t, "htmldate", "juliasleseblog.blogspot.com.irland.html.gz")
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	url := "https://juliasleseblog.blogspot.com/2018/08/irland-roadtrip.html"
	hd, err := htmldate.FromDocument(root, htmldate.Options{URL: url, UseOriginalDate: true})
	if err != nil || hd.IsZero() {
		t.Skipf("htmldate gave no date (%v): nothing to check", err)
	}
	if !monthOnly(hd) {
		t.Fatalf("%s from %q not seen as month-only", hd.DateTime.Format(time.DateOnly), hd.SrcString)
	}
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body, URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(a.Published, "2018-08-01") {
		t.Errorf("published %q: the made-up 1st", a.Published)
	}
}

// FuzzPageDates runs the page-date reading and choice on arbitrary
// markup: no panic, and any chosen day lies in a sane range.
func FuzzPageDates(f *testing.F) {
	for _, file := range []string{"kas.de-nordmazedonien.html.gz", "literaturkritik.de-Ann-Cotten.html.gz", "whdh.com-Roxbury.html.gz"} {
		if _, err := os.Stat(filepath.Join(extractionData, "htmldate", file)); err != nil {
			continue
		}
		b := readShared(f, "htmldate", file)
		if len(b) > 64<<10 {
			b = b[:64<<10]
		}
		f.Add(b, "https://example.de/2020/01/02/a")
	}
	f.Add([]byte(`<html lang="it"><meta property="article:published_time" content="2020-12-05T23:15:0Z"><time>01.02.2020</time><p>Datum: 03.02.2021</p>`), "https://example.it/a")
	f.Fuzz(func(t *testing.T, body []byte, pageURL string) {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			return
		}
		facts := pageDates(root, pageURL)
		c, ok := chooseDate(htmldate.Result{}, false, facts, pageZone(facts, pageURL))
		if ok && (c.t.Year() < 1899 || c.t.Year() > 2100) {
			t.Fatalf("day %v out of range", c.t)
		}
	})
}

// FuzzParseStamp checks that an accepted stamp reads back the day it
// was written with.
func FuzzParseStamp(f *testing.F) {
	for _, s := range []string{"2020-12-05T23:15:0Z", "2020-01-20T09:49:32+0000", "2019-12-09 20:00:49", "2022-01-26", "2021-11-04T23:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, _, _, ok := parseStamp(s)
		if !ok {
			return
		}
		if want := strings.TrimSpace(s)[:10]; tm.Format(time.DateOnly) != want {
			t.Fatalf("parseStamp(%q) = %s, want day %s", s, tm.Format(time.RFC3339), want)
		}
	})
}

func TestCardDates(t *testing.T) {
	page := `<html><body><div class="teasers"><a href="/other"><h2>Other story <span class="date">24.04.2023</span></h2>
<p>Its teaser.</p></a></div><ul><li><strong>Datum</strong> 28.04.2023</li></ul></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, e := range pageDates(root, "").ev {
		days = append(days, e.day())
	}
	if want := []string{"2023-04-28"}; !slices.Equal(days, want) {
		t.Errorf("pageDates days %q, want %q (a link card's date is another article's)", days, want)
	}
}

// TestCardDatesOnRealPage reads DW's page of 28 April 2023, whose
// teasers for other articles, each a link around a heading with its
// date, come before its own labelled date ("Datum 28.04.2023").
func TestCardDatesOnRealPage(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_de_DW_2023_04_28.html.gz",
		"https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327")
	if got := a.Published; !strings.HasPrefix(got, "2023-04-28") {
		t.Errorf("published %q, want 2023-04-28", got)
	}
}
