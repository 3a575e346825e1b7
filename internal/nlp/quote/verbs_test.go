package quote

import (
	"bytes"
	"strings"
	"testing"
)

// TestVerbsEndSpeaker checks that a finite verb ends the speaker phrase
// before it, whether the verb table lists it ("took", "blocked") or it is
// a form in -ed right after a name ("Kasich suspended"), and that a
// slash joins the parts of a source after its cue ("a CNN/ORC poll").
// The sentences are written for the test.
func TestVerbsEndSpeaker(t *testing.T) {
	cases := []sentenceCase{
		{"listed verb before a participle cue",
			"The senator took aim at the tax plan on Monday, saying it would hurt working families.",
			want{speaker: "The senator", cue: "saying", content: "it would hurt working families"}},
		{"-ed after a name",
			"Governor Kasich suspended his campaign on Wednesday, telling supporters that the fight was over.",
			want{speaker: "Governor Kasich", cue: "telling", content: "that the fight was over"}},
		{"listed verb after a plural subject",
			"Republican leaders blocked the vote, insisting that the bill needed more study.",
			want{speaker: "Republican leaders", cue: "insisting", content: "that the bill needed more study"}},
		{"verb of motion before a participle cue",
			"The mayor went further, arguing that the budget was a fraud.",
			want{speaker: "The mayor", cue: "arguing", content: "that the budget was a fraud"}},
		{"slash inside a trailing source",
			"Clinton leads Trump by six points, according to a CNN/ORC poll of likely voters.",
			want{speaker: "a CNN/ORC poll of likely voters", cue: "according to", content: "Clinton leads Trump"}},
		{"a participle in -ed after a determiner stays in the phrase",
			"The elected officials said the budget would pass by Friday.",
			want{speaker: "The elected officials", cue: "said", content: "the budget would pass"}},
	}
	checkSentences(t, cases)
	// The verb the rules read as a cue is no longer found in the
	// speaker phrase of the sentence above it.
	for _, q := range Extract(cases[0].text) {
		if q.Cue != nil && q.Cue.Text == "aim" {
			t.Errorf("%q read as a cue with speaker %+v", q.Cue.Text, q.Speaker)
		}
	}
}

func TestLearnVerbs(t *testing.T) {
	conll := `-DOCSTART- -X- O O

Smith NNP I-NP I-PER
took VBD I-VP O
the DT I-NP O
lead NN I-NP O
. . O O

Jones NNP I-NP I-PER
took VBD I-VP O
a DT I-NP O
walk NN I-NP O
and CC O O
walks VBZ I-VP O
daily RB I-ADVP O
. . O O

The DT I-NP O
walks NNS I-NP O
walks NNS I-NP O
walks NNS I-NP O
Said VBD I-VP O
Said VBD I-VP O
`
	a, err := LearnVerbs(strings.NewReader(conll))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := LearnVerbs(strings.NewReader(conll))
	if !bytes.Equal(a, b) {
		t.Fatal("LearnVerbs is not deterministic")
	}
	ws, err := parseVerbs(a)
	if err != nil {
		t.Fatalf("LearnVerbs wrote a table parseVerbs rejects: %v", err)
	}
	// "took" is a finite verb twice in two; "walks" once in four;
	// "Said" is capitalised, so not counted; "the" is too short.
	if strings.Join(ws, " ") != "took" {
		t.Errorf("verbs = %q, want [took]", ws)
	}
	for _, bad := range []string{"took\t2\n", "took\tx\t2\n", "\t1\t2\n", "took\t-1\t2\n"} {
		if _, err := parseVerbs([]byte(bad)); err == nil {
			t.Errorf("parseVerbs(%q) took a bad table", bad)
		}
	}
}

// TestEmbeddedVerbs checks that the embedded verb table is read and that
// the lexicon keeps its words but function words.
func TestEmbeddedVerbs(t *testing.T) {
	ws, err := parseVerbs(verbTable)
	if err != nil || len(ws) < 100 {
		t.Fatalf("verb table: %d words, %v", len(ws), err)
	}
	for _, w := range ws {
		if lex.finite[w] == (lex.stop[w] || lex.det[w] || lex.subjPron[w]) {
			t.Errorf("%q: finite = %v", w, lex.finite[w])
		}
	}
	for _, w := range []string{"took", "went", "blocked"} {
		if !lex.finite[w] {
			t.Errorf("%q is not a finite verb", w)
		}
	}
}
