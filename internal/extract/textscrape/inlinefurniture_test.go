package textscrape

import (
	"strings"
	"testing"
)

// harbourPage is the frame of the made-up pages of this file: a
// headline, a byline and four paragraphs, with room for the lines under
// test after the second paragraph.
func harbourPage(middle ...string) []string {
	page := []string{
		"Council approves the harbour plan",
		"By Jane Doe",
		"The city council approved the harbour plan on Tuesday after a long debate about its cost and the noise it would bring to the quays.",
		"Work on the new quay is to start in the spring and last about two years, the mayor told reporters after the vote in the town hall.",
	}
	page = append(page, middle...)
	return append(page,
		"The plan includes a new ferry terminal, a cycle path along the water and a small park where the old warehouses now stand empty.",
		"Opponents said they would appeal the decision, arguing that the council had ignored the concerns of the residents who live nearby.",
	)
}

// checkLabels checks that Extract keeps the lines of keep and the
// paragraphs of the frame (see harbourPage), and drops the lines of drop
// on the page.
func checkLabels(t *testing.T, page []string, keep, drop []string) {
	t.Helper()
	checkKept(t, page, append(append([]string(nil), keep...), harbourPage()[2:]...), drop)
}

// checkKept checks that Extract keeps the lines of keep and drops the
// lines of drop on the page.
func checkKept(t *testing.T, page []string, keep, drop []string) {
	t.Helper()
	got := labelsOf(Extract(strings.Join(page, "\n"), Options{}))
	for _, s := range keep {
		if l, ok := got[s]; !ok || !kept(l) {
			t.Errorf("%q labelled %q, want it kept", s, l)
		}
	}
	for _, s := range drop {
		if l, ok := got[s]; !ok || kept(l) {
			t.Errorf("%q labelled %q, want it dropped", s, l)
		}
	}
}

// TestSplitCredits checks that a caption whose bracketed credit the
// scrape has put on lines of its own is dropped with the credit, and that
// prose broken before a bracket that goes on with text is kept.
func TestSplitCredits(t *testing.T) {
	tests := []struct {
		name       string
		middle     []string
		keep, drop []string
	}{
		{"credit on two lines",
			[]string{"Boats moored in the old harbour at dusk (", "Image:", "Jo Lee/Coast Live)"},
			nil, []string{"Boats moored in the old harbour at dusk (", "Image:", "Jo Lee/Coast Live)"}},
		{"credit on one line",
			[]string{"Protesters gather outside the town hall before the vote (", "PA)"},
			nil, []string{"Protesters gather outside the town hall before the vote (", "PA)"}},
		{"agency after a slash",
			[]string{"Los barcos amarrados en el puerto viejo al anochecer (", "Ana Ruiz / EFE)"},
			nil, []string{"Los barcos amarrados en el puerto viejo al anochecer (", "Ana Ruiz / EFE)"}},
		{"prose goes on after the bracket",
			[]string{"The harbour master, who has run the port for twenty years (", "and who opposed the plan at first), said the vote was fair and that he would help."},
			[]string{"and who opposed the plan at first), said the vote was fair and that he would help."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, harbourPage(tt.middle...), tt.keep, tt.drop)
		})
	}
}

