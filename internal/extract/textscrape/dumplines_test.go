package textscrape

import "testing"

// TestDumpLineRules checks rules found on the text dumps of real pages:
// a paragraph opening with a day-first date, articles written as a list
// of long items, a table whose header row is printed twice, a lede set
// apart from the text by the author box, and widgets, story links and
// comment headings printed inside the text, on short synthetic scrapes.
func TestDumpLineRules(t *testing.T) {
	item := func(s string) string {
		return "- " + s + " Wer länger bleiben will, plant am besten zwei Wochen ein und bucht die Fähre früh, denn im Sommer sind die Plätze knapp und teuer."
	}
	gallery := func(n, s string) string {
		return n + " " + s + " Der Ausbau ist solide, die Küche gut durchdacht, und das Bett misst zwei Meter, was für große Menschen ein Argument ist. Der Preis beginnt bei rund 60.000 Euro, mit Aufstelldach und Markise werden es schnell 70.000 Euro."
	}
	tests := []lineCase{
		{
			name: "a paragraph that opens with a day-first date is text, not a list item",
			lines: []string{
				"Kolumne: Queer Royal",
				"Im Schlepptau",
				"Von Georg Kasch",
				"31. Oktober 2023. Woher kommt eigentlich der Hass auf Dragqueens? Früher, als Travestiekünstler wie Georg Preuße und Reiner Kohler noch als Mary und Gordy die Bühnen beherrschten, war das alles nur ein großer Spaß für die ganze Familie.",
				para("Was ist da schiefgelaufen? Vermutlich geraten Dragqueens in die Schusslinie."),
				para("Dabei hat die Identität der einen nichts mit dem Als ob der anderen zu tun."),
				"mehr Kolumnen",
			},
			want: map[string]string{
				"31. Oktober 2023. Woher kommt eigentlich der Hass auf Dragqueens? Früher, als Travestiekünstler wie Georg Preuße und Reiner Kohler noch als Mary und Gordy die Bühnen beherrschten, war das alles nur ein großer Spaß für die ganze Familie.": LabelBody,
			},
		},
		{
			name: "an article of long list items under a gallery is text",
			lines: []string{
				"6 Bilder",
				gallery("1/6", "Der VW California ist der Klassiker unter den Campingbussen."),
				gallery("2/6", "Der Ford Nugget ist ein weiterer Klassiker unter den kompakten Bussen."),
				gallery("3/6", "Pössl heißt die Nummer eins unter den Komfort-Campingbussen mit Bad."),
				"Startseite",
				"Touren",
				"Vanlife in Schweden: Skandinavien im Wohnmobil erleben",
				"06.01.2022",
				"Es gibt viele Argumente, die für eine Reise nach Schweden sprechen: die großartige Natur, die vielen Seen und das Jedermannsrecht.",
				"Allgemeine Reisetipps",
				item("Reisezeit: Die Sommersaison reicht in Schweden von Mitte Juni bis Mitte August."),
				item("Preise: Die Lebensmittelpreise liegen in Schweden rund 15 Prozent über dem deutschen Niveau."),
				item("Bezahlen: In Schweden wird mit der Schwedischen Krone bezahlt, Bargeld braucht man kaum."),
				item("Übernachten: In Schweden gilt das Jedermannsrecht, allerdings nur für Wanderer und Radfahrer."),
				item("Stellplätze: Neben klassischen Campingplätzen gibt es in Schweden unzählige legale Plätze."),
				"Newsletter",
				"Impressum",
			},
			want: map[string]string{
				item("Reisezeit: Die Sommersaison reicht in Schweden von Mitte Juni bis Mitte August."):            LabelBody,
				item("Stellplätze: Neben klassischen Campingplätzen gibt es in Schweden unzählige legale Plätze."): LabelBody,
				"Impressum": LabelFurniture,
			},
		},
		{
			name: "a site's rules for comments printed as a list after a box are no text",
			lines: []string{
				"Woman Attacks Inspector At Police Station",
				para("A woman attacked a police inspector with a stone on Monday."),
				para("The inspector was treated in hospital and released."),
				"Latest News",
				"HOUSE RULES",
				"- We welcome reader comments on the top stories of the day. Some comments may be republished on the website or in the newspaper.",
				"- Please don't use the comments to advertise. However, our advertising department can be more than accommodating if emailed.",
				"Recent Posts",
			},
			want: map[string]string{
				para("The inspector was treated in hospital and released."):                                                                    LabelBody,
				"- Please don't use the comments to advertise. However, our advertising department can be more than accommodating if emailed.": LabelFurniture,
			},
		},
		{
			name: "rows of a table in the text are text, not teasers",
			lines: []string{
				"MineralölINFO November 2021",
				"Nach Erhebungen des Bundesamtes sank der Absatz von Mineralölprodukten im November 2021 gegenüber dem Vorjahresmonat um 1,5 Prozent auf 9,2 Millionen Tonnen.",
				"Dabei zeigte sich folgende Entwicklung hinsichtlich des Absatzes einzelner Hauptprodukte (Mengenangaben in Millionen Tonnen).",
				"Entwicklung des Absatzes von Hauptprodukten",
				"Hauptprodukt | Januar bis November 2020 | Januar bis November 2021 | Änderungsrate (in Prozent)",
				"Rohbenzin | 10,72 Mio. t | 12,40 Mio. t | 15,7 %",
				"Ottokraftstoff | 15,02 Mio. t | 15,12 Mio. t | 0,7 %",
				"Dieselkraftstoff | 32,23 Mio. t | 32,28 Mio. t | 0,1 %",
				"Heizöl, EL normal | 14,31 Mio. t | 9,97 Mio. t | - 30,3 %",
				"Heizöl, schwer | 0,78 Mio. t | 1,12 Mio. t | 43,4 %",
				"Im Vergleich zum Vorjahreszeitraum ist",
				"- der Export von Mineralölprodukten um 13,6 % von 20,4 auf 23,1 Millionen Tonnen gestiegen;",
				"- die Einfuhr von Rohöl um 2,9 % von 76,0 auf 73,9 Millionen Tonnen gesunken.",
				"Weitere Informationen über den deutschen Mineralölmarkt werden monatlich in den Amtlichen Mineralöldaten veröffentlicht.",
			},
			want: map[string]string{
				"Rohbenzin | 10,72 Mio. t | 12,40 Mio. t | 15,7 %":       LabelBody,
				"Dieselkraftstoff | 32,23 Mio. t | 32,28 Mio. t | 0,1 %": LabelBody,
				"Heizöl, schwer | 0,78 Mio. t | 1,12 Mio. t | 43,4 %":    LabelBody,
			},
		},
		{
			name: "a lede set apart from the text by the author box is text",
			lines: []string{
				"El Salvador",
				"Tras una semana de acoso a la prensa, el presidente de la Asamblea exige a periodistas: váyanse",
				"Tras la intensificación de ataques a periodistas en El Salvador, que ha llevado a algunos a exiliarse, el presidente de la Asamblea Legislativa pidió a los periodistas que se vayan del país.",
				"Rebeca Monge",
				"Jueves, 21 de Abril de 2022",
				"-",
				"‑‑‑‑",
				"-",
				"-",
				"-",
				"-",
				"-",
				"-",
				"-",
				para(para("Durante la más reciente sesión plenaria, el presidente de la Asamblea habló de la prensa.")),
				para(para("Aunque no mencionó su nombre, hizo referencia a un antropólogo y periodista.")),
				para(para("El mensaje ocurre en un contexto muy concreto, tras la reforma penal de abril.")),
				para(para("La ofensiva la inició el mismo presidente de la República el 11 de abril.")),
				para(para("El director de Centros Penales respondió a la publicación del presidente.")),
				para(para("El periodista ha denunciado que las amenazas contra él aumentaron.")),
			},
			want: map[string]string{
				"Tras la intensificación de ataques a periodistas en El Salvador, que ha llevado a algunos a exiliarse, el presidente de la Asamblea Legislativa pidió a los periodistas que se vayan del país.": LabelBody,
			},
		},
		{
			name: "a summary printed twice above the author box is no lede",
			lines: []string{
				"4 Things to Do in October",
				"Practical Horseman's top picks for horsey events, competition and fun for the month of September.",
				"Author:",
				"Practical Horseman Editorial Staff",
				"Publish date:",
				"Oct 4, 2018",
				"Practical Horseman's top picks for horsey events, competition and fun for the month of September.",
				"-",
				"-",
				para("Cheer on the juniors and young riders as they display their skills in the ring."),
				para("Watch the best jumpers of the country compete for the national title."),
				para("Visit the fair and meet the breeders of the region and their horses."),
			},
			want: map[string]string{
				"Practical Horseman's top picks for horsey events, competition and fun for the month of September.": LabelFurniture,
			},
		},
		{
			name: "links to other stories and widgets inside the text are furniture",
			lines: []string{
				"Houston Car Sales Rise In October",
				para("Local auto dealers sold 30,154 new cars, trucks and SUVs in October."),
				"On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
				para("The sales slump comes even as interest rates stayed low."),
				"Related post: Pickled Brussels Sprouts Recipe",
				"Advert",
				"Read Later",
				"Copied!",
				para("Industry experts expect interest rates to remain low for a while."),
				"View all (23)",
				para("Despite lower rates and deals, new car prices are climbing."),
			},
			want: map[string]string{
				"On HoustonChronicle.com: Car sales plunge nearly 17 percent in August": LabelFurniture,
				"Related post: Pickled Brussels Sprouts Recipe":                         LabelFurniture,
				"Advert":        LabelFurniture,
				"Read Later":    LabelFurniture,
				"Copied!":       LabelFurniture,
				"View all (23)": LabelFurniture,
				para("Despite lower rates and deals, new car prices are climbing."): LabelBody,
			},
		},
		{
			name: "a time stamp, disclosures, licences and a blog's filing note are furniture",
			lines: []string{
				"Wordcount: 717",
				"Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.",
				"*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",
				"This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.",
				para("The rooftop bar opened on Friday after two years of works."),
				para("Its owners said the view was worth the wait and the cost."),
				para("Tables can be booked a week ahead on the bar's website."),
				"Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine Bearbeitung 4.0 International Lizenz.",
				"Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Setze ein Lesezeichen auf den Permalink.",
				"Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.",
			},
			want: map[string]string{
				"Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.":                                                                                 LabelDate,
				"*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.":                                                                                                LabelFurniture,
				"This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.": LabelFurniture,
				para("Tables can be booked a week ahead on the bar's website."):                                                                                         LabelBody,
				"Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine Bearbeitung 4.0 International Lizenz.":                               LabelFurniture,
				"Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Setze ein Lesezeichen auf den Permalink.":      LabelFurniture,
				"Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.":                            LabelFurniture,
			},
		},
		{
			name: "an author box in the first person or naming her job closes the text",
			lines: []string{
				"Elektrisches Katzenspielzeug im Test",
				para("Wir haben uns verschiedene elektrische Katzenspielzeuge angeschaut."),
				para("Welches Spiel zu deiner Mieze passt, hängt von ihrem Charakter ab."),
				para("Am besten probierst du mehrere Spielzeuge aus und beobachtest sie."),
				"Ich bin Steffi, bekennende Tiernärrin, Dosenöffner für ehemals drei Kater und aktuell zwei portugiesische Straßenkatzen, und schreibe hier über alles rund ums Tier.",
				"Inga Buller ist Head of Social & Community bei CHIP. Wenn sie gerade nichts bei Ebay Kleinanzeigen verkauft, testet sie Küchengeräte.",
			},
			want: map[string]string{
				para("Am besten probierst du mehrere Spielzeuge aus und beobachtest sie."):                                                                                             LabelBody,
				"Ich bin Steffi, bekennende Tiernärrin, Dosenöffner für ehemals drei Kater und aktuell zwei portugiesische Straßenkatzen, und schreibe hier über alles rund ums Tier.": LabelFurniture,
				"Inga Buller ist Head of Social & Community bei CHIP. Wenn sie gerade nichts bei Ebay Kleinanzeigen verkauft, testet sie Küchengeräte.":                                LabelFurniture,
			},
		},
		{
			name: "a form's consent and an embed's placeholder are furniture",
			lines: []string{
				"Radtour durch Friedrichsfelde",
				para("Die Tour beginnt am S-Bahnhof und führt durch den Park."),
				"Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
				para("Nach zehn Kilometern erreicht man den Tierpark und das Schloss."),
				para("Zurück geht es am Ufer entlang bis zum Bahnhof."),
				"Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter zu erhalten. Meine Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, indem ich den Abmeldelink im Newsletter nutze.",
			},
			want: map[string]string{
				"Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.": LabelFurniture,
				para("Zurück geht es am Ufer entlang bis zum Bahnhof."):                         LabelBody,
				"Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter zu erhalten. Meine Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, indem ich den Abmeldelink im Newsletter nutze.": LabelFurniture,
			},
		},
		{
			name: "a list introduced by a colon goes on over empty items",
			lines: []string{
				"Würde des Lebens – ein Projekt",
				para("Die Klasse arbeitet in diesem Halbjahr an einem Projekt zur Menschenwürde."),
				para("Jede Gruppe wählt eine Leitfrage und schreibt dazu einen Text."),
				"Nach den Rückmeldungen zum Entwurfstext habe ich für alle noch Verbesserungsideen:",
				"-",
				"- Gliedert Euren Text und fügt eventuell Zwischenüberschriften ein.",
				"- Formuliert ein klares, inhaltliches Fazit.",
				"=> Wie hast Du gelernt?",
				"Überprüft und korrigiert die Grammatik, Rechtschreibung und Zeichensetzung.",
				"Teilen mit:",
				"- Twitter",
				"142 Antworten zu Würde des Lebens – ein Projekt",
				"Badenraser schreibt:",
				"Ist die Menschenwürde der Flüchtlinge in Deutschland gewährleistet? Ich finde nicht, denn viele leben in Lagern ohne Privatsphäre.",
			},
			want: map[string]string{
				"- Formuliert ein klares, inhaltliches Fazit.":                                LabelBody,
				"=> Wie hast Du gelernt?":                                                     LabelBody,
				"Überprüft und korrigiert die Grammatik, Rechtschreibung und Zeichensetzung.": LabelBody,
				"142 Antworten zu Würde des Lebens – ein Projekt":                             LabelFurniture,
			},
		},
		{
			name: "the heading of a list of related stories introduces no text",
			lines: []string{
				"How To Retire Early",
				para("Time and discipline are all you need to execute your plan from here on."),
				para("Sacrifice is necessary to retire early, one early retiree wrote."),
				"Related coverage from How to Do Everything: Money:",
				"-",
				"Here's exactly how to figure out when you can retire",
				"-",
				"How to invest in real estate to make money and build wealth",
				"-",
				"How to invest in index funds, explained",
			},
			want: map[string]string{
				"Related coverage from How to Do Everything: Money:":          LabelFurniture,
				"How to invest in real estate to make money and build wealth": LabelFurniture,
			},
		},
		{
			name: "captions and a reporter's contact are furniture; a tweet quoted last is text",
			lines: []string{
				"Jupiter's Moon Europa Spouts Water Vapor",
				"An artist's illustration of a plume of water vapor emanating from Jupiter's moon Europa.",
				para("Scientists have found water vapor above the surface of Europa."),
				"New Horizons took this image of the icy moon Europa rising above Jupiter's cloud tops in February 2007.",
				para("The finding supports the idea of an ocean under the ice."),
				"Report",
				para("A mission to Europa is planned for the next decade."),
				"The plume was first seen in 2012, one researcher wrote:",
				"— Cooper Lund (@cooperlund) November 18, 2019",
				"Have a tip? Amy Doe may be reached at adoe@example.com. Follow her on Twitter @AmyDoe.",
				"Get the latest updates right in your inbox. Subscribe to our newsletters.",
			},
			want: map[string]string{
				"An artist's illustration of a plume of water vapor emanating from Jupiter's moon Europa.":                LabelFurniture,
				"New Horizons took this image of the icy moon Europa rising above Jupiter's cloud tops in February 2007.": LabelFurniture,
				"Report": LabelFurniture,
				para("A mission to Europa is planned for the next decade."):                              LabelBody,
				"— Cooper Lund (@cooperlund) November 18, 2019":                                          LabelBody,
				"Have a tip? Amy Doe may be reached at adoe@example.com. Follow her on Twitter @AmyDoe.": LabelFurniture,
			},
		},
		{
			name: "a teaser whose headline runs into its summary before a comma is a teaser",
			lines: []string{
				"Michigan Officials Report Sixth Fatality",
				para("Officials reported a sixth death linked to the virus on Tuesday."),
				para("The state urged residents to use insect repellent outdoors."),
				para("Aerial spraying was completed in fourteen counties last month."),
				"First Snowfall in Metro DetroitOfficially, the start of winter is on December 22nd, but of course, the snow comes whenever it likes.",
			},
			want: map[string]string{
				"First Snowfall in Metro DetroitOfficially, the start of winter is on December 22nd, but of course, the snow comes whenever it likes.": LabelTeaser,
			},
		},
		{
			name: "a short line of thanks under the last answer stays when the closing boxes are cut",
			lines: []string{
				"Zwischenbilanz: Digitalisierung im Handel",
				para("Kundenerwartungen sind heute sehr dynamisch. Wie erkennt Ihr, was der Kunde will?"),
				para("Wir fragen den Kunden! Jeden Monat sammeln wir Kundenfeedback."),
				para("Und wie reagiert der Kunde darauf, wenn Ihr neue Tools einführt?"),
				para("Das wird sehr positiv aufgenommen, wir zwingen niemanden in ein Korsett."),
				"Vielen Dank für das interessante Interview!",
				"Weiterführende Links:",
				"Zur Website von SportScheck",
				"Newsletter",
				"Das Changelog erscheint jeden Freitag mit Interviews, Fallstudien und Berichten aus dem Handel, und im Archiv finden sich alle Ausgaben seit 2015.",
			},
			want: map[string]string{
				"Vielen Dank für das interessante Interview!": LabelBody,
				"Das Changelog erscheint jeden Freitag mit Interviews, Fallstudien und Berichten aus dem Handel, und im Archiv finden sich alle Ausgaben seit 2015.": LabelFurniture,
			},
		},
		{
			name: "a blog's heading over its comments ends the text",
			lines: []string{
				"Sunday Thoughts: Ein wenig lost, aber immer noch da!",
				para("Das, was ich tue, ist nämlich nicht ausschließlich ein Zahlen-Business."),
				para("Statt einer motivierenden Weisheit gibt es heute nur diesen Text."),
				para("Ich bin gespannt, wie es euch damit geht, und freue mich auf den Herbst."),
				"11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”",
				"Aylin sagt:",
				"20. November 2022 um 10:36 Uhr",
				"Liebe Karo, danke für deine Ehrlichkeit! Ich kann mir vorstellen, dass es einigen Content-Creatorn ähnlich geht zur Zeit, und ich mag deinen Content sehr.",
			},
			want: map[string]string{
				para("Ich bin gespannt, wie es euch damit geht, und freue mich auf den Herbst."): LabelBody,
				"11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”":         LabelFurniture,
			},
		},
	}
	runLineCases(t, tests)
}

