package timex

import "strings"

// This file holds the prefilters of the rules whose keywords are common
// words ("year", "may", "day"): each finds the keyword occurrences that
// the rule's pattern could use, by conditions every match meets (the word
// before or after the keyword), so that the pattern runs on few windows.
// They read the ASCII-lower-cased text, as the patterns do.

// isSpaceSep reports whether c is white space as the patterns' \s.
func isSpaceSep(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// eachAtWordStart calls f with the offset of every occurrence of each key
// that starts a word.
func eachAtWordStart(kw *keywords, keys []string, f func(p, n int)) {
	for _, k := range keys {
		for _, p := range kw.starts(k) {
			f(p, len(k))
		}
	}
}

// prevWord returns the run of ASCII letters and digits that ends where
// the separators (bytes sep accepts) before offset p begin, and how many
// separators there were.
func prevWord(lower string, p int, sep func(byte) bool) (string, int) {
	i := p
	for i > 0 && sep(lower[i-1]) {
		i--
	}
	j := i
	for j > 0 && isWordByte(lower[j-1]) {
		j--
	}
	return lower[j:i], p - i
}

// afterWord returns the offset after the run of ASCII letters at p, an
// optional period (abbreviations: "sept.") and white space.
func afterWord(lower string, p int) int {
	for p < len(lower) && lower[p] >= 'a' && lower[p] <= 'z' {
		p++
	}
	if p < len(lower) && lower[p] == '.' {
		p++
	}
	for p < len(lower) && isSpaceSep(lower[p]) {
		p++
	}
	return p
}

func isSpaceOrHyphen(c byte) bool { return isSpaceSep(c) || c == '-' }

var (
	monthKeys = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	unitKeys  = []string{"second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur", "millenni", "fortnight"}
	// numberEnds are the words that can end reNumber, or be the adjective
	// between it and the unit, in numUnit's pattern.
	numberEnds = wordSet(reNumWord + "|of|dozen|half|a|an|several|few|many|some|" +
		"more|additional|straight|consecutive|full|trading|business|calendar|long|short|whole|extra|odd")
	// relWords end relUnit's "rel" group.
	relWords = wordSet("this|last|next|past|coming|current|previous|prior|following|same|that|latest|preceding")
)

func wordSet(alts string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(alts, "|") {
		m[w] = true
	}
	return m
}

// nearNumberUnit finds the units after a number ("three years", "a few
// days", "2 1/2 consecutive weeks"): numUnit's pattern joins them with
// white space or hyphens.
func nearNumberUnit(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	eachAtWordStart(kw, unitKeys, func(p, n int) {
		w, gap := prevWord(lower, p, isSpaceOrHyphen)
		if gap > 0 && w != "" && (isDigit(w[len(w)-1]) || numberEnds[w]) {
			at(p, n)
		}
	})
}

// nearMonthDay finds the months followed by a day ("May 5", "Sept. 5th",
// "March fifth"), as monthDay's first pattern needs.
func nearMonthDay(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	eachAtWordStart(kw, monthKeys, func(p, n int) {
		if i := afterWord(lower, p); i < len(lower) && (isDigit(lower[i]) || strings.IndexByte("fsten", lower[i]) >= 0) {
			at(p, n)
		}
	})
}

// nearDayMonth finds the months after a day ("5 May", "the 5th of May"),
// as monthDay's second pattern needs.
func nearDayMonth(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	eachAtWordStart(kw, monthKeys, func(p, n int) {
		w, gap := prevWord(lower, p, isSpaceSep)
		if w == "of" {
			w, gap = prevWord(lower, p-gap-len(w), isSpaceSep)
		}
		if gap == 0 || w == "" {
			return
		}
		if k := len(w); isDigit(w[k-1]) || k > 2 && isDigit(w[k-3]) && ordinalSuffix(w[k-2:]) {
			at(p, n)
		}
	})
}

func ordinalSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// nearMonthYear finds the months followed by a year ("May 2024", "May of
// 2024", "Sept., 2024"), as monthYear needs.
func nearMonthYear(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	eachAtWordStart(kw, monthKeys, func(p, n int) {
		i := afterWord(lower, p)
		if strings.HasPrefix(lower[i:], "of") {
			i += 2
			for i < len(lower) && isSpaceSep(lower[i]) {
				i++
			}
		}
		if i < len(lower) && lower[i] == ',' {
			i++
		}
		for i < len(lower) && isSpaceSep(lower[i]) {
			i++
		}
		if i+4 <= len(lower) && startsYear(lower[i:]) {
			at(p, n)
		}
	})
}

// startsYear reports whether s starts with a year reYear matches.
func startsYear(s string) bool {
	return len(s) >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) &&
		(s[0] == '1' && s[1] >= '5' || s[0] == '2' && s[1] == '0')
}

// unitsAfter returns a prefilter for the units that follow one of words,
// or one of words and then "fiscal", "calendar", "financial" or "full" when
// fiscal is set.
func unitsAfter(units []string, words map[string]bool, fiscal bool) func(*keywords, func(p, n int)) {
	return func(kw *keywords, at func(p, n int)) {
		lower := kw.lower
		eachAtWordStart(kw, units, func(p, n int) {
			w, gap := prevWord(lower, p, isSpaceSep)
			if fiscal && (w == "fiscal" || w == "calendar" || w == "financial" || w == "full") {
				w, gap = prevWord(lower, p-gap-len(w), isSpaceSep)
			}
			if gap > 0 && words[w] {
				at(p, n)
			}
		})
	}
}

var (
	theWord   = wordSet("the")
	sameWords = wordSet("same|that")
)

// nearClock finds "a.m.", "pm" and the like after a number ("5 p.m.",
// "10:30am"), as clock's pattern needs.
func nearClock(kw *keywords, at func(p, n int)) {
	for _, k := range [...]string{"a.m", "p.m", "am", "pm"} {
		for _, p := range kw.offsets(k) {
			i := p
			for i > 0 && isSpaceSep(kw.lower[i-1]) {
				i--
			}
			if i > 0 && isDigit(kw.lower[i-1]) {
				at(p, len(k))
			}
		}
	}
}

// nearNthDay finds "day" after an ordinal ("second day", "100th
// consecutive day"), as nthDay's pattern needs.
func nearNthDay(kw *keywords, at func(p, n int)) {
	lower := kw.lower
	for _, p := range kw.starts("day") {
		if p+3 < len(lower) && isWordByte(lower[p+3]) {
			continue // "days", "daylight"
		}
		w, gap := prevWord(lower, p, isSpaceSep)
		if w == "straight" || w == "consecutive" {
			w, gap = prevWord(lower, p-gap-len(w), isSpaceSep)
		}
		if gap == 0 || len(w) < 3 {
			continue
		}
		if _, ok := ordinals[w]; ok || isDigit(w[0]) && ordinalSuffix(w[len(w)-2:]) {
			at(p, 3)
		}
	}
}
