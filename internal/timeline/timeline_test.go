package timeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEvents(t *testing.T) {
	type want struct{ typ, date, place string }
	tests := []struct {
		name string
		text string
		pub  string
		want []want
	}{
		{"several place–date pairs in one sentence",
			"During his first term, Trump met Kim three times—in Singapore in 2018, Hanoi in 2019, and again at Panmunjom the same year.",
			"2025-08-31", []want{{Meet, "2018", "Singapore"}, {Meet, "2019", "Hanoi"}, {Meet, "2019", "Panmunjom"}}},
		{"weekday resolved against the publication date",
			"The latest measures came Thursday, when the administration announced sanctions against North Korea.",
			"2025-08-31", []want{{Sanction, "2025-08-28", ""}}},
		{"hedged and planned events are not events",
			"Trump remains open to meeting Kim Jong Un. Talks might resume next year.",
			"2025-08-31", nil},
		{"a list under an intro takes the intro's type",
			"Between 2018 and 2019, he held three meetings with Kim Jong Un:\n\n- Singapore (2018): The first one ended in hope.\n\n- Hanoi (2019): Nothing came of it.",
			"2024-11-20", []want{{Meet, "2018", "Singapore"}, {Meet, "2019", "Hanoi"}}},
		{"sanctions relief is no sanction",
			"In Hanoi in 2019, North Korea sought sanctions relief.",
			"2025-06-12", nil},
		{"a crash that killed is a crash",
			"A plane crash in Costa Rica on Sunday killed 12 people.",
			"2017-12-31", []want{{Disaster, "2017-12-31", "Costa Rica"}}},
		{"the place nearest the trigger, when the places are no list",
			"A New York couple were among 12 people killed when a small plane crashed in Costa Rica on Sunday, a rabbi in Scarsdale said.",
			"2017-12-31", []want{{Disaster, "2017-12-31", "Costa Rica"}}},
		{"the report of an event is not the event",
			"Twelve people died when a plane crashed in Costa Rica on Sunday, according to a statement.",
			"2017-12-31", []want{{Disaster, "2017-12-31", "Costa Rica"}}},
		{"a speaker's words in quotation marks are no event",
			"Reflecting on the past year, Trump says: 'We have endured floods and fires and storms, but through it all we have prevailed.'",
			"2018-01-31", nil},
		{"the report around a quotation still is",
			"Kim Jong Un met Trump in Singapore in 2018, calling it “a good start for peace and fires of hope”.",
			"2025-06-12", []want{{Meet, "2018", "Singapore"}}},
		{"a quoted title is a name, not a speaker's words",
			"The \"Washington Summit Declaration\" was made public on July 10.",
			"2024-07-20", []want{{Agree, "2024-07-10", ""}}},
		{"Portuguese",
			"Trump e Kim Jong Un tiveram um encontro em Singapura em 2018.",
			"2025-06-12", []want{{Meet, "2018", "Singapore"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := "en"
			if tt.name == "Portuguese" {
				lang = "pt"
			}
			v := Build("s", "t", []Article{{ID: "a", Text: tt.text, Published: day(tt.pub), Language: lang}}, Options{})
			var got []want
			for _, e := range v.Events {
				got = append(got, want{e.Type, e.Date, e.Place})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCoreference checks that three differently worded reports of one
// summit, from three outlets, are one event, and that a syndicated copy
// does not count as a second outlet.
func TestCoreference(t *testing.T) {
	arts := []Article{
		{ID: "a", Outlet: "One", Published: day("2025-08-31"), Language: "en",
			Text: "During his first term, Trump met Kim Jong Un in Singapore in 2018."},
		{ID: "b", Outlet: "Two", Published: day("2024-11-20"), Language: "en",
			Text: "- Singapore (2018): The first meeting resulted in a general agreement."},
		{ID: "c", Outlet: "Three", Published: day("2025-06-12"), Language: "en",
			Text: "President Trump achieved the 2018 Singapore agreement with Kim Jong Un."},
		{ID: "d", Outlet: "Copycat", CopyOf: "c", Published: day("2025-06-13"), Language: "en",
			Text: "President Trump achieved the 2018 Singapore agreement with Kim Jong Un."},
	}
	v := Build("s", "t", arts, Options{})
	if len(v.Events) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(v.Events), v.Events)
	}
	e := v.Events[0]
	if e.Type != Meet || e.Date != "2018" || e.Place != "Singapore" || len(e.Sources) != 4 || e.Corroboration != 3 {
		t.Errorf("event = %s %s %s, %d sources, corroboration %d; want MEET 2018 Singapore, 4 sources, 3 outlets",
			e.Type, e.Date, e.Place, len(e.Sources), e.Corroboration)
	}
}

// TestPlacesWithin checks that a chain of places ending in a country
// ("in Kherson, Ukraine") puts the first in the second, so that another
// outlet's report placed in the country is the same event, while a list
// of cities ("in Kherson, Odesa and Kharkiv") says nothing of the kind:
// its three events stay apart from the report placed in the country.
func TestPlacesWithin(t *testing.T) {
	tests := []struct {
		name, first string
		events      int
	}{
		{"chain ending in a country", "A missile attack hit a market in Kherson, Ukraine on Monday.", 1},
		{"list of cities", "Missile attacks hit markets in Kherson, Odesa and Kharkiv on Monday.", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []Article{
				{ID: "a", Outlet: "One", Published: day("2023-05-09"), Language: "en", Text: tt.first},
				{ID: "b", Outlet: "Two", Published: day("2023-05-09"), Language: "en",
					Text: "A missile attack hit a market in Ukraine on Monday."},
			}
			v := Build("s", "t", arts, Options{})
			if len(v.Events) != tt.events {
				t.Errorf("%d events, want %d: %+v", len(v.Events), tt.events, v.Events)
			}
		})
	}
}

// TestCurrentEvent checks that undated reports of the story's current
// event, in articles telling current news, join the event of their type
// that another outlet dates and places, and that a report naming other
// people stays apart.
func TestCurrentEvent(t *testing.T) {
	arts := []Article{
		{ID: "a", Outlet: "One", Published: day("2016-07-15"), Language: "en",
			Text: "A lorry attack in Paris on Thursday killed dozens of people."},
		{ID: "b", Outlet: "Two", Published: day("2016-07-15"), Language: "en",
			Text: "Witnesses described the massacre as the lorry sped along the seafront."},
		{ID: "c", Outlet: "Three", Published: day("2016-07-16"), Language: "en",
			Text: "Investigators searched the flat of the man behind the attack."},
		{ID: "d", Outlet: "Four", Published: day("2016-07-16"), Language: "en",
			Text: "Vladimir Putin ordered strikes that killed fighters."},
	}
	v := Build("s", "t", arts, Options{})
	var main *Event
	for i, e := range v.Events {
		if e.Type == Assault && e.Date == "2016-07-14" {
			main = &v.Events[i]
		}
	}
	if main == nil {
		t.Fatalf("no 2016-07-14 attack in %+v", v.Events)
	}
	if main.Corroboration != 3 || main.Place != "Paris" {
		t.Errorf("attack: %d outlets, place %q; want 3 outlets (One, Two, Three), Paris: %+v", main.Corroboration, main.Place, main.Sources)
	}
	for _, s := range main.Sources {
		if s.Outlet == "Four" {
			t.Errorf("the report naming Putin joined the attack: %q", s.Sentence)
		}
	}
}

func TestConflicts(t *testing.T) {
	t.Run("date", func(t *testing.T) {
		arts := []Article{
			{ID: "a", Outlet: "One", Published: day("2018-06-13"), Language: "en", Text: "Trump met Kim Jong Un in Singapore on June 12, 2018."},
			{ID: "b", Outlet: "Two", Published: day("2018-06-13"), Language: "en", Text: "Trump met Kim Jong Un in Singapore on June 11, 2018."},
		}
		v := Build("s", "t", arts, Options{})
		if len(v.Events) != 1 || len(v.Events[0].Conflicts) != 1 || v.Events[0].Conflicts[0].Field != "date" {
			t.Fatalf("want one event with a date conflict, got %+v", v.Events)
		}
	})
	t.Run("role", func(t *testing.T) {
		arts := []Article{
			{ID: "a", Outlet: "One", Published: day("2025-06-12"), Language: "en", Text: "President Trump held a call on Monday."},
			{ID: "b", Outlet: "Two", Published: day("2025-08-31"), Language: "en", Text: "Former U.S. President Donald Trump spoke on Friday."},
		}
		v := Build("s", "t", arts, Options{})
		if len(v.Conflicts) != 1 || v.Conflicts[0].Field != "role" || v.Conflicts[0].Subject != "Donald Trump" {
			t.Fatalf("want a role conflict on Donald Trump, got %+v", v.Conflicts)
		}
	})
	t.Run("role flags only the person's events", func(t *testing.T) {
		arts := []Article{
			{ID: "a", Outlet: "One", Published: day("2025-06-12"), Language: "en", Text: "President Trump held a call with Kim Jong Un on Monday."},
			{ID: "b", Outlet: "Two", Published: day("2025-08-31"), Language: "en", Text: "Former U.S. President Donald Trump met Kim Jong Un on Friday. " +
				"North Korea fired a ballistic missile into the sea on Thursday."},
		}
		v := Build("s", "t", arts, Options{})
		if len(v.Conflicts) != 1 {
			t.Fatalf("want one role conflict, got %+v", v.Conflicts)
		}
		flagged := map[string]bool{}
		for _, e := range v.Events {
			if len(e.Conflicts) > 0 {
				flagged[e.Type] = true
			}
		}
		if !flagged["MEET"] || flagged["MILITARY"] || len(flagged) != 1 {
			t.Errorf("events flagged by type %v, want only the meeting Trump acts in", flagged)
		}
	})
	t.Run("number", func(t *testing.T) {
		arts := []Article{
			{ID: "a", Outlet: "One", Published: day("2016-07-15"), Language: "en", Text: "A truck attack in Nice on Thursday killed 84 people.",
				Entities: []Entity{{Text: "Nice", Type: "LOC", Start: 18, End: 22}}},
			{ID: "b", Outlet: "Two", Published: day("2016-07-15"), Language: "en", Text: "A truck attack in Nice on Thursday killed 77 people.",
				Entities: []Entity{{Text: "Nice", Type: "LOC", Start: 18, End: 22}}},
		}
		v := Build("s", "t", arts, Options{})
		if len(v.Events) != 1 || len(v.Events[0].Conflicts) != 1 || v.Events[0].Conflicts[0].Field != "number" ||
			!slices.Equal(v.Events[0].Conflicts[0].Values, []string{"77", "84"}) {
			t.Fatalf("want one event with a number conflict 77 vs 84, got %+v", v.Events)
		}
	})
	t.Run("participants", func(t *testing.T) {
		arts := []Article{
			{ID: "a", Outlet: "One", Published: day("2018-04-28"), Language: "en", Text: "Moon Jae-in met Kim Jong Un at Panmunjom on Friday."},
			{ID: "b", Outlet: "Two", Published: day("2018-04-28"), Language: "en", Text: "Donald Trump met Kim Jong Un at Panmunjom on Friday."},
			{ID: "c", Outlet: "Three", Published: day("2018-04-28"), Language: "en", Text: "Moon Jae-in met Kim Jong Un at Panmunjom on Friday."},
		}
		v := Build("s", "t", arts, Options{})
		if len(v.Events) != 1 || len(v.Events[0].Conflicts) != 1 || v.Events[0].Conflicts[0].Field != "participants" {
			t.Fatalf("want one event with a participants conflict, got %+v", v.Events)
		}
	})
	t.Run("a past president is former", func(t *testing.T) {
		arts := []Article{{ID: "a", Outlet: "One", Published: day("2023-03-01"), Language: "en", Text: "Former President Donald Trump spoke on Friday."}}
		if v := Build("s", "t", arts, Options{}); len(v.Conflicts) != 0 {
			t.Fatalf("want no conflict, got %+v", v.Conflicts)
		}
	})
}

func TestQuotesInOtherLanguages(t *testing.T) {
	tests := []struct {
		lang, text, speaker, quote string
	}{
		{"pt", "“Estamos prontos para negociar com os Estados Unidos”, disse Kim Yo Jong nesta terça-feira.", "Kim Yo Jong", "Estamos prontos para negociar com os Estados Unidos"},
		{"de", "Trump sagte: „Ich würde Kim Jong Un gern wieder treffen.“", "Donald Trump", "Ich würde Kim Jong Un gern wieder treffen."},
		{"es", "«No habrá acuerdo sin garantías», dijo el ministro Sergio Lavrov.", "Sergei Lavrov", "No habrá acuerdo sin garantías"},
		{"ko", "트럼프 대통령은 \"김정은 위원장을 다시 만나고 싶다\"고 말했다.", "Donald Trump", "김정은 위원장을 다시 만나고 싶다"},
		{"pt", "O texto “sem fonte nenhuma aqui” não tem quem fale.", "", ""},
	}
	for _, tt := range tests {
		v := Build("s", "t", []Article{{ID: "a", Text: tt.text, Language: tt.lang, Published: day("2025-06-10")}}, Options{})
		switch {
		case tt.speaker == "" && len(v.Quotes) != 0:
			t.Errorf("%s: quotes %+v, want none", tt.lang, v.Quotes)
		case tt.speaker != "" && (len(v.Quotes) != 1 || v.Quotes[0].Speaker != tt.speaker || v.Quotes[0].Text != tt.quote):
			t.Errorf("%s: quotes %+v, want %q by %s", tt.lang, v.Quotes, tt.quote, tt.speaker)
		}
	}
}

func TestQuotesAreWords(t *testing.T) {
	text := "Early in his term, Donald Trump adopted an aggressive stance toward North Korea. " +
		"Donald Trump said he would meet Kim Jong Un again if it helped. " +
		"Donald Trump considers resuming direct dialogue with the North Korean leader. " +
		"The Trump administration announced sanctions against North Korea's shipping firms."
	v := Build("s", "t", []Article{{ID: "a", Text: text, Language: "en", Published: day("2025-06-10")}}, Options{})
	var got []string
	for _, q := range v.Quotes {
		got = append(got, q.Text)
	}
	if want := []string{"he would meet Kim Jong Un again if it helped"}; !slices.Equal(got, want) {
		t.Errorf("quotes %q, want %q (a stance, a plan or an announced measure is no one's words)", got, want)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []count
	}{
		{"rewards for tips on seven North Korean nationals", []count{{"national", 7}}},
		{"killed 1,200 people in 2017", []count{{"people", 1200}}},
		{"on June 12, 2018, and 3 p.m.", nil},
		{"met Kim three times", nil},
	}
	for _, tt := range tests {
		if got := counts(words(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("counts(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNewSince(t *testing.T) {
	arts := []Article{
		{ID: "a", Outlet: "One", Published: day("2025-08-31"), Ingested: day("2025-09-01"), Language: "en", Text: "The administration announced sanctions against North Korea on Thursday."},
		{ID: "b", Outlet: "Two", Published: day("2025-09-05"), Ingested: day("2025-09-06"), Language: "en", Text: "North Korea fired a ballistic missile on Thursday."},
	}
	v := Build("s", "t", arts, Options{Since: day("2025-09-02")})
	var news []string
	for _, e := range v.Events {
		if e.New {
			news = append(news, e.Type)
		}
	}
	if !slices.Equal(news, []string{Military}) || v.Articles[0].New || !v.Articles[1].New {
		t.Errorf("new events %v, articles %+v; want only the missile launch and article b", news, v.Articles)
	}
}

// TestHostileText feeds markup and control characters: Build keeps
// them as text (escaping is the renderer's job) and does not fail.
func TestHostileText(t *testing.T) {
	text := `<script>alert(1)</script> Trump met Kim Jong Un in Singapore in 2018. <a href="javascript:x">click</a>` + "\x00\x1b[2J"
	v := Build("s", "t", []Article{{ID: "a", Text: text, Published: day("2025-01-01"), Language: "en"}}, Options{})
	if len(v.Events) != 1 || !strings.Contains(v.Events[0].Sources[0].Sentence, "Singapore") {
		t.Fatalf("events = %+v", v.Events)
	}
	if _, err := json.Marshal(v); err != nil {
		t.Fatal(err)
	}
}

func FuzzBuild(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), "2025-06-12")
		}
	}
	f.Add("- Hanoi (2019): The talks failed.\n- (2019):", "2019-02-28")
	f.Fuzz(func(t *testing.T, text, pub string) {
		p, _ := time.Parse("2006-01-02", pub)
		v := Build("s", "t", []Article{{ID: "a", Text: text, Published: p}, {ID: "b", Text: text, Outlet: "x"}}, Options{})
		for _, e := range v.Events {
			if len(e.Sources) == 0 || e.Corroboration < 1 || e.Corroboration > 2 {
				t.Fatalf("event %+v", e)
			}
			for _, s := range e.Sources {
				if s.Start < 0 || s.End < s.Start {
					t.Fatalf("source offsets %d..%d", s.Start, s.End)
				}
			}
		}
	})
}

func TestNameFilters(t *testing.T) {
	tests := []struct {
		name          string
		nameLike, org bool
	}{
		{"Kookmin University", true, true},
		{"Nice", true, false},
		{"Mr.", false, false},
		{"Supreme People's Assembly", true, false},
		{"Ministry of Foreign Affairs", true, true},
	}
	for _, tt := range tests {
		if got := nameLike(tt.name); got != tt.nameLike {
			t.Errorf("nameLike(%q) = %v, want %v", tt.name, got, tt.nameLike)
		}
		if got := orgLike(tt.name); got != tt.org {
			t.Errorf("orgLike(%q) = %v, want %v", tt.name, got, tt.org)
		}
	}
}

// TestEventsInOtherLanguages reads the same two events in four
// languages: a 2018 meeting in Singapore and sanctions on Thursday.
func TestEventsInOtherLanguages(t *testing.T) {
	tests := []struct{ lang, text, meetDate string }{
		{"ko", "트럼프 대통령과 김정은 국무위원장은 2018년 6월 12일 싱가포르에서 첫 정상회담을 가졌다. 미국 재무부는 지난 28일 북한에 대한 새로운 제재를 발표했다.", "2018-06-12"},
		{"de", "Trump traf Kim Jong Un im Juni 2018 in Singapur. Die USA verhängten am Donnerstag neue Sanktionen gegen Nordkorea.", "2018-06"},
		{"pt", "Trump se reuniu com Kim Jong Un em Singapura em 2018. Os EUA anunciaram novas sanções contra a Coreia do Norte na quinta-feira.", "2018"},
		{"es", "Trump se reunió con Kim Jong Un en Singapur en junio de 2018. Estados Unidos anunció el jueves nuevas sanciones contra Corea del Norte.", "2018-06"},
	}
	for _, tt := range tests {
		v := Build("s", "t", []Article{{ID: "a", Text: tt.text, Published: day("2025-08-31"), Language: tt.lang}}, Options{})
		var got []string
		for _, e := range v.Events {
			got = append(got, e.Type+" "+e.Date+" "+e.Place+" "+strings.Join(e.Actors, "+"))
		}
		want := []string{Meet + " " + tt.meetDate + " Singapore Donald Trump+Kim Jong Un", Sanction + " 2025-08-28  United States+North Korea"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: events %q, want %q", tt.lang, got, want)
		}
	}
}

func TestRosterOtherLanguages(t *testing.T) {
	ent := func(text, typ string) Entity { return Entity{Text: text, Type: typ} }
	arts := []Article{
		{ID: "en", Outlet: "One", Language: "en", Published: day("2018-06-12"),
			Text:     "Donald Trump met Kim Jong Un at the Capella hotel on Sentosa island.",
			Entities: []Entity{ent("Donald Trump", "PER"), ent("Kim Jong Un", "PER"), ent("Capella", "LOC"), ent("Sentosa", "LOC")}},
		{ID: "de", Outlet: "Zwei", Language: "de", Published: day("2018-06-12"),
			Text:     "Machthaber Kim Jong Un traf Trump im Hotel Capella auf der Insel Sentosa; die Halbinsel soll Sicherheitsgarantien erhalten.",
			Entities: []Entity{ent("Machthaber Kim Jong Un", "PER"), ent("Trump", "PER"), ent("Hotel Capella", "LOC"), ent("Insel Sentosa", "LOC"), ent("Halbinsel", "LOC"), ent("Sicherheitsgarantien", "LOC")}},
	}
	v := Build("s", "t", arts, Options{})
	got := map[string][]string{}
	for _, e := range v.Entities {
		got[e.Name] = e.Articles
	}
	for _, name := range []string{"Kim Jong Un", "Capella", "Sentosa"} {
		if !slices.Equal(got[name], []string{"en", "de"}) {
			t.Errorf("%s named in %v, want both articles", name, got[name])
		}
	}
	for _, name := range []string{"Halbinsel", "Sicherheitsgarantien", "Machthaber Kim Jong Un", "Insel Sentosa"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is in the roster %v", name, got)
		}
	}
	// The gazetteer's kind sets the type of a name it knows, whatever
	// the tagger made of it.
	es := Build("s", "t", []Article{{ID: "es", Outlet: "Tres", Language: "es", Published: day("2011-02-11"),
		Text:     "Egipto celebra la salida de Mubarak.",
		Entities: []Entity{ent("Egipto", "ORG"), ent("Mubarak", "LOC")}}}, Options{})
	types := map[string]string{}
	for _, e := range es.Entities {
		types[e.Name] = e.Type
	}
	if types["Egypt"] != "LOC" || types["Hosni Mubarak"] != "PER" {
		t.Errorf("roster types %v, want Egypt LOC and Hosni Mubarak PER", types)
	}
}

func TestJoinParts(t *testing.T) {
	text := "That money, officials said, is then funneled into weapons projects. Officials said the ban would stay."
	qs := []Quote{
		{Speaker: "officials", Cue: "said", Text: "That money", Start: 0, End: 10},
		{Speaker: "officials", Cue: "said", Text: "is then funneled into weapons projects", Start: 28, End: 66},
		{Speaker: "Officials", Cue: "said", Text: "the ban would stay", Start: 82, End: 100},
	}
	got := joinParts(qs)
	want := []string{"That money … is then funneled into weapons projects", "the ban would stay"}
	var texts []string
	for _, q := range got {
		texts = append(texts, q.Text)
	}
	if !slices.Equal(texts, want) {
		t.Fatalf("joinParts = %q, want %q", texts, want)
	}
	if got[0].Start != 0 || got[0].End != 66 {
		t.Errorf("joined span %d–%d, want 0–66", got[0].Start, got[0].End)
	}
	if qs[0].Text != "That money" {
		t.Errorf("joinParts changed its input: %q", qs[0].Text)
	}
	v := Build("s", "t", []Article{{ID: "a", Text: text, Language: "en", Published: day("2025-06-10")}}, Options{})
	for _, q := range v.Quotes {
		if q.Text == "is then funneled into weapons projects" {
			t.Errorf("the second part of a split report is listed alone: %q", q.Text)
		}
	}
}

func TestDatelineLen(t *testing.T) {
	tests := []struct {
		text, rest string // rest: what follows the dateline
	}{
		{"SEOUL, June 12 (Yonhap) -- North Korea fired a missile.", "North Korea fired a missile."},
		{"Pyongyang, June 10 (KCNA) -- Kim Yo Jong issued a press statement.", "Kim Yo Jong issued a press statement."},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", "The Senate voted on Tuesday."},
		{"BEIRUT, Aug 29 (Reuters) - Israeli strikes hit the south.", "Israeli strikes hit the south."},
		{"CHICAGO, Ill., Sept. 3, 2025 — A storm hit the city.", "A storm hit the city."},
		{"NEW YORK — Stocks fell.", "Stocks fell."},
		// Not datelines: a name before a dash, a short acronym.
		{"Kim Jong Un - the leader - spoke.", "Kim Jong Un - the leader - spoke."},
		{"UN — The council met.", "UN — The council met."},
		{"Trump met Kim in Hanoi.", "Trump met Kim in Hanoi."},
	}
	for _, tc := range tests {
		rs := []rune(tc.text)
		if got := string(rs[datelineLen(rs):]); got != tc.rest {
			t.Errorf("datelineLen(%q) leaves %q, want %q", tc.text, got, tc.rest)
		}
	}
	// The first sentence of a paragraph loses its dateline; the
	// sentence's offsets still point into the text.
	text := "Intro line.\nPyongyang, June 10 (KCNA) -- Kim Yo Jong issued a press statement. She warned Seoul."
	ss := splitSentences([]rune(text))
	if len(ss) != 3 || ss[1].text != "Kim Yo Jong issued a press statement." || string([]rune(text)[ss[1].start:ss[1].end]) != ss[1].text {
		t.Errorf("sentences %+v", ss)
	}
}

// TestCopiesFold builds a story from one article read twice, from a JSON
// dump (no outlet, no address) and from the site's page, as fundus's
// Korean test pages are, the copy re-typesetting the quotes: its sentence
// of 2003 is one event, cited once, and the dump's article counts as the
// site's outlet. A sentence repeated by another outlet is cited for both.
func TestCopiesFold(t *testing.T) {
	const sent = "2003년 성남의 대형병원이 문을 닫자 그는 시민들의 서명을 받아 공공의료원 설립을 위한 주민발의 조례를 만들었지만, 시의회에서 조례가 부결되면서 “시장이 돼 직접 만들겠다”고 결심했다."
	arts := []Article{
		{ID: "dump", Source: "kr_MBN.json", Published: day("2025-06-04"), Language: "ko", Text: sent},
		{ID: "page", Source: "mbn.html", Outlet: "매일경제", CopyOf: "dump", Published: day("2025-06-04"), Language: "ko",
			Text: strings.NewReplacer("“", "\"", "”", "\"").Replace(sent)},
		{ID: "other", Outlet: "한국일보", Published: day("2025-06-05"), Language: "ko", Text: sent},
	}
	v := Build("s", "t", arts, Options{})
	if len(v.Events) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(v.Events), v.Events)
	}
	e := v.Events[0]
	var cited []string
	for _, s := range e.Sources {
		cited = append(cited, s.Outlet)
	}
	slices.Sort(cited)
	if want := []string{"매일경제", "한국일보"}; !slices.Equal(cited, want) || e.Corroboration != 2 {
		t.Errorf("cited by %q (corroboration %d), want %q (2)", cited, e.Corroboration, want)
	}
	var outlets []string
	for _, c := range v.Coverage {
		outlets = append(outlets, c.Outlet)
	}
	slices.Sort(outlets)
	if want := []string{"매일경제", "한국일보"}; !slices.Equal(outlets, want) {
		t.Errorf("coverage of %q, want %q", outlets, want)
	}
}
