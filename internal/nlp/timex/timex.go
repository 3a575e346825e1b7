// Package timex finds time expressions in news text and normalises them
// to TIMEX3 values (TimeML) against the document's creation date.
//
// It is a rule-based tagger in the spirit of HeidelTime: a fixed set of
// regular-expression rules proposes candidate expressions, the longest
// non-overlapping ones are kept, and each is then resolved in document
// order, so that anaphoric expressions ("the same year", "a year
// earlier", "the following day") can refer back to the last calendar
// reference mentioned. Relative expressions ("Thursday", "last month",
// "the 11th") are resolved against the creation date, with a small
// tense heuristic deciding between the nearest past and the nearest
// future occurrence.
//
// We wrote our own because the Go date parsers (go-dateparser,
// araddon/dateparse) parse a string that is already known to be a date;
// they do not find expressions in running text, do not produce TIMEX3
// values or types, and know nothing of durations, sets or anaphora.
// The Java and Python taggers (HeidelTime, SUTime) cannot be linked into
// a static Go binary. English is covered most fully; Korean and
// Portuguese have the common calendar forms; Spanish, German, French and
// Italian have dates, months, weekdays, relative words and units,
// anaphora ("el mismo año"), numbers of units before or after a date
// ("vor drei Jahren") and sets. Their rules run only on text whose
// function words are mostly theirs (languagesOf), so English text is
// tagged as before, and the English rules that read words keep off
// theirs.
package timex

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// Timex is one time expression found in a text.
type Timex struct {
	Text  string // the expression as it appears in the text
	Type  string // DATE, TIME, DURATION or SET
	Value string // TIMEX3 value, e.g. 2019-06-30, 2025-W23, P3D, PRESENT_REF, XXXX-XX-11
	Start int    // offset of the first code point in the text
	End   int    // offset just past the last code point (exclusive)
}

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// MaxText is the longest text Tag reads, in bytes; the rest is ignored.
const MaxText = 1 << 20

// Tag returns the time expressions in text, in text order, with values
// resolved against dct, the document creation (publication) time. A zero
// dct leaves relative expressions underspecified (XXXX-XX-11, ...).
func Tag(text string, dct time.Time) []Timex { return Tagger{}.Tag(text, dct) }

// A Tagger is Tag with knowledge from outside the text. Its zero value
// knows nothing more than Tag.
type Tagger struct {
	// TookOffice, when set, returns the day on which the person the
	// text before names last took the office they held on day at, for
	// "four months after taking office" in a text that does not say
	// when that was.
	TookOffice func(before string, at time.Time) (time.Time, bool)
}

// Tag is the package's Tag with what tg knows.
func (tg Tagger) Tag(text string, dct time.Time) []Timex {
	if len(text) > MaxText {
		n := MaxText
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		text = text[:n]
	}
	if !utf8.ValidString(text) {
		// One U+FFFD per invalid byte keeps code-point offsets stable.
		text = string([]rune(text))
	}
	orig := text
	text = unwrap(text)
	cands, langs, lower := candidates(text)
	if len(cands) == 0 {
		return nil
	}
	s := &state{text: text, lower: lower, dct: dct, known: !dct.IsZero(), langs: langs, tookOffice: tg.TookOffice}
	if s.known {
		s.dct = day(dct)
	}
	out := make([]Timex, 0, len(cands))
	runeAt, byteAt := 0, 0
	for _, c := range cands {
		s.m = c
		typ, val, ok := c.rule.fn(s, c)
		if !ok {
			continue
		}
		runeAt += utf8.RuneCountInString(text[byteAt:c.start])
		byteAt = c.start
		n := utf8.RuneCountInString(text[c.start:c.end])
		out = append(out, Timex{Text: orig[c.start:c.end], Type: typ, Value: val, Start: runeAt, End: runeAt + n})
	}
	return out
}

// minWrapped is the shortest line, in bytes, whose line break unwrap
// takes for the wrapping of running text rather than the end of a
// heading or a dateline.
const minWrapped = 40

