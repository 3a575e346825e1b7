package ner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data")

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Chunk
	}{
		{"iob1", []string{"I-PER", "I-PER", "O", "I-LOC"}, []Chunk{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{"iob2", []string{"B-PER", "I-PER", "O", "B-LOC"}, []Chunk{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{"iob1 adjacent same type", []string{"I-LOC", "B-LOC", "I-LOC"}, []Chunk{{"LOC", 0, 1}, {"LOC", 1, 3}}},
		{"type change without B", []string{"I-ORG", "I-LOC"}, []Chunk{{"ORG", 0, 1}, {"LOC", 1, 2}}},
		{"stray I after O", []string{"O", "I-MISC", "O"}, []Chunk{{"MISC", 1, 2}}},
		{"ends at sentence end", []string{"O", "B-ORG", "I-ORG"}, []Chunk{{"ORG", 1, 3}}},
		{"S tags merge as in conlleval", []string{"S-PER", "S-PER"}, []Chunk{{"PER", 0, 2}}},
		{"E then I starts anew", []string{"B-PER", "E-PER", "I-PER"}, []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}},
		{"all O", []string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		if got := Chunks(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Chunks(%q) = %v, want %v", tt.name, tt.tags, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	var sc Score
	// Gold: PER(0,2) LOC(3,4). Predicted: PER(0,2) correct, ORG(3,4) wrong type.
	sc.Add([]string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	// Gold: MISC(0,1). Predicted: MISC(0,2): wrong boundary.
	sc.Add([]string{"I-MISC", "O"}, []string{"B-MISC", "I-MISC"})
	want := Counts{Gold: 3, Found: 3, Correct: 1}
	if sc.Overall != want {
		t.Fatalf("overall = %+v, want %+v", sc.Overall, want)
	}
	if got := sc.ByType["PER"]; got != (Counts{1, 1, 1}) {
		t.Errorf("PER = %+v", got)
	}
	if got := sc.ByType["LOC"]; got != (Counts{1, 0, 0}) {
		t.Errorf("LOC = %+v", got)
	}
	if got := sc.ByType["ORG"]; got != (Counts{0, 1, 0}) {
		t.Errorf("ORG = %+v", got)
	}
	if sc.Tokens != 6 || sc.CorrectTokens != 2 {
		t.Errorf("tokens %d correct %d, want 6 and 2", sc.Tokens, sc.CorrectTokens)
	}
	if p, r, f := sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1(); p != 1.0/3 || r != 1.0/3 || f < 0.3333 || f > 0.3334 {
		t.Errorf("P %v R %v F %v", p, r, f)
	}
	if (Counts{}).F1() != 0 {
		t.Error("F1 of nothing should be 0")
	}
}

func TestBILOURoundTrip(t *testing.T) {
	chunks := []Chunk{{"PER", 0, 3}, {"LOC", 3, 4}, {"MISC", 5, 7}}
	ls := chunksToBILOU(8, chunks)
	for i := 1; i < len(ls); i++ {
		if !validAfter(ls[i-1], ls[i], i == len(ls)-1) {
			t.Fatalf("gold sequence invalid at %d: %v", i, ls)
		}
	}
	if got := bilouToChunks(ls); !reflect.DeepEqual(got, chunks) {
		t.Fatalf("round trip = %v, want %v", got, chunks)
	}
	if got := Chunks(chunksToIOB2(8, chunks)); !reflect.DeepEqual(got, chunks) {
		t.Fatalf("IOB2 round trip = %v", got)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{
		{Sentences: []Sentence{{Words: []string{"EU", "rejects"}, Tags: []string{"I-ORG", "O"}}, {Words: []string{"Peter"}, Tags: []string{"I-PER"}}}},
		{Sentences: []Sentence{{Words: []string{"Bonn"}, Tags: []string{"O"}}}},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Fatalf("got %+v", docs)
	}
	if _, err := ReadCoNLL(strings.NewReader(strings.Repeat("x", maxLineBytes+1))); err == nil {
		t.Error("over-long line accepted")
	}
}

func readSplit(t testing.TB, name string) []Document {
	path := filepath.Join(dataDir, "nlp", "conll2003", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2003 data not available at %s: %v", path, err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

func TestReadCoNLLCounts(t *testing.T) {
	docs := readSplit(t, "eng.testa")
	sents, toks := 0, 0
	var sc Score
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents++
			toks += len(s.Words)
			sc.Add(s.Tags, s.Tags)
		}
	}
	// Published counts (README): 216 docs, 3,250 sentences, 51,362 tokens;
	// 1,842 PER, 1,837 LOC, 1,341 ORG, 922 MISC.
	if len(docs) != 216 || sents != 3250 || toks != 51362 {
		t.Fatalf("docs %d sentences %d tokens %d", len(docs), sents, toks)
	}
	for typ, n := range map[string]int{"PER": 1842, "LOC": 1837, "ORG": 1341, "MISC": 922} {
		if got := sc.ByType[typ].Gold; got != n {
			t.Errorf("%s phrases = %d, want %d", typ, got, n)
		}
	}
}

func load(t testing.TB) *Tagger {
	tg, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return tg
}

// floorTesta is the measured eng.testa F1 of the embedded model minus half a
// point; retraining must not fall below it.
const floorTesta = 0.906

func TestEmbeddedModelTesta(t *testing.T) {
	docs := readSplit(t, "eng.testa")
	sc := load(t).Evaluate(docs)
	t.Logf("eng.testa: P %.4f R %.4f F1 %.4f", sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1())
	if f := sc.Overall.F1(); f < floorTesta {
		t.Fatalf("eng.testa F1 %.4f below floor %.4f", f, floorTesta)
	}
}

func TestTagNews(t *testing.T) {
	tg := load(t)
	tests := []struct {
		text string
		want []Entity // a subset of what Tag must find
	}{
		{"Kim Jong Un arrived in Singapore on Sunday for talks with U.S. President Donald Trump.",
			[]Entity{{"Kim Jong Un", "PER", 0, 11}, {"Singapore", "LOC", 23, 32}, {"Donald Trump", "PER", 73, 85}}},
		{"North Korea fired two missiles on Tuesday, South Korea's military said.",
			[]Entity{{"North Korea", "LOC", 0, 11}, {"South Korea", "LOC", 43, 54}}},
		{"The White House said on Friday that the talks with Beijing would continue.",
			[]Entity{{"White House", "", 4, 15}, {"Beijing", "LOC", 51, 58}}},
		{"Él dijo que Reuters informó: Microsoft shares rose 3 percent in New York.",
			[]Entity{{"Microsoft", "ORG", 29, 38}, {"New York", "LOC", 64, 72}}},
	}
	for _, tt := range tests {
		got := tg.Tag(tt.text)
		rs := []rune(tt.text)
		for _, e := range got {
			if string(rs[e.Start:e.End]) != e.Text {
				t.Errorf("%q: entity %+v does not match its offsets", tt.text, e)
			}
		}
		for _, w := range tt.want {
			found := false
			for _, e := range got {
				if e.Start == w.Start && e.End == w.End && e.Text == w.Text && (w.Type == "" || e.Type == w.Type) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: missing %+v; got %+v", tt.text, w, got)
			}
		}
	}
	if got := tg.Tag(""); got != nil {
		t.Errorf("Tag(\"\") = %v", got)
	}
}

func TestClustersDeterministic(t *testing.T) {
	var sents [][]string
	for i := 0; i < 50; i++ {
		sents = append(sents, strings.Fields("the president of France met the president of Germany in Paris on Monday"),
			strings.Fields("the minister of Japan met the minister of Korea in Tokyo on Friday"))
	}
	a := InduceClusters(sents, ClusterConfig{Seed: 7, Depth: 6})
	b := InduceClusters(sents, ClusterConfig{Seed: 7, Depth: 6})
	if !reflect.DeepEqual(a, b) || len(a) == 0 {
		t.Fatalf("clusters differ between runs or are empty: %d words", len(a))
	}
	if a["France"] == "" || len(a["France"]) > 6 {
		t.Errorf("France path %q", a["France"])
	}
}

func TestDecodeCorrupt(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("garbage"), embedded[:len(embedded)/2]} {
		if _, err := Decode(in); err == nil {
			t.Errorf("Decode of %d corrupt bytes succeeded", len(in))
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\n\n"))
	if b, err := os.ReadFile(filepath.Join(dataDir, "nlp", "conll2003", "eng.testa")); err == nil {
		f.Add(b[:4000])
		f.Add(b[len(b)-3000:])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, err := ReadCoNLL(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Words) == 0 || len(s.Words) != len(s.Tags) {
					t.Fatalf("bad sentence %+v", s)
				}
				for _, c := range Chunks(s.Tags) {
					if c.Start < 0 || c.End > len(s.Tags) || c.Start >= c.End {
						t.Fatalf("bad chunk %+v of %q", c, s.Tags)
					}
				}
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add(embedded[:min(len(embedded), 2000)])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		tg, err := Decode(b)
		if err != nil {
			return
		}
		tg.Tag("Kim Jong Un visited Singapore.")
	})
}

func FuzzTag(f *testing.F) {
	f.Add("Kim Jong Un visited Singapore.")
	for _, s := range kcnaTexts(f, 10) {
		f.Add(s)
	}
	tg := load(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		n := utf8.RuneCountInString(text)
		for _, e := range tg.Tag(text) {
			if e.Start < 0 || e.End > n || e.Start >= e.End || typeIndex(e.Type) < 0 {
				t.Fatalf("bad entity %+v", e)
			}
		}
	})
}

func kcnaTexts(t testing.TB, max int) []string {
	path := filepath.Join(dataDir, "corpus", "kcna", "headlines_2024-11-11.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("KCNA corpus not available at %s: %v", path, err)
	}
	var recs []struct {
		Story string `json:"story_text"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []string
	for _, r := range recs {
		if r.Story != "" {
			out = append(out, r.Story)
		}
		if len(out) == max {
			break
		}
	}
	return out
}
