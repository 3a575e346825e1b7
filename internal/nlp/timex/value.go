package timex

import (
	"fmt"
	"time"
)

// gran is the granularity of a resolved calendar reference.
type gran int

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay
	gMinute
)

// ref is a calendar reference: a point in time and how much of the
// calendar around it is meant. part carries a half (1, 2), quarter
// (1-4), season (SP, SU, FA, WI) or part of day (MO, AF, EV, NI).
type ref struct {
	t    time.Time
	g    gran
	part string
}

// value renders r as a TIMEX3 value.
func (r ref) value() string {
	y, m, d := r.t.Date()
	switch r.g {
	case gCentury:
		return fmt.Sprintf("%02d", y/100)
	case gDecade:
		return fmt.Sprintf("%03d", y/10)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gHalf:
		return fmt.Sprintf("%04d-H%s", y, r.part)
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, r.part)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(m)-1)/3+1)
	case gMonth:
		return fmt.Sprintf("%04d-%02d", y, int(m))
	case gWeek:
		iy, iw := r.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", iy, iw)
	case gWeekend:
		iy, iw := r.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", iy, iw)
	case gDay:
		return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
	case gPartOfDay:
		return fmt.Sprintf("%04d-%02d-%02dT%s", y, int(m), d, r.part)
	case gMinute:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", y, int(m), d, r.t.Hour(), r.t.Minute())
	}
	return ""
}

// day returns the start of t's day in UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// shift moves r by n units of granularity g (which may be coarser or
// finer than r's own), keeping r's granularity unless keep is false, in
// which case the result has granularity g.
func shift(t time.Time, n int, g gran) time.Time {
	switch g {
	case gCentury:
		return t.AddDate(100*n, 0, 0)
	case gDecade:
		return t.AddDate(10*n, 0, 0)
	case gYear:
		return t.AddDate(n, 0, 0)
	case gHalf:
		return addMonths(t, 6*n)
	case gQuarter:
		return addMonths(t, 3*n)
	case gSeason:
		return addMonths(t, 3*n)
	case gMonth:
		return addMonths(t, n)
	case gWeek, gWeekend:
		return t.AddDate(0, 0, 7*n)
	case gDay, gPartOfDay:
		return t.AddDate(0, 0, n)
	case gMinute:
		return t.Add(time.Duration(n) * time.Hour)
	}
	return t
}

// addMonths adds n months to t, clamping the day to the month's length
// (so that March 31 minus one month is February 28, not March 3).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	mm := int(m) - 1 + n
	y += floorDiv(mm, 12)
	mm = mm - floorDiv(mm, 12)*12 + 1
	if last := daysIn(y, time.Month(mm)); d > last {
		d = last
	}
	return time.Date(y, time.Month(mm), d, t.Hour(), t.Minute(), 0, 0, time.UTC)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// durValue renders a duration of n units (n < 0: unspecified) as a
// TIMEX3 duration value such as P3D, PT2H, PXY or P1.5Y. Decades,
// centuries and millennia of unspecified number are PXE, PXC and PXL, as
// TimeBank writes them ("for decades", "centuries").
func durValue(n float64, unit string) string {
	num := "X"
	if n >= 0 {
		num = trimFloat(n)
	}
	switch unit {
	case "S", "MIN", "H":
		u := unit
		if u == "MIN" {
			u = "M"
		}
		if n >= 0 && n != float64(int64(n)) && (u == "H" || u == "M") {
			// "an hour and a half" is PT1H30M, "half an hour" PT30M,
			// "a minute and a half" PT1M30S
			small := map[string]string{"H": "M", "M": "S"}[u]
			whole, frac := int64(n), int64((n-float64(int64(n)))*60+0.5)
			if whole == 0 {
				return fmt.Sprintf("PT%d%s", frac, small)
			}
			return fmt.Sprintf("PT%d%s%d%s", whole, u, frac, small)
		}
		return "PT" + num + u
	case "DE":
		if n >= 0 {
			return "P" + trimFloat(n*10) + "Y"
		}
		return "PXE"
	case "CE":
		if n >= 0 {
			return "P" + trimFloat(n*100) + "Y"
		}
		return "PXC"
	case "ML":
		if n < 0 {
			return "PXL"
		}
	case "Q":
		if n >= 0 {
			return "P" + trimFloat(n*3) + "M"
		}
		return "PXQ"
	case "WE":
		if n >= 0 {
			return "P" + trimFloat(n*2) + "D"
		}
		return "PXD"
	}
	if n >= 0 && n != float64(int64(n)) {
		// "2 1/2 years" is P2Y6M, "1.5 hours" PT1H30M
		whole, frac := int64(n), n-float64(int64(n))
		switch {
		case unit == "Y" && whole == 0:
			return fmt.Sprintf("P%dM", int64(frac*12+0.5))
		case unit == "Y":
			return fmt.Sprintf("P%dY%dM", whole, int64(frac*12+0.5))
		case unit == "D" && whole == 0:
			return fmt.Sprintf("PT%dH", int64(frac*24+0.5))
		case unit == "D":
			return fmt.Sprintf("P%dDT%dH", whole, int64(frac*24+0.5))
		}
	}
	return "P" + num + unit
}

func trimFloat(f float64) string {
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d", int64(f))
	}
	s := fmt.Sprintf("%.2f", f)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}
