package charset

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// singleByte lists the single-byte encodings detection chooses among,
// with a prior: a bonus, in units of one well-explained byte, that
// decides when the text holds too few non-ASCII bytes to tell (a lone
// "…" or "£" is windows-1252, not IBM852). Earlier entries win ties.
var singleByte = []struct {
	name  string
	prior float64
}{
	{win1252Name, 3}, {"windows-1251", 2}, {"koi8-r", 1.5}, {"windows-1250", 1.5},
	{"iso-8859-2", 1.5}, {"windows-1253", 1.5}, {"iso-8859-7", 1.5}, {"windows-1255", 1.5},
	{"windows-1256", 1.5}, {"iso-8859-6", 1}, {"windows-1254", 1.5}, {"windows-1257", 1},
	{"windows-874", 1}, {"windows-1258", 1}, {"iso-8859-15", 1}, {"iso-8859-5", 1},
	{"ibm866", 1}, {"ibm855", 0}, {"x-mac-cyrillic", 0}, {"koi8-u", 0},
	{"iso-8859-13", 0}, {"iso-8859-4", 0}, {"iso-8859-10", 0}, {"iso-8859-16", 0},
	{"iso-8859-3", 0}, {"ibm852", 0}, {"macintosh", 0},
}

// language describes the letters a language writes beyond ASCII.
type language struct {
	name string
	// letters holds the lower-case non-ASCII letters of the alphabet.
	letters string
	// ranges holds further [lo, hi] pairs of allowed lower-case runes.
	ranges []rune
	// marks allows combining marks (Vietnamese in windows-1258, Hebrew
	// points).
	marks bool
	// freq, when set, lists the letters from most to least frequent;
	// letters then weigh by rank instead of uniformly. It matters where
	// one encoding's text decodes to another alphabet letter for letter
	// (Hebrew windows-1255 read as windows-1251 is all lower-case
	// Cyrillic), so that only frequencies tell them apart.
	freq []rune
}

// languages are the alphabets detection knows. Letter lists come from the
// languages' orthographies; they are what tells ISO-8859-2 Hungarian
// (ő, ű) from windows-1252 (õ, û), and so on.
var languages = []language{
	{name: "fr", letters: "àâæçéèêëîïôœùûüÿ"},
	{name: "de", letters: "äöüßé"},
	{name: "es", letters: "áéíñóúü"},
	{name: "pt", letters: "áâãàçéêíóôõú"},
	{name: "it", letters: "àèéìíîòóù"},
	{name: "nl", letters: "éëïóöèáü"},
	{name: "da", letters: "æøåéó"},
	{name: "sv", letters: "åäöé"},
	{name: "fi", letters: "äöåšž"},
	{name: "is", letters: "áðéíóúýþæö"},
	{name: "ca", letters: "àçèéíïòóúü"},
	{name: "et", letters: "õäöüšž"},
	{name: "cs", letters: "áčďéěíňóřšťúůýž"},
	{name: "sk", letters: "áäčďéíĺľňóôŕšťúýž"},
	{name: "pl", letters: "ąćęłńóśźż"},
	{name: "hu", letters: "áéíóöőúüű"},
	{name: "ro", letters: "ăâîșțşţ"},
	{name: "hr", letters: "čćđšž"},
	{name: "sl", letters: "čšžćđ"},
	{name: "lt", letters: "ąčęėįšųūž"},
	{name: "lv", letters: "āčēģīķļņšūž"},
	{name: "tr", letters: "çğıöşüâîİ"},
	{name: "mt", letters: "ċġħżàèìòù"},
	{name: "eo", letters: "ĉĝĥĵŝŭ"},
	{name: "vi", letters: "àáâãèéêìíòóôõùúýăđơư", marks: true},
	{name: "ru", letters: "ё", ranges: []rune{'а', 'я'},
		freq: []rune("оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё")},
	{name: "bg", letters: "абвгдежзийклмнопрстуфхцчшщъьюя",
		freq: []rune("аоеинтрсвлкдпмзябъгчцжшйщхфюь")},
	{name: "uk", letters: "ієїґ", ranges: []rune{'а', 'я'}},
	{name: "sr", letters: "ђјљњћџ", ranges: []rune{'а', 'я'}},
	{name: "el", letters: "άέήίόύώϊϋΐΰς", ranges: []rune{'α', 'ω'},
		freq: []rune("αοιετνσηρκπυμλςάωδγέίόχθύφήβώξζψϊΐϋΰ")},
	{name: "he", ranges: []rune{0x5D0, 0x5EA, 0x5B0, 0x5C7, 0x5F0, 0x5F4},
		freq: []rune("יוהלאמרבתשנעםדכחקןפסגטזצךףץ")},
	{name: "ar", letters: "پچژگکی", ranges: []rune{0x621, 0x652}},
	{name: "th", ranges: []rune{0xE01, 0xE5B},
		freq: []rune("านรอกเงมยลวดทสตะีิ่้ัไบปคพใหแจขชโำูุซศฟถผฝธภฉฐณญฤฮฆฒฑฏฎฌฬฅฃ")},
	// Greek after Thai: all-capitals Greek reads as KOI8-R Russian
	// almost letter for letter, and frequencies are what is left.
}

