package timex

import (
	"strings"
	"testing"
)

// TestContextRules checks how the words around an expression decide
// its value: tense read across a sentence that opens with the date, a
// deadline told of as gone, the bound of a state ("until Monday"), a
// journey to a named place, and the vague recent past.
func TestContextRules(t *testing.T) {
	tests := []struct {
		name, text, dct string
		want            string // expected Text
		typ, value      string
	}{
		// A date that opens its sentence takes the tense of the verb
		// that comes later.
		{"opening date, plan later", "On Monday, a team of investigators is expected to arrive in the capital.", "1998-08-08", "Monday", Date, "1998-08-10"},
		{"opening date, past later", "On Monday, a team of investigators arrived in the capital.", "1998-08-08", "Monday", Date, "1998-08-03"},
		// A deadline the clause after it tells of as past is gone; one
		// still ahead stays ahead.
		{"by, then past", "By Friday, the death toll had reached 200.", "1998-08-12", "Friday", Date, "1998-08-07"},
		{"by, no verb after", "The loan must be repaid by Friday.", "1998-08-12", "Friday", Date, "1998-08-14"},
		// "until", "through", "ahead of" a day: the nearer one, whatever
		// the tense.
		{"until, next day nearer", "The State Department closed the embassy until Monday.", "1998-08-08", "Monday", Date, "1998-08-10"},
		{"until, past day nearer", "The embassy had been closed until Monday.", "1998-08-12", "Monday", Date, "1998-08-10"},
		{"through", "Clinton ordered flags flown at half staff through Sunday.", "1998-08-08", "Sunday", Date, "1998-08-09"},
		{"ahead of", "Ahead of Sunday's election, the opposition called for calm.", "1998-08-08", "Sunday", Date, "1998-08-09"},
		// A verb of travel in the present, then "to" a place, plans the
		// journey; in the past it tells of one made.
		{"heads to a place", "Clinton heads to Moscow on Monday for a summit with Yeltsin.", "1998-08-12", "Monday", Date, "1998-08-17"},
		{"leaves for a place", "The president leaves for South Africa Sunday.", "1998-08-12", "Sunday", Date, "1998-08-16"},
		{"left for a place", "The president left for South Africa Sunday.", "1998-08-12", "Sunday", Date, "1998-08-09"},
		{"returned to a place", "Clinton returned to Washington Sunday.", "1998-08-12", "Sunday", Date, "1998-08-09"},
		// The recent past without a number is PAST_REF; with one it is a
		// duration.
		{"last few months", "Mortgage rates have fallen in the last few months.", "1998-02-06", "the last few months", Date, "PAST_REF"},
		{"past several quarters", "Sales have been weak over the past several quarters.", "1989-10-30", "the past several quarters", Date, "PAST_REF"},
		{"past years", "There were sell programs in past years, too.", "1989-10-30", "past years", Date, "PAST_REF"},
		{"past three months", "Sales have been weak over the past three months.", "1989-10-30", "the past three months", Duration, "P3M"},
		// "the last decade" is the decade before the DCT's, as "the past
		// year" is the year before.
		{"last decade", "Workers regained earning power they lost to inflation in the last decade.", "1998-02-06", "the last decade", Date, "198"},
		{"past year", "Hate groups grew over the past year.", "1998-03-03", "the past year", Date, "1997"},
		// Two vague units joined by "or" are one duration.
		{"weeks or months", "He probably died within weeks or months of his capture.", "1998-02-19", "weeks or months", Duration, "PXW"},
		// "right now" is one expression.
		{"right now", "They are not a happy group of people right now.", "1989-10-30", "right now", Date, "PRESENT_REF"},
		// A day naming a scheduled event, with no tense near it, is the
		// nearer one; other days stay past.
		{"tomorrow's primary", "Sanders holds a solid lead in Tuesday's first-in-the-nation primary.", "2016-02-08", "Tuesday", Date, "2016-02-09"},
		{"primary on a day", "The reports track spending before the New Hampshire primary on Tuesday.", "2016-02-08", "Tuesday", Date, "2016-02-09"},
		{"last weekend's debate", "The critique of his performance at Saturday's debate stung.", "2016-02-08", "Saturday", Date, "2016-02-06"},
		{"closing price", "The notes carry a premium over Thursday's closing price.", "1989-10-30", "Thursday", Date, "1989-10-26"},
		{"bombings, no event", "Friday's twin bombings were the worst in years.", "1998-08-13", "Friday", Date, "1998-08-07"},
		// The month of an election is the one ahead.
		{"november election", "Voters there are not eligible to vote in the November general election.", "2016-03-01", "November", Date, "2016-11"},
		{"november's vote", "Bush has a lead for November's presidential vote.", "2000-03-01", "November", Date, "2000-11"},
		{"november, no election", "The company reported losses in November.", "2000-03-01", "November", Date, "1999-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectTimex(t, tt.text, date(tt.dct), tt.want, tt.typ, tt.value)
		})
	}
}

