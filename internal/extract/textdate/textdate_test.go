package textdate

import (
	"testing"
	"time"
)

func TestGuess(t *testing.T) {
	tests := []struct {
		name, text string
		opt        Options
		want       string // Estimate.String(), "" for no estimate
		precision  string
	}{
		{
			name:      "president-elect with a later year and a future month",
			text:      "Donald Trump, president-elect of the United States, met advisers. Since his departure from office in 2021, much has changed. With his inauguration scheduled for January, time is short.",
			want:      "2024-11",
			precision: Month,
		},
		{
			name:      "a former vice president picks the second president-elect window",
			text:      "President-elect Donald Trump named his cabinet; former Vice President Mike Pence was not on it. The inauguration is set for January.",
			want:      "2024-11",
			precision: Month,
		},
		{
			name: "two president-elect windows and nothing to choose",
			text: "President-elect Donald Trump named his cabinet. Tensions with Pyongyang rose through 2016.",
		},
		{
			name:      "elapsed time counts from the office holder named before it",
			text:      "The spokesperson said on the 11th (local time) that talks could resume. The rise of President Lee Jae-myung has raised hopes. The administration acted just four months after taking office, said Donald Trump's aides.",
			want:      "2025-10-12",
			precision: Day,
		},
		{
			name:      "elapsed time anchors the day of month",
			text:      "President Lee Jaemyung spoke on the 11th. The Donald Trump administration moved just four months after taking office.",
			want:      "2025-06-11",
			precision: Day,
		},
		{
			name:      "Korean title after the name",
			text:      "윤석열 대통령 당선인은 10일 기자회견을 열었다.",
			want:      "2022-03-10",
			precision: Day,
		},
		{
			name:      "a crawl date closes a title's open range",
			text:      "President Lee Jae-myung met business leaders.",
			opt:       Options{NotAfter: time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)},
			want:      "2025-06",
			precision: Month,
		},
		{
			name: "a title alone gives only a lower bound",
			text: "President Lee Jae-myung met business leaders on the 3rd.",
		},
		{
			name: "explicit dates alone give only a lower bound",
			text: "The law passed on 3 March 2021 and was amended in June 2022.",
		},
		{
			name: "no clue at all",
			text: "The weather was fine and the market was busy.",
		},
		{
			name: "a name without a title says nothing",
			text: "Trump and Biden were both mentioned in the report on the 11th.",
		},
		{
			name: "contradicting clues give nothing",
			text: "President-elect Donald Trump spoke. Former President Joe Biden listened.",
		},
		{
			name: "a future month without an office window dates nothing",
			text: "The summit is scheduled for January.",
		},
		{
			name: "a common surname without a title is nobody",
			text: "Theresa May and Prime Minister Boris Johnson were away. The vote is scheduled for May.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := Guess(tc.text, tc.opt)
			if got := e.String(); ok != (tc.want != "") || got != tc.want || e.Precision != tc.precision {
				t.Fatalf("Guess = %q (%s), ok=%v; want %q (%s)\nevidence: %q", got, e.Precision, ok, tc.want, tc.precision, e.Evidence)
			}
			if ok && (e.Date.Before(e.Earliest) && e.Precision == Day || len(e.Evidence) == 0) {
				t.Errorf("estimate %v outside its range %v..%v or without evidence", e.Date, e.Earliest, e.Latest)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		text, who, title, mod string
	}{
		{"said former U.S. President Donald Trump on Friday", "TRUMP", "president", "former"},
		{"Donald Trump, president-elect of the United States", "TRUMP", "president", "elect"},
		{"Vice President Joe Biden arrived", "BIDEN", "vice president", ""},
		{"the rise of President Lee Jaemyung", "LEEJM", "president", ""},
		{"문재인 전 대통령은 말했다", "MOON", "president", "former"},
		{"o presidente eleito Lula falou", "LULA", "president", "elect"},
		{"Bundeskanzler Olaf Scholz sagte", "SCHOLZ", "chancellor", ""},
		{"l'ancien président Nicolas Sarkozy", "SARKOZY", "president", "former"},
		{"Pope Francis visited", "POPE", "pope", ""},
		{"Putin said", "PUTIN", "", ""},
	}
	for _, tc := range tests {
		ms := officeTable().mentions(tc.text)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", tc.text)
			continue
		}
		m := ms[0]
		if m.p.key != tc.who || m.title != tc.title || m.mod != tc.mod {
			t.Errorf("%q: got %s %q %q, want %s %q %q", tc.text, m.p.key, m.title, m.mod, tc.who, tc.title, tc.mod)
		}
	}
	for _, text := range []string{"Francis Bacon wrote", "in May the vote", "Kim said", "Lee said on Monday"} {
		if ms := officeTable().mentions(text); len(ms) != 0 {
			t.Errorf("%q: unexpected mention of %s", text, ms[0].p.key)
		}
	}
}

