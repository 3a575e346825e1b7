// Package translit writes Cyrillic and Hangul words in Latin letters, so
// that a name met in several scripts compares equal: "Путин", "푸틴" and
// "putin"; "Коммерсантъ" and kommersant.ru. The schemes are the simple
// ones English news uses, not a standard's full rules: no library for Go
// offers both scripts without pulling in much more than this needs.
package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cyrillic maps lower-case Russian and Ukrainian letters to Latin ones,
// in a simple scheme close to the one English news uses ("Путин" →
// "putin", "Зеленский" → "zelenskiy").
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// Revised Romanization of Korean, by jamo index within a syllable block.
var (
	hangulInitial = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedial  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// Latin writes a folded (lower-case) word of Cyrillic or Hangul script in Latin
// letters; other words are returned as they are. It is deliberately
// simple: it lets "Путин", "푸틴" and "Putin" meet, not more.
func Latin(w string) string {
	plain := true
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.Is(unicode.Cyrillic, r) || r >= 0xAC00 && r <= 0xD7A3 {
			plain = false
			break
		}
		i += size
	}
	if plain {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			s := int(r - 0xAC00)
			b.WriteString(hangulInitial[s/588])
			b.WriteString(hangulMedial[(s%588)/28])
			b.WriteString(hangulFinal[s%28])
		case unicode.Is(unicode.Cyrillic, r):
			if l, ok := cyrillic[unicode.ToLower(r)]; ok {
				b.WriteString(l)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
