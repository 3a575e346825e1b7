package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var shared = filepath.Join("..", "..", "..", "..", "shared")

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// find returns the first timex whose text is want.
func find(tx []Timex, want string) (Timex, bool) {
	for _, t := range tx {
		if t.Text == want {
			return t, true
		}
	}
	return Timex{}, false
}

// expectTimex checks that Tag, given dct, finds want in text with the
// type and value given.
func expectTimex(t *testing.T, text string, dct time.Time, want, typ, value string) {
	t.Helper()
	got := Tag(text, dct)
	checkOffsets(t, text, got)
	tx, ok := find(got, want)
	if !ok {
		t.Fatalf("Tag(%q) = %+v, want an expression %q", text, got, want)
	}
	if tx.Type != typ || tx.Value != value {
		t.Errorf("Tag(%q): %q = %s %s, want %s %s", text, want, tx.Type, tx.Value, typ, value)
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct {
		text, dct  string
		want       string // expected Text
		typ, value string
	}{
		// seed 000 (published Sunday 2025-08-31)
		{"A White House official confirmed this Friday, following a wave of new sanctions.", "2025-08-31", "this Friday", Date, "2025-08-29"},
		{"The latest measures came Thursday, when the Trump administration announced sanctions.", "2025-08-31", "Thursday", Date, "2025-08-28"},
		{"Just last month, Trump claimed he would resolve any future conflict.", "2025-08-31", "last month", Date, "2025-07"},
		{"Trump met Kim three times—in Singapore in 2018, Hanoi in 2019, and again at Panmunjom the same year.", "2025-08-31", "the same year", Date, "2019"},
		{"in Singapore in 2018, Hanoi", "2025-08-31", "2018", Date, "2018"},
		// seed 003 (Korean outlet, English text, June 2025)
		{"Leavitt stated during a briefing on the 11th (local time), \"The President remains receptive\"", "2025-06-12", "the 11th", Date, "2025-06-11"},
		{"a briefing on the 28th (local time)", "2025-06-12", "the 28th", Date, "2025-05-28"},
		{"attempted to resume dialogue just four months after taking office.", "2025-06-12", "four months", Duration, "P4M"},
		{"The talks will resume on the 20th.", "2025-06-12", "the 20th", Date, "2025-06-20"},
		// explicit dates
		{"It happened on June 30, 2019.", "2025-01-01", "June 30, 2019", Date, "2019-06-30"},
		{"It was held in June 2019 in Hanoi.", "2025-01-01", "June 2019", Date, "2019-06"},
		{"Talks began on 31 August 2025.", "2025-09-02", "31 August 2025", Date, "2025-08-31"},
		{"Shares closed on Oct. 19.", "1989-10-27", "Oct. 19", Date, "1989-10-19"},
		{"The report is due Nov. 16.", "1989-10-27", "Nov. 16", Date, "1989-11-16"},
		{"The fiscal year ended March 31.", "1989-11-02", "March 31", Date, "1989-03-31"},
		{"Filed 2019-06-30 in court.", "2025-01-01", "2019-06-30", Date, "2019-06-30"},
		{"The law dates from 1987.", "1989-10-27", "1987", Date, "1987"},
		// relative dates
		{"Prices rose yesterday.", "1989-10-27", "yesterday", Date, "1989-10-26"},
		{"The board meets today.", "1989-10-27", "today", Date, "1989-10-27"},
		{"Sales fell last year.", "1989-10-27", "last year", Date, "1988"},
		{"Profit will rise next year.", "1989-10-27", "next year", Date, "1990"},
		{"Shipments rose this week.", "2025-06-05", "this week", Date, "2025-W23"},
		{"The vote is in June.", "2025-08-01", "June", Date, "2025-06"},
		{"Talks collapsed last week.", "2025-06-12", "last week", Date, "2025-W23"},
		{"The summit will take place Friday.", "2025-08-26", "Friday", Date, "2025-08-29"},
		{"The summit took place Friday.", "2025-08-26", "Friday", Date, "2025-08-22"},
		{"Earnings rose 5% in the third quarter.", "1989-10-27", "the third quarter", Date, "1989-Q3"},
		{"It earned $5 million, up from $4 million a year ago.", "1989-10-27", "a year ago", Date, "1988"},
		{"It was founded two years ago.", "1998-03-01", "two years ago", Date, "1996"},
		{"Demand grew during the 1990s.", "2005-01-01", "the 1990s", Date, "199"},
		{"Sales were weak in the fourth quarter of 2019.", "2020-03-01", "the fourth quarter of 2019", Date, "2019-Q4"},
		{"Sales were strong this summer.", "2025-08-01", "this summer", Date, "2025-SU"},
		{"Results for fiscal 1989 were weak.", "1989-10-27", "fiscal 1989", Date, "1989"},
		{"The first half of 2024 was calm.", "2025-01-01", "The first half of 2024", Date, "2024-H1"},
		{"Troops left in 2003; the following year they returned.", "2010-01-01", "the following year", Date, "2004"},
		// durations
		{"He served three years in prison.", "2025-01-01", "three years", Duration, "P3Y"},
		{"They held a two-day meeting.", "2025-01-01", "two-day", Duration, "P2D"},
		{"The strike lasted 48 hours.", "2025-01-01", "48 hours", Duration, "PT48H"},
		{"Prices rose over the past two months.", "2025-01-01", "the past two months", Duration, "P2M"},
		{"He waited for several years.", "2025-01-01", "several years", Duration, "PXY"},
		{"They lived in camps for 2 1/2 years.", "2025-01-01", "2 1/2 years", Duration, "P2Y6M"},
		// sets
		{"The paper appears every week.", "2025-01-01", "every week", Set, "P1W"},
		{"Drills are held daily.", "2025-01-01", "daily", Set, "P1D"},
		{"The fee is paid annually.", "2025-01-01", "annually", Set, "P1Y"},
		{"Flights leave each Thursday.", "2025-01-01", "each Thursday", Set, "XXXX-WXX-4"},
		// times
		{"The blast came at 10 a.m. on Friday.", "2025-08-31", "10 a.m.", Time, "2025-08-29T10:00"}, // the day after "on" gives the time its day; the extent stops before "on",
		{"The blast came at 10 p.m. Friday.", "2025-08-31", "10 p.m. Friday", Time, "2025-08-29T22:00"},
		{"The deadline will be noon Thursday.", "1998-02-10", "noon Thursday", Time, "1998-02-12T12:00"},
		{"He spoke at 7:15 p.m. yesterday.", "1998-02-13", "7:15 p.m. yesterday", Time, "1998-02-12T19:15"},
		{"He spoke this morning.", "1998-02-13", "this morning", Time, "1998-02-13TMO"},
		// vague references
		{"Prices are now higher.", "2025-01-01", "now", Date, "PRESENT_REF"},
		{"He has recently left.", "2025-01-01", "recently", Date, "PAST_REF"},
		{"He is currently abroad.", "2025-01-01", "currently", Date, "PRESENT_REF"},
		{"Nobody knows the future.", "2025-01-01", "the future", Date, "FUTURE_REF"},
		// Korean
		{"북한은 2025년 6월 12일 미사일을 발사했다.", "2025-06-13", "2025년 6월 12일", Date, "2025-06-12"},
		{"백악관은 11일 브리핑에서 말했다.", "2025-06-12", "11일", Date, "2025-06-11"},
		{"지난달 회담이 열렸다.", "2025-06-12", "지난달", Date, "2025-05"},
		{"올해 경제가 성장했다.", "2025-06-12", "올해", Date, "2025"},
		{"지난해 회담이 열렸다.", "2025-06-12", "지난해", Date, "2024"},
		{"회담은 3일간 열렸다.", "2025-06-12", "3일간", Duration, "P3D"},
		{"금요일 발표했다.", "2025-08-31", "금요일", Date, "2025-08-29"},
		{"지난달 30일에도 발사했다.", "2025-08-31", "지난달 30일", Date, "2025-07-30"},
		{"이달 5일 회담이 열린다.", "2025-08-31", "이달 5일", Date, "2025-08-05"},
		{"내달 3일 방한한다.", "2025-12-20", "내달 3일", Date, "2026-01-03"},
		{"지난해 12월 5일 서명했다.", "2025-08-31", "지난해 12월 5일", Date, "2024-12-05"},
		{"올해 3월 발표했다.", "2025-08-31", "올해 3월", Date, "2025-03"},
		{"내달 회담이 열린다.", "2025-08-31", "내달", Date, "2025-09"},
		{"회담은 오는 9월 3일 열린다.", "2025-08-31", "오는 9월 3일", Date, "2025-09-03"},
		{"지난 8월 3일 발표했다.", "2025-08-31", "지난 8월 3일", Date, "2025-08-03"},
		{"오는 2월 3일 열린다.", "2025-08-31", "오는 2월 3일", Date, "2026-02-03"},
		{"그는 28일 오후 3시 도착했다.", "2025-08-31", "28일 오후 3시", Time, "2025-08-28T15:00"},
		{"회의는 오전 10시 30분 시작됐다.", "2025-08-31", "오전 10시 30분", Time, "2025-08-31T10:30"},
		{"회담은 3시간 동안 이어졌다.", "2025-08-31", "3시간 동안", Duration, "PT3H"},
		// Portuguese
		{"O acordo foi assinado em 31 de agosto de 2025.", "2025-09-02", "31 de agosto de 2025", Date, "2025-08-31"},
		{"O presidente falou na sexta-feira.", "2025-08-31", "sexta-feira", Date, "2025-08-29"},
		{"A economia cresceu no ano passado.", "2025-08-31", "ano passado", Date, "2024"},
		{"Ele chegou ontem.", "2025-08-31", "ontem", Date, "2025-08-30"},
		{"O presidente falou no dia 29 com jornalistas.", "2025-08-31", "dia 29", Date, "2025-08-29"},
		{"O encontro será no próximo dia 3.", "2025-08-31", "próximo dia 3", Date, "2025-09-03"},
		{"O acordo foi assinado no dia 29 de agosto.", "2025-09-02", "29 de agosto", Date, "2025-08-29"},
		{"A guerra durou três anos.", "2025-08-31", "três anos", Duration, "P3Y"},
		{"O encontro foi em junho de 2019.", "2025-08-31", "junho de 2019", Date, "2019-06"},
		{"Trump disse na sexta-feira, 29 de agosto de 2025, que está aberto.", "2025-06-13", "sexta-feira, 29 de agosto de 2025", Date, "2025-08-29"},
		{"O ministro anunciou nesta sexta-feira (29) o novo plano.", "2025-08-31", "nesta sexta-feira (29)", Date, "2025-08-29"},
		{"A votação será na terça-feira (2).", "2025-08-31", "terça-feira (2)", Date, "2025-09-02"},
		{"O acordo foi assinado na quinta-feira (31).", "2025-08-02", "quinta-feira (31)", Date, "2025-07-31"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) { expectTimex(t, tt.text, date(tt.dct), tt.want, tt.typ, tt.value) })
	}
}

