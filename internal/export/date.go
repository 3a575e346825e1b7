package export

import (
	"strings"
	"time"
)

// HumanDate renders a TIMEX3-like date value at its own precision:
// "2018-06-12" is "12 June 2018", "2019-06" is "June 2019", "2018" stays,
// and a range "2018/2019" is "2018 – 2019". Estimated dates get a
// leading "~". Values it does not know are returned unchanged.
func HumanDate(value string, estimated bool) string {
	out := value
	if from, to, ok := strings.Cut(value, "/"); ok {
		out = humanPoint(from) + " – " + humanPoint(to)
	} else {
		out = humanPoint(value)
	}
	if estimated && out != "" {
		out = "~" + out
	}
	return out
}

func humanPoint(v string) string {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t.Format("2 January 2006")
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t.Format("January 2006")
	}
	if len(v) > 10 {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			return t.Format("2 January 2006")
		}
	}
	return v
}

// Bounds returns the first instant of a date value and the first instant
// after it: a day, a month, a year, or a range "a/b" from a's start to
// b's end. ok is false for values it cannot place on a calendar.
func Bounds(value string) (start, end time.Time, ok bool) {
	if from, to, isRange := strings.Cut(value, "/"); isRange {
		s, _, ok1 := Bounds(from)
		_, e, ok2 := Bounds(to)
		if !ok1 || !ok2 || e.Before(s) {
			return time.Time{}, time.Time{}, false
		}
		return s, e, true
	}
	if len(value) > 10 {
		if t, err := time.Parse(time.RFC3339, value); err == nil {
			d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			return d, d.AddDate(0, 0, 1), true
		}
	}
	for _, l := range []struct {
		layout string
		y, m   int
		d      int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, value); err == nil {
			return t, t.AddDate(l.y, l.m, l.d), true
		}
	}
	return time.Time{}, time.Time{}, false
}