// TestContextRejects checks words that look like times in these
// contexts but are not: "the fall" in prices, the half of a month or a
// game.
func TestContextRejects(t *testing.T) {
	tests := []struct {
		text   string
		absent string // no expression holds this text
	}{
		{"The fall in prices hurt farmers.", "The fall"},
		{"The dollar's fall to 140 yen worried Tokyo.", "fall"},
		{"The troops left in the second half of July.", "the second half"},
		{"Brazil scored twice in the second half of the game.", "the second half"},
		// names: of a newspaper, a committee, a show, a person, a city
		{"The New York Daily News ran the story.", "Daily"},
		{"The ad was paid for by the Liberty Now PAC.", "Now"},
		{"He hosted the late night show \u201cLopez Tonight.\u201d", "Tonight"},
		{"There is no doubt that Florida Sen. Marco Rubio gets it.", "Marco"},
		{"There is no doubt that the storm hit Santo Domingo hard.", "Domingo"},
		// a fraction
		{"More than three-quarters came from small donors.", "three-quarters"},
	}
	for _, tt := range tests {
		for _, x := range Tag(tt.text, date("1998-08-12")) {
			if strings.Contains(strings.ToLower(x.Text), strings.ToLower(tt.absent)) {
				t.Errorf("Tag(%q) has %+v, want no %q", tt.text, x, tt.absent)
			}
		}
	}
	// a season is still one when it is one
	expectTimex(t, "Elections will be held in the fall.", date("1998-08-12"), "the fall", Date, "1998-FA")
	// and a half of a year
	expectTimex(t, "Russia's output shrank in the first half.", date("1998-08-20"), "the first half", Date, "1998-H1")
}

// TestUnwrap checks that hard-wrapped prose is read as the sentences it
// holds: a line break inside a clause neither ends the sentence nor
// hides the words before a date, while blank lines, indented lines and
// short lines (headings, datelines) still end what comes before them.
func TestUnwrap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The two sides are expected to meet again\nFriday in Geneva, officials said.", "The two sides are expected to meet again Friday in Geneva, officials said."},
		{"The two sides are expected to meet again\r\nFriday in Geneva, officials said.", "The two sides are expected to meet again  Friday in Geneva, officials said."},
		{"The talks ended on Monday in Geneva, officials said.\nThe next round is in May.", "The talks ended on Monday in Geneva, officials said.\nThe next round is in May."},
		{"Bombs kill 80 in Kenya\nNAIROBI, Kenya (AP) _ Two bombs exploded.", "Bombs kill 80 in Kenya\nNAIROBI, Kenya (AP) _ Two bombs exploded."},
		{"The two sides are expected to meet again in Geneva\n\nFriday's talks", "The two sides are expected to meet again in Geneva\n\nFriday's talks"},
		{"The two sides are expected to meet again in Geneva\n  Friday's talks", "The two sides are expected to meet again in Geneva\n  Friday's talks"},
	}
	for _, tt := range tests {
		if got := unwrap(tt.in); got != tt.want {
			t.Errorf("unwrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// The wrapped sentence is valued as the one-line one, and the
	// expression keeps its text and offsets.
	text := "Albright said the envoys would travel to the region and meet Arafat on\nMonday, a day after the summit."
	got := Tag(text, date("1998-08-12"))
	checkOffsets(t, text, got)
	tx, ok := find(got, "Monday")
	if !ok || tx.Value != "1998-08-17" {
		t.Errorf("Tag(%q) = %+v, want Monday 1998-08-17", text, got)
	}
}
