package nlp

import (
	"strings"
	"testing"
	"time"
)

func TestCanonicalNames(t *testing.T) {
	ents := []Entity{
		{Text: "Donald Trump", Type: "PER"}, {Text: "Kim Jong-un", Type: "PER"}, {Text: "Kim Jong Un", Type: "PER"},
		{Text: "Kim Jong Un", Type: "PER"}, {Text: "Trump", Type: "PER"}, {Text: "Kim", Type: "PER"},
		{Text: "DPRK", Type: "LOC"}, {Text: "North Korea", Type: "LOC"}, {Text: "Leavitt", Type: "PER"},
		{Text: "Caroline Leavitt", Type: "PER"},
	}
	canonicalize(ents)
	want := []string{"Donald Trump", "Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Donald Trump", "Kim Jong Un",
		"North Korea", "North Korea", "Caroline Leavitt", "Caroline Leavitt"}
	for i, e := range ents {
		if e.Canonical != want[i] {
			t.Errorf("%q: canonical %q, want %q", e.Text, e.Canonical, want[i])
		}
	}
}

func TestAnalyze(t *testing.T) {
	a := newAnalyzer(t)
	text := "White House spokesperson Caroline Leavitt stated during a briefing on the 11th (local time), \"The President remains receptive to an exchange of letters with Kim Jong Un.\" Leavitt went on to say that Trump would respond."
	got := a.Analyze(text, time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC))
	rs := []rune(text)
	var sawLeavitt, saw11 bool
	for _, e := range got.Entities {
		if string(rs[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q offsets %d-%d wrong", e.Text, e.Start, e.End)
		}
		if e.Canonical == "Caroline Leavitt" {
			sawLeavitt = true
		}
	}
	for _, tm := range got.Times {
		if tm.Value == "2025-06-11" {
			saw11 = true
		}
	}
	if !sawLeavitt || !saw11 {
		t.Errorf("entities %+v times %+v: want Caroline Leavitt and 2025-06-11", got.Entities, got.Times)
	}
	if len(got.Quotes) == 0 {
		t.Fatalf("no quotes in %q", text)
	}
	q := got.Quotes[0]
	if q.Speaker == nil || q.Speaker.Canonical != "Caroline Leavitt" {
		t.Errorf("first quote speaker = %+v, want Caroline Leavitt", q.Speaker)
	}
}

func TestRoleDescriptions(t *testing.T) {
	a := newAnalyzer(t)
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name, text string
		published  time.Time
		want       string // canonical of the role entity, "" for none
		role       string // its text
	}{
		{"adjective", "Kim Jong-un met Donald Trump in Hanoi. The North Korean leader said the talks were useful.",
			day("2019-02-28"), "Kim Jong Un", "North Korean leader"}, // the gazetteer's spelling, the same in every article
		{"possessive", "Talks resumed in Seoul. South Korea's president welcomed the decision.",
			day("2019-06-30"), "Moon Jae-in", "South Korea's president"},
		{"the holder changes with the date", "The South Korean president visited Washington on Monday.",
			day("2023-04-25"), "Yoon Suk Yeol", "South Korean president"},
		{"secretary of state", "The U.S. secretary of state flew to Pyongyang.",
			day("2018-05-09"), "Mike Pompeo", "U.S. secretary of state"},
		{"secretary-general", "The UN secretary-general called for calm.",
			day("2020-03-23"), "António Guterres", "UN secretary-general"},
		{"a former holder", "The former U.S. president spoke at the rally.", day("2019-06-30"), "", ""},
		{"a name follows", "North Korean leader Kim Jong Un arrived by train.", day("2019-02-26"), "", ""},
		{"an undated text", "The North Korean leader arrived by train.", time.Time{}, "", ""},
		{"no holder in the table", "The Peruvian president resigned.", day("2020-11-15"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Entity
			ann := a.Analyze(tt.text, tt.published)
			for i, e := range ann.Entities {
				if e.Type == "PER" && strings.Contains(e.Text, " ") && !strings.ContainsAny(e.Text[:1], "KD") {
					got = &ann.Entities[i]
				}
			}
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("role %q resolved to %q, want none", got.Text, got.Canonical)
			case tt.want != "" && got == nil:
				t.Errorf("no role entity, want %q for %q (entities %+v)", tt.want, tt.role, ann.Entities)
			case tt.want != "" && (got.Canonical != tt.want || got.Text != tt.role):
				t.Errorf("role %q → %q, want %q → %q", got.Text, got.Canonical, tt.role, tt.want)
			case got != nil && string([]rune(tt.text)[got.Start:got.End]) != got.Text:
				t.Errorf("role offsets [%d,%d) do not hold %q", got.Start, got.End, got.Text)
			}
		})
	}
}

