// Package nlp reads an article: the entities it names, with a canonical
// name for each; its time expressions as calendar values; and its quotes
// with their speakers. It joins the models of its subpackages (ner,
// timex, quote), which each do one thing, and adds what needs them all:
// canonical names within a document, and quote speakers tied to
// entities.
package nlp

import (
	"encoding/json"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/nlp/ner"
	"github.com/storyline/storyline/internal/nlp/quote"
	"github.com/storyline/storyline/internal/nlp/timex"
)

// Entity is a named entity mention.
type Entity struct {
	Text      string `json:"text"`
	Type      string `json:"type"` // PER, ORG, LOC, MISC
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Canonical string `json:"canonical"`
}

// Time is a time expression with its TIMEX3 value.
type Time struct {
	Text  string `json:"text"`
	Type  string `json:"type"` // DATE, TIME, DURATION, SET
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Span is a stretch of text; Canonical is set for speakers.
type Span struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Canonical string `json:"canonical,omitempty"`
}

// Quote is attributed speech.
type Quote struct {
	Speaker *Span `json:"speaker"`
	Cue     *Span `json:"cue"`
	Content Span  `json:"content"`
	Direct  bool  `json:"direct"`
}

// Annotations are what Analyze finds in one text. Offsets are Unicode
// code points into the text, end exclusive.
type Annotations struct {
	Entities []Entity `json:"entities"`
	Times    []Time   `json:"times"`
	Quotes   []Quote  `json:"quotes"`
}

// Analyzer annotates texts. It is safe for concurrent use.
type Analyzer struct {
	tagger *ner.Tagger
	// scripts finds the gazetteer's names in scripts the tagger cannot
	// read (see scriptnames.go).
	scripts scriptNames
	// times tags time expressions, counting "four months after taking
	// office" from the terms of office the gazetteer knows.
	times timex.Tagger
}

// New loads the embedded models.
func New() (*Analyzer, error) {
	t, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return &Analyzer{tagger: t, scripts: loadScriptNames(), times: timex.Tagger{TookOffice: textdate.TookOffice}}, nil
}

// Analyze annotates text published on published (zero when unknown:
// relative dates then stay underspecified), telling its language from
// the text.
func (a *Analyzer) Analyze(text string, published time.Time) Annotations {
	return a.AnalyzeIn(text, "", published)
}

// AnalyzeIn is Analyze for a text in language lang (ISO 639-1; "" to
// tell it from the text), which chooses the rules that read its quotes
// (Korean, Portuguese, Spanish, French, Italian or English) and, for
// German, which capitalises its nouns, keeps the tagger's entities to
// names (see germanNouns).
func (a *Analyzer) AnalyzeIn(text, lang string, published time.Time) Annotations {
	out := Annotations{Entities: []Entity{}, Times: []Time{}, Quotes: []Quote{}}
	if lang == "" {
		lang = guessLanguage(text)
	}
	for _, e := range a.tagger.Tag(text) {
		out.Entities = append(out.Entities, Entity{Text: e.Text, Type: e.Type, Start: e.Start, End: e.End})
	}
	switch lang {
	case "", "en":
	case "de":
		out.Entities = a.scripts.germanNouns(text, out.Entities)
	default:
		a.scripts.listedTypes(out.Entities)
	}
	out.Entities = splitCompounds(out.Entities)
	canonicalize(out.Entities)
	out.Entities = resolveRoles(text, published, out.Entities)
	out.Entities = a.scripts.merge(text, out.Entities)
	out.Entities = resolveHalves(text, out.Entities)
	for _, t := range a.times.Tag(text, published) {
		out.Times = append(out.Times, Time{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Start, End: t.End})
	}
	out.Entities = outsideTimes(out.Entities, out.Times)
	var qs []quote.Quote
	if lang == "ko" {
		qs = quote.ExtractKorean(text)
	} else if rqs, ok := quote.ExtractRomance(text, lang); ok {
		qs = rqs
	} else {
		qs = quote.Extract(text)
	}
	for _, q := range qs {
		out.Quotes = append(out.Quotes, Quote{Speaker: span(q.Speaker), Cue: span(q.Cue),
			Content: Span{Text: q.Content.Text, Start: q.Content.Start, End: q.Content.End}, Direct: q.Direct})
	}
	linkSpeakers(out.Quotes, out.Entities)
	return out
}

