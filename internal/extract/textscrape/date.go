package textscrape

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Date is a calendar date of known precision. Month and Day are 0 when the
// expression did not name them; Year is 0 when it did not name the year (a
// news dateline such as "SEOUL, June 12 (Yonhap) —").
type Date struct {
	Year, Month, Day int
}

// Precision reports how much of the date is known: "day", "month",
// "year", or "" when the year is missing.
func (d Date) Precision() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return "year"
	case d.Day == 0:
		return "month"
	}
	return "day"
}

// String formats the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY" by its
// precision; a date without a year formats as "--MM-DD" (ISO 8601's
// form for a recurring day).
func (d Date) String() string {
	switch d.Precision() {
	case "day":
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case "month":
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case "year":
		return fmt.Sprintf("%04d", d.Year)
	}
	if d.Month > 0 && d.Day > 0 {
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	}
	return ""
}

// monthNames maps lower-case month names and abbreviations in English,
// Spanish, Portuguese, French, German, Italian and Dutch to 1–12.
var monthNames = func() map[string]int {
	m := map[string]int{}
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	}
	for _, l := range lists {
		for i, name := range l {
			m[name] = i + 1
		}
	}
	for k, v := range map[string]int{"sept": 9, "setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12, "marz": 3, "jänner": 1, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2, "mai": 5, "set": 9, "out": 10, "dez": 12, "okt": 10, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "mrt": 3, "mei": 5} {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
	return m
}()

// The date patterns, tried in order; each names its groups y, m, d or mn
// (month name).
var datePatterns = []*regexp.Regexp{
	// 2025년 6월 12일, 2025年6月12日
	regexp.MustCompile(`(?P<y>\d{4})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]`),
	// 2025-06-12, 2025.06.12, 2025/6/12, 2025. 6. 12.
	regexp.MustCompile(`(?P<y>\d{4})(?:-|/|\.\s?)(?P<m>\d{1,2})(?:-|/|\.\s?)(?P<d>\d{1,2})(?:[^\d]|$)`),
	// 12.06.2025, 12/06/2025 (day first)
	regexp.MustCompile(`(?:^|[^\d])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?:[^\d]|$)`),
	// 31 de agosto de 2025, 31 August 2025, 31. August 2025, 1er mai 2025
	regexp.MustCompile(`(?i)(?:^|[^\pL\d])(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?(?P<mn>\pL{3,10})\.?,?\s+(?:de\s+|del\s+)?(?P<y>\d{4})(?:[^\d]|$)`),
	// August 31, 2025; Aug. 31 2025
	regexp.MustCompile(`(?i)(?:^|[^\pL])(?P<mn>\pL{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?:[^\d]|$)`),
	// August 2025, agosto de 2025
	regexp.MustCompile(`(?i)(?:^|[^\pL\d])(?P<mn>\pL{3,10})\.?,?\s+(?:de\s+)?(?P<y>\d{4})(?:[^\d]|$)`),
}

// FindDate returns the first complete date expression in s (year and
// month at least, in any of the forms ParseDate accepts) with the byte
// span it occupies.
func FindDate(s string) (d Date, start, end int, ok bool) {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return Date{}, 0, 0, false
	}
	for _, re := range datePatterns {
		for _, loc := range re.FindAllStringSubmatchIndex(s, 16) {
			if d, ok := dateFromMatch(re, s, loc); ok {
				return d, loc[0], loc[1], true
			}
		}
	}
	return Date{}, 0, 0, false
}

func dateFromMatch(re *regexp.Regexp, s string, loc []int) (Date, bool) {
	var d Date
	for i, name := range re.SubexpNames() {
		if name == "" || loc[2*i] < 0 {
			continue
		}
		v := s[loc[2*i]:loc[2*i+1]]
		switch name {
		case "y":
			d.Year, _ = strconv.Atoi(v)
		case "m":
			d.Month, _ = strconv.Atoi(v)
		case "d":
			d.Day, _ = strconv.Atoi(v)
		case "mn":
			if d.Month = monthNames[strings.ToLower(v)]; d.Month == 0 {
				return d, false
			}
		}
	}
	return d, validDate(d)
}

