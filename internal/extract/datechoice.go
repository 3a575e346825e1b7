package extract

import (
	"net/url"
	"strings"
	"time"
	_ "time/tzdata" // zone rules for the offline static binary

	"github.com/markusmobius/go-htmldate"
)

// Publishers write a time stamp in UTC ("…T23:15:00Z") while their
// readers, and the day the page shows, live in the local zone: a story
// posted at 00:15 in Rome is stamped 23:15Z the day before. The local
// zone of a page is taken, in this order, from the non-zero offsets its
// own stamps carry, from the region of its declared locale, from its
// country domain, and from its language; only countries (and languages)
// that keep one civil time are mapped, so a zone is never guessed for
// the United States, Canada, Australia, Brazil or Russia.

// countryZones maps ISO 3166 codes of countries with a single civil time
// to their zone.
var countryZones = map[string]string{
	"AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia",
	"CH": "Europe/Zurich", "CN": "Asia/Shanghai", "CZ": "Europe/Prague",
	"DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
	"EG": "Africa/Cairo", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
	"GB": "Europe/London", "GR": "Europe/Athens", "HK": "Asia/Hong_Kong",
	"HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin",
	"IL": "Asia/Jerusalem", "IN": "Asia/Kolkata", "IT": "Europe/Rome",
	"JP": "Asia/Tokyo", "KE": "Africa/Nairobi", "KR": "Asia/Seoul",
	"LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
	"NG": "Africa/Lagos", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
	"NZ": "Pacific/Auckland", "PH": "Asia/Manila", "PK": "Asia/Karachi",
	"PL": "Europe/Warsaw", "RO": "Europe/Bucharest", "RS": "Europe/Belgrade",
	"SE": "Europe/Stockholm", "SG": "Asia/Singapore", "SI": "Europe/Ljubljana",
	"SK": "Europe/Bratislava", "TH": "Asia/Bangkok", "TR": "Europe/Istanbul",
	"TW": "Asia/Taipei", "UA": "Europe/Kyiv", "UK": "Europe/London",
	"VN": "Asia/Ho_Chi_Minh", "ZA": "Africa/Johannesburg",
}

// multiZone lists countries spanning several civil times (or whose
// domain is commonly used abroad): their pages get no guessed zone.
var multiZone = map[string]bool{
	"AR": true, "AU": true, "BR": true, "CA": true, "CL": true, "ES": true,
	"ID": true, "KZ": true, "MX": true, "PT": true, "RU": true, "US": true,
}

// languageZones maps languages spoken almost only within one civil time
// (or several sharing its offsets) to a zone.
var languageZones = map[string]string{
	"cs": "Europe/Prague", "da": "Europe/Copenhagen", "de": "Europe/Berlin",
	"el": "Europe/Athens", "fi": "Europe/Helsinki", "fr": "Europe/Paris",
	"he": "Asia/Jerusalem", "hu": "Europe/Budapest", "it": "Europe/Rome",
	"ja": "Asia/Tokyo", "ko": "Asia/Seoul", "nb": "Europe/Oslo",
	"nl": "Europe/Amsterdam", "no": "Europe/Oslo", "pl": "Europe/Warsaw",
	"sv": "Europe/Stockholm", "tr": "Europe/Istanbul", "uk": "Europe/Kyiv",
}

