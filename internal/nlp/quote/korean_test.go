package quote

import "testing"

func TestExtractKorean(t *testing.T) {
	type want struct{ speaker, cue, content string }
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"direct, speaker first", `트럼프 대통령은 29일 기자들에게 "김정은 위원장과 다시 만나고 싶다"고 말했다.`,
			[]want{{"트럼프 대통령", "말했다", `"김정은 위원장과 다시 만나고 싶다"`}}},
		{"direct, curly marks, title before name", "캐롤라인 레빗 백악관 대변인은 “대통령은 김정은과의 서신 교환에 열려 있다”라고 밝혔다.",
			[]want{{"캐롤라인 레빗 백악관 대변인", "밝혔다", "“대통령은 김정은과의 서신 교환에 열려 있다”"}}},
		{"indirect", "북한 외무성은 미국의 제재가 적대 정책의 연장이라고 비난했다.",
			[]want{{"북한 외무성", "비난했다", "미국의 제재가 적대 정책의 연장이라"}}},
		{"opening adverb and date before the speaker", "한편 29일 국방부는 북한이 미사일을 발사했다고 밝혔다.",
			[]want{{"국방부", "밝혔다", "북한이 미사일을 발사했다"}}},
		{"speaker after the quotation", "“대화의 문은 열려 있다”고 국무부 대변인이 말했다.",
			[]want{{"국무부 대변인", "말했다", "“대화의 문은 열려 있다”"}}},
		{"quotation of two sentences", "그는 “회담은 성공적이었다. 곧 다시 만날 것이다”라고 강조했다.",
			[]want{{"그", "강조했다", "“회담은 성공적이었다. 곧 다시 만날 것이다”"}}},
		{"according to", "로이터통신에 따르면 트럼프 행정부는 대북 대화 재개를 검토하고 있다.",
			[]want{{"로이터통신", "에 따르면", "트럼프 행정부는 대북 대화 재개를 검토하고 있다"}}},
		{"a verb of saying with nothing quoted", "정부는 새로운 대책을 발표했다.", nil},
		{"no attribution", "북한은 29일 동해상으로 탄도미사일을 발사했다.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractKorean(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("%d quotes, want %d: %+v", len(got), len(tc.want), got)
			}
			rs := []rune(tc.text)
			for i, w := range tc.want {
				q := got[i]
				if q.Speaker == nil || q.Speaker.Text != w.speaker || q.Cue == nil || q.Cue.Text != w.cue || q.Content.Text != w.content {
					t.Errorf("quote %d: %+v %+v %+v, want %+v", i, q.Speaker, q.Cue, q.Content, w)
					continue
				}
				for _, s := range []Span{*q.Speaker, *q.Cue, q.Content} {
					if string(rs[s.Start:s.End]) != s.Text {
						t.Errorf("span %+v does not point at its text (%q)", s, string(rs[s.Start:s.End]))
					}
				}
			}
		})
	}
}

func FuzzExtractKorean(f *testing.F) {
	f.Add(`트럼프 대통령은 29일 기자들에게 "김정은 위원장과 다시 만나고 싶다"고 말했다.`)
	f.Add("로이터통신에 따르면 “대화”라고 에 따르면 고 말했다 ” “")
	f.Add("\"\"고 말했다")
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		for _, q := range ExtractKorean(text) {
			for _, s := range []*Span{q.Speaker, q.Cue, &q.Content} {
				if s == nil {
					continue
				}
				if s.Start < 0 || s.End > len(rs) || s.Start > s.End || string(rs[s.Start:s.End]) != s.Text {
					t.Fatalf("bad span %+v in %q", s, text)
				}
			}
		}
	})
}

func TestExtractKoreanAcrossSentences(t *testing.T) {
	// A sentence of saying without a subject continues the latest
	// speaker's; a sentence's topic that said nothing is no speaker;
	// "…다고 한다" is hearsay.
	text := "이재명 후보는 광주에서 “정치보복은 없다”고 말했다. 그러면서 “국민을 통합하겠다”고 강조했다. 화개장터는 붐볐다. 출생신고가 늦어 생일을 점쟁이에게 물어 정했다고 한다."
	got := ExtractKorean(text)
	if len(got) != 2 {
		t.Fatalf("quotes %+v, want two", got)
	}
	if sp := got[1].Speaker; sp == nil || sp.Text != "이재명 후보" || got[1].Content.Text != "“국민을 통합하겠다”" {
		t.Errorf("quote %+v %+v, want 이재명 후보's “국민을 통합하겠다”", got[1].Speaker, got[1].Content)
	}
	if qs := ExtractKorean("화개장터는 붐볐다. “좋다”고 말했다."); len(qs) != 1 || qs[0].Speaker != nil {
		t.Errorf("quotes %+v, want one without a speaker", qs)
	}
	// A cue inside the quotation is not the sentence's cue.
	if qs := ExtractKorean(`그는 "나는 그렇게 생각한다"고 밝혔다.`); len(qs) != 1 || qs[0].Cue.Text != "밝혔다" {
		t.Errorf("quotes %+v, want one with the cue 밝혔다", qs)
	}
}