func TestCheck(t *testing.T) {
	d := func(s string) time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		text      string
		published time.Time
		conflicts int
	}{
		{"Former U.S. President Donald Trump remains open to talks, a White House official confirmed this Friday. The sanctions came Thursday.", d("2025-08-31"), 0},
		{"President Lee Jae-myung met reporters.", d("2025-05-01"), 1},
		{"President-elect Donald Trump met reporters.", d("2025-08-31"), 1},
		{"Former President Barack Obama spoke.", d("2012-06-01"), 1},
		{"It happened in 2030, they said.", d("2025-01-01"), 0}, // explicit dates never contradict
	}
	for _, tc := range tests {
		if got := Check(tc.text, tc.published, Options{}); len(got) != tc.conflicts {
			t.Errorf("Check(%q, %s) = %q, want %d conflicts", tc.text, day(tc.published), got, tc.conflicts)
		}
	}
}

func TestSet(t *testing.T) {
	a := union(span{ymd(2016, 11, 8), ymd(2017, 1, 20)}, span{ymd(2024, 11, 5), ymd(2025, 1, 20)})
	b := from(ymd(2021, 1, 1))
	got := a.intersect(b)
	if len(got) != 1 || !got.first().Equal(ymd(2024, 11, 5)) || !got.end().Equal(ymd(2025, 1, 20)) {
		t.Fatalf("intersect = %v", got)
	}
	if got.has(ymd(2025, 1, 20)) || !got.has(ymd(2025, 1, 19)) {
		t.Errorf("has: end must be exclusive")
	}
	if u := union(span{ymd(2020, 1, 1), ymd(2020, 2, 1)}, span{ymd(2020, 2, 1), ymd(2020, 3, 1)}); len(u) != 1 {
		t.Errorf("union of touching spans = %v, want one span", u)
	}
	if len(before(ymd(2020, 1, 1)).intersect(from(ymd(2020, 1, 1)))) != 0 {
		t.Errorf("disjoint sets intersect")
	}
}

func TestHolder(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tests := []struct {
		country, title, at string
		want               string // display name, "" for none
	}{
		{"USA", "president", "2021-01-19", "Donald Trump"},
		{"USA", "president", "2021-01-20", "Joe Biden"}, // the successor's first day
		{"PRK", "leader", "2019-06-30", "Kim Jong Un"},
		{"PRK", "leader", "2005-01-01", ""},    // before the table's first term
		{"KOR", "president", "2017-04-01", ""}, // between Park and Moon
		{"GBR", "prime minister", "2022-10-01", "Liz Truss"},
		{"USA", "pope", "2020-01-01", ""},
	}
	for _, tt := range tests {
		names, ok := Holder(tt.country, tt.title, day(tt.at))
		got := ""
		if ok {
			got = names[0]
		}
		if got != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %q, want %q", tt.country, tt.title, tt.at, got, tt.want)
		}
	}
	if _, ok := Holder("USA", "president", time.Time{}); ok {
		t.Error("Holder at the zero time: want none")
	}
}

func TestTookOffice(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tests := []struct {
		text, at string
		want     string // "" for none
	}{
		// the seeds' own sentence, in June 2025: the second term
		{"evidence has emerged that the Donald Trump administration attempted to resume North Korea-US dialogue just", "2025-06-12", "2025-01-20"},
		{"Trump met Kim", "2018-06-01", "2017-01-20"},
		{"Trump met Kim", "2022-06-01", "2017-01-20"}, // out of office: the last stint begun
		{"President-elect Trump said he would meet Kim", "2024-12-01", ""},
		{"Moon Jae-in, who met Trump", "2018-06-01", "2017-01-20"}, // the last name named
		{"Moon Jae-in", "2018-06-01", "2017-05-10"},
		{"the new president", "2018-06-01", ""},
		{"Trump", "2010-01-01", ""}, // not yet in office
	}
	for _, tt := range tests {
		got, ok := TookOffice(tt.text, day(tt.at))
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("TookOffice(%q, %s) = %q, want %q", tt.text, tt.at, s, tt.want)
		}
	}
}
