package quote

import "testing"

// TestSubjectFrames checks the speaker, cue and content of reports
// whose subject stands apart from its cue or is easily misread: after a
// floating quantifier, an adverb or an opening adjunct or dateline,
// with an apposition or a bracket, as a bare "another" or "those
// surveyed", as the asker of a passive "asked by", with an infinitive
// in the cue ("continued to say"), and inverted reports that a time
// adjunct or a listener closes.
func TestSubjectFrames(t *testing.T) {
	cases := []struct {
		name, text string
		want       want
	}{
		{"floating both",
			"Rubio and Bush both argued that the deal would cost jobs.",
			want{speaker: "Rubio and Bush", cue: "argued", content: "that the deal would cost jobs"}},
		{"floating all after an auxiliary",
			"Cruz and Paul have all attacked the proposal as reckless.",
			want{speaker: "Cruz and Paul", cue: "attacked", content: "the proposal as reckless"}},
		{"dateline in title case with its agency",
			"Philadelphia (AFP) - US President Barack Obama praised the nominee on Wednesday, saying she was ready for the job.",
			want{speaker: "US President Barack Obama", cue: "saying", content: "she was ready for the job"}},
		{"speaker set off by a participle and a quotation",
			"Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win in Pennsylvania.",
			want{speaker: "Mr. Manafort", cue: "said", content: "the candidate could win in Pennsylvania"}},
		{"quotation in brackets",
			"It happened. (“We have persuaded the original creators to complete their mission,” he said.) Others signed on.",
			want{speaker: "he", cue: "said", content: "“We have persuaded the original creators to complete their mission,”", direct: true}},
		{"apposition opened by including",
			"Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be governor.",
			want{speaker: "Six Gannett newspapers in New Jersey, including the Asbury Park Press", cue: "said", content: "he is not fit to be governor"}},
		{"those with a participle",
			"By big margins, those surveyed say the economy should be the first priority.",
			want{speaker: "those surveyed", cue: "say", content: "the economy should be the first priority"}},
		{"inverted report closed by a time adjunct",
			"Hillary Clinton won the Missouri primary, the Associated Press declared on Thursday, two days after the vote.",
			want{speaker: "the Associated Press", cue: "declared", content: "Hillary Clinton won the Missouri primary"}},
		{"inverted report around a listener, first part",
			"The solution, the partner told them, was simple.",
			want{speaker: "the partner", cue: "told", content: "The solution"}},
		{"inverted report around a listener, second part",
			"The solution, the partner told them, was simple.",
			want{speaker: "the partner", cue: "told", content: "was simple"}},
		{"asker after a passive",
			"Trump was asked by a reporter whether he would run again.",
			want{speaker: "a reporter", cue: "was asked", content: "whether he would run again"}},
		{"asker in a when clause",
			"When asked by a reporter whether this differed from the past, Trump said, “You tell me.”",
			want{speaker: "a reporter", cue: "asked", content: "whether this differed from the past"}},
		{"second verb of saying with a quotation",
			"De Blasio said the move was made by the commissioner and said, “Who are you going to trust on security?”",
			want{speaker: "De Blasio", cue: "said", content: "“Who are you going to trust on security?”", direct: true}},
		{"a bare noun after a comma and a verb is no inverted speaker",
			"Trump’s opponents said the U.S. should stand with Israel, not declare neutrality.",
			want{speaker: "Trump’s opponents", cue: "said", content: "the U.S. should stand with Israel, not declare neutrality"}},
		{"head noun of writing before by",
			"The statement by the two suggested that the deal was already dead.",
			want{speaker: "The statement by the two", cue: "suggested", content: "that the deal was already dead"}},
		{"irregular verb with a particle after a quotation",
			"“We ended that program for good,” he went on.",
			want{speaker: "he", cue: "went on", content: "“We ended that program for good,”", direct: true}},
		{"bracket and comma closing the name",
			"Sen. Jack Reed (D-R.I.), said the bill was dead.",
			want{speaker: "Sen. Jack Reed (D-R.I.)", cue: "said", content: "the bill was dead"}},
		{"a verb of saying before one that is also a noun",
			"He said states like California and Colorado will vote later.",
			want{speaker: "He", cue: "said", content: "states like California and Colorado will vote later"}},
		{"continued to before the cue",
			"Lewandowski continued to say he had never touched the reporter.",
			want{speaker: "Lewandowski", cue: "continued to say", content: "he had never touched the reporter"}},
		{"verb of attempt before the cue",
			"Trump tried to argue that the deal was dead.",
			want{speaker: "Trump", cue: "tried to argue", content: "that the deal was dead"}},
		{"participle after an object before a quotation",
			"Trump issued a statement Tuesday saying, “I do not feel that heritage makes anyone incapable of being impartial.”",
			want{speaker: "Trump", cue: "saying", content: "“I do not feel that heritage makes anyone incapable of being impartial.”", direct: true}},
		{"sentence subject after an opening time adjunct",
			"Hours later, Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”",
			want{speaker: "Trump", cue: "telling", content: "“Sheldon and I have been friends for a long time.”", direct: true}},
		{"adverb between subject and cue",
			"She further announced that the department would keep the right to cut funding.",
			want{speaker: "She", cue: "announced", content: "that the department would keep the right to cut funding"}},
		{"opening participle clause after a subordinator",
			"After saying he was nervous to ask a question, the man ended up in the middle of the room.",
			want{speaker: "the man", cue: "saying", content: "he was nervous to ask a question"}},
		{"opening perfect participle clause",
			"Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
			want{speaker: "Judge Berman", cue: "announced", content: "that he would not send me to prison"}},
		{"time adjunct after the auxiliary",
			"Police had last month charged the campaign manager with battery.",
			want{speaker: "Police", cue: "charged", content: "the campaign manager with battery"}},
		{"sentence subject after an opening prepositional adjunct",
			"Despite the loss, Clinton won praise, quickly reminding voters that she had won the popular vote.",
			want{speaker: "Clinton", cue: "quickly reminding", content: "that she had won the popular vote"}},
		{"sentence subject after a longer time adjunct",
			"A few minutes later, Murphy followed up by lamenting that the Senate had failed to act.",
			want{speaker: "Murphy", cue: "lamenting", content: "that the Senate had failed to act"}},
		{"note as a noun after an article and an adjective",
			"In a subsequent note to staff, Zucker said the coverage would change.",
			want{speaker: "Zucker", cue: "said", content: "the coverage would change"}},
		{"another as the speaker",
			"Yet another said, “The plan will never pass the Senate this year.”",
			want{speaker: "another", cue: "said", content: "“The plan will never pass the Senate this year.”", direct: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExact(t, c.text, Extract(c.text), c.want)
		})
	}
}

