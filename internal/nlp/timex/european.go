package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file holds what the Spanish, German, French and Italian rules
// share: deciding from function words which of these languages a text is
// written in (their rules run only then, never on English text), and
// resolving their matches through a lexicon per language. The patterns
// name their groups alike in every language, so that one function per
// kind of expression serves all four.

// Bits of the function-word tally of languagesOf.
const (
	fwEnglish = 1 << iota
	fwSpanish
	fwGerman
	fwFrench
	fwItalian
	fwPortuguese
)

// functionWords maps frequent words to the languages they belong to:
// most to one, a few ("la", "que", "il") to several. It is read only.
var functionWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, e := range []struct {
		bits  uint8
		words string
	}{
		{fwEnglish, "the of and to is was that for with on by has have were are it from said this be at he his which as not but who they after will would its been had their"},
		{fwSpanish, "el los las y por para fue como más pero sus también este esta hace desde según muy ya cuando donde porque dijo ser está sin hasta hoy ayer año años sobre hubo"},
		{fwGerman, "der die das und ist nicht mit von den dem sich auf ein eine einen im zu auch wurde wird hat sind bei nach aus für über dass werden vom zum zur sie er wie noch nur oder aber wenn schon jahr jahren"},
		{fwFrench, "les des et est une du dans pour qui pas sur au aux par ont été ce cette elle sont avec mais ils leur selon après où aussi fait eu lieu"},
		{fwItalian, "di che della dei delle dell per gli sono nel nella anche stato più questo dopo degli alle sul sulla ancora essere anni ma hanno oggi si è"},
		{fwPortuguese, "os do das em nas uma não com ao pelo pela são ele ela mais também seu sua já disse foi"},
		{fwSpanish | fwFrench | fwItalian, "la le"},
		{fwSpanish | fwFrench, "en"},
		{fwSpanish | fwFrench | fwPortuguese, "que de"},
		{fwSpanish | fwItalian, "con una del al lo ha"},
		{fwFrench | fwItalian, "il l"},
	} {
		for _, w := range strings.Fields(e.words) {
			m[w] |= e.bits
		}
	}
	return m
}()

// languagesOf returns the European languages (Spanish, German, French,
// Italian) whose function words weigh at least half as much in the text
// as those of the language that weighs most, English and Portuguese
// included (a word of one language weighs 2, one shared 1); notPT
// reports that one of them is there and Portuguese is not (so that the
// Portuguese rules, which look for words Spanish shares, keep off). An
// English text quoting a foreign phrase has none of them.
func languagesOf(lower string) (langs script, notPT bool) {
	var n [6]int
	for i := 0; i < len(lower); {
		c := lower[i]
		if !(c >= 'a' && c <= 'z' || c >= utf8.RuneSelf) {
			i++
			continue
		}
		j := i + 1
		for j < len(lower) && (lower[j] >= 'a' && lower[j] <= 'z' || lower[j] >= utf8.RuneSelf) {
			j++
		}
		// a letter run glued to digits ("y" of "Y2K") is no word
		glued := i > 0 && isDigit(lower[i-1]) || j < len(lower) && isDigit(lower[j])
		if j-i <= 8 && !glued {
			if bits := functionWords[lower[i:j]]; bits != 0 {
				w := 1
				if bits&(bits-1) == 0 {
					w = 2
				}
				for k := range n {
					if bits&(1<<k) != 0 {
						n[k] += w
					}
				}
			}
		}
		i = j
	}
	most := 0
	for _, c := range n {
		most = max(most, c)
	}
	if most == 0 {
		return 0, false
	}
	for k, l := range [...]script{1: spanish, 2: german, 3: french, 4: italian} {
		if l != 0 && n[k] > 0 && 2*n[k] >= most {
			langs |= l
		}
	}
	euro := max(n[1], n[2], n[3], n[4])
	return langs, langs != 0 && 2*n[5] < euro
}

