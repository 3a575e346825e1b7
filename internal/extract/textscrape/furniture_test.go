package textscrape

import "testing"

// TestFurnitureRules checks the rules for credits, site notices, tag
// clouds, author biographies, lists under headings, teaser cards and
// notice runs apart from the body, on short synthetic scrapes.
func TestFurnitureRules(t *testing.T) {
	tests := []lineCase{
		{
			name: "photo credits and marked captions are furniture",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Jo Bloggs | Getty Images",
				"Sam Carter, AP",
				"Image caption The old bridge seen from the north bank",
				"Ferries wait at the quay (Photo: Port Authority)",
				para("Traffic was light in the first hours, the council said."),
				"Reuters contributed to this report.",
			},
			want: map[string]string{
				"Jo Bloggs | Getty Images": LabelFurniture,
				"Sam Carter, AP":           LabelFurniture,
				"Image caption The old bridge seen from the north bank": LabelFurniture,
				"Ferries wait at the quay (Photo: Port Authority)":      LabelFurniture,
				"Reuters contributed to this report.":                   LabelBody,
			},
		},
		{
			name: "affiliate, newsletter and terms notices are furniture",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Our writers may earn a commission when you buy through the links on this page.",
				para("Traffic was light in the first hours, the council said."),
				"Get the latest harbour news delivered to your inbox every morning.",
				"Follow us on Twitter for more updates from the quay.",
				"Use of this site constitutes acceptance of our rules for readers.",
			},
			want: map[string]string{
				"Our writers may earn a commission when you buy through the links on this page.": LabelFurniture,
				"Get the latest harbour news delivered to your inbox every morning.":             LabelFurniture,
				"Follow us on Twitter for more updates from the quay.":                           LabelFurniture,
				"Use of this site constitutes acceptance of our rules for readers.":              LabelFurniture,
			},
		},
		{
			name: "a long line without punctuation is a tag cloud",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
				"bridges boats buses cycling ferries harbour history islands lighthouses markets music north bank parks piers quay rail roads sailing schools south bank swimming theatre tides trams tunnels walking weather wildlife",
			},
			want: map[string]string{
				"bridges boats buses cycling ferries harbour history islands lighthouses markets music north bank parks piers quay rail roads sailing schools south bank swimming theatre tides trams tunnels walking weather wildlife": LabelFurniture,
			},
		},
		{
			name: "an author's biography closing the article is furniture",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Ana Lima is a harbour engineer who has worked on the bridge for ten years and led the repairs.",
				para("Traffic was light in the first hours, the council said."),
				"Kim Rowe",
				"Kim Rowe is a freelance writer based in the port city. Her work has appeared in several papers.",
			},
			want: map[string]string{
				"Ana Lima is a harbour engineer who has worked on the bridge for ten years and led the repairs.": LabelBody,
				"Kim Rowe": LabelFurniture,
				"Kim Rowe is a freelance writer based in the port city. Her work has appeared in several papers.": LabelFurniture,
			},
		},
		{
			name: "a list of short items under a subheading is body",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"Closed lanes",
				"- North ramp: until June",
				"- South ramp: until July",
				"- Cycle path on the east side",
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{
				"- North ramp: until June":      LabelBody,
				"- Cycle path on the east side": LabelBody,
			},
		},
		{
			name: "one plain item under a paragraph is body",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"- Tickets at the quay office for $5",
				"Ferry times",
				para("Traffic was light in the first hours, the council said."),
			},
			want: map[string]string{"- Tickets at the quay office for $5": LabelBody},
		},
		{
			name: "a recipe after the text is body, a tag box is not",
			lines: []string{
				"Harbour Fish Soup",
				para("The soup is served at the quay every Friday."),
				para("It takes an hour to make and feeds four."),
				"Harbour Fish Soup",
				"Ingredients",
				"- 500 g white fish",
				"- 2 onions, chopped",
				"- 1 litre stock",
				"Method",
				"- Fry the onions until soft.",
				"- Add the stock and bring it to the boil.",
				"- Add the fish and simmer for ten minutes.",
				"Related Tags",
				"- Soups",
				"- Fish",
				"- Fridays",
			},
			want: map[string]string{
				"Ingredients":        LabelHeading,
				"- 500 g white fish": LabelBody,
				"- Add the fish and simmer for ten minutes.": LabelBody,
				"- Soups": LabelFurniture,
			},
		},
		{
			name: "a box of headline and one-sentence summary cards is teasers",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				para("Traffic was light in the first hours, the council said."),
				para("The council thanked residents for their patience."),
				"Ferry fares to rise in spring",
				"The council approved higher fares for the island ferries on Tuesday.",
				"Lighthouse opens to visitors",
				"The old lighthouse on the point will open to visitors every weekend.",
				"New market hall planned",
				"A covered market will be built on the site of the old fish sheds.",
			},
			want: map[string]string{
				"Ferry fares to rise in spring":                                        LabelTeaser,
				"The council approved higher fares for the island ferries on Tuesday.": LabelTeaser,
				"A covered market will be built on the site of the old fish sheds.":    LabelTeaser,
			},
		},
		{
			name: "subheadings over paragraphs stay",
			lines: []string{
				"Harbour Bridge Reopens After Repairs",
				para("The bridge reopened on Monday after a year of repairs."),
				"What changed",
				para("The deck was replaced and the cables were painted."),
				"What comes next",
				para("The ramps will open in the summer."),
				"Who paid",
				para("The state paid for most of the work."),
			},
			want: map[string]string{
				"What changed": LabelHeading,
				"Who paid":     LabelHeading,
				para("The state paid for most of the work."): LabelBody,
			},
		},
		{
			name: "a privacy notice apart from the body is dropped",
			lines: func() []string {
				ls := []string{
					"Harbour Bridge Reopens After Repairs",
					para("The bridge reopened on Monday after a year of repairs."),
					para("Traffic was light in the first hours, the council said."),
					para("The council thanked residents for their patience."),
				}
				for range 12 {
					ls = append(ls, "Share")
				}
				return append(ls,
					"We value your privacy and process your personal data only to run this website and to improve our services for every reader.",
					"You can withdraw your consent at any time in the settings of your browser, and you may ask us to delete your account.",
				)
			}(),
			want: map[string]string{
				"We value your privacy and process your personal data only to run this website and to improve our services for every reader.": LabelFurniture,
			},
		},
	}
	runLineCases(t, tests)
}
