package quote

import (
	"strings"
	"testing"
)

// TestFrames checks constructions the rules read beyond the plain "X
// said …" frame. speaker "-" means the quote must have no speaker.
func TestFrames(t *testing.T) {
	for _, c := range []struct {
		name, text            string
		content, speaker, cue string
	}{
		{"quotation before the attributed one",
			"“The program is over and it will not come back.”\n\n“We tried everything,” she said.",
			"“The program is over and it will not come back.”", "she", "said"},
		{"quotation after an indirect report",
			"Smith said the plan would work.\n\n“We are sure of it and we will win the vote.”",
			"“We are sure of it and we will win the vote.”", "Smith", "said"},
		{"adjunct after the speaker",
			"“We will win this state,” Trump, in turn, said.",
			"“We will win this state,”", "Trump", "said"},
		{"coordinated speaker",
			"Trump and his attorneys said the suit was baseless.",
			"the suit was baseless", "Trump and his attorneys", "said"},
		{"contracted auxiliary",
			"They’ve said the plan is dead in the water.",
			"the plan is dead in the water", "They", "said"},
		{"inner quotation closing before a double mark",
			"''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
			"''We are told all the time, 'Kosovo is a special case,'''", "Mr. Putin", "said"},
		{"straight mark opening a paragraph after a period",
			"The fund lost money last year.\n\n\"There is a sense of calm now,\" and donations picked up again last week, Gilbert said.",
			"\"There is a sense of calm now,\" and donations picked up again last week", "Gilbert", "said"},
		{"straight mark opening a sentence after a period",
			"The fund lost money. \"There is a sense of calm now,\" and donations picked up again last week, Gilbert said.",
			"\"There is a sense of calm now,\" and donations picked up again last week", "Gilbert", "said"},
		{"quotation after an inverted report",
			"It seems unlikely that the senator can catch up, Elmendorf said. “The numbers do not add up for him.”",
			"“The numbers do not add up for him.”", "Elmendorf", "said"},
		{"sentence adverb between speaker and cue",
			"Carter however said he would welcome the move.",
			"he would welcome the move", "Carter", "said"},
		{"relative clause that reports",
			"Barkley, who said he votes Democratic, said one candidate he likes is Kasich.",
			"one candidate he likes is Kasich", "Barkley", "said"},
		{"relative clause report itself",
			"Barkley, who said he votes Democratic, said one candidate he likes is Kasich.",
			"he votes Democratic", "who", "said"},
		{"raising verb: subject",
			"The music seemed to match the mood in the arena.",
			"The music", "-", "seemed"},
		{"raising verb: clause",
			"The music seemed to match the mood in the arena.",
			"to match the mood in the arena", "-", "seemed"},
		{"cue-like subject of a verb of saying",
			"“You are a total loser and your book is bad,” the note says.",
			"“You are a total loser and your book is bad,”", "the note", "says"},
		{"relative clause after an inverted speaker",
			"“It is a problem in the community,” said Alan Berger, a doctor from Englewood, who said he knows the family.",
			"“It is a problem in the community,”", "Alan Berger, a doctor from Englewood", "said"},
		{"reported clause ends before a contrast",
			"Carter said the practice had stopped, but Cook did not say when it ended.",
			"the practice had stopped", "Carter", "said"},
		{"poll after the clause",
			"Trump has a decisive lead in a Marist poll ahead of the state’s primary.",
			"Trump has a decisive lead", "a Marist poll", "in"},
		{"poll opening the sentence",
			"In a CNN poll released Monday, 50 percent of voters chose Clinton.",
			"50 percent of voters chose Clinton", "a CNN poll released Monday", "In"},
		{"passive cue",
			"Sanders was asked whether he would endorse Clinton.",
			"whether he would endorse Clinton", "-", "was asked"},
		// Auxiliaries, negations and adverbs of time join the cue, so
		// the speaker ends before them.
		{"progressive auxiliary joins the cue",
			"The mayor is saying the budget will balance by June.",
			"the budget will balance by June", "The mayor", "is saying"},
		{"negated auxiliary joins the cue",
			"The campaign didn’t say whether the rally would go ahead.",
			"whether the rally would go ahead", "The campaign", "didn’t say"},
		{"adverb of time joins the cue",
			"Local leaders now say the road will reopen in spring.",
			"the road will reopen in spring", "Local leaders", "now say"},
		// Speaker phrases that run over punctuation and prepositions.
		{"possessive with a bare apostrophe",
			"Jones’ campaign said the senator would skip the debate.",
			"the senator would skip the debate", "Jones’ campaign", "said"},
		{"poll name with a slash",
			"A new Smith/Lee poll shows the governor trailing by nine points.",
			"the governor trailing by nine points", "A new Smith/Lee poll", "shows"},
		{"hedged share of a group",
			"More than 6 in 10 voters said the economy came first for them.",
			"the economy came first for them", "More than 6 in 10 voters", "said"},
		{"group in a place",
			"Officials in both towns said the water was safe to drink.",
			"the water was safe to drink", "Officials in both towns", "said"},
		{"quantity alone",
			"One in three said the party had lost its way.",
			"the party had lost its way", "One in three", "said"},
		{"percentage",
			"About 40% say the race is too close to call.",
			"the race is too close to call", "About 40%", "say"},
		{"neither … nor",
			"Neither Lopez nor Grant said when the vote would happen.",
			"when the vote would happen", "Neither Lopez nor Grant", "said"},
		{"serial list opening the sentence",
			"Ames, Baker and other farmers said the drought had cost them dearly.",
			"the drought had cost them dearly", "Ames, Baker and other farmers", "said"},
		{"restrictive relative clause before the cue",
			"Voters who attended the rally said the speech ran far too long.",
			"the speech ran far too long", "Voters who attended the rally", "said"},
		{"restrictive relative clause after according to",
			"The talks had stalled, according to an aide who attended the meeting.",
			"The talks had stalled", "an aide who attended the meeting", "according to"},
		{"pronoun with a contracted auxiliary",
			"He’s said the plan is a good one for the town.",
			"the plan is a good one for the town", "He", "said"},
		// Frames.
		{"noun after an article is not a cue",
			"In a note to staff, Zucker said the channel would change its format.",
			"the channel would change its format", "Zucker", "said"},
		{"inverted report at the sentence end takes the whole clause",
			"He agreed to sell the land in 2010, the records said.",
			"He agreed to sell the land in 2010", "the records", "said"},
		{"parenthetical cue followed by a participle",
			"The two will meet next week, Spicer said, adding that a date was not yet set.",
			"The two will meet next week", "Spicer", "said"},
		{"headline name with an addressee",
			"Clinton to Union Members: The plan will raise wages for everyone.",
			"The plan will raise wages for everyone", "Clinton", ":"},
		{"title-case headline with a capitalised verb",
			"Mayor Lopez Says City Will Ban Plastic Bags By Next Summer.",
			"City Will Ban Plastic Bags By Next Summer", "Mayor Lopez", "Says"},
		{"time adjunct between the cue and a clause without that",
			"Union leader Maria Diaz said on Friday she met the governor twice this week.",
			"she met the governor twice this week", "Union leader Maria Diaz", "said"},
		{"participle after a comma inside the closing mark ends the clause",
			"At a rally in Ohio, Cruz said that there is “only one candidate who can win this race,” adding that his rivals are “splitting the vote.”",
			"that there is “only one candidate who can win this race,”", "Cruz", "said"},
		{"the participle after a comma inside the closing mark reports on its own",
			"At a rally in Ohio, Cruz said that there is “only one candidate who can win this race,” adding that his rivals are “splitting the vote.”",
			"that his rivals are “splitting the vote.”", "Cruz", "adding"},
		{"clause with a verb after a name is not an apposition",
			"In a statement released Thursday, Rep. Hakeem Jeffries reacted to the verdict, saying: “The killer should be in prison.”",
			"“The killer should be in prison.”", "Rep. Hakeem Jeffries", "saying"},
		// The bracket of party and state belongs to the name, as PolNeAR
		// marks it (83 of the 86 such train sources hold it).
		{"clause with a verb after a bracket is not an apposition",
			"In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the verdict, saying: “The killer should be in prison.”",
			"“The killer should be in prison.”", "Rep. Hakeem Jeffries (D-N.Y.)", "saying"},
		{"second verb of the speaker ends the first report",
			"She says she admires the senator and calls him “a tireless fighter for working families.”",
			"she admires the senator", "She", "says"},
		{"second verb of the speaker reports on its own",
			"She says she admires the senator and calls him “a tireless fighter for working families.”",
			"him “a tireless fighter for working families.”", "She", "calls"},
		{"long quotation inside a sentence stands on its own",
			"The sign on the door read on and on with “no entry for anyone without a pass from the front office” in red.",
			"“no entry for anyone without a pass from the front office”", "-", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			for _, q := range qs {
				if q.Content.Text != c.content {
					continue
				}
				switch {
				case c.speaker == "-" && q.Speaker != nil:
					t.Errorf("speaker = %q, want none", q.Speaker.Text)
				case c.speaker != "-" && (q.Speaker == nil || q.Speaker.Text != c.speaker):
					t.Errorf("speaker = %+v, want %q", q.Speaker, c.speaker)
				}
				if c.cue == "" && q.Cue != nil || c.cue != "" && (q.Cue == nil || q.Cue.Text != c.cue) {
					t.Errorf("cue = %+v, want %q", q.Cue, c.cue)
				}
				return
			}
			var got []string
			for _, q := range qs {
				got = append(got, q.Content.Text)
			}
			t.Fatalf("no quote with content %q; got %q", c.content, got)
		})
	}
}