// unwrap returns text with the line breaks of hard-wrapped prose (a
// line of minWrapped bytes or more that ends inside a sentence and is
// followed by more text on the next line) turned into spaces, so that a
// clause broken across lines ("officials said\nMonday they would ...")
// is read as one: the tense and the words around an expression are
// looked for within its sentence, which a line break would otherwise
// end. Blank lines and indented lines still end paragraphs. Offsets are
// unchanged, as one byte replaces another.
func unwrap(text string) string {
	var b []byte
	lineStart := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i // the break's first byte: "\r\n" is one break
		if j > 0 && text[j-1] == '\r' {
			j--
		}
		soft := j-lineStart >= minWrapped && j > 0 && i+1 < len(text)
		if soft {
			switch text[j-1] {
			case '.', '!', '?', ':', ';', '"', '\'', ' ', '\t':
				soft = false
			}
			switch text[i+1] {
			case '\n', '\r', ' ', '\t':
				soft = false
			}
		}
		if soft {
			if b == nil {
				b = []byte(text)
			}
			for k := j; k <= i; k++ {
				b[k] = ' '
			}
		}
		lineStart = i + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// rule is one pattern and the function that types and values its
// matches. fn reports ok=false to reject a match; it must decide that
// from the match and its surroundings only, not from the state's
// anaphoric memory, because it is also called while choosing among
// overlapping candidates.
type rule struct {
	re     *regexp.Regexp
	fn     func(s *state, m *match) (typ, val string, ok bool)
	glue   bool     // a letter may follow (Korean particles)
	need   []string // run only near these, in the ASCII-lower-cased text
	script script   // run only when the text has this script
	// universal marks the rules of anyScript that read no English words
	// (ISO and numeric dates, years): they also run on Spanish, German,
	// French and Italian text, the English ones not.
	universal bool
	// wordStart says every match holds one of need at the start of a
	// word, so occurrences inside a word ("mar" in "market") are skipped.
	wordStart bool
	// near, when set, finds what every match holds instead of need (a
	// year, an ordinal number): the rule runs near those only.
	near func(kw *keywords, at func(p, n int))
	// reach, when set, is how far the rule's matches can reach before
	// and after its keyword, in bytes, in place of before and after (see
	// there): the rules that run most often and reach less far are run on
	// smaller windows.
	reach [2]int
	// words, when set, is how many words (runs of non-space bytes) the
	// rule's matches can reach before and after the word of its keyword,
	// in place of reach: a bound that holds however much white space the
	// words are set apart by.
	words [2]int
	// atWord says every match starts at the start of a word (the
	// pattern opens with \b and a letter or digit); such rules are run
	// anchored at each word start (see matches) rather than at every
	// byte, which costs much less for the long patterns.
	atWord   bool
	anchored *regexp.Regexp // ^(?:re), for atWord
	// first, when set for an atWord rule, holds every word (run of
	// letters) a match can start with; digits says a match may also
	// start with a digit. Other word starts are skipped unmatched
	// (TestFirstWords checks the lists against the patterns).
	first  map[string]bool
	digits bool
}

// script gates the rules of one language: it is a set of languages (or
// scripts), and a rule runs when the text has one of them.
type script uint16

const (
	anyScript  script = 0
	hangul     script = 1 << 0
	portuguese script = 1 << 1
	spanish    script = 1 << 2
	german     script = 1 << 3
	french     script = 1 << 4
	italian    script = 1 << 5
	// european are the languages that write dates day first and whose
	// presence languagesOf decides from their function words.
	european = spanish | german | french | italian
)

// gate reports whether r's script is among present, the scripts and
// languages of the text. Whether its keywords are is for windows to
// find: skipping rules that cannot match, and running the others only
// near their keywords, is what makes tagging affordable, as the regular
// expressions have no literal prefix.
func (r *rule) gate(present script) bool {
	if r.script == anyScript {
		return r.universal || present&european == 0
	}
	return r.script&present != 0
}

// keywords finds the offsets of keywords in the ASCII-lower-cased text of
// one call of Tag, each keyword once for all the rules that need it.
type keywords struct {
	lower string
	found map[string][]int
	// atStart holds the offsets of the keywords of wordStartKeys that
	// start a word, found in one pass over the text's words.
	atStart map[string][]int
}

func newKeywords(lower string) *keywords {
	return &keywords{lower: lower, found: map[string][]int{}}
}

// offsets returns the offsets of k in the text.
func (kw *keywords) offsets(k string) []int {
	if ps, ok := kw.found[k]; ok {
		return ps
	}
	var ps []int
	for off := 0; ; {
		i := strings.Index(kw.lower[off:], k)
		if i < 0 {
			break
		}
		ps = append(ps, off+i)
		off += i + len(k)
	}
	kw.found[k] = ps
	return ps
}

// starts returns the offsets of k in the text where k starts a word.
func (kw *keywords) starts(k string) []int {
	if !wordStartKeys.has[k] {
		var ps []int
		for _, p := range kw.offsets(k) {
			if p == 0 || !isWordByte(kw.lower[p-1]) {
				ps = append(ps, p)
			}
		}
		return ps
	}
	if kw.atStart == nil {
		kw.atStart = map[string][]int{}
		lower := kw.lower
		for p := 0; p < len(lower); p++ {
			if p > 0 && isWordByte(lower[p-1]) {
				continue
			}
			for _, k := range wordStartKeys.byFirst[lower[p]] {
				if strings.HasPrefix(lower[p:], k) {
					kw.atStart[k] = append(kw.atStart[k], p)
				}
			}
		}
	}
	return kw.atStart[k]
}

// keySet is a set of keywords, also listed by first byte.
type keySet struct {
	has     map[string]bool
	byFirst [256][]string
}

// wordStartKeys are the keywords the rules look for at the start of words
// (TestWordStartKeys checks the list is complete; others are found, more
// slowly, with offsets). It is read only.
var wordStartKeys = func() *keySet {
	ks := &keySet{has: map[string]bool{}}
	for _, k := range strings.Fields(`
		jan feb mar apr may jun jul aug sep oct nov dec
		monday tuesday wednesday thursday friday saturday sunday
		second minute hour day night week weekend month quarter year year- decade centur century millenni fortnight
		seconds minutes hours days weeks months quarters years decades centuries
		today yesterday tomorrow tonight morning afternoon evening noon midday midnight
		spring summer fall autumn winter half period qtr nineteen twenty thousand
		every each per once twice thrice times
		daily weekly biweekly monthly yearly annually hourly nightly quarterly semiannually biannually
		now current present recent lately past ago future term coming soon
		christmas thanksgiving valentine's halloween gmt utc overnight q1 q2 q3 q4 h1 h2 fy`) {
		ks.has[k] = true
		ks.byFirst[k[0]] = append(ks.byFirst[k[0]], k)
	}
	return ks
}()

var ptMarkers = []string{"ã", "ç", "é", "ê", "á", "í", "ó", "ú", "ô", " de ", " em ", " no ", " na ", "hoje", "ontem", "agora", "anos", "dias", "meses", "semana", "feira", "domingo", "janeiro", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro", "mente"}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// match is one candidate: byte offsets and submatch indexes.
type match struct {
	rule       *rule
	start, end int
	idx        []int
	text       string
	// fut caches state.future for the match (0 not yet known, 1 the
	// future, 2 not): it reads only the text around the match, and the
	// match is resolved twice, while choosing and while tagging.
	fut int8
	// weakFut records that future found the clause about the future
	// by a weak cue: a mark of the future that a comma separates from
	// the match, or a deadline ("by", "until") alone.
	weakFut bool
	// pastCue records that future found the clause about the past by a
	// mark of it (a verb in the past tense governing the match, "since"
	// before it), not merely for want of a mark of the future.
	pastCue bool
}

// g returns the text of the first non-empty group called name.
func (m *match) g(name string) string {
	for i, n := range m.rule.re.SubexpNames() {
		if n == name && m.idx[2*i] >= 0 {
			return m.text[m.idx[2*i]:m.idx[2*i+1]]
		}
	}
	return ""
}

// gs returns the byte offset where group name starts, or -1.
func (m *match) gs(name string) int {
	for i, n := range m.rule.re.SubexpNames() {
		if n == name && m.idx[2*i] >= 0 {
			return m.idx[2*i]
		}
	}
	return -1
}

func (m *match) lower(name string) string { return strings.ToLower(norm(m.g(name))) }

// norm collapses runs of white space.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// candidates runs every rule and keeps the longest non-overlapping
// matches that their rules accept, in text order. It also returns the
// European languages found in the text (languagesOf) and the text
// ASCII-lower-cased.
func candidates(text string) ([]*match, script, string) {
	var all []*match
	lower := tokenize.ASCIILower(text)
	kw := newKeywords(lower)
	var present script
	ascii := isASCII(lower)
	if !ascii && strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
		present |= hangul
	}
	for _, k := range ptMarkers {
		if ascii && k[0] >= utf8.RuneSelf {
			continue // "ã", "ç": not in ASCII text
		}
		if strings.Contains(lower, k) {
			present |= portuguese
			break
		}
	}
	langs, notPT := languagesOf(lower)
	present |= langs
	if notPT {
		present &^= portuguese
	}
	probe := &state{text: text, lower: lower, dct: time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC), known: true, langs: langs}
	for i := range rules {
		r := &rules[i]
		if !r.gate(present) {
			continue
		}
		for _, w := range r.windows(kw) {
			r.matches(lower, w[0], w[1], func(idx []int) {
				all = r.consider(all, probe, text, idx)
			})
		}
	}
	return choose(all), langs, lower
}

