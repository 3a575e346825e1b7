package textscrape

import "testing"

// steps returns the prose steps of a made-up recipe.
func steps() []string {
	return []string{
		"Zuerst die Milch leicht erwärmen und die Butter darin langsam schmelzen lassen, dann alles etwas abkühlen lassen und gut verrühren.",
		"Das Mehl mit dem Zucker in einer großen Schüssel mischen, die warme Milch dazugeben und alles zu einem glatten, weichen Teig kneten.",
		"Den Teig abgedeckt eine Stunde an einem warmen Ort gehen lassen, bis er sein Volumen deutlich vergrößert hat, und dann in die Form geben.",
		"Im vorgeheizten Ofen etwa zwanzig Minuten goldbraun backen, kurz in der Form ruhen lassen und anschließend auf einem Gitter auskühlen lassen.",
	}
}

// TestIngredientRules checks that the ingredient list printed above a
// recipe's steps is kept, in its table, bare and split layouts, and that
// a list of counts that is no recipe is not.
func TestIngredientRules(t *testing.T) {
	tests := []lineCase{
		{
			name: "an ingredient table with part headings above the steps is text",
			lines: append([]string{
				"Rezept bewerten",
				"Zutaten",
				"Für den Teig:",
				"| 250 g | Mehl",
				"| 50 g | Zucker",
				"| 1 Pck. | Trockenhefe",
				"| etwas | Fett",
				"Belag:",
				"| 25 g | Butter",
				"| 1 EL | Honig",
				"Nährwerte pro Portion",
				"Zubereitung",
			}, steps()...),
			want: map[string]string{
				"Für den Teig:":          LabelBody,
				"| 250 g | Mehl":         LabelBody,
				"| 1 Pck. | Trockenhefe": LabelBody,
				"| etwas | Fett":         LabelBody,
				"Belag:":                 LabelBody,
				"| 1 EL | Honig":         LabelBody,
				"Rezept bewerten":        LabelFurniture,
			},
		},
		{
			name: "names and amounts on lines of their own are text",
			lines: append([]string{
				"Drukuj",
				"Składniki",
				"dynia",
				"400 gramów",
				"cebula",
				"1 sztuka",
				"orzechy włoskie",
				"2 łyżki",
				"masło",
				"2 łyżki",
				"Krok 1",
			}, steps()...),
			want: map[string]string{
				"dynia":      LabelBody,
				"400 gramów": LabelBody,
				"masło":      LabelBody,
				"Drukuj":     LabelFurniture,
			},
		},
		{
			name: "counts of a page's widgets are no ingredients",
			lines: append([]string{
				"Startseite",
				"12 Bewertungen",
				"3 Kommentare",
				"Teilen",
			}, steps()...),
			want: map[string]string{
				"12 Bewertungen": LabelFurniture,
				"3 Kommentare":   LabelFurniture,
			},
		},
		{
			name: "a list of amounts far above the text stays out",
			lines: append([]string{
				"| 250 g | Mehl",
				"| 50 g | Zucker",
				"| 1 Pck. | Trockenhefe",
				"Teilen", "Drucken", "Merken", "Suche", "Kontakt", "Impressum", "Startseite",
				"Teilen", "Drucken", "Merken", "Suche", "Kontakt", "Impressum",
			}, steps()...),
			want: map[string]string{
				"| 250 g | Mehl": LabelFurniture,
			},
		},
	}
	runLineCases(t, tests)
}

func TestIngredientLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"200 g Zucker", true},
		{"- 2 EL Olivenöl", true},
		{"½ TL Salz", true},
		{"| 1 Pck. | Vanillin-Zucker", true},
		{"| etwas | Fett", true},
		{"| 2 Dose/n | Mandarinen, je 300 g", true},
		{"400 gramów", true},
		{"10.10.2006", false},
		{"Zutaten:", false},
		{"| Pos | Player | Plays", false},
		{"3 Menschen starben am Montag bei dem Unfall. Die Polizei ermittelt.", false},
	}
	for _, tt := range tests {
		ls := splitLines(tt.s)
		c := classifier{lines: ls}
		c.hardLabels()
		if got := ingredientLine(ls[0]); got != tt.want {
			t.Errorf("ingredientLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// body returns paragraphs of a made-up blog post.
func body() []string {
	return []string{
		"Die Forschungsgruppe lädt im Februar zu einer Tagung über die Verwaltung in Zeiten politischer Umbrüche ein, die zwei Tage lang dauern wird.",
		"Auf der Tagung sprechen Historikerinnen und Historiker aus mehreren Ländern über die Regierungen, die in den Umbrüchen neu gebildet wurden.",
		"Eine Anmeldung ist bis Ende Januar möglich; das Programm der Tagung steht auf der Seite des Instituts zum Herunterladen bereit.",
	}
}

// TestCommentFormRules checks that a blog's comment form ends the body,
// and that its post navigation is furniture.
func TestCommentFormRules(t *testing.T) {
	tests := []lineCase{
		{
			name: "a comment form heading ends the body run",
			lines: append(body(),
				"Beitrags-Navigation",
				"Vorheriger BeitragNeuerscheinung: Ein Buch über die Revolution und ihre Folgen in der Provinz",
				"Schreibe einen Kommentar Antworten abbrechen",
				"Kommentar",
				"Name *",
				"Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
				"Über uns",
				"Dies ist das Blog einer Forschungsgruppe an einer Universität. Wir schreiben hier über unsere Arbeit, über neue Bücher und über Tagungen, die wir besuchen oder selbst veranstalten, und über vieles mehr.",
			),
			want: map[string]string{
				"Vorheriger BeitragNeuerscheinung: Ein Buch über die Revolution und ihre Folgen in der Provinz": LabelFurniture,
				"Schreibe einen Kommentar Antworten abbrechen":                                                  LabelFurniture,
				"Dies ist das Blog einer Forschungsgruppe an einer Universität. Wir schreiben hier über unsere Arbeit, über neue Bücher und über Tagungen, die wir besuchen oder selbst veranstalten, und über vieles mehr.": LabelComment,
				body()[2]: LabelBody,
			},
		},
		{
			name: "a short text above the comment form wins over a longer sidebar under it",
			lines: []string{
				"Sternhaufen im Herbst",
				"Mit langer Belichtung zeigt das Bild den hellen Sternhaufen und seine feinen Schleier, aufgenommen in einer klaren Herbstnacht weit draußen auf dem Land.",
				"Zurück", "Weiter", "Teilen", "Drucken", "Suche",
				"Kommentar hinterlassen Antworten abbrechen",
				"E-Mail Adresse wird nicht veröffentlicht.",
				"Name*",
				"Über diese Seite",
				"Die Zeitschrift erschien viele Jahre lang für alle, die den Himmel beobachten, und brachte Beiträge über Teleskope, Kameras und die besten Orte für den Blick in die Sterne.",
				"Das Buch für Einsteiger ist ein Ratgeber für alle, die tiefer in das Hobby einsteigen wollen, mit vielen Tipps zur Ausrüstung und zu den ersten Nächten unter dem Himmel.",
				"Der Atlas für Himmelsbeobachter zeigt auf großen Karten, wo die hellsten Nebel und Haufen stehen, und erklärt, mit welchem Fernglas oder Teleskop man sie am besten findet.",
				"Die Sternkarte für das ganze Jahr lässt sich auf jeden Tag und jede Stunde einstellen und zeigt dann genau den Himmel, den man draußen über sich sieht, mit allen Sternbildern.",
			},
			want: map[string]string{
				"Mit langer Belichtung zeigt das Bild den hellen Sternhaufen und seine feinen Schleier, aufgenommen in einer klaren Herbstnacht weit draußen auf dem Land.":                 LabelBody,
				"Das Buch für Einsteiger ist ein Ratgeber für alle, die tiefer in das Hobby einsteigen wollen, mit vielen Tipps zur Ausrüstung und zu den ersten Nächten unter dem Himmel.": LabelComment,
			},
		},
		{
			name: "form wording in a box above a long text does not move the body",
			lines: append([]string{
				"The best stories of the season are picked by our editors and sent out on Fridays to all our readers.",
				"Your email address will not be published.",
				"Subscribe", "Home", "News", "Sport", "Weather", "Share", "Print",
			}, longText()...),
			want: map[string]string{
				longText()[0]: LabelBody,
				longText()[5]: LabelBody,
			},
		},
		{
			name: "next post with its title is furniture",
			lines: append(body(),
				"Next post: How we planned a conference on a shoestring budget",
			),
			want: map[string]string{
				"Next post: How we planned a conference on a shoestring budget": LabelFurniture,
			},
		},
	}
	runLineCases(t, tests)
}

// TestNoticeRules checks site notices and widgets found on the
// development half: the lines of a blog's comment form, an affiliate
// disclosure in German, a newsletter's promise, a disclaimer of
// liability for links, a paywall's call, a copyright notice in Polish,
// like counters and "read also" links in Polish.
func TestNoticeRules(t *testing.T) {
	notices := []string{
		"Fill in your details below or click an icon to log in:",
		"Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
		"Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
		"Save my name, email, and website in this browser for the next time I comment.",
		"Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
		"Join our readers who get new essays and links delivered to their inbox every week.",
		"Wir übernehmen keine Haftung für die Inhalte externer Links auf diesen Seiten.",
		"Wählen Sie Ihren Zugang, um den ganzen Artikel zu lesen.",
		"Materiał chroniony prawem autorskim, kopiowanie bez zgody zabronione.",
		"Weitere Beiträge aus der Kolumne:",
		"Diese Artikel könnten dich ebenfalls interessieren:",
		"Mehr Kolumnen auf Beispielseite:",
		"IMPRESSUM | DATENSCHUTZ",
		"Home · Kontakt · Impressum",
		"chevron_left Browse All Posts",
		"Start|Magazin|Tipps|Aufräumen",
		"Zurück zum Newsroom",
		"Es werden die Artikel 1 bis 10 von insgesamt 19 angezeigt!",
		"Showing 1–12 of 40 results",
		"Acme logo, Acme TV, and Acme Phone are registered trademarks of Acme Inc., registered in the U.S.",
	}
	for _, s := range notices {
		ls := splitLines(s)
		c := classifier{lines: ls}
		c.hardLabels()
		if ls[0].hard == "" {
			t.Errorf("%q: no hard label, want furniture", s)
		}
	}
	prose := []string{
		"Der Händler erhält für jeden verkauften Wagen eine feste Summe, sagte der Sprecher am Montag.",
		"Customers can cancel at any time and keep their data, the company said on Monday.",
		"Die neuen Zahlen könnten Sie interessieren, sagte der Minister am Montag vor Journalisten in Berlin.",
		"Kontakt | Berlin sucht neue Lehrer",
		"Weitere Informationen zum Programm:",
		"Home is where the heart is, the old woman said with a smile on Monday.",
		"Back to the roots: how the village found its old trade again",
		"Am Wochenende steigen die Temperaturen auf 25 bis 30 Grad.",
		"The court found that the names are trademarks of the company and ordered the shop to close.",
	}
	for _, s := range prose {
		ls := splitLines(s)
		c := classifier{lines: ls}
		c.hardLabels()
		if ls[0].hard != "" {
			t.Errorf("%q: hard label %q, want none", s, ls[0].hard)
		}
	}
	runLineCases(t, []lineCase{{
		name: "read-also links and like counters inside the text are furniture",
		lines: append(append(body()[:2:2],
			"Czytaj też: Czy grozi nam wojna atomowa?",
			"66 Likes",
		), body()[2:]...),
		want: map[string]string{
			"Czytaj też: Czy grozi nam wojna atomowa?": LabelFurniture,
			"66 Likes": LabelFurniture,
			body()[2]:  LabelBody,
		},
	}})
}

// TestCarouselRules checks that a carousel of story cards printed twice
// after the text is dropped, and that a part of the text printed twice
// with prose after it is kept.
func TestCarouselRules(t *testing.T) {
	cardA := []string{"Lichtmess: Ein altes Fest im Februar", "Vierzig Tage nach Weihnachten feiern viele Gemeinden ein Fest. Es hat eine lange Geschichte."}
	cardB := []string{"Valentinstag: Ein Feiertag der Liebenden", "Der Tag der Verliebten geht auf einen Heiligen zurück. Wir erklären, was dahinter steckt."}
	cardC := []string{"Wegekreuze: Hintergrund und Bedeutung", "Wegekreuze stehen oft an Feldwegen und im Wald. Wir erklären, welche Bedeutung sie haben."}
	var lines []string
	lines = append(lines, body()...)
	for _, cd := range [][]string{cardA, cardB, cardA, cardB, cardC} {
		lines = append(lines, cd...)
		lines = append(lines, "-")
	}
	tests := []lineCase{
		{
			name:  "cards printed twice after the text are teasers",
			lines: lines,
			want: map[string]string{
				cardA[1]:  LabelTeaser,
				cardB[1]:  LabelTeaser,
				cardC[1]:  LabelTeaser,
				body()[2]: LabelBody,
			},
		},
		{
			name:  "a part of the text printed twice before more text stays",
			lines: append(append(append(append(append([]string{}, body()[:1]...), cardA...), cardB...), append(cardA, cardB...)...), body()[1:]...),
			want: map[string]string{
				cardA[1]: LabelBody,
			},
		},
	}
	runLineCases(t, tests)
}

// TestReadMoreCards checks that story cards whose summaries run to
// several sentences are teasers when a "Read More" link closes each, and
// that a source's credit after a slash marks a caption.
func TestReadMoreCards(t *testing.T) {
	var lines []string
	lines = append(lines, body()...)
	lines = append(lines, "Keep Reading")
	for _, h := range []string{"How We Found the Slow Query", "Why Memory Grows Over Time", "Notes From a Long Debugging Week"} {
		lines = append(lines, h,
			"Our nightly job copies files between two stores. Nobody watches it closely. Last week it stopped for hours without a warning.",
			"Read More", "-")
	}
	runLineCases(t, []lineCase{{
		name:  "cards closed by read more are teasers",
		lines: lines,
		want: map[string]string{
			"Why Memory Grows Over Time": LabelTeaser,
			body()[2]:                    LabelBody,
		},
	}})
	for _, s := range []string{
		"Ludzie na rynku w centrum miasta / Źródło: Archiwum",
		"Die alte Brücke im Winter vor hundert Jahren /public domain",
	} {
		ls := splitLines(s)
		if !creditLine(ls[0]) {
			t.Errorf("creditLine(%q) = false, want true", s)
		}
	}
	if s := "Die Daten stammen aus der Quelle / dem Archiv der Stadt, sagte sie."; creditLine(splitLines(s)[0]) {
		t.Errorf("creditLine(%q) = true, want false", s)
	}
}

// TestTrailingHeadings checks that a heading closing the kept text with
// no text under it is dropped, and that a subheading with text under it
// stays.
func TestTrailingHeadings(t *testing.T) {
	tests := []struct {
		name   string
		labels []string
		want   []string
	}{
		{"headings after the last paragraph go",
			[]string{LabelBody, LabelHeading, LabelBody, LabelHeading, LabelTeaser, LabelHeading, LabelFurniture},
			[]string{LabelBody, LabelHeading, LabelBody, LabelFurniture, LabelTeaser, LabelFurniture, LabelFurniture}},
		{"a subheading with text under it stays",
			[]string{LabelHeading, LabelBody, LabelFurniture},
			[]string{LabelHeading, LabelBody, LabelFurniture}},
	}
	for _, tt := range tests {
		c := classifier{}
		for i, lb := range tt.labels {
			c.lines = append(c.lines, &line{n: i + 1, text: "x", label: lb})
		}
		c.trailingHeadings()
		for i, l := range c.lines {
			if l.label != tt.want[i] {
				t.Errorf("%s: line %d label %q, want %q", tt.name, i, l.label, tt.want[i])
			}
		}
	}
}

// TestAuthorBoxRules checks that a blog's author box under the post's
// filing line does not outweigh a short post.
func TestAuthorBoxRules(t *testing.T) {
	post := "Heute Abend koche ich eine Suppe, und morgen fahre ich endlich wieder zu meiner Schwester an die See."
	bio := "Ich schreibe hier über meinen Alltag, über gute Bücher, lange Spaziergänge am Fluss, das Kochen für Freunde und alles andere, was mir im Leben Freude macht und was ich gern teilen möchte."
	runLineCases(t, []lineCase{{
		name: "an author box after the filing line is furniture",
		lines: []string{
			"Herbstnebel.",
			post,
			"Gefällt mir:",
			"Abgelegt unter Alltag, Kochen | Hinterlasse einen Kommentar",
			"Über Mira",
			bio,
			"Zeige alle Beiträge von Mira »",
		},
		want: map[string]string{
			post:        LabelBody,
			"Über Mira": LabelFurniture,
			bio:         LabelFurniture,
		},
	}, {
		name: "a subheading about a name inside the text stays",
		lines: append(append([]string{}, body()[:2]...),
			"Über Berlin",
			body()[2],
		),
		want: map[string]string{
			"Über Berlin": LabelHeading,
			body()[2]:     LabelBody,
		},
	}})
}

// TestGuillemetSentence checks that a sentence closed inside German
// guillemets (»…«) ends like a sentence.
func TestGuillemetSentence(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Malt ein Bild zum Motto: »Rettet die Bäume!«", true},
		{"Er sagte: »Wir kommen morgen wieder.«", true},
		{"»Rettet die Bäume«", false},
	} {
		if got := endsSentence(tt.s); got != tt.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestClosingLinks checks that a headed list of short links closing the
// body is dropped, and that a headed list of facts there stays.
func TestClosingLinks(t *testing.T) {
	runLineCases(t, []lineCase{{
		name: "a headed list of short links after the last paragraph is read-also",
		lines: append(append([]string{}, body()...),
			"Zum Thema",
			"- Was ist Radon?",
			"- Radon im Boden",
			"- Radon in Gebäuden messen",
		),
		want: map[string]string{
			"- Radon im Boden": LabelReadAlso,
			"Zum Thema":        LabelFurniture,
			body()[2]:          LabelBody,
		},
	}, {
		name: "a headed list of amounts after the last paragraph is text",
		lines: append(append([]string{}, body()...),
			"Was Sie brauchen",
			"- 2 Eier",
			"- 200 g Mehl",
			"- 1 Prise Salz",
		),
		want: map[string]string{
			"- 200 g Mehl":     LabelBody,
			"Was Sie brauchen": LabelHeading,
		},
	}})
}

// TestIntroAboveTable checks that an introduction of two paragraphs
// under the headline, set apart from a long text by a comparison table,
// is kept.
func TestIntroAboveTable(t *testing.T) {
	intro := []string{
		"Viele Katzen sind tagsüber allein, und elektrisches Spielzeug kann ihnen die Zeit vertreiben, wenn niemand zu Hause ist und mit ihnen spielt.",
		"In diesem Ratgeber zeigen wir mehrere Modelle und erklären, worauf es beim Kauf ankommt und welches Spielzeug zu welcher Katze passt.",
	}
	para := func(topic string) string {
		return "Beim Thema " + topic + " kommt es vor allem darauf an, wie die Katze spielt: Manche jagen gern schnellen Dingen hinterher, andere lauern lieber lange und schlagen dann plötzlich zu. " +
			"Ein gutes Spielzeug lässt sich auf beides einstellen, ist leise genug für die Wohnung und hält auch kräftige Bisse und Krallen aus, ohne dass kleine Teile abbrechen und verschluckt werden können."
	}
	lines := []string{"Elektrisches Katzenspielzeug im Vergleich"}
	lines = append(lines, intro...)
	for i := 0; i < 18; i++ {
		lines = append(lines, "Modell", "Preis")
	}
	for _, topic := range []string{"Material", "Größe", "Strom", "Lautstärke", "Pflege", "Sicherheit"} {
		lines = append(lines, topic, para(topic))
	}
	runLineCases(t, []lineCase{{
		name:  "an intro set apart by a table is text",
		lines: lines,
		want: map[string]string{
			intro[0]:           LabelBody,
			intro[1]:           LabelBody,
			para("Sicherheit"): LabelBody,
			"Modell":           LabelFurniture,
		},
	}})
}

// TestSentenceItems checks that a short post written as a numbered list
// of sentences is kept on a page with no other text, and that a list of
// links is not.
func TestSentenceItems(t *testing.T) {
	items := []string{
		"1. Heute Abend bleibe ich länger wach als sonst.",
		"2. Suppe esse ich am liebsten mit frischem Brot.",
		"3. Gute Tage kommen auch nach langen grauen Wochen.",
	}
	runLineCases(t, []lineCase{{
		name:  "a numbered list of sentences is the body",
		lines: append(append([]string{"- Startseite", "- Impressum", "Herbstnebel"}, items...), "Gefällt mir:", "Teilen"),
		want: map[string]string{
			items[0]: LabelBody,
			items[2]: LabelBody,
		},
	}, {
		name:  "a list of links is no body",
		lines: []string{"- Startseite", "- Neue Rezepte für den Winter", "- Unsere Lieblingsorte in der Stadt", "- Kontakt und Anfahrt zum Laden"},
		want: map[string]string{
			"- Neue Rezepte für den Winter": LabelFurniture,
		},
	}})
}

// TestCreditCaptions checks that a one-sentence caption under a picture
// credit naming the picture service, before a subheading, is dropped,
// and that a paragraph after a credit stays.
func TestCreditCaptions(t *testing.T) {
	long := "Am Abend kehrten die Segler in den Hafen zurück, wo die Stadt ein kleines Fest für alle Teilnehmer der Regatta vorbereitet hatte, mit Musik und Essen."
	runLineCases(t, []lineCase{{
		name: "a caption under a credit, before a subheading, is furniture",
		lines: append(append([]string{}, body()...),
			"Jo Lindqvist/bildbank.example.se",
			"Quellwasser sollte man vor dem Trinken abkochen.",
			"Praxistipps für die Reise",
			body()[0],
			body()[1],
		),
		want: map[string]string{
			"Jo Lindqvist/bildbank.example.se":                 LabelFurniture,
			"Quellwasser sollte man vor dem Trinken abkochen.": LabelFurniture,
			"Praxistipps für die Reise":                        LabelHeading,
		},
	}, {
		name: "a paragraph under a credit stays",
		lines: append(append([]string{}, body()...),
			"Jo Lindqvist/bildbank.example.se",
			long,
			"Praxistipps für die Reise",
			body()[0],
		),
		want: map[string]string{
			long: LabelBody,
		},
	}})
}

// TestPastFooter checks that a run of prose under the site's copyright
// line, found apart from the text, is not taken.
func TestPastFooter(t *testing.T) {
	about := "The information service was founded many years ago to tell citizens about the work of the government, and today it publishes news, features and programmes every day."
	runLineCases(t, []lineCase{{
		name: "prose under the footer is not text",
		lines: append(append([]string{}, body()...),
			"Contact", "Tel:", "Change Language",
			"Copyright 2020 The Information Service. All Rights Reserved.",
			"Designed by", "Home", "Menu", "Search", "Share", "Print", "Email",
			"INTRODUCTION",
			about,
			about+" It is funded by the state.",
		),
		want: map[string]string{
			about:     LabelFurniture,
			body()[2]: LabelBody,
		},
	}})
}

// TestFieldAfterField checks that the last "Name: value" item of a list
// of facts closing the body stays with the items above it.
func TestFieldAfterField(t *testing.T) {
	runLineCases(t, []lineCase{{
		name: "the last fact of a list stays",
		lines: []string{
			body()[0],
			"Ohrringe: Kleine Blätter Silber",
			"Armband: Feine Kette Gold",
			"3",
			"Weitere Beiträge",
			body()[1],
			body()[2],
		},
		want: map[string]string{
			"Ohrringe: Kleine Blätter Silber": LabelHeading,
			"Armband: Feine Kette Gold":       LabelHeading,
		},
	}})
}

// longText returns six long paragraphs of a made-up report.
func longText() []string {
	var out []string
	for _, topic := range []string{"the harbour", "the school", "the bridge", "the market", "the library", "the park"} {
		out = append(out, "The council spent most of the evening on "+topic+", where works planned for the spring would close the area for several months, and residents asked how they would reach their homes and shops in the meantime. "+
			"Officials said a shuttle would run every twenty minutes and that the works would be checked each week, while several members asked for a written plan before the vote next month.")
	}
	return out
}