// futureCue returns the words that mark a clause about the future in the
// language of sc, or nil for the English cue (which also serves Korean
// and Portuguese).
func (sc script) futureCue() *regexp.Regexp {
	switch sc {
	case spanish:
		return esFuture
	case german:
		return deFuture
	case french:
		return frFuture
	case italian:
		return itFuture
	}
	return nil
}

// Future-tense endings and plan words; the letters around them keep
// "será" from matching inside a longer word.
var (
	esFuture = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\p{L}+r(?:á|án|emos)|va\s+a|van\s+a|vamos\s+a|próxim[oa]s?|previst[oa]s?|prevé|planea|planean|programad[oa]s?)(?:[^\p{L}]|$)`)
	deFuture = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:wird|werden|soll|sollen|will|wollen|geplant|plant|planen|nächste[nmrs]?|kommende[nmrs]?|bevorstehende[nmrs]?|künftig)(?:[^\p{L}]|$)`)
	frFuture = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\p{L}{2,}r(?:a|ont)|va|vont|prochaine?s?|prévue?s?|doit|doivent|devrait|devraient)(?:[^\p{L}]|$)`)
	itFuture = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\p{L}+r(?:à|anno|emo)|prossim[oaie]|previst[oaie]|dovrebbe|deve|devono)(?:[^\p{L}]|$)`)
)

// wordRef is what a relative word ("ayer", "heute Abend", "le
// lendemain") means: a day n days from the creation date (or from the
// last reference when anchored), or a vague present, past or future.
type wordRef struct {
	kind   string // "day", PRESENT_REF, PAST_REF or FUTURE_REF
	n      int
	part   string // part of day: MO, AF, EV, NI
	anchor bool
}

// lexicon is what resolution needs to know of one language. Its keys are
// folded (fold). Lexicons are read only.
type lexicon struct {
	months   map[string]time.Month
	weekdays map[string]time.Weekday
	numbers  map[string]float64 // -1 for vague quantities ("varios")
	units    map[string]string  // unit word -> English unit word (unitOf)
	// rel maps relative words and phrases to last, next, this, same,
	// previous, following, ago, later, earlier, or ylast, ythis, ynext
	// (a month of last, this or next year).
	rel     map[string]string
	parts   map[string]string // part-of-day word -> MO, AF, EV, NI
	words   map[string]wordRef
	adverbs map[string]string // set adverb -> TIMEX3 value
	// drop are the words (prepositions, articles) left out of the front
	// of an expression ("en junio" is "junio").
	drop map[string]bool
	// weakBefore are the words after which a capitalised month or
	// weekday with nothing else is a name ("la casa de Julio").
	weakBefore map[string]bool
	// lowerNames says months and weekdays are written in lower case, so
	// a capitalised one inside a sentence is more likely a name.
	lowerNames bool
}

func lexiconOf(sc script) *lexicon {
	switch sc {
	case spanish:
		return esLex
	case german:
		return deLex
	case french:
		return frLex
	case italian:
		return itLex
	}
	return nil
}

// folder strips the accents the lexicons' keys leave out.
var folder = strings.NewReplacer(
	"á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "à", "a", "è", "e", "ì", "i", "ò", "o", "ù", "u",
	"â", "a", "ê", "e", "î", "i", "ô", "o", "û", "u", "ä", "a", "ë", "e", "ï", "i", "ö", "o", "ü", "u",
	"ç", "c", "ñ", "n", "ß", "ss", "’", "'", "º", "", "°", "")

// fold lower-cases s, collapses its white space and strips its accents.
func fold(s string) string { return folder.Replace(strings.ToLower(norm(s))) }

// weekdayNames maps the names in s, Sunday first, to their weekdays; a
// slash separates two names of one day.
func weekdayNames(s string) map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for i, f := range strings.Fields(s) {
		for _, n := range strings.Split(f, "/") {
			m[n] = time.Weekday(i)
		}
	}
	return m
}