// TestAnalyzeKorean checks that a Korean article's attributions are
// read, with the speaker tied to the gazetteer's name for them.
func TestAnalyzeKorean(t *testing.T) {
	a := newAnalyzer(t)
	text := `트럼프 대통령은 29일 기자들에게 "김정은 위원장과 다시 만나고 싶다"고 말했다. 북한 외무성은 미국의 제재가 적대 정책의 연장이라고 비난했다.`
	got := a.Analyze(text, time.Date(2025, 8, 31, 0, 0, 0, 0, time.UTC))
	if len(got.Quotes) != 2 {
		t.Fatalf("quotes %+v, want 2", got.Quotes)
	}
	if sp := got.Quotes[0].Speaker; sp == nil || sp.Canonical != "Donald Trump" || !got.Quotes[0].Direct {
		t.Errorf("first quote %+v, want a direct quote by Donald Trump", got.Quotes[0])
	}
	if c := got.Quotes[1].Content.Text; c != "미국의 제재가 적대 정책의 연장이라" {
		t.Errorf("second quote's content %q", c)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{{text, true}, {"Trump said 김정은 met him.", false}, {"", false}, {"2025 — 트럼프", true}} {
		if got := mostlyHangul(tc.text); got != tc.want {
			t.Errorf("mostlyHangul(%q) = %v", tc.text, got)
		}
	}
}

// TestAnalyzePortuguese checks that a Portuguese article's attributions
// are read by the Portuguese rules, whether its language is given or
// told from the text.
func TestAnalyzePortuguese(t *testing.T) {
	a := newAnalyzer(t)
	text := "A porta-voz da Casa Branca, Karoline Leavitt, afirmou que o presidente Trump está aberto a uma nova reunião com Kim Jong-un. “Estamos abertos ao diálogo”, disse Leavitt."
	for _, lang := range []string{"pt", ""} {
		got := a.AnalyzeIn(text, lang, time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC))
		if len(got.Quotes) != 2 {
			t.Fatalf("lang %q: quotes %+v, want 2", lang, got.Quotes)
		}
		if q := got.Quotes[1]; q.Speaker == nil || q.Speaker.Text != "Leavitt" || !q.Direct {
			t.Errorf("lang %q: second quote %+v, want a direct quote by Leavitt", lang, q)
		}
	}
	for _, tc := range []struct{ text, want string }{
		{text, "pt"},
		{"The president said that the talks were over and that he was ready for a new meeting.", ""},
		{"El portavoz del Gobierno dijo que las negociaciones con los socios continuarán, pero sin fecha.", "es"},
		{"Le président a déclaré que les discussions avec les alliés sont dans une impasse, selon la presse.", "fr"},
		{"Il ministro ha detto che il governo è pronto e che gli alleati sono d'accordo.", "it"},
		{"트럼프 대통령은 말했다.", "ko"},
		{"Der Sprecher sagte, dass die Regierung die Sanktionen nicht mit den Partnern abgestimmt habe.", "de"},
	} {
		if got := guessLanguage(tc.text); got != tc.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBareRoles checks descriptions without a country ("the president"):
// resolved when exactly one person the article named before held the
// office on its publication day, left alone otherwise.
func TestBareRoles(t *testing.T) {
	a := newAnalyzer(t)
	jan2018 := time.Date(2018, 1, 31, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text string
		published  time.Time
		want       string // canonical of the entity at "president", "" for none
	}{
		{"one holder named before", "Donald Trump spoke for an hour. Later our “America first” president declared victory.", jan2018, "Donald Trump"},
		{"the holder's short name", "Trump spoke for an hour. The president then left for Florida.", jan2018, "Donald Trump"},
		{"two holders named", "Donald Trump met Moon Jae-in in Seoul. The president then left for Tokyo.", jan2018, ""},
		{"no holder named before", "The president then left for Florida. Donald Trump had spoken for an hour.", jan2018, ""},
		{"a named person who did not hold the office", "Hillary Clinton spoke for an hour. The president then left.", jan2018, ""},
		{"president of an organisation", "Donald Trump spoke. The president of the club resigned.", jan2018, ""},
		{"a former holder", "Donald Trump spoke. The former president then left.", jan2018, ""},
		{"undated", "Donald Trump spoke. The president then left.", time.Time{}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ann := a.Analyze(tt.text, tt.published)
			at := strings.Index(strings.ToLower(tt.text), "president")
			start := len([]rune(tt.text[:at]))
			got := ""
			for _, e := range ann.Entities {
				if e.Start == start && e.Type == "PER" {
					got = e.Canonical
					if e.Text != "president" || string([]rune(tt.text)[e.Start:e.End]) != e.Text {
						t.Errorf("entity %+v does not hold the title", e)
					}
				}
			}
			if got != tt.want {
				t.Errorf("president → %q, want %q (entities %+v)", got, tt.want, ann.Entities)
			}
		})
	}
}

// TestOfficeOffset checks "four months after taking office" against the
// terms of office: the seeds' sentence is about Trump's second term.
func TestOfficeOffset(t *testing.T) {
	a := newAnalyzer(t)
	text := "For the first time, evidence has emerged that the Donald Trump administration attempted to resume North Korea-US dialogue just four months after taking office."
	got := a.Analyze(text, time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC))
	for _, tm := range got.Times {
		if tm.Text == "four months after taking office" && tm.Type == "DATE" && tm.Value == "2025-05" {
			return
		}
	}
	t.Errorf("times %+v: want \"four months after taking office\" = DATE 2025-05", got.Times)
}