// Weights of the single-byte score, per non-ASCII byte.
const (
	wLetter    = 1.0  // a letter of the language
	wForeign   = -1.5 // a letter the language does not write
	wSymbol    = -1.0 // an unusual symbol or digit (¤, ¶, ¹, box drawing)
	wControl   = -3.0 // a control character or an unmapped byte
	wCaseBreak = -1.0 // lower case followed by upper case within a word
	wScriptMix = -1.0 // letters of two scripts side by side
	asciiLower = 128  // pair-table index standing for any a–z
	asciiUpper = 129  // pair-table index standing for any A–Z
	asciiOther = 130  // pair-table index standing for other ASCII
)

// byteStats summarises a prefix for single-byte scoring: how often each
// byte occurs, and how often each adjacent pair occurs where at least one
// byte is non-ASCII (ASCII folded into three classes).
type byteStats struct {
	hist  [256]int
	pairs map[[2]uint8]int
	high  int
}

func newByteStats(p []byte) *byteStats {
	s := &byteStats{pairs: make(map[[2]uint8]int)}
	prev := -1
	for _, c := range p {
		s.hist[c]++
		cls := asciiOther
		switch {
		case c >= 0x80:
			s.high++
			cls = int(c - 0x80)
		case c >= 'a' && c <= 'z':
			cls = asciiLower
		case c >= 'A' && c <= 'Z':
			cls = asciiUpper
		}
		if prev >= 0 && (cls < asciiLower || prev < asciiLower) {
			s.pairs[[2]uint8{uint8(prev), uint8(cls)}]++
		}
		prev = cls
	}
	return s
}

// runeClass gives the rune standing for a pair-table class.
func runeClass(t *[128]rune, c uint8) rune {
	switch c {
	case asciiLower:
		return 'a'
	case asciiUpper:
		return 'A'
	case asciiOther:
		return ' '
	}
	return t[c]
}

// common punctuation that costs nothing whatever the language.
const neutral = "\u00A0«»©®°€£¥¢§·×–—‘’‚“”„†‡•…‰‹›™¿¡"

// letterWeights holds, per entry of languages, the weight of each
// lower-case letter (or mark) of its alphabet. Built once; read-only.
var letterWeights = buildLetterWeights()

func buildLetterWeights() []map[rune]float64 {
	ws := make([]map[rune]float64, len(languages))
	for li, l := range languages {
		w := make(map[rune]float64)
		for _, r := range l.letters {
			w[r] = wLetter
		}
		for i := 0; i+1 < len(l.ranges); i += 2 {
			for r := l.ranges[i]; r <= l.ranges[i+1]; r++ {
				w[r] = wLetter
			}
		}
		for i, r := range l.freq {
			w[r] = wLetter + 0.6 - 1.6*float64(i)/float64(len(l.freq)-1)
		}
		ws[li] = w
	}
	return ws
}

// decoded is what one high byte decodes to, classified once per
// encoding so that scoring each language is a map lookup.
type decoded struct {
	count  int
	letter bool    // a letter or combining mark: weight depends on language
	lower  rune    // its lower-case form, when letter
	upper  bool    // it is upper case (its weight halves)
	mark   bool    // it is a combining mark
	fixed  float64 // the weight when not letter
}

func classify(r rune, count int) decoded {
	d := decoded{count: count}
	switch {
	case r == unicode.ReplacementChar, unicode.IsControl(r), r >= 0xE000 && r <= 0xF8FF:
		d.fixed = wControl
	case unicode.IsLetter(r), unicode.Is(unicode.Mn, r):
		d.letter = true
		d.mark = !unicode.IsLetter(r)
		d.lower = unicode.ToLower(r)
		d.upper = d.lower != r
	case strings.ContainsRune(neutral, r), unicode.IsSpace(r):
		d.fixed = 0
	default:
		d.fixed = wSymbol
	}
	return d
}

