package quote

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// annotate builds a training text from parts: a part in [brackets] is a
// gold cue of one attribution whose source is the part before it and
// whose content is the part after it.
func annotate(parts ...string) Annotated {
	var a Annotated
	var text []rune
	var last []Span
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if strings.HasPrefix(p, "[") && i+1 < len(parts) {
			w := []rune(strings.Trim(p, "[]"))
			cue := Span{Start: len(text), End: len(text) + len(w)}
			text = append(append(text, w...), ' ')
			c := []rune(parts[i+1])
			content := Span{Start: len(text), End: len(text) + len(c)}
			text = append(append(text, c...), ' ')
			a.Gold = append(a.Gold, Attribution{Source: last, Cue: []Span{cue}, Content: []Span{content}})
			last = nil
			i++
			continue
		}
		last = []Span{{Start: len(text), End: len(text) + len([]rune(p))}}
		text = append(append(text, []rune(p)...), ' ')
	}
	a.Text = string(text)
	return a
}

func tableRows(t *testing.T, docs []Annotated) map[string]cueRow {
	t.Helper()
	rows, err := parseCueTable(LearnCues(docs))
	if err != nil {
		t.Fatalf("LearnCues wrote a table parseCueTable rejects: %v", err)
	}
	m := make(map[string]cueRow)
	for _, r := range rows {
		m[r.kind+" "+r.w] = r
	}
	return m
}

func TestLearnCues(t *testing.T) {
	var docs []Annotated
	for range 4 {
		docs = append(docs,
			annotate("Smith", "[said in a statement]", "that the plan works."),
			annotate("Jones", "[urges]", "voters to stay home."),
			annotate("The urges of the city are strong."),
			annotate(`“Jones urges nothing,” he`, "[said]", "."))
	}
	rows := tableRows(t, docs)
	cases := []struct {
		row     string
		n, k, a int
		absent  bool
	}{
		// "urges" is a cue in 4 of its 8 free occurrences; the one
		// inside a quotation is not counted.
		{row: "word urges", n: 8, k: 4, a: 4},
		{row: "word said", n: 8, k: 8, a: 8},
		{row: "word statement", n: 4, k: 4, a: 4},
		{row: "phrase said in a statement", n: 4, k: 4, a: 4},
		// Words never in a cue are not written.
		{row: "word plan", absent: true},
		{row: "word city", absent: true},
	}
	for _, c := range cases {
		t.Run(c.row, func(t *testing.T) {
			r, ok := rows[c.row]
			if c.absent {
				if ok {
					t.Fatalf("row %q written: %+v", c.row, r)
				}
				return
			}
			if !ok {
				t.Fatalf("row %q missing", c.row)
			}
			if r.n != c.n || r.k != c.k || r.a != c.a {
				t.Errorf("row %q = n %d k %d a %d, want n %d k %d a %d", c.row, r.n, r.k, r.a, c.n, c.k, c.a)
			}
		})
	}
	if !bytes.Equal(LearnCues(docs), LearnCues(docs)) {
		t.Error("LearnCues is not deterministic")
	}
}

func TestParseCueTable(t *testing.T) {
	cases := []struct {
		name, in string
		rows     int
		err      bool
	}{
		{"comments and rows", "# c\nword\tsaid\t10\t9\t5\nphrase\thas said\t4\t3\t3\n", 2, false},
		{"too few fields", "word\tsaid\t10\t9\n", 0, true},
		{"hits above occurrences", "word\tsaid\t3\t9\t1\n", 0, true},
		{"unknown kind", "verb\tsaid\t10\t9\t5\n", 0, true},
		{"not a number", "word\tsaid\tten\t9\t5\n", 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := parseCueTable([]byte(c.in))
			if (err != nil) != c.err || len(rows) != c.rows {
				t.Fatalf("got %d rows, err %v; want %d rows, error %v", len(rows), err, c.rows, c.err)
			}
		})
	}
}

func TestParseKeep(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[string]float64
		err      bool
	}{
		{"weights", "# c\nb\t-1.5\nw=said\t2\n", map[string]float64{"b": -1.5, "w=said": 2}, false},
		{"no tab", "b -1\n", nil, true},
		{"not a number", "b\tx\n", nil, true},
		{"infinite", "b\t+Inf\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := parseKeep([]byte(c.in))
			if (err != nil) != c.err {
				t.Fatalf("err = %v, want error %v", err, c.err)
			}
			for k, v := range c.want {
				if m[k] != v {
					t.Errorf("weight %q = %v, want %v", k, m[k], v)
				}
			}
		})
	}
}

// TestEmbeddedTables checks that the embedded cue table and keep model
// are read, and that the lexicon takes from them what the thresholds say.
func TestEmbeddedTables(t *testing.T) {
	rows, err := parseCueTable(cueTable)
	if err != nil || len(rows) == 0 {
		t.Fatalf("cue table: %d rows, %v", len(rows), err)
	}
	if len(lex.keep) == 0 {
		t.Fatal("keep model is empty")
	}
	for _, r := range rows {
		share := float64(r.k) / float64(r.n)
		if r.kind != rowWord || lex.stop[r.w] || lex.det[r.w] || lex.subjPron[r.w] || !isLetters(r.w) {
			continue
		}
		_, cue := lex.cues[r.w]
		if share >= minCueShare && r.k >= minCueHits && !strings.HasSuffix(r.w, "ly") && !cue {
			t.Errorf("%q (share %.2f, %d hits) is not a cue word", r.w, share, r.k)
		}
		if _, ok := lex.share[r.w]; ok != (share >= minCandShare && r.k >= minCandHits) {
			t.Errorf("%q (share %.2f, %d hits): fallback candidate = %v", r.w, share, r.k, ok)
		}
	}
}

