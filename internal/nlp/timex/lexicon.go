package timex

import (
	"strconv"
	"strings"
	"time"
)

// Regular-expression fragments shared by the rules. They are matched
// case-insensitively; rules that need case (the month "May", the verb
// "march") check the original text.
const (
	// reMonthName is a month's name or abbreviation ("Sept.", "Aug"; not
	// "Mar" nor "Sep" without the stop): each month's forms share their
	// first letters, which keeps the compiled patterns short enough for
	// the regexp package's faster (backtracking) matcher.
	reMonthName = `jan(?:uary\b|\.|\b)|feb(?:ruary\b|\.|\b)|mar(?:ch\b|\.)|apr(?:il\b|\.|\b)|may\b|jun(?:e\b|\.|\b)|` +
		`jul(?:y\b|\.|\b)|aug(?:ust\b|\.|\b)|sep(?:tember\b|t\.|\.|t\b)|oct(?:ober\b|\.|\b)|nov(?:ember\b|\.|\b)|dec(?:ember\b|\.|\b)`
	reWeekday = `(?:mon|tues|wednes|thurs|fri|satur|sun)day`
	reNumWord = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred`
	reNumber  = `(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|(?:` + reNumWord + `)(?:[\s-]hundred)?|(?:a\s+)?couple\s+of|half\s+a\s+dozen|a\s+dozen|a\s+half|half\s+an?|a|an|several|a\s+few|few|many|some|dozens\s+of|hundreds\s+of|a\s+number\s+of)`
	reUnit    = `seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a)`
	reYear    = `(?:1[5-9]\d\d|20\d\d)`
	reOrdinal = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first`
	// reOrdinalLoose holds every ordinal of reOrdinal and a few
	// non-words ("thirty-second") that the rules using it reject, in a
	// shorter pattern.
	reOrdinalLoose = `(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`
	reApprox       = `(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+)?`
	reDayPart      = `morning|afternoon|evening|night`
	rePosition     = `(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?`
)

// reSpokenYearTail is the part of a year said in words after "nineteen"
// or "twenty" ("ninety-four", "oh five").
const reSpokenYearTail = `(?P<sd>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))`

var monthNum = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// month parses an English month name or abbreviation.
func month(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNum[s[:3]]
}

var ptMonths = map[string]time.Month{
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
	"julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	// Portuguese
	"domingo": time.Sunday, "segunda-feira": time.Monday, "terça-feira": time.Tuesday, "quarta-feira": time.Wednesday,
	"quinta-feira": time.Thursday, "sexta-feira": time.Friday, "sábado": time.Saturday,
	"segunda": time.Monday, "terça": time.Tuesday, "quarta": time.Wednesday, "quinta": time.Thursday, "sexta": time.Friday,
	// Korean
	"일요일": time.Sunday, "월요일": time.Monday, "화요일": time.Tuesday, "수요일": time.Wednesday,
	"목요일": time.Thursday, "금요일": time.Friday, "토요일": time.Saturday,
}

var numWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a half": 0.5, "half a": 0.5, "half an": 0.5, "a dozen": 12, "a couple of": 2, "couple of": 2, "half a dozen": 6,
	// Portuguese
	"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
	"oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "vinte": 20, "trinta": 30,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
	"twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
	"thirtieth": 30, "thirty-first": 31, "last": 4,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// number parses a quantity; it returns -1 for vague ones ("several")
// and ok=false when s is not a number at all.
func number(s string) (float64, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return 0, false
	}
	half := 0.0
	if strings.HasSuffix(s, " 1/2") {
		half = 0.5
		s = strings.TrimSuffix(s, " 1/2")
	}
	if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return f + half, true
	}
	if v, ok := numWords[s]; ok {
		return v, true
	}
	switch s {
	case "several", "a few", "few", "many", "some", "dozens of", "hundreds of", "a number of", "vários", "várias", "alguns", "algumas":
		return -1, true
	}
	// "twenty-five", "twenty five"
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' })
	if len(parts) == 2 {
		a, ok1 := numWords[parts[0]]
		b, ok2 := numWords[parts[1]]
		if ok1 && ok2 {
			if b == 100 {
				return a * 100, true
			}
			return a + b, true
		}
	}
	return 0, false
}

// unitOf maps a unit word (English, Portuguese or Korean) to a
// granularity and a duration unit letter.
func unitOf(s string) (gran, string) {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "sec"), strings.HasPrefix(s, "segundo"), s == "초":
		return gMinute, "S"
	case strings.HasPrefix(s, "min"), s == "분":
		return gMinute, "MIN"
	case strings.HasPrefix(s, "hour"), strings.HasPrefix(s, "hora"), s == "시간":
		return gMinute, "H"
	case strings.HasPrefix(s, "day"), strings.HasPrefix(s, "night"), strings.HasPrefix(s, "dia"), s == "일":
		return gDay, "D"
	case strings.HasPrefix(s, "weekend"), strings.HasPrefix(s, "fim"):
		return gWeekend, "WE"
	case strings.HasPrefix(s, "week"), strings.HasPrefix(s, "semana"), s == "주", s == "주일":
		return gWeek, "W"
	case strings.HasPrefix(s, "fortnight"):
		return gWeek, "2W"
	case strings.HasPrefix(s, "month"), strings.HasPrefix(s, "mes"), strings.HasPrefix(s, "mês"), s == "개월", s == "달":
		return gMonth, "M"
	case strings.HasPrefix(s, "quarter"), strings.HasPrefix(s, "trimestre"), s == "분기":
		return gQuarter, "Q"
	case strings.HasPrefix(s, "year"), strings.HasPrefix(s, "ano"), s == "년", s == "해":
		return gYear, "Y"
	case strings.HasPrefix(s, "decade"), strings.HasPrefix(s, "década"):
		return gDecade, "DE"
	case strings.HasPrefix(s, "centur"), strings.HasPrefix(s, "século"):
		return gCentury, "CE"
	case strings.HasPrefix(s, "millenni"):
		return gCentury, "ML"
	}
	return gNone, ""
}
