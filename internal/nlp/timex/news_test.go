package timex

import "testing"

// TestNewsClasses checks classes of expressions common in wire news (AP,
// NYT, Xinhua style), each with a sentence written as such stories are.
func TestNewsClasses(t *testing.T) {
	tests := []struct {
		name, text, dct string
		want            string // expected Text
		typ, value      string
	}{
		// Weekdays: a mark of the future that a comma separates from the
		// day does not outweigh a nearer past day; one governing the day
		// does.
		// Sets: a day name before another with a plural part of the day
		// shares it.
		{"weekday and weekday nights, first", "Two flights will leave Bombay on Monday and Tuesday nights.", "1998-02-13", "Monday", Set, "XXXX-WXX-1TNI"},
		{"weekday and weekday nights, second", "Two flights will leave Bombay on Monday and Tuesday nights.", "1998-02-13", "Tuesday nights", Set, "XXXX-WXX-2TNI"},
		{"weekday and weekday night", "The flights left on Monday and Tuesday night.", "1998-02-13", "Monday", Date, "1998-02-09"},
		{"modal, past nearer", "Albright said Washington would not bargain with terrorists, in remarks to reporters Monday.", "1998-08-13", "Monday", Date, "1998-08-10"},
		{"plan word", "The sale is scheduled to close Monday.", "1989-11-02", "Monday", Date, "1989-11-06"},
		{"intent", "Officials expect the talks to resume Monday.", "1998-08-13", "Monday", Date, "1998-08-17"},
		{"will", "Clinton will travel to Kenya on Tuesday.", "1998-08-07", "Tuesday", Date, "1998-08-11"},
		{"modal, future nearer", "He said the Senate would vote on the treaty Saturday.", "1998-08-13", "Saturday", Date, "1998-08-15"},
		{"will, number with comma", "The government will pay $1,500 to each family Monday.", "1998-08-13", "Monday", Date, "1998-08-17"},
		{"reported modal governs", "The White House said Thursday that Clinton would attend a memorial service Monday.", "1998-08-13", "Monday", Date, "1998-08-17"},
		{"will, comma", "The embassy will stay closed, the State Department said in a statement Monday.", "1998-08-13", "Monday", Date, "1998-08-10"},
		// A date something is put off to lies ahead, though the verb is
		// in the past; "planned for" is a plan.
		{"postponed until", "The vote on the budget was postponed until Friday, officials said.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"adjourned to", "Parliament adjourned the debate to Monday after a brawl.", "1998-08-12", "Monday", Date, "1998-08-17"},
		{"extended through", "The embassy extended the deadline through Sunday.", "1998-08-12", "Sunday", Date, "1998-08-16"},
		{"planned for", "A funeral for the victims is planned for Saturday in Nairobi.", "1998-08-12", "Saturday", Date, "1998-08-15"},
		{"was planned for", "A rally was planned for Saturday but police banned it.", "1998-08-12", "Saturday", Date, "1998-08-08"},
		{"moved, no put-off", "The talks were moved to Geneva on Monday.", "1998-08-12", "Monday", Date, "1998-08-10"},
		// Unspecified decades and centuries are written as TimeBank does.
		{"for decades", "The two countries have been enemies for decades.", "1998-08-12", "decades", Duration, "PXE"},
		{"for centuries", "Ukraine was ruled from Moscow for centuries.", "1998-02-27", "centuries", Duration, "PXC"},
		// "quarterly" on its own is a set.
		{"quarterly alone", "The fund pays dividends quarterly.", "1998-08-12", "quarterly", Set, "P3M"},
		// Letters glued to digits are no words of a language: "Y2K" does
		// not make the text Spanish.
		{"y2k", "The Y2K bug could strike on Jan. 1, 2000.", "1999-03-12", "Jan. 1, 2000", Date, "2000-01-01"},
		// "the same month a year earlier" is one expression: the month
		// last told of, a year before.
		{"same month a year earlier", "Exports rose 10 percent in July from the same month a year earlier.", "1998-08-12", "the same month a year earlier", Date, "1997-07"},
		{"same day last year", "The index closed at 8,500 on Aug. 3, up from 7,900 on the same day last year.", "1998-08-12", "the same day last year", Date, "1997-08-03"},
		// "the next century" is the DCT's next, whatever year was named
		// before; "the end of the century" is the DCT's.
		{"next century", "The plan, drafted in 1996, will carry China into the next century.", "1998-08-08", "the next century", Date, "20"},
		{"end of century", "The project should be finished by the end of the century, officials said.", "1998-08-08", "the end of the century", Date, "19"},
		{"turn of century", "Officials hope to finish the dam by the turn of the century.", "1999-03-12", "the turn of the century", Date, "19"},
		{"end of decade", "Output should double by the end of the decade.", "1998-08-08", "the end of the decade", Date, "199"},
		{"decade still a date", "The music of the sixties was loud.", "1998-08-08", "the sixties", Date, "196"},
		// A time of day takes the weekday after it across a parenthesis.
		{"time, gmt, weekday", "Rescuers dug through the rubble Saturday. The bomb exploded at 10:35 a.m. (0735 GMT) Friday, killing 80.", "1998-08-08", "10:35 a.m.", Time, "1998-08-07T10:35"},
		{"gmt, weekday", "Rescuers dug through the rubble Saturday. The bomb exploded at 10:35 a.m. (0735 GMT) Friday, killing 80.", "1998-08-08", "0735 GMT", Time, "1998-08-07T07:35"},
		{"time on weekday", "Rescuers dug through the rubble Saturday. The first blast came at 10:30 a.m. on Friday.", "1998-08-08", "10:30 a.m.", Time, "1998-08-07T10:30"},
		// "the end of" a relative unit is part of the expression, as
		// for "the end of 1990" (TimeML's mod END).
		{"end of this week", "The company will begin mailing materials to shareholders at the end of this week.", "1989-11-02", "the end of this week", Date, "1989-W44"},
		{"beginning of this year", "Exports have risen 10 percent since the beginning of this year.", "1998-08-08", "the beginning of this year", Date, "1998"},
		{"end of last month", "The rally took place at the end of last month.", "2019-06-12", "the end of last month", Date, "2019-05"},
		// A day name with the week it is in is one expression.
		{"weekday next week", "The exercises, which run until Wednesday next week, began yesterday.", "2024-10-16", "Wednesday next week", Date, "2024-10-23"},
		{"weekday last week", "The vessel was damaged on Friday last week.", "2024-10-16", "Friday last week", Date, "2024-10-11"},
		// In a clause about the future, "the end of the year" is the
		// DCT's, not that of a year gone told of before.
		// "the same period of last year" (Xinhua's way) is the period
		// last told of, a year before, as "the same period last year".
		{"same period of last year", "Exports in the first half of this year rose 10 percent over the same period of last year.", "1998-08-08", "the same period of last year", Date, "1997-H1"},
		{"same month of last year", "Output in July rose 5 percent compared with the same month of last year.", "1998-08-08", "the same month of last year", Date, "1997-07"},
		// "the last century" is the century before the DCT's, like "the
		// past decade".
		{"last century", "They inflicted huge damage on mankind in the last century.", "2024-08-22", "the last century", Date, "19"},
		// KCNA gives the Gregorian year in brackets after the Juche one.
		{"month, juche year", "One day in June Juche 102 (2013), he visited the farm.", "2024-07-16", "June", Date, "2013-06"},
		{"month day, juche year", "The republic was declared before the world on September 9, Juche 37 (1948).", "2024-09-06", "September 9", Date, "1948-09-09"},
		{"end of the year ahead", "The project, started in 1995, is expected to be completed by the end of the year.", "1998-08-08", "the end of the year", Date, "1998"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectTimex(t, tt.text, date(tt.dct), tt.want, tt.typ, tt.value)
		})
	}
}

// TestNewsClassRejects checks expressions that look like times but are
// not: decades of a person's age, "quarterly" naming a kind of figure.
func TestNewsClassRejects(t *testing.T) {
	for _, text := range []string{
		"The victim, a man in his fifties, was a clerk.",
		"Both suspects are in their early '30s.",
		"She moved to Paris in her late twenties.",
		"Magna cut its quarterly dividend in half.",
		"The vote was a blow for May and her cabinet.",
		"Iraq imports about three-quarters of its food.",
		// a season before a noun is a kind of thing; capitalised among
		// capitalised words, a name
		"The commission is intensifying the guidance over winter wheat sowing.",
		"They were provided with autumn clothes and school uniforms.",
		"Pak Mi Song won gold at the First International Summer Sports Contest.",
		"Forecasts are released alongside the Budget and Autumn Statement.",
		// "the daily" that reports is a newspaper
		"The daily carries news that inhabitants from flooded areas were rescued.",
	} {
		if got := Tag(text, date("1998-08-08")); len(got) != 0 {
			t.Errorf("Tag(%q) = %+v, want none", text, got)
		}
	}
}