// trainTwice trains the keep model on docs twice and checks that both
// runs wrote the same bytes.
func trainTwice(t *testing.T, docs []Annotated) []byte {
	t.Helper()
	a, b := TrainKeep(docs, 3), TrainKeep(docs, 3)
	if !bytes.Equal(a, b) {
		t.Fatal("TrainKeep is not deterministic")
	}
	return a
}

func TestTrainKeep(t *testing.T) {
	var docs []Annotated
	for range 12 {
		docs = append(docs,
			annotate("Rubio", "[plans]", "to emerge as the candidate of the party."),
			annotate("The party plans are not new for the coming years."))
	}
	a := trainTwice(t, docs)
	m, err := parseKeep(a)
	if err != nil {
		t.Fatalf("TrainKeep wrote a model parseKeep rejects: %v", err)
	}
	if len(m) == 0 {
		t.Fatal("no weights learned")
	}
	// The model keeps the attested cue and drops the other reading.
	d := &doc{rs: []rune(docs[0].Text + docs[1].Text)}
	d.toks = tokenize(d.rs)
	d.claimed = make([]bool, len(d.toks))
	d.findQuotes()
	var kept []string
	f := &featSet{model: m}
	for k := range d.toks {
		if _, ok := d.fallbackCandidate(k, f); ok && f.score > 0 {
			kept = append(kept, d.low(k))
		}
	}
	if strings.Join(kept, " ") != "plans" {
		t.Errorf("kept cues %q, want [plans]", kept)
	}
}

// TestTrainSpeakers checks that TrainKeep writes a span model, the same
// on every run, that moves a rule speaker's first token to where the
// annotators start it.
func TestTrainSpeakers(t *testing.T) {
	var docs []Annotated
	for range 12 {
		docs = append(docs, annotate("An earlier report in a local paper", "[said]", "the plant would close next year."))
	}
	text := docs[0].Text
	if got, _ := rulesSpeaker(text, "said"); got != "report in a local paper" {
		t.Fatalf("the rules' speaker = %q; the test wants them to miss the first words", got)
	}
	a := trainTwice(t, docs)
	m, err := parseKeep(a)
	if err != nil {
		t.Fatalf("TrainKeep wrote a model parseKeep rejects: %v", err)
	}
	spans := 0
	for f := range m {
		if strings.HasPrefix(f, spanLo) || strings.HasPrefix(f, spanHi) {
			spans++
		}
	}
	if spans == 0 {
		t.Fatal("no span-model weights written")
	}
	qs, _ := withKeep(m, func() ([]Quote, bool) { return Extract(text), true })
	if len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Text != "An earlier report in a local paper" {
		t.Errorf("Extract with the trained model = %+v, want the speaker \"An earlier report in a local paper\"", qs)
	}
}

// TestKeepWordContext checks that the keep model reads a candidate cue
// word together with the word before its cue phrase: "the senator has
// pledged" reports where "the party pledged (delegates)" may not, which
// neither word tells alone.
func TestKeepWordContext(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"The senator has pledged to vote against the bill next week.", "pledged", "w|pv=pledged|senator"},
		{"The governor hailed the decision as a victory for the state.", "hailed", "w|pv=hailed|governor"},
	} {
		d := &doc{rs: []rune(c.text)}
		d.toks = tokenize(d.rs)
		d.claimed = make([]bool, len(d.toks))
		d.findQuotes()
		f := &featSet{}
		found, cand := false, false
		for k := range d.toks {
			if d.low(k) != c.word {
				continue
			}
			if _, ok := d.fallbackCandidate(k, f); ok {
				cand = true
				for _, n := range f.names {
					found = found || n == c.want
				}
			}
		}
		if !cand {
			t.Fatalf("%q: %q is no fallback candidate", c.text, c.word)
		}
		if !found {
			t.Errorf("%q: no feature %q", c.text, c.want)
		}
	}
}

// TestPossessiveCandidate checks the fallback frame of a noun cue after
// a possessive ("his remarks about …", "Graham’s endorsement of …"): the
// possessive is the candidate's source, and the keep model reads it as
// a class of its own.
func TestPossessiveCandidate(t *testing.T) {
	for _, c := range []struct{ text, word, speaker string }{
		{"Jewish leaders were angered by his remarks about immigration last week.", "remarks", "his"},
		{"In March, Graham’s endorsement of the senator surprised party leaders.", "endorsement", "Graham’s"},
	} {
		d := &doc{rs: []rune(c.text)}
		d.toks = tokenize(d.rs)
		d.claimed = make([]bool, len(d.toks))
		d.findQuotes()
		f := &featSet{}
		found := false
		for k := range d.toks {
			if d.low(k) != c.word {
				continue
			}
			r, ok := d.fallbackCandidate(k, f)
			if !ok {
				t.Fatalf("%q: %q is no fallback candidate", c.text, c.word)
			}
			found = true
			if s := d.span(r.spk); s == nil || s.Text != c.speaker {
				t.Errorf("%q: source %+v, want %q", c.text, s, c.speaker)
			}
			if !slices.Contains(f.names, "spk=poss") {
				t.Errorf("%q: features %q lack spk=poss", c.text, f.names)
			}
		}
		if !found {
			t.Fatalf("%q: no %q", c.text, c.word)
		}
	}
}