func TestNoFalsePositives(t *testing.T) {
	for _, text := range []string{
		"The 11th floor was closed.",
		"About 2000 people marched in the capital.",
		"He may leave; they march on.",
		"Jan Smith spoke to the press.",
		"The current account deficit widened.",
		"A 45-year-old man was arrested.",
	} {
		if got := Tag(text, date("2025-01-01")); len(got) != 0 {
			t.Errorf("Tag(%q) = %+v, want none", text, got)
		}
	}
}

func TestUnknownDCT(t *testing.T) {
	got := Tag("The talks resumed on the 11th and again on Friday.", time.Time{})
	want := map[string]string{"the 11th": "XXXX-XX-11", "Friday": "XXXX-WXX-5"}
	for _, tx := range got {
		if v, ok := want[tx.Text]; ok && tx.Value != v {
			t.Errorf("%q = %s, want %s", tx.Text, tx.Value, v)
		}
		delete(want, tx.Text)
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %+v", want, got)
	}
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		file, dct string
		want      map[string]string // text -> value
	}{
		{"000_d6398dffda7a0d7e.txt", "2025-08-31", map[string]string{
			"Sunday, August 31, 2025": "2025-08-31", "this Friday": "2025-08-29", "Thursday": "2025-08-28",
			"2018": "2018", "2019": "2019", "the same year": "2019", "last month": "2025-07"}},
		{"003_5f232754d814ddaa.txt", "2025-06-12", map[string]string{
			"the 11th": "2025-06-11", "four months": "P4M", "2018": "2018", "2019": "2019"}},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(shared, "seeds", tt.file))
		if err != nil {
			t.Skipf("seed not found: %v", err)
		}
		got := Tag(string(b), date(tt.dct))
		for text, value := range tt.want {
			tx, ok := find(got, text)
			if !ok {
				t.Errorf("%s: no %q", tt.file, text)
				continue
			}
			if tx.Value != value {
				t.Errorf("%s: %q = %s, want %s", tt.file, text, tx.Value, value)
			}
		}
	}
}

