package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRelatedBox checks which containers count as a block of related
// articles by their own heading or label, whatever their class names.
func TestRelatedBox(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"heading first", `<div class="box"><h1>You might also like</h1><ul><li>A</li></ul></div>`, true},
		{"heading one level down", `<section><div class="hd"><h3>Related stories</h3></div><p>A</p></section>`, true},
		{"data-desc label", `<div data-desc="Weitere Artikel"><a href="/a">A</a></div>`, true},
		{"aria-label", `<aside aria-label="More stories"><a href="/a">A</a></aside>`, true},
		{"an article's own heading", `<div><h1>Trump meets Kim in Singapore</h1><p>The two leaders met.</p></div>`, false},
		{"heading not first", `<div><p>The two leaders met.</p><h2>You might also like</h2></div>`, false},
		{"long heading that only starts so", `<div><h2>More stories of the summit were told by the delegates who were there in the room that day</h2></div>`, false},
		{"paragraph, not a container", `<p aria-label="More stories">A</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.src + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := doc.FirstChild.LastChild // <html> → <body>
			if got := relatedBox(body.FirstChild); got != tt.want {
				t.Errorf("relatedBox = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRelatedBoxOnRealPage checks a Taipei Times page whose "You might
// also like" block (teasers of three other stories, each a kicker and a
// summary) sits under a class-less heading: the teasers go, the
// article's last paragraph stays.
func TestRelatedBoxOnRealPage(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_tw_TaipeiTimes_2024_10_15.html.gz",
		"https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372")
	text := fold(a.Text)
	if !strings.Contains(text, "the third vessel owned by the bureau") {
		t.Errorf("lost the article's last paragraph")
	}
	for _, s := range []string{"RISK REMAINS", "FIVE-YEAR WINDOW", "REACTION TO LAI"} {
		if strings.Contains(text, s) {
			t.Errorf("kept the related teaser %q", s)
		}
	}
}

// TestDropLinesNotices checks the notices dropLines removes wherever
// they stand (a paywall's count of what is left, a comment section's
// moderation notice, a copied-link widget, an advertisement label whose
// word ends in a letter outside ASCII) and the prose it keeps.
func TestDropLinesNotices(t *testing.T) {
	paras := []string{
		"Pour la syndicaliste, il n’existe qu’une seule voie pour apaiser la colère.",
		"Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
		"有料会員になると会員限定の有料記事もお読みいただけます。",
		"Abonelik için lütfen iletişime geçiniz.",
		"ultimahora.es se reserva el derecho de eliminar cualquier comentario inapropiado.",
		"기사 URL이 복사되었습니다.",
		"小字号",
		"The paper reserves the right to publish the letters it receives, the editor said.",
		"Publicité",
		"Publicité - Le Monde",
	}
	got := dropLines(paras, nil)
	want := []string{paras[0], paras[7]}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("dropLines kept\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDropHeadline checks that the page's headline leaves the opening of
// the text, once, and that a later paragraph or a text of one paragraph
// stays.
func TestDropHeadline(t *testing.T) {
	head := "What's next for Gaza?"
	tests := []struct {
		name        string
		paras, want []string
	}{
		{"second paragraph", []string{"A lead.", head, "The body."}, []string{"A lead.", "The body."}},
		{"first, spaced differently", []string{"What's next  for Gaza?", "The body."}, []string{"The body."}},
		{"fourth paragraph stays", []string{"A.", "B.", "C.", head}, []string{"A.", "B.", "C.", head}},
		{"only paragraph stays", []string{head}, []string{head}},
		{"a paragraph that only starts so stays", []string{head + " Nobody knows.", "B."}, []string{head + " Nobody knows.", "B."}},
		{"printed twice, once goes", []string{head, "Most viewed", head, "The body."}, []string{"Most viewed", head, "The body."}},
		{"a word more stays", []string{"What's next for Gaza now?", "The body."}, []string{"What's next for Gaza now?", "The body."}},
		{"the same words, other marks", []string{"What's next: for Gaza?", "The body."}, []string{"The body."}},
		{"a later headline", []string{"Pendler sparen 60 Prozent", "The body."}, []string{"The body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dropHeadline(append([]string(nil), tt.paras...), []string{head, "Pendler sparen 60 Prozent"})
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("dropHeadline = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHeadlineOnRealPage checks a CBC News page whose og:title ("Palestinians
// say his appointment could ruin ceasefire talks") is not its headline:
// the h1 headline no longer opens the text as a paragraph of it.
func TestHeadlineOnRealPage(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_ca_CBCNews_2024_08_08.html.gz",
		"https://www.cbc.ca/news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711")
	if strings.Contains(a.Text, "What's next for Gaza, after Yahya Sinwar's appointment as Hamas political head?") {
		t.Errorf("the headline is a paragraph of the text")
	}
	if !strings.Contains(a.Text, "Hours after Yahya Sinwar was named the new leader") {
		t.Errorf("lost the article's first paragraph")
	}
}

// TestHeadlineCopiesOnRealPages checks pages that print their headline
// at the opening of the text in a form dropHeadline once missed: under a
// logo's empty h1 and a widget's h1, as the JSON-LD headline (Asahi), and in an h2
// that only the JSON-LD headline names, with a screen reader's " : "
// (FAZ).
func TestHeadlineCopiesOnRealPages(t *testing.T) {
	tests := []struct{ file, url, head, keep string }{
		{"fundus_jp_AsahiShimbun_2025_01_13.html.gz", "https://www.asahi.com/articles/AST1F4445T1FUTIL02SM.html",
			"宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁", "気象庁は13日"},
		{"fundus_de_FAZ_2023_04_28.html.gz", "https://www.faz.net/aktuell/rhein-main/frankfurt/49-euro-ticket-pendler-zahlen-60-prozent-weniger-18857107.html",
			"Pendler sparen 60 Prozent bei Bus und Bahn", "Alles wird teurer, nur nicht der ÖPNV."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractSharedPage(t, "../html-news", tt.file, tt.url)
			for _, p := range strings.Split(a.Text, "\n\n")[:3] {
				if strings.Contains(p, tt.head) {
					t.Errorf("the headline opens the text: %q", p)
				}
			}
			if !strings.Contains(a.Text, tt.keep) {
				t.Errorf("lost the article's first paragraph %q", tt.keep)
			}
		})
	}
}

// TestLinkBoxes checks which elements count as furniture by their links:
// a breadcrumb trail of deeper and deeper paths, a call to get an app
// around a store's link; not a menu of sibling sections, nor a trail
// among other links, nor the prose around a store's link.
func TestLinkBoxes(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday to discuss the budget for the coming year. ", 4)
	tests := []struct {
		name, src, want string // want: the id of the box, or ""
	}{
		{"breadcrumb trail", `<div><ul id="t"><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li>` +
			`<li><a href="/local/bihar/">Bihar</a></li><li>Police catch two</li></ul></div><p>` + long + `</p>`, "t"},
		{"absolute addresses", `<ol id="t"><li><a href="https://example.com/">Home</a></li><li><a href="https://example.com/news">News</a></li>` +
			`<li><a href="https://example.com/news/world/">World</a></li></ol>`, "t"},
		{"menu of sibling sections", `<ul id="t"><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li>` +
			`<li><a href="/sport/">Sport</a></li></ul>`, ""},
		{"two links are no trail", `<ul id="t"><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li></ul>`, ""},
		{"a trail among other links", `<div id="t"><a href="/">Home</a> <a href="/a/">A</a> <a href="/a/b/">B</a> <a href="/c/">C</a></div>`, ""},
		{"app box", `<div id="t"><div>Download our app now</div><div>for the latest news</div>` +
			`<div><a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div></div><p>` + long + `</p>`, "t"},
		{"a film in a store", `<p id="t">The film is streaming on <a href="https://play.google.com/store/movies/details?id=x">Google Play</a>.</p>`, ""},
		{"store link in prose", `<div id="t"><p>` + long + ` <a href="https://apps.apple.com/app/x">The app</a> was updated.</p></div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.src + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for n := range linkBoxes(doc) {
				got = append(got, attr(n, "id"))
			}
			want := []string{}
			if tt.want != "" {
				want = []string{tt.want}
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("linkBoxes = %q, want %q", got, want)
			}
		})
	}
}

