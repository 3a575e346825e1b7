package timex

import (
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// An offset from someone's taking office ("four months after taking
// office", "100 days into his presidency") is a calendar date when the
// text has told when that was ("Trump was sworn in on January 20,
// 2017"). The rules here find both halves: officeCue marks a sentence
// about taking office, so that its date becomes the anchor, and
// officeTail the words after a duration that count it from that day.
// Without such a date in the text, a Tagger that knows the terms of
// office asks them for the person the sentence names ("the Donald Trump
// administration ... four months after taking office", in June 2025);
// else the duration stays a duration, as TimeML annotates "three days
// after the invasion".
var (
	officeCue  = regexp.MustCompile(`\b(?:(?:took|take|takes|taking|assumed|assume|assumes|assuming)\s+office|sworn\s+in|inaugurat(?:ed|ion)|(?:came|come|comes|coming)\s+to\s+power|took\s+power)\b`)
	officeTail = regexp.MustCompile(`^\s+(?:after|into|since)\s+(?:(?:his|her|their|the)\s+)?(?:(?:taking|assuming)\s+office|(?:being\s+)?sworn\s+in|swearing-in|inauguration|coming\s+to\s+power|(?:first\s+|second\s+)?(?:presidency|premiership|term|tenure|administration))\b`)
)

// officeSentence reports whether the sentence of the current match tells
// of someone taking office.
func (s *state) officeSentence() bool {
	if len(s.lower) != len(s.text) {
		s.lower = tokenize.ASCIILower(s.text)
	}
	if s.officeWords == 0 {
		s.officeWords = 2
		for _, w := range []string{"office", "sworn", "inaugurat", "power"} {
			if strings.Contains(s.lower, w) {
				s.officeWords = 1
			}
		}
	}
	if s.officeWords == 2 {
		return false // most texts: none of officeCue's words
	}
	lo := max(0, s.m.start-200)
	before := s.lower[lo:s.m.start]
	if i := lastSentenceEnd(before); i >= 0 {
		before = before[i+1:]
	}
	after := s.lower[s.m.end:min(len(s.lower), s.m.end+120)]
	if i := strings.IndexAny(after, ".!?\n"); i >= 0 {
		after = after[:i]
	}
	return officeCue.MatchString(before) || officeCue.MatchString(after)
}

// officeOffset reads a duration of n units of granularity g followed by
// officeTail as a date counted from the office anchor: the date and the
// byte offset where the expression then ends. It needs the anchor to be
// at least as fine as the unit ("in January 2017" and "four months"),
// so that the date is known to the unit.
func (s *state) officeOffset(end int, n float64, g gran) (ref, int, bool) {
	if n != float64(int(n)) || n < 0 || g < gYear || g > gDay || g == gWeekend {
		return ref{}, 0, false
	}
	if len(s.lower) != len(s.text) {
		s.lower = tokenize.ASCIILower(s.text)
	}
	loc := officeTail.FindStringIndex(s.lower[end:min(len(s.lower), end+60)])
	if loc == nil {
		return ref{}, 0, false
	}
	a, ok := s.office, true
	if a.g == gNone {
		a, ok = s.tookOfficeBefore()
	}
	if !ok {
		return ref{}, 0, false
	}
	rg := g
	if g == gWeek {
		rg = gDay // weeks are counted in days from a day
	}
	if a.g < rg || a.g == gWeek || a.g == gWeekend {
		return ref{}, 0, false
	}
	return ref{t: shift(a.t, int(n), g), g: rg}, end + loc[1], true
}

// tookOfficeBefore asks Tagger.TookOffice for the day on which the person
// named last in the sentence before the current match took office.
func (s *state) tookOfficeBefore() (ref, bool) {
	if s.tookOffice == nil || !s.known {
		return ref{}, false
	}
	before := s.text[max(0, s.m.start-300):s.m.start]
	if i := lastSentenceEnd(before); i >= 0 {
		before = before[i+1:]
	}
	t, ok := s.tookOffice(before, s.dct)
	if !ok {
		return ref{}, false
	}
	return ref{t: t, g: gDay}, true
}
