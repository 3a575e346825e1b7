package timex

import (
	"strings"
	"testing"
	"time"
)

// TestAnchoring covers the anchoring of relative and anaphoric
// expressions: the tense cues that pick the past or the future
// occurrence of a day or month, expressions resolved against the last
// date mentioned, and the vague references.
func TestAnchoring(t *testing.T) {
	runTimexCases(t, []timexCase{
		// future and past cues around a weekday or month (DCT Sunday 1998-03-22)
		{"set to", "The peace process is set to resume Monday in Belfast.", "1998-03-22", "Monday", Date, "1998-03-23"},
		{"supposed to", "The talks are supposed to conclude by May.", "1998-03-22", "May", Date, "1998-05"},
		{"payable", "The dividend is payable Jan. 2 to holders of record.", "1989-11-02", "Jan. 2", Date, "1990-01-02"},
		{"initial is no sentence end", "Mr. Smith will succeed Daniel P. Davison Feb. 1, the company said.", "1989-10-26", "Feb. 1", Date, "1990-02-01"},
		{"past perfect plan", "The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", Time, "1989-10-27T24:00"},
		{"reported past", "The deal is good, Mr. Gerstner said Friday, and holders would gain.", "1989-10-30", "Friday", Date, "1989-10-27"},
		{"said on", "The envoy said on Tuesday that Iraq would retaliate.", "1990-08-15", "Tuesday", Date, "1990-08-14"},
		{"month ahead, past tense", "The company completed the sale in May.", "1998-03-04", "May", Date, "1997-05"},
		{"last month name just gone", "Two helicopters crashed last February.", "1998-03-01", "last February", Date, "1997-02"},
		{"last month name further back", "The plant closed last October.", "1998-03-01", "last October", Date, "1997-10"},
		{"last month name in the year", "The plant closed last January.", "1998-05-01", "last January", Date, "1998-01"},
		{"since is past", "The carrier has been on patrol since March and was scheduled to return.", "1990-08-13", "March", Date, "1990-03"},
		{"future date earlier in the year", "The new labor pact is effective June 1.", "1989-12-26", "June 1", Date, "1990-06-01"},
		{"past date earlier in the year", "The new labor pact took effect June 1.", "1989-12-26", "June 1", Date, "1989-06-01"},
		{"future month earlier in the year", "The law will take effect in January.", "1998-08-04", "January", Date, "1999-01"},
		// counted from the day someone took office, when the text gives it
		{"months after taking office", "Trump took office on January 20, 2017. Four months after taking office, he flew to Riyadh.", "2018-06-06", "Four months after taking office", Date, "2017-05"},
		{"days into his presidency", "Moon was sworn in on May 10, 2017. 100 days into his presidency, his approval stood at 78%.", "2017-09-01", "100 days into his presidency", Date, "2017-08-18"},
		{"weeks after the inauguration", "The inauguration was held on January 20, 2009. Two weeks after the inauguration, the bill passed.", "2009-03-01", "Two weeks after the inauguration", Date, "2009-02-03"},
		{"years after coming to power", "He came to power in 2011. Two years after coming to power, he purged his uncle.", "2014-01-01", "Two years after coming to power", Date, "2013"},
		{"office unknown: a duration", "Four months after taking office, he flew to Riyadh.", "2018-06-06", "Four months", Duration, "P4M"},
		{"anchor coarser than the unit: a duration", "He took office in 2017. Four months after taking office, he flew to Riyadh.", "2018-06-06", "Four months", Duration, "P4M"},
		{"other events stay durations", "The war began on March 20, 2003. Four months after the invasion, the army withdrew.", "2004-01-01", "Four months", Duration, "P4M"},
		// anchored on the last date mentioned
		{"the next day", "He left on Jan. 5, 1997. The next day he died.", "1998-02-13", "The next day", Date, "1997-01-06"},
		{"the previous day", "He left on Jan. 5, 1997. The previous day was calm.", "1998-02-13", "The previous day", Date, "1997-01-04"},
		{"the day before, adverb", "He left on Jan. 5, 1997. The day before, he ate.", "1998-02-13", "The day before", Date, "1997-01-04"},
		{"that same year", "In 1997, sales rose. That same year, profits fell.", "1998-02-13", "That same year", Date, "1997"},
		{"the previous weekday", "Stocks closed at 2082.1 on Friday, Oct. 27, down from the previous Friday.", "1989-10-30", "the previous Friday", Date, "1989-10-20"},
		{"numbers of units later", "He left in 1995. Three days later, he died.", "1998-02-13", "Three days", Duration, "P3D"},
		{"vague units later", "Months later, he died.", "1998-02-13", "Months later", Date, "FUTURE_REF"},
		// the weekend
		{"weekend just gone", "Rebels attacked over the weekend.", "1998-03-04", "the weekend", Date, "1998-W09-WE"},
		{"weekend ahead", "Talks will resume over the weekend.", "1998-03-04", "the weekend", Date, "1998-W10-WE"},
		{"weekend of the DCT", "Rebels attacked over the weekend.", "1998-03-08", "the weekend", Date, "1998-W10-WE"},
		// financial comparisons and year ends
		{"year-ago after a past period", "It lost $195 million in the 1988 period. The year-ago results included a charge.", "1989-11-02", "The year-ago", Date, "1988-Q3"},
		{"year-ago after the current period", "Sales rose in the third quarter. The year-ago results included a charge.", "1989-11-02", "The year-ago", Date, "1988-Q3"},
		{"since year-end", "The index is up 5% since year-end.", "1989-10-30", "year-end", Date, "1988"},
		{"by year-end", "The deal will close by year-end.", "1989-10-30", "year-end", Date, "1989"},
		// vague references and sets
		{"every morning", "He jogs every morning.", "1998-02-06", "every morning", Set, "XXXX-XX-XXTMO"},
		{"every other week", "They meet every other week.", "1998-02-06", "every other week", Set, "P2W"},
		{"frequency adverb", "Profits rise annually by 5%.", "1998-02-06", "annually", Set, "P1Y"},
	})
}

