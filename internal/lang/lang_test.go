package lang

import "testing"

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
