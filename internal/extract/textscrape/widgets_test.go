package textscrape

import (
	"regexp"
	"strings"
	"testing"
)

// TestWidgetVocabulary checks the widget lines added to the vocabulary
// tables (furnitureLines, furniturePrefixes, adMark, inlineLink), and
// that a table of contents is not taken for furniture: its heading may
// be a part of the text.
func TestWidgetVocabulary(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Story continues below advertisement", true},
		{"Article continues below", true},
		{"Passer la publicité", true},
		{"Link wurde kopiert", true},
		{"Enlace copiado", true},
		{"Ihre Meinung zählt.", true},
		{"Ver más artículos", true},
		{"Voir plus d'articles", true},
		{"Video link", true},
		{"Kostenlos herunterladen", true},
		{"Nein Danke. Weiter in dieser Ansicht.", true},
		{"No thanks.", true},
		{"Les også Tårene rant for et lite lag", true},
		{"Läs också Så blev sommaren i fjällen", true},
		{"Donate", true},
		{"Artikel anhören", true},
		{"What to read next", true},
		{"Open this photo in gallery:", true},
		{"Diskuze", true},
		{"Sommaire", false},
		{"Inhaltsverzeichnis", false},
		{"Table of Contents", false},
		{"Danke für die Hilfe", false},
	}
	for _, tt := range tests {
		if got := isVocab(Normalize(tt.s), weight(tt.s)); got != tt.want {
			t.Errorf("isVocab(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// An advertisement's slot and a link inside the text do not end it.
	for _, s := range []string{"Story continues below advertisement", "Passer la publicité", "La suite après cette publicité"} {
		if !adMark.MatchString(s) {
			t.Errorf("adMark does not match %q", s)
		}
	}
	for _, s := range []string{"Les også En far for de store anledninger", "Læs også: Vinteren kom tidligt"} {
		if !inlineLink.MatchString(s) {
			t.Errorf("inlineLink does not match %q", s)
		}
	}
}

// TestWidgetLine checks the widget lines that widgetRe and boilerRe
// match, and prose on the same subjects that they must leave alone.
func TestWidgetLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Want to discuss? Please read our Commenting Policy first.", true},
		{"Bitte beachten Sie unsere Netiquette.", true},
		{"Forum: 5 Postings", true},
		{"Kommentare: 12", true},
		{"Die Kommentare im Forum geben nicht notwendigerweise die Meinung der Redaktion wieder.", true},
		{"Comments posted here do not reflect the views of the editors.", true},
		{"Tagesblatt ist auch auf WhatsApp", true},
		{"Síguenos en Telegram", true},
		{"Add Daily Example as a Preferred Source on Google to see more of our stories in your search results.", true},
		{"Mehr Lesekomfort mit der Tagesblatt App!", true},
		{"Download our app", true},
		{"Fehler auf example.de entdeckt?", true},
		{"Spotted an error? Let us know.", true},
		{"Vous avez repéré une erreur ?", true},
		{"Are fires breaking out in your area? Get in touch at news@example.com", true},
		{"Wir freuen uns über eine Mail an fehler@example.de!", true},
		{"Follow along with the latest updates below.", true},
		{"April 10, 2023 Jane Doe 142 Views", true},
		{"12.03.2024 · 1.204 Aufrufe", true},
		{"Vi arbeider etter Vær Varsom-plakatens regler for god presseskikk.", true},
		{"Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!", true}, // newspaper4k latvian_article
		{"Нашли опечатку? Выделите текст и нажмите Ctrl + Enter", true},
		{"Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.", true}, // fundus cz_SeznamZpravy
		{"Přejít před obsah vložený z jiného webu.", true},
		{"Empfohlener externer Inhalt", true},
		{"The ministry said the site hosted no external content from the campaign before the vote.", false},
		{"The site hosted external content, the ministry said.", false},
		{"The company said its app would be available on Android next year.", false},
		{"Comments made by the minister on Tuesday drew sharp criticism from the opposition.", false},
		{"He posted the video on TikTok, where it was viewed two million times.", false},
		{"The error was discovered by an engineer in March.", false},
		{"Forum members voted 12 to 3 to approve the plan.", false},
		{"The clip was shared widely and reached 142 views.", false},
		{"She said the community guidelines had been ignored for years.", false},
		{"The council asked residents to email the clerk at clerk@example.gov before Friday.", false},
	}
	for _, tt := range tests {
		if got := widgetLine(newLine(1, tt.s)); got != tt.want {
			t.Errorf("widgetLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, s := range []string{"Get daily National news", "Get weekly health news delivered to your inbox"} {
		if !boilerLine(newLine(1, s)) {
			t.Errorf("boilerLine(%q) = false, want true", s)
		}
	}
}

// TestLiveStampAndDoubled checks the head of a live-blog entry glued to
// its time and the widgets that print their text twice, and lines that
// only look like them.
func TestLiveStampAndDoubled(t *testing.T) {
	stamps := []struct {
		s    string
		want bool
	}{
		{"21:00Jane Doe-Smith", true},
		{"19:11KEY EVENT", true},
		{"08:44Gavin O'Brien", true},
		{"21:00 The council met.", false},
		{"10:30", false},
		{"7:45pm", false},
	}
	for _, tt := range stamps {
		if got := liveStamp(newLine(1, tt.s)); got != tt.want {
			t.Errorf("liveStamp(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	doubled := []struct {
		s    string
		want bool
	}{
		{"vor 3 Stundenvor 3 Stunden", true},
		{"Montag, 4. März 2024Montag, 4. März 2024", true},
		{"Übung, Übung, Übung", false},
		{"| Radstand | 455 mm | 455 mm", false},
		{"Reporter Reporter", false},
		{"Es war ein langer Tag.", false},
		{strings.Repeat("x", 4000) + strings.Repeat("x", 4000), false}, // too long to try
	}
	for _, tt := range doubled {
		if got := doubledTail(newLine(1, tt.s)); got != tt.want {
			t.Errorf("doubledTail(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestLateDrops checks, on made-up pages, that the head of a live-blog
// entry and a byline split over two lines are dropped while the text
// around them is kept.
func TestLateDrops(t *testing.T) {
	entry := []string{
		"Police have closed the main road into the city centre after a crowd gathered outside the town hall this evening.",
		"Officers said the road would stay closed until the crowd had left, and asked drivers to avoid the area for the rest of the night.",
	}
	entry2 := []string{
		"Buses are being diverted around the centre, the operator said, and the last services of the night will leave from the station.",
		"The council said its staff would clear the square in the morning and that the weekly market would go ahead as planned.",
	}
	tests := []lineCase{
		{
			name:  "the time and author over a live-blog entry are dropped",
			lines: append(append(append([]string{"City centre protest: live updates", "21:00Jane Doe-Smith"}, entry...), "20:41KEY EVENT"), entry2...),
			want: map[string]string{
				"21:00Jane Doe-Smith": LabelFurniture,
				"20:41KEY EVENT":      LabelFurniture,
				entry[0]:              LabelBody,
				entry2[1]:             LabelBody,
			},
		},
		{
			name:  "a byline split over two lines is dropped",
			lines: append([]string{"Die Tagung im Februar", "Von", "Erika Mustermann"}, body()...),
			want: map[string]string{
				"Von":              LabelFurniture,
				"Erika Mustermann": LabelFurniture,
				body()[0]:          LabelBody,
			},
		},
	}
	runLineCases(t, tests)
	names := []struct {
		s    string
		want bool
	}{
		{"Jane Doe", true},
		{"Jan van der Berg", true},
		{"Ana Lima | Tom Kurz", true},
		{"Jane Doe, John Roe", true},
		{"Jane", false},
		{"Die Tagung beginnt", false},
		{"Jane Doe said on Monday.", false},
	}
	for _, tt := range names {
		if got := nameRe.MatchString(tt.s); got != tt.want {
			t.Errorf("nameRe.MatchString(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTeaserRuns checks that a run of dated story cards after the text
// is dropped, and one under a box heading, and that an article's sections, each a subheading over
// one paragraph, are kept when no date parts them.
func TestTeaserRuns(t *testing.T) {
	cards := [][]string{
		{"Heute, 12:34 Uhr", "-", "Neue Brücke über den Fluss wird im Sommer eröffnet", "Die Bauarbeiten an der neuen Brücke sind fast abgeschlossen. Im Juli sollen die ersten Autos über den Fluss fahren können."},
		{"Vor 3 Stunden", "-", "Stadtbibliothek verlängert ihre Öffnungszeiten", "Ab Montag hat die Bibliothek auch am Abend geöffnet. Die Stadt reagiert damit auf viele Wünsche der Leserinnen und Leser."},
		{"29.04.2024Altstadt", "Marktplatz bekommt neue Bäume und mehr Bänke", "Zwanzig junge Linden sollen im Herbst gepflanzt werden. Dazu kommen neue Bänke und ein Brunnen für heiße Tage."},
		{"Gestern, 18:02 Uhr", "-", "Freibad öffnet zwei Wochen früher als geplant", "Wegen des warmen Wetters beginnt die Badesaison schon Mitte Mai. Die Preise für die Eintrittskarten bleiben gleich."},
	}
	lines := append([]string{}, body()...)
	lines = append(lines, "Das könnte Sie auch interessieren")
	for _, cd := range cards {
		lines = append(lines, cd...)
	}
	lines = append(lines, "Schlagwörter", "- Stadt")
	sections := []string{
		body()[0],
		"Die Anreise",
		"Wer mit dem Zug anreist, steigt am Hauptbahnhof aus und nimmt von dort die Straßenbahn bis zur Haltestelle vor dem Institut.",
		"Foto: Jo Beispiel",
		"Die Unterkunft",
		"Für die Gäste der Tagung sind in zwei Hotels in der Nähe Zimmer reserviert, die bis Ende Januar unter dem Stichwort gebucht werden können.",
		"Foto: Jo Beispiel",
		"Das Programm",
		"Das Programm beginnt am Donnerstag um neun Uhr mit einem Vortrag und endet am Freitagnachmittag mit einer gemeinsamen Diskussion.",
	}
	boxed := append([]string{}, body()...)
	boxed = append(boxed, "Weitere Artikel", "-")
	for _, cd := range cards {
		boxed = append(boxed, cd[len(cd)-2:]...)
		boxed = append(boxed, "Lokales")
	}
	tests := []lineCase{
		{
			name:  "story cards under a box heading are teasers",
			lines: boxed,
			want: map[string]string{
				cards[0][2]: LabelTeaser,
				cards[1][3]: LabelTeaser,
				cards[3][3]: LabelTeaser,
				body()[2]:   LabelBody,
			},
		},
		{
			name:  "dated story cards after the text are teasers",
			lines: lines,
			want: map[string]string{
				cards[0][2]: LabelTeaser,
				cards[0][3]: LabelTeaser,
				cards[1][3]: LabelTeaser,
				cards[2][2]: LabelTeaser,
				body()[2]:   LabelBody,
			},
		},
		{
			name:  "sections parted by credits stay text",
			lines: append([]string{"Die Tagung im Februar"}, sections...),
			want: map[string]string{
				sections[2]: LabelBody,
				sections[5]: LabelBody,
				sections[8]: LabelBody,
			},
		},
	}
	runLineCases(t, tests)
}

// TestCaptionCreditAfterText checks the credit of a photographer and an
// agency printed after a caption without brackets, and a sentence that
// only names a photo.
func TestCaptionCreditAfterText(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Im Vorjahr zog das Fest Tausende Besucher an. Bild: Jo Beispiel/Archiv", true},
		{"Die Ministerin bei der Vorstellung des Gesetzes Foto: Jo Beispiel/imago", true},
		{"Crowds gather in the square on Sunday Photo: Jo Example/Agency", true},
		{"Das Foto zeigt die Ministerin bei der Vorstellung des Gesetzes im Mai.", false},
		{"Er zeigte uns ein altes Foto: Es war das Haus am Fluss.", false},
	}
	for _, tt := range tests {
		if got := creditLine(newLine(1, tt.s)); got != tt.want {
			t.Errorf("creditLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if !isVocab(Normalize("- Zum Artikel: Tarifrunde im Nahverkehr"), weight("- Zum Artikel: Tarifrunde im Nahverkehr")) {
		t.Error(`"- Zum Artikel: …" is not furniture`)
	}
	if !inlineLink.MatchString("Zum Artikel: Tarifrunde im Nahverkehr") {
		t.Error(`inlineLink does not match "Zum Artikel: …"`)
	}
}

// TestIsFurnitureLine checks the one-line vocabulary test the HTML
// extractor borrows: whole widget lines in several languages, with a
// count or a full stop, but not a line that only starts like one, a
// single letter or a line of prose.
func TestIsFurnitureLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Share this article", true},
		{"Comments (12)", true},
		{"小字号", true},
		{"기사 URL이 복사되었습니다.", true},
		{"詳しくはこちら", true},
		{"Link kopiert", true},
		{"कॉपी लिंक", true},
		{"التالي", true},
		{"مشاهدات عالية", true},
		{"Článek", true},
		{"関連企業・業界", true},
		{"เรื่องที่เกี่ยวข้อง", true},
		{"X", false},
		{"Read more: the council's full report on the budget", false},
		{"Mehr zum Tauern-Radweg", false},
		{"The council shared the report with the press.", false},
	}
	for _, tt := range tests {
		if got := IsFurnitureLine(tt.line); got != tt.want {
			t.Errorf("IsFurnitureLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestWordEdgesOutsideASCII checks furniture words that begin or end in a
// letter outside ASCII, where Go's \b (ASCII letters only) finds no word
// edge: "Publicité", "광고", "Zapisz się", "você", "écrivez-nous". Each
// pattern reads the line as the classifier gives it: adMark and
// secondPerson the text, the others its lower-case form.
func TestWordEdgesOutsideASCII(t *testing.T) {
	tests := []struct {
		name string
		re   *regexp.Regexp
		line string
		want bool
	}{
		{"ad label in French", adMark, "Publicité", true},
		{"ad label in Italian", adMark, "— Pubblicità —", true},
		{"ad label in Korean", adMark, "광고", true},
		{"ad label inside a word", adMark, "Publicités anciennes de la marque", false},
		{"second person in Portuguese", secondPerson, "Parabéns, você tem razão", true},
		{"no second person inside a word", secondPerson, "Rapidamente, vocêsx", false},
		{"call in Polish", callRe, "zapisz się", true},
		{"call in Polish, not a word's start", callRe, "zapisz sięgnąć", false},
		{"newsletter pitch in Portuguese", pitchAddress, "inscreva-se e você recebe as notícias", true},
		{"contact line in French", widgetRe, "écrivez-nous à redaction@example.fr", true},
	}
	for _, tt := range tests {
		line := tt.line
		if tt.re != adMark && tt.re != secondPerson {
			line = strings.ToLower(line)
		}
		if got := tt.re.MatchString(line); got != tt.want {
			t.Errorf("%s: %q matched %v, want %v", tt.name, line, got, tt.want)
		}
	}
}