// TestNotCues checks words that look like cues but do not report here.
func TestNotCues(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"The state plans to expand the program to every county next year.", "state"},
		{"Clinton continues to lead in the polls by a wide margin this week.", "continues"},
		{"He appeared on television with his wife and two children on Sunday.", "appeared"},
		{"The report was filed by the clerk on Monday after a long delay.", "report"},
	} {
		for _, q := range Extract(c.text) {
			if q.Cue != nil && q.Cue.Text == c.word {
				t.Errorf("Extract(%q) read %q as a cue: %+v", c.text, c.word, q)
			}
		}
	}
}

// TestNestedReport checks that a quotation with its own attribution can
// be the content of a second one ("…,” X said, according to CNN).
func TestNestedReport(t *testing.T) {
	text := "“I ask you not to protest on the floor,” Sanders said, according to CNN."
	qs := Extract(text)
	checkSpans(t, text, qs)
	var said, acc bool
	for _, q := range qs {
		if q.Cue == nil || q.Speaker == nil {
			continue
		}
		said = said || q.Cue.Text == "said" && q.Speaker.Text == "Sanders"
		acc = acc || q.Cue.Text == "according to" && q.Speaker.Text == "CNN" && q.Content.Start == 0
	}
	if !said || !acc {
		t.Errorf("want Sanders said and, around it, according to CNN; got %+v", qs)
	}
}

