package timex

import "testing"

// TestReportingPeriods covers the periods of company reports that a
// comparison ("a year earlier", "year-ago", "$3 million last year")
// refers back to: a span of several months is no quarter, so the year
// before is its value, while a quarter or a day told of last keeps its
// granularity.
func TestReportingPeriods(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"year earlier after a span of months", "For the nine months, the bank earned $5 million, compared with $3 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988"},
		{"span after a quarter", "Profit rose in the third quarter. In the first six months, net was $9 million, up from $7 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988"},
		{"year-earlier after a span", "For the nine months, the mill lost $2 million, compared with year-earlier net income of $1 million.", "1989-10-26", "year-earlier", Date, "1988"},
		{"quarter keeps the quarter", "Profit rose 5% in the third quarter from $4 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988-Q3"},
		{"figure last year after a quarter", "The insurer earned $24 million in the third quarter, compared with a loss of $3 million last year.", "1989-11-02", "last year", Date, "1988-Q3"},
		{"last year without a figure", "The insurer earned $24 million in the third quarter, but last year it lost money.", "1989-11-02", "last year", Date, "1988"},
		{"figure last year after a span", "Net fell in the third quarter. For the nine months, net rose to $525 million from $504 million last year.", "1989-10-30", "last year", Date, "1988"},
		{"year-ago period after a forecast quarter", "The steelmaker expects a loss in the third quarter of 1990. In the year-ago period, it earned $101 million.", "1989-10-26", "the year-ago period", Date, "1988-Q3"},
		{"year-ago period after a past quarter", "The steelmaker lost money in the second quarter. In the year-ago period, it earned $101 million.", "1989-10-26", "the year-ago period", Date, "1988-Q2"},
		{"back to the reported quarter", "The mill posted higher third-quarter profit. After a flat second quarter, paper sales recovered. Charges cut the year-earlier period.", "1989-11-01", "the year-earlier period", Date, "1988-Q3"},
		{"a year ago after an aside", "The mill posted higher third-quarter profit. After a flat second quarter, paper sales recovered. Taxes were lower than a year ago.", "1989-11-01", "a year ago", Date, "1988-Q3"},
		{"same sentence keeps the quarter told of", "The mill posted higher third-quarter profit. Profit in the second quarter was below the year-earlier period.", "1989-11-01", "the year-earlier period", Date, "1988-Q2"},
		{"last year's quarter", "Sales rose in the third quarter. A strike had hurt last year's quarter.", "1989-11-01", "last year's quarter", Date, "1988-Q3"},
		{"first two quarters of a fiscal year", "Sales should recover in the first two quarters of fiscal 1990.", "1989-10-26", "the first two quarters of fiscal 1990", Date, "1990-H1"},
		{"last two quarters of a year", "Prices fell in the last two quarters of 1988.", "1989-10-26", "the last two quarters of 1988", Date, "1988-H2"},
		{"year-earlier period after a span", "For the nine months, the toolmaker earned $81 million. In the year-earlier period, it earned $77 million.", "1989-10-27", "the year-earlier period", Duration, "P9M"},
		{"year-earlier months", "The miner made a smaller profit in the year-earlier nine months.", "1989-10-26", "the year-earlier nine months", Duration, "P9M"},
		{"a date after the span", "For the six months ended Aug. 12, the grocer earned $3 million, against $2 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988-08-12"},
	})
}

// TestFutureDayAndMonth covers a day and month written without a year in
// a clause about the future: a strong mark of the future governing it
// puts a day already gone in the next year, while a weak one (a modal a
// comma closes off) or the past tense keeps the DCT's year.
func TestFutureDayAndMonth(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"will take effect", "The new tariff will take effect June 1.", "1989-10-26", "June 1", Date, "1990-06-01"},
		{"effective", "Workers will vote on a new contract effective Jan. 15.", "1998-03-04", "Jan. 15", Date, "1999-01-15"},
		{"past tense", "The new tariff took effect June 1.", "1989-10-26", "June 1", Date, "1989-06-01"},
		{"weak mark of the future", "He said the talks would not resume, in remarks to reporters Jan. 15.", "1998-03-04", "Jan. 15", Date, "1998-01-15"},
		{"within the last week", "The board will meet on March 1.", "1998-03-04", "March 1", Date, "1998-03-01"},
		{"ahead in the year", "The new tariff will take effect Dec. 1.", "1989-10-26", "Dec. 1", Date, "1989-12-01"},
	})
}

// TestInUnitsAhead covers "in five years" in a clause about the future:
// the time that far after the DCT, not a duration; in the past tense
// ("was built in two years") it is how long it took, and "in a quarter"
// is any quarter.
func TestInUnitsAhead(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"would mature in years", "The bonds would mature in five years.", "1989-11-02", "five years", Date, "1994"},
		{"will open in months", "The new plant will open in six months.", "1998-03-04", "six months", Date, "1998-09"},
		{"past tense is a duration", "The plant was built in two years.", "1998-03-04", "two years", Duration, "P2Y"},
		{"no future", "Sales doubled in three years.", "1998-03-04", "three years", Duration, "P3Y"},
		{"in a quarter", "Shops would close early in a quarter with weak sales.", "1989-10-30", "a quarter", Duration, "P3M"},
	})
}

// TestThenCurrent covers "then current", which is current at a past time
// told of, not now.
func TestThenCurrent(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"then current", "The loan was converted at the then current exchange rate.", "1989-10-26", "then current", Date, "PAST_REF"},
		{"then-current", "The plan was drawn up by the then-current board.", "1989-10-26", "then-current", Date, "PAST_REF"},
		{"current alone", "Shares traded below the current market price.", "1989-10-26", "current", Date, "PRESENT_REF"},
	})
}

// TestAWhile covers "a while": a duration of unknown length after "for"
// or "after", the past with "ago", and nothing in "once in a while".
func TestAWhile(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"for a while", "The town may stay without water for a while.", "1998-01-11", "a while", Duration, "PXX"},
		{"after a little while", "The crowd left after a little while.", "1998-01-11", "a little while", Duration, "PXX"},
		{"a while ago", "The plant closed a while ago.", "1998-01-11", "a while ago", Date, "PAST_REF"},
	})
	if tx, ok := find(Tag("He calls his mother once in a while.", date("1998-01-11")), "a while"); ok {
		t.Errorf("once in a while: found %q (%s %s), want none", tx.Text, tx.Type, tx.Value)
	}
}

// TestLaterDate covers "a later date" and "a future date", the future
// left unspecified.
func TestLaterDate(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"a later date", "The board will decide on the dividend at a later date.", "1989-10-26", "a later date", Date, "FUTURE_REF"},
		{"a future date", "The vote was put off to a future date.", "1989-10-26", "a future date", Date, "FUTURE_REF"},
	})
}

// TestCompoundQuarter checks that "quarter" in a compound adjective
// ("quarter-to-quarter") is no time expression.
func TestCompoundQuarter(t *testing.T) {
	text := "The quarter-to-quarter comparison was also helped by lower charges."
	if tx, ok := find(Tag(text, date("1989-11-01")), "The quarter"); ok {
		t.Errorf("Tag(%q) found %q (%s %s), want none", text, tx.Text, tx.Type, tx.Value)
	}
}
