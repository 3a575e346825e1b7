package textscrape

import (
	"strings"
	"testing"
)

// TestLayoutRules checks the rules for gaps between body runs, wire
// captions, dated bylines, boxes of story links, doubled and stamped
// teaser cards, data rows, tags, glued teasers and author boxes, on
// short synthetic scrapes.
func TestLayoutRules(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  map[string]string // line text → label
	}{
		{
			name: "short plain lines between two runs of the text stay",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Here is the plan for the first week of traffic."),
				"Day one",
				"Cars only",
				"Lanes open at six",
				"Day two",
				"Buses too",
				"Lanes open at five",
				"Day three",
				"Bikes too",
				"Lanes open at four",
				para("The council will review the plan after a month."),
				para("Residents can send comments to the harbour office."),
			},
			want: map[string]string{
				"Buses too":          LabelHeading,
				"Lanes open at four": LabelHeading,
				"Day three":          LabelHeading,
			},
		},
		{
			name: "wire captions with a full date are furniture",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Mayor Jo Bloggs, left, cuts a ribbon on the bridge, Monday, Nov. 18, 2019, in Portsmouth.",
				"In this Dec. 12, 2006, file photo, workers paint the cables of the bridge.",
				para("Traffic was light in the first hours, the council said on Monday."),
				"The ferry ran until Monday, Nov. 18, 2019, its owners said in a short statement on the quay.",
			},
			want: map[string]string{
				"Mayor Jo Bloggs, left, cuts a ribbon on the bridge, Monday, Nov. 18, 2019, in Portsmouth.": LabelFurniture,
				"In this Dec. 12, 2006, file photo, workers paint the cables of the bridge.":                LabelFurniture,
				para("Traffic was light in the first hours, the council said on Monday."):                   LabelBody,
			},
		},
		{
			name: "bylines with a date are furniture wherever they stand",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				"Posted by Jo Bloggs on November 19, 2019, 6:21 AM EST",
				para("The bridge reopened on Monday after a year of repairs."),
				"By Sam Carter on Monday, November 18th, 2019 at 11:04 a.m.",
				para("Traffic was light in the first hours, the council said."),
				"By Christmas, the ramps will be open to cyclists as well.",
				"By Sam Carter | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM",
				para("The council thanked residents for their patience."),
			},
			want: map[string]string{
				"Posted by Jo Bloggs on November 19, 2019, 6:21 AM EST":                         LabelFurniture,
				"By Sam Carter on Monday, November 18th, 2019 at 11:04 a.m.":                    LabelFurniture,
				"By Sam Carter | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM": LabelFurniture,
				"By Christmas, the ramps will be open to cyclists as well.":                     LabelBody,
				para("The council thanked residents for their patience."):                       LabelBody,
			},
		},
		{
			name: "a box of story links inside the body is dropped",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Most read in local news",
				"SHOCK",
				"Dog rescued from the harbour by two fishermen",
				"WINNER",
				"Baker wins the county prize for the third time",
				para("Traffic was light in the first hours, the council said."),
				"What comes next",
				para("The ramps will open in the summer."),
			},
			want: map[string]string{
				"Most read in local news":                                       LabelFurniture,
				"Dog rescued from the harbour by two fishermen":                 LabelTeaser,
				"Baker wins the county prize for the third time":                LabelTeaser,
				"What comes next":                                               LabelHeading,
				para("The ramps will open in the summer."):                      LabelBody,
				para("Traffic was light in the first hours, the council said."): LabelBody,
			},
		},
		{
			name: "summaries under headlines printed twice are teasers",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
				"Business",
				"Ferry company names a new chief",
				"Business",
				"Ferry company names a new chief",
				"The ferry company has named a new chief executive after a year of losses.",
				para("The council thanked residents for their patience."),
				"Business",
				"Fish market moves to the east quay",
				"Business",
				"Fish market moves to the east quay",
				"The fish market will move to the east quay next spring, the port said.",
			},
			want: map[string]string{
				"The ferry company has named a new chief executive after a year of losses.": LabelTeaser,
				"The fish market will move to the east quay next spring, the port said.":    LabelTeaser,
				para("The council thanked residents for their patience."):                   LabelBody,
			},
		},
		{
			name: "video cards with long summaries and time stamps are teasers",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
				para("The council thanked residents for their patience."),
				"Ferry strike ends",
				para("The ferry strike ended on Sunday after talks."),
				"7H ago 08:51",
				"Fish market moves",
				para("The fish market will move next spring."),
				"8H ago 10:48",
				"New harbour master",
				para("The port named a new harbour master."),
				"9H ago 01:01",
			},
			want: map[string]string{
				"Ferry strike ends":                                       LabelTeaser,
				para("The port named a new harbour master."):              LabelTeaser,
				para("The council thanked residents for their patience."): LabelBody,
			},
		},
		{
			name: "rows of data under a heading after the body stay",
			lines: []string{
				"Band Announces Reunion Tour",
				para("The band will tour again next summer."),
				para("Tickets go on sale on Friday, the promoter said."),
				"Tour Dates",
				"June 9 – Tampa, FL @ Arena One",
				"June 10 – Miami, FL @ Beach Hall",
				"June 14 – Atlanta, GA @ Park Stage (Outdoor)",
				"June 17 – Nashville, TN @ City Arena",
				"Additional reporting by Jo Bloggs",
				"Want more? Sign up for our newsletter.",
			},
			want: map[string]string{
				"Tour Dates":                                   LabelHeading,
				"June 10 – Miami, FL @ Beach Hall":             LabelBody,
				"June 14 – Atlanta, GA @ Park Stage (Outdoor)": LabelBody,
				"June 17 – Nashville, TN @ City Arena":         LabelBody,
				"Additional reporting by Jo Bloggs":            LabelFurniture,
			},
		},
		{
			name: "marked data rows under a subheading stay",
			lines: []string{
				"Twenty Teams Qualify for the Finals",
				para("The group stage of qualifying finished on Tuesday."),
				"Qualified teams",
				"- England (Group A): Tenth Appearance",
				"- Spain (Group F): Eleventh Appearance",
				"- France (Group H): Tenth Appearance",
				"- Wales (Group E): Second Appearance",
			},
			want: map[string]string{
				"- England (Group A): Tenth Appearance": LabelBody,
				"- Wales (Group E): Second Appearance":  LabelBody,
			},
		},
		{
			name: "tags under a meta line are dropped",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"November 20, 2019 Jo Bloggs",
				"- Transport",
				"- Local Politics",
				"- Harbour",
				para("Traffic was light in the first hours, the council said."),
				para("Stalls on the bridge sold bread made of three things."),
				"- Flour",
				"- Salt",
				"- Water",
				para("The council thanked residents for their patience."),
			},
			want: map[string]string{
				"November 20, 2019 Jo Bloggs": LabelDate,
				"- Transport":                 LabelReadAlso,
				"- Harbour":                   LabelReadAlso,
				"- Salt":                      LabelBody,
			},
		},
		{
			name: "headlines glued to their summaries are teasers",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
				"Diners Leave Without Paying Large Bill At Harbour SteakhouseA party of six left the steakhouse without paying after a fight.",
				"Is Fishing On The Decline Again?Catches fell for the third year running, the port said on Friday.",
				para("SpaceX and Blue Origin were both named on Monday."),
			},
			want: map[string]string{
				"Diners Leave Without Paying Large Bill At Harbour SteakhouseA party of six left the steakhouse without paying after a fight.": LabelTeaser,
				"Is Fishing On The Decline Again?Catches fell for the third year running, the port said on Friday.":                            LabelTeaser,
				para("SpaceX and Blue Origin were both named on Monday."):                                                                      LabelBody,
			},
		},
		{
			name: "author boxes are dropped, people in the story stay",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"About the engineers",
				para("The engineers came from three firms in the county."),
				para("Traffic was light in the first hours, the council said."),
				"Jo Bloggs (jo@example.com) is the editor of the Harbour News and writes about transport.",
				"Note: we are moderating all comments on this site to deal with a surge in spam.",
				"About Sam Carter",
				"Sam Carter covers the harbour for the paper and lives in the old town with two cats.",
			},
			want: map[string]string{
				"About the engineers": LabelHeading,
				para("The engineers came from three firms in the county."):                                 LabelBody,
				"Jo Bloggs (jo@example.com) is the editor of the Harbour News and writes about transport.": LabelFurniture,
				"About Sam Carter": LabelFurniture,
				"Sam Carter covers the harbour for the paper and lives in the old town with two cats.": LabelFurniture,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(tc.lines, "\n")
			r := Extract(text, Options{})
			got := labelsOf(r)
			for line, want := range tc.want {
				if got[line] != want {
					t.Errorf("%q: label %q, want %q", line, got[line], want)
				}
			}
			if t.Failed() {
				for _, l := range r.Lines {
					t.Logf("%-10s %.70s", l.Label, l.Text)
				}
			}
			checkInvariants(t, text, r)
		})
	}
}