// weight scores one decoded byte for language li.
func (d *decoded) weight(li int) float64 {
	if !d.letter {
		return d.fixed
	}
	w, ok := letterWeights[li][d.lower]
	switch {
	case ok:
	case d.mark && languages[li].marks:
		w = wLetter
	case d.mark:
		return wSymbol
	default:
		return wForeign
	}
	if d.upper {
		// Text is mostly lower case; a reading that makes it mostly
		// upper case is suspect.
		w /= 2
	}
	return w
}

// script buckets a letter by writing system, for the mixing penalty.
func script(r rune) int {
	switch {
	case r < 0x250:
		return 1 // Latin
	case r >= 0x370 && r < 0x400:
		return 2
	case r >= 0x400 && r < 0x530:
		return 3
	case r >= 0x590 && r < 0x600:
		return 4
	case r >= 0x600 && r < 0x700:
		return 5
	case r >= 0xE00 && r < 0xE80:
		return 6
	}
	return 7
}

// pairPenalty scores a pair of adjacent runes: a case break inside a word,
// a change of script between two letters, or a Thai sequence that Thai
// spelling rules out (without which any EUC text reads as Thai).
func pairPenalty(a, b rune) float64 {
	if thaiMark(b) && !thaiConsonant(a) && !(thaiAboveBelow(a) && thaiTone(b)) {
		return wScriptMix
	}
	if thaiLeading(a) && !thaiConsonant(b) {
		return wScriptMix
	}
	// Final forms end words: Greek ς, Hebrew ך ם ן ף ץ.
	if (a == 'ς' && unicode.IsLetter(b)) || (hebrewFinal(a) && b >= 0x5D0 && b <= 0x5EA) {
		return wScriptMix
	}
	if !unicode.IsLetter(a) || !unicode.IsLetter(b) {
		return 0
	}
	if script(a) != script(b) {
		return wScriptMix
	}
	if unicode.IsLower(a) && unicode.IsUpper(b) {
		return wCaseBreak
	}
	return 0
}

// scoreSingleByte returns the best single-byte encoding for the prefix
// summarised by s, with its score per non-ASCII byte (about 1 for a
// good explanation; priors can lift short texts above 1).
func scoreSingleByte(s *byteStats) (best string, bestScore float64) {
	if s.high == 0 {
		return win1252Name, 1
	}
	bestScore = -1e9
	for _, e := range singleByte {
		_, sc := scoreEncoding(s, e.name)
		sc += e.prior / float64(s.high)
		if sc > bestScore {
			best, bestScore = e.name, sc
		}
	}
	return best, bestScore
}

// scoreEncoding scores reading the prefix summarised by s as the
// single-byte encoding n in the language that fits it best, without the
// prior.
func scoreEncoding(s *byteStats, n string) (lang string, score float64) {
	cm, ok := known[n].(*charmap.Charmap)
	if !ok {
		return "", -1e9
	}
	var t [128]rune
	var ds []decoded
	for i := range t {
		t[i] = cm.DecodeByte(byte(0x80 + i))
		if c := s.hist[0x80+i]; c > 0 {
			ds = append(ds, classify(t[i], c))
		}
	}
	pair := 0.0
	for k, c := range s.pairs {
		pair += float64(c) * pairPenalty(runeClass(&t, k[0]), runeClass(&t, k[1]))
	}
	score = -1e9
	for li := range languages {
		sc := pair
		for i := range ds {
			sc += float64(ds[i].count) * ds[i].weight(li)
		}
		if sc > score {
			lang, score = languages[li].name, sc
		}
	}
	return lang, score / float64(s.high)
}

// Thai letter classes for pairPenalty.
func thaiConsonant(r rune) bool  { return r >= 0xE01 && r <= 0xE2E }
func thaiLeading(r rune) bool    { return r >= 0xE40 && r <= 0xE44 }
func thaiTone(r rune) bool       { return r >= 0xE47 && r <= 0xE4E }
func thaiAboveBelow(r rune) bool { return r == 0xE31 || (r >= 0xE34 && r <= 0xE3A) }
func thaiMark(r rune) bool       { return thaiAboveBelow(r) || thaiTone(r) }
func hebrewFinal(r rune) bool {
	return r == 0x5DA || r == 0x5DD || r == 0x5DF || r == 0x5E3 || r == 0x5E5
}