// pageZone returns the local zone of a page, or nil when it cannot be
// told.
func pageZone(f pageFacts, pageURL string) *time.Location {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, e := range f.ev {
		if !e.hasZone {
			continue
		}
		if _, off := e.t.Zone(); off != 0 {
			count[off]++
			if n := count[off]; n > bestN || (n == bestN && off < best) {
				best, bestN = off, n
			}
		}
	}
	if bestN > 0 {
		return time.FixedZone("", best)
	}
	load := func(name string) *time.Location {
		loc, err := time.LoadLocation(name)
		if err != nil {
			return nil
		}
		return loc
	}
	for _, l := range f.langs {
		l = strings.TrimSpace(l)
		if len(l) == 5 && (l[2] == '-' || l[2] == '_') {
			region := strings.ToUpper(l[3:])
			if multiZone[region] {
				return nil
			}
			if z, ok := countryZones[region]; ok {
				return load(z)
			}
		}
	}
	if u, err := url.Parse(pageURL); err == nil {
		host := u.Hostname()
		tld := strings.ToUpper(host[strings.LastIndexByte(host, '.')+1:])
		if multiZone[tld] {
			return nil
		}
		if z, ok := countryZones[tld]; ok {
			return load(z)
		}
	}
	for _, l := range f.langs {
		if l = strings.ToLower(strings.TrimSpace(l)); len(l) >= 2 {
			if z, ok := languageZones[l[:2]]; ok {
				return load(z)
			}
		}
	}
	return nil
}

// midnightUTC reports a stamp at 00:00:00 UTC: a day written as a time.
func midnightUTC(e dateEvidence) bool {
	_, off := e.t.Zone()
	return off == 0 && e.t.Hour() == 0 && e.t.Minute() == 0 && e.t.Second() == 0
}

// timed reports whether e's clock time and offset are worth keeping.
func timed(e dateEvidence) bool { return e.hasTime && e.hasZone && !midnightUTC(e) }