// TestLinkBoxesOnRealPages checks a Bhaskar page whose breadcrumb trail
// (hashed class names) opened the text line by line, and an LBC page
// whose app box, and previous/next links, closed it.
func TestLinkBoxesOnRealPages(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_ind_Bhaskar_2024_09_04.html.gz",
		"https://www.bhaskar.com/local/bihar/samastipur/news/samastipur-police-caught-2-miscreants-133589711.html")
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p == "Hindi News" || p == "Local" || p == "Samastipur Police Caught 2 Miscreants" {
			t.Errorf("kept the breadcrumb %q", p)
		}
	}
	if !strings.Contains(a.Text, "समस्तीपुर के बंगरा थाना क्षेत्र के रहीमाबाद गांव में") {
		t.Errorf("lost the article's first paragraph")
	}
	a = extractSharedPage(t, "../html-news", "fundus_lb_LBCGroup_2026_01_08.html.gz",
		"https://www.lbcgroup.tv/news/lifestyle/898682/lbci-lebanon-articles/ar")
	for _, s := range []string{"حمل الآن تطبيق", "للإطلاع على أخر الأخبار", "زوّجهما ChatGPT وفرقتهما المحكمة"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("kept furniture %q", s)
		}
	}
	if !strings.Contains(a.Text, "وسرعان ما ضجّت منصات التواصل بتعليقات ساخرة") {
		t.Errorf("lost the article's last paragraph")
	}
}

