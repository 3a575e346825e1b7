package timeline

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
)

//go:embed triggers.tsv
var triggersTSV string

// Event types: a small ontology modelled on PLOVER (Open Event Data
// Alliance), with the material and verbal categories news about
// diplomacy needs most. PLOVER's CONSULT becomes MEET (summits, talks,
// visits); its MOBILIZE and ASSAULT become MILITARY (tests, launches,
// deployments, strikes) and ASSAULT keeps its name (attacks, bombings,
// shootings, killings); DISASTER (crashes, earthquakes, floods,
// outbreaks) has no PLOVER class but is news; COMMUNICATE covers letters, statements and
// briefings, which PLOVER leaves to its verbal modes.
const (
	Meet        = "MEET"
	Communicate = "COMMUNICATE"
	Sanction    = "SANCTION"
	Accuse      = "ACCUSE"
	Threaten    = "THREATEN"
	Military    = "MILITARY"
	Agree       = "AGREE"
	Reject      = "REJECT"
	Appoint     = "APPOINT"
	Aid         = "AID"
	Assault     = "ASSAULT"
	Disaster    = "DISASTER"
)

// Types lists the event types in the order a sentence with several
// undated triggers prefers them: the most specific first, COMMUNICATE
// (the most generic) last.
var Types = []string{Disaster, Assault, Sanction, Military, Reject, Agree, Appoint, Threaten, Accuse, Aid, Meet, Communicate}

// rank is a type's position in Types.
func rank(typ string) int {
	for i, t := range Types {
		if t == typ {
			return i
		}
	}
	return len(Types)
}

// compatible reports whether mentions of types a and b can be one event:
// the same type, or a meeting and the agreement it produced ("the 2018
// Singapore agreement" is the Singapore summit).
func compatible(a, b string) bool {
	if a == b {
		return true
	}
	return (a == Meet && b == Agree) || (a == Agree && b == Meet)
}

// triggerSet holds the trigger table, keyed for matching.
type triggerSet struct {
	words   map[string]string // one folded word → type
	phrases map[string]string // several folded words joined by a space → type
	glued   []gazTrigger      // CJK and Hangul triggers, matched inside words
	maxLen  int               // most words in a phrase
}

type gazTrigger struct{ text, typ string }

// loadTriggers parses the trigger table once: one set per language, and
// under "" the union, for articles whose language is unknown.
var loadTriggers = sync.OnceValue(func() map[string]*triggerSet {
	sets := map[string]*triggerSet{}
	get := func(lang string) *triggerSet {
		if sets[lang] == nil {
			sets[lang] = &triggerSet{words: map[string]string{}, phrases: map[string]string{}, maxLen: 1}
		}
		return sets[lang]
	}
	for _, line := range strings.Split(triggersTSV, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		for _, lang := range []string{f[1], ""} {
			get(lang).add(f[0], f[2])
		}
	}
	return sets
})

// add puts a type's comma-separated triggers into the set.
func (ts *triggerSet) add(typ, list string) {
	for _, t := range strings.Split(list, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if r := []rune(t)[0]; unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana) {
			ts.glued = append(ts.glued, gazTrigger{t, typ})
			continue
		}
		ws := words(t)
		parts := make([]string, len(ws))
		for i, w := range ws {
			parts[i] = w.fold
		}
		if len(parts) == 1 {
			ts.words[parts[0]] = typ
			continue
		}
		ts.phrases[strings.Join(parts, " ")] = typ
		ts.maxLen = max(ts.maxLen, len(parts))
	}
}

// trigger is an event trigger found in a sentence.
type trigger struct {
	typ        string
	wi, wj     int // words [wi, wj) of the sentence
	start, end int // code points in the sentence
	plural     bool
	modal      bool // hedged, planned or hypothetical ("might meet", "open to meeting")
	background bool // marked as past history ("historic meetings", "previous summits")
	negated    bool
	weak       bool // see weakTriggers
}

// Words that hedge a trigger when they come shortly before it.
var modalWords = map[string]bool{
	"might": true, "may": true, "could": true, "would": true, "will": true, "should": true, "can": true,
	"open": true, "willing": true, "possibility": true, "possible": true, "plans": true, "plan": true,
	"planned": true, "intends": true, "intend": true, "considers": true, "considering": true, "wants": true,
	"want": true, "seeks": true, "seeking": true, "hopes": true, "hope": true, "expected": true, "future": true,
	"next": true, "potential": true, "proposed": true, "if": true, "resume": true, "resuming": true,
	"renewed": true, "possibly": true, "likely": true, "whether": true, "aims": true, "ready": true,
	"poderia": true, "pode": true, "deve": true, "könnte": true, "konnte": true, "soll": true, "puede": true,
	"podria": true, "pourrait": true,
}

