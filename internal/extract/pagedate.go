package extract

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Where a page states a date about itself.
const (
	evURL      = "url"      // the page address
	evJSONLD   = "jsonld"   // a schema.org JSON-LD block
	evMeta     = "meta"     // a <meta> tag
	evItemprop = "itemprop" // an element's itemprop attribute
	evTime     = "time"     // a <time> element
	evLabel    = "label"    // visible text naming the date ("Erschienen am 01.11.2023")
)

// What a stated date claims to be.
const (
	rolePublished = "published"
	roleModified  = "modified"
	roleDate      = "date" // a date of unstated kind
)

// dateEvidence is one date a page states about itself: in its address,
// its markup, or visible text under a label.
type dateEvidence struct {
	src, role string
	t         time.Time
	// hasTime and hasZone report a clock time and an explicit offset.
	hasTime, hasZone bool
}

// day returns the evidence's calendar day in its own offset.
func (d dateEvidence) day() string { return d.t.Format(time.DateOnly) }

// metaRoles maps lowercased meta names, properties and itemprops to the
// role of the date they carry.
var metaRoles = map[string]string{
	"article:published_time":    rolePublished,
	"og:article:published_time": rolePublished,
	"article.published":         rolePublished,
	"datepublished":             rolePublished,
	"pubdate":                   rolePublished,
	"og:pubdate":                rolePublished,
	"publishdate":               rolePublished,
	"publish-date":              rolePublished,
	"publish_date":              rolePublished,
	"publication_date":          rolePublished,
	"parsely-pub-date":          rolePublished,
	"sailthru.date":             rolePublished,
	"dc.date.issued":            rolePublished,
	"dcterms.issued":            rolePublished,
	"citation_publication_date": rolePublished,
	"article:modified_time":     roleModified,
	"og:article:modified_time":  roleModified,
	"og:updated_time":           roleModified,
	"datemodified":              roleModified,
	"last-modified":             roleModified,
	"last_updated_date":         roleModified,
	"dcterms.modified":          roleModified,
	"dc.date.modified":          roleModified,
	"date":                      roleDate,
	"dc.date":                   roleDate,
	"dcterms.date":              roleDate,
	"datecreated":               roleDate,
	"dc.date.created":           roleDate,
	"uploaddate":                roleDate,
}

// jsonRoles maps schema.org date keys to roles.
var jsonRoles = map[string]string{
	"datePublished": rolePublished,
	"dateModified":  roleModified,
	"dateCreated":   roleDate,
	"uploadDate":    roleDate,
}

// pageFacts is what a page states about its own date and place.
type pageFacts struct {
	ev []dateEvidence
	// langs holds the page's declared languages and locales (<html
	// lang>, og:locale, content-language), as written.
	langs []string
}

// maxDateDepth bounds the element nesting pageDates descends.
const maxDateDepth = 512