// TestDropLinesWidgets checks the widget and notice lines dropLines
// removes in the languages of the shared news pages (a date's label
// left without its date, a social channel's address, a paywall's offer,
// a news agency's feed notice, a call to subscribe) and the prose like
// them it keeps.
func TestDropLinesWidgets(t *testing.T) {
	tests := []struct {
		line string
		drop bool
	}{
		{"-Aktualisiert am", true},
		{"Updated on:", true},
		{"Publié le", true},
		{"เฟซบุ๊ก https://fb.me/prachatai", true},
		{"Twitter: https://twitter.com/example", true},
		{"LINE ไอดี = @prachatai", true},
		{"【初トクキャンペーン】有料記事読み放題！スタンダードコースが今なら2カ月間月額100円！", true},
		{"Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.", true},
		{"(This story has not been edited by staff and is auto-generated from a syndicated feed.)", true},
		{"Dieser Artikel wurde automatisch publiziert. Quelle: sda", true},
		{"كامل الآراء", false},
		{"The report was published on Tuesday by the council.", false},
		{"via netzpolitik.org https://netzpolitik.org", false},
		{"http://amzn.to/2iJFhRj", false},
		{"Aktualisiert wurde die Liste zuletzt im März, sagte der Sprecher.", false},
	}
	body := "The council met on Tuesday to discuss the budget for the coming year."
	for _, tt := range tests {
		got := dropLines([]string{body, tt.line}, nil)
		if dropped := len(got) == 1; dropped != tt.drop {
			t.Errorf("dropLines(%q): dropped %v, want %v", tt.line, dropped, tt.drop)
		}
	}
	if got := trimFurniture([]string{body, body, "إشترك لمشاهدة الفيديوهات عبر الانترنت"}, nil); len(got) != 2 {
		t.Errorf("trimFurniture kept the Arabic call to subscribe: %q", got)
	}
}

// TestWidgetLinesOnRealPages checks shared news pages whose text held a
// widget or notice line: the line goes, the article stays.
func TestWidgetLinesOnRealPages(t *testing.T) {
	tests := []struct {
		file, url string
		gone      []string
		keep      string
	}{
		{"fundus_cz_SeznamZpravy_2025_04_08.html.gz", "https://www.seznamzpravy.cz/clanek/domaci-kauzy-hlavni-akter-dozimetru-prodava-vilu-rodina-se-zbavenim-prav-neuspela-272712",
			[]string{"Článek"}, "Hlavní obviněný velké kauzy Dozimetr"},
		{"fundus_de_FAZ_2023_04_28.html.gz", "https://www.faz.net/aktuell/rhein-main/frankfurt/49-euro-ticket-pendler-zahlen-60-prozent-weniger-18857107.html",
			[]string{"-Aktualisiert am"}, "Alles wird teurer, nur nicht der ÖPNV."},
		{"fundus_ind_Bhaskar_2024_09_04.html.gz", "https://www.bhaskar.com/local/bihar/samastipur/news/samastipur-police-caught-2-miscreants-133589711.html",
			[]string{"कॉपी लिंक"}, "समस्तीपुर के बंगरा थाना क्षेत्र"},
		{"fundus_jp_AsahiShimbun_2025_01_13.html.gz", "https://www.asahi.com/articles/AST1F4445T1FUTIL02SM.html",
			[]string{"【初トクキャンペーン】有料記事読み放題！スタンダードコースが今なら2カ月間月額100円！詳しくはこちら"}, "気象庁は13日"},
		{"fundus_jp_Nikkei_2025_01_27.html.gz", "https://www.nikkei.com/article/DGXZQOUB148MY0U5A110C2000000/",
			[]string{"関連企業・業界"}, "イオン銀行は14日"},
		{"fundus_lb_LBCGroup_2026_01_08.html.gz", "https://www.lbcgroup.tv/news/lifestyle/898682/lbci-lebanon-articles/ar",
			[]string{"مشاهدات عالية", "إشترك لمشاهدة الفيديوهات عبر الانترنت"}, "أثار ظهور دونالد ترامب"},
		{"fundus_tr_AnadoluAjansi_2025_04_05.html.gz", "https://www.aa.com.tr/tr/ekonomi/turkiyede-elektrikli-arac-sarj-istasyonu-sayisi-11-bini-asti/3529015",
			[]string{"Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır."}, "Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu"},
		{"newspaper4k_thai_article.html.gz", "https://prachatai.com/journal/2019/01/80642",
			[]string{"เฟซบุ๊ก https://fb.me/prachatai", "LINE ไอดี = @prachatai", "เรื่องที่เกี่ยวข้อง"}, "ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := extractSharedPage(t, "../html-news", tt.file, tt.url)
			for _, p := range strings.Split(a.Text, "\n\n") {
				for _, g := range tt.gone {
					if p == g {
						t.Errorf("kept the line %q", g)
					}
				}
			}
			if !strings.Contains(a.Text, tt.keep) {
				t.Errorf("lost %q", tt.keep)
			}
		})
	}
}
