package textscrape

import (
	"slices"
	"testing"
)

// TestClosingRules checks the rules for the end of the text and the
// choice of the main block: closing boxes cut off the body run, captions
// with a credit, script notices, the headline among kicker and deck lines,
// product boxes, summary lists above the text and lone paragraphs far
// below it, on short synthetic scrapes.
func TestClosingRules(t *testing.T) {
	bio := "Jo Bloggs has covered the harbour and its ferries for the paper since 2009, first as a trainee and now as its transport correspondent, and writes a weekly column on boats, bridges and the people who keep them running."
	notice := "The harbour gazette is published by a cooperative of its readers; articles may be quoted with a link, and photographs remain the property of their authors unless the caption says otherwise."
	long := func(s string) string { return para(para(s)) }
	// bridgeOpening is a scrape's headline and the first n paragraphs
	// of its short text.
	bridgeOpening := func(n int) []string {
		lines := []string{"Harbour Bridge Reopens After Repairs"}
		for _, p := range []string{
			"The bridge reopened on Monday after a year of repairs.",
			"Traffic was light in the first hours, the council said.",
			"The council thanked residents for their patience.",
			"The ferry will keep its timetable until the spring.",
			"Engineers replaced the cables and repainted the towers.",
		}[:n] {
			lines = append(lines, para(p))
		}
		return lines
	}
	// bridgeLead opens the scrapes whose body runs long before a box.
	bridgeLead := []string{
		"Harbour Bridge Reopens After Repairs",
		long("The bridge reopened on Monday after a year of repairs."),
		long("Traffic was light in the first hours, the council said."),
		long("The council thanked residents for their patience."),
		long("The ferry will keep its timetable until the spring."),
		long("Engineers replaced the cables and repainted the towers."),
	}
	tests := []lineCase{
		{
			name: "an author box after the share buttons ends the text",
			lines: append(bridgeOpening(4),
				"Share this",
				"Facebook",
				"Twitter",
				"About the author",
				bio,
				"Subscribe to our newsletter",
				notice,
			),
			want: map[string]string{
				para("The ferry will keep its timetable until the spring."): LabelBody,
				bio:    LabelFurniture,
				notice: LabelFurniture,
			},
		},
		{
			name: "an author's biography and what follows it close the text",
			lines: []string{
				"Hafenbrücke wieder offen",
				para("Die Brücke wurde am Montag nach einem Jahr Bauzeit wieder geöffnet."),
				para("Der Verkehr war in den ersten Stunden ruhig, sagte die Stadt."),
				para("Die Fähre fährt bis zum Frühjahr nach dem alten Fahrplan."),
				para("Die Kosten lagen über dem Plan, teilte der Rat mit."),
				"Anna Schmidt ist freie Journalistin in Hamburg und schreibt seit 2010 über Häfen und Schiffe.",
				"Die Hafenzeitung erscheint jeden Freitag und kostet am Kiosk zwei Euro fünfzig.",
			},
			want: map[string]string{
				para("Die Kosten lagen über dem Plan, teilte der Rat mit."):                                     LabelBody,
				"Anna Schmidt ist freie Journalistin in Hamburg und schreibt seit 2010 über Häfen und Schiffe.": LabelFurniture,
				"Die Hafenzeitung erscheint jeden Freitag und kostet am Kiosk zwei Euro fünfzig.":               LabelFurniture,
			},
		},
		{
			name: "the text goes on after a box when paragraphs follow in a row",
			lines: append(slices.Clone(bridgeLead),
				long("The works cost more than planned, the council said."),
				"Trending",
				"Most read",
				"The bridge first opened in 1932 after four years of work.",
				"It was closed twice before, in 1961 and in 1987, both times for new cables.",
				"Both closures lasted less than a month, and the ferry carried the traffic meanwhile.",
			),
			want: map[string]string{
				"The bridge first opened in 1932 after four years of work.":                            LabelBody,
				"Both closures lasted less than a month, and the ferry carried the traffic meanwhile.": LabelBody,
			},
		},
		{
			name: "an advertisement slot, a caption's credit or a source does not end the text",
			lines: append(slices.Clone(bridgeLead),
				"Advertisement",
				para("The works cost more than planned, the council said."),
				"© Jo Bloggs",
				para("A party is planned for the first weekend of June."),
				"Source: harbour office",
				para("The harbour office will publish the traffic figures in July."),
			),
			want: map[string]string{
				para("The works cost more than planned, the council said."):          LabelBody,
				para("A party is planned for the first weekend of June."):            LabelBody,
				para("The harbour office will publish the traffic figures in July."): LabelBody,
			},
		},
		{
			name: "captions closed by a photographer's or an agency's credit are furniture",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"The mayor cuts a ribbon on the reopened bridge (REUTERS/Jane Roe)",
				"Cyclists wait at the barrier on the first morning. EFE",
				"The towers after their repainting (crédito: Ana Lima/Gazeta)",
				"A crane lifts the new deck into place © Sam Carter",
				"Mayor Jo Bloggs, photo: Archives of the Harbour Office",
				"Titelbild: Sam Carter/Harbour Press",
				para("Traffic was light in the first hours, the council said."),
				para("Readers can see the plans at the library (north wing/ground floor)."),
			},
			want: map[string]string{
				"The mayor cuts a ribbon on the reopened bridge (REUTERS/Jane Roe)":         LabelFurniture,
				"Cyclists wait at the barrier on the first morning. EFE":                    LabelFurniture,
				"The towers after their repainting (crédito: Ana Lima/Gazeta)":              LabelFurniture,
				"A crane lifts the new deck into place © Sam Carter":                        LabelFurniture,
				"Mayor Jo Bloggs, photo: Archives of the Harbour Office":                    LabelFurniture,
				"Titelbild: Sam Carter/Harbour Press":                                       LabelFurniture,
				para("Readers can see the plans at the library (north wing/ground floor)."): LabelBody,
			},
		},
		{
			name: "a paragraph about JavaScript is text, a notice to enable it is not",
			lines: []string{
				"Why Our Pages Load Faster Now",
				para("We rewrote the inline JavaScript of every page and cut the CSS by half."),
				"Please enable JavaScript to watch this video.",
				para("The validator now checks each page before it is published."),
			},
			want: map[string]string{
				para("We rewrote the inline JavaScript of every page and cut the CSS by half."): LabelBody,
				"Please enable JavaScript to watch this video.":                                 LabelFurniture,
			},
		},
		{
			name: "a kicker or a navigation link above the headline is not the title",
			lines: []string{
				"- Subscribe to the Gazette",
				"You are signed in as",
				"HARBOUR BRIDGE WORKS",
				"Harbour bridge reopens after a year of repairs",
				"By Jo Bloggs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"Harbour bridge reopens after a year of repairs": LabelTitle,
				"HARBOUR BRIDGE WORKS":                           LabelFurniture,
				"You are signed in as":                           LabelFurniture,
			},
		},
		{
			name: "time stamps and breadcrumbs about the headline are neither title nor deck",
			lines: []string{
				"Friday | 14 June 2024 | 15:49 by Jo Bloggs in Transport | 0 comments",
				"Harbour bridge reopens after a year of repairs",
				"Cyclists and buses get lanes of their own",
				"Today 12:01 AM",
				"News > Transport > Bridges",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"Friday | 14 June 2024 | 15:49 by Jo Bloggs in Transport | 0 comments": LabelFurniture,
				"Harbour bridge reopens after a year of repairs":                       LabelTitle,
				"Cyclists and buses get lanes of their own":                            LabelHeading,
				"Today 12:01 AM":             LabelFurniture,
				"News > Transport > Bridges": LabelFurniture,
			},
		},
		{
			name: "the headline printed twice is the title, a longer line above it is not",
			lines: []string{
				"News ›",
				"Stories from the harbour, the bay and the islands",
				"Harbour bridge reopens after a year of repairs",
				"12.05.2024",
				"Harbour bridge reopens after a year of repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"Stories from the harbour, the bay and the islands": LabelFurniture,
			},
		},
		{
			name: "product boxes with features and a price under a short text are text",
			lines: []string{
				"The Five Best Kettle Deals This Week",
				para("Kettles are cheaper than ever this week at the big shops."),
				"Our picks:",
				"Steel Kettle One",
				"- Boils a litre in three minutes",
				"- Keeps water warm for an hour",
				"$29.99",
				"Buy Now",
				"Glass Kettle Two",
				"- Blue light while it boils",
				"- Cordless base",
				"$34.50",
				"Buy Now",
				"Travel Kettle Three",
				"- Folds flat for a suitcase",
				"- Dual voltage",
				"$19.00",
				"Buy Now",
				"Copyright 2024 Kettle Gazette. All rights reserved.",
			},
			want: map[string]string{
				"Glass Kettle Two":            LabelBody,
				"- Folds flat for a suitcase": LabelBody,
				"$34.50":                      LabelBody,
				"Buy Now":                     LabelFurniture,
			},
		},
		{
			name: "a shop's box of names and prices without features stays furniture",
			lines: append(bridgeOpening(2),
				"Bridge mug",
				"$9.99",
				"Add to cart",
				"Bridge poster",
				"$14.99",
				"Add to cart",
				"Bridge T-shirt",
				"$19.99",
				"Add to cart",
			),
			want: map[string]string{
				"Bridge poster": LabelFurniture,
				"$14.99":        LabelFurniture,
			},
		},
		{
			name: "a list of summary sentences above the text is text, a list of headlines is not",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				"- The bridge reopened on Monday after a year of repairs and two delays.",
				"- Traffic was light, and the ferry keeps its timetable until the spring.",
				"- The council will review the lanes after a month of traffic.",
				"Share",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"- The bridge reopened on Monday after a year of repairs and two delays.": LabelBody,
				"- The council will review the lanes after a month of traffic.":           LabelBody,
			},
		},
		{
			name: "a list of headlines above the text stays out of it",
			lines: []string{
				"- Council Approves New Ferry Timetable For Spring",
				"- Fish Market Will Move To The Old Customs House",
				"- Harbour Master Named After Long Search",
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"- Fish Market Will Move To The Old Customs House": LabelFurniture,
			},
		},
		{
			name: "a lone paragraph far below the text is furniture",
			lines: append(bridgeOpening(5),
				"Tags",
				"- Bridges",
				"- Ferries",
				"Most read",
				"- Fish market moves",
				"- Harbour master named",
				"- Council approves timetable",
				"- Cyclists get new lane",
				"- Ferry strike ends",
				"Contact",
				"Imprint",
				"Sitemap",
				"Careers",
				"Advertise with us",
				"Terms of use",
				"Help",
				"RSS",
				para("Sign up for the harbour walking tour and learn how the bridge was built a century ago."),
				"Privacy",
			),
			want: map[string]string{
				para("Engineers replaced the cables and repainted the towers."):                                LabelBody,
				para("Sign up for the harbour walking tour and learn how the bridge was built a century ago."): LabelFurniture,
			},
		},
		{
			name: "a paragraph on an oversubscribed share sale is text, a call to subscribe is not",
			lines: []string{
				"Harbour Company Shares Open Higher",
				para("The harbour company sold its shares on Monday at the top of the range."),
				"Heavy oversubscription from small investors means many will get a fraction of the shares they asked for.",
				"Subscribe to our premium briefing",
				para("Trading starts on the city exchange next Tuesday."),
			},
			want: map[string]string{
				"Heavy oversubscription from small investors means many will get a fraction of the shares they asked for.": LabelBody,
				"Subscribe to our premium briefing": LabelFurniture,
			},
		},
		{
			name: "a short colon line under a subheading of the text introduces it",
			lines: []string{
				"How To Start A Harbour Business",
				para("Most people start with a boat and a plan."),
				"1. Start small",
				"Here’s the thing:",
				para("Nobody is watching in the first months, so mistakes cost little."),
			},
			want: map[string]string{
				"Here’s the thing:": LabelBody,
			},
		},
		{
			name: "a list of offers with prices in the text is text",
			lines: []string{
				"Daily Deals: Kettles And Toasters",
				para("These are the best kitchen deals we found today."),
				"- Get The Steel Kettle At Harbour Shop For $29.99",
				"- Get The Glass Toaster On Amazon For $45.50",
				"- Travel Kettle Now Only $19",
				para("Prices were checked on Monday morning and may change."),
			},
			want: map[string]string{
				"- Get The Glass Toaster On Amazon For $45.50": LabelBody,
				"- Travel Kettle Now Only $19":                 LabelBody,
			},
		},
		{
			name: "a list of tips in sentences under the text is text",
			lines: append(bridgeOpening(2),
				"What drivers should know",
				"- The speed limit on the bridge is now forty miles an hour.",
				"- Lorries over ten tonnes need a permit to cross at night.",
				"Share",
				"- Council Approves New Ferry Timetable",
				"- Harbour Master Named After Long Search",
			),
			want: map[string]string{
				"What drivers should know":                                   LabelHeading,
				"- Lorries over ten tonnes need a permit to cross at night.": LabelBody,
				"- Harbour Master Named After Long Search":                   LabelFurniture,
			},
		},
	}
	runLineCases(t, tests)
}
