package quote

import "testing"

func TestExtractPortuguese(t *testing.T) {
	type want struct {
		speaker, cue, content string
		direct                bool
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"speaker, verb, que", "O presidente Lula disse que o Brasil vai manter o diálogo com todos os países.",
			[]want{{"O presidente Lula", "disse", "o Brasil vai manter o diálogo com todos os países", false}}},
		{"quotation first, speaker after the verb", "“Estamos abertos ao diálogo”, afirmou a porta-voz Karoline Leavitt.",
			[]want{{"a porta-voz Karoline Leavitt", "afirmou", "“Estamos abertos ao diálogo”", true}}},
		{"speaker, verb, colon, quotation", "Trump declarou: “Quero me encontrar com Kim Jong-un”.",
			[]want{{"Trump", "declarou", "“Quero me encontrar com Kim Jong-un”", true}}},
		{"after a date", "Nesta sexta-feira (29), a Casa Branca afirmou que o presidente está aberto a uma reunião.",
			[]want{{"a Casa Branca", "afirmou", "o presidente está aberto a uma reunião", false}}},
		{"segundo, opening", "Segundo a agência Reuters, o governo prepara novas sanções.",
			[]want{{"a agência Reuters", "Segundo", "o governo prepara novas sanções", false}}},
		{"segundo, closing", "O governo prepara novas sanções, segundo a agência Reuters.",
			[]want{{"a agência Reuters", "segundo", "O governo prepara novas sanções", false}}},
		{"apposition", "A porta-voz da Casa Branca, Karoline Leavitt, afirmou que o presidente está aberto a uma reunião.",
			[]want{{"A porta-voz da Casa Branca, Karoline Leavitt", "afirmou", "o presidente está aberto a uma reunião", false}}},
		{"a time adjunct between the verb and que", "O presidente Lula disse nesta sexta-feira (12) que o Brasil vai participar das negociações.",
			[]want{{"O presidente Lula", "disse", "o Brasil vai participar das negociações", false}}},
		{"an adjunct set off by commas", "O chanceler afirmou, em entrevista à rádio CBN, que a viagem está confirmada.",
			[]want{{"O chanceler", "afirmou", "a viagem está confirmada", false}}},
		{"que after a comma is a relative pronoun", "O ministro disse ontem à noite ao deputado, que estava em Brasília.", nil},
		{"no attribution", "O encontro ocorreu em Singapura em 2018.", nil},
		{"a verb of saying in a relative clause", "O que ele disse foi ignorado.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractPortuguese(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("%d quotes, want %d: %+v", len(got), len(tc.want), got)
			}
			rs := []rune(tc.text)
			for i, w := range tc.want {
				q := got[i]
				if q.Speaker == nil || q.Speaker.Text != w.speaker || q.Cue == nil || q.Cue.Text != w.cue || q.Content.Text != w.content || q.Direct != w.direct {
					t.Errorf("quote %d: %+v %+v %+v direct=%v, want %+v", i, q.Speaker, q.Cue, q.Content, q.Direct, w)
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
	// A subjectless sentence of saying continues the latest speaker's.
	qs := ExtractPortuguese("O chanceler disse que o acordo está próximo. Disse ainda que a reunião será em outubro.")
	if len(qs) != 2 || qs[1].Speaker == nil || qs[1].Speaker.Text != "O chanceler" {
		t.Errorf("quotes %+v, want two by O chanceler", qs)
	}
}

func FuzzExtractPortuguese(f *testing.F) {
	f.Add("“Estamos abertos ao diálogo”, afirmou a porta-voz Karoline Leavitt.")
	f.Add("Segundo a agência Reuters, o governo prepara novas sanções.")
	f.Add("Trump declarou: “")
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		for _, q := range ExtractPortuguese(text) {
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

func TestExtractRomance(t *testing.T) {
	tests := []struct {
		lang, text            string
		speaker, cue, content string
		direct                bool
	}{
		{"es", "El portavoz del Gobierno dijo que las negociaciones continuarán la próxima semana.",
			"El portavoz del Gobierno", "dijo", "las negociaciones continuarán la próxima semana", false},
		{"es", "«Estamos dispuestos a dialogar», afirmó el ministro de Exteriores.",
			"el ministro de Exteriores", "afirmó", "«Estamos dispuestos a dialogar»", true},
		{"es", "Según la agencia Efe, el acuerdo se firmará en Madrid.",
			"la agencia Efe", "Según", "el acuerdo se firmará en Madrid", false},
		{"fr", "Le président Emmanuel Macron a déclaré que la France restait prête à négocier.",
			"Le président Emmanuel Macron", "a déclaré", "la France restait prête à négocier", false},
		{"fr", "« Nous sommes prêts au dialogue », a affirmé la porte-parole.",
			"la porte-parole", "a affirmé", "« Nous sommes prêts au dialogue »", true},
		{"fr", "Selon l'agence Reuters, les discussions ont échoué.",
			"l'agence Reuters", "Selon", "les discussions ont échoué", false},
		{"it", "Il ministro degli Esteri ha detto che il governo sosterrà l'accordo.",
			"Il ministro degli Esteri", "ha detto", "il governo sosterrà l'accordo", false},
		{"es", "El canciller dijo este martes a la prensa que el viaje está confirmado.",
			"El canciller", "dijo", "el viaje está confirmado", false},
		{"fr", "Le ministre a déclaré mardi à l'AFP que le sommet aurait lieu en mars.",
			"Le ministre", "a déclaré", "le sommet aurait lieu en mars", false},
		{"it", "Il ministro ha detto ieri ai giornalisti che il vertice si terrà a Roma.",
			"Il ministro", "ha detto", "il vertice si terrà a Roma", false},
		{"de", "Bundeskanzler Friedrich Merz sagte am Dienstag in Berlin, die Gespräche würden fortgesetzt.",
			"Bundeskanzler Friedrich Merz", "sagte", "die Gespräche würden fortgesetzt", false},
		{"de", "„Wir sind zu einem Treffen bereit“, sagte der Außenminister.",
			"der Außenminister", "sagte", "„Wir sind zu einem Treffen bereit“", true},
		{"de", "„Das ist ein Fehler“, so der Sprecher der Regierung.",
			"der Sprecher der Regierung", "so", "„Das ist ein Fehler“", true},
		{"de", "Am Dienstag sagte Merz, die Regierung werde die Sanktionen verschärfen.",
			"Merz", "sagte", "die Regierung werde die Sanktionen verschärfen", false},
		{"de", "Gestern erklärte der Minister: »Wir verhandeln weiter.«",
			"der Minister", "erklärte", "»Wir verhandeln weiter.«", true},
		{"de", "Der Sprecher erklärte, dass die Regierung die Sanktionen unterstütze.",
			"Der Sprecher", "erklärte", "die Regierung die Sanktionen unterstütze", false},
		{"de", "Laut Reuters ist das Treffen für März geplant.",
			"Reuters", "Laut", "ist das Treffen für März geplant", false},
		{"it", "Secondo l'agenzia Ansa, il vertice si terrà a Roma.",
			"l'agenzia Ansa", "Secondo", "il vertice si terrà a Roma", false},
	}
	for _, tc := range tests {
		qs, ok := ExtractRomance(tc.text, tc.lang)
		if !ok || len(qs) != 1 {
			t.Errorf("%s %q: %+v, want one quote", tc.lang, tc.text, qs)
			continue
		}
		q := qs[0]
		if q.Speaker == nil || q.Speaker.Text != tc.speaker || q.Cue == nil || q.Cue.Text != tc.cue || q.Content.Text != tc.content || q.Direct != tc.direct {
			t.Errorf("%s %q: %+v %+v %+v direct=%v", tc.lang, tc.text, q.Speaker, q.Cue, q.Content, q.Direct)
		}
	}
	if _, ok := ExtractRomance("text", "nl"); ok {
		t.Error("Dutch taken for a language with rules")
	}
}

// TestSentenceAfterQuotation checks that a quotation ending with its own
// full stop ends the sentence, so that the next sentence's report is
// read too.
func TestSentenceAfterQuotation(t *testing.T) {
	text := "Gestern erklärte der Minister: „Wir verhandeln weiter.“ Dazu sagte er, man sei von den Partnern enttäuscht."
	qs, _ := ExtractRomance(text, "de")
	if len(qs) != 2 {
		t.Fatalf("%d quotes, want 2: %+v", len(qs), qs)
	}
	if q := qs[1]; q.Speaker == nil || q.Speaker.Text != "er" || q.Content.Text != "man sei von den Partnern enttäuscht" {
		t.Errorf("second quote %+v %+v", q.Speaker, q.Content)
	}
}