// matches calls f with the submatch indexes (offsets in lower) of the
// successive non-overlapping matches of r in lower[lo:hi], as
// FindAllStringSubmatchIndex finds them there. A rule whose matches start
// at words is run anchored at each word start in turn: the first start
// where it matches is the leftmost match, and the match there is the one
// the unanchored pattern prefers.
func (r *rule) matches(lower string, lo, hi int, f func(idx []int)) {
	if r.anchored == nil {
		for _, idx := range r.re.FindAllStringSubmatchIndex(lower[lo:hi], -1) {
			for j := range idx {
				if idx[j] >= 0 {
					idx[j] += lo
				}
			}
			f(idx)
		}
		return
	}
	for p := lo; p < hi; p++ {
		// \b before a word byte: the window's start, or a byte that is no
		// ASCII word byte before it (a byte of a multi-byte rune is none)
		if !isREWordByte(lower[p]) || p > lo && isREWordByte(lower[p-1]) {
			continue
		}
		if r.first != nil {
			if isDigit(lower[p]) {
				if !r.digits {
					continue
				}
			} else {
				e := p
				for e < hi && lower[e] >= 'a' && lower[e] <= 'z' {
					e++
				}
				if !r.first[lower[p:e]] {
					continue
				}
			}
		}
		idx := r.anchored.FindStringSubmatchIndex(lower[p:hi])
		if idx == nil || idx[1] == 0 {
			continue
		}
		for j := range idx {
			if idx[j] >= 0 {
				idx[j] += p
			}
		}
		f(idx)
		p = idx[1] - 1
	}
}

// isREWordByte reports whether c is a word byte to the patterns' \b: an
// ASCII letter, digit or underscore.
func isREWordByte(c byte) bool { return isWordByte(c) || c == '_' }

// consider appends the match at idx to all if its rule accepts it.
func (r *rule) consider(all []*match, probe *state, text string, idx []int) []*match {
	m := &match{rule: r, start: idx[0], end: idx[1], idx: idx, text: text}
	if m.end == m.start || !bounded(text, m.start, m.end, r.glue) {
		return all
	}
	probe.m = m
	if _, _, ok := r.fn(probe, m); !ok || firstName(text, m.start, m.end) {
		return all
	}
	return append(all, m)
}

// dateLeads are the words (lower-cased) that introduce a date in the
// languages the rules read: after one, a month or weekday name is the
// date even when a capitalised word follows ("in March Trump said").
var dateLeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`in on at since by until till from to through throughout during of
		early late mid last next this that the every each before after between and or around about for
		em de desde até no na nos nas en el al del im am seit bis vom zum ab au le à a dès depuis jusqu pendant di da dal nel entro`) {
		m[w] = true
	}
	return m
}()

// firstName reports a match that is one capitalised month name followed
// by a capitalised word, with no word before it that introduces a date:
// a first name, as in "Secretary of State Marco Rubio" or "correspondent
// April Ryan". A match at a sentence's start is left alone, and so are
// weekdays, which newswire puts between a verb and a name ("Annan said
// Wednesday U.N. inspectors …").
func firstName(text string, start, end int) bool {
	w := text[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !monthName(strings.ToLower(w)) {
		return false
	}
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	if n, _ := utf8.DecodeRuneInString(text[end+1:]); !unicode.IsUpper(n) {
		return false
	}
	if start < 2 || text[start-1] != ' ' {
		return false // at the text's or a line's start
	}
	before := text[:start-1]
	last := before[strings.LastIndexAny(before, " \t\n")+1:]
	if last == "" || strings.ContainsAny(last[len(last)-1:], ".!?:;\"“”'(") {
		return false // a sentence's or clause's start
	}
	return !dateLeads[strings.ToLower(last)]
}

// before and after are how far a match of a rule can reach before and
// after its keyword (or year), in bytes: beyond the longest the patterns
// allow with single spaces (the English patterns' longest prefix, such as
// "no more than each of the preceding twenty-five consecutive ", stays
// under 80 bytes; the longest tail, such as " (local time), wednesday",
// under 48), and more than three times the longest seen on the KCNA and
// TempEval-3 texts. Scanning only there is what makes tagging affordable.
const (
	before = 80
	after  = 48
)

// windows returns the byte ranges of text worth running r on: the whole
// text for rules without keywords, else the merged neighbourhoods of the
// keywords' occurrences, each starting and ending at white space so that
// word boundaries are seen as in the whole text.
func (r *rule) windows(kw *keywords) [][2]int {
	lower := kw.lower
	if len(r.need) == 0 && r.near == nil {
		return [][2]int{{0, len(lower)}}
	}
	var ws [][2]int
	// add captures little (it is allocated for each rule, as the near
	// functions take it)
	add := func(p, n int) {
		lower := kw.lower
		var lo, hi int
		switch {
		case r.words != [2]int{}:
			lo, hi = wordsBefore(lower, p, r.words[0]), wordsAfter(lower, p+n, r.words[1])
		case r.reach != [2]int{}:
			lo, hi = max(0, p-r.reach[0]), min(len(lower), p+n+r.reach[1])
		default:
			lo, hi = max(0, p-before), min(len(lower), p+n+after)
		}
		for lo > 0 && !isSpace(lower[lo-1]) {
			lo--
		}
		for hi < len(lower) && !isSpace(lower[hi]) {
			hi++
		}
		ws = append(ws, [2]int{lo, hi})
	}
	for _, k := range r.need {
		ps := kw.offsets
		if r.wordStart {
			ps = kw.starts
		}
		for _, p := range ps(k) {
			add(p, len(k))
		}
	}
	if r.near != nil {
		r.near(kw, add)
	}
	if len(ws) == 0 {
		return nil
	}
	slices.SortFunc(ws, func(a, b [2]int) int { return a[0] - b[0] })
	merged := ws[:0]
	for _, w := range ws {
		if n := len(merged); n > 0 && w[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], w[1])
			continue
		}
		merged = append(merged, w)
	}
	return merged
}

// wordsBefore returns the start of the k-th word before the one at p,
// words being runs of bytes other than white space.
func wordsBefore(lower string, p, k int) int {
	for p > 0 && !isSpace(lower[p-1]) {
		p--
	}
	for range k {
		for p > 0 && isSpace(lower[p-1]) {
			p--
		}
		for p > 0 && !isSpace(lower[p-1]) {
			p--
		}
	}
	return p
}

// wordsAfter returns the end of the k-th word after the one that holds
// the byte before p.
func wordsAfter(lower string, p, k int) int {
	for p < len(lower) && !isSpace(lower[p]) {
		p++
	}
	for range k {
		for p < len(lower) && isSpace(lower[p]) {
			p++
		}
		for p < len(lower) && !isSpace(lower[p]) {
			p++
		}
	}
	return p
}

// isWordByte reports whether c is an ASCII letter or digit: a keyword
// after one is inside a word.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nearYears finds the years (1500-2099) that start a word.
func nearYears(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	for p := 0; p+4 <= len(lower); p++ {
		if !isDigit(lower[p]) || p > 0 && isWordByte(lower[p-1]) {
			continue
		}
		if startsYear(lower[p:]) {
			at(p, 4)
		}
		// The rest of the run of digits starts no word.
		for p+1 < len(lower) && isDigit(lower[p+1]) {
			p++
		}
	}
}