// TestDatePrefix checks that a line opening with a day and a month name
// is not taken for an item of a numbered list.
func TestDatePrefix(t *testing.T) {
	tests := []struct {
		line   string
		bullet bool
	}{
		{"31. Oktober 2023. Woher kommt eigentlich der Hass?", false},
		{"3. März: Die Ausstellung öffnet.", false},
		{"1. Mix the flour and the butter.", true},
		{"2) Bake for twenty minutes.", true},
		{"- Sign up for a free account", true},
	}
	for _, tt := range tests {
		if got := newLine(1, tt.line).bullet; got != tt.bullet {
			t.Errorf("%q: bullet %v, want %v", tt.line, got, tt.bullet)
		}
	}
}

// TestCommentCountHead checks the headings blogs print over their
// comments.
func TestCommentCountHead(t *testing.T) {
	for _, s := range []string{"11 Antworten zu “Sunday Thoughts”", "One response to “Hello world”", "3 thoughts on “Pierogi”", "142 Kommentare zu „Projekt“"} {
		if !isCommentHead(Normalize(s)) {
			t.Errorf("%q: not a comment heading", s)
		}
	}
	for _, s := range []string{"3 thoughts on a rainy day in Paris, and why the city still matters to me after all these years of living abroad and travelling.", "Antworten zu finden ist schwer"} {
		if isCommentHead(Normalize(s)) {
			t.Errorf("%q: taken for a comment heading", s)
		}
	}
}