func validDate(d Date) bool {
	if d.Year < 1900 || d.Year > 2100 || d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Day > 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

var (
	timeRe = regexp.MustCompile(`(?i)\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?|uhr|hrs?|h))?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|[+-]\d{2}:?\d{2}|\d{1,2}\s*[시時]\s*(?:\d{1,2}\s*[분分])?`)
	wordRe = regexp.MustCompile(`[\pL\pM]+`)
)

// dateNoise holds the words a date-only line may carry besides the date:
// labels, weekdays, time zones, prepositions, in several languages.
var dateNoise = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		updated update published posted date dated on at by last modified created first am pm a m p
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		et est edt ct cst cdt pt pst pdt gmt utc bst cet cest kst jst ist aest hkt sgt wib msk
		atualizado atualizada publicado publicada em às as de do da
		segunda terça quarta quinta sexta feira sábado domingo
		actualizado actualizada el a las del lunes martes miércoles jueves viernes
		publié publiée mis à jour le lundi mardi mercredi jeudi vendredi samedi dimanche
		veröffentlicht aktualisiert stand am um uhr montag dienstag mittwoch donnerstag freitag samstag sonntag
		pubblicato aggiornato il alle lunedì martedì mercoledì giovedì venerdì sabato domenica
		입력 수정 업데이트 기사입력 최종수정 승인 송고 등록 발행 오전 오후 일 월 화 수 목 금 토
		更新 发布 發佈 公開 日 月 火 水 木 金 土 時間 时间 発表`) {
		m[w] = true
	}
	return m
}()

// ParseDate parses s when the whole of it is a date, as on a page's date
// line: "Sunday, August 31, 2025", "2017-09-15 17:05", "Updated:
// 2017-09-15 17:05", "31 de agosto de 2025", "2025년 6월 12일",
// "2025.06.12", "12.06.2025", "June 2025". Labels, weekdays, times and time
// zones around the date are allowed; any other word makes it fail, so a
// sentence that mentions a date is not a date line. Numeric day-month
// orders are read year-month-day or day-month-year, never month-first.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 120 {
		return Date{}, false
	}
	d, start, end, ok := FindDate(s)
	if !ok {
		return Date{}, false
	}
	rest := s[:start] + " " + s[end:]
	rest = timeRe.ReplaceAllString(rest, " ")
	for _, w := range wordRe.FindAllString(rest, -1) {
		if !dateNoise[strings.ToLower(w)] {
			return Date{}, false
		}
	}
	// Any digits left over mean something else (a second date is fine
	// only when it is a time; a score or count is not).
	for _, r := range rest {
		if unicode.IsDigit(r) {
			return Date{}, false
		}
	}
	return d, true
}

// A dateline's place: up to four capitalised words, with the particles
// of names such as "Rio de Janeiro" between them, and a region after a
// comma ("SPRINGFIELD, Ill.").
const datelinePlace = `^\s*(?:\p{Lu}[\pL.'’-]*(?:\s+(?:(?:de|do|da|del|di|la|le|am|an|der|el)\s+)?\p{Lu}[\pL.'’-]*){0,3})(?:,\s*\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*){0,2})?\s*,?\s+`

// What may follow a dateline's date: the agency in brackets, then a dash
// or a colon (Spanish agencies write ".-").
const datelineEnd = `\s*(?:\([^()]{1,40}\))?\s*(?:\.?\s*[-–—:]|$)`

var datelineRes = []*regexp.Regexp{
	// "SEOUL, June 12 (Yonhap) —", "WASHINGTON, Aug. 29, 2025 —"
	regexp.MustCompile(datelinePlace + `(?P<mn>\pL{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?` + datelineEnd),
	// Day first: "Washington, 11. Juni 2025 —", "São Paulo, 11 de junho
	// de 2025 —", "PARIS, 11 juin (AFP) -", "LONDON, 11 June 2025 -"
	regexp.MustCompile(datelinePlace + `(?P<d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<mn>\pL{3,10})\.?(?:,?\s+(?:de\s+)?(?P<y>\d{4}))?` + datelineEnd),
}

// ParseDateline reads the dateline that opens many agency reports from
// the start of s: "SEOUL, June 12 (Yonhap) —", "WASHINGTON, Aug. 29,
// 2025 —", and the day-first forms of other languages, "Berlin, 11. Juni
// 2025 —", "São Paulo, 11 de junho de 2025 —", "MADRID, 11 jun (EFE).-".
// The year is 0 when the dateline omits it.
func ParseDateline(s string) (Date, bool) {
	if len(s) > 4096 {
		s = s[:4096]
	}
	for _, re := range datelineRes {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			continue
		}
		d, _ := dateFromMatch(re, s, loc)
		if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
			continue
		}
		if d.Year != 0 && !validDate(d) {
			continue
		}
		return d, true
	}
	return Date{}, false
}
