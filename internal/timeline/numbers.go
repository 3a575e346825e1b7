package timeline

import (
	"strconv"
	"strings"
	"unicode"
)

// numberWords are the counts news writes out in English.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100, "dozen": 12,
}

// notCounted are words that, after a number, name no counted thing.
var notCounted = map[string]bool{
	"of": true, "and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "the": true, "a": true,
	"more": true, "than": true, "times": true, "time": true, "years": true, "year": true, "months": true, "month": true,
	"days": true, "day": true, "weeks": true, "week": true, "hours": true, "hour": true, "minutes": true, "am": true,
	"pm": true, "a.m.": true, "p.m.": true, "th": true, "st": true, "nd": true, "rd": true, "for": true, "by": true,
	"with": true, "from": true, "after": true, "before": true, "as": true, "that": true, "who": true, "which": true,
}

// count is a number a sentence gives of some thing: "12 people",
// "seven North Korean nationals".
type count struct {
	noun  string // the counted thing, folded and singular
	value int
}

// counts finds the counted things of a sentence. Years, days of months
// and clock times are not counts.
func counts(ws []word) []count {
	var out []count
	for i, w := range ws {
		n, ok := numberWords[w.fold]
		if !ok {
			v, err := strconv.Atoi(strings.ReplaceAll(w.text, ",", ""))
			if err != nil || v <= 0 {
				continue
			}
			if len(w.text) == 4 && v >= 1800 && v <= 2100 {
				continue // a year
			}
			n = v
		}
		if i > 0 && isMonth(ws[i-1].fold) || i+1 < len(ws) && isMonth(ws[i+1].fold) {
			continue // a day of a month
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			f := ws[k].fold
			if notCounted[f] {
				break
			}
			if startsUpper(ws[k].text) {
				continue // "seven North Korean nationals"
			}
			if !unicode.IsLetter([]rune(f)[0]) {
				break
			}
			out = append(out, count{noun: strings.TrimSuffix(f, "s"), value: n})
			break
		}
	}
	return out
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

func isMonth(f string) bool { return months[strings.TrimSuffix(f, ".")] }
