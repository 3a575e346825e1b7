package timeline

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/gazetteer"
)

// speechVerbs introduce direct speech, per language, folded. Package
// nlp/quote reads English; for the other languages Build finds direct
// quotations itself: a quotation in marks and, in the same sentence, a
// speech verb beside a name.
var speechVerbs = map[string][]string{
	"pt": {"disse", "afirmou", "declarou", "explicou", "acrescentou", "disse que", "segundo", "garantiu", "escreveu"},
	"es": {"dijo", "afirmo", "declaro", "explico", "anadio", "aseguro", "segun", "escribio"},
	"de": {"sagte", "erklarte", "erklaerte", "betonte", "fugte", "schrieb", "so", "laut", "meinte"},
	"fr": {"a dit", "a declare", "a affirme", "a explique", "a ajoute", "selon", "a ecrit", "dit", "declare"},
	"it": {"ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto", "secondo", "ha scritto"},
	"ko": {"말했다", "밝혔다", "강조했다", "설명했다", "전했다", "주장했다", "덧붙였다"},
	"ja": {"述べた", "語った", "強調した", "説明した"},
	"zh": {"表示", "说", "称", "强调"},
}

// quoteMarks pairs opening and closing quotation marks.
var quoteMarks = map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '“', '「': '」', '『': '』', '‘': '’'}

// directQuotes finds direct quotations with their speakers in a text in
// a language other than English.
func (b *builder) directQuotes(a *Article) []Quote {
	verbs := speechVerbs[a.Language]
	if len(verbs) == 0 {
		return nil
	}
	var out []Quote
	rs := []rune(a.Text)
	for _, s := range splitSentences(rs) {
		srs := []rune(s.text)
		for i := 0; i < len(srs); i++ {
			closer, ok := quoteMarks[srs[i]]
			if !ok {
				continue
			}
			j := i + 1
			for j < len(srs) && srs[j] != closer {
				j++
			}
			if j >= len(srs) || j-i < 12 {
				i = j
				continue
			}
			content := string(srs[i+1 : j])
			rest := string(srs[:i]) + " " + string(srs[j+1:])
			if speaker := b.speakerNear(rest, verbs); speaker != "" {
				out = append(out, Quote{Speaker: speaker, Text: content, Start: s.start + i + 1, End: s.start + j, Direct: true})
			}
			i = j
		}
	}
	return out
}

// speakerNear finds, in the part of a sentence outside a quotation, a
// speech verb and the name beside it: a person or organisation the
// gazetteer knows, else the run of capitalised words just before or just
// after the verb.
func (b *builder) speakerNear(rest string, verbs []string) string {
	ws := words(rest)
	vi, vj := -1, -1
	for _, v := range verbs {
		if !isLatin(v) {
			if strings.Contains(rest, v) {
				vi, vj = len(ws), len(ws)
			}
			continue
		}
		vw := strings.Fields(v)
		for i := 0; i+len(vw) <= len(ws) && vi < 0; i++ {
			match := true
			for k, x := range vw {
				match = match && ws[i+k].fold == x
			}
			if match {
				vi, vj = i, i+len(vw)
			}
		}
	}
	if vi < 0 {
		return ""
	}
	for _, gm := range b.g.find(ws) {
		if gm.e.kind == gazetteer.Person || gm.e.kind == gazetteer.Org {
			return gm.e.name
		}
	}
	name := func(from, to, step int) string {
		var run []string
		for i := from; i != to && i >= 0 && i < len(ws); i += step {
			w := ws[i]
			if !startsUpper(w.text) || !isLatin(w.text) || titleWords[w.fold] {
				break
			}
			run = append(run, w.text)
		}
		if step < 0 {
			for l, r := 0, len(run)-1; l < r; l, r = l+1, r-1 {
				run[l], run[r] = run[r], run[l]
			}
		}
		return strings.Join(run, " ")
	}
	if n := name(vj, len(ws), 1); n != "" {
		return n
	}
	return name(vi-1, -1, -1)
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
