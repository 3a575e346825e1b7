package quote

import (
	"strings"
	"testing"
)

// rulesSpeaker returns the speaker the rule passes alone give the cue
// that starts with cue in text, before the span pass moves its ends.
func rulesSpeaker(text, cue string) (string, bool) {
	d := &doc{rs: []rune(text)}
	d.toks = tokenize(d.rs)
	d.claimed = make([]bool, len(d.toks))
	d.findQuotes()
	d.rulePasses()
	for _, r := range d.rels {
		if c := d.span(r.cue); c != nil && strings.HasPrefix(c.Text, cue) {
			if s := d.span(r.spk); s != nil {
				return s.Text, true
			}
			return "", true
		}
	}
	return "", false
}

// TestSpanPass checks the learned speaker ends on sentences whose rule
// speaker misses the annotated extent: a dropped article or bracket, a
// verb taken in, a time adjunct left out.
func TestSpanPass(t *testing.T) {
	for _, c := range []struct {
		name, text, cue, rules, want string
	}{
		{"bracket after the name",
			"Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) accused the committee of sabotage, saying the decision was an outrage.",
			"saying", "Democratic presidential candidate Sen. Bernie Sanders", "Democratic presidential candidate Sen. Bernie Sanders (I-Vt.)"},
		{"article before an adverb",
			"The nearly 90-second ad slams the senator for missing dozens of votes this year.",
			"slams", "nearly 90-second ad", "The nearly 90-second ad"},
		{"article before an adjective",
			"An earlier report in a New Hampshire paper said the governor would endorse him next week.",
			"said", "report in a New Hampshire paper", "An earlier report in a New Hampshire paper"},
		{"head noun before by",
			"The statement by the two suggested that the deal was already dead.",
			"suggested", "the two", "The statement by the two"},
		{"time adverb after the head",
			"Clinton defenders today argue that the emails were never classified.",
			"argue", "Clinton defenders", "Clinton defenders today"},
		{"verb before the subject",
			"We watch John Kerry’s negotiating partners in Tehran relentlessly referring to the US as the “Great Satan.”",
			"relentlessly", "watch John Kerry’s negotiating partners in Tehran", "John Kerry’s negotiating partners in Tehran"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if rules, ok := rulesSpeaker(c.text, c.cue); !ok || rules != c.rules {
				t.Errorf("the rules' speaker of %q = %q (found %v), want %q", c.cue, rules, ok, c.rules)
			}
			for _, q := range Extract(c.text) {
				if q.Cue != nil && strings.HasPrefix(q.Cue.Text, c.cue) {
					if q.Speaker == nil || q.Speaker.Text != c.want {
						t.Errorf("speaker = %+v, want %q", q.Speaker, c.want)
					}
					return
				}
			}
			t.Errorf("no quote with cue %q", c.cue)
		})
	}
}