// unitNames maps each of the space-separated words of every value of
// byUnit to its key, an English unit word.
func unitNames(byUnit map[string]string) map[string]string {
	m := map[string]string{}
	for u, words := range byUnit {
		for _, w := range strings.Fields(words) {
			m[w] = u
		}
	}
	return m
}

// lexWords builds a set from space-separated words.
func lexWords(s string) map[string]bool { return wordSet(strings.Join(strings.Fields(s), "|")) }

// inflect adds stem+suffix -> v to m for each suffix (German adjective
// endings).
func inflect(m map[string]string, v string, stems string, suffixes ...string) {
	for _, st := range strings.Fields(stems) {
		for _, suf := range suffixes {
			m[st+suf] = v
		}
	}
}

// trimLead moves the match's start past the leading words of group name
// that lex drops, when the group starts the match.
func (m *match) trimLead(name string, lex *lexicon) {
	i := m.gs(name)
	if i < 0 || i != m.start {
		return
	}
	end := i + len(m.g(name))
	for i < end {
		j := i
		for j < end && !isSpace(m.text[j]) {
			j++
		}
		if !lex.drop[fold(m.text[i:j])] {
			break
		}
		for j < m.end && isSpace(m.text[j]) {
			j++
		}
		i = j
	}
	if i < m.end {
		m.start = i
	}
}

// sentenceStart reports whether only white space, punctuation that opens
// a sentence or a line break stands between the start of a sentence and
// offset p.
func (s *state) sentenceStart(p int) bool {
	head := s.text[:p]
	t := strings.TrimRight(head, " \t")
	if t == "" || len(t) < len(head) && strings.ContainsAny(head[len(t):], "\n\r") || strings.HasSuffix(t, "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;\"'«»“”„(—–-\n\r", r)
}

// namelike reports whether the word at group name is capitalised inside
// a sentence, as a name rather than a month or weekday, in a language
// that writes those in lower case.
func (s *state) namelike(m *match, name string, lex *lexicon) bool {
	i := m.gs(name)
	if !lex.lowerNames || i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.text[i:])
	return unicode.IsUpper(r) && !s.sentenceStart(i)
}

