package feed

import (
	"strings"
	"time"
)

// monthNames maps month abbreviations of other languages (pt, es, it,
// de, fr), lower case and without a final dot, to English ones.
var monthNames = map[string]string{
	"fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug", "set": "Sep",
	"out": "Oct", "dez": "Dec", "ene": "Jan", "dic": "Dec", "gen": "Jan",
	"mag": "May", "giu": "Jun", "lug": "Jul", "ott": "Oct", "mär": "Mar",
	"mrz": "Mar", "okt": "Oct", "janv": "Jan", "févr": "Feb", "fevr": "Feb",
	"mars": "Mar", "avr": "Apr", "juin": "Jun", "juil": "Jul", "août": "Aug",
	"aout": "Aug", "sept": "Sep", "déc": "Dec",
}

// localLayouts are the RFC 822 forms tried after translation.
var localLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006",
}

// localDate parses an RFC 822 date written with another language's day
// and month names ("Seg, 24 Set 2018 19:42:40 -0300"), which gofeed
// does not read. The day name is dropped and the month translated.
func localDate(raw string) (time.Time, bool) {
	f := strings.Fields(raw)
	if len(f) > 0 && strings.HasSuffix(f[0], ",") {
		f = f[1:]
	}
	if len(f) < 3 || len(f) > 5 {
		return time.Time{}, false
	}
	m := strings.TrimSuffix(strings.ToLower(f[1]), ".")
	if en, ok := monthNames[m]; ok {
		f[1] = en
	}
	s := strings.Join(f, " ")
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
