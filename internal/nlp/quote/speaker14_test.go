package quote

import "testing"

// TestSpeakerClauseSubject checks the speaker of a participle cue after
// a comma: a participle that closes a clause joined on by a conjunction
// is that clause's subject's, not the sentence subject's.
func TestSpeakerClauseSubject(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		cue, speaker string
	}{
		{"clause joined by but closes with a participle",
			"It was a long shot, but Sanders was in Ohio on Tuesday night, emphasizing the importance of the state.",
			"emphasizing", "Sanders"},
		{"clause joined by and closes with a participle",
			"The deal was hard to sell, and the governor was quick to defend it after the vote, citing the new jobs it would bring.",
			"citing", "the governor"},
		{"participle after the subject's own clause keeps it",
			"The senator voted against the bill on Tuesday, arguing that it would raise taxes on families.",
			"arguing", "The senator"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkSpeaker(t, Extract(c.text), c.cue, c.speaker)
		})
	}
}
