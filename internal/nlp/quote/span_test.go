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

// TestSpanLookahead checks that the span model sees past the comma
// after a speaker's last word, where an age or a relative clause that
// annotators often leave out ("Ramos, 58, told", "Trump, who …,
// said") differs from an apposition they take in.
func TestSpanLookahead(t *testing.T) {
	for _, c := range []struct{ text, end, want string }{
		{"Ramos, 58, told reporters the vote was rigged.", "Ramos", "Sho2=,|NUM"},
		{"Ramos, who lives in Miami, told reporters the vote was rigged.", "Ramos", "Sho2=,|who"},
		{"Ramos, a lawyer, told reporters the vote was rigged.", "Ramos", "Sho2=,|a"},
	} {
		d := &doc{rs: []rune(c.text)}
		d.toks = tokenize(d.rs)
		d.claimed = make([]bool, len(d.toks))
		d.findQuotes()
		d.rulePasses()
		if len(d.rels) == 0 {
			t.Fatalf("%q: no attribution", c.text)
		}
		r := d.rels[0]
		var ends spanEnds
		if !d.spanCandidates(r, d.occupied(), &ends) {
			t.Fatalf("%q: no span candidates for %+v", c.text, r)
		}
		f := &featSet{}
		found := false
		for _, k := range ends.his {
			if d.tokText(k) != c.end {
				continue
			}
			d.spanFeats(f, r, &ends, k, false)
			for _, n := range f.names {
				found = found || n == c.want
			}
		}
		if !found {
			t.Errorf("%q: no feature %q for a speaker ending at %q", c.text, c.want, c.end)
		}
	}
}

// TestSpanPronoun checks that the span pass leaves a lone pronoun as the
// speaker, a possessive one too ("his remarks about …"): the model would
// widen it over the words before.
func TestSpanPronoun(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"Leaders were angered by his remarks about immigration.", "his"},
		{"Leaders said they were angered by the remarks.", "they"},
	} {
		d := &doc{rs: []rune(c.text)}
		d.toks = tokenize(d.rs)
		d.claimed = make([]bool, len(d.toks))
		d.findQuotes()
		k := strings.Index(strings.ToLower(c.text), c.speaker+" ")
		if k < 0 {
			t.Fatalf("%q: no %q", c.text, c.speaker)
		}
		var r rel
		for i, tk := range d.toks {
			if int(tk.start) == k {
				r = rel{spk: span{i, i}, cue: span{i + 1, i + 1}, content: span{i + 2, i + 3}}
			}
		}
		var ends spanEnds
		if d.spanCandidates(r, d.occupied(), &ends) {
			t.Errorf("%q: the span pass may move the speaker %q", c.text, c.speaker)
		}
	}
}
