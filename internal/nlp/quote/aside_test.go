package quote

import "testing"

// TestDashAside checks speakers whose aside between dashes stands
// between them and their cue: PolNeAR counts the aside, dashes and all,
// in the speaker, but for a relative clause, which may report on its
// own. speaker "-" means the cue must have no speaker, or no quote.
func TestDashAside(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		cue, speaker string
	}{
		{"apposition between em dashes",
			"Maria Lopez — a nurse from Greenville — says she made up her mind on the last day.",
			"says", "Maria Lopez — a nurse from Greenville —"},
		{"coordination between em dashes",
			"Democrats — and some Republicans — say that the new rules will hurt small farms.",
			"say", "Democrats — and some Republicans —"},
		{"list between hyphens with an auxiliary in the cue",
			"The three judges - Mr. Hale, Ms. Ortiz and Mr. Brandt - have argued that the law is unclear.",
			"have argued", "The three judges - Mr. Hale, Ms. Ortiz and Mr. Brandt -"},
		{"phrase with prepositions after an opening clause",
			"Even if the mayor loses the vote, officials in the two largest cities — Dayton and Akron — said the plan would go ahead.",
			"said", "officials in the two largest cities — Dayton and Akron —"},
		{"relative clause between dashes left out",
			"Governor Tom Reed - who previously said he would sign the bill - said on Monday that he would veto it.",
			"said", "Governor Tom Reed"},
		{"relative clause between dashes reports on its own",
			"Governor Tom Reed - who previously said he would sign the bill - said on Monday that he would veto it.",
			"previously said", "who"},
		{"clause before the opening dash is no speaker",
			"Prices rose in two towns — Dayton and Akron — said officials at the state agency.",
			"said", "-"},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			checkSpeaker(t, qs, c.cue, c.speaker)
		})
	}
}

// TestAbbreviationBeforeCue checks that the period of an abbreviation
// inside a speaker phrase ("R-Ky.,", "Ind.,") does not end the sentence
// between a quotation and the cue after it.
func TestAbbreviationBeforeCue(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"state of a senator",
			"“We will not take up the bill this year,” Senate Majority Leader Tom Hale, R-Ky., said.",
			want{content: "“We will not take up the bill this year,”", speaker: "Senate Majority Leader Tom Hale, R-Ky.", cue: "said", direct: true}},
		{"state of a voter's town",
			"“I have voted for both parties,” Alice Wen, 29, of Meridian, Ind., said.",
			want{content: "“I have voted for both parties,”", speaker: "Alice Wen, 29, of Meridian, Ind.", cue: "said", direct: true}},
		{"period ending the sentence still ends it",
			"“The talks are over,” the envoy said in Geneva. Officials said nothing more.",
			want{content: "“The talks are over,”", speaker: "the envoy", cue: "said", direct: true}},
	})
}

// TestSpeakerExtent checks three ways a speaker phrase reaches back past
// a comma to its head: an apposition that is itself an apposition of a
// name, a serial list after a word that opens its clause, and a city
// whose state or country follows it after a comma.
func TestSpeakerExtent(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		cue, speaker string
	}{
		{"apposition of an apposition",
			"Ruth Okafor, chair of the board of Lakeside Partners, the group's fundraising arm, said it would stay out of the race.",
			"said", "Ruth Okafor, chair of the board of Lakeside Partners, the group's fundraising arm"},
		{"apposition of an apposition after a conjunction",
			"But Tom Reyes, the president of Open Files, a watchdog group that has sued the county, said that the damage was done.",
			"said", "Tom Reyes, the president of Open Files, a watchdog group that has sued the county"},
		{"role before a name and its apposition",
			"Oregon's governor, Dana Pruitt, a Democrat, cautioned against reading too much into the vote.",
			"cautioned", "Oregon's governor, Dana Pruitt, a Democrat"},
		{"place before a comma is no name",
			"In Iowa, the senator, a Republican, said the plan was dead.",
			"said", "the senator, a Republican"},
		{"adverb before a comma is no name",
			"Similarly, Alan Moss, a former transportation secretary, said he could not support the plan.",
			"said", "Alan Moss, a former transportation secretary"},
		{"serial list after a subordinator",
			"Aides said nothing would change unless Ortiz, Lang and Becker agreed to step aside.",
			"agreed", "Ortiz, Lang and Becker"},
		{"serial list after a conjunction",
			"But the growers, shippers and county officials said that the new levy was unfair.",
			"said", "the growers, shippers and county officials"},
		{"state after a city",
			"Ellen Park of Asheville, North Carolina says she has not made up her mind.",
			"says", "Ellen Park of Asheville, North Carolina"},
		{"country after a city",
			"Nora Quinn, the sister of an aid worker held in a prison in Aleppo, Syria, has argued that the ministry misled her.",
			"has argued", "Nora Quinn, the sister of an aid worker held in a prison in Aleppo, Syria"},
		{"two countries are a list, not a place",
			"As trade talks stall with an assertive Brazil, Canada has pledged to protect its farmers.",
			"has pledged", "Canada"},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			checkSpeaker(t, qs, c.cue, c.speaker)
		})
	}
}