// TestAppearState checks that "appear" before a word of state reads as
// a report without a source, as "seem" does, and that "appear" before a
// place or a time does not.
func TestAppearState(t *testing.T) {
	cases := []struct {
		text    string
		content []string // the contents of the "appeared" report; none when nil
	}{
		{"The campaign team appeared paralyzed after the debate.", []string{"The campaign team", "paralyzed after the debate"}},
		{"The senator appeared uneasy when asked about her daughter.", []string{"The senator", "uneasy when asked about her daughter"}},
		{"The senator appeared on television on Sunday.", nil},
		{"The senator appeared alongside the governor at the rally.", nil},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, q := range Extract(c.text) {
				if q.Cue != nil && q.Cue.Text == "appeared" {
					if q.Speaker != nil {
						t.Errorf("speaker = %q, want none", q.Speaker.Text)
					}
					got = append(got, q.Content.Text)
				}
			}
			if len(got) != len(c.content) {
				t.Fatalf("contents = %q, want %q", got, c.content)
			}
			for i := range got {
				if got[i] != c.content[i] {
					t.Errorf("content %d = %q, want %q", i, got[i], c.content[i])
				}
			}
		})
	}
}

// TestScareQuoteBeforeReport checks that a short quotation inside a
// relative clause does not take the cue after it when a pronoun opens
// the reported clause: "…, who calls him a “crook,” said he …".
func TestScareQuoteBeforeReport(t *testing.T) {
	text := "Humphrey, who calls the governor a “crook,” said he doesn’t believe the effort can succeed."
	for _, q := range Extract(text) {
		if q.Direct && q.Content.Text == "“crook,”" {
			t.Errorf("the scare quote was read as a quotation: %+v", q)
		}
	}
}

// TestPassiveBeforePreposition checks that a passive cue ending in a
// preposition ("was asked about") has no source, as PolNeAR marks it:
// who was asked is not who speaks.
func TestPassiveBeforePreposition(t *testing.T) {
	for _, text := range []string{
		"She was asked about the new tariffs on steel.",
		"The senator was pressed on the timing of the vote.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, q := range Extract(text) {
				if q.Cue != nil && q.Speaker != nil {
					t.Errorf("cue %q has the speaker %q, want none", q.Cue.Text, q.Speaker.Text)
				}
			}
		})
	}
}