// checkOffsets asserts the invariants every Tag result must keep.
func checkOffsets(t *testing.T, text string, got []Timex) {
	t.Helper()
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	rs := []rune(text)
	prev := 0
	for _, tx := range got {
		if tx.Start < prev || tx.End <= tx.Start || tx.End > len(rs) {
			t.Fatalf("bad offsets %d..%d (prev end %d, len %d) in %q", tx.Start, tx.End, prev, len(rs), text)
		}
		if s := string(rs[tx.Start:tx.End]); s != tx.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", tx.Start, tx.End, s, tx.Text)
		}
		if tx.Type == "" || tx.Value == "" {
			t.Fatalf("empty type or value: %+v", tx)
		}
		prev = tx.End
	}
}

func kcna(tb testing.TB) []struct {
	Date string `json:"date_str"`
	Text string `json:"story_text"`
} {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(shared, "data", "corpus", "kcna", "headlines_2024-11-11.json"))
	if err != nil {
		tb.Skipf("KCNA corpus not found: %v", err)
	}
	var arts []struct {
		Date string `json:"date_str"`
		Text string `json:"story_text"`
	}
	if err := json.Unmarshal(b, &arts); err != nil {
		tb.Fatal(err)
	}
	return arts
}

func TestKCNAOffsets(t *testing.T) {
	arts := kcna(t)
	n := 0
	for _, a := range arts[:min(300, len(arts))] {
		got := Tag(a.Text, date(a.Date))
		checkOffsets(t, a.Text, got)
		n += len(got)
	}
	if n == 0 {
		t.Fatal("no expressions in 300 KCNA articles")
	}
}

