package textscrape

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// para returns a body-like paragraph: several full sentences.
func para(s string) string {
	return s + " It was the third such meeting this year, officials said on condition of anonymity. Analysts expect further talks to follow in the coming weeks."
}

func labelsOf(r Result) map[string]string {
	m := map[string]string{}
	for _, l := range r.Lines {
		m[l.Text] = l.Label
	}
	return m
}

// TestRules checks individual rules on small synthetic scrapes: the
// label of named lines and the title.
func TestRules(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		title string
		want  map[string]string // line text → label
	}{
		{
			name: "header date, field label, share widgets, teaser pairs",
			text: strings.Join([]string{
				"Monday, June 2, 2025", "", "Ministers Agree on New Fisheries Pact", "", "Author:", "",
				para("Fisheries ministers agreed on a new pact on Monday."), "",
				para("The agreement sets quotas for three species."), "",
				"Share this article", "Popular", "Related",
				"Storm Cuts Power to Thousands", "Thousands of homes were left without power after a storm swept through the...",
				"Council Votes on Budget", "The city council voted late on Tuesday to approve a…",
			}, "\n"),
			title: "Ministers Agree on New Fisheries Pact",
			want: map[string]string{
				"Monday, June 2, 2025":          LabelDate,
				"Author:":                       LabelFurniture,
				"Share this article":            LabelFurniture,
				"Popular":                       LabelFurniture,
				"Storm Cuts Power to Thousands": LabelTeaser,
				"Thousands of homes were left without power after a storm swept through the...": LabelTeaser,
				"Council Votes on Budget": LabelTeaser,
			},
		},
		{
			name: "Portuguese: leia também list inside the body, subheading kept",
			text: strings.Join([]string{
				"Governo anuncia novo pacote de investimentos",
				"O governo anunciou nesta segunda-feira um pacote de investimentos em infraestrutura, com foco em rodovias e ferrovias. O ministro afirmou que as obras começam ainda este ano e devem gerar milhares de empregos.",
				"Leia também",
				"- Inflação recua pelo terceiro mês seguido",
				"- Dólar fecha em queda após decisão do Banco Central",
				"Próximos passos",
				"Segundo o ministério, os primeiros editais serão publicados em agosto. A expectativa é que as empresas interessadas apresentem propostas até o fim do ano, disse o secretário executivo.",
				"Compartilhe",
			}, "\n"),
			title: "Governo anuncia novo pacote de investimentos",
			want: map[string]string{
				"Leia também": LabelFurniture,
				"- Inflação recua pelo terceiro mês seguido":           LabelReadAlso,
				"- Dólar fecha em queda após decisão do Banco Central": LabelReadAlso,
				"Próximos passos": LabelHeading,
				"Compartilhe":     LabelFurniture,
			},
		},
		{
			name: "list of sentences introduced by a colon is body",
			text: strings.Join([]string{
				"Three Summits in Two Years",
				para("The leaders met three times between 2018 and 2019, each time with great fanfare:"),
				"- Singapore (2018): The first meeting produced a broad statement on denuclearisation.",
				"- Hanoi (2019): The talks collapsed over the scope of sanctions relief.",
				para("None of the meetings produced a lasting agreement."),
			}, "\n"),
			title: "Three Summits in Two Years",
			want: map[string]string{
				"- Singapore (2018): The first meeting produced a broad statement on denuclearisation.": LabelBody,
				"- Hanoi (2019): The talks collapsed over the scope of sanctions relief.":               LabelBody,
			},
		},
		{
			name: "Korean furniture, repeated headline, copyright names the outlet",
			text: strings.Join([]string{
				"본문 바로가기", "글자크기", "닫기",
				"Exports Rise for Fifth Month",
				"",
				para("South Korea's exports rose for a fifth straight month in May, led by semiconductors."),
				"Exports Rise for Fifth Month",
				para("Shipments of chips jumped 20 percent from a year earlier, the trade ministry said."),
				"© Korea Economic Daily. All rights reserved.",
				"공유", "Top",
			}, "\n"),
			title: "Exports Rise for Fifth Month",
			want: map[string]string{
				"본문 바로가기": LabelFurniture,
				"글자크기":    LabelFurniture,
				"© Korea Economic Daily. All rights reserved.": LabelCopyright,
				"공유":  LabelFurniture,
				"Top": LabelFurniture,
			},
		},
		{
			// seattletimes-1 and videos-1 of the readability set: the
			// ad slot is labelled "Advertising", the sharing buttons
			// run together with spaces only.
			name: "sharing buttons in a row, an ad slot before the last paragraph",
			text: strings.Join([]string{
				"Halibut Season Opens Early",
				para("The halibut season opened a week early on Monday, the fisheries agency said."),
				"Share Tweet Share",
				"tweet share Reddit Pocket Flipboard Email",
				para("Boats left Kodiak before dawn to set their lines in the Bering Sea."),
				"Advertising",
				para("The first catches are due at the docks by Thursday."),
				"Related",
			}, "\n"),
			title: "Halibut Season Opens Early",
			want: map[string]string{
				"Share Tweet Share":                         LabelFurniture,
				"tweet share Reddit Pocket Flipboard Email": LabelFurniture,
				"Advertising":                               LabelFurniture,
				para("The first catches are due at the docks by Thursday."): LabelBody,
			},
		},
		{
			// newspaper4k's cnn_article: several authors in one byline,
			// and a date line with its update time.
			name: "byline of several authors, date line with an update",
			text: strings.Join([]string{
				"After storm, forecasters see smooth sailing for Thanksgiving",
				"By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
				"November 28, 2013 -- Updated 0203 GMT (1003 HKT)",
				para("Forecasters said on Wednesday that the worst of the storm had passed."),
				"By Tuesday, the storm had passed.",
				para("Airports reported few delays on Thursday morning."),
			}, "\n"),
			title: "After storm, forecasters see smooth sailing for Thanksgiving",
			want: map[string]string{
				"By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN": LabelFurniture,
				"November 28, 2013 -- Updated 0203 GMT (1003 HKT)":                          LabelDate,
				"By Tuesday, the storm had passed.":                                         LabelBody,
			},
		},
		{
			// readability's wordpress and lifehacker pages: a comment
			// count told as a sentence, and a comment widget's "All
			// replies", open the comments; a comment's second
			// paragraph is no part of the text.
			name: "comment sections opened by a sentence or a widget",
			text: strings.Join([]string{
				"Council Approves New Bridge",
				para("The city council approved plans for a new bridge across the river on Tuesday."),
				para("Construction is due to start next spring and last two years."),
				"There are 13 comments",
				"Rarst · March 10, 2017 at 1:26 AM",
				"One nuance is that many people who call themselves engineers have never built a bridge, or anything else for that matter.",
				"I had certainly never had the impression that there are too many of them either, whatever the survey says about it.",
				"- Reply",
				"All replies",
				"This is one of my hardest habits to break, and I have been working on it for years without much luck so far.",
			}, "\n"),
			title: "Council Approves New Bridge",
			want: map[string]string{
				"There are 13 comments": LabelFurniture,
				"I had certainly never had the impression that there are too many of them either, whatever the survey says about it.": LabelComment,
				"This is one of my hardest habits to break, and I have been working on it for years without much luck so far.":        LabelComment,
			},
		},
		{
			// readability's dropbox-blog: a table whose last column is
			// headed "Comment", and the text goes on under it.
			name: "a table column headed Comment opens no comments",
			text: strings.Join([]string{
				"Council Approves New Bridge",
				para("The city council approved plans for a new bridge across the river on Tuesday."),
				para("The vote followed two years of debate over the cost of the crossing."),
				para("Engineers had warned that the old bridge could not carry heavy trucks much longer."),
				"The stages of the project are these:",
				"|", "Stage", "|", "Date", "|", "Comment", "|",
				"design", "|", "2025", "|", "done", "|",
				para("Construction is due to start next spring and last two years."),
				para("The project will be funded partly by a federal grant."),
			}, "\n"),
			title: "Council Approves New Bridge",
			want:  map[string]string{},
		},
		{
			// readability's lazy-image-2: an ad slot between a
			// subheading and its text.
			name: "subheading over an ad slot",
			text: strings.Join([]string{
				"Council Approves New Bridge",
				para("The city council approved plans for a new bridge across the river on Tuesday."),
				para("The vote followed two years of debate over the cost of the crossing."),
				"The Cost of the Crossing",
				"Advertisement",
				para("Engineers put the cost at 40 million dollars, half of it from a federal grant."),
				para("Construction is due to start next spring and last two years."),
			}, "\n"),
			title: "Council Approves New Bridge",
			want: map[string]string{
				"The Cost of the Crossing": LabelHeading,
				"Advertisement":            LabelFurniture,
			},
		},
		{
			name: "reader comments after the body",
			text: strings.Join([]string{
				"Council Approves New Bridge",
				para("The city council approved plans for a new bridge across the river on Tuesday."),
				para("Construction is due to start next spring and last two years."),
				para("The project will be funded partly by a federal grant."),
				para("Opponents said the money would be better spent on buses."),
				"Great article, thanks... you really nailed what this town needs!!",
				"you people never learn, this bridge will be a disaster… mark my words",
			}, "\n"),
			title: "Council Approves New Bridge",
			want: map[string]string{
				"Great article, thanks... you really nailed what this town needs!!":     LabelComment,
				"you people never learn, this bridge will be a disaster… mark my words": LabelComment,
			},
		},
		{
			name: "Spanish and German widgets",
			text: strings.Join([]string{
				"Zum Inhalt springen",
				"El Gobierno aprueba la reforma de las pensiones",
				"Actualizado: 12/06/2025 10:30",
				"El Consejo de Ministros aprobó este martes la reforma del sistema de pensiones, que eleva las cotizaciones de las rentas más altas y garantiza la revalorización de las prestaciones con el IPC.",
				"La ministra defendió que la medida asegura la sostenibilidad del sistema a largo plazo y pidió el apoyo de todos los grupos parlamentarios para su tramitación.",
				"Noticias relacionadas",
				"Compartir",
				"Lesen Sie auch",
			}, "\n"),
			title: "El Gobierno aprueba la reforma de las pensiones",
			want: map[string]string{
				"Zum Inhalt springen":           LabelFurniture,
				"Actualizado: 12/06/2025 10:30": LabelDate,
				"Noticias relacionadas":         LabelFurniture,
				"Compartir":                     LabelFurniture,
				"Lesen Sie auch":                LabelFurniture,
			},
		},
		{
			name: "deck lines under the headline are kept",
			text: strings.Join([]string{
				"Menu",
				"Central Bank Holds Rates Steady",
				"Inflation Still Above Target",
				"Governor Signals Patience",
				para("The central bank left its key rate unchanged on Thursday."),
				para("The decision was widely expected by economists."),
			}, "\n"),
			title: "Central Bank Holds Rates Steady",
			want: map[string]string{
				"Menu":                         LabelFurniture,
				"Inflation Still Above Target": LabelHeading,
				"Governor Signals Patience":    LabelHeading,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Extract(tc.text, Options{})
			if r.Title != tc.title {
				t.Errorf("title %q, want %q", r.Title, tc.title)
			}
			got := labelsOf(r)
			for text, want := range tc.want {
				if got[text] != want {
					t.Errorf("%q: label %q, want %q", text, got[text], want)
				}
			}
			// Every prose paragraph of the fixture is body.
			for _, l := range r.Lines {
				if strings.Contains(l.Text, "officials said on condition") && l.Label != LabelBody {
					t.Errorf("%q: label %q, want body", l.Text, l.Label)
				}
			}
			checkInvariants(t, tc.text, r)
		})
	}
}