// mostlyHangul reports a text whose letters are at least half Hangul
// (of its first 4,000 letters): a Korean article, whose attributions
// quote.ExtractKorean reads.
func mostlyHangul(text string) bool {
	var letters, hangul int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Hangul, r) {
			hangul++
		}
		if letters == 4000 {
			break
		}
	}
	return letters > 0 && 2*hangul >= letters
}

// functionWords are frequent words of the languages with rules of their
// own (quotes, or German's nouns), beside English ones, to tell a text's
// language when the caller does not know it (the pipeline does: it detects each
// article's language).
var functionWords = map[string][]string{
	"pt": {"não", "uma", "com", "dos", "das", "pelo", "pela", "foi", "são", "também", "disse", "ao", "seu", "sua", "o", "os"},
	"es": {"una", "con", "los", "las", "del", "fue", "son", "también", "dijo", "el", "y", "según", "pero"},
	"fr": {"le", "les", "des", "une", "pour", "avec", "est", "sont", "aussi", "dans", "du", "au", "qui", "pas", "selon"},
	"it": {"il", "che", "gli", "della", "del", "sono", "anche", "è", "non", "ha", "detto", "secondo", "per"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "dem", "sich", "auf", "für", "eine", "sagte", "wurde", "auch"},
	"en": {"the", "and", "of", "to", "that", "with", "was", "is", "for", "said", "his", "her", "on"},
}