// dayNumber parses a day of the month: "12", "1er", "1º", "premier".
func dayNumber(w string) int {
	switch fold(w) {
	case "premier", "primo", "1er":
		return 1
	}
	n := 0
	for _, c := range []byte(w) {
		if !isDigit(c) {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// euNumber parses a quantity of lex: digits (a decimal comma or point;
// a separator before three digits groups thousands) or a number word.
func euNumber(w string, lex *lexicon) (float64, bool) {
	f := fold(w)
	if v, ok := lex.numbers[f]; ok {
		return v, true
	}
	if i := strings.IndexAny(f, ".,"); i >= 0 {
		if len(f)-i-1 == 3 {
			f = f[:i] + f[i+1:]
		} else {
			f = f[:i] + "." + f[i+1:]
		}
	}
	v, err := strconv.ParseFloat(f, 64)
	return v, err == nil
}

// euDate resolves a day and month, with or without a year: "12 de junio
// de 2018", "12. Juni", "le 12 juin 2018", "12 giugno 2018".
func euDate(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	mo := lex.months[fold(m.g("mo"))]
	d := dayNumber(m.g("d"))
	if mo == 0 || d < 1 || d > 31 {
		return "", "", false
	}
	if i := m.gs("pre"); i >= 0 && i == m.start {
		// "el 12", "am 12.", "le 12", "l'11": the article is not the date
		j := i + len(m.g("pre"))
		for j < m.end && isSpace(m.text[j]) {
			j++
		}
		m.start = j
	}
	return s.monthDay(atoi(m.g("y")), mo, d)
}

// monthDay resolves day d of month mo: in year y when it is given (y >
// 0), else the nearest such day to the creation date, or an XXXX year
// when there is none (or the day does not exist in the nearest year).
func (s *state) monthDay(y int, mo time.Month, d int) (string, string, bool) {
	if y > 0 {
		if !validDate(y, mo, d) {
			return "", "", false
		}
		return s.date(ref{t: ymd(y, mo, d), g: gDay})
	}
	if !validDate(2000, mo, d) {
		return "", "", false
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
	}
	t := s.closestYear(mo, d)
	if t.Day() != d {
		return Date, fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
	}
	return s.date(ref{t: t, g: gDay})
}

// dmyDate resolves a numeric day-first date: "12.06.2018".
func dmyDate(s *state, m *match) (string, string, bool) {
	d, mo, y := atoi(m.g("d")), time.Month(atoi(m.g("mo"))), atoi(m.g("y"))
	if !validDate(y, mo, d) {
		return "", "", false
	}
	return s.date(ref{t: ymd(y, mo, d), g: gDay})
}

// euMonth resolves a month with a year ("junio de 2018", "Juni 2018") or
// without one after a word that makes it a date ("en junio", "im Mai",
// "juin dernier", "lo scorso giugno").
func euMonth(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	mw := fold(m.g("mo"))
	mo := lex.months[mw]
	if mo == 0 {
		return "", "", false
	}
	pre, rel := fold(m.g("pre")), lex.rel[fold(m.g("rel"))]
	m.trimLead("pre", lex)
	if ys := m.g("y"); ys != "" {
		return s.date(ref{t: ymd(atoi(ys), mo, 1), g: gMonth})
	}
	if pre == "" && rel == "" && m.g("mi") == "" {
		return "", "", false // a bare month name
	}
	if m.rule.script == french && mw == "mars" && rel == "" {
		return "", "", false // the planet, unless a day, year or "dernier" comes with it
	}
	if rel == "" && s.namelike(m, "mo", lex) {
		words := strings.Fields(pre)
		if len(words) == 0 || lex.weakBefore[words[len(words)-1]] {
			return "", "", false // "la casa de Julio", "di Maggio"
		}
	}
	if !s.known {
		return Date, fmt.Sprintf("XXXX-%02d", mo), true
	}
	var y int
	switch rel {
	case "ylast":
		y = s.dct.Year() - 1
	case "ythis":
		y = s.dct.Year()
	case "ynext":
		y = s.dct.Year() + 1
	default:
		if rel == "" {
			for _, w := range strings.Fields(pre) {
				if r := lex.rel[w]; r == "last" || r == "next" || r == "this" {
					rel = r
				}
			}
		}
		y = s.monthYear(mo, rel)
	}
	return s.date(ref{t: ymd(y, mo, 1), g: gMonth})
}

// euWeekday resolves a day name with or without a relative word ("el
// jueves", "Donnerstagabend", "jeudi dernier", "giovedì scorso"), and a
// plural one as a set ("montags", "jeudis").
func euWeekday(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	wd, ok := lex.weekdays[fold(m.g("wd"))]
	if !ok {
		return "", "", false
	}
	part := lex.parts[fold(m.g("part"))]
	if m.g("pl") != "" {
		v := fmt.Sprintf("XXXX-WXX-%d", isoDay(wd))
		if part != "" {
			v += "T" + part
		}
		return Set, v, true
	}
	rel := ""
	for _, g := range []string{"rel0", "rel"} {
		for _, w := range strings.Fields(fold(m.g(g))) {
			if r := lex.rel[w]; r != "" {
				rel = r
			}
		}
	}
	switch rel {
	case "last", "previous":
		rel = "last"
	case "next", "following":
		rel = "next"
	case "this":
	default:
		rel = ""
	}
	if rel == "" && m.g("rel0") == "" && s.namelike(m, "wd", lex) {
		return "", "", false // "Plácido Domingo"
	}
	m.trimLead("rel0", lex)
	if !s.known {
		return Date, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	t := s.weekday(wd, rel)
	if part != "" {
		s.remember(ref{t: t, g: gDay})
		return Time, ref{t: t, g: gPartOfDay, part: part}.value(), true
	}
	return s.date(ref{t: t, g: gDay})
}

// euWord resolves a relative word: "ayer", "heute Abend", "demain",
// "stasera", "actualmente", "le lendemain".
func euWord(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	w := fold(m.g("w"))
	ref0, ok := lex.words[w]
	if !ok {
		return "", "", false
	}
	switch w {
	case "manana":
		// "por la mañana", "esta mañana": the morning, not tomorrow
		switch s.wordBefore() {
		case "la", "una", "cada", "toda", "media", "misma", "las", "esa", "aquella":
			return "", "", false
		}
	case "morgen":
		// "am Morgen", "jeden Morgen": a capitalised Morgen is the morning
		if r, _ := utf8.DecodeRuneInString(m.text[m.gs("w"):]); unicode.IsUpper(r) && !s.sentenceStart(m.gs("w")) {
			return "", "", false
		}
	}
	switch ref0.kind {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return Date, ref0.kind, true
	}
	part := ref0.part
	if p := lex.parts[fold(m.g("part"))]; p != "" {
		part = p
	}
	if !s.known && !ref0.anchor {
		return Date, "XXXX-XX-XX", true
	}
	base := ref{t: s.dct, g: gDay}
	if ref0.anchor {
		base = s.anchor()
		if base.g < gDay {
			return Date, "XXXX-XX-XX", true
		}
	}
	t := base.t.AddDate(0, 0, ref0.n)
	if part != "" {
		s.remember(ref{t: t, g: gDay})
		return Time, ref{t: t, g: gPartOfDay, part: part}.value(), true
	}
	return s.date(ref{t: t, g: gDay})
}

// euUnit resolves a relative calendar unit: "el año pasado", "letzte
// Woche", "la même année", "il giorno dopo", "quest'anno".
func euUnit(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	uw := fold(m.g("u"))
	g, _ := unitOf(lex.units[uw])
	if g == gNone {
		return "", "", false
	}
	rel := lex.rel[fold(m.g("art"))]
	for _, name := range []string{"ci", "adj0", "adj"} {
		if r := lex.rel[fold(m.g(name))]; r != "" {
			rel = r
		}
	}
	m.trimLead("art", lex)
	if rel == "ago" {
		rel = "previous" // "Vorjahr": vor is "ago" to a number of units
	}
	plural := uw == "jahre" || uw == "wochen" || uw == "monate" || uw == "tage"
	if plural {
		if rel == "last" {
			return Date, "PAST_REF", true // "der letzten Jahre"
		}
		return "", "", false
	}
	if g == gDay {
		switch rel {
		case "next":
			rel = "following" // "am nächsten Tag", "el próximo día"
		case "last", "this":
			return "", "", false // "am letzten Tag", "ce jour": not a date
		}
	}
	if !s.known && rel != "same" {
		return Date, "XXXX", true
	}
	switch rel {
	case "this":
		return s.date(ref{t: s.dct, g: g})
	case "last":
		return s.date(ref{t: shift(s.dct, -1, g), g: g})
	case "next":
		return s.date(ref{t: shift(s.dct, 1, g), g: g})
	case "same", "previous", "following":
		a := s.anchor()
		n := map[string]int{"previous": -1, "following": 1}[rel]
		if n == 0 && a.g < g && a.g != gNone {
			g = a.g // "el mismo día" after "2018" is that year
		}
		return s.date(ref{t: shift(a.t, n, g), g: g})
	}
	return "", "", false
}

// euNumUnit resolves a number of units: a duration ("tres años", "drei
// Jahre lang"), or a date that far before or after the creation date or
// the last reference ("hace tres años", "vor drei Jahren", "il y a trois
// ans", "tre anni fa", "drei Jahre später").
func euNumUnit(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	numText := m.g("num") + m.g("num1")
	n, ok := euNumber(numText, lex)
	if !ok {
		return "", "", false
	}
	uw := fold(m.g("unit"))
	g, u := unitOf(lex.units[uw])
	if g == gNone {
		return "", "", false
	}
	if n == 1 && strings.HasPrefix(lex.units[uw], "second") && !isDigit(numText[0]) {
		return "", "", false // "un segundo mandato", "une seconde fois"
	}
	post := lex.rel[fold(m.g("post"))]
	if fold(m.g("post")) == "alt" {
		return "", "", false // "45 Jahre alt": an age
	}
	if g == gYear && post == "" && m.g("pre") == "" {
		// "un hombre de 45 años", "un uomo di 45 anni": an age
		head := strings.TrimRight(s.text[:m.start], " \t")
		if i := strings.LastIndexAny(head, " \t\n"); strings.ToLower(head[i+1:]) == "de" || strings.ToLower(head[i+1:]) == "di" {
			before := strings.TrimRight(head[:i+1], " \t\n")
			prev := fold(before[strings.LastIndexAny(before, " \t\n")+1:])
			switch prev {
			case "mas", "menos", "plus", "moins", "pres", "piu", "meno", "cerca", "alrededor", "oltre", "circa":
			default:
				return "", "", false
			}
		}
	}
	pre := lex.rel[fold(m.g("pre"))]
	dir := post
	if pre == "ago" {
		dir = "ago"
	}
	if pre == "" {
		m.trimLead("pre", lex)
	}
	switch dir {
	case "ago":
		if n < 0 {
			return Date, "PAST_REF", true
		}
		if !s.known {
			return Date, "XXXX", true
		}
		k := int(n)
		if float64(k) != n || k > 10000 || g == gMinute {
			return Duration, durValue(n, u), true
		}
		return s.date(ref{t: shift(s.dct, -k, g), g: g})
	case "later", "following", "earlier", "previous":
		k := int(n)
		if n < 0 || float64(k) != n || k > 10000 || g == gMinute {
			return Duration, durValue(n, u), true
		}
		if dir == "earlier" || dir == "previous" {
			k = -k
		}
		if !s.known && s.last.g == gNone {
			return Date, "XXXX", true
		}
		a := s.anchor()
		rg := max(g, a.g)
		if rg == gWeekend {
			rg = gWeek
		}
		return Date, ref{t: shift(a.t, k, g), g: rg}.value(), true
	}
	return Duration, durValue(n, u), true
}

// euSet resolves a recurrence: "cada año", "jedes Jahr", "tous les
// jeudis", "ogni due anni", "täglich".
func euSet(s *state, m *match) (string, string, bool) {
	lex := lexiconOf(m.rule.script)
	if adv := fold(m.g("adv")); adv != "" {
		v, ok := lex.adverbs[adv]
		return Set, v, ok
	}
	uw := fold(m.g("unit"))
	if wd, ok := lex.weekdays[uw]; ok {
		return Set, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	if wd, ok := lex.weekdays[strings.TrimSuffix(uw, "s")]; ok {
		return Set, fmt.Sprintf("XXXX-WXX-%d", isoDay(wd)), true
	}
	_, u := unitOf(lex.units[uw])
	if u == "" {
		return "", "", false
	}
	n := 1.0
	if ns := m.g("num"); ns != "" {
		v, ok := euNumber(ns, lex)
		if !ok || v < 1 {
			return "", "", false
		}
		n = v
	} else if w := fold(m.g("w")); w == "alle" {
		return "", "", false // "alle Tage" is rare; "alle zwei Tage" has its number
	}
	return Set, durValue(n, u), true
}

// dmyRules read numeric dates day first in the European languages:
// "12.06.2018". (Slashed ones are the English rule's, which reads them
// day first in these languages too.)
var dmyRules = []rule{
	{re: re(`\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{4})\b`), fn: dmyDate, near: nearYears, script: european},
}