// TestAuthorCredit checks the lines that credit an author or a
// photographer and nothing else, a social handle alone and a post's
// meta line, and subheadings and prose of the same shapes.
func TestAuthorCredit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Jane Doe @janedoe", true},
		{"Jo Lee – Journalist", true},
		{"Ola Nordmann – Journalist i Oslo Journalist i Oslo", true},
		{"Ana Ruiz, periodista", true},
		{"Jan Kowalski - dziennikarz", true},
		{"Marie Dupont, journaliste", true},
		{"Anna Schmidt, Redakteurin", true},
		{"Julia Weber | Clara Roth", true},
		{"JANE DOE, NEWSWIRE", true},
		{"LUGANO, SWITZERLAND", true},
		{"Jo Lee, 26.04.2024 10:00 Uhr", true},
		{"Jan Nowak - 6.06.2019 um 16:05 Uhr", true},
		{"Jane Doe | March 3, 2024", true},
		{"Harbour plan approved after long debate", false},
		{"What the new quay means for residents", false},
		{"Ein Hafen für alle", false},
		{"WHAT THE VOTE MEANS", false},
		{"Mayor Jones, 54, welcomed the vote", false},
	}
	for _, tt := range tests {
		if got := authorCredit.MatchString(tt.s); got != tt.want {
			t.Errorf("authorCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	metas := []struct {
		s    string
		want bool
	}{
		{"05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: porto obras", true},
		{"Posted by: Jane Doe | Category: Harbour | Tags: ferry, quay", true},
		{"Kategorie: Hafen · Schlagwörter: Fähre, Kai", true},
		{"Category: Harbour", false},
		{"The author: a harbour master who has seen it all.", false},
	}
	for _, tt := range metas {
		if got := metaLine(newLine(1, tt.s)); got != tt.want {
			t.Errorf("metaLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, s := range []string{"@janedoe", "@harbour.news"} {
		if !bareHandle.MatchString(s) {
			t.Errorf("bareHandle does not match %q", s)
		}
	}
	for _, s := range []string{"@janedoe said the vote was fair.", "Jane Doe @janedoe"} {
		if bareHandle.MatchString(s) {
			t.Errorf("bareHandle matches %q", s)
		}
	}
	page := harbourPage("Jane Doe @janedoe", "Jo Lee – Journalist", "@janedoe", "Posted by: Jane Doe | Category: Harbour | Tags: ferry, quay")
	checkLabels(t, page, nil, []string{"Jane Doe @janedoe", "Jo Lee – Journalist", "@janedoe", "Posted by: Jane Doe | Category: Harbour | Tags: ferry, quay"})
}

// TestAgencyCredit checks the short credits that name an agency added
// to agency, and short lines that only look like one.
func TestAgencyCredit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Jo Ruiz - Europa Press / Europa Press", true},
		{"Foto: IMAGO", true},
		{"Jan Nowak / PAP", true},
		{"Polizei / SWNS", true},
		{"Ana Lima/Agência Brasil", true},
		{"The Forum, Los Angeles", false},
		{"Keystone pipeline hearing", false},
		{"Papageien im Zoo", false},
	}
	for _, tt := range tests {
		if got := creditLine(newLine(1, tt.s)); got != tt.want {
			t.Errorf("creditLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPitchLine checks the newsletter boxes that speak to the reader,
// the short calls to act and the rows of share buttons run together, and
// prose about newsletters, sign-ups and networks.
func TestPitchLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Der Tagesblatt-Newsletter informiert Sie jeden Abend über das Wichtigste vom Tag.", true},
		{"Our morning newsletter brings you the five stories you need to know.", true},
		{"Recibe cada mañana nuestro boletín con las noticias del día.", true},
		{"Recevez notre newsletter chaque matin : inscrivez-vous gratuitement.", true},
		{"Share this item on Facebook Share this item via WhatsApp Share this item on X", true},
		{"Teilen auf Facebook Teilen per E-Mail", true},
		{"Jetzt für die Hafen-News anmelden", true},
		{"Sign up now for our morning briefing", true},
		{"Inscríbete gratis a nuestras alertas", true},
		{"Szukasz mieszkania nad morzem? Zobacz oferty na example.pl", true},
		{"Jetzt will der Rat den Plan prüfen und die Kosten senken.", false},
		{"Residents can register now at the town hall, the mayor said.", false},
		{"The company sent its newsletter to 40,000 customers last year.", false},
		{"Der Verein verschickt seinen Newsletter seit 2010 monatlich.", false},
		{"Users share photos on Facebook and WhatsApp more than on any other network.", false},
	}
	for _, tt := range tests {
		if got := pitchLine(newLine(1, tt.s)); got != tt.want {
			t.Errorf("pitchLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMediaLines checks the captions that close with a credit, the
// cards of a video and the lines that open with a medium, and prose and
// times of day of the same shapes.
func TestMediaLines(t *testing.T) {
	credits := []struct {
		s    string
		want bool
	}{
		{"The lander on its test stand in the desert. Credit: NASA", true},
		{"Die Preisträger vor dem Rathaus. Foto: Jo Lee", true},
		{"Vista del puerto al amanecer. Foto: Ana Ruiz", true},
		{"Demonstrators gather outside the embassy on Monday. Photo: Jo Lee for The Daily Example via Getty Images", true},
		{"Palestinians pledged new measures to oppose it. Jo LEE / AFP", true},
		{"Fleas live on rodents, like rats and rabbits. ( JO LEE/SCIENCE PHOTO LIBRARY)", true},
		{"A robot hand turns the cube in under a minute.Photograph: Getty Images", true},
		{"Stapel mit Ziegeln auf der Baustelle. - © jo_lee - stock.adobe.com", true},
		{"Die Zahl der Unfälle stieg um zwölf Prozent. Quelle: Statistisches Amt", false},
		{"The photo: a harbour at dusk, taken by a reader.", false},
		{"She said the image was fake.", false},
	}
	for _, tt := range credits {
		if got := creditAfter.MatchString(tt.s); got != tt.want {
			t.Errorf("creditAfter(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	screens := []struct {
		s    string
		want bool
	}{
		{"Screenshots Instagram/TikTok", true},
		{"Captura de pantalla YouTube", true},
		{"Zrzut ekranu Facebook", true},
		{"Screenshots of the chat were shared by hundreds of residents.", false},
		{"Screen time for children", false},
	}
	for _, tt := range screens {
		l := newLine(1, tt.s)
		if got := l.weight <= maxScreenCredit && !l.sentence && screenCredit.MatchString(l.lower); got != tt.want {
			t.Errorf("screenCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	cards := []struct {
		s    string
		want bool
	}{
		{"2:34 Storms lash the coast as thousands lose power", true},
		{"12:05 Mayor quits after the harbour vote", true},
		{"10:41 Uhr", false},
		{"5:53 PM Mayor speaks", false},
	}
	for _, tt := range cards {
		if got := videoCard.MatchString(tt.s) && !notClock.MatchString(tt.s); got != tt.want {
			t.Errorf("videoCard(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	kickers := []struct {
		s    string
		want bool
	}{
		{"VIDÉO - Le maire répond aux habitants du port", true},
		{"Podcast: Das Wochenende im Überblick", true},
		{"Video: In this talk the architect explains how the quay was built.", true},
		{"WIDEO: Powódź w regionie", true},
		{"Watch: Drone footage shows the new bypass", true},
		{"Videos of the vote were shared widely on Monday.", false},
		{"Audio recordings: what the council heard", false},
	}
	for _, tt := range kickers {
		if got := mediaKicker.MatchString(tt.s); got != tt.want {
			t.Errorf("mediaKicker(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	checkLabels(t, harbourPage("The new quay as the architects see it. Credit: Harbour Board", "2:34 Storms lash the coast as thousands lose power", "VIDÉO - Le maire répond aux habitants du port"),
		nil, []string{"The new quay as the architects see it. Credit: Harbour Board", "2:34 Storms lash the coast as thousands lose power", "VIDÉO - Le maire répond aux habitants du port"})
}

// TestBoxLabels checks the headings of a box beside the text, which are
// dropped when kept as headings, and a subheading of the text.
func TestBoxLabels(t *testing.T) {
	for _, s := range []string{"News", "Highlights", "Фото", "Weitere Informationen", "Más información", "Contexto de la noticia", "Originalpublikation", "Więcej informacji"} {
		if !boxLabels[Normalize(s)] {
			t.Errorf("boxLabels lacks %q", s)
		}
	}
	for _, s := range []string{"Sommaire", "Inhaltsverzeichnis", "Die Kosten", "News from the harbour"} {
		if boxLabels[Normalize(s)] {
			t.Errorf("boxLabels holds %q", s)
		}
	}
	checkLabels(t, harbourPage("Weitere Informationen"), nil, []string{"Weitere Informationen"})
}

// TestLinkLines checks the headlines of other stories marked by a
// bracketed tag, the boxes of ranked headlines run into one line and the
// summaries that end on a link to read on, and prose of those shapes.
func TestLinkLines(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Holidaymakers fall ill after a meal [INSIGHT]", true},
		{"Storm closes the coast road [VIDEO]", true},
		{"Nowe mapy zakażeń w regionie [AKTUALNA MAPA]", true},
		{"The court quoted the letter [sic]", false},
		{"He said it was \"a fair vote [for the city]\".", false},
	}
	for _, tt := range tests {
		if got := taggedHeadline.MatchString(tt.s); got != tt.want {
			t.Errorf("taggedHeadline(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	ranked := []struct {
		s    string
		want bool
	}{
		{"1 Storm closes the coast road 2 Mayor quits after the harbour vote 3 Ferry fares to rise in May", true},
		{"1. Harbour plan approved 2. Ferry fares to rise 3. New park opens", true},
		{"1 in 3 residents said they would use the ferry, and 2 in 5 the cycle path.", false},
	}
	for _, tt := range ranked {
		if got := rankedList.MatchString(tt.s); got != tt.want {
			t.Errorf("rankedList(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	readOns := []struct {
		s    string
		want bool
	}{
		{"Sommerzeit ist Urlaubszeit, das lässt sich die Sängerin nicht zweimal sagen. Seht selbst! Weiterlesen", true},
		{"Der Forscher beantwortet jede Woche Fragen und erläutert Hintergründe. mehr", true},
		{"Expect to see these shades all over the beach this summer. Read More", true},
		{"El alcalde dimitió la semana pasada tras la votación. Leer más »", true},
		{"La mairie a voté le projet mardi soir. Lire la suite", true},
		{"Rada miasta przyjęła plan we wtorek. Czytaj dalej", true},
		{"The council wants to hear more.", false},
		{"Sie wollte nicht mehr.", false},
		{"Residents were told to read more about the plan online.", false},
	}
	for _, tt := range readOns {
		if got := readOn.MatchString(strings.ToLower(tt.s)); got != tt.want {
			t.Errorf("readOn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	checkLabels(t, harbourPage("Storm closes the coast road [VIDEO]", "Ferry fares are to rise in May, the operator said on Monday. Read more"),
		nil, []string{"Storm closes the coast road [VIDEO]", "Ferry fares are to rise in May, the operator said on Monday. Read more"})
}

// TestReaderWidgets checks, one line at a time amid the text, the
// widgets and notices with which a page addresses its reader: share
// rows, calls to share or read more, a comment section's heading and
// votes, a form's fields, a gallery's counter, contributors' and market
// data disclaimers, stamps and handles. The lines to keep are prose
// that uses the same words.
func TestReaderWidgets(t *testing.T) {
	drop := []string{
		"Share on: Facebook Twitter Reddit Google+",
		"Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to EmailEmailShare to MoreMore",
		"Print This Article Share it With Friends",
		"Like this story? Share it with a friend!",
		"Want more stories like this?",
		"Every day we send an email with the top stories from Digg.",
		"GET FOX BUSINESS ON THE GO BY CLICKING HERE",
		"Do you rely on Snopes reporting? Click here to support it.",
		"Media playback is unsupported on your device",
		"Rating: 36 Votes",
		"1 of 6",
		"Name(required)",
		"Opinions expressed by Forbes Contributors are their own.",
		"Quotes delayed at least 15 minutes. Real-time quotes provided by BATS BZX Real-Time Price.",
		"Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as Bolivia purges socialist elements",
		"Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
		"Posted on Oktober 27, 2015 by Admin",
		"Catherine Shu @catherineshu / 2 days",
		"We've detected you are on Internet Explorer. For the best Barrons.com experience, please update to a modern browser.",
		"This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers visit http://www.djreprints.com.",
		"Write to Al Root at allen.root@dowjones.com",
		"BC-EU--Britain-Brexit-Election, 1st Ld-Writethru",
		"личный архив Андрея Рудькова",
	}
	keep := []string{
		"Residents were urged to share the video on Facebook, Twitter and Reddit to help find the driver.",
		"The bank said it will send an email with a refund code to every customer affected by the outage.",
		"Opinions expressed by residents at the meeting were mixed, and the mayor promised a second one.",
		"Posted on the quay by the port authority, the notice warned fishermen of the coming works.",
		"Shareholders voted 36 to 12 in favour of the plan, which the board had backed for a year.",
		"Microsoft urged users to upgrade to a newer browser after the flaw in Internet Explorer was found.",
	}
	for _, s := range drop {
		checkLabels(t, harbourPage(s), nil, []string{s})
	}
	// A comment section's heading or form ends the text, so these stand
	// under it.
	for _, s := range []string{"Top Rated Comments", "[ Read All Comments ]", "Lascia un commento Annulla risposta", "Devi essere connesso per inviare un commento."} {
		checkLabels(t, append(harbourPage(), s), nil, []string{s})
	}
	for _, s := range keep {
		checkLabels(t, harbourPage(s), []string{s}, nil)
	}
	// A box of cards under the text whose heading is in Russian: "Most
	// popular diets", then headline and teaser three times.
	box := []string{"Самые популярные диеты",
		"Белковая диета", "Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней.",
		"Гречневая диета", "Самая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню.",
		"Японская диета", "Продолжительная эффективная диета на 13 дней. Результат похудения до минус 8 кг."}
	checkLabels(t, append(harbourPage(), box...), nil, box)
}
