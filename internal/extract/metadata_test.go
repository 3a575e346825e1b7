package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/model"
)

func TestRestoreInitials(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"John C Welch", "By John C. Welch, 3 May", "John C. Welch"},
		{"James S A Corey", "a novel by James S.A. Corey", "James S.A. Corey"},
		{"Dana A Ford", "Dana A Ford reported", "Dana A Ford"},
		{"Dana A Ford", "nothing about her here", "Dana A Ford"},
		{"Kiran C Nair", "KIRAN C. NAIR", "Kiran C. Nair"},
		{"Anna Berg", "Anna Berg.", "Anna Berg"},
	}
	for _, tt := range tests {
		if got := restoreInitials(tt.name, tt.page); got != tt.want {
			t.Errorf("restoreInitials(%q, %q) = %q, want %q", tt.name, tt.page, got, tt.want)
		}
	}
}

func TestDomainName(t *testing.T) {
	tests := []struct{ name, host, want string }{
		{"Sportschau De", "sportschau.de", "sportschau.de"},
		{"Sportschau De", "www.sportschau.de", "sportschau.de"},
		{"Anna De", "sportschau.de", "Anna De"},
		{"Sportschau", "sportschau.de", "Sportschau"},
	}
	for _, tt := range tests {
		if got := domainName(tt.name, strings.TrimPrefix(tt.host, "www.")); got != tt.want {
			t.Errorf("domainName(%q, %q) = %q, want %q", tt.name, tt.host, got, tt.want)
		}
	}
}

