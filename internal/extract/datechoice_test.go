package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// choose runs pageDates and chooseDate on page as extract.go does, with
// the page's visible days read and paras as the article's body.
func choose(t *testing.T, page, pageURL string, hd htmldate.Result, paras []string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	f := pageDates(root, pageURL)
	if d, ok := openingDay(paras); ok {
		f.leadDay = d
	}
	visible := visibleText(root)
	f.shown, f.visible = shownDays(visible), visible
	c, ok := chooseDate(hd, !hd.DateTime.IsZero(), f, pageZone(f, pageURL))
	if !ok {
		return ""
	}
	return c.t.Format(time.DateOnly)
}

// TestOpeningDay reads the dateline opening an article's body (ekiba.de,
// energiezukunft.eu, iwr.de) and nothing from a date in running text or
// below the body's first paragraphs.
func TestOpeningDay(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"place and bracketed day", []string{"Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen am Ewigkeitssonntag ihrer Verstorbenen."}, "2021-11-12"},
		{"day and dash", []string{"Der Bundestag hat den Gesetzentwurf beschlossen.", "29.11.2022 – Mehrfach und vehement hatte die Erneuerbaren-Branche die Nachteile kritisiert."}, "2022-11-29"},
		{"place and named day", []string{"Hamburg, den 02. Dezember 2022 Veröffentlichung und Nachdruck honorarfrei."}, "2022-12-02"},
		{"ISO day", []string{"2020-03-05: Die Messe ist abgesagt."}, "2020-03-05"},
		{"a day inside a sentence", []string{"Die Wahl am 20.09.2020 brachte keine Mehrheit."}, ""},
		{"a day below the opening", []string{"Eins.", "Zwei.", "Drei.", "12.11.2021 – Vier."}, ""},
		{"no day", []string{"Nothing here."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d, ok := openingDay(tt.paras); ok {
				got = d.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("openingDay = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChooseDateFreeTextSources covers days htmldate reads in free text
// that the page's own markup contradicts: the oldest of a list of teasers
// (ditib.de), a comment's stamp (kochbar.de), a related article's <time>
// supporting a generic "date" meta tag (neues-deutschland.de).
func TestChooseDateFreeTextSources(t *testing.T) {
	tests := []struct {
		name, page, url string
		hd              htmldate.Result
		paras           []string
		want            string
	}{
		{"a teaser's day gives way to the body's dateline",
			`<html><body><div class="news"><p>Nachrichten</p><p>16.10.2021 Die Nacht der Geburt</p><p>16.06.2016 PM: Richtigstellung</p></div></body></html>`,
			"https://ditib.de/detail1.php?id=765&lang=de",
			htmldate.Result{DateTime: day("2016-06-16"), SrcString: "16.06.2016"},
			[]string{"16.10.2021 Die Nacht der Geburt unseres Propheten sei gesegnet!"}, "2021-10-16"},
		{"a comment's stamp gives way to the byline's day",
			`<html><body><div class="kb-tip-author">von <a href="/user/Marianne1.html">Marianne1</a><br> am 20.09.2020</div>
			<div class="kb-comment"><div class="kb-recipe-comment-box-middle"><time datetime="2020-09-22T12:45:17+02:00">22.09.20 | 12:45</time></div></div></body></html>`,
			"https://www.kochbar.de/tipp/1918/Tomaten-richtig-schneiden.html",
			htmldate.Result{DateTime: day("2020-09-22"), SrcString: "2020-09-22T12:45:17+02:00"}, nil, "2020-09-20"},
		{"a generic meta day a teaser repeats gives way to the headline's dateline",
			`<html><head><meta name="date" content="2020-04-30"></head><body><article><h1>»Einfach kein Geld mehr«</h1>
			<h2>In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp</h2>
			<ul class="Infoline"><li class="Author">Von Moritz Wichmann</li><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul>
			<p>Noch wartet Antonio Gutierrez ab.</p></article>
			<div class="Box Backlinks"><p class="Button"><a href="/">zur Startseite</a></p></div>
			<div class="Carousel"><a href="/artikel/1136087.html"><div class="Dateline"><time>30.04.2020</time> / Moritz Wichmann</div></a></div></body></html>`,
			"https://www.neues-deutschland.de/artikel/1136087.mietenstreik.html",
			htmldate.Result{DateTime: day("2020-04-30"), SrcString: "2020-04-30"}, nil, "2020-04-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choose(t, tt.page, tt.url, tt.hd, tt.paras); got != tt.want {
				t.Errorf("day %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChooseDateClassDay reads the day an element a class names as a
// date shows (deutscheweine.de), over a generic "date" meta tag holding
// another day, and leaves teasers' disagreeing days alone.
func TestChooseDateClassDay(t *testing.T) {
	tests := []struct {
		name, page string
		want       string
	}{
		{"the one shown day",
			`<html><head><meta name="date" content="2021-12-20T11:02:44+01:00"></head><body><h2>#RieslingBirthday Posts gewinnen</h2>
			<div class="row"><span class="date">27.01.2022</span><div class="news-teaser"><p>Die bedeutendste Rebsorte Deutschlands feiert am 13. März 2022 Geburtstag.</p></div></div></body></html>`,
			"2022-01-27"},
		{"teasers' days",
			`<html><head><meta name="date" content="2021-12-20T11:02:44+01:00"></head><body><h2>Posts</h2>
			<ul><li><span class="date">27.01.2022</span> Eins</li><li><span class="date">20.01.2022</span> Zwei</li></ul></body></html>`,
			"2021-12-20"},
	}
	hd := htmldate.Result{DateTime: day("2021-12-20"), SrcString: "2021-12-20T11:02:44+01:00"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choose(t, tt.page, "https://www.deutscheweine.de/aktuelles/meldungen/details/news/", hd, nil); got != tt.want {
				t.Errorf("day %q, want %q", got, tt.want)
			}
		})
	}
	for text, want := range map[string]string{
		"27.01.2022":                      "2022-01-27",
		"Dienstag, 4. Juni 2019, 15:54":   "2019-06-04",
		"Sept. 9, 2019":                   "2019-09-09",
		"Seit 27.01.2022 gilt die Regel.": "",
		"vor 3 Tagen":                     "",
	} {
		got := ""
		if d, ok := classDay(text); ok {
			got = d.Format(time.DateOnly)
		}
		if got != want {
			t.Errorf("classDay(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestCommentBox tells readers' comments from wrappers that only name
// them.
func TestCommentBox(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="kb-comment ">`, true},
		{`<div class="kb-recipe-comment-box-middle">`, false}, // inside kb-comment
		{`<ol class="commentlist">`, true},
		{`<div id="comments">`, true},
		{`<div class="vhb-comments-container vhb-comment-disabled">`, true},
		{`<li itemtype="http://schema.org/Comment">`, true},
		{`<div class="entry-meta nyo-social-comments nyo-social-comments-above">`, false},
		{`<div class="post comments-open">`, false},
		{`<div class="has-comments">`, false},
		{`<a class="meta__comments">`, false}, // a byline's comment count
		{`<article class="comment">`, false},
		{`<div class="byline">`, false},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<html><body>" + tt.tag + "x</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		n := root.FirstChild.LastChild.FirstChild // html > body > the element
		if got := commentBox(n); got != tt.want {
			t.Errorf("commentBox(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// TestBylineDate reads a byline's day written as its own text after the
// author's name, but not a sentence's or a link's.
func TestBylineDate(t *testing.T) {
	tests := []struct {
		prev, text, want string
	}{
		{"Marianne1", "am 20.09.2020", "2020-09-20"},
		{"Jane Doe", "on March 3, 2020 at 10:15", "2020-03-03"},
		{"Loïc Le Clerc", "le 30 septembre 2018", "2018-09-30"},
		{"www2.census.gov/programs-surveys/popest/technical-documentation/methodology.pdf", "on 14 December 2016.", ""},
		{"Jane Doe", "on 14 December 2016.", ""},
		{"Jane Doe", "am 20.09.2020 wurde gewählt", ""},
	}
	for _, tt := range tests {
		got := ""
		if e, ok := bylineDate(tt.prev, tt.text); ok {
			got = e.day()
			if e.role != roleDate {
				t.Errorf("bylineDate(%q, %q): role %s, want %s", tt.prev, tt.text, e.role, roleDate)
			}
		}
		if got != tt.want {
			t.Errorf("bylineDate(%q, %q) = %q, want %q", tt.prev, tt.text, got, tt.want)
		}
	}
	// A link's text is another page's title or a reference (regards.fr).
	root, err := html.Parse(strings.NewReader(`<html><body><p><a href="https://www.lemonde.fr/x.html">Le 4 décembre 2019</a>, Marielle de Sarnez est mise en examen.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if f := pageDates(root, ""); len(f.ev) != 0 {
		t.Errorf("a link's day read as the page's: %+v", f.ev)
	}
}

// TestChooseDateShownRevision dates a page that shows its reader only
// its revision day by that day (pythonspeed.com, hellogiggles.com,
// angelmagazin.de), and keeps the publication day where the page also
// shows it, or shows the revision day inside an "Updated" line whose
// <time> the page also carries (vox.com), or where the day is only a
// generic meta tag's ("Stand:").
func TestChooseDateShownRevision(t *testing.T) {
	tests := []struct {
		name, page string
		hd         htmldate.Result
		want       string
	}{
		{"a labelled revision day, the only day shown",
			`<html><head><meta property="article:published_time" content="2019-06-17T00:00:00+00:00">
			<script type="application/ld+json">{"datePublished":"2019-06-17T00:00:00+00:00","dateModified":"2020-06-04T16:41:46+00:00"}</script></head>
			<body><h1>Faster Docker builds</h1><p class="post-date-and-author">by <span><a href="mailto:x@example.com">Itamar</a></span><br>Last updated 04 Jun 2020, originally created 17 Jun 2019</p></body></html>`,
			htmldate.Result{DateTime: day("2019-06-17"), SrcString: "2019-06-17T00:00:00+00:00"}, "2020-06-04"},
		{"an abbreviated revision day",
			`<html><head><script type="application/ld+json">{"datePublished":"2019-10-15T16:59:59.000Z","dateModified":"2020-03-12T14:42:17.000Z"}</script></head>
			<body><div class="timestamp published-date padding-12-left"> Updated Mar 12, 2020 @ 10:42 am </div></body></html>`,
			htmldate.Result{DateTime: day("2019-10-15"), SrcString: "2019-10-15T16:59:59.000Z"}, "2020-03-12"},
		{"an unlabelled revision day under the headline",
			`<html lang="de-DE"><head><meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
			<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00"></head>
			<body><h1>Fische Schmerzen</h1><div class="author-ch"><span class="icon-book1"></span> ca. 8 Min.<br><span class="icon-calendar"></span> 12.01.2022</div>
			<p>Ob Fische Schmerzen fühlen, ist eine berechtigte Frage.</p></body></html>`,
			htmldate.Result{DateTime: day("2021-11-29"), SrcString: "2021-11-29T14:13:37+00:00"}, "2022-01-12"},
		{"both days shown",
			`<html lang="de-DE"><head><meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
			<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00"></head>
			<body><p>Erstellt 29.11.2021, zuletzt 12.01.2022</p></body></html>`,
			htmldate.Result{DateTime: day("2021-11-29"), SrcString: "2021-11-29T14:13:37+00:00"}, "2021-11-29"},
		{"the publication day shown with slashes",
			`<html><head><meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
			<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00"></head>
			<body><p>29/11/2021</p><p>12.01.2022</p></body></html>`,
			htmldate.Result{DateTime: day("2021-11-29"), SrcString: "2021-11-29T14:13:37+00:00"}, "2021-11-29"},
		{"an update line around a time element",
			`<html><head><meta property="article:published_time" content="2017-12-15T08:50:02-05:00">
			<meta property="article:modified_time" content="2018-07-24T14:15:58-04:00"></head>
			<body><span class="c-byline__item">Updated <time class="c-byline__item" datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018, 2:15pm EDT</time></span></body></html>`,
			htmldate.Result{DateTime: day("2017-12-15"), SrcString: "2017-12-15T08:50:02-05:00"}, "2017-12-15"},
		{"a generic meta day and a Stand line",
			`<html><head><meta name="date" content="2020-02-01"></head><body><p>Stand: 04.05.2021</p></body></html>`,
			htmldate.Result{DateTime: day("2020-02-01"), SrcString: "2020-02-01"}, "2020-02-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choose(t, tt.page, "https://www.example.com/article", tt.hd, nil); got != tt.want {
				t.Errorf("day %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAssetDate tells a day in another resource's address from the
// page's own.
func TestAssetDate(t *testing.T) {
	tests := []struct {
		day, src, url string
		want          bool
	}{
		{"2022-06-15", `=2022-06-15"/> <!--[if lt IE 9]> <script src="//oss.maxcdn.com/libs/html5shiv/3.7.0/html5shiv.js">`, "https://www.galore.de/buch", true},
		{"2021-02-02", `v20210202"></script> <!-- region testing ads positions -->`, "https://www.example.pl/a", true},
		{"2020-07-15", `D20200715_2020\/Emoji_mini4WD20200715_2020.png&#34;,&#34;howyoulikethat`, "https://twitter.com/Reuters/status/1281836879789404160/photo/1", true},
		{"2019-06-19", `/20190619/k10011959621000.html" id="js-regular-news" target="_blank">`, "https://www3.nhk.or.jp/news/easy/k10011959621000/k10011959621000.html", true},
		{"2019-06-19", `/20190619/k10011959621000.html`, "https://www3.nhk.or.jp/news/html/20190619/k10011959621000.html", false},
		{"2016-05-04", `https://www.eff.org/files/2016/05/04/ar-2015-og.png`, "https://www.eff.org/ar2015", false},
		{"2020-04-30", `2020-04-30`, "https://www.neues-deutschland.de/artikel/1136087.html", false},
		{"2020-04-17", `"2020/04/17 01:43:09 01:43:09")</script>`, "https://www.example.tw/a", false},
	}
	for _, tt := range tests {
		r := htmldate.Result{DateTime: day(tt.day), SrcString: tt.src}
		if got := assetDate(r, tt.url); got != tt.want {
			t.Errorf("assetDate(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestDatesOnRealPages runs the extractor on dev pages of htmldate's set
// whose errors the rules above fix, each standing for a category.
func TestDatesOnRealPages(t *testing.T) {
	tests := []struct {
		file, url, want string
	}{
		// the body's dateline over the oldest day of an events list
		{"ekiba.de-trauer.html.gz", "https://www.ekiba.de/detail/nachricht-seite/id/35204-trauern-digital-am-ewigkeitssonntag/?default=true", "2021-11-12"},
		// the dateline below the headline's subtitle over a teaser's day
		{"neues-deutschland.de.mietenstreik.html.gz", "https://www.neues-deutschland.de/artikel/1136087.mietenstreik-in-den-usa-einfach-kein-geld-mehr-um-die-miete-zu-zahlen.html", "2020-04-29"},
		// the byline's day over a comment's stamp
		{"kochbar.de.schneiden.html.gz", "https://www.kochbar.de/tipp/1918/Tomaten-richtig-schneiden.html", "2020-09-20"},
		// the revision day the page shows over the publication day it hides
		{"angelmagazin.de-schmerzen.html.gz", "https://angelmagazin.de/fische-schmerzen/", "2022-01-12"},
		{"hellogiggles.com.skin.html.gz", "https://hellogiggles.com/beauty/dead-skin-cells-build-up/", "2020-03-12"},
		// the day a date-classed element shows over a generic meta day
		{"deutscheweine.de-riesling.html.gz", "https://www.deutscheweine.de/aktuelles/meldungen/details/news/detail/News/rieslingbirthday-posts-gewinnen/", "2022-01-27"},
		// a label with a weekday
		{"pbrunst.de.html.gz", "http://www.pbrunst.de/news/2011/12/kein-cyberterrorismus-diesmal/", "2011-12-03"},
		// no date rather than a linked page's compact day
		{"nhk.or.jp.k100.html.gz", "https://www3.nhk.or.jp/news/easy/k10011959621000/k10011959621000.html", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractPage(t, tt.file, tt.url)
			got := a.Published
			if a.PublishedFrom == "text" {
				got = "" // an estimate from the text, not a page date
			}
			if len(got) > len(time.DateOnly) {
				got = got[:len(time.DateOnly)]
			}
			if got != tt.want {
				t.Errorf("published %q (from %s), want %q", a.Published, a.PublishedFrom, tt.want)
			}
		})
	}
}
