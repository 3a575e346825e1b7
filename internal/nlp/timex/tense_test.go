package timex

import "testing"

// TestTenseCues covers the cues that place a bare weekday or month in the
// past or the future: regular verbs in the past tense, infinitives after
// verbs of intent, present-tense verbs through an adverb, and the words
// that only look like verbs in the past.
func TestTenseCues(t *testing.T) {
	// DCT Wednesday 1998-08-12
	runTimexCases(t, []timexCase{
		{"regular past before a future", "Clinton, who returned from vacation Sunday, will address the nation Thursday.", "1998-08-12", "Sunday", Date, "1998-08-09"},
		{"future after a regular past", "Clinton, who returned from vacation Sunday, will address the nation Thursday.", "1998-08-12", "Thursday", Date, "1998-08-13"},
		{"regular past alone", "The rebels shelled the capital Saturday.", "1998-08-12", "Saturday", Date, "1998-08-08"},
		{"past tense before an infinitive of intent", "The two sides agreed Monday to meet again Thursday.", "1998-08-12", "Monday", Date, "1998-08-10"},
		{"infinitive of intent", "The two sides agreed Monday to meet again Thursday.", "1998-08-12", "Thursday", Date, "1998-08-13"},
		{"hope to", "Officials hope to finish the work by Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"expect someone to", "Analysts expect the central bank to cut rates on Thursday.", "1998-08-12", "Thursday", Date, "1998-08-13"},
		{"to as a preposition", "Officials agreed to a deal on Tuesday.", "1998-08-12", "Tuesday", Date, "1998-08-11"},
		{"present through an adverb", "The two leaders meet separately Monday with the envoy.", "1998-08-12", "Monday", Date, "1998-08-17"},
		{"present through again", "The ministers meet again on Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"name in -ed is no verb", "Delegates will fly to United Nations headquarters Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"adjective in un- is no verb", "The dividend will be paid on a still unspecified date in January.", "1989-10-26", "January", Date, "1990-01"},
		{"passive participle is no past", "The talks will be resumed on Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"adjective after a determiner", "The president will visit the wounded soldiers Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		{"present through in", "The shopping season starts in November.", "1998-08-12", "November", Date, "1998-11"},
		{"past through in", "The shopping season started in November.", "1998-08-12", "November", Date, "1997-11"},
		{"season after in", "Prices fell in the fall.", "1998-08-12", "the fall", Date, "1997-FA"},
		{"regular past right before", "The ministry postponed on Monday talks that will decide the budget.", "1998-08-12", "Monday", Date, "1998-08-10"},
		{"prepared for", "His lawyers prepared for his testimony on Monday.", "1998-08-14", "Monday", Date, "1998-08-17"},
		{"deadline by a month", "Asset sales help pay down the bridge loan by February.", "1989-10-30", "February", Date, "1990-02"},
		{"deadline by a month, past", "The company had paid down the loan by February.", "1989-10-30", "February", Date, "1989-02"},
		{"possessive weekday after an infinitive of intent", "He was asked to comment on Monday's decision.", "1998-08-12", "Monday", Date, "1998-08-10"},
		{"told someone on a day that", "The prime minister told parliament on Tuesday that elections would be held in May.", "1998-08-12", "Tuesday", Date, "1998-08-11"},
		{"said in a statement on a day", "The group said in a statement Thursday it would not take part in the talks.", "1998-08-12", "Thursday", Date, "1998-08-06"},
		{"said, then the date's own future", "Officials said the talks on Thursday will decide the budget.", "1998-08-12", "Thursday", Date, "1998-08-13"},
		{"verb of saying before an infinitive", "The two sides agreed in principle Monday to meet again Thursday.", "1998-08-12", "Thursday", Date, "1998-08-13"},
		{"is expected on a day", "The results are expected Monday, officials said.", "1998-08-12", "Monday", Date, "1998-08-17"},
		{"was expected on a day", "The results were expected Monday, officials said.", "1998-08-12", "Monday", Date, "1998-08-10"},
		{"scheduled for May", "The elections are scheduled for May.", "1998-02-12", "May", Date, "1998-05"},
		// A month gone this year, in a clause about the future, is next
		// year's; a weak cue (a deadline alone) keeps the near one.
		{"will meet in a month gone", "The ministers will meet in March.", "2019-06-12", "March", Date, "2020-03"},
		{"met in a month gone", "The ministers met in March.", "2019-06-12", "March", Date, "2019-03"},
		// A month and day weeks ahead, told of in the past tense or
		// after "since", is last year's; a deadline, or an infinitive
		// after the past, may still lie ahead.
		{"since a day ahead", "He has not been seen in public since Oct. 7.", "2024-08-08", "Oct. 7", Date, "2023-10-07"},
		{"past verb before a day ahead", "That really showed on Oct. 7, when he understood the trauma.", "2024-08-08", "Oct. 7", Date, "2023-10-07"},
		{"past clause, day ahead", "Israel has characterized Sinwar as the mastermind behind the Oct. 7 attacks.", "2024-08-08", "Oct. 7", Date, "2023-10-07"},
		{"past verb, deadline", "The company extended its $18-a-share offer for the common stock until Nov. 9.", "1989-10-02", "Nov. 9", Date, "1989-11-09"},
		{"past verb, infinitive", "He was ordered to appear in court on Oct. 5.", "1998-08-12", "Oct. 5", Date, "1998-10-05"},
		{"past verb, day just ahead", "The rally took place on Aug. 13.", "1998-08-12", "Aug. 13", Date, "1998-08-13"},
	})
}

// TestRegularPast checks which words in -ed read as verbs in the past.
func TestRegularPast(t *testing.T) {
	for w, want := range map[string]bool{
		"returned": true, "agreed": true, "postponed": true, "carried": true,
		"scheduled": false, "expected": false, "proceed": false, "hundred": false, "unspecified": false,
		"red": false, "United": false, "need": false,
	} {
		if got := regularPast(w); got != want {
			t.Errorf("regularPast(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTheUnit covers "the year" and the parts of a day named without a
// day, and times whose day is named after them or earlier in the
// sentence.
func TestTheUnit(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"the year", "Sales for the year rose 5%.", "1989-11-02", "the year", Date, "1989"},
		{"the year after a year", "Sales fell in 1987. For the year, the loss was $5 million.", "1989-11-02", "the year", Date, "1987"},
		{"the year ended", "It earned $5 million for the year ended June 30.", "1989-11-02", "the year", Duration, "P1Y"},
		{"the year since", "Prices have doubled in the year since the war ended.", "1998-08-12", "the year", Duration, "P1Y"},
		{"the fiscal year ending", "It expects a loss in the fiscal year ending March 31.", "1989-11-02", "the fiscal year", Duration, "P1Y"},
		{"the full year is the current one", "The plant opens in 1992. Profit for the full year will rise.", "1989-11-02", "the full year", Date, "1989"},
		{"later in the day", "He arrived in Paris on Aug. 3 and spoke later in the day.", "1998-08-12", "later in the day", Date, "1998-08-03"},
		{"the next couple of years", "Over the next couple of years, prices will rise.", "1998-08-12", "the next couple of years", Duration, "P2Y"},
		{"a day earlier", "Trucks crossed the border Tuesday. A day earlier, scores of trucks were stopped.", "1990-08-16", "A day earlier", Duration, "P1D"},
		{"a year earlier stays a date", "In 1996 the rebels took the city. A year earlier, they had lost it.", "1998-08-12", "A year earlier", Date, "1995"},
		{"last as a verb", "The testimony, expected to last four hours, will be taped.", "1998-08-14", "four hours", Duration, "PT4H"},
		{"last as a verb, vague", "The strike could last weeks.", "1998-08-14", "weeks", Duration, "PXW"},
		{"the same period after a half", "Exports rose in the first half of this year, up 8% from the same period last year.", "1998-08-12", "the same period last year", Date, "1997-H1"},
		{"the same period after a quarter", "Sales rose in the third quarter from the same period last year.", "1998-11-12", "the same period last year", Date, "1997-Q3"},
		{"the nth day", "It's the second day of an offensive by the police.", "1998-03-06", "the second day", Date, "1998-03-06"},
		{"the nth day of a day told of", "Tuesday was the third day of the strike.", "1998-08-12", "the third day", Date, "1998-08-11"},
		{"quarters of a year", "Losses will go on through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", Date, "1990-H1"},
		{"quarter of this year", "In the first quarter of this year, profits rose.", "1998-08-12", "the first quarter of this year", Date, "1998-Q1"},
		{"quarter of last year", "The fourth quarter of last year was weak.", "1998-08-12", "The fourth quarter of last year", Date, "1997-Q4"},
		{"half a dozen", "The siege lasted half a dozen days.", "1998-08-12", "half a dozen days", Duration, "P6D"},
		{"military time GMT", "The quake struck at 0730 GMT.", "1998-08-12", "0730 GMT", Time, "1998-08-12T07:30"},
		{"military time GMT with a day", "The quake struck at 2015 GMT Tuesday.", "1998-08-12", "2015 GMT Tuesday", Time, "1998-08-11T20:15"},
		{"late afternoon", "By late afternoon, the crowd had dispersed.", "1998-08-12", "late afternoon", Time, "1998-08-12TAF"},
		{"in the morning", "On Aug. 10 dealers placed orders in the morning.", "1998-08-12", "the morning", Time, "1998-08-10TMO"},
		{"overnight", "Shares fell Friday, depressed by overnight losses in New York.", "1998-08-12", "overnight", Time, "1998-08-06TNI"},
		{"a day named after the time", "The bomb went off at 10:40 a.m. on Aug. 7.", "1998-08-12", "10:40 a.m.", Time, "1998-08-07T10:40"},
		{"a weekday named after the time", "The plane left at 9 p.m. on Friday.", "1998-08-12", "9 p.m.", Time, "1998-08-07T21:00"},
		{"the day of the sentence", "The attack began on June 5 at 10 a.m. and ended at 3 p.m.", "1998-08-12", "3 p.m.", Time, "1998-06-05T15:00"},
		{"not the day of an earlier sentence", "The attack began on June 5. The market closed at 3 p.m.", "1998-08-12", "3 p.m.", Time, "1998-08-12T15:00"},
	})
}

// TestTheUnitRejects lists phrases that are no time expression of their
// own.
func TestTheUnitRejects(t *testing.T) {
	for _, tt := range []struct{ text, notWant string }{
		{"The morning newspaper arrived late.", "The morning"},
		{"He was named Player of the Year.", "the Year"},
		{"Results for the month were weak.", "the month"},
		{"The day was calm.", "The day"},
		{"He spoke at the end of the day.", "the end of the day"},
		{"Police found him the morning of June 5.", "the morning"},
		{"Since the fall of the Berlin Wall, Europe has changed.", "the fall"},
		{"The spring of water dried up.", "The spring"},
		{"The Sunday Times reported the story.", "Sunday"},
		{"Banks lent at the overnight rate of 5%.", "overnight"},
		{"He set up a venture called Orion 1980, making parts.", "1980"},
		{"Iraq imports about three-quarters of its food.", "about three-quarters"},
		{"That is very important to the future of our peoples.", "the future"},
		{"Stocks fell for the second straight day.", "the second straight day"},
		{"On the third day of talks, the envoys agreed.", "the third day"},
		{"It was the first day of school.", "the first day"},
		{"The funds hold more than a quarter of the market.", "more than a quarter"},
		{"Baker, speaking on ABC's \"This Week,\" said the request was fair.", "This Week"},
	} {
		if tx, ok := find(Tag(tt.text, date("1998-08-12")), tt.notWant); ok {
			t.Errorf("Tag(%q) found %q (%s %s), want none", tt.text, tt.notWant, tx.Type, tx.Value)
		}
	}
}

// TestRates covers "a week", "a year" read as a rate (a set) after an
// amount or a plural noun, and as a duration or a date otherwise.
func TestRates(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"days a week", "The museum is open seven days a week.", "1998-08-12", "a week", Set, "P1W"},
		{"hours a day", "Workers were on duty 12 hours a day.", "1998-08-12", "a day", Set, "P1D"},
		{"verb", "The repairs take a week.", "1998-08-12", "a week", Duration, "P1W"},
		{"preposition", "The talks went on for a week.", "1998-08-12", "a week", Duration, "P1W"},
		{"amount a year earlier", "Sales rose to $155 million from $99 million a year earlier.", "1989-10-26", "a year earlier", Date, "1988-10-26"},
	})
}

