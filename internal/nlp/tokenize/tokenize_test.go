package tokenize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim Jong Un visited the U.S. on Monday.", []string{"Kim", "Jong", "Un", "visited", "the", "U.S.", "on", "Monday", "."}},
		{`He said: "It doesn't matter," (really).`, []string{"He", "said", ":", `"`, "It", "does", "n't", "matter", ",", `"`, "(", "really", ")", "."}},
		{"Germany's 1,000 troops cost $3.5 bln.", []string{"Germany", "'s", "1,000", "troops", "cost", "$3.5", "bln", "."}},
		{"ComradeKim Jong Un met Mr. Smith", []string{"Comrade", "Kim", "Jong", "Un", "met", "Mr.", "Smith"}},
		{"McDonald's iPhone JavaScript", []string{"McDonald", "'s", "iPhone", "JavaScript"}},
		{"1996-08-22 Urdu-speaking", []string{"1996-08-22", "Urdu-speaking"}},
		{"서울에서 “Pyongyang”", []string{"서울에서", "“", "Pyongyang", "”"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := texts(Tokens(tt.in))
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkOffsets asserts that every token's offsets select its text.
func checkOffsets(t *testing.T, text string, toks []Token) {
	t.Helper()
	rs := []rune(text)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(rs) {
			t.Fatalf("bad offsets %+v (prev end %d, len %d)", tk, prev, len(rs))
		}
		if got := string(rs[tk.Start:tk.End]); got != tk.Text && utf8.ValidString(text) {
			t.Fatalf("token %+v selects %q", tk, got)
		}
		prev = tk.End
	}
}

func TestOffsets(t *testing.T) {
	text := "Él dijo “no” — ¿Qué?\n\nKim Jong Un's 2nd visit.  End"
	checkOffsets(t, text, Tokens(text))
}

func TestSentences(t *testing.T) {
	text := "Kim Jong Un arrived in Singapore on Tuesday. He met U.S. officials at the White House.\nPyongyang, June 12 (KCNA) -- The talks ended. \"We won,\" he said.\n\nNew paragraph"
	got := Sentences(text)
	var first []string
	for _, s := range got {
		first = append(first, s.Tokens[0].Text)
	}
	want := []string{"Kim", "He", "Pyongyang", `"`, "New"}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("sentence starts = %q, want %q", first, want)
	}
}

func kcnaTexts(t testing.TB, max int) []string {
	path := filepath.Join("..", "..", "..", "..", "shared", "data", "corpus", "kcna", "headlines_2024-11-11.json")
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

func TestKCNAOffsets(t *testing.T) {
	for _, text := range kcnaTexts(t, 300) {
		var all []Token
		for _, s := range Sentences(text) {
			all = append(all, s.Tokens...)
		}
		checkOffsets(t, text, all)
		if len(all) != len(Tokens(text)) {
			t.Fatalf("sentences lost tokens")
		}
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("Kim Jong Un's visit to the U.S. (Singapore).")
	path := filepath.Join("..", "..", "..", "..", "shared", "data", "corpus", "kcna", "headlines_2024-11-11.json")
	if b, err := os.ReadFile(path); err == nil {
		var recs []struct {
			Story string `json:"story_text"`
		}
		if json.Unmarshal(b, &recs) == nil {
			for i := 0; i < len(recs) && i < 20; i++ {
				s := recs[i].Story
				if len(s) > 2000 {
					s = s[:2000]
				}
				f.Add(s)
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokens(text)
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > n || tk.End-tk.Start > MaxTokenRunes {
				t.Fatalf("bad token %+v (n=%d)", tk, n)
			}
			prev = tk.End
		}
		if utf8.ValidString(text) {
			checkOffsets(t, text, toks)
		}
		total := 0
		for _, s := range Sentences(text) {
			if len(s.Tokens) == 0 {
				t.Fatal("empty sentence")
			}
			total += len(s.Tokens)
		}
		if total != len(toks) {
			t.Fatalf("sentences hold %d tokens, Tokens gave %d", total, len(toks))
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	docs := kcnaTexts(b, 200)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Sentences(d)
		}
	}
}
