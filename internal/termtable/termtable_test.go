package termtable

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"text/tabwriter"
)

// TestLikeTabwriter checks that on ASCII text the layout is tabwriter's
// (left-aligned, padding 2): ragged rows, blocks of lines with fewer
// cells, empty cells, lines without tabs, with and without a final
// newline.
func TestLikeTabwriter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"", "a", "id", "title", "2025-06-12", "Kim Jong Un", "x y z"}
	for n := range 300 {
		var b strings.Builder
		for range r.IntN(8) + 1 {
			for range r.IntN(5) {
				b.WriteString(words[r.IntN(len(words))])
				b.WriteByte('\t')
			}
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte('\n')
		}
		in := b.String()
		if n%2 == 1 {
			in = strings.TrimSuffix(in, "\n")
		}
		var want, got bytes.Buffer
		tw := tabwriter.NewWriter(&want, 0, 4, 2, ' ', 0)
		fmt.Fprint(tw, in)
		tw.Flush()
		w := NewWriter(&got, 2)
		fmt.Fprint(w, in)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("input %q:\ngot\n%s\nwant\n%s", in, got.String(), want.String())
		}
	}
}

// TestWideCells checks that a column after Korean and Japanese cells
// starts at one display column on every row.
func TestWideCells(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out, 2)
	fmt.Fprint(w, "OUTLET\tARTICLES\n한국일보\t2\n매일경제신문\t1\nYonhap\t3\n朝日新聞デジタル\t1\nLe Monde\u0301\t4\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines: %q", len(lines), out.String())
	}
	col := -1
	for _, l := range lines {
		i := strings.LastIndex(l, "  ")
		if i < 0 {
			t.Fatalf("no padding in %q", l)
		}
		c := Width(l[:i+2])
		if col >= 0 && c != col {
			t.Errorf("second column at %d in %q, want %d:\n%s", c, l, col, out.String())
		}
		col = c
	}
	if col != Width("朝日新聞デジタル")+2 {
		t.Errorf("second column at %d, want %d", col, Width("朝日新聞デジタル")+2)
	}
}

func TestWidth(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"Seoul", 5}, {"서울", 4}, {"東京", 4}, {"ＡＢ", 4}, {"e\u0301", 1}, {"a\u200bb", 2}, {"Пхеньян", 7},
	} {
		if got := Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"Seoul", 5, "Seoul"},
		{"Pyongyang", 5, "Pyon…"},
		{"促进航天技术更好惠及人民", 9, "促进航天…"},
		{"서울 평양", 9, "서울 평양"},
		{"서울 평양 도쿄", 9, "서울 평…"},
	} {
		got := Clip(tt.s, tt.n)
		if got != tt.want || Width(got) > tt.n {
			t.Errorf("Clip(%q, %d) = %q (width %d), want %q", tt.s, tt.n, got, Width(got), tt.want)
		}
	}
}