// TestCanonicalAcrossArticles checks that two articles that spell a
// gazetteer name differently, each consistently, give it one canonical
// name, and that a name the gazetteer lacks keeps the article's spelling.
func TestCanonicalAcrossArticles(t *testing.T) {
	a := newAnalyzer(t)
	at := time.Date(2019, 2, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, mention, want string
	}{
		{"Kim Jong-un arrived in Hanoi. Kim Jong-un then met Donald Trump.", "Kim Jong-un", "Kim Jong Un"},
		{"Kim Jong Un arrived in Hanoi. Kim Jong Un then met Donald Trump.", "Kim Jong Un", "Kim Jong Un"},
		{"Lee Jaemyung spoke in Seoul on Monday.", "Lee Jaemyung", "Lee Jae-myung"},
		{"Caroline Leavitt briefed reporters. Caroline Leavitt said little.", "Caroline Leavitt", "Caroline Leavitt"},
	}
	for _, tt := range tests {
		found := false
		for _, e := range a.Analyze(tt.text, at).Entities {
			if e.Text == tt.mention {
				found = true
				if e.Canonical != tt.want {
					t.Errorf("%q in %q: canonical %q, want %q", e.Text, tt.text, e.Canonical, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", tt.text, tt.mention)
		}
	}
}

// newAnalyzer loads the embedded models for a test.
func newAnalyzer(t *testing.T) *Analyzer {
	t.Helper()
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestGermanNouns checks that in German text, which capitalises its
// nouns, the entities are names: common nouns after an article or a
// number, day and month names go; names the gazetteer lists take its
// type and name; a role noun before a person's name is not part of it.
func TestGermanNouns(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "US-Präsident Donald Trump hat am Montag Machthaber Kim Jong Un getroffen. " +
		"Bundeskanzler Friedrich Merz sagte am Dienstag in Berlin, die Gespräche mit Nordkorea würden fortgesetzt. " +
		"„Wir sind zu einem Treffen bereit“, sagte der Außenminister. Der Sprecher erklärte, dass die Regierung " +
		"die Sanktionen unterstütze. Nach Angaben des Ministeriums wurden drei Raketen abgefeuert. " +
		"Am Wochenende demonstrierten Tausende in Berlin. Zwei Jahre später kam es zum Gipfel. " +
		"Die Sanktionen laufen bis Ende 2026."
	got := map[string]string{}
	for _, e := range a.AnalyzeIn(text, "de", time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)).Entities {
		got[e.Text] = e.Type + "/" + e.Canonical
	}
	for name, want := range map[string]string{
		"Donald Trump": "PER/Donald Trump", "Kim Jong Un": "PER/Kim Jong Un", "Friedrich Merz": "PER/Friedrich Merz",
		"Berlin": "LOC/Berlin", "Nordkorea": "LOC/North Korea",
	} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
	for _, noun := range []string{"Montag", "Dienstag", "Außenminister", "Sprecher", "Regierung", "Sanktionen", "Ministeriums", "Raketen", "Treffen",
		"Wochenende", "Tausende", "Jahre", "Ende"} {
		for text, v := range got {
			if strings.Contains(text, noun) {
				t.Errorf("%q (%s) taken for a name", text, v)
			}
		}
	}
}

func TestOutsideTimes(t *testing.T) {
	times := []Time{{Text: "Zwei Jahre später", Start: 10, End: 27}, {Text: "Lundi", Start: 40, End: 45}}
	for _, tc := range []struct {
		e    Entity
		keep bool
	}{
		{Entity{Text: "Zwei Jahre", Start: 10, End: 20}, false},       // inside the first
		{Entity{Text: "Lundi", Start: 40, End: 45}, false},            // the same span
		{Entity{Text: "Merz", Start: 0, End: 4}, true},                // before
		{Entity{Text: "Jahre später Merz", Start: 15, End: 32}, true}, // overlaps, not inside
		{Entity{Text: "Paris", Start: 30, End: 35}, true},             // between
	} {
		got := outsideTimes([]Entity{tc.e}, times)
		if (len(got) == 1) != tc.keep {
			t.Errorf("%q at %d-%d: kept %v, want %v", tc.e.Text, tc.e.Start, tc.e.End, len(got) == 1, tc.keep)
		}
	}
}
