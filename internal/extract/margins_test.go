package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// article is a made-up body long enough that dropping a box leaves most
// of the text.
const marginArticle = `<p>The river rose by two metres overnight and the town council opened the school gym as a shelter for the families of the lower streets.</p>
<p>Volunteers carried sandbags to the bridge until the early morning, while the fire brigade pumped water out of the cellars of the market square.</p>
<p>The weather service expects the level to fall again from Thursday, but warned that the ground is saturated and more rain is forecast for the weekend.</p>`

func TestDropFurnitureBoxes(t *testing.T) {
	tests := []struct {
		name, page string
		drop, keep []string
	}{
		{"comment rules",
			`<article>` + marginArticle + `</article><div class="article_comments"><div class="comment_rules"><ol><li>Be civil to other readers.</li><li>Comments are moderated before they appear.</li></ol></div></div>`,
			[]string{"Be civil to other readers.", "Comments are moderated before they appear."}, nil},
		{"author box",
			`<article>` + marginArticle + `<div class="author-bio"><p>Jane Roe writes about the weather.</p></div></article>`,
			[]string{"Jane Roe writes about the weather."}, nil},
		{"caption",
			`<article>` + marginArticle + `<figure><img src="x.jpg"><figcaption>Sandbags at the bridge. © Agency / Photographer</figcaption></figure></article>`,
			[]string{"Sandbags at the bridge. © Agency / Photographer"}, nil},
		{"newsletter promo",
			`<article>` + marginArticle + `<p class="newsletter-promo">Get our daily edition by email</p></article>`,
			[]string{"Get our daily edition by email"}, nil},
		{"related list and byline",
			`<article><p class="byline">By Jane Roe</p>` + marginArticle + `</article><section class="related-posts"><h3>More on floods</h3><ul><li>Dam repairs start</li></ul></section>`,
			[]string{"By Jane Roe", "More on floods", "Dam repairs start"}, nil},
		{"state class on the article is not a box",
			`<article class="post comments-open">` + marginArticle + `</article>`,
			nil, []string{"The river rose by two metres overnight"}},
		{"text also shown outside a box stays",
			`<article>` + marginArticle + `<p>Read the council statement.</p></article><div class="comments"><p>Read the council statement.</p></div>`,
			nil, []string{"Read the council statement."}},
		{"a box holding the article is not dropped",
			`<div class="comment-body">` + marginArticle + `</div><p>Short tail.</p>`,
			nil, []string{"The river rose by two metres overnight"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(dropFurniture(blockParagraphs(root), furnitureParas(root)), "\n")
			for _, d := range tt.drop {
				if strings.Contains(got, d) {
					t.Errorf("kept %q in\n%s", d, got)
				}
			}
			for _, k := range append(tt.keep, "The weather service expects") {
				if !strings.Contains(got, k) {
					t.Errorf("lost %q in\n%s", k, got)
				}
			}
		})
	}
}

func TestCutRelated(t *testing.T) {
	body := []string{
		"The river rose by two metres overnight and the town council opened the school gym.",
		"Volunteers carried sandbags to the bridge until the early morning.",
		"The weather service expects the level to fall again from Thursday.",
	}
	long := strings.Repeat("A long paragraph of the article that goes on. ", 12)
	tests := []struct {
		name string
		in   []string
		want int // paragraphs kept
	}{
		{"german block", append(append([]string{}, body...), "Weitere Artikel", "Kicker", "Another story headline", "Its teaser in one line."), 3},
		{"english block", append(append([]string{}, body...), "You might also like:", "Another story headline"), 3},
		{"spanish block", append(append([]string{}, body...), "Más sobre Economía", "Otra noticia"), 3},
		{"thai block", append(append([]string{}, body...), "เรื่องที่เกี่ยวข้อง", "ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว"), 3},
		{"japanese block", append(append([]string{}, body...), "関連企業・業界", "企業：#イオンフィナンシャルサービス"), 3},
		{"czech block", append(append([]string{}, body...), "Čtěte také", "Jiný článek"), 3},
		{"prose after the heading stays", append(append([]string{}, body...), "Weitere Artikel", long), 5},
		{"a heading opening the text stays", append([]string{"Weitere Artikel"}, body...), 4},
		{"a longer sentence is not a heading", append(append([]string{}, body...), "Weitere Artikel zu diesem Thema hat unsere Redaktion in den letzten Wochen veröffentlicht und verlinkt."), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutRelated(tt.in); len(got) != tt.want {
				t.Errorf("kept %d paragraphs, want %d: %q", len(got), tt.want, got)
			}
		})
	}
}