// TestYearAfterWord checks that years after capitalised words that start a
// sentence or speak of time stay dates.
func TestYearAfterWord(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"sentence start", "The plan failed. In 1980 it was revived.", "1998-08-12", "1980", Date, "1980"},
		{"fiscal", "Sales rose 5% in Fiscal 1989 results.", "1998-08-12", "Fiscal 1989", Date, "1989"},
		{"season", "Prices have risen since Summer 1997.", "1998-08-12", "Summer 1997", Date, "1997-SU"},
		{"after a comma", "He was born in Paris, 1950.", "1998-08-12", "1950", Date, "1950"},
	})
}

// TestShortPeriods covers the business abbreviations of quarters, halves
// and fiscal years.
func TestShortPeriods(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"quarter and year", "Earnings for Q1 2013 will be released in April.", "2013-03-21", "Q1 2013", Date, "2013-Q1"},
		{"fiscal year", "Sales rose 5% in FY2012.", "2013-03-21", "FY2012", Date, "2012"},
		{"fiscal year, two digits", "Sales will rise in FY14.", "2013-03-21", "FY14", Date, "2014"},
		{"quarter ahead, past", "The Q4 results were weak.", "2013-03-21", "Q4", Date, "2012-Q4"},
		{"quarter ahead, future", "Q3 results will be out in October.", "2013-03-21", "Q3", Date, "2013-Q3"},
		{"half", "Profit in H2 will rise.", "2013-03-21", "H2", Date, "2013-H2"},
	})
	for _, text := range []string{"The q1 team won.", "The H1N1 virus spread."} {
		if got := Tag(text, date("2013-03-21")); len(got) > 0 {
			t.Errorf("Tag(%q) = %+v, want none", text, got)
		}
	}
}

// TestFutureCuesPortugueseKorean checks the marks of the future in
// Portuguese and Korean, whose words may end (Portuguese "será") or
// stand (Korean "예정") outside the ASCII letters that \b knows: a month
// gone this year is next year's in a clause about the future, and this
// year's in one about the past.
func TestFutureCuesPortugueseKorean(t *testing.T) {
	runTimexCases(t, []timexCase{
		{"pt future tense ending in an accent", "A cúpula será realizada em março, segundo o governo.", "2025-06-12", "março", Date, "2026-03"},
		{"pt future tense of any verb", "A reunião acontecerá em março.", "2025-06-12", "março", Date, "2026-03"},
		{"pt modal", "O encontro pode acontecer em outubro, segundo fontes do governo.", "2025-11-20", "outubro", Date, "2026-10"},
		{"pt past", "A reunião foi realizada em março.", "2025-06-12", "março", Date, "2025-03"},
		{"ko planned", "두 정상의 회담은 3월에 열릴 예정이다.", "2025-06-12", "3월", Date, "2026-03"},
		{"ko past", "두 정상은 3월에 만났다.", "2025-06-12", "3월", Date, "2025-03"},
	})
}