// nearOrdinals finds the numbers written with an ordinal suffix ("11th",
// "2nd").
func nearOrdinals(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	for p := 1; p+2 <= len(lower); p++ {
		if !isDigit(lower[p-1]) {
			continue
		}
		switch lower[p : p+2] {
		case "st", "nd", "rd", "th":
			at(p-1, 3)
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// choose keeps the longest non-overlapping candidates, in text order.
func choose(all []*match) []*match {
	slices.SortStableFunc(all, func(a, b *match) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	var kept []*match
	for _, m := range all {
		overlap := false
		for _, k := range kept {
			if m.start < k.end && k.start < m.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	slices.SortFunc(kept, func(a, b *match) int { return a.start - b.start })
	return kept
}

// bounded reports whether text[start:end] is not part of a longer word.
func bounded(text string, start, end int, glue bool) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) && !glue {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// state is what resolution knows while walking a document in order.
type state struct {
	text  string
	lower string // tokenize.ASCIILower(text), for the lower-cased cue patterns
	dct   time.Time
	known bool // dct given
	m     *match
	last  ref // last calendar reference resolved, for anaphora
	// lastEnd is the byte offset where the expression of last ends.
	lastEnd int
	// lastDay is the last reference of a day or finer, for "that day",
	// "the same day", "the previous day" and "that night": a year or a
	// month told of since ("Monday ... last year ... that day") is not
	// what they refer back to.
	lastDay ref
	// lastAgo records that last is itself a year before another time
	// ("a year ago"), so that a "year earlier" comparing with the same
	// figures ("compared with C$307.2 a year earlier") is that time, not
	// a year before it.
	lastAgo bool
	// spanEnd is the byte offset where the last reporting span of several
	// months ends ("for the nine months", "in the first six months"):
	// when it comes after last, a "year earlier" compares with that span,
	// which no quarter or day names, and is the year before.
	spanEnd int
	// span is the value of that span ("P9M").
	span string
	// report is the first quarter told of that has begun by the DCT:
	// the period a company report is about ("third-quarter net rose").
	report ref
	langs  script // the European languages of the text (languagesOf)
	// office is the last date told of in a sentence about someone
	// taking office ("was sworn in on January 20, 2017"), which "four
	// months after taking office" counts from (see officeOffset).
	office     ref
	tookOffice func(before string, at time.Time) (time.Time, bool) // Tagger.TookOffice
	// officeWords caches whether the text has a word officeCue needs
	// (0 not yet known, 1 yes, 2 no).
	officeWords int8
}

// remember records r as the latest calendar reference.
func (s *state) remember(r ref) {
	if r.g == gQuarter && s.report.g == gNone && !r.t.After(s.dct) {
		s.report = r
	}
	if r.g != gNone {
		s.last = r
		s.lastAgo = false
		if r.g >= gDay {
			s.lastDay = r
		}
		if s.m != nil {
			s.lastEnd = s.m.end
			if s.officeSentence() {
				s.office = r
			}
		}
	}
}

// anchor is what an anaphoric expression refers back to: the last
// reference, else the creation date.
func (s *state) anchor() ref {
	if s.last.g != gNone {
		return s.last
	}
	return ref{t: s.dct, g: gDay}
}

// quarterAnchor is what a quarter anaphor of a company report ("the
// year-earlier period", "the 1989 period", "a year ago") refers back to
// when the last reference is a quarter: that quarter when it was told of
// in the same sentence, else the quarter the report is about, to which
// the text comes back after an aside on another ("After a flat second
// quarter, ... The year-earlier period ...").
func (s *state) quarterAnchor() ref {
	if s.report.g == gQuarter && s.report != s.last && s.lastEnd <= s.m.start && lastSentenceEnd(s.text[s.lastEnd:s.m.start]) >= 0 {
		return s.report
	}
	return s.last
}

// dayAnchor is what a day anaphor ("that day", "the next day") refers
// back to: the last day told of, else the last reference (of any
// granularity), else the creation date.
func (s *state) dayAnchor() ref {
	if s.lastDay.g != gNone {
		return s.lastDay
	}
	return s.anchor()
}

// date resolves a calendar reference to a DATE value and remembers it.
func (s *state) date(r ref) (string, string, bool) {
	s.remember(r)
	return Date, r.value(), true
}

// futureCue marks a clause about the future in English, Portuguese or
// Korean. Go's \b knows ASCII letters only, so it serves the words that
// end in one; a Portuguese future that ends in an accented letter
// ("será", "acontecerá") is closed by a non-letter instead, and Korean
// nouns of plan ("예정", "계획") take particles right after them, so they
// stand alone. (A bare "것" was once listed too; it also closes reports
// of the past, "…한 것으로 알려졌다", and is left out.)
var futureCue = re(`\b(will|won't|shall|'ll|going\s+to|plans?\s+to|(?:set|due|expected|supposed|slated)\s+to|(?:is|are|be)\s+expected|set\s+for|due\s+(?:by|on|in|at|before)|scheduled|planned\s+for|is\s+to|are\s+to|prepar(?:e|es|ed|ing)\s+for|next|upcoming|payable|effective|` +
	`vai|vão|irão|deverão|serão|poderão|pode|podem|poderia|poderiam|deve|devem|deveria|deveriam|pretende|pretendem|próxim[oa]s?|previst[oa]s?|programad[oa]s?|marcad[oa]s?\s+para)\b|` +
	`(?:^|[^\p{L}])\p{L}{2,}rá(?:[^\p{L}]|$)|예정|계획`)

// pastPerfect marks a planned event told as past ("had been scheduled
// to"), which is no cue for the future.
var pastPerfect = re(`\b(?:had|was|were)\s+(?:been\s+)?(?:scheduled|planned|set|due|expected|supposed|slated)\b`)

// putOff ends a clause that puts something off to the date after it
// ("postponed the vote until Friday", "adjourned to Monday", "extended
// the deadline through Tuesday"): that date lies ahead, though the verb
// is in the past.
var putOff = re(`\b(?:postpone|delay|adjourn|defer|reschedule|extend|put\s+off|push(?:ed)?\s+back)\w*(?:\s+[\w'-]+){0,4}?\s+(?:until|till|to|through)\s+(?:next\s+)?$`)

// putsOff reports whether before, the ASCII-lower-cased text of the
// clause before a match, ends in putOff; the last word is checked first,
// as the pattern is costly to run on every clause.
func putsOff(before string) bool {
	switch lastWord(strings.TrimRight(before, " \t")) {
	case "until", "till", "to", "through", "next":
		return putOff.MatchString(before)
	}
	return false
}

// boundBefore reports whether before, the lower-cased text ahead of a
// date, ends in "until", "till", "through" or "ahead of".
func boundBefore(before string) bool {
	b := strings.TrimRight(before, " \t")
	switch lastWord(b) {
	case "until", "till", "through":
		return true
	case "of":
		return strings.HasSuffix(b, " ahead of") || b == "ahead of"
	}
	return false
}

// isWeekdayName reports whether w is an English day name alone.
func isWeekdayName(w string) bool {
	_, ok := weekdays[strings.ToLower(w)]
	return ok && !strings.Contains(w, " ")
}

// future reports whether the clause around the current match speaks of
// the future: a modal or plan word shortly before or after it.
func (s *state) future() bool {
	if s.m.fut == 0 {
		s.m.fut = 2
		if s.clauseFuture() {
			s.m.fut = 1
		}
	}
	return s.m.fut == 1
}

// clauseFuture is future, uncached.
func (s *state) clauseFuture() bool {
	lo := max(0, s.m.start-80)
	hi := min(len(s.text), s.m.end+30)
	if len(s.lower) != len(s.text) {
		s.lower = tokenize.ASCIILower(s.text)
	}
	before := s.text[lo:s.m.start]
	if i := lastSentenceEnd(before); i >= 0 {
		before = before[i+1:]
	}
	if strings.TrimSpace(before) == "" || len(before) < 12 && !strings.Contains(strings.TrimSpace(before), " ") {
		// a date that opens its sentence ("On Monday, a team of
		// investigators is expected to arrive"): its verb comes later
		hi = min(len(s.text), s.m.end+90)
	}
	after := s.text[s.m.end:hi]
	if i := strings.IndexAny(after, "!?\n"); i >= 0 {
		after = after[:i]
	}
	for i := 0; i < len(after); i++ {
		if after[i] == '.' && sentenceEnd(after, i) {
			after = after[:i]
			break
		}
	}
	// the same clause in lower case, for the patterns compiled by re
	lowerBefore := s.lower[s.m.start-len(before) : s.m.start]
	lowerAfter := s.lower[s.m.end : s.m.end+len(after)]
	cue, cueBefore, cueAfter := futureCue, lowerBefore, lowerAfter
	if c := s.m.rule.script.futureCue(); c != nil {
		cue, cueBefore, cueAfter = c, before, after
	}
	if s.m.rule.script == anyScript && putsOff(lowerBefore) {
		return true
	}
	if s.m.rule.script == anyScript && boundBefore(lowerBefore) && isWeekdayName(s.text[s.m.start:s.m.end]) {
		// "closed the embassy until Monday", "ahead of Sunday's vote":
		// the bound of a state, or what is awaited, is as often ahead as
		// gone whatever the tense; the nearer day is meant (weekday)
		s.m.weakFut = true
		return true
	}
	if pastPerfect.MatchString(lowerBefore) {
		return false
	}
	if s.reportedPast() || strings.HasSuffix(strings.TrimRight(lowerBefore, " \t"), "since") ||
		saidJustBefore(lowerBefore, lowerAfter) {
		s.m.pastCue = s.m.rule.script == anyScript
		return false
	}
	if s.m.rule.script != anyScript {
		return cue.MatchString(cueBefore) || cue.MatchString(cueAfter)
	}
	// English: the tense marker nearest before the expression decides
	// ("were flown home on Sunday and will be buried Tuesday"); a verb in
	// the present right before it speaks of a plan ("talks resume
	// Tuesday"); only then a cue after it ("On Monday, he will fly").
	// "asked to comment on Monday's decision": a weekday's event told of
	// is no plan
	fut, past := tenseMarks(before, !strings.HasPrefix(s.text[s.m.end:], "'s"))
	if f := lastMatch(cue, cueBefore); f > fut {
		fut = f
	}
	switch {
	case s.presentBefore():
		return true
	case fut > past:
		// a mark of the future whose clause a comma closes before the
		// date may not govern it ("said it would not bargain, in remarks
		// to reporters Monday")
		s.m.weakFut = strings.Contains(before[fut:], ", ") || strings.Contains(before[fut:], ";")
		return true
	case past >= 0:
		// "was ordered to appear Oct. 5": an infinitive after the verb
		// in the past may set a date to come
		s.m.pastCue = !strings.Contains(before[past:], " to ")
		return false
	}
	switch strings.ToLower(lastWord(strings.TrimRight(before, " \t"))) {
	case "by", "until", "till":
		// a deadline: "pay down the loan by February"; but one the
		// clause after it tells of as past is gone ("By Friday, the toll
		// had reached 200", "Until Tuesday, the city was calm")
		if f, p := firstTenseMarks(after); p >= 0 && (f < 0 || p < f) {
			return false
		}
		s.m.weakFut = true
		return true
	}
	// a cue after it, unless a verb in the past comes first ("on Tuesday
	// said the United States may ...")
	f, p := firstTenseMarks(after)
	if i := firstMatch(cue, cueAfter); i >= 0 && (f < 0 || i < f) {
		f = i
	}
	if f < 0 && p < 0 && isWeekdayName(s.text[s.m.start:s.m.end]) && s.scheduledEvent() {
		// no tense near a day that names when a scheduled event is held
		// ("holds a lead in Tuesday's primary", "before the primary on
		// Tuesday"): the nearer day is meant, ahead or gone
		s.m.weakFut = true
		return true
	}
	return f >= 0 && (p < 0 || f < p)
}

// scheduledEvents are nouns of events held on a day set beforehand,
// which news tells of before they happen as well as after.
var scheduledEvents = wordSet("primary|primaries|election|elections|vote|voting|caucus|caucuses|debate|debates|summit|meeting|" +
	"talks|session|hearing|deadline|referendum|runoff|game|match|final|race|contest|contests|ceremony|funeral|parade|" +
	"rally|inauguration|conference|speech|address|service|memorial|vigil|march|opening|launch|convention|poll|polls|" +
	"showdown|matchup|visit|trip")

// scheduledEvent reports whether the current match, a day name, is
// the day of a scheduled event: "Tuesday's primary", "the vote on
// Tuesday", "the summit Friday".
func (s *state) scheduledEvent() bool {
	rest := s.text[s.m.end:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "\u2019s ") {
		// the noun after the possessive, perhaps after names or
		// hyphened words ("Tuesday's New Hampshire primary", "Tuesday's
		// first-in-the-nation primary")
		words := strings.Fields(rest[strings.IndexByte(rest, ' ')+1 : min(len(rest), 120)])
		for i, w := range words {
			if i == 4 {
				break
			}
			w = strings.TrimRight(w, ".,;:!?\"')")
			if scheduledEvents[strings.ToLower(w)] {
				return true
			}
			if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') && !strings.Contains(w, "-") {
				return false
			}
		}
		return false
	}
	head := strings.TrimRight(s.text[:s.m.start], " \t")
	if w := lastWord(head); strings.EqualFold(w, "on") {
		head = strings.TrimRight(head[:len(head)-len(w)], " \t")
	}
	return scheduledEvents[strings.ToLower(lastWord(head))]
}

// firstMatch returns the start of the first match of re in text, or -1.
func firstMatch(re *regexp.Regexp, text string) int {
	if m := re.FindStringIndex(text); m != nil {
		return m[0]
	}
	return -1
}

// lastMatch returns the end of the last match of re in text, or -1.
func lastMatch(re *regexp.Regexp, text string) int {
	ms := re.FindAllStringIndex(text, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][1]
}

// Tense words, lower case. modals put a clause in the future ("could
// rule Tuesday", "would be paid in January"), unless "have" follows
// ("may have died Friday"); pastSimple are verbs in the simple past and
// past auxiliaries, pastParticiple verbs whose past form is also a
// participle, which put a clause in the past unless "be" comes before
// them ("will be held"). Verbs of saying are left out of both, as what is
// said may be about the future ("said the talks on Tuesday will ..."),
// but saidWords after a date ("on Tuesday said") put it in the past.
var (
	modals         = wordSet("would|could|might|must|should|can|may")
	pastSimple     = wordSet("was|were|had|did|wasn't|weren't|hadn't|didn't|came|began|went|took|gave|rose|fell|ate|wrote|spoke|broke|flew|grew|drew|chose|sank|struck|fought|saw|became|ran|threw|knew|stood")
	pastParticiple = wordSet("met|held|left|arrived|signed|launched|occurred|happened|died|killed|ended|closed|opened|started|completed|attacked|exploded|" +
		"found|made|got|brought|sent|kept|led|paid|sold|built|shot|caught|fled|won|lost|heard|thought|spent")
	saidWords = wordSet("said|told|announced|reported|added|declared|confirmed|disclosed|agreed")
)

// tenseWords calls f with each word of text (ASCII letters and
// apostrophes), its offsets and the lower-cased word before it, until f
// returns false.
func tenseWords(text string, f func(w string, start, end int, prev string) bool) {
	lower := tokenize.ASCIILower(text)
	prev := ""
	for i := 0; i < len(text); {
		c := lower[i]
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i
		for j < len(lower) && (lower[j] >= 'a' && lower[j] <= 'z' || lower[j] == '\'') {
			j++
		}
		w := lower[i:j]
		if text[i:j] == "May" || text[i] >= 'A' && text[i] <= 'Z' && strings.HasSuffix(w, "ed") {
			w = text[i:j] // the month; a name ("United") is no verb
		}
		if !f(w, i, j, prev) {
			return
		}
		prev = w
		i = j
	}
}

// tenseKind tells what the word w, after prev, says of the tense: 1 the
// future, -1 the past, 0 nothing.
func tenseKind(w, prev string) int {
	switch {
	case w == "have" && (modals[prev] || prev == "not"):
		return -1
	case modals[w]:
		return 1
	case w == "effect" && (prev == "take" || prev == "takes"):
		return 1
	case pastSimple[w]:
		return -1
	case pastParticiple[w] && prev != "be" && prev != "been" && prev != "being":
		return -1
	case regularPast(w) && !notPastBefore[prev]:
		return -1 // "returned Sunday", "postponed until Friday"
	case (w == "not" || w == "n't") && (prev == "would" || prev == "could"):
		return -1 // "could not be reached Friday"
	}
	return 0
}

// regularPast reports whether w, lower case, looks like a regular verb
// in the past tense ("returned", "agreed"): it ends in -ed, is not one of
// the participles that speak of plans ("scheduled", "expected"), not an
// adjective in un- ("unspecified") and not a word in -eed or -dred
// ("proceed", "hundred").
func regularPast(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || w[0] < 'a' || w[0] > 'z' || planParticiples[w] || strings.HasPrefix(w, "un") {
		return false
	}
	switch w[len(w)-3] {
	case 'e':
		return w == "agreed" || w == "freed" || w == "decreed" || w == "guaranteed"
	case 'r':
		return !strings.HasSuffix(w, "dred")
	}
	return true
}

var (
	// planParticiples are participles in -ed that speak of what is to
	// come ("is scheduled to", "the planned talks").
	planParticiples = wordSet("scheduled|expected|planned|slated|supposed|intended|proposed|designed|needed|required|" +
		"anticipated|projected|forecasted|predicted|estimated|destined|poised|prepared|committed|determined|set|due")
	// notPastBefore are the words after which a participle is no verb in
	// the past: a form of "be" (the passive: "will be held") or a
	// determiner (an adjective: "the wounded soldiers").
	notPastBefore = wordSet("be|been|being|is|are|am|the|a|an|his|her|its|their|our|my|your|this|that|these|those|of")
	// intentVerbs are the verbs of intent whose infinitive ("agreed
	// Monday to meet again Thursday", "hopes to finish by Friday") is
	// about what is to come.
	// Verbs of attempt ("tried to stop the march Sunday"), of choice told
	// as done ("voted to", "decided to") and orders told as given
	// ("ordered the crowd to leave Sunday") are left out: their
	// infinitive is as often what happened.
	intentVerbs = wordSet("agree|agrees|agreed|decide|decides|promise|promises|promised|vow|vows|vowed|" +
		"pledge|pledges|pledged|threaten|threatens|threatened|urge|urges|ask|asks|" +
		"hope|hopes|hoped|want|wants|intend|intends|aim|aims|expect|expects|prepare|prepares|ready|likely|unlikely|" +
		"plan|plans|planning|agreement|deadline|order|orders")
	// notVerbs are words after "to" that show it is a preposition.
	notVerbs = wordSet("the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|all|any|each|every|no|" +
		"him|them|us|me|it|power|office|court|prison|jail|death|hospital|safety|date|school|work|trial|war|record|" +
		"be|have")
)

// tenseMarks returns the ends of the last marks of the future and of the
// past in text, or -1. When intentCue is set, a verb of intent followed,
// within a few words, by an infinitive marks the future at the
// infinitive.
func tenseMarks(text string, intentCue bool) (fut, past int) {
	fut, past = -1, -1
	intent := -10 // word index of the last verb of intent
	n := 0
	tenseWords(text, func(w string, _, end int, prev string) bool {
		n++
		switch tenseKind(w, prev) {
		case 1:
			fut = end
		case -1:
			if w == "have" || !modals[prev] {
				past = end
			}
		}
		switch {
		case intentVerbs[w]:
			intent = n
		case intentCue && prev == "to" && n-intent <= 8 && !notVerbs[w] && w[0] >= 'a' && w[0] <= 'z':
			fut = end
		}
		return true
	})
	return fut, past
}

// firstTenseMarks returns the starts of the first marks of the future and
// of the past (verbs of saying included) in text, or -1.
func firstTenseMarks(text string) (fut, past int) {
	fut, past = -1, -1
	tenseWords(text, func(w string, start, _ int, prev string) bool {
		k := tenseKind(w, prev)
		switch {
		case k == 1 && fut < 0:
			fut = start
		case (k == -1 || saidWords[w]) && past < 0:
			past = start
		}
		return fut < 0 || past < 0
	})
	return fut, past
}

// presentVerbs are verbs of planned events that, in the present tense
// right before a date ("leaves Monday", "resume on Tuesday", "is
// Tuesday"), place it in the future.
var presentVerbs = wordSet("is|are|arrive|arrives|leave|leaves|begin|begins|start|starts|open|opens|resume|resumes|" +
	"end|ends|meet|meets|visit|visits|return|returns|go|goes|hold|holds|travel|travels|fly|flies|head|heads|" +
	"vote|votes|face|faces|expire|expires|close|closes|convene|convenes|reconvene|reconvenes|kick|kicks|" +
	"depart|departs|host|hosts|launch|launches|play|plays|take|takes|unveil|unveils|release|releases")

// presentBefore reports whether a verb of presentVerbs comes right before
// the current match, perhaps through a preposition ("on", "in", "by",
// "until"), an adverb ("again", "separately") or, for a verb of travel,
// "to" or "for" and a place name ("heads to Moscow on Monday").
func (s *state) presentBefore() bool {
	head := strings.TrimRight(s.text[:s.m.start], " \t")
	place := false // a place name was passed
	for range 6 {
		i := lastNonLetter(head)
		w := head[i+1:]
		switch {
		case w == "on" || w == "in" || w == "at" || w == "by" || w == "until" || w == "again" || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "early":
			// "meet again on Friday", "meet separately Monday", "starts in
			// November", "expires at midnight Wednesday"
			head = strings.TrimRight(head[:i+1], " \t")
			continue
		case !place && w != "" && w[0] >= 'A' && w[0] <= 'Z' && i >= 0 && head[i] == ' ':
			// "heads to Moscow on Monday", "leaves for South Africa
			// Sunday": a place name, after "to" or "for", that the verb
			// of travel is about
			j := i
			for k := 0; k < 3; k++ {
				h := strings.TrimRight(head[:j+1], " \t")
				p := strings.LastIndexByte(h, ' ')
				pw := h[p+1:]
				if pw == "to" || pw == "for" {
					head = strings.TrimRight(h[:p+1], " \t")
					place = true
					break
				}
				if pw == "" || pw[0] < 'A' || pw[0] > 'Z' || p < 0 {
					return false
				}
				j = p
			}
			if !place {
				return false
			}
			continue
		case w != "" && w[0] >= 'a' && w[0] <= 'z':
			return presentVerbs[w] && (!place || travelVerbs[w])
		}
		return false
	}
	return false
}

// travelVerbs are the verbs of presentVerbs that take a place after "to"
// or "for" ("heads to Moscow", "leaves for Nairobi").
var travelVerbs = wordSet("leave|leaves|go|goes|head|heads|travel|travels|fly|flies|return|returns|depart|departs")

// pastVerbs are verbs in the past tense that, right before a date
// ("said Friday", "announced on Tuesday"), place it in the past whatever
// the rest of the clause says.
var pastVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "met": true, "was": true, "were": true,
	"came": true, "began": true, "went": true, "took": true, "held": true, "made": true, "gave": true,
	"left": true, "arrived": true, "signed": true, "agreed": true, "declared": true, "launched": true,
	"occurred": true, "happened": true, "died": true, "killed": true, "ended": true, "closed": true,
	"rose": true, "fell": true, "added": true, "issued": true, "released": true, "confirmed": true,
	"disclosed": true, "filed": true, "opened": true, "started": true, "completed": true, "decided": true,
}

// reportedPast reports whether the current match directly follows a verb
// in the past tense, perhaps through a preposition ("said on Friday").
func (s *state) reportedPast() bool {
	head := strings.TrimRight(s.text[:s.m.start], " \t")
	for range 2 {
		i := lastNonLetter(head)
		w := strings.ToLower(head[i+1:])
		switch {
		case pastVerbs[w] || regularPast(w):
			// not a participle after "be" ("will be held on Sunday")
			pw := strings.ToLower(lastWord(strings.TrimRight(head[:i+1], " \t")))
			return pw != "be" && pw != "been"
		case w == "on" || w == "in" || w == "late" || w == "early" || w == "earlier":
			head = strings.TrimRight(head[:i+1], " \t")
			continue
		}
		return false
	}
	return false
}

// saidJustBefore reports whether before, the lower-cased clause ahead of
// a date, ends in a verb of saying in the past and at most four words
// that are no verbs ("told parliament on Tuesday that ...", "said in a
// statement Monday"), and after, the text after the date, does not go
// on with a verb of its own ("said the talks Tuesday will ..."): the
// date is then when it was said.
func saidJustBefore(before, after string) bool {
	// the last six words of before, the last at ring[(n-1)%6]
	var ring [6]string
	n := 0
	tenseWords(before, func(w string, _, _ int, _ string) bool {
		ring[n%len(ring)] = w
		n++
		return true
	})
	said := false
	for i := n - 1; i >= 0 && i >= n-5; i-- {
		w := ring[i%len(ring)]
		if saidWords[w] {
			said = true
			break
		}
		prev := ""
		if i > 0 {
			prev = ring[(i-1)%len(ring)]
		}
		if tenseKind(w, prev) != 0 || w == "that" || w == "to" || w == "will" || w == "is" || w == "are" || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	if !said {
		return false
	}
	next := ""
	tenseWords(after, func(w string, _, _ int, _ string) bool {
		next = w
		return false
	})
	switch {
	case modals[next], next == "will", next == "won't", next == "shall", next == "is", next == "are", next == "to", next == "be":
		return false
	}
	return true
}

// lastWord returns the run of ASCII letters that ends text.
func lastWord(text string) string {
	return text[lastNonLetter(text)+1:]
}

// lastNonLetter returns the offset of the last byte of the last rune in
// text that is no ASCII letter, or -1: text[i+1:] is the run of letters
// that ends text, also after a curly quote or a dash of several bytes.
func lastNonLetter(text string) int {
	return lastByteOf(text, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
}

// lastByteOf returns the offset of the last byte of the last rune in
// text for which f holds, or -1.
func lastByteOf(text string, f func(rune) bool) int {
	i := strings.LastIndexFunc(text, f)
	if i < 0 {
		return -1
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + n - 1
}

// lastSentenceEnd returns the offset of the last mark in text that ends
// a sentence, or -1.
func lastSentenceEnd(text string) int {
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case '!', '?', '\n':
			return i
		case '.':
			if sentenceEnd(text, i) {
				return i
			}
		}
	}
	return -1
}

// sentenceEnd reports whether the full stop at text[i] ends a sentence:
// it is followed by white space (or the end of text) and does not close
// an initial ("P.") or a short capitalised abbreviation ("Mr.", "Inc.",
// "Oct.").
func sentenceEnd(text string, i int) bool {
	if i+1 < len(text) && !isSpace(text[i+1]) {
		return false
	}
	j := i
	for j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= 'A' && text[j-1] <= 'Z') {
		j--
	}
	w := text[j:i]
	switch {
	case len(w) == 1:
		return false
	case len(w) >= 2 && len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z':
		return false
	}
	return true
}

// weekday resolves a day name: "last"/"next" step strictly back or
// forward (from the last day mentioned for "the previous"/"the
// following"), "this" takes the day in the DCT's ISO week, and a bare name is
// the DCT itself or the nearest such day in the past, or in the future
// when the clause is about the future.
func (s *state) weekday(wd time.Weekday, rel string) time.Time {
	d := s.dct
	if (rel == "the previous" || rel == "the following") && s.last.g >= gDay {
		d = day(s.last.t) // "the previous Friday": before the day last told of
	}
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(d.Weekday()) + 7) % 7
	switch rel {
	case "last", "this past", "the previous", "past", "passada", "passado", "última", "último", "지난":
		if back == 0 {
			back = 7
		}
		return d.AddDate(0, 0, -back)
	case "next", "this coming", "coming", "the following", "próxima", "próximo", "다음", "오는":
		if fwd == 0 {
			fwd = 7
		}
		return d.AddDate(0, 0, fwd)
	case "this", "nesta", "neste", "이번":
		// the day of that name in the DCT's (ISO, Monday-first) week
		iso := (int(d.Weekday()) + 6) % 7
		want := (int(wd) + 6) % 7
		return d.AddDate(0, 0, want-iso)
	}
	if back == 0 {
		return d
	}
	// A weak cue of the future (a modal in a clause a comma has closed:
	// "said it would not bargain, in remarks to reporters Monday") does
	// not outweigh a nearer past occurrence; a plan word or modal
	// governing the date does ("is scheduled to close Monday").
	if s.future() && !(s.m.weakFut && back < fwd) {
		return d.AddDate(0, 0, fwd)
	}
	return d.AddDate(0, 0, -back)
}

// monthYear picks the year of a month named without one.
func (s *state) monthYear(m time.Month, rel string) int {
	y, dm := s.dct.Year(), s.dct.Month()
	switch rel {
	case "last", "passado":
		// "last February" said in March is a year back: the month just
		// gone would be "last month".
		if m >= dm-1 {
			return y - 1
		}
		return y
	case "this past":
		if m >= dm {
			return y - 1
		}
		return y
	case "next", "this coming", "próximo":
		if m <= dm {
			return y + 1
		}
		return y
	case "this", "este":
		return y
	}
	if m == dm {
		return y
	}
	if m > dm {
		if s.future() || int(m-dm) <= 1 || s.electionAfter() {
			return y
		}
		return y - 1
	}
	// A month gone this year is next year's in a clause that a modal
	// or a plan puts in the future ("will meet in March" said in June);
	// a present tense ("the vote is in June") or a deadline alone is
	// too weak a cue for a month gone less than five months back.
	if s.future() && (int(dm-m) > 4 || !s.m.weakFut && s.futureMarkBefore()) {
		return y + 1
	}
	return y
}

// futureMarkBefore reports whether the clause before the current match
// holds a mark of the future: a modal, "will", or a word of plan. A
// Korean clause ends in its verb and its noun of plan ("3월에 열릴
// 예정이다"), so there the mark that made the clause one about the
// future (see clauseFuture) counts wherever it stands.
func (s *state) futureMarkBefore() bool {
	if s.m.rule.script == hangul {
		return s.future()
	}
	before := s.lower[max(0, s.m.start-80):s.m.start]
	if i := lastSentenceEnd(before); i >= 0 {
		before = before[i+1:]
	}
	fut, past := tenseMarks(before, true)
	if f := lastMatch(futureCue, before); f > fut {
		fut = f
	}
	return fut > past
}

// electionWords are the nouns of votes held on a date fixed long
// before; adjectives are words that may stand between a month and one.
var (
	electionWords      = wordSet("election|elections|vote|primary|primaries|caucus|caucuses|referendum|runoff|polls|ballot")
	electionAdjectives = wordSet("general|presidential|congressional|midterm|mid-term|legislative|parliamentary|local|state|national|federal|gubernatorial|senate|house")
)

// electionAfter reports whether the current match, a month, names when
// an election is held ("the November election", "November's
// presidential vote"): told of before the month has come round, that is
// the one ahead, not the one gone.
func (s *state) electionAfter() bool {
	rest := s.text[s.m.end:]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "\u2019s")
	words := strings.Fields(rest[:min(len(rest), 60)])
	for i, w := range words {
		if i == 3 {
			break
		}
		w = strings.ToLower(strings.TrimRight(w, ".,;:!?\"')"))
		if electionWords[w] {
			return true
		}
		if !electionAdjectives[w] {
			return false
		}
	}
	return false
}

// closestYear places a month and day written without a year: in the
// DCT's year, unless that is more than three months ahead in a clause
// not about the future (then the year before), or more than six months
// back in one about the future (then the year after). A strong mark of
// the future governing the date ("will take effect June 1", "the pact
// effective June 1") moves any date more than a week gone to the year
// after: a plan is not told of a day already past.
func (s *state) closestYear(m time.Month, d int) time.Time {
	y := s.dct.Year()
	t := ymd(y, m, d)
	switch fut := s.future(); {
	case t.After(s.dct.AddDate(0, 3, 0)) && !fut:
		y--
	case t.After(s.dct.AddDate(0, 0, pastSlack)) && !fut && s.m.pastCue && !deadlineBefore(s.lower[:s.m.start]):
		// "since Oct. 7", "the attack that began on Oct. 7" told in
		// August: a day gone by, so the year before
		y--
	case t.Before(s.dct.AddDate(0, -6, 0)) && fut:
		y++
	case t.Before(s.dct.AddDate(0, 0, -7)) && fut && !s.m.weakFut:
		y++
	}
	return ymd(y, m, d)
}

// pastSlack is how many days after the DCT a month and day told of in
// the past tense may lie and still be taken for the DCT's year: a story
// may be dated a day or two before the events it reports, and a verb in
// the past may govern a clause that sets a date to come ("asked it to
// respond Oct. 31").
const pastSlack = 14

// deadlineBefore reports whether before, the lower-cased text ahead of
// a date, ends in a word that makes the date a bound ("by", "until",
// "before", "ahead of"), which a past tense does not place in the past
// ("extended the offer until Nov. 9").
func deadlineBefore(before string) bool {
	switch lastWord(strings.TrimRight(before, " \t")) {
	case "by", "until", "till", "through", "before", "to":
		return true
	}
	return boundBefore(before)
}

// dayOfMonth resolves "the 11th": the DCT's month when that day is not
// after the DCT, else the month before (news reports the past), or the
// next month when the clause is about the future.
func (s *state) dayOfMonth(d int, future bool) (time.Time, bool) {
	y, m, today := s.dct.Date()
	if future {
		if d < today {
			m++
		}
	} else if d > today {
		m--
	}
	t := ymd(y, m, 1)
	if d > daysIn(t.Year(), t.Month()) {
		return time.Time{}, false
	}
	return ymd(t.Year(), t.Month(), d), true
}

// monthName reports a lower-cased month name (not an abbreviation) of
// one of the languages the rules read.
func monthName(w string) bool {
	if _, ok := ptMonths[w]; ok {
		return true
	}
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
		"januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
		"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
		"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre":
		return true
	}
	return false
}