func TestDropRubyReadings(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>を<ruby>読<rp>(</rp><rt>よ</rt><rp>)</rp></ruby>む</p>`, "漢字を読む"},
		{`<p>No ruby here.</p>`, "No ruby here."},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		dropRubyReadings(root)
		if got := strings.Join(blockParagraphs(root), "\n"); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.in, got, tt.want)
		}
		if got := strings.ReplaceAll(visibleText(root), " ", ""); got != strings.ReplaceAll(tt.want, " ", "") {
			t.Errorf("%s: visible %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestChooseDateRevisionOverFreeText(t *testing.T) {
	tests := []struct {
		name, page string
		hd         htmldate.Result
		want       string
	}{
		{"a caption's day gives way to the only stated revision day",
			`<html><body><p>Figure: data of 09.03.2016</p><div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div></body></html>`,
			htmldate.Result{DateTime: day("2016-03-09"), SrcString: "data of 09.03.2016"}, "2022-01-14"},
		{"a shown publication day still wins",
			`<html><body><time datetime="2021-05-03">3.5.2021</time><p>Stand: 04.05.2021</p><p>Meeting of 01.02.2020</p></body></html>`,
			htmldate.Result{DateTime: day("2020-02-01"), SrcString: "Meeting of 01.02.2020"}, "2021-05-03"},
		{"revision days that disagree leave htmldate's day",
			`<html><body><p>Stand: 04.05.2021</p><p>Aktualisiert am 06.05.2021</p><p>Meeting of 01.02.2020</p></body></html>`,
			htmldate.Result{DateTime: day("2020-02-01"), SrcString: "Meeting of 01.02.2020"}, "2020-02-01"},
		{"a day a stamp supports is kept",
			`<html><head><meta name="date" content="2020-02-01"></head><body><p>Stand: 04.05.2021</p></body></html>`,
			htmldate.Result{DateTime: day("2020-02-01"), SrcString: "2020-02-01"}, "2020-02-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			u := "https://www.example.ch/news/detail/1"
			f := pageDates(root, u)
			c, ok := chooseDate(tt.hd, true, f, pageZone(f, u))
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

func TestShownLead(t *testing.T) {
	desc := "The town council opened the school gym as a shelter for the families of the lower st"
	lead := "The town council opened the school gym as a shelter for the families of the lower streets after the river rose."
	body := []string{"Volunteers carried sandbags to the bridge until the early morning."}
	tests := []struct {
		name      string
		paras     []string
		desc      string
		pageParas []string
		wantFirst string
	}{
		{"cut description, shown lead", body, desc, []string{"Menu", lead, body[0]}, lead},
		{"lead already in the text", append([]string{lead}, body...), desc, []string{lead, body[0]}, lead},
		{"description not shown", body, desc, []string{"Menu", body[0]}, body[0]},
		{"short description", body, "Floods", []string{"Floods in town", body[0]}, body[0]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shownLead(tt.paras, tt.desc, tt.pageParas)
			if got[0] != tt.wantFirst {
				t.Errorf("first paragraph %q, want %q", got[0], tt.wantFirst)
			}
			n := 0
			for _, p := range got {
				if p == lead {
					n++
				}
			}
			if n > 1 {
				t.Errorf("lead repeated: %q", got)
			}
		})
	}
}

func TestDropLines(t *testing.T) {
	body := "Volunteers carried sandbags to the bridge until the early morning."
	anchors := map[string]bool{"How the dam was built": true, "What the council decided": true}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"metadata label", []string{body, "Von:", "Release Date:"}, []string{body}},
		{"credit line", []string{"Source: Regional Office", body}, []string{body}},
		{"comment count", []string{body, "12 Kommentare"}, []string{body}},
		{"contact number", []string{body, "Telefon: +49 (30) 123 45 - 678"}, []string{body}},
		{"support call", []string{body, "If you liked this piece – would you consider supporting our work? Thanks!"}, []string{body}},
		{"help us call", []string{body, "Help us continue to bring local news to every reader"}, []string{body}},
		{"paywall line", []string{body, "Pour lire la suite", "Hazte miembro y recibe beneficios"}, []string{body}},
		{"advertisement label", []string{"Anzeige - Heute schon gekocht?", body, "Advertisement"}, []string{body}},
		{"caption closed by its credit", []string{body, "Sandbags at the bridge. © Agency / Photographer", "The mayor at the dam (Foto: Stadt)"}, []string{body}},
		{"disclaimer", []string{body, "(Alle Angaben ohne Gewähr)"}, []string{body}},
		{"download size", []string{body, "Merkblatt vom 3. Mai 2021PDF | 120 KB | barrierefrei"}, []string{body}},
		{"table of contents", []string{"Inhaltsverzeichnis", "How the dam was built", "What the council decided", body, "How the dam was built"},
			[]string{body, "How the dam was built"}},
		{"related block inside the text", []string{body, "Más sobre Economía", "How the dam was built", "What the council decided", body + " Again."},
			[]string{body, body + " Again."}},
		{"related heading without links stays", []string{body, "Weitere Artikel", body + " Again."}, []string{body, "Weitere Artikel", body + " Again."}},
		{"read more suffix", []string{body + " [czytaj więcej]"}, []string{body}},
		{"prose stays", []string{"Anzeigen gegen den Bürgermeister wurden gestern erstattet.", "The PDF of 20 pages was sent to 12 KB members.", "The logo © belongs to the club. It was drawn in 1950."},
			[]string{"Anzeigen gegen den Bürgermeister wurden gestern erstattet.", "The PDF of 20 pages was sent to 12 KB members.", "The logo © belongs to the club. It was drawn in 1950."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dropLines(tt.in, anchors)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"23.10.2018", true},
		{"Letzte Änderung 14.02.2019", true},
		{"24. März 2004, 19:49 | Autor", true},
		{"Posted by editor | 31 December 2008", true},
		{"January 5, 2020 at 08:45 AM", true},
		{"Dezember 2008", true},
		{"May 2, 2021 at 10:00 | categories: Rivers, Towns | 4 comments", true},
		{"The council | which met on 3.5.2021 | agreed to rebuild the bridge, to widen the river bed below the mill and to pay the families whose cellars were flooded in the spring", false},
		{"Einsendeschluss: 03.11.2019 (Poststempel)", false},
		{"Am 23.10.2018 beschloss der Rat nach langer Debatte die neue Satzung.", false},
		{"The river rose by two metres overnight.", false},
	}
	for _, tt := range tests {
		if got := dateLine(tt.p); got != tt.want {
			t.Errorf("dateLine(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

func TestTailAndSeeAlsoAdditions(t *testing.T) {
	body := []string{
		"The river rose by two metres overnight and the town council opened the school gym.",
		"Volunteers carried sandbags to the bridge until the early morning.",
		"MIRA: Otra noticia del día en la región",
		"The weather service expects the level to fall again from Thursday.",
		"Unless stated otherwise, the content of this site is licensed under CC BY 4.0",
	}
	got := trimFurniture(body, nil)
	if len(got) != 3 || got[2] != body[3] {
		t.Errorf("got %q", got)
	}
}

func TestHeadlineDay(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"dateline above the headline",
			`<div><p>02.02.2022 10:16 Uhr - Sport</p><h1>Club signs a new player</h1><p>The club announced on Wednesday…</p></div>`, "2022-02-02"},
		{"date below the headline in the parent's sibling",
			`<header><h1>Club signs a new player</h1></header><div class="meta">2022-02-02</div><p>Text.</p>`, "2022-02-02"},
		{"no date near the headline",
			`<h1>Club signs a new player</h1><p>Text without a day.</p><aside><p>30.01.2022 · Other story</p></aside>`, ""},
		{"disagreeing days",
			`<p>01.02.2022</p><h1>Club signs a new player</h1><p>03.02.2022</p>`, ""},
		{"long prose next to the headline is not a dateline",
			`<h1>Club signs</h1><p>` + strings.Repeat("The club said it had agreed terms. ", 6) + `It had met him on 01.02.2022.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d, ok := headlineDay(root); ok {
				got = d.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// A teaser's day that htmldate read in free text gives way to the
	// headline's.
	page := `<html><body><div><p>02.02.2022 10:16 Uhr - Sport</p><h1>Club signs a new player</h1><p>The club announced on Wednesday…</p></div>` +
		`<div class="body"><p>The player joins in summer.</p></div><aside><ul><li><small>30.01.2022 · Other story</small></li></ul></aside></body></html>`
	root, _ := html.Parse(strings.NewReader(page))
	u := "https://www.example.de/news-1.html"
	f := pageDates(root, u)
	c, ok := chooseDate(htmldate.Result{DateTime: day("2022-01-30"), SrcString: "30.01.2022 · Other story"}, true, f, pageZone(f, u))
	if !ok || c.t.Format(time.DateOnly) != "2022-02-02" {
		t.Errorf("chose %v %v, want 2022-02-02", c.t, ok)
	}
}

func TestClassLead(t *testing.T) {
	lead := "The town council opened the school gym as a shelter for the families of the lower streets."
	body := "Volunteers carried sandbags to the bridge until the early morning."
	tests := []struct {
		name, page string
		paras      []string
		wantFirst  string
	}{
		{"lead paragraph above the body",
			`<h1>Floods</h1><p class="article-lead">` + lead + `</p><div class="body"><p>` + body + `</p></div>`,
			[]string{body}, lead},
		{"itemprop description",
			`<h1>Floods</h1><div itemprop="description"><p>` + lead + `</p></div><p>` + body + `</p>`,
			[]string{body}, lead},
		{"teaser far from the text is another article's",
			`<div class="teaser">` + lead + `</div><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><h1>Floods</h1><p>` + body + `</p>`,
			[]string{body}, body},
		{"lead already in the text",
			`<p class="lead">` + lead + `</p><p>` + body + `</p>`,
			[]string{lead, body}, lead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(`<html><body>` + tt.page + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := classLead(tt.paras, root, blockParagraphs(root))
			if got[0] != tt.wantFirst {
				t.Errorf("first paragraph %q, want %q", got[0], tt.wantFirst)
			}
			if len(got) > len(tt.paras)+1 {
				t.Errorf("got %q", got)
			}
		})
	}
}

func TestLabelledNamedDay(t *testing.T) {
	tests := []struct {
		prev, text, role, want string
	}{
		{"", "Veröffentlicht am 3. Dezember 2011 um 10:00", rolePublished, "2011-12-03"},
		{"", "Published on March 4, 2020", rolePublished, "2020-03-04"},
		{"", "Publicado el 5 de mayo de 2021", rolePublished, "2021-05-05"},
		{"Publié le", "6 juillet 2019", rolePublished, "2019-07-06"},
		{"", "Mis à jour le 7 janvier 2020", roleModified, "2020-01-07"},
		{"", "Aktualisiert am 31. Februar 2020", "", ""},
		{"", "Am 3. Dezember 2011 regnete es.", "", ""},
		// a weekday after the label, an abbreviated month, a day in the next
		// element that starts with a month's name
		{"", "Updated Mar 12, 2020 @ 10:42 am", roleModified, "2020-03-12"},
		{"", "Dieser Beitrag wurde vor  am Samstag, 3. Dezember 2011 um %H:%M Uhr veröffentlicht", rolePublished, "2011-12-03"},
		{"", "Veröffentlicht am Dienstag, 4. Okt. 2021", rolePublished, "2021-10-04"},
		{"", "Posted on Saturday, December 3rd, 2011 at 10:00", rolePublished, "2011-12-03"},
		{"", "Publié le mardi 4 juin 2019", rolePublished, "2019-06-04"},
		{"Updated", "Jul 24, 2018, 2:15pm EDT", roleModified, "2018-07-24"},
		{"Datum:", "Sept. 9, 2019", roleDate, "2019-09-09"},
		{"", "Il marché 12 mars", "", ""},
	}
	for _, tt := range tests {
		e, ok := labelledDate(tt.prev, tt.text)
		got, role := "", ""
		if ok {
			got, role = e.day(), e.role
		}
		if got != tt.want || role != tt.role {
			t.Errorf("labelledDate(%q, %q) = %s %s, want %s %s", tt.prev, tt.text, got, role, tt.want, tt.role)
		}
	}
}