// timexCase is a phrase with its document date and the expression Tag
// must find in it.
type timexCase struct {
	name       string
	text, dct  string
	want       string // expected Text
	typ, value string
}

// runTimexCases runs expectTimex on each case in a subtest.
func runTimexCases(t *testing.T, cases []timexCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { expectTimex(t, tt.text, date(tt.dct), tt.want, tt.typ, tt.value) })
	}
}

// TestAnchoringRejects lists phrases that must not be read as the time
// expression named.
func TestAnchoringRejects(t *testing.T) {
	tests := []struct {
		name, text, notWant string
	}{
		{"day before as preposition", "Shares fell on Oct. 12, the day before the crash.", "the day before"},
		{"the past with a count", "Violence spread for the past three summers.", "the past"},
		{"later is no part of a duration", "He left in 1995. Three days later, he died.", "Three days later"},
		// rates: the unit is no time expression (TimeBank leaves six in eight untagged)
		{"amount a year", "Unisys said that should help it save $500 million a year in costs.", "a year"},
		{"plural noun a week", "This will add nearly 700 seats a week on the route.", "a week"},
		{"number a month", "The economy has been creating jobs at a rate of 358,000 a month.", "a month"},
		{"per unit after a noun", "Intel clocks the chip's speed at 15 million instructions per second.", "per second"},
		// titles and generic uses of today and tomorrow
		{"newspaper title", "The poll was published in USA Today on Monday.", "Today"},
		{"programme title", "This is VOA Today.", "Today"},
		{"generic tomorrow", "If I were choosing the people of tomorrow, I would have chosen them.", "tomorrow"},
		{"august as an adjective", "His august name will shine for ever.", "august"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.text, date("1998-02-13"))
			if tx, ok := find(got, tt.notWant); ok {
				t.Errorf("Tag(%q) found %q (%s %s), want none", tt.text, tt.notWant, tx.Type, tx.Value)
			}
		})
	}
}

// TestSentenceEnd checks the full stops that end a sentence for the
// tense cues.
func TestSentenceEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"He left. Then", 7},
		{"Daniel P. Davison", -1},
		{"Mr. Smith and Oct. 5", -1},
		{"rose 1.5 percent", -1},
		{"It ended? Yes", 8},
		{"the end.\nNext", 8},
	}
	for _, tt := range tests {
		if got := lastSentenceEnd(tt.text); got != tt.want {
			t.Errorf("lastSentenceEnd(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestTaggerTookOffice checks that a Tagger asks TookOffice for the day
// an offset from taking office counts from when the text does not say,
// with the sentence before the expression, and that the text's own date
// comes first.
func TestTaggerTookOffice(t *testing.T) {
	var asked []string
	tg := Tagger{TookOffice: func(before string, at time.Time) (time.Time, bool) {
		asked = append(asked, before)
		if strings.Contains(before, "Trump") {
			return time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}}
	tests := []struct {
		text, want, typ, value string
		asks                   bool
	}{
		{"Earlier news. The Trump administration tried again just four months after taking office.", "four months after taking office", Date, "2025-05", true},
		{"The new mayor called the council two weeks after taking office.", "two weeks", Duration, "P2W", true},
		{"Trump was sworn in on January 20, 2017. Four months after taking office, he flew to Riyadh.", "Four months after taking office", Date, "2017-05", false},
		{"Trump left four months after the summit.", "four months", Duration, "P4M", false},
	}
	for _, tt := range tests {
		asked = nil
		var got *Timex
		for _, x := range tg.Tag(tt.text, date("2025-06-12")) {
			if x.Text == tt.want {
				got = &x
			}
		}
		if got == nil || got.Type != tt.typ || got.Value != tt.value {
			t.Errorf("Tag(%q): %q = %+v, want %s %s", tt.text, tt.want, got, tt.typ, tt.value)
		}
		if (len(asked) > 0) != tt.asks {
			t.Errorf("Tag(%q) asked TookOffice %q, want asked %v", tt.text, asked, tt.asks)
		}
		for _, b := range asked {
			if strings.Contains(b, "Earlier news") {
				t.Errorf("TookOffice was given %q, beyond the sentence", b)
			}
		}
	}
}