// Words that mark a trigger as history mentioned in passing, when it has
// no date of its own.
var backgroundWords = map[string]bool{
	"historic": true, "historical": true, "previous": true, "past": true, "earlier": true, "former": true,
	"first": true, "second": true, "third": true, "last": true, "these": true, "those": true, "such": true,
	"his": true, "her": true, "their": true, "its": true,
}

var negWords = map[string]bool{"not": true, "no": true, "never": true, "didn't": true, "did't": true, "without": true, "nao": true, "nicht": true, "kein": true, "keine": true}

// weakTriggers name an event only when nothing else in the sentence
// does: "a plane crash killed 12" is a crash, not an assault.
var weakTriggers = map[string]bool{"killed": true, "matou": true, "mortos": true, "getotet": true, "getoetet": true,
	"mato": true, "muertos": true, "tue": true, "tues": true}

// findTriggers returns the triggers of a sentence's words, in language
// lang (an ISO 639-1 code; "" or an unlisted language tries them all).
func findTriggers(ws []word, lang string) []trigger {
	sets := loadTriggers()
	ts := sets[lang]
	if ts == nil {
		ts = sets[""]
	}
	var out []trigger
	for i := 0; i < len(ws); i++ {
		matched := false
		for n := min(ts.maxLen, len(ws)-i); n >= 2; n-- {
			parts := make([]string, n)
			for k := range n {
				parts[k] = ws[i+k].fold
			}
			if typ, ok := ts.phrases[strings.Join(parts, " ")]; ok {
				out = append(out, newTrigger(ws, typ, i, i+n))
				i += n - 1
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if typ, ok := ts.words[strings.TrimSuffix(ws[i].fold, "'s")]; ok {
			if keepTrigger(ws, typ, i) {
				out = append(out, newTrigger(ws, typ, i, i+1))
			}
			continue
		}
		if r := []rune(ws[i].text)[0]; unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana) {
			for _, g := range ts.glued {
				if strings.Contains(ws[i].text, g.text) {
					out = append(out, newTrigger(ws, g.typ, i, i+1))
					break
				}
			}
		}
	}
	strong := slices.ContainsFunc(out, func(t trigger) bool { return !t.weak })
	if strong {
		out = slices.DeleteFunc(out, func(t trigger) bool { return t.weak })
	}
	return out
}

func newTrigger(ws []word, typ string, i, j int) trigger {
	t := trigger{typ: typ, wi: i, wj: j, start: ws[i].start, end: ws[j-1].end, weak: j == i+1 && weakTriggers[ws[i].fold]}
	switch ws[j-1].fold {
	case "meetings", "summits", "visits", "letters", "statements", "briefings", "agreements", "threats", "accusations", "tests", "strikes":
		t.plural = true
	}
	for k := max(0, i-4); k < i; k++ {
		f := ws[k].fold
		if modalWords[f] {
			t.modal = true
		}
		if negWords[f] {
			t.negated = true
		}
	}
	for k := j; k < min(len(ws), j+2); k++ {
		switch ws[k].fold {
		case "might", "may", "could", "would", "will", "should", "can", "wants", "want", "hopes", "seeks", "needs":
			t.modal = true
		}
	}
	for k := max(0, i-3); k < i; k++ {
		if backgroundWords[ws[k].fold] {
			t.background = true
		}
	}
	return t
}

// keepTrigger drops one-word triggers that, in context, name no event:
// "sanctions relief", "lifting sanctions", "despite the sanctions", a
// capitalised "Statement" in a title, "deal" in "no deal".
func keepTrigger(ws []word, typ string, i int) bool {
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1].fold
	}
	prev := func(n int) string {
		if i-n >= 0 {
			return ws[i-n].fold
		}
		return ""
	}
	switch typ {
	case Sanction:
		if next == "relief" || next == "regime" || next == "evasion" || next == "violations" {
			return false
		}
		for n := 1; n <= 3; n++ {
			switch prev(n) {
			case "lift", "lifting", "lifted", "relief", "ease", "easing", "despite", "evade", "evading", "under":
				return false
			}
		}
	case Agree:
		if prev(1) == "no" {
			return false
		}
	case Military:
		// A bare "tests" or "strike" needs a weapon nearby.
		f := ws[i].fold
		if f == "tests" || f == "launch" || f == "launches" || f == "strike" || f == "strikes" || f == "troops" {
			for k := max(0, i-4); k < min(len(ws), i+4); k++ {
				switch ws[k].fold {
				case "missile", "missiles", "nuclear", "ballistic", "rocket", "rockets", "satellite", "weapons", "military", "army", "air", "drone", "drones", "sent", "deployed":
					return true
				}
			}
			return false
		}
	}
	return true
}
