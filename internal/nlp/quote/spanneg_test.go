package quote

import (
	"strings"
	"testing"
)

// TestTrainSpeakersNegativeEvidence checks that the span model keeps
// the features that only ever mark a wrong end: here an object before
// the subject ("did something (Republicans) wanted"), whose inner
// lower-case-then-capital feature no gold first token carries.
func TestTrainSpeakersNegativeEvidence(t *testing.T) {
	var docs []Annotated
	for range 12 {
		docs = append(docs, annotate("The bill did something", "Republicans", "[wanted]", "for years."))
	}
	text := docs[0].Text
	if got, _ := rulesSpeaker(text, "wanted"); got != "something Republicans" {
		t.Fatalf("the rules' speaker = %q; the test wants them to take the object", got)
	}
	m, err := parseKeep(trainTwice(t, docs))
	if err != nil {
		t.Fatalf("TrainKeep wrote a model parseKeep rejects: %v", err)
	}
	inside := false
	for f, w := range m {
		if strings.HasPrefix(f, spanLo+"in=") && w < 0 {
			inside = true
		}
	}
	if !inside {
		t.Errorf("no negative %sin= weight kept", spanLo)
	}
	qs, _ := withKeep(m, func() ([]Quote, bool) { return Extract(text), true })
	if len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Text != "Republicans" {
		t.Errorf("Extract with the trained model = %+v, want the speaker \"Republicans\"", qs)
	}
}
