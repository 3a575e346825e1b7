// Package lang identifies the language of an article's text.
//
// It wraps github.com/pemistahl/lingua-go, the most accurate pure-Go
// detector we could find, in two ways: the candidate set is restricted to
// a configurable list of languages (fewer models loaded, fewer confusions
// between close languages the user does not read), and scripts that name
// their language outright (Hangul, Kana, Thai, Greek …) are decided by
// counting characters before any model is consulted, which is both faster
// and more reliable for CJK text mixed with Latin names.
package lang

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// DefaultLanguages is the candidate set used when none is configured:
// the languages of the world's larger news markets.
var DefaultLanguages = []string{
	"ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
	"he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "nn",
	"pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tl", "tr", "uk", "ur", "vi", "zh", "zu",
}

// Detector identifies languages among a fixed candidate set. It is safe
// for concurrent use; its models load on first use.
type Detector struct {
	codes    map[string]bool
	langs    []lingua.Language
	accurate bool

	stop stopIndex

	once sync.Once
	det  lingua.LanguageDetector
}

// New returns a Detector restricted to the given ISO 639-1 codes (nil
// means DefaultLanguages). accurate selects lingua's high-accuracy mode,
// which is better on short texts and costs several times the memory.
func New(codes []string, accurate bool) (*Detector, error) {
	if len(codes) == 0 {
		codes = DefaultLanguages
	}
	d := &Detector{codes: map[string]bool{}, accurate: accurate, stop: newStopIndex()}
	for _, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		iso := lingua.GetIsoCode639_1FromValue(c)
		l := lingua.GetLanguageFromIsoCode639_1(iso)
		if l == lingua.Unknown {
			return nil, fmt.Errorf("language %q: not an ISO 639-1 code lingua knows", c)
		}
		d.codes[c] = true
		d.langs = append(d.langs, l)
	}
	if len(d.langs) < 2 {
		// lingua needs two candidates; a single configured language is
		// still answered by script rules and the model of that language.
		d.langs = append(d.langs, lingua.English, lingua.German)
	}
	return d, nil
}

// Languages returns the candidate codes, sorted.
func (d *Detector) Languages() []string {
	out := make([]string, 0, len(d.codes))
	for c := range d.codes {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func (d *Detector) detector() lingua.LanguageDetector {
	d.once.Do(func() {
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(d.langs...)
		if !d.accurate {
			b = b.WithLowAccuracyMode()
		}
		d.det = b.Build()
	})
	return d.det
}

// maxSample bounds how much text is examined: lingua is accurate from
// about 120 characters on, and its cost grows with the sample.
const maxSample = 1000

// Detect returns the ISO 639-1 code of text's language, or "" when it
// cannot be told (too little text, or no candidate fits).
func (d *Detector) Detect(text string) string {
	sample := text
	if len(sample) > maxSample {
		cut := maxSample
		for cut > 0 && !utf8Start(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	if c := byScript(sample); c != "" {
		if d.codes[c] {
			return c
		}
		if c != "zh" {
			return ""
		}
	}
	if c := d.stop.byStopwords(sample); c != "" && d.codes[c] {
		return c
	}
	letters, latin := 0, 0
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	if letters < 3 {
		return ""
	}
	if letters < minModelLetters && latin*2 > letters {
		// A headline alone: lingua's fast models guess wildly among the
		// many Latin-script languages, so only clear function words
		// decide, and otherwise the language stays unknown.
		if c := d.stop.shortStopwords(sample); d.codes[c] {
			return c
		}
		return ""
	}
	l, ok := d.detector().DetectLanguageOf(sample)
	if !ok {
		return ""
	}
	c := strings.ToLower(l.IsoCode639_1().String())
	if !d.codes[c] {
		return ""
	}
	return c
}

// minModelLetters is the least text, in letters, that lingua's models
// are trusted with for Latin-script text.
const minModelLetters = 100

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// byScript decides languages whose script is theirs alone, when that
// script dominates the letters of text. Han without Kana is reported as
// "zh"; Cyrillic, Latin and Arabic scripts are left to the model.
func byScript(text string) string {
	var letters, hangul, kana, han, thai, greek, hebrew int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case !unicode.IsLetter(r):
			continue
		}
		letters++
	}
	if letters == 0 {
		return ""
	}
	share := func(n int) float64 { return float64(n) / float64(letters) }
	switch {
	case share(hangul) > 0.3:
		return "ko"
	case kana > 0 && share(kana+han) > 0.3 && share(kana) > 0.05:
		return "ja"
	case share(han) > 0.3:
		return "zh"
	case share(thai) > 0.3:
		return "th"
	case share(greek) > 0.3:
		return "el"
	case share(hebrew) > 0.3:
		return "he"
	}
	return ""
}