// checkInvariants checks what must hold for any input: Text consists of
// input lines, every non-empty line is labelled once, Removed and Text
// together with the title account for every line.
func checkInvariants(t *testing.T, in string, r Result) {
	t.Helper()
	lines := map[string]bool{}
	for _, l := range strings.Split(in, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	if r.Text != "" {
		for _, p := range strings.Split(r.Text, "\n\n") {
			if !lines[p] {
				t.Fatalf("Text paragraph %q is not an input line", p)
			}
		}
	}
	nkept := 0
	for _, l := range r.Lines {
		if l.Label == "" {
			t.Fatalf("line %d unlabelled", l.N)
		}
		if kept(l.Label) {
			nkept++
		}
	}
	titles := 0
	if r.Title != "" {
		titles = 1
	}
	if nkept+len(r.Removed)+titles != len(r.Lines) {
		t.Fatalf("%d kept + %d removed + %d title != %d lines", nkept, len(r.Removed), titles, len(r.Lines))
	}
}

func TestOptionsCommon(t *testing.T) {
	text := strings.Join([]string{
		"Markets Rally on Rate Hopes",
		para("Stocks rose sharply on Wednesday as investors bet on lower rates."),
		"Get our free markets briefing every morning in your inbox today",
		para("Bond yields fell to their lowest level in a month."),
	}, "\n")
	common := countMap{"get our free markets briefing every morning in your inbox today": 40}
	r := Extract(text, Options{Common: common})
	if got := labelsOf(r)["Get our free markets briefing every morning in your inbox today"]; got != LabelFurniture {
		t.Errorf("repeated line: label %q, want furniture", got)
	}
	r = Extract(text, Options{Outlet: "Daily Ledger"})
	if r.Outlet != "Daily Ledger" {
		t.Errorf("outlet %q, want the hint", r.Outlet)
	}
}

type countMap map[string]int

func (m countMap) Count(norm string) (int, int) { return m[norm], 50 }

func TestOutletFromCopyright(t *testing.T) {
	tests := []struct{ in, want string }{
		{"© The Asia Business Daily(www.asiae.co.kr). All rights reserved.", "The Asia Business Daily"},
		{"Copyright © 2024 Yonhap News Agency. All rights reserved.", "Yonhap News Agency"},
		{"© 2022 Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung", "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung"},
		{"All rights reserved.", ""},
	}
	for _, tc := range tests {
		if got := OutletFromCopyright(tc.in); got != tc.want {
			t.Errorf("OutletFromCopyright(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHostile runs inputs that once made the classifier slow or could
// make it fail: thousands of separate prose runs, one huge line, binary.
func TestHostile(t *testing.T) {
	inputs := []string{
		strings.Repeat("This is a long sentence with many words in it, written for testing purposes.\n© x\n", 20000),
		strings.Repeat("word ", 300000),
		"\x00\xff\xfe\n\n\r\n- \n...\n©\n",
		strings.Repeat("-\n", 50000),
	}
	for i, in := range inputs {
		r := Extract(in, Options{})
		if len(r.Lines) == 0 && strings.TrimSpace(in) != "" && utf8.ValidString(in) {
			t.Errorf("input %d: no lines", i)
		}
	}
}

// TestRightsNotice checks copyright lines longer than a short line: the
// paragraphs a Chinese site prints under each page (China Daily's, from
// newspaper4k/chinese_article_001, whose footer list and notices were
// kept as body before) are notices, and so are the short lines that
// write "copyright" as a copyright line does; an article's sentence
// about a copyright case is not, nor is a notice longer than a
// paragraph.
func TestRightsNotice(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"© Korea Economic Daily. All rights reserved.", true},
		{"中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。如需使用，请与010-84883777联系；凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息，其他媒体如需转载，请与稿件来源方联系，如产生任何问题与本网无关。", true},
		{"版权保护：本网登载的内容（包括文字、图片、多媒体资讯等）版权属中国日报网（中报国际文化传媒（北京）有限公司）独家所有使用。 未经中国日报网事先协议授权，禁止转载使用。给中国日报网提意见：rx@chinadaily.com.cn", true},
		{"版权声明：未经授权禁止转载", true},
		{"Copyright 2024 Foo Media Group", true},
		{"Foo News, copyright 2023", true},
		{"(c) 2019 The Bar Tribune", true},
		{"All content copyright Foo Media Ltd", true},
		{"The case turns on who owns the copyright.", false},
		{"(c) the right to appeal the ruling within 30 days;", false},
		{"(c) Reuters", true},
		{"Foto: (c) dpa", true},
		{"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 이 기사는 연합뉴스 기자가 작성했으며 모든 권리는 연합뉴스에 있고 허락 없이 다른 매체나 웹사이트에 다시 싣거나 배포하는 것을 금지합니다 관련 문의는 고객센터로 연락하시기 바랍니다", true},
		{"The lawsuit says millions of the newspaper's articles were reproduced without permission to train the chatbots, in breach of its copyright, and that the company now competes with the paper as a source of reliable information.", false},
		{"The court heard that the photographs had been copied and redistributed by dozens of websites over several years, and the judge asked the parties to agree on damages before the end of the month or return for a full trial.", false},
		{strings.Repeat("版权所有，禁止转载。", 60), false},
	}
	for _, tc := range tests {
		norm := Normalize(tc.line)
		if got := isCopyright(norm, weight(tc.line)); got != tc.want {
			t.Errorf("isCopyright(%.40q, weight %d) = %v, want %v", tc.line, weight(tc.line), got, tc.want)
		}
	}
}
