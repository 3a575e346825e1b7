package jsonrec

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"
)

// dateTimeLayouts are the date-and-time forms parseDate knows. A time
// with no zone is taken as UTC. Go accepts a fractional second after the
// seconds field even where a layout does not show one.
var dateTimeLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05-0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"Jan 2, 2006 3:04 PM",
}

// dateLayouts are the day-only forms parseDate knows.
var dateLayouts = []string{
	"2006-01-02",
	"2006/01/02",
	"20060102",
	"2006.01.02",
	"02.01.2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Mon, 2 Jan 2006",
}

// Epoch numbers are taken as seconds below this value and as
// milliseconds at or above it (1e11 s is in the year 5138; 1e11 ms in 1973).
const epochMillis = 1e11

// parseDate reads a date from a string or a number: RFC 3339 and the
// other layouts above, or Unix time in seconds or milliseconds. A day
// with no time, or a time of exactly midnight (how news-please and pandas
// store a bare day), is reported as dateOnly and returned as that day at
// 00:00 UTC.
func parseDate(v any) (t time.Time, dateOnly bool, ok bool) {
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = strings.TrimSpace(x)
	default:
		return time.Time{}, false, false
	}
	if s == "" || len(s) > 64 {
		return time.Time{}, false, false
	}
	if isNumeric(s) {
		if len(s) == 8 && !strings.Contains(s, ".") {
			if t, err := time.Parse("20060102", s); err == nil && plausible(t) {
				return t, true, true
			}
		}
		t, ok = epoch(s)
	} else {
		t, ok = parseLayouts(s)
	}
	if !ok || !plausible(t) {
		return time.Time{}, false, false
	}
	if h, m, sec := t.Clock(); h == 0 && m == 0 && sec == 0 && t.Nanosecond() == 0 {
		y, mo, d := t.Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true, true
	}
	return t, false, true
}

func parseLayouts(s string) (time.Time, bool) {
	for _, l := range dateTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// epoch reads Unix time in seconds or milliseconds.
func epoch(s string) (time.Time, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) || f > 1e15 {
		return time.Time{}, false
	}
	if f >= epochMillis {
		ms := int64(f)
		return time.UnixMilli(ms).UTC(), true
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)).UTC(), true
}

// isNumeric reports whether s is digits with at most one '.'.
func isNumeric(s string) bool {
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return true
}

// plausible rejects times no news article has.
func plausible(t time.Time) bool {
	y := t.Year()
	return y >= 1800 && y <= 2200
}
