package textscrape

import (
	"strings"
	"testing"
)

func TestCreditTail(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"A sign for the spaceport along a desert road south of the town. Tara Atkinson for Rest of World", true},
		{"A rocket stands on the launchpad. Etlaq", true},
		{"The team and their Horus 4 rocket. Advanced Rocket Technologies", true},
		{"Lady Starmer on the front row at the show. Jo Lee/Getty Images Europe", true},
		{"A woman takes a picture of the dock of the refinery near the port. AP Photo", true},
		{"The islands formerly owned by the financier have been listed for sale. (Bespoke Real Estate)", true},
		{"A flag flies over a refinery complex in Carson, California. (AP Photo/Damian Dovarganes) AP Photo", true},
		// a headline in title case, not a caption and its credit
		{"Insulin Should Be Cheap. Here's Why It's Not", false},
		// a name after an abbreviation's stop is inside the sentence
		{"The president met the leader in a border village with Mr. Kim", false},
		{"Troops were deployed along the border by the U.S. Army", false},
		// a wire agency closing the paragraph it sent, and a list item
		{"The prince has denied the claims and said he could not recall ever meeting her. (AAP)", false},
		{"The prime minister pledged to form a new coalition quickly after the vote. (Reuters)", false},
		{"- Risks we see with this grant. (More)", false},
		// a place after a date in a list of tour dates
		{"Sept. 5 -- White River Amphitheatre. Seattle, WA", false},
		// a sentence, or a heading with no sentence in it
		{"The road to the spaceport from the town. Tara Atkinson for Rest of World.", false},
		{"Key Factor: North Korea's Response", false},
		{"The talks ended. Both sides said they would meet again next month", false},
	}
	for _, tc := range tests {
		if got := creditTail(newLine(1, tc.line)); got != tc.want {
			t.Errorf("creditTail(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestAppealLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Enjoyed this story? Support our award-winning journalism by becoming a member.", true},
		{"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied.", true},
		{"Sie lesen gerne unsere Nachrichten? Dann werden Sie Mitglied unseres Vereins.", true},
		{"Wir freuen uns über Ihr Feedback zu diesem Angebot.", true},
		{"Report an editorial error", true},
		{"Report a technical issue", true},
		{"Diese Audioversion wurde künstlich generiert. Mehr Informationen zu unserer Vorlesefunktion finden Sie hier.", true},
		{"- We want to hear from you: Are you a voter planning to switch parties? Tell us why.", true},
		{"2 Wochen kostenlos testen", true},
		{"Informieren Sie sich: Testen Sie für zwei Wochen die gedruckte Zeitung.", true},
		{"Get daily insight, inspiration and deals in your inbox", true},
		{"The streaming service ended its free trial in the United States last year.", false},
		{"Scam messages that land in your inbox often ask for a password.", false},
		// reports of others' support and feedback
		{"The foundation pledged to support local journalism with $5 million over five years.", false},
		{"Several allies voiced support for the plan, officials said.", false},
		{"The company said it had received feedback from thousands of customers.", false},
		{"She became a member of the committee in 2019.", false},
		{"The report found an error in the ministry's figures.", false},
	}
	for _, tc := range tests {
		if got := pitchLine(newLine(1, tc.line)); got != tc.want {
			t.Errorf("pitchLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestBylinesAndStamps(t *testing.T) {
	for _, tc := range []struct {
		line       string
		byline     bool
		stampToday bool
	}{
		{"Amy Gibbons Political Correspondent", true, false},
		{"Jo Lee Senior Reporter", true, false},
		{"Publiziert heute um 12:19 Uhr", false, true},
		{"Updated yesterday at 9:05 p.m.", false, true},
		{"The Foreign Correspondent", false, false},
		{"Published today, the report found rising costs.", false, false},
	} {
		if got := authorCredit.MatchString(tc.line); got != tc.byline {
			t.Errorf("authorCredit(%q) = %v, want %v", tc.line, got, tc.byline)
		}
		if got := relStampRe.MatchString(tc.line); got != tc.stampToday {
			t.Errorf("relStampRe(%q) = %v, want %v", tc.line, got, tc.stampToday)
		}
	}
	if !creditLine(newLine(1, "(Image credit: Google)")) {
		t.Errorf("creditLine(%q) = false, want true", "(Image credit: Google)")
	}
}

func TestArrowLink(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Explore charts >>", true},
		{"All videos →", true},
		{"Mehr aus dem Ressort ›", true},
		{"»Wir bleiben«", false},
		{"Key Factor: North Korea's Response", false},
	}
	for _, tc := range tests {
		if got := arrowLink(tc.line); got != tc.want {
			t.Errorf("arrowLink(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestEchoes runs Extract on a scrape whose captions come doubled, with
// and without their credits, and checks that the captions go and the
// text stays: its lede printed twice above the text, a code listing
// printed twice, and list items that recur.
func TestEchoes(t *testing.T) {
	page := strings.Join([]string{
		"Skip to content",
		"The world needs more spaceports",
		"The small country wants to build a space industry from scratch, and its first launch site is taking shape.",
		"The small country wants to build a space industry from scratch, and its first launch site is taking shape.",
		"The country's dream for a spaceport sits in a swath of desert overlooking the sea. If all goes to plan, three launch pads will be built there.",
		"But on a scorching afternoon this past April, the site was just an unpaved road and three large tents flapping in a heavy wind.",
		"The town has seen a burst of construction as part of a drive to attract new industries.",
		"The town has seen a burst of construction as part of a drive to attract new industries.",
		"Office buildings await future tenants in the special economic zone. Tara Atkinson for Rest of World",
		"Office buildings await future tenants in the special economic zone.",
		"The plan for the town was decreed in 2011 by the sultan, who wanted a new port and industries that would outlast the oil.",
		"The launch company lists what its customers get:",
		"- Easy access to polar orbits",
		"- Easy access to polar orbits",
		"- A range over open sea for debris",
		"The launch was cancelled because of heavy winds, and the next attempt is planned for the autumn, the company said.",
		"Enjoyed this story? Support our award-winning journalism by becoming a member.",
		"© 2025 Example Media",
	}, "\n")
	r := Extract(page, Options{})
	labels := map[string][]string{}
	for _, l := range r.Lines {
		labels[l.Text] = append(labels[l.Text], l.Label)
	}
	for _, s := range []string{
		"The town has seen a burst of construction as part of a drive to attract new industries.",
		"Office buildings await future tenants in the special economic zone. Tara Atkinson for Rest of World",
		"Office buildings await future tenants in the special economic zone.",
		"Enjoyed this story? Support our award-winning journalism by becoming a member.",
	} {
		for _, got := range labels[s] {
			if kept(got) {
				t.Errorf("%q labelled %s, want furniture", s, got)
			}
		}
	}
	for _, s := range []string{
		"The country's dream for a spaceport sits in a swath of desert overlooking the sea. If all goes to plan, three launch pads will be built there.",
		"The plan for the town was decreed in 2011 by the sultan, who wanted a new port and industries that would outlast the oil.",
		"- Easy access to polar orbits",
		"The launch was cancelled because of heavy winds, and the next attempt is planned for the autumn, the company said.",
	} {
		if got := labels[s]; len(got) == 0 || !kept(got[len(got)-1]) {
			t.Errorf("%q labelled %v, want kept", s, got)
		}
	}
	lede := labels["The small country wants to build a space industry from scratch, and its first launch site is taking shape."]
	if !kept(lede[0]) && !kept(lede[1]) {
		t.Errorf("the lede printed twice above the text lost both copies: %v", lede)
	}
}

// TestKickerPairs runs Extract on a scrape with a box of linked
// headlines under their kickers set inside the text, and checks that the
// box goes and the text, with its subheadings, stays.
func TestKickerPairs(t *testing.T) {
	page := strings.Join([]string{
		"Berliner Imam über Kinderlosigkeit",
		"Es ist Freitagabend, 17 Uhr. Die Cafeteria der Gemeinde füllt sich, Tee wird eingeschenkt und die Gespräche beginnen.",
		"„Ich habe Angst, Kindern nicht gerecht zu werden“, sagt ein Familienvater, der seit Jahren in der Gemeinde ist.",
		"Viel mehr als ein individuelles Problem",
		"Dann meldet sich der Familienvater noch einmal zu Wort und spricht über die Sorgen seiner Generation.",
		"Demografie",
		"Berliner Geburtenrate auf Rekordtief",
		"Ehegesetze",
		"Angriff auf das Patriarchat: Nachwuchs der Partei will die Ehe abschaffen",
		"In dieser Perspektive steht die Nachkommenschaft nicht im Widerspruch zur Freiheit, sagt der Imam am Ende des Abends.",
		"Zutaten",
		"Vanillin-Zucker",
		"Dr. Oetker Vanillin-Zucker aus dem Supermarkt",
		"Environment",
		"Main article: Environment of New Zealand",
		"Geography",
		"Main articles: Geography of New Zealand and Geology of New Zealand",
		"Die Worte hängen im still gewordenen Raum, und das Thema des nächsten Vortrags steht fest, sagt der Imam.",
	}, "\n")
	r := Extract(page, Options{})
	label := map[string]string{}
	for _, l := range r.Lines {
		label[l.Text] = l.Label
	}
	for _, s := range []string{"Demografie", "Berliner Geburtenrate auf Rekordtief", "Ehegesetze", "Angriff auf das Patriarchat: Nachwuchs der Partei will die Ehe abschaffen"} {
		if kept(label[s]) {
			t.Errorf("%q labelled %s, want it dropped", s, label[s])
		}
	}
	for _, s := range []string{"Viel mehr als ein individuelles Problem", "In dieser Perspektive steht die Nachkommenschaft nicht im Widerspruch zur Freiheit, sagt der Imam am Ende des Abends."} {
		if !kept(label[s]) {
			t.Errorf("%q labelled %s, want it kept", s, label[s])
		}
	}
	for _, s := range []string{"main article: environment of new zealand", "see also: atlas of new zealand"} {
		if !hatnote.MatchString(s) {
			t.Errorf("hatnote does not match %q", s)
		}
	}
}