func TestTidyName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zum Profil von jesusfreak jesusfreak", "jesusfreak"},
		{"MORITZ GATHMANN am", "MORITZ GATHMANN"},
		{"Sara Zinnecker Stand", "Sara Zinnecker"},
		{"Interview Julia Lauter", "Julia Lauter"},
		{"Por Alberto Ávila", "Alberto Ávila"},
		{"Artikel von hausinfo", "hausinfo"},
		{"Username", ""},
		{"PhD", ""},
		{"Submitted", ""},
		{"Diskutieren Auf Twitter", ""},
		{"1234", ""},
		{"Anna Amberg", "Anna Amberg"},
		{"Von", "Von"},
		{"Zeige alle Beiträge von Petra Ruland", "Petra Ruland"},
		{"mywakenews →", "mywakenews"},
		{"责任编辑：孔德明", "孔德明"},
		{"Analysis by Chris Cillizza", "Chris Cillizza"},
		{"Günter W. Kienitz at", "Günter W. Kienitz"},
		{"Art Edwards says", "Art Edwards"},
		{"'Luana Patriolino", "Luana Patriolino"},
		{"Afficher mon profil complet", ""},
		{"Abgelegt Unter", ""},
		{"red", ""},
		{"Nachrichten | Iran und die Welt | YJC", ""},
		{"Mykolo Romerio universiteto Žmogaus ir visuomenės studijų fakulteto profesorius", ""},
	}
	for _, tt := range tests {
		if got := tidyName(tt.in); got != tt.want {
			t.Errorf("tidyName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageAuthors(t *testing.T) {
	page := `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"x",
 "author":[{"@type":"Person","name":"구현모"},{"@type":"Person","name":"Ann Lee"},"Ann Lee"]}]}
</script></head><body><p>By Ann Lee</p></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		meta string
		want []string
	}{
		{"", []string{"구현모", "Ann Lee"}},                                        // JSON-LD when the meta has none
		{"Jeffrey Gettleman; JEFFREY GETTLEMAN", []string{"Jeffrey Gettleman"}}, // one name in two cases
		{"JEFFREY GETTLEMAN; Jeffrey Gettleman", []string{"Jeffrey Gettleman"}},
		{"Username", []string{"구현모", "Ann Lee"}}, // a label is no name: JSON-LD
	}
	for _, tt := range tests {
		if got := pageAuthors(root, tt.meta, "By Ann Lee", "example.com"); !slices.Equal(got, tt.want) {
			t.Errorf("pageAuthors(meta %q) = %q, want %q", tt.meta, got, tt.want)
		}
	}
}

func TestMarkupAuthors(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"rel=author beside a JSON-LD block that does not parse",
			`<html><head><script type="application/ld+json">{"author":{"@type":"Person","name":"Ana Ruiz"},"image":"<img src="x">"}</script></head>
<body><p class="byline">Par <a href="/auteur/ana-ruiz" rel="author">Ana Ruiz</a></p><p>Texte.</p></body></html>`,
			[]string{"Ana Ruiz"}},
		{"microdata author with its name inside",
			`<html><body><span itemprop="author" itemscope itemtype="https://schema.org/Person">Von <span itemprop="name">Jonas  Berg</span></span></body></html>`,
			[]string{"Jonas Berg"}},
		{"two authors",
			`<html><body><a rel="author" href="/a">Kim Lee</a> and <a rel="nofollow author" href="/b">Sam Roe</a></body></html>`,
			[]string{"Kim Lee", "Sam Roe"}},
		{"a list of other articles, each with its author",
			`<html><body><a rel="author">A One</a><a rel="author">B Two</a><a rel="author">C Three</a><a rel="author">D Four</a></body></html>`,
			nil},
		{"a link rel=author in the head names no one",
			`<html><head><link rel="author" href="/humans.txt"></head><body><p>Text.</p></body></html>`,
			nil},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := pageAuthors(root, "", "", "example.com"); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBylineAuthors(t *testing.T) {
	tests := []struct {
		paras []string
		want  []string
	}{
		{[]string{"Home", "Autor: Jana Roth/dpa", "Der Text beginnt hier."}, []string{"Jana Roth"}},
		{[]string{"von Daniela Berg"}, []string{"Daniela Berg"}},
		{[]string{"Par Marc Hy"}, []string{"Marc Hy"}},
		{[]string{"By Jo Hart For Mailonline"}, []string{"Jo Hart"}},
		{[]string{"By Ana van der Berg, Reuters"}, []string{"Ana van der Berg"}},
		// A sentence that starts with "By" is no byline.
		// The label's forms, names joined by "and", a role after the name.
		{[]string{"Autorin/Autor Roman Goncharenko"}, []string{"Roman Goncharenko"}},
		{[]string{"Autoren Jelko Djuren und Jutta Klaukien"}, []string{"Jelko Djuren", "Jutta Klaukien"}},
		{[]string{"Redaktion: Eva Lenz (Pressesprecherin des Verbands)"}, []string{"Eva Lenz"}},
		{[]string{"By Jo Hart, Ana Berg and Li Wei"}, []string{"Jo Hart", "Ana Berg", "Li Wei"}},
		{[]string{"By Nada Tawfik, BBC News, New York"}, []string{"Nada Tawfik"}},
		// The label alone, and the name in the next paragraph.
		{[]string{"Autor:", "Peter Maahn/SP-X"}, []string{"Peter Maahn"}},
		{[]string{"Autor:", "Der Text beginnt hier mit einem Satz."}, nil},
		{[]string{"By the end of the day the rain had stopped."}, nil},
		{[]string{"Von Berlin nach Paris"}, nil},
		{[]string{"By Jo Hart and the staff of the paper who worked late into the night on this story"}, nil},
	}
	for _, tt := range tests {
		if got := bylineAuthors(tt.paras); !slices.Equal(got, tt.want) {
			t.Errorf("bylineAuthors(%q) = %q, want %q", tt.paras, got, tt.want)
		}
	}
}

func TestSiteAsAuthor(t *testing.T) {
	body := []byte(`<html><head><title>Neue Brücke eröffnet</title><meta name="author" content="Beispiel Zeitung">
<meta property="og:site_name" content="Beispiel Zeitung"></head><body><article><h1>Neue Brücke eröffnet</h1>
<p>Von Jana Roth</p>
<p>Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss am Montag für den Verkehr freigegeben worden, wie die Stadt mitteilte.</p>
<p>Die Baukosten lagen nach Angaben der Stadt bei rund zwölf Millionen Euro und damit im geplanten Rahmen, hieß es weiter.</p>
</article></body></html>`)
	a, err := (&Extractor{}).Extract(&model.Document{Kind: model.KindHTML, Body: body, URL: "https://beispiel-zeitung.example/bruecke"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jana Roth"}; !slices.Equal(a.Authors, want) {
		t.Errorf("authors %q, want %q (the site's name gives way to the byline)", a.Authors, want)
	}
}

func TestJSONAuthorsBad(t *testing.T) {
	for _, src := range []string{"", "{", `{"author": 5}`, `{"author": {"name": "https://x.example/a"}}`, `[[[[[[[[[[[[[[[[[[[[[[[{"author":"A"}]]]]]]]]]]]]]]]]]]]]]]`} {
		if got := jsonAuthors(src); len(got) != 0 {
			t.Errorf("jsonAuthors(%q) = %q, want none", src, got)
		}
	}
}

func TestLabelTitle(t *testing.T) {
	tests := []struct{ title, element, outlet, host, want string }{
		// A menu heading gives way to the title element.
		{"Hauptmenü", "Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung? | Ethify", "", "ethify.org", "Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?"},
		// The site's name, too.
		{"DimidoBlog", "Was ist Virales Marketing? | DimidoBlog", "", "dimido.de", "Was ist Virales Marketing?"},
		// A short headline the title element holds stays.
		{"Leslie Clio", "Leslie Clio | mix1", "", "mix1.de", "Leslie Clio"},
		// A long title stays whatever the element says.
		{"Storm hits the coast", "Something else entirely here | Site", "", "site.com", "Storm hits the coast"},
		// An element too short to be a headline changes nothing.
		{"Aktuelles", "Start | Site", "", "site.com", "Aktuelles"},
	}
	for _, tt := range tests {
		if got := labelTitle(tt.title, tt.element, tt.outlet, tt.host); got != tt.want {
			t.Errorf("labelTitle(%q, %q) = %q, want %q", tt.title, tt.element, got, tt.want)
		}
	}
}

func TestTitleElement(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><script>var s = '<title>' + x + '</title>';</script><title> Real
 headline </title></head><body><svg><title>icon</title></svg></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := titleElement(root); got != "Real headline" {
		t.Errorf("titleElement = %q, want %q", got, "Real headline")
	}
	// PHP warnings before "<html>" put the head's elements in the body.
	root, err = html.Parse(strings.NewReader(`<br />
<b>Warning</b>: mysql_get_server_info(): Access denied in <b>x.php</b> on line <b>299</b><br />
<html><head><title>Alles Neue macht der Mai | Blog</title></head><body><p>Text.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := titleElement(root), "Alles Neue macht der Mai | Blog"; got != want {
		t.Errorf("titleElement after warnings = %q, want %q", got, want)
	}
}

func TestHeadlineOutlet(t *testing.T) {
	tests := []struct {
		outlet, element, host string
		want                  bool
	}{
		{"Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?", "Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung? | Ethify", "ethify.org", true},
		// A site's name of four words, beside the headline.
		{"South China Morning Post", "Hong Kong's new playbook | South China Morning Post", "scmp.com", false},
		// The headline alone, no part naming the host: nothing to go by.
		{"Angus Barbieri nie jadł przez 382 dni", "Angus Barbieri nie jadł przez 382 dni", "interia.pl", false},
		{"Ethify", "Vegetarier zu sein | Ethify", "ethify.org", false},
	}
	for _, tt := range tests {
		if got := headlineOutlet(tt.outlet, tt.element, tt.host); got != tt.want {
			t.Errorf("headlineOutlet(%q, %q, %q) = %v, want %v", tt.outlet, tt.element, tt.host, got, tt.want)
		}
	}
}

func TestSiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://twitter.com/anadoluagency", ""},
		{"www.example.com/news", ""},
		{"@dwnews", ""},
		{" Le  Monde.fr ", "Le Monde.fr"},
		{"www.heise.de", "www.heise.de"},
		// read from a copyright line (People's Daily Online, fundus cn_People)
		{"人民网版权所有", "人民网"},
		{"© 2024 The Asia Business Daily. All rights reserved.", "The Asia Business Daily"},
		{"Copyright (c) 1995-2025 Yonhap News Agency", "Yonhap News Agency"},
		{"Radio 2000", "Radio 2000"}, // a year without a copyright mark stays
	}
	for _, tt := range tests {
		if got := siteName(tt.in); got != tt.want {
			t.Errorf("siteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBrandName checks the site names of the shared pages that wrap
// the brand in other words or run the address together, and names that
// stay as they are.
func TestBrandName(t *testing.T) {
	tests := []struct{ outlet, element, host, want string }{
		{"Breaking Australian and World News Headlines - 9News", "", "www.9news.com.au", "9News"},
		{"Ediciones EL PAÍS S.L.", "", "elpais.com", "EL PAÍS"},
		{"Газета «Коммерсантъ»", "", "www.kommersant.ru", "Коммерсантъ"},
		{"news.ORF.at", "", "orf.at", "ORF"},
		{"DW.COM", "", "www.dw.com", "DW"},
		{"Le Monde.fr", "", "www.lemonde.fr", "Le Monde"},
		{"Israel Nachrichten - Chadashoth Israel - חדשות ישראל", "", "www.israel-nachrichten.org", "Israel Nachrichten"},
		{"Afpbbcom", "動画：ナイジェリアで自爆攻撃　写真1枚　国際ニュース：AFPBB News", "www.afpbb.com", "AFPBB News"},
		// stay
		{"Heise Online", "", "www.heise.de", "Heise Online"},
		{"The WordPress.com Blog", "", "blog.wordpress.com", "The WordPress.com Blog"},
		{"mbl.is", "", "www.mbl.is", "mbl.is"},
		{"JP/Politikens Hus A/S", "", "jyllands-posten.dk", "JP/Politikens Hus A/S"},
		{"Afpbbcom", "No site part here", "www.afpbb.com", "Afpbbcom"},
		{"Reuters", "", "", "Reuters"},
	}
	for _, tt := range tests {
		if got := brandName(tt.outlet, tt.element, tt.host); got != tt.want {
			t.Errorf("brandName(%q, %q, %q) = %q, want %q", tt.outlet, tt.element, tt.host, got, tt.want)
		}
	}
}

func TestHostOf(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.example.de/a/b", "example.de"},
		{"https://News.Example.com/x", "news.example.com"},
		// A Wayback Machine capture is the archived site's page.
		{"https://web.archive.org/web/20080731095558/http://www.example.de/2008/07/29/a/", "example.de"},
		{"http://web.archive.org/web/20080731095558id_/https://blog.example.org/", "blog.example.org"},
		{"https://web.archive.org/about/", "web.archive.org"},
		{"not a url", ""},
	}
	for _, tt := range tests {
		if got := hostOf(tt.url); got != tt.want {
			t.Errorf("hostOf(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestSignature(t *testing.T) {
	tests := []struct {
		name, page, last string
		want             string // "" for no signature
	}{
		{"bold and right", `<p>Text.</p><p style="text-align: right;"><strong>Lê Phương</strong></p>`, "Lê Phương", "Lê Phương"},
		{"bold italic", `<p>Text.</p><p><b><i>Stefan Wasmer</i></b></p>`, "Stefan Wasmer", "Stefan Wasmer"},
		{"right only", `<p>Text.</p><div align="right">Ana Berg</div>`, "Ana Berg", "Ana Berg"},
		{"plain paragraph", `<p>Text.</p><p>Ana Berg</p>`, "Ana Berg", ""},
		{"half bold", `<p>Text.</p><p><b>Ana</b> Berg</p>`, "Ana Berg", ""},
		{"a sentence", `<p>Text.</p><p><b>Das war es für heute.</b></p>`, "Das war es für heute.", ""},
		{"one word", `<p>Text.</p><p><b>Ende</b></p>`, "Ende", ""},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		name, ok := signature(root, tt.last)
		if ok != (tt.want != "") || ok && name != tt.want {
			t.Errorf("%s: signature = %q, %v, want %q", tt.name, name, ok, tt.want)
		}
	}
}

// TestWriterOverPublisher reads real pages whose metadata give the
// publisher or nothing for the author: DW names its writer in a
// labelled field ("Autorin/Autor Roman Goncharenko"), VnExpress signs
// the article at its foot, which then leaves the text, and Taipei
// Times shows other articles' bylines only.
func TestWriterOverPublisher(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_de_DW_2023_04_28.html.gz",
		"https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327")
	if want := []string{"Roman Goncharenko"}; !slices.Equal(a.Authors, want) {
		t.Errorf("DW authors %q, want %q", a.Authors, want)
	}
	a = extractSharedPage(t, "../html-news", "fundus_vn_VnExpress_2025_10_22.html.gz",
		"https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4953563.html")
	if want := []string{"Lê Phương"}; !slices.Equal(a.Authors, want) {
		t.Errorf("VnExpress authors %q, want %q", a.Authors, want)
	}
	if strings.HasSuffix(a.Text, "Lê Phương") {
		t.Errorf("VnExpress text ends with the signature: …%s", a.Text[len(a.Text)-80:])
	}
	// Taipei Times lists other stories as link cards, each with its
	// own byline ("By Ben Blanchard and Yimou Lee"): not this page's.
	a = extractSharedPage(t, "../html-news", "fundus_tw_TaipeiTimes_2024_10_15.html.gz",
		"https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372")
	if slices.Contains(a.Authors, "Ben Blanchard") {
		t.Errorf("Taipei Times authors %q: a teaser's byline", a.Authors)
	}
}

func TestTidyAuthorsDesk(t *testing.T) {
	tests := []struct {
		names []string
		host  string
		want  []string
	}{
		{[]string{"Rob Picheta", "CNN"}, "edition.cnn.com", []string{"Rob Picheta"}},
		{[]string{"CNN"}, "edition.cnn.com", []string{"CNN"}}, // alone, the site's name stays for the caller to judge
		{[]string{"Jill Disis", "Ana Berg"}, "cnn.com", []string{"Jill Disis", "Ana Berg"}},
	}
	for _, tt := range tests {
		if got := tidyAuthors(tt.names, "", tt.host); !slices.Equal(got, tt.want) {
			t.Errorf("tidyAuthors(%q, %q) = %q, want %q", tt.names, tt.host, got, tt.want)
		}
	}
}

func TestNotBystanders(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"Organization","name":"Haufe",
"employee":{"@type":"Person","name":"Miron Schneckenberger"},"founder":{"@type":"Person","name":"Rudolf Haufe"}}</script>
<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jo Hart"}],
"editor":{"@type":"Person","name":"Ana Berg"}}</script>
<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#eva","name":"Eva Lenz"}]}</script></head><body></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := notBystanders([]string{"Rudolf Haufe", "Jo Hart", "Miron Schneckenberger", "Ana Berg", "Eva Lenz"}, root)
	if want := []string{"Jo Hart", "Eva Lenz"}; !slices.Equal(got, want) {
		t.Errorf("notBystanders = %q, want %q", got, want)
	}
}
