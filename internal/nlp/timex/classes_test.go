package timex

import "testing"

// TestTenseClasses covers the tense of the clause that places a bare
// weekday or month in the past or the future: the nearest marker before
// the expression, modals, verbs of plans in the present, participles
// after "be" and verbs in the past right after the expression. The
// phrases are our own.
func TestTenseClasses(t *testing.T) {
	runTimexCases(t, []timexCase{
		// modals speak of the future (DCT Saturday 2004-05-15)
		{"would", "The mayor said the bridge would reopen on Tuesday.", "2004-05-15", "Tuesday", Date, "2004-05-18"},
		{"could", "The jury could reach a verdict Wednesday.", "2004-05-15", "Wednesday", Date, "2004-05-19"},
		{"lower-case may", "The strike may end Thursday, union leaders said.", "2004-05-15", "Thursday", Date, "2004-05-20"},
		{"month May is no modal", "The strike ended in May and work resumed Thursday.", "2004-05-15", "Thursday", Date, "2004-05-13"},
		{"modal perfect is past", "The fire may have started Thursday in the kitchen.", "2004-05-15", "Thursday", Date, "2004-05-13"},
		{"would for a month", "The bonus would be paid in February to all staff.", "2004-10-20", "February", Date, "2005-02"},
		// the nearest marker before the expression decides
		{"past nearer than a later future", "The ferry was towed to port on Monday and will sail again Friday.", "2004-05-19", "Monday", Date, "2004-05-17"},
		{"future nearer than a past", "The ferry was towed to port on Monday and will sail again Friday.", "2004-05-19", "Friday", Date, "2004-05-21"},
		{"participle after be", "The regatta will be held on Sunday near the harbour.", "2004-05-17", "Sunday", Date, "2004-05-23"},
		// a verb of a plan in the present right before the date
		{"present plan verb", "The festival opens Thursday with a parade.", "2004-05-15", "Thursday", Date, "2004-05-20"},
		{"present plan verb and on", "Parliament reconvenes on Tuesday after the recess.", "2004-05-15", "Tuesday", Date, "2004-05-18"},
		{"present is", "The deadline for entries is Wednesday.", "2004-05-15", "Wednesday", Date, "2004-05-19"},
		{"past plan verb", "The festival opened Thursday with a parade.", "2004-05-15", "Thursday", Date, "2004-05-13"},
		{"set for", "The hearing is set for Monday in the county court.", "2004-05-15", "Monday", Date, "2004-05-17"},
		// a verb in the past right after the date comes before a cue
		{"said after the date", "The governor on Friday said taxes might rise.", "2004-05-19", "Friday", Date, "2004-05-14"},
		{"cue after the date", "On Friday, the governor will sign the bill.", "2004-05-19", "Friday", Date, "2004-05-21"},
	})
}

// TestExpressionClasses covers expressions read since the TimeBank error
// analysis: halves of units, years said in words after a month or
// season, parts of days ("mid-afternoon", "that night"), "this past",
// holidays, "weeklong" and "one day" of the future. The phrases are our
// own.
func TestExpressionClasses(t *testing.T) {
	runTimexCases(t, []timexCase{
		// halves
		{"num and a half", "The siege lasted three and a half years.", "2004-05-15", "three and a half years", Duration, "P3Y6M"},
		{"unit and a half", "The flight was delayed an hour and a half.", "2004-05-15", "an hour and a half", Duration, "PT1H30M"},
		{"minute and a half", "The clip runs a minute and a half.", "2004-05-15", "a minute and a half", Duration, "PT1M30S"},
		{"one and a half plural", "Lunch took one and a half hours.", "2004-05-15", "one and a half hours", Duration, "PT1H30M"},
		{"half an hour", "He waited half an hour for the bus.", "2004-05-15", "half an hour", Duration, "PT30M"},
		{"half a century", "The feud lasted half a century.", "2004-05-15", "half a century", Duration, "P50Y"},
		{"a half-hour", "He dozed for a half-hour.", "2004-05-15", "a half-hour", Duration, "PT30M"},
		// years said in words (broadcast transcripts)
		{"month and spoken year", "Prices peaked in March nineteen eighty-one, analysts recall.", "2004-05-15", "March nineteen eighty-one", Date, "1981-03"},
		{"season of spoken year", "We saw floods in the spring of nineteen ninety-three.", "2004-05-15", "the spring of nineteen ninety-three", Date, "1993-SP"},
		// parts of days
		{"mid-afternoon", "By mid-afternoon the crowd had gone home.", "2004-05-15", "mid-afternoon", Time, "2004-05-15TAF"},
		{"midmorning with a day", "The market rallied midmorning yesterday.", "2004-05-15", "midmorning yesterday", Time, "2004-05-14TMO"},
		{"that night", "The rally was on May 2. That night the police arrived.", "2004-05-15", "That night", Time, "2004-05-02TNI"},
		// this past, this coming
		{"this past weekend", "The club lost twice this past weekend.", "2004-05-17", "this past weekend", Date, "2004-W20-WE"},
		{"this coming week", "The club plays twice this coming week.", "2004-05-17", "this coming week", Date, "2004-W22"},
		// holidays
		{"Christmas Eve", "The shop closes early on Christmas Eve.", "2004-11-03", "Christmas Eve", Date, "2004-12-24"},
		{"Christmas after a preposition, past", "He came home for Christmas.", "2004-01-10", "Christmas", Date, "2003-12-25"},
		{"New Year's Day with a year", "The law took force on New Year's Day 2001.", "2004-05-15", "New Year's Day 2001", Date, "2001-01-01"},
		{"Thanksgiving", "The parade is on Thanksgiving.", "2004-11-03", "Thanksgiving", Date, "2004-11-25"},
		{"last Christmas", "Sales slumped last Christmas.", "2004-05-15", "last Christmas", Date, "2003-12-25"},
		// unit-long adjectives
		{"weeklong", "A weeklong festival begins.", "2004-05-15", "weeklong", Duration, "P1W"},
		{"monthlong", "After a monthlong inquiry, he resigned.", "2004-05-15", "monthlong", Duration, "P1M"},
		{"decades-long", "It ended a decades-long feud.", "2004-05-15", "decades-long", Duration, "PXE"},
		// one day of the future
		{"will one day", "Engineers say cars will one day drive themselves.", "2004-05-15", "one day", Date, "FUTURE_REF"},
		{"some day", "Some day the river will flood again.", "2004-05-15", "Some day", Date, "FUTURE_REF"},
	})
}

// TestExpressionClassRejects lists phrases the new rules must leave
// alone.
func TestExpressionClassRejects(t *testing.T) {
	tests := []struct {
		name, text, notWant string
	}{
		{"Christmas before a noun", "They sold a Christmas tree.", "Christmas"},
		{"Christmas Island", "Ships sailed to Christmas Island.", "Christmas"},
		{"lower-case christmas", "the christmas rush", "christmas"},
		{"one day in the past", "One day, he left the village.", "One day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.text, date("2004-05-15"))
			if tx, ok := find(got, tt.notWant); ok && (tt.notWant != "One day" || tx.Value == "FUTURE_REF") {
				t.Errorf("Tag(%q) found %q (%s %s), want none", tt.text, tt.notWant, tx.Type, tx.Value)
			}
		})
	}
}