// localDay returns the day of e as the page's readers see it: a UTC
// stamp with a clock time is moved into zone. A stamp at exactly
// midnight UTC is a day written as a time, and is left alone.
func localDay(e dateEvidence, zone *time.Location) time.Time {
	if zone != nil && timed(e) {
		if _, off := e.t.Zone(); off == 0 {
			return e.t.In(zone)
		}
	}
	return e.t
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own offset.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// chosenDate is the publication date picked for a page.
type chosenDate struct {
	t       time.Time
	hasTime bool // t carries a clock time and offset worth keeping
}

// chooseDate picks the publication day of a page from htmldate's answer
// (hd, ok false when it gave none worth keeping) and the page's own
// machine-readable dates. The rules, in order:
//
//   - htmldate's day, moved to the local zone when it came from a UTC
//     stamp;
//   - kept when the address carries the same day (the address is written
//     by the publisher, in local time);
//   - else replaced by the page's declared publication day (schema.org
//     datePublished, article:published_time, itemprop datePublished)
//     when every source declaring one agrees with itself, unless
//     htmldate's day is that same stamp read in UTC, or is a generic
//     "date" tag that equals the modification day (the revision day the
//     page shows);
//   - a day that only modification stamps support gives way to the one
//     day the other stamps agree on;
//   - a day that only generic meta tags support, or no stamp at all (a
//     date htmldate read in free text), gives way to the one day the
//     page's <time> elements and labelled dates ("Erschienen am …",
//     "Datum: …") agree on; a day no stamp supports gives way first to
//     the day written next to the headline, then to the dateline opening
//     the article's body, and last to the one modification day the page
//     states;
//   - a day that only stamps of unstated kind support (a "date" meta
//     tag, <time> elements that may sit in teasers) gives way to the day
//     next to the headline;
//   - a declared publication day the page does not show gives way to its
//     declared modification day when that is the day the page shows
//     (see shownRevision and revisionShown);
//   - with no day from htmldate or the stamps, the day next to the
//     headline is taken.
func chooseDate(hd htmldate.Result, ok bool, f pageFacts, zone *time.Location) (chosenDate, bool) {
	var (
		c     chosenDate
		found = ok
		urlEv *dateEvidence
	)
	days := make([]time.Time, len(f.ev))
	for i, e := range f.ev {
		days[i] = localDay(e, zone)
		if e.src == evURL && urlEv == nil {
			urlEv = &f.ev[i]
		}
	}
	if ok {
		c.t = hd.DateTime
		src := strings.ReplaceAll(hd.SrcString, " ", "T")
		for i, e := range f.ev {
			if e.src != evURL && timed(e) && sameDay(e.t, hd.DateTime) && strings.Contains(src, e.t.Format("2006-01-02T15:04")) {
				c.t, c.hasTime = days[i], true
				break
			}
		}
	}
	if found && urlEv != nil && sameDay(c.t, urlEv.t) {
		return c, true
	}

	// The declared publication day, if the page agrees with itself.
	pubBySrc := map[string]time.Time{}
	mixed := map[string]bool{}
	for i, e := range f.ev {
		if e.role != rolePublished || e.src == evURL {
			continue
		}
		if p, seen := pubBySrc[e.src]; seen && !sameDay(p, days[i]) {
			mixed[e.src] = true
		} else if !seen {
			pubBySrc[e.src] = days[i]
		}
	}
	pub, agree := -1, true
	for i, e := range f.ev {
		if e.role != rolePublished || e.src == evURL || mixed[e.src] {
			continue
		}
		if pub < 0 {
			pub = i
		} else if !sameDay(days[pub], days[i]) {
			agree = false
		}
	}
	if pub >= 0 && agree && (!found || !sameDay(c.t, days[pub])) {
		keep := false
		if found {
			var generic, modified, rawPub bool
			for i, e := range f.ev {
				switch {
				case e.role == roleDate && e.src != evURL && sameDay(days[i], c.t):
					generic = true
				case e.role == roleModified && sameDay(days[i], c.t):
					modified = true
				}
				if e.role == rolePublished && e.src != evURL && sameDay(e.t, c.t) {
					rawPub = true
				}
			}
			keep = (generic && modified) || rawPub
		}
		if !keep {
			c = chosenDate{t: days[pub], hasTime: timed(f.ev[pub])}
			found = true
		}
	}
	if !found {
		if !f.headDay.IsZero() {
			return chosenDate{t: f.headDay}, true
		}
		return c, false
	}

	// Support of the chosen day among the page's stamps.
	onlyModified, onlyGenericMeta, onlyGeneric, supported := true, true, true, false
	for i, e := range f.ev {
		if e.src == evURL || !sameDay(days[i], c.t) {
			continue
		}
		supported = true
		if e.role != roleModified {
			onlyModified = false
		}
		if e.src != evMeta || e.role == rolePublished {
			onlyGenericMeta = false
		}
		if e.role != roleDate {
			onlyGeneric = false
		}
	}
	pick := func(use func(e dateEvidence) bool) bool {
		idx := -1
		for i, e := range f.ev {
			if e.src == evURL || !use(e) {
				continue
			}
			if idx >= 0 && !sameDay(days[idx], days[i]) {
				return false
			}
			if idx < 0 {
				idx = i
			}
		}
		if idx < 0 {
			return false
		}
		e := f.ev[idx]
		c = chosenDate{t: days[idx], hasTime: timed(e)}
		return true
	}
	shown := func(e dateEvidence) bool { return (e.src == evTime || e.src == evLabel) && e.role != roleModified }
	if !supported {
		// A day read in free text that no stamp supports (a caption's
		// "data of 09.03.2016", a teaser's day in a list of other
		// articles) gives way to the day written next to the headline,
		// to the day the page's <time> elements and labels show, or
		// else to its one stated revision day: the page names no other.
		if !f.headDay.IsZero() {
			return chosenDate{t: f.headDay}, true
		}
		if !f.leadDay.IsZero() {
			return chosenDate{t: f.leadDay}, true
		}
		if !pick(shown) {
			pick(func(e dateEvidence) bool { return e.role == roleModified })
		}
		return c, true
	}
	if onlyModified && pick(func(e dateEvidence) bool { return e.role != roleModified }) {
		return c, true
	}
	if onlyGeneric && !f.headDay.IsZero() {
		// Undeclared dates (a "date" meta tag, <time> elements that may
		// sit in teasers) give way to the day next to the headline.
		return chosenDate{t: f.headDay}, true
	}
	if onlyGenericMeta {
		pick(shown)
	}
	if i, ok := shownRevision(f, days, c.t); ok {
		return chosenDate{t: days[i], hasTime: timed(f.ev[i])}, true
	}
	if revisionShown(f, days, c.t) {
		// The page shows its reader only its revision day ("Last
		// updated 4 June 2020"), leaving the first publication day to
		// its markup: the day shown is the page's date.
		pick(func(e dateEvidence) bool { return (e.src == evTime || e.src == evLabel) && e.role == roleModified })
	}
	return c, true
}

// revisionShown reports whether the page's visible dates (<time>
// elements and labelled dates) are all one revision day later than
// chosen, a day the page declares as its publication day in its markup,
// none of them showing chosen or any day of another kind.
func revisionShown(f pageFacts, days []time.Time, chosen time.Time) bool {
	declared := false
	for i, e := range f.ev {
		if (e.src == evJSONLD || e.src == evMeta || e.src == evItemprop) && e.role == rolePublished && sameDay(days[i], chosen) {
			declared = true
		}
	}
	if !declared {
		return false
	}
	var rev time.Time
	for i, e := range f.ev {
		if e.src != evTime && e.src != evLabel {
			continue
		}
		if e.role != roleModified || !days[i].After(chosen) || sameDay(days[i], chosen) {
			return false
		}
		if !rev.IsZero() && !sameDay(rev, days[i]) {
			return false
		}
		rev = days[i]
	}
	return !rev.IsZero()
}

// shownRevision returns the index of the page's declared modification
// stamp when the page's visible text writes out that day but not chosen,
// a declared publication day: a page showing its reader the day it was
// revised ("12.01.2022" under the headline) and not the first
// publication day (29 November, left in its markup) is dated by the day
// it shows. The page must declare one modification day, later than
// chosen, and not label it as an update where it shows it.
func shownRevision(f pageFacts, days []time.Time, chosen time.Time) (int, bool) {
	if f.shown == nil || f.shown[chosen.Format(time.DateOnly)] || writesDay(f.visible, chosen) {
		return 0, false
	}
	idx, declared := -1, false
	for i, e := range f.ev {
		if e.src != evJSONLD && e.src != evMeta && e.src != evItemprop {
			continue
		}
		switch {
		case e.role == rolePublished && sameDay(days[i], chosen):
			declared = true
		case e.role == roleModified:
			if idx >= 0 && !sameDay(days[idx], days[i]) {
				return 0, false
			}
			if idx < 0 {
				idx = i
			}
		}
	}
	if !declared || idx < 0 || !days[idx].After(chosen) || sameDay(days[idx], chosen) ||
		!f.shown[days[idx].Format(time.DateOnly)] {
		return 0, false
	}
	for i, e := range f.ev {
		if e.src == evLabel && e.role == roleModified && sameDay(days[i], days[idx]) {
			// "Updated Jul 24, 2018": the page tells its reader the day
			// is a revision's, and the publication day stays the date.
			return 0, false
		}
	}
	return idx, true
}

// dayLayouts are numeric ways of writing a day that shownDays does not
// read (slashes in either order, two-digit years, East Asian dates).
var dayLayouts = []string{
	"02/01/2006", "01/02/2006", "2/1/2006", "1/2/2006", "2006/01/02", "2006/1/2",
	"02.01.06", "2.1.06", "02/01/06", "01/02/06", "2006年1月2日", "2006. 1. 2.",
}

// writesDay reports whether text writes d in one of dayLayouts: a
// weaker reading than shownDays, used where a day must be seen not to
// be written.
func writesDay(text string, d time.Time) bool {
	for _, l := range dayLayouts {
		if strings.Contains(text, d.Format(l)) {
			return true
		}
	}
	return false
}
