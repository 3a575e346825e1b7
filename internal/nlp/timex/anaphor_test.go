package timex

import "testing"

// TestDayAnaphors, TestVagueFuture and the others in this file cover the
// classes counted on TimeBank (the development set) that the last round
// of rules fixed, each with a sentence of a wire story: day anaphors that
// skip a coarser date told of in between ("that day", "the next
// morning"), "soon" and "coming months", ranges of months, '80s
// written 80's, "the weeks ahead", and a "year earlier" that compares
// with the same figures as a "year ago".
func TestDayAnaphors(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"that day after a year", "Police arrested two men on Monday. Last year, 40 people died in such attacks. That day, a bomb exploded in the capital.", "1998-02-18", "That day", Date, "1998-02-16"},
		{"the same day after a month", "The rebels attacked the town on Sunday, the worst raid since January. The same day, the army shelled their camps.", "1998-02-18", "The same day", Date, "1998-02-15"},
		{"the next day after a year", "The treaty was signed on March 3, 1996, after talks begun in 1995. The next day, the parliament ratified it.", "1998-02-18", "The next day", Date, "1996-03-04"},
		{"that night after a year", "Troops entered the town on Tuesday, the first time since 1994. That night, the rebels withdrew.", "1998-02-18", "That night", Time, "1998-02-17TNI"},
		{"the next morning", "The army arrived in the town on Monday. He was released the next morning.", "1998-02-18", "the next morning", Time, "1998-02-17TMO"},
		{"the same night", "The army arrived in the town on Monday. The same night, rebels attacked.", "1998-02-18", "The same night", Time, "1998-02-16TNI"},
		{"the same day, no day told of", "In 1997, sales rose. The same day, profits fell.", "1998-02-13", "The same day", Date, "1997"},
	})
}

func TestVagueFuture(t *testing.T) {
	runTimexCases(t, []timexCase{
		// wsj_0575, wsj_0661, wsj_0778
		{"soon", "Control Data thinks it will be healthy enough soon to consider repurchasing public debt.", "1989-10-30", "soon", Date, "FUTURE_REF"},
		{"as soon as possible", "The bank said it would seek to liquidate the computer-printer maker \"as soon as possible,\" even if a buyer is not found.", "1989-10-30", "as soon as possible", Date, "FUTURE_REF"},
		{"may soon", "Prosecutors have told him that they may soon seek an indictment.", "1989-10-27", "soon", Date, "FUTURE_REF"},
		// NYT19980206.0460, wsj_1003
		{"in coming months", "The Federal Reserve expects the economy to slow in coming months as ripple effects from Asia reach the United States.", "1998-02-06", "coming months", Date, "FUTURE_REF"},
		{"for coming quarters", "\"It doesn't bode well for coming quarters,\" said John Jacobson.", "1989-10-26", "coming quarters", Date, "FUTURE_REF"},
		// wsj_0768
		{"the weeks ahead", "Funds may have to sell some of their junk to pay departing investors in the weeks ahead.", "1989-10-27", "the weeks ahead", Duration, "PXW"},
	})
	for _, tt := range []struct{ name, text, notWant string }{
		// APW19980219.0476, wsj_0340
		{"soon after", "Officials concluded he had probably been killed soon after being captured.", "soon"},
		{"as soon as", "Friendly institutions were likely to buy its stock as soon as trading opened Monday.", "soon"},
		{"how soon", "Nobody knows how soon the market will recover.", "soon"},
		{"soon-to-be", "The soon-to-be-released report criticizes the agency.", "soon"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tx, ok := find(Tag(tt.text, date("1998-02-13")), tt.notWant); ok {
				t.Errorf("Tag(%q) found %q (%s %s), want none", tt.text, tt.notWant, tx.Type, tx.Value)
			}
		})
	}
}

func TestMonthRangesAndDecades(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"range start takes the year of its end", "Exports rose 20 percent in the January-November period, the ministry said.", "1998-02-18", "January", Date, "1997-01"},
		{"range end", "Exports rose 20 percent in the January-November period, the ministry said.", "1998-02-18", "November", Date, "1997-11"},
		{"range in the current year", "Exports rose 20 percent in the January-May period, the ministry said.", "1998-06-18", "January", Date, "1998-01"},
		{"decade with the apostrophe after", "He was a star of the stage in the late 80's.", "1998-02-18", "the late 80's", Date, "198"},
	})
}

func TestYearAgoComparisons(t *testing.T) {
	runTimexCases(t, []timexCase{
		// wsj_0924: the year-earlier figures are the year-ago ones
		{"a year earlier after a year ago", "It had a net loss of C$2.3 million, or 14 Canadian cents a share, a year ago. Sales were C$348.2 million compared with C$307.2 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988"},
		{"a year earlier after a year", "In 1995, the company lost money. A year earlier, it had made a profit.", "1998-02-18", "A year earlier", Date, "1994"},
	})
}

func TestPresentThroughAt(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"expires at", "The deadline expires at midnight Wednesday, the ministry said.", "1998-08-10", "midnight Wednesday", Time, "1998-08-12T24:00"},
		{"expired at", "The deadline expired at midnight Wednesday, the ministry said.", "1998-08-10", "midnight Wednesday", Time, "1998-08-05T24:00"},
	})
}

// TestDurationAdjectives covers durations used as adjectives after a
// count of things: the count is no part of the number, and a plural
// noun after the unit is no "term" or "period" of it.
func TestDurationAdjectives(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"count before a duration", "The plan calls for two three-day visits a year.", "1998-08-10", "three-day", Duration, "P3D"},
		{"plural terms", "He served two five-year terms as governor.", "1998-08-10", "five-year", Duration, "P5Y"},
		{"compound number", "The twenty-five-year lease expires in 2003.", "1998-08-10", "twenty-five-year", Duration, "P25Y"},
		{"hundreds", "The empire lasted two hundred years.", "1998-08-10", "two hundred years", Duration, "P200Y"},
		{"range by its first number", "Shipments will resume within two to three weeks.", "1998-08-10", "two to three weeks", Duration, "P2W"},
		{"range with between", "Patients wait between two and six days for a bed.", "1998-08-10", "two and six days", Duration, "P2D"},
		{"bare plural before of", "The agreement follows months of talks.", "1998-08-10", "months", Duration, "PXM"},
		{"bare plural before of, years", "The country is recovering from years of war.", "1998-08-10", "years", Duration, "PXY"},
		{"half is no range", "He spent two and a half years in prison.", "1998-08-10", "two and a half years", Duration, "P2Y6M"},
	})
}
