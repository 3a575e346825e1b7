package lang

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDetect(t *testing.T) {
	d, err := New(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"Trump-North Korea talks might soon resume, as the U.S. President remains open to meeting Kim Jong-un.", "en"},
		{"북한 외무성은 미국의 제안을 거부했다고 조선중앙통신이 11일 보도했다. 트럼프 대통령은 김정은 위원장과의 만남을 원한다.", "ko"},
		{"北朝鮮の外務省は、米国からの書簡の受け取りを拒否したと発表した。トランプ大統領は会談に意欲を示している。", "ja"},
		{"朝鲜外务省表示拒绝接受美国的信函，特朗普总统表示愿意再次会晤。", "zh"},
		{"O presidente dos Estados Unidos disse que está disposto a se encontrar novamente com o líder norte-coreano.", "pt"},
		{"Der US-Präsident sagte, er sei bereit, den nordkoreanischen Machthaber erneut zu treffen.", "de"},
		{"Президент США заявил, что готов снова встретиться с лидером Северной Кореи.", "ru"},
		{"", ""},
		{"12345 !!!", ""},
	}
	for _, tc := range tests {
		if got := d.Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestRestrictedSet(t *testing.T) {
	d, err := New([]string{"en", "ko"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Detect("Der US-Präsident sagte, er sei bereit, den nordkoreanischen Machthaber erneut zu treffen."); got == "de" {
		t.Errorf("German detected though not configured")
	}
	if got := d.Detect("北朝鮮の外務省は、米国からの書簡の受け取りを拒否したと発表した。"); got != "" {
		t.Errorf("Japanese text with ja not configured = %q, want \"\"", got)
	}
	if _, err := New([]string{"xx"}, false); err == nil {
		t.Error("New accepted an unknown code")
	}
}

// TestNewsPages checks detection against the declared language of real
// article pages in 25 languages (text crudely taken from <p> elements).
func TestNewsPages(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "html-news")
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	d, _ := New(nil, false)
	total, right := 0, 0
	dec := json.NewDecoder(f)
	for {
		var m struct{ File, Language string }
		if err := dec.Decode(&m); err != nil {
			break
		}
		raw, err := os.ReadFile(filepath.Join(dir, m.File))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(zr)
		text := paragraphText(page)
		if len(text) < 200 {
			continue
		}
		total++
		want := strings.SplitN(m.Language, "-", 2)[0]
		if want == "no" {
			want = "nb"
		}
		if got := d.Detect(text); got == want {
			right++
		} else {
			t.Logf("%s: got %q, want %q", m.File, got, want)
		}
	}
	t.Logf("html-news: %d of %d pages right", right, total)
	if total == 0 || right*100 < total*90 {
		t.Errorf("html-news: %d of %d pages right, want ≥ 90%%", right, total)
	}
}

func paragraphText(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var b strings.Builder
	inP := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "p" {
				inP++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); string(n) == "p" && inP > 0 {
				inP--
				b.WriteString("\n")
			}
		case html.TextToken:
			if inP > 0 {
				b.Write(z.Text())
			}
		}
	}
}

func TestShortTexts(t *testing.T) {
	d, _ := New(nil, false)
	tests := []struct{ text, want string }{
		{"Streets of Pyongyang", "en"},
		{"Kumsong Tractor Factory", ""},
		{"Die Lage an der Grenze", "de"},
		{"북미 정상회담", "ko"},
	}
	for _, tc := range tests {
		if got := d.Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