func FuzzTag(f *testing.F) {
	for _, name := range []string{"000_d6398dffda7a0d7e.txt", "001_a5c868f44a545ec6.txt", "003_5f232754d814ddaa.txt"} {
		if b, err := os.ReadFile(filepath.Join(shared, "seeds", name)); err == nil {
			f.Add(string(b), int64(1756598400))
		}
	}
	f.Add("지난달 2025년 6월 12일 11일 3일간", int64(0))
	f.Add("31 de agosto de 2025, na sexta-feira, no ano passado", int64(1756598400))
	f.Add("the 31st of February, 10 p.m. Wednesday, 2 1/2 years", int64(-62135596800))
	f.Add("El 12 de junio de 2018, el jueves pasado y hace tres años; cada año, el mismo año.", int64(1749686400))
	f.Add("Am 12. Juni 2018, am Donnerstagabend, vor drei Jahren, im selben Jahr, jedes Jahr, heute Morgen.", int64(1749686400))
	f.Add("Le 12 juin 2018, jeudi dernier, il y a trois ans, l'année dernière, la même année, chaque année.", int64(0))
	f.Add("Trump was sworn in on January 20, 2017. Four months after taking office, 100 days into his presidency, two weeks after the inauguration.", int64(1528761600))
	f.Add("Il 12 giugno 2018, giovedì scorso, tre anni fa, l'anno scorso, lo stesso anno, ogni anno, un'ora.", int64(1749686400))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		if len(text) > 4096 {
			text = text[:4096]
		}
		dct := time.Unix(unix%(1<<40), 0).UTC()
		got := Tag(text, dct)
		checkOffsets(t, text, got)
		// with terms of office: any offset from any day
		tg := Tagger{TookOffice: func(string, time.Time) (time.Time, bool) { return dct.AddDate(0, -5, 0), true }}
		checkOffsets(t, text, tg.Tag(text, dct))
	})
}

func BenchmarkTagKCNA(b *testing.B) {
	arts := kcna(b)
	var texts []string
	var dcts []time.Time
	size := 0
	for _, a := range arts {
		if strings.TrimSpace(a.Text) == "" {
			continue
		}
		texts = append(texts, a.Text)
		dcts = append(dcts, date(a.Date))
		size += len(a.Text)
		if len(texts) == 100 {
			break
		}
	}
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i % len(texts)
		Tag(texts[j], dcts[j])
	}
}