// functionIndex maps each of functionWords' words to its languages; it
// is read-only.
var functionIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range functionWords {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// guessLanguage tells a text's language as far as the quote rules need:
// "ko" for mostly Hangul, else the language among functionWords' whose
// words are most of the first 400 words' (at least three, and twice the
// runner-up's), else "" (read as English).
func guessLanguage(text string) string {
	if mostlyHangul(text) {
		return "ko"
	}
	count := map[string]int{}
	n := 0
	for rest := text; rest != "" && n < 400; n++ {
		// The next word: a run of letters.
		i := strings.IndexFunc(rest, unicode.IsLetter)
		if i < 0 {
			break
		}
		rest = rest[i:]
		j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if j < 0 {
			j = len(rest)
		}
		w := rest[:j]
		rest = rest[j:]
		if len(w) > 12 {
			continue // longer than any function word
		}
		for _, lang := range functionIndex[strings.ToLower(w)] {
			count[lang]++
		}
	}
	best, second := "", 0
	for _, lang := range []string{"en", "pt", "es", "fr", "it", "de"} {
		switch c := count[lang]; {
		case best == "" || c > count[best]:
			if best != "" {
				second = count[best]
			}
			best = lang
		case c > second:
			second = c
		}
	}
	if best == "en" || count[best] < 3 || count[best] < 2*second {
		return ""
	}
	return best
}

// AnalyzeJSON is AnalyzeIn with its result as JSON, for storing.
func (a *Analyzer) AnalyzeJSON(text, lang string, published time.Time) ([]byte, error) {
	return json.Marshal(a.AnalyzeIn(text, lang, published))
}

func span(s *quote.Span) *Span {
	if s == nil {
		return nil
	}
	return &Span{Text: s.Text, Start: s.Start, End: s.End, Canonical: s.Canonical}
}

// nameKey folds the spelling variants of one name: case, hyphens and
// spaces inside it, diacritics aside ("Kim Jong-un", "Kim Jong Un").
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// aliases maps well-known alternative names to one canonical form.
// Kept short on purpose: names a news reader meets constantly, whose
// variants share no words.
var aliases = map[string]string{
	"dprk":                    "North Korea",
	"northkorea":              "North Korea",
	"pyongyang":               "Pyongyang",
	"us":                      "United States",
	"usa":                     "United States",
	"unitedstates":            "United States",
	"america":                 "United States",
	"rok":                     "South Korea",
	"southkorea":              "South Korea",
	"un":                      "United Nations",
	"unitednations":           "United Nations",
	"uk":                      "United Kingdom",
	"britain":                 "United Kingdom",
	"greatbritain":            "United Kingdom",
	"unitedkingdom":           "United Kingdom",
	"kcna":                    "Korean Central News Agency",
	"koreancentralnewsagency": "Korean Central News Agency",
}

// canonicalize gives every entity a canonical name within the document:
// spelling variants meet ("Kim Jong-un", "Kim Jong Un"); a short mention
// after a full one takes the full name ("Kim" after "Kim Jong Un",
// "Trump" after "Donald Trump"; titles such as "President Trump" too);
// known aliases meet ("DPRK", "North Korea"). The longest, most frequent
// spelling of a name is its canonical form.
func canonicalize(ents []Entity) {
	// Spelling variants: the most frequent surface form per key.
	count := map[string]map[string]int{}
	for _, e := range ents {
		k := nameKey(e.Text)
		if count[k] == nil {
			count[k] = map[string]int{}
		}
		count[k][e.Text]++
	}
	best := map[string]string{}
	for k, forms := range count {
		var fs []string
		for f := range forms {
			fs = append(fs, f)
		}
		sort.Slice(fs, func(i, j int) bool {
			if forms[fs[i]] != forms[fs[j]] {
				return forms[fs[i]] > forms[fs[j]]
			}
			return fs[i] < fs[j]
		})
		best[k] = fs[0]
	}
	// Full names of persons seen, for short mentions: word → full name.
	type full struct{ name, key string }
	var persons []full
	for i := range ents {
		e := &ents[i]
		k := nameKey(e.Text)
		if a, ok := aliases[k]; ok {
			e.Canonical = a
			continue
		}
		words := strings.Fields(strings.ReplaceAll(e.Text, "-", " "))
		if e.Type == "PER" && len(words) == 1 {
			// A single word after a full name containing it.
			for j := len(persons) - 1; j >= 0; j-- {
				for _, w := range strings.Fields(strings.ReplaceAll(persons[j].name, "-", " ")) {
					if strings.EqualFold(w, words[0]) {
						e.Canonical = persons[j].name
						break
					}
				}
				if e.Canonical != "" {
					break
				}
			}
		}
		if e.Canonical == "" {
			e.Canonical = best[k]
		}
		if e.Type == "PER" && len(words) > 1 {
			persons = append(persons, full{name: e.Canonical, key: k})
		}
	}
	// A later full name may explain an earlier short mention ("Trump
	// said … Donald Trump"): fix short mentions left on their own.
	for i := range ents {
		e := &ents[i]
		if e.Type != "PER" || strings.ContainsAny(e.Canonical, " -") {
			continue
		}
		for _, p := range persons {
			for _, w := range strings.Fields(strings.ReplaceAll(p.name, "-", " ")) {
				if strings.EqualFold(w, e.Canonical) {
					e.Canonical = p.name
				}
			}
		}
	}
}

// linkSpeakers gives each quote's speaker the canonical name of the
// entity it overlaps, or of the name the quote package resolved it to.
func linkSpeakers(qs []Quote, ents []Entity) {
	for i := range qs {
		sp := qs[i].Speaker
		if sp == nil {
			continue
		}
		// A person the speaker phrase names, else an organisation:
		// "White House spokesperson Caroline Leavitt" is Leavitt.
		for _, typ := range []string{"PER", "ORG"} {
			for _, e := range ents {
				if e.Start < sp.End && sp.Start < e.End && e.Type == typ {
					sp.Canonical = e.Canonical
					break
				}
			}
			if sp.Canonical != "" {
				break
			}
		}
		if sp.Canonical == "" {
			continue
		}
		// The resolved name may itself be a short form of a full name.
		for _, e := range ents {
			if e.Type == "PER" && strings.Contains(e.Canonical, " ") {
				for _, w := range strings.Fields(e.Canonical) {
					if strings.EqualFold(w, sp.Canonical) {
						sp.Canonical = e.Canonical
					}
				}
			}
		}
	}
}

// outsideTimes drops the entities that lie within a time expression: the
// tagger, which learned English names by their capitals, takes a
// capitalised time word for a name ("Zwei Jahre später" and "Ende 2026"
// in German; "Ahora", "Lundi" and "Ottobre" at a sentence's start in
// Spanish, French and Italian), and a date is the time tagger's to give.
// In 600 English KCNA articles it drops 8 of 12,728 entities, all
// holidays the time tagger reads as dates ("New Year's Day").
func outsideTimes(ents []Entity, times []Time) []Entity {
	if len(times) == 0 {
		return ents
	}
	out := ents[:0]
	for _, e := range ents {
		inside := false
		for _, t := range times {
			if t.Start <= e.Start && e.End <= t.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	return out
}
