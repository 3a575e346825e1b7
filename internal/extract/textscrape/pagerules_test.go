package textscrape

import (
	"strings"
	"testing"
)

// TestPageRules checks the rules drawn from text dumps of real pages; the
// named lines are taken from those dumps, the paragraphs around them are
// para fixtures.
func TestPageRules(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		title string
		want  map[string]string // line text → label
	}{
		{
			name: "teaser box inside the body: headline, summary without a full stop, time stamp",
			lines: []string{
				"Volker and Morrison Testify",
				para("Two witnesses testified on Tuesday before the House committee."),
				"Tom Hanks discovers he's related to Mister Rogers",
				"Hanks is sixth cousins with Rogers, and they share the same great-great-great-great-great grandfather",
				"9H ago",
				"Disney+ user accounts found on hacking sites",
				"Stolen account usernames and passwords are selling for $3 on hacking forums one week after launch, reports say",
				"updated 15M ago",
				para("The committee will hear three more witnesses this week."),
			},
			title: "Volker and Morrison Testify",
			want: map[string]string{
				"Tom Hanks discovers he's related to Mister Rogers":                                                     LabelTeaser,
				"Hanks is sixth cousins with Rogers, and they share the same great-great-great-great-great grandfather": LabelTeaser,
				"9H ago": LabelFurniture,
				"Disney+ user accounts found on hacking sites": LabelTeaser,
				"updated 15M ago": LabelFurniture,
			},
		},
		{
			name: "subheading over short items is kept",
			lines: []string{
				"A Meal Plan for Busy Weeks",
				para("Planning meals ahead saves time during the week."),
				"Meal Prep Menu for Eating Plan A",
				"Meal 1",
				"Portion Fix Containers: 1 Purple, 1 Red, 1 tsp.",
				para("Adjust the portions to your own plan."),
			},
			title: "A Meal Plan for Busy Weeks",
			want: map[string]string{
				"Meal Prep Menu for Eating Plan A": LabelHeading,
				"Meal 1":                           LabelHeading,
			},
		},
		{
			name: "a list introduced by a colon after the body is body",
			lines: []string{
				"The Doobie Brothers Unite for 50th Anniversary Tour",
				para("The band announced a summer tour on Monday."),
				"The Doobie Brothers 50th Anniversary Tour 2020 dates:",
				"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
				"June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
				"June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA",
				"Related",
				"Meet the Band",
			},
			title: "The Doobie Brothers Unite for 50th Anniversary Tour",
			want: map[string]string{
				"The Doobie Brothers 50th Anniversary Tour 2020 dates:":                               LabelBody,
				"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL":                               LabelBody,
				"June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL":                          LabelBody,
				"June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA": LabelBody,
				"Related":       LabelFurniture,
				"Meet the Band": LabelFurniture,
			},
		},
		{
			name: "a share list after a colon is not an introduced list",
			lines: []string{
				"Anthony Lynn: We Needed to Win This Game",
				para("The Chargers lost again on Sunday night."),
				"Share this:",
				"- Click to share on Facebook (Opens in new window)",
				"- Click to share on Twitter (Opens in new window)",
			},
			title: "Anthony Lynn: We Needed to Win This Game",
			want: map[string]string{
				"- Click to share on Facebook (Opens in new window)": LabelFurniture,
				"- Click to share on Twitter (Opens in new window)":  LabelFurniture,
			},
		},
		{
			name: "a headline printed twice is a link, not a subheading",
			lines: []string{
				"Gannett and GateHouse Merge",
				para("The two largest newspaper chains completed their merger."),
				"Column: A vulture firm’s bid for Gannett shows there’s still value in newspapers — for plundering",
				"Column: A vulture firm’s bid for Gannett shows there’s still value in newspapers — for plundering",
				para("The merged company plans further cuts."),
			},
			title: "Gannett and GateHouse Merge",
			want: map[string]string{
				"Column: A vulture firm’s bid for Gannett shows there’s still value in newspapers — for plundering": LabelTeaser,
			},
		},
		{
			name: "signed comments: name, date, text",
			lines: []string{
				"Anthony Lynn: We Needed to Win This Game",
				para("The Chargers lost again on Sunday night."),
				para("The coach said the team needed the win."),
				"thelastchargersfan says:",
				"November 19, 2019 at 6:34 am",
				"It’s a good thing we have no fans left because this is a dumpster fire.",
				"joetoronto says:",
				"November 19, 2019 at 6:44 am",
				"It’s time for both Chargers fans to come to grips with reality, it’s over yet again.",
			},
			title: "Anthony Lynn: We Needed to Win This Game",
			want: map[string]string{
				"thelastchargersfan says:": LabelFurniture,
				"It’s a good thing we have no fans left because this is a dumpster fire.":              LabelComment,
				"It’s time for both Chargers fans to come to grips with reality, it’s over yet again.": LabelComment,
			},
		},
		{
			name: "the signature of an embedded post is part of the quote",
			lines: []string{
				"Meth Campaign Draws Ridicule",
				para("The state's new campaign drew jeers online."),
				"Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks #MethWeAreOnIt",
				"— Cooper Lund (@cooperlund) November 18, 2019",
				"— Mike Beauvais (@MikeBeauvais) November 18, 2019",
				para("State officials defended the slogan."),
			},
			title: "Meth Campaign Draws Ridicule",
			want: map[string]string{
				"— Cooper Lund (@cooperlund) November 18, 2019":     LabelBody,
				"— Mike Beauvais (@MikeBeauvais) November 18, 2019": LabelBody,
			},
		},
		{
			name: "a short closing sentence after the body is body",
			lines: []string{
				"Two Deaths Under Investigation",
				para("Police are investigating two deaths in the county."),
				"Authorities say that the cases appear to be unrelated.",
				"Share",
				"Most Read",
			},
			title: "Two Deaths Under Investigation",
			want: map[string]string{
				"Authorities say that the cases appear to be unrelated.": LabelBody,
			},
		},
		{
			name: "byline, date and reading time as list items under the headline",
			lines: []string{
				"- Mietenstreik in den USA",
				"»Einfach kein Geld mehr, um die Miete zu zahlen«",
				"In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Coronakrise und warnen Vermieter",
				"- Von Moritz Wichmann",
				"- 29.04.2020, 12:01 Uhr",
				"- Lesedauer: 8 Min.",
				para("Noch wartet Antonio Gutierrez ab, sagte er am Montag."),
			},
			title: "»Einfach kein Geld mehr, um die Miete zu zahlen«",
			want: map[string]string{
				"In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Coronakrise und warnen Vermieter": LabelHeading,
				"- Von Moritz Wichmann": LabelFurniture,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(tc.lines, "\n")
			r := Extract(text, Options{})
			if r.Title != tc.title {
				t.Errorf("title %q, want %q", r.Title, tc.title)
			}
			got := labelsOf(r)
			for line, want := range tc.want {
				if got[line] != want {
					t.Errorf("%q: label %q, want %q", line, got[line], want)
				}
			}
			for _, l := range r.Lines {
				if strings.Contains(l.Text, "officials said on condition") && l.Label != LabelBody {
					t.Errorf("%q: label %q, want body", l.Text, l.Label)
				}
			}
			checkInvariants(t, text, r)
		})
	}
}