// TestFinalAccording checks "…, according to X" closing a sentence that
// holds a report of its own, or opening one after a short adverbial:
// X is the source, and the whole clause before, with the report in it,
// the content.
func TestFinalAccording(t *testing.T) {
	for _, c := range []struct{ name, text, source, content string }{
		{"indirect report before the cue",
			"The governor said he would have fired the aide on the spot, according to press reports.",
			"press reports", "The governor said he would have fired the aide on the spot"},
		{"quotation of two sentences before the cue",
			"“He is not on their side. He never was,” Hewitt said, according to a transcript of the show.",
			"a transcript of the show", "“He is not on their side. He never was,” Hewitt said"},
		{"adverbial before the cue",
			"In addition, according to the department, nine million more workers will be protected.",
			"the department", "nine million more workers will be protected"},
		{"bracketed sentence before the next",
			"The police patrol the park. (According to the police department, no statistics are kept.) Meanwhile, according to the report, the files were lost.",
			"the report", "the files were lost"},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			for _, q := range qs {
				if q.Cue == nil || !strings.EqualFold(q.Cue.Text, "according to") || q.Speaker == nil || q.Speaker.Text != c.source {
					continue
				}
				if q.Content.Text != c.content {
					t.Errorf("content = %q, want %q", q.Content.Text, c.content)
				}
				return
			}
			t.Errorf("no quote according to %q in %+v", c.source, qs)
		})
	}
	// The report inside keeps its own content, which stops before the
	// comma.
	qs := Extract("The governor said he would have fired the aide on the spot, according to press reports.")
	for _, q := range qs {
		if q.Cue != nil && q.Cue.Text == "said" && q.Content.Text != "he would have fired the aide on the spot" {
			t.Errorf("said: content = %q, want it to stop before the comma", q.Content.Text)
		}
	}
}

