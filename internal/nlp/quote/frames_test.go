package quote

import "testing"

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
			"Trump has a decisive lead in the polls ahead of the state’s primary.",
			"Trump has a decisive lead", "the polls", "in"},
		{"poll opening the sentence",
			"In a CNN poll released Monday, 50 percent of voters chose Clinton.",
			"50 percent of voters chose Clinton", "a CNN poll released Monday", "In"},
		{"passive cue",
			"Sanders was asked whether he would endorse Clinton.",
			"whether he would endorse Clinton", "-", "was asked"},
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
				if q.Cue == nil || q.Cue.Text != c.cue {
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
