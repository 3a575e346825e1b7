package textscrape

import (
	"strings"
	"testing"
)

// TestBodyLineRules checks the rules that keep short body lines (colon
// introductions, sentences trailing off, lists between paragraphs, short
// opening sentences, CJK lines broken at a comma) and drop teaser cards
// flattened to one line. Named lines are from text dumps of real pages.
func TestBodyLineRules(t *testing.T) {
	tests := []lineCase{
		{
			name: "a short colon line between paragraphs introduces the text",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("Online business owners tend to be introverts."),
				"Here’s an analogy:",
				para("Imagine you are in an auditorium, backstage, and the curtains are drawn."),
			},
			want: map[string]string{"Here’s an analogy:": LabelBody},
		},
		{
			name: "a field label in a meta box stays furniture",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("Online business owners tend to be introverts."),
				para("Imagine you are in an auditorium, backstage, and the curtains are drawn."),
				"Posted by:",
				"Pamela Wilson",
			},
			want: map[string]string{"Posted by:": LabelFurniture},
		},
		{
			name: "a sentence trailing off between paragraphs is body",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("Online business owners tend to be introverts."),
				"But here’s the disconnect …",
				para("To grow an online business, you have to step into the limelight."),
			},
			want: map[string]string{"But here’s the disconnect …": LabelBody},
		},
		{
			name: "a cut teaser after the body stays a teaser",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("Online business owners tend to be introverts."),
				para("To grow an online business, you have to step into the limelight."),
				"Related",
				"Why some people triumph online and others never make it …",
			},
			want: map[string]string{"Why some people triumph online and others never make it …": LabelTeaser},
		},
		{
			name: "a list of lower-case items between paragraphs is body",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("I am about to show you a path forward that even introverts can walk."),
				"If you …",
				"- Want to share your expertise with the world — but you’re secretly terrified to put yourself out there",
				"- Feel a deep desire to build a business that makes a difference but aren’t sure what it takes",
				para("… keep reading, because the first steps are the hardest."),
			},
			want: map[string]string{
				"If you …": LabelBody,
				"- Want to share your expertise with the world — but you’re secretly terrified to put yourself out there": LabelBody,
				"- Feel a deep desire to build a business that makes a difference but aren’t sure what it takes":          LabelBody,
			},
		},
		{
			name: "a list of title-case headlines between paragraphs is a read-also box",
			lines: []string{
				"How to Adopt a Success Mindset",
				para("I am about to show you a path forward that even introverts can walk."),
				"- Why Some People Triumph Online and Others Never Make It",
				"- The Seven Stages of Building Your Online Business",
				"- Content Marketing Strategies That Actually Work in 2020",
				para("The first steps are the hardest, and they are the ones that count."),
			},
			want: map[string]string{
				"- Why Some People Triumph Online and Others Never Make It": LabelReadAlso,
				"- The Seven Stages of Building Your Online Business":       LabelReadAlso,
			},
		},
		{
			name: "short sentences opening the text are body",
			lines: []string{
				"Home",
				"Oxygen Bar Opens in Delhi as Smog Chokes the City",
				"Posted by Jane Doe",
				"The startup is run by Aryavir Kumar.",
				para("The oxygen bar consists of a concentrator that purifies the ambient air."),
			},
			want: map[string]string{
				"Oxygen Bar Opens in Delhi as Smog Chokes the City": LabelTitle,
				"The startup is run by Aryavir Kumar.":              LabelBody,
			},
		},
		{
			name: "a Japanese line broken at a comma is body",
			lines: []string{
				"商標権侵害について",
				"商標権者の許諾を得ずに、他人の登録商標と同一または類似の商標を使用する行為は、商標権の侵害となります。この点については多くの判例があります。",
				"権利者の意思に基づくことなく、もとの商品を小分けにして販売するような行為は、",
				"商標権侵害と判断される場合があります。そのため販売者は注意が必要であり、事前に専門家に相談することが勧められます。",
			},
			want: map[string]string{"権利者の意思に基づくことなく、もとの商品を小分けにして販売するような行為は、": LabelBody},
		},
		{
			name: "teaser cards flattened to one line are teasers",
			lines: []string{
				"Latest Headlines",
				"DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers are asking for tips.",
				"Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 applications to randomly selected voters.",
				"Michigan Officials Report a Sixth Fatality Linked To the Virus",
				para("Michigan health authorities are reporting a sixth fatality linked to the virus."),
				"NASA said the five companies — Blue Origin, Ceres Robotics, Sierra Nevada Corporation (SNC), SpaceX and Tyvak — join nine others.",
				para("The agency expects more companies to bid."),
			},
			want: map[string]string{
				"DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers are asking for tips.":              LabelTeaser,
				"Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 applications to randomly selected voters.": LabelTeaser,
				"NASA said the five companies — Blue Origin, Ceres Robotics, Sierra Nevada Corporation (SNC), SpaceX and Tyvak — join nine others.":             LabelBody,
			},
		},
	}
	runLineCases(t, tests)
}

// TestGluedTeaser checks the seam finder on headline-and-summary lines
// and on lines whose capitals inside words are names.
func TestGluedTeaser(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers are asking for tips.", true},
		{"Is Violence In Sports On The Rise?Violence is part of the game in many sports but one player crossed a line.", true}, // a question glued to its summary
		{"Harbour Reopens. Ferry Company Names New ChiefThe ferry company named a new chief on Monday.", false},                // a full stop in the head
		{"Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying their bill.", true},
		{"The Doobie Brothers Unite With Michael McDonald for a 2020 North American tour celebrating their anniversary.", false},
		{"Auch auf dem KnowledgeCamp 2019, das in Berlin stattfand, haben wir live gepodcastet und viele Gäste getroffen.", false},
		{"Sony PlayStation Plus codes just dropped from $60 to $25 today.", false},
		{"Short HeadLine", false},
	}
	for _, tt := range tests {
		if got := gluedTeaser(tt.in); got != tt.want {
			t.Errorf("gluedTeaser(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// lineCase is a short synthetic scrape and the labels some of its lines
// must get.
type lineCase struct {
	name  string
	lines []string
	want  map[string]string // line text → label
}

// runLineCases extracts each case's scrape and checks the labels it
// names, listing every line's label when one is wrong.
func runLineCases(t *testing.T, tests []lineCase) {
	t.Helper()
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