// TestCircumstance checks which words after "on" say when or where a
// cue word spoke, which the fallback pass does not read as content, and
// which say what about ("focused on the economy").
func TestCircumstance(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"He spoke on Monday.", true},
		{"She went on and on.", true},
		{"He said on Twitter that it was over.", true},
		{"They talked on the phone for an hour.", true},
		{"It spoke on the campaign trail.", true},
		{"The ads focused on the economy.", false},
		{"She has not commented on his remarks.", false},
		{"They are split on immigration.", false},
	} {
		rs := []rune(c.text)
		d := &doc{rs: rs, toks: tokenize(rs)}
		k := -1
		for i := range d.toks {
			if d.low(i) == "on" {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no on", c.text)
		}
		if got := d.circumstance(k + 1); got != c.want {
			t.Errorf("%q: circumstance = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFallbackKeeps checks reports that only the fallback pass reads,
// which its keep model, a logistic regression, accepts: a verb of
// stance or of saying after its subject, as PolNeAR marks it. The sentences are from
// the PolNeAR train split.
func TestFallbackKeeps(t *testing.T) {
	for _, c := range []struct {
		name, text, cueWord, speaker string
	}{
		{"support after a plural subject",
			"And GOP primary voters are lining up behind him.",
			"lining", "GOP primary voters"},
		{"attack in a headline",
			"Rose Bowl skywriters blast Trump.",
			"blast", "Rose Bowl skywriters"},
		{"statement sent out",
			"Florida’s Secretary of State Ken Detzner sent out a statement reassuring voters that Trump had not been left off any presidential ballots.",
			"sent", "Florida’s Secretary of State Ken Detzner"},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			for _, q := range qs {
				if q.Cue == nil || !strings.Contains(q.Cue.Text, c.cueWord) {
					continue
				}
				if q.Speaker == nil || q.Speaker.Text != c.speaker {
					t.Errorf("speaker = %+v, want %q", q.Speaker, c.speaker)
				}
				return
			}
			t.Errorf("no quote with a cue holding %q in %+v", c.cueWord, qs)
		})
	}
}

// TestQuotedTitle checks that a title in quotation marks standing alone
// is not taken for an unattributed quotation, while a sentence of the
// same length is.
func TestQuotedTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Her new show opens next week.\n\n“Crossing The Great Divide Tonight”", 0},
		{"Her new show opens next week.\n\n“Sam Mendes Leaves The Chocolate Factory”", 0},
		{"Her new show opens next week.\n\n“We are going to win this one for sure.”", 1},
	} {
		n := 0
		for _, q := range Extract(c.text) {
			if q.Direct && q.Cue == nil {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d unattributed quotations, want %d", c.text, n, c.want)
		}
	}
}