// TestSpeakerAfterCueBeforeQuotation checks the speaker that stands
// between its cue and the quotation it introduces ("Said Comey, “…”"),
// and that a listener or an object there is not taken for one.
func TestSpeakerAfterCueBeforeQuotation(t *testing.T) {
	cases := []struct {
		name, text string
		speaker    string // the speaker wanted, when given
		notSpeaker string // a phrase the speaker must not be, when given
	}{
		{"cue opening the sentence",
			"The gun was bought in Charleston. Said Comey, “The thought that an error on our part is connected to this is painful.”",
			"Comey", ""},
		{"cue after a comma, before a colon",
			"In other words, explained the moderator Nancy Cordes: “What does that have to do with it?”",
			"the moderator Nancy Cordes", ""},
		{"after a quotation",
			"“Better watch out for her,” tweeted another.",
			"another", ""},
		{"listener",
			"Sanders, speaking in Iowa, told reporters: “We are going to win this state.”",
			"", "reporters"},
		{"object of said",
			"A Warren adviser, who spoke on the condition of anonymity, said of the senator, “She takes the threat very seriously.”",
			"", "of the senator"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, q := range Extract(c.text) {
				if !q.Direct || q.Cue == nil {
					continue
				}
				found = true
				got := ""
				if q.Speaker != nil {
					got = q.Speaker.Text
				}
				if c.speaker != "" && got != c.speaker {
					t.Errorf("speaker = %q, want %q", got, c.speaker)
				}
				if c.notSpeaker != "" && got == c.notSpeaker {
					t.Errorf("speaker = %q, which is not the speaker", got)
				}
			}
			if !found {
				t.Errorf("no attributed quotation in %q", c.text)
			}
		})
	}
}

// TestSubjectBeforeVerbInS checks that the rules end a sentence's
// subject before a verb in -s that a possessive follows, so that a
// report joined later in the sentence gets the subject alone.
func TestSubjectBeforeVerbInS(t *testing.T) {
	text := "The company keeps its finances secret but says its business has tripled."
	if got, ok := rulesSpeaker(text, "says"); !ok || got != "The company" {
		t.Errorf("the rules' speaker of \"says\" = %q (found %v), want \"The company\"", got, ok)
	}
}

// TestOpeningParticiple checks a text that opens with a cue word: the
// participle clause ends at its comma and leaves the main clause's
// report whole ("would only say", with the adverb in the cue).
func TestOpeningParticiple(t *testing.T) {
	text := "Asked about taking a more forceful approach, the senator would only say that his rival was worrisome."
	qs := Extract(text)
	checkExact(t, text, qs, want{cue: "Asked", content: "about taking a more forceful approach"})
	checkExact(t, text, qs, want{speaker: "the senator", cue: "would only say", content: "that his rival was worrisome"})
}

// TestPollSource checks that "in" reads a poll as a source when the
// phrase names one ("in a CNN national poll", also ending the
// sentence) and not when it names polls in general ("in the polls").
func TestPollSource(t *testing.T) {
	text := "Clinton held a 24-point lead over Obama among black voters in a CNN national poll."
	checkExact(t, text, Extract(text), want{speaker: "a CNN national poll", cue: "in", content: "Clinton held a 24-point lead over Obama among black voters"})
	text = "Trump has a 20-point lead in the polls ahead of the primary."
	for _, q := range Extract(text) {
		if q.Cue != nil && q.Cue.Text == "in" {
			t.Errorf("%q: took polls in general as a source: %+v", text, q)
		}
	}
}

// TestMoreNotLabels checks headline and credit words before a colon
// that name no speaker.
func TestMoreNotLabels(t *testing.T) {
	for _, text := range []string{
		"Revealed: Here Are The Conservatives The Establishment Has Blacklisted.",
		"Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
		"Wow: Glenn Beck Just Responded To The Endorsement With One Line.",
	} {
		for _, q := range Extract(text) {
			if q.Cue != nil && q.Cue.Text == ":" {
				t.Errorf("Extract(%q) took a label: %+v", text, q)
			}
		}
	}
}

// TestNotReports checks verbs of saying in senses that report nothing:
// "added to", "reported from".
func TestNotReports(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"The win in Nevada added to her delegate lead in the state.", "added"},
		{"Lisa Lerer reported from Los Angeles on the candidate's last day in California.", "reported"},
	} {
		for _, q := range Extract(c.text) {
			if q.Cue != nil && q.Cue.Text == c.cue {
				t.Errorf("Extract(%q) read %q as a report: %+v", c.text, c.cue, q)
			}
		}
	}
}

// TestFeelingCandidate checks that the fallback pass reads a feeling
// after "be" with "be" in the cue and the subject as its speaker:
// "(Democratic leaders) (are worried) about …".
func TestFeelingCandidate(t *testing.T) {
	text := "Democratic leaders are worried about emerging from their convention with an unhappy contingent."
	d := &doc{rs: []rune(text)}
	d.toks = tokenize(d.rs)
	d.claimed = make([]bool, len(d.toks))
	d.findQuotes()
	f := &featSet{buf: make([]byte, 0, 64)}
	for k := range d.toks {
		if d.low(k) != "worried" {
			continue
		}
		r, ok := d.fallbackCandidate(k, f)
		if !ok {
			t.Fatal(`no fallback candidate for "worried"`)
		}
		if cue, spk := d.span(r.cue), d.span(r.spk); cue == nil || cue.Text != "are worried" || spk == nil || spk.Text != "Democratic leaders" {
			t.Errorf(`cue %+v, speaker %+v; want "are worried", "Democratic leaders"`, cue, spk)
		}
		return
	}
	t.Fatal(`no token "worried"`)
}
