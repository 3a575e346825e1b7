package quote

import "testing"

// TestHearsay checks that a hearsay adverb ("reportedly") as the whole
// cue leaves the report without a speaker, that it keeps the speaker
// when a speech verb is in the cue, and that a cue word that is a noun
// before a modal makes no report.
func TestHearsay(t *testing.T) {
	cases := []struct {
		name, text string
		cue        string // "" for no report with this cue word
		speaker    string // "" for none
	}{
		{"adverb alone", "The officials said the men sent workers abroad. They also reportedly smuggled oil and counterfeit goods.", "also reportedly", ""},
		{"adverb with a speech verb", "At the rally Trump reportedly said that the wall would be built.", "reportedly said", "Trump"},
		{"noun before a modal", "Trump-North Korea talks might soon resume after a long pause.", "", ""},
		{"verb before an object", "Trump talks to Megyn Kelly about bullying at length.", "talks", "Trump"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var found *Quote
			for _, q := range Extract(c.text) {
				if q.Cue != nil && (q.Cue.Text == c.cue || c.cue == "" && q.Cue.Text == "talks") {
					found = &q
				}
			}
			switch {
			case c.cue == "" && found != nil:
				t.Fatalf("found a report with cue %q", found.Cue.Text)
			case c.cue == "":
				return
			case found == nil:
				t.Fatalf("no report with cue %q in %+v", c.cue, Extract(c.text))
			}
			got := ""
			if found.Speaker != nil {
				got = found.Speaker.Text
			}
			if got != c.speaker {
				t.Errorf("speaker = %q, want %q", got, c.speaker)
			}
		})
	}
}

// TestTheyResolves checks that "they" takes the latest named group or
// plural role before it, and not a singular role.
func TestTheyResolves(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The White House said the talks were over. U.S. officials warned that Washington would act. They highlighted a pattern of illegal activity.", "U.S. officials"},
		{"U.S. officials warned that Washington would act. The White House said the talks were over. They highlighted a pattern of illegal activity.", "White House"},
		{"The White House said the talks were over. The spokesman said more was coming. They highlighted a pattern of illegal activity.", "White House"},
	} {
		got := "(none)"
		for _, q := range Extract(c.text) {
			if q.Cue != nil && q.Cue.Text == "highlighted" && q.Speaker != nil {
				got = q.Speaker.Canonical
			}
		}
		if got != c.want {
			t.Errorf("%q: they = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSpeechCue checks which cues report someone's words.
func TestSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{
		"said": true, "told": true, "according to": true, "threatened": true, "has warned": true,
		"adopted": false, "considers": false, "surprised": false, "believes": false, "": false,
	} {
		if got := SpeechCue(cue); got != want {
			t.Errorf("SpeechCue(%q) = %v, want %v", cue, got, want)
		}
	}
}

func TestClausal(t *testing.T) {
	for content, want := range map[string]bool{
		"that the talks would resume":                                    true,
		"to respond with “fire and fury like the world has never seen.”": true,
		"he would resolve any future conflict with North Korea":          true,
		"these individuals helped finance Pyongyang’s weapons":           true,
		"the deal isn't finished":                                        true,
		"sanctions against North Korea":                                  false,
		"the reality of its nuclear arsenal":                             false,
		"Trump’s historical meetings with Kim Jong-un":                   false,
		"more aggressive tariffs on Chinese goods and choosing figures":  false,
		"Worried voters": false,
		"new tariffs on Chinese goods and figures such as Marco Rubio, who has long opposed them": false,
		"Trump still supports dialogue and believes denuclearization is achievable":               true,
		"": false,
	} {
		if got := Clausal(content); got != want {
			t.Errorf("Clausal(%q) = %v, want %v", content, got, want)
		}
	}
}