// pageDates collects the machine-readable dates root and pageURL state:
// a day in the address, schema.org JSON-LD, meta tags, itemprop
// attributes and <time> elements; and the languages it declares. Free
// text is left to htmldate.
func pageDates(root *html.Node, pageURL string) pageFacts {
	var f pageFacts
	if t, ok := urlDay(pageURL); ok {
		f.ev = append(f.ev, dateEvidence{src: evURL, role: rolePublished, t: t})
	}
	add := func(src, role, s string) {
		if t, hasTime, hasZone, ok := parseStamp(s); ok {
			f.ev = append(f.ev, dateEvidence{src: src, role: role, t: t, hasTime: hasTime, hasZone: hasZone})
		}
	}
	var prev string // the last non-blank text, for a label split from its date
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDateDepth {
			return
		}
		if n.Type == html.TextNode {
			if t := strings.TrimSpace(n.Data); t != "" {
				if e, ok := labelledDate(prev, t); ok {
					f.ev = append(f.ev, e)
				}
				prev = t
			}
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					f.langs = append(f.langs, l)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					for _, kv := range jsonDates(n.FirstChild.Data) {
						add(evJSONLD, jsonRoles[kv[0]], kv[1])
					}
				}
				return
			case atom.Meta:
				key := attr(n, "property")
				if key == "" {
					key = attr(n, "name")
				}
				if key == "" {
					key = attr(n, "itemprop")
				}
				if key == "" {
					key = attr(n, "http-equiv")
				}
				key = strings.ToLower(strings.TrimSpace(key))
				if role, ok := metaRoles[key]; ok {
					v := attr(n, "content")
					if v == "" {
						v = attr(n, "datetime")
					}
					add(evMeta, role, v)
				} else if key == "og:locale" || key == "content-language" {
					f.langs = append(f.langs, attr(n, "content"))
				}
				return
			}
			if ip := strings.ToLower(attr(n, "itemprop")); ip == "datepublished" || ip == "datemodified" {
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				add(evItemprop, metaRoles[ip], v)
			} else if n.DataAtom == atom.Time {
				role := roleDate
				cls := strings.ToLower(attr(n, "class"))
				switch {
				case strings.Contains(cls, "publish"):
					role = rolePublished
				case strings.Contains(cls, "updat") || strings.Contains(cls, "modif"):
					role = roleModified
				}
				if v := attr(n, "datetime"); v != "" {
					add(evTime, role, v)
				} else if t, ok := dottedDay(textOf(n)); ok {
					f.ev = append(f.ev, dateEvidence{src: evTime, role: role, t: t})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return f
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// jsonDates returns the schema.org date keys and values found anywhere
// in a JSON-LD block, in document order of the objects. A block that is
// not valid JSON gives nothing.
func jsonDates(src string) [][2]string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return nil
	}
	var out [][2]string
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 20 {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			for _, k := range []string{"datePublished", "dateCreated", "dateModified", "uploadDate"} {
				if s, ok := x[k].(string); ok {
					out = append(out, [2]string{k, s})
				}
			}
			for _, c := range x {
				walk(c, depth+1)
			}
		case []any:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// urlDayRe matches a year/month/day run in an address path: 2020/07/08,
// 2020-07-08 or 2020_07_08.
var urlDayRe = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:\D|$)`)

// urlDay reads the day written in a page address.
func urlDay(u string) (time.Time, bool) {
	m := urlDayRe.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// stampRe matches an ISO 8601-like stamp: a day, optionally a clock time
// (seconds and fractions optional, a lone-digit second tolerated) and an
// offset (Z, ±hh, ±hhmm, ±hh:mm).
var stampRe = regexp.MustCompile(`^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d?)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$`)

// parseStamp reads an ISO 8601-like date or date-time. The time is in
// the stamp's own offset (UTC when it states none).
func parseStamp(s string) (t time.Time, hasTime, hasZone, ok bool) {
	m := stampRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false, false, false
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	y, mo, d := num(m[1]), num(m[2]), num(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false, false, false
	}
	loc := time.UTC
	if z := m[7]; z != "" && z != "Z" {
		z = strings.ReplaceAll(z, ":", "")
		off := num(z[1:3]) * 3600
		if len(z) == 5 {
			off += num(z[3:5]) * 60
		}
		if z[0] == '-' {
			off = -off
		}
		if off < -14*3600 || off > 14*3600 {
			return time.Time{}, false, false, false
		}
		loc = time.FixedZone("", off)
	}
	hasTime, hasZone = m[4] != "", m[7] != ""
	hh, mm, ss := num(m[4]), num(m[5]), num(m[6])
	if hh > 23 || mm > 59 || ss > 60 {
		return time.Time{}, false, false, false
	}
	t = time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	if t.Day() != d {
		return time.Time{}, false, false, false
	}
	return t, hasTime, hasZone, true
}

// dottedDayRe matches a day written day.month.year at the start of a
// short text ("29.04.2020, 12:01 Uhr").
var dottedDayRe = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:\D|$)`)

// dottedDay reads a day.month.year date opening s. The dotted order is
// day first in every language that writes it, unlike slashes.
func dottedDay(s string) (time.Time, bool) {
	m := dottedDayRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// dateLabels lists labels naming a page's date in visible text, in the
// languages of the pages we read.
const dateLabels = `erschienen am|erstellt am|veröffentlicht am|veröffentlicht|publiziert am|datum|published on|published|posted on|publié le|publicado el|pubblicato il|stand|letzte änderung|aktualisiert am|aktualisiert|updated on|updated|mis à jour le`

// labelDay is a day as labels are followed by: day.month.year or ISO.
const labelDay = `(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\D|$)`

var (
	// labelledRe matches a label and its day within one text.
	labelledRe = regexp.MustCompile(`(?i)(?:^|[\s>|(])(` + dateLabels + `)\s*:?\s*` + labelDay)
	// labelEndRe matches a label closing a text.
	labelEndRe = regexp.MustCompile(`(?i)(?:^|[\s>|(])(` + dateLabels + `)\s*:?\s*$`)
	// labelDayRe matches a day opening a text.
	labelDayRe = regexp.MustCompile(`^` + labelDay)
)

// labelledDate reads a date that visible text names with a label:
// "Erschienen am: 01.11.2023" in one text, or the label closing prev and
// the date opening text.
func labelledDate(prev, text string) (dateEvidence, bool) {
	if len(text) > 300 {
		text = text[:300]
	}
	var label, day string
	if m := labelledRe.FindStringSubmatch(text); m != nil {
		label, day = m[1], m[2]
	} else if text[0] >= '0' && text[0] <= '9' {
		d := labelDayRe.FindStringSubmatch(text)
		if d == nil {
			return dateEvidence{}, false
		}
		if len(prev) > 100 {
			prev = prev[len(prev)-100:]
		}
		m := labelEndRe.FindStringSubmatch(prev)
		if m == nil {
			return dateEvidence{}, false
		}
		label, day = m[1], d[1]
	} else {
		return dateEvidence{}, false
	}
	t, ok := dottedDay(day)
	if !ok {
		if t, _, _, ok = parseStamp(day); !ok {
			return dateEvidence{}, false
		}
	}
	role := rolePublished
	switch l := strings.ToLower(label); {
	case l == "datum":
		role = roleDate
	case strings.HasPrefix(l, "stand"), strings.HasPrefix(l, "letzte"), strings.HasPrefix(l, "aktualisiert"),
		strings.HasPrefix(l, "updated"), strings.HasPrefix(l, "mis à jour"):
		role = roleModified
	}
	return dateEvidence{src: evLabel, role: role, t: t}, true
}
