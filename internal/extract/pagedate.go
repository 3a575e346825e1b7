package extract

import (
	"encoding/json"
	"regexp"
	"sort"
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
	// headDay is the day written next to the page's first h1 (see
	// headlineDay), or zero.
	headDay time.Time
	// leadDay is the dateline opening the article's body (see
	// openingDay), or zero.
	leadDay time.Time
	// shown holds the days (YYYY-MM-DD) the page's visible text writes
	// out (see shownDays); nil when not read.
	shown map[string]bool
	// visible is the page's visible text, when read.
	visible string
}

// maxDateDepth bounds the element nesting pageDates descends.
const maxDateDepth = 512

// pageDates collects the machine-readable dates root and pageURL state:
// a day in the address, schema.org JSON-LD, meta tags, itemprop
// attributes and <time> elements; the days visible text names with a
// label, a byline or a date class; and the languages it declares. Dates
// within readers' comments are left out. Other free text is left to
// htmldate.
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
	var (
		prev string // the last non-blank text, for a label split from its date
		// author is the element naming the article's author that the
		// walk has just left, while no text but separators followed it.
		author *html.Node
	)
	var walk func(n *html.Node, depth int, inComment bool)
	walk = func(n *html.Node, depth int, inComment bool) {
		if depth > maxDateDepth {
			return
		}
		if n.Type == html.TextNode {
			if t := strings.TrimSpace(n.Data); t != "" {
				if e, ok := labelledDate(prev, t); ok && !inComment {
					f.ev = append(f.ev, e)
				} else if e, ok := bylineDate(prev, t); ok && !inComment && n.Parent != nil && n.Parent.DataAtom != atom.A {
					// A link's text is another page's title or a reference.
					f.ev = append(f.ev, e)
				} else if author != nil && !inComment && within(n, author.Parent, 2) {
					// "Par Loïc Le Clerc | 30 septembre 2018": the day
					// following the author's name in the byline.
					if d, ok := classDay(strings.TrimLeft(t, bylineSeparators)); ok {
						f.ev = append(f.ev, dateEvidence{src: evLabel, role: roleDate, t: d})
					}
				}
				if strings.Trim(t, bylineSeparators) != "" {
					author = nil
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
			inComment = inComment || commentBox(n) || cardLink(n)
			ip := strings.ToLower(attr(n, "itemprop"))
			switch {
			case inComment:
				// A reader's comment states its own date, not the page's;
				// so does a link card teasing another article.
			case ip == "datepublished" || ip == "datemodified":
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				add(evItemprop, metaRoles[ip], v)
			case n.DataAtom == atom.Time:
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
			case dateClass(n):
				if t, ok := classDay(textOf(n)); ok {
					f.ev = append(f.ev, dateEvidence{src: evLabel, role: roleDate, t: t})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1, inComment)
		}
		if n.Type == html.ElementNode && !inComment && authorBox(n) {
			author = n
		}
	}
	walk(root, 0, false)
	if d, ok := headlineDay(root); ok {
		f.headDay = d
	}
	return f
}

// commentRe matches a class or id token naming readers' comments or
// one of them ("comments", "comment-list", "vhb-comments-container"),
// but not a longer compound that merely mentions them
// ("nyo-social-comments-above", a share bar in the byline).
var commentRe = regexp.MustCompile(`^(?:[a-z0-9]+[-_])?(?:comments?|commentlist|kommentare?|commentaires?|comentarios?|komentarze?|disqus)(?:[-_][a-z0-9]+)?$`)

// commentStateRe matches a class token stating whether a post takes
// comments ("comments-open", "has-comments"), which wrappers of the
// article itself carry.
var commentStateRe = regexp.MustCompile(`^(?:has|no|with|without)[-_]|[-_](?:open|closed|enabled|disabled|allowed|count|link|button|icon|number|num)$`)

// commentBox reports whether n holds readers' comments (or one of
// them), by its class, id or schema.org type. The page's own wrappers
// (body, main, article) are never taken for one: their classes may name
// the state of the comments.
func commentBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if t := attr(n, "itemtype"); strings.HasSuffix(strings.ToLower(t), "/comment") {
		return true
	}
	for _, key := range []string{"class", "id"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			if commentRe.MatchString(tok) && !commentStateRe.MatchString(tok) {
				return true
			}
		}
	}
	return false
}

// authorRe matches a class token naming an article's author or the
// author's name ("author", "byline-author", "c-byline__author",
// "author-name").
var authorRe = regexp.MustCompile(`^(?:[a-z0-9-]*[a-z0-9](?:[-_]|__))?author(?:(?:[-_]|__)?name)?$`)

// authorBox reports whether n holds an article's author's name, by its
// rel, itemprop or class.
func authorBox(n *html.Node) bool {
	for _, key := range []string{"rel", "itemprop"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			if tok == "author" {
				return true
			}
		}
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if authorRe.MatchString(tok) {
			return true
		}
	}
	return false
}

// within reports whether box is n's parent or an ancestor at most depth
// levels above n.
func within(n, box *html.Node, depth int) bool {
	for p := n.Parent; p != nil && depth > 0; p, depth = p.Parent, depth-1 {
		if p == box {
			return true
		}
	}
	return false
}

// bylineSeparators are the marks a byline sets between the author's name
// and the day ("Par Loïc Le Clerc | 30 septembre 2018").
const bylineSeparators = " \t\n|·•–—-/,"

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// jsonDates returns the schema.org date keys and values of a JSON-LD
// block, keys of each object in sorted order so that the answer never
// depends on map order. Dates of the things an article carries rather
// than of the article itself are skipped with everything under them: an
// author's portrait (ImageObject under Person) is dated the day it was
// uploaded, months before the story, and a page's gallery or videos are
// dated when each was made (see notArticleTypes). A block that is not
// valid JSON gives nothing.
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
			if notArticle(x["@type"]) {
				return
			}
			for _, k := range []string{"datePublished", "dateCreated", "dateModified", "uploadDate"} {
				if s, ok := x[k].(string); ok {
					out = append(out, [2]string{k, s})
				}
			}
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k], depth+1)
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

// notArticleTypes are the schema.org types whose dates are not the
// article's: media, people and organisations, and readers' comments.
var notArticleTypes = map[string]bool{
	"ImageObject": true, "VideoObject": true, "AudioObject": true,
	"MediaObject": true, "Clip": true, "Photograph": true,
	"Person": true, "Organization": true, "NewsMediaOrganization": true,
	"Corporation": true, "Comment": true, "Answer": true, "Review": true,
}

// notArticle reports whether a JSON-LD @type value (a string or a list
// of them) names only types in notArticleTypes.
func notArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return notArticleTypes[x]
	case []any:
		if len(x) == 0 {
			return false
		}
		for _, e := range x {
			if s, _ := e.(string); !notArticleTypes[s] {
				return false
			}
		}
		return true
	}
	return false
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
const dateLabels = `erschienen am|erstellt am|veröffentlicht am|veröffentlicht|publiziert am|beitrag wurde(?:\s+\pL+)?\s+am|datum|published on|published|posted on|publié le|publicado el|pubblicato il|stand|letzte änderung|aktualisiert am|aktualisiert|updated on|updated|mis à jour le`

// weekday is an optional day of the week between a label and its day
// ("Veröffentlicht am Dienstag, 4. Juni 2019", "Posted on Saturday,
// December 3, 2011", "Publié le mardi 4 juin 2019").
const weekday = `(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|` +
	`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s*,?\s+)?`

// monthNames are the month names (and their stems) of the languages
// labels are read in.
const monthNames = `januar[y]?|janvier|enero|gennaio|janeiro|februar[y]?|février|fevrier|febrero|febbraio|fevereiro|` +
	`march|märz|maerz|mars|marzo|março|april|avril|abril|aprile|may|mai|mayo|maggio|maio|` +
	`june?|juni|juin|junio|giugno|junho|july|juli|juillet|julio|luglio|julho|august|août|aout|agosto|` +
	`september|septembre|septiembre|settembre|setembro|october|oktober|octobre|octubre|ottobre|outubro|` +
	`november|novembre|noviembre|novembro|december|dezember|décembre|decembre|diciembre|dicembre|dezembro|` +
	// abbreviations ("Mar 12, 2020", "4. Okt. 2021", "3 févr. 2020"), after
	// the names they shorten
	`jan|feb|febr|févr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|okt|nov|dec|dez|déc`

// labelDay is a day as labels are followed by: day.month.year, ISO, or
// a day written with its month's name ("3. Dezember 2011", "March 3,
// 2020", "3 de marzo de 2020").
const labelDay = `(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|` +
	`\d{1,2}\.?\s+(?:de\s+)?(?:` + monthNames + `)\.?\s+(?:de\s+)?(?:19|20)\d\d|(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)(?:\D|$)`

// namedDayRe reads a day written with its month's name.
var namedDayRe = regexp.MustCompile(`(?i)^(?:(\d{1,2})\.?\s+(?:de\s+)?(` + monthNames + `)\.?\s+(?:de\s+)?((?:19|20)\d\d)|(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))$`)

// namedDay reads "3. Dezember 2011", "March 3, 2020" or "3 de marzo de
// 2020".
func namedDay(s string) (time.Time, bool) {
	m := namedDayRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false
	}
	d, name, y := m[1], m[2], m[3]
	if name == "" {
		name, d, y = m[4], m[5], m[6]
	}
	mo := monthNumber(strings.ToLower(name))
	day, _ := strconv.Atoi(d)
	year, _ := strconv.Atoi(y)
	if mo == 0 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day
}

// monthNumber returns the number of a month named in monthNames, or 0.
func monthNumber(name string) int {
	prefixes := []struct {
		p string
		m int
	}{
		{"jan", 1}, {"ene", 1}, {"gen", 1}, {"feb", 2}, {"fév", 2}, {"fev", 2}, {"mar", 3}, {"mär", 3}, {"mae", 3},
		{"apr", 4}, {"avr", 4}, {"abr", 4}, {"may", 5}, {"mai", 5}, {"mag", 5}, {"juin", 6}, {"jun", 6}, {"giu", 6},
		{"juil", 7}, {"jul", 7}, {"lug", 7}, {"aug", 8}, {"aoû", 8}, {"aou", 8}, {"ago", 8},
		{"sep", 9}, {"set", 9}, {"oct", 10}, {"okt", 10}, {"ott", 10}, {"out", 10},
		{"nov", 11}, {"dec", 12}, {"dez", 12}, {"déc", 12}, {"dic", 12},
	}
	for _, p := range prefixes {
		if strings.HasPrefix(name, p.p) {
			return p.m
		}
	}
	return 0
}

var (
	// labelledRe matches a label and its day within one text.
	labelledRe = regexp.MustCompile(`(?i)(?:^|[\s>|(])(` + dateLabels + `)\s*:?\s*` + weekday + labelDay)
	// labelEndRe matches a label closing a text.
	labelEndRe = regexp.MustCompile(`(?i)(?:^|[\s>|(])(` + dateLabels + `)\s*:?\s*$`)
	// labelDayRe matches a day opening a text.
	labelDayRe = regexp.MustCompile(`(?i)^` + weekday + labelDay)
)

// bylineDayRe matches a text that is only a byline's day, after the
// preposition that joins it to the author's name ("von Marianne1 <br>
// am 20.09.2020", "by Jane Doe on March 3, 2020 at 10:15"). A sentence
// ("… on 14 December 2016.") is no byline.
var bylineDayRe = regexp.MustCompile(`(?i)^(?:am|on|le|el|il)\s+` + strings.TrimSuffix(labelDay, `(?:\D|$)`) +
	`(?:\s*(?:,|um|at|à|a las|alle)?\s*\d{1,2}[:.h]\d\d\s*(?:uhr|h|am|pm)?)?$`)

// bylineDate reads the day of a byline written as its own text after
// the author's name, prev ("Marianne1", then "am 20.09.2020"). Nothing
// names the day's kind, so it is a date of unstated kind: it shows the
// page's day without declaring it.
func bylineDate(prev, text string) (dateEvidence, bool) {
	if len(prev) > 40 || len(text) > 80 {
		return dateEvidence{}, false
	}
	m := bylineDayRe.FindStringSubmatch(text)
	if m == nil {
		return dateEvidence{}, false
	}
	t, ok := readDay(m[1])
	if !ok {
		return dateEvidence{}, false
	}
	return dateEvidence{src: evLabel, role: roleDate, t: t}, true
}

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
	} else if d := labelDayRe.FindStringSubmatch(text); d != nil {
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
	t, ok := readDay(day)
	if !ok {
		return dateEvidence{}, false
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

// headDayRe matches a numeric day in a short text: day.month.year or
// year-month-day.
var headDayRe = regexp.MustCompile(`(?:^|\D)(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\D|$)`)

// headlineDay reads the day written next to the page's first h1: in the
// short text of the element just before or after it, or of its
// parent's, where an article states its dateline ("02.02.2022 10:16 Uhr
// – Bundesliga" above the headline). Dates elsewhere in free text may
// belong to teasers of other articles.
func headlineDay(root *html.Node) (time.Time, bool) {
	var h1 *html.Node
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if h1 != nil || depth > maxDateDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			h1 = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	if h1 == nil {
		return time.Time{}, false
	}
	sibling := func(n *html.Node, next bool) *html.Node {
		for {
			if next {
				n = n.NextSibling
			} else {
				n = n.PrevSibling
			}
			if n == nil {
				return nil
			}
			if n.Type == html.ElementNode && strings.TrimSpace(textOf(n)) != "" {
				return n
			}
			if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
				return nil
			}
		}
	}
	var cands []*html.Node
	for _, n := range []*html.Node{h1, h1.Parent} {
		if n == nil {
			continue
		}
		if p := sibling(n, false); p != nil {
			cands = append(cands, p)
		}
		if p := sibling(n, true); p != nil {
			cands = append(cands, p)
			if subtitle(p) {
				// The dateline follows the headline's subtitle.
				if p := sibling(p, true); p != nil {
					cands = append(cands, p)
				}
			}
		}
	}
	var day time.Time
	for _, c := range cands {
		t := oneLine(textOf(c))
		if len(t) > 150 {
			continue
		}
		m := headDayRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		d, ok := dottedDay(m[1])
		if !ok {
			if d, _, _, ok = parseStamp(m[1]); !ok {
				continue
			}
		}
		if !day.IsZero() && !sameDay(day, d) {
			return time.Time{}, false
		}
		day = d
	}
	return day, !day.IsZero()
}

// subtitle reports whether n is a heading below h1, as a headline's
// subtitle is written.
func subtitle(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// datelineRe matches a dateline opening a paragraph: a day, optionally
// after a place and in brackets, closed by a dash, a bracket, a stop or
// the paragraph's first word ("29.11.2022 – Mehrfach …", "Karlsruhe,
// (12.11.2021). Traditionell …", "Hamburg, den 2. Dezember 2022").
var datelineRe = regexp.MustCompile(`(?i)^(?:\p{Lu}[\p{L}./ -]{1,40},\s*(?:den\s+|le\s+|el\s+|am\s+)?)?\(?` + labelDay)

// openingDay reads the dateline of an article body: a day opening one
// of its first paragraphs. A date a page writes in its body's first
// lines is the article's own, where dates elsewhere on the page may
// belong to comments, events or teasers of other articles.
func openingDay(paras []string) (time.Time, bool) {
	for i, p := range paras {
		if i == 3 {
			break
		}
		m := datelineRe.FindStringSubmatch(strings.TrimSpace(p))
		if m == nil {
			continue
		}
		if t, ok := readDay(m[1]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// anyDayRe matches a day written out anywhere in a text, as labels are
// followed by (see labelDay), not inside a longer number.
var anyDayRe = regexp.MustCompile(`(?i)(?:^|[^\d.])` + labelDay)

// shownDays returns the days text writes out, keyed YYYY-MM-DD.
func shownDays(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range anyDayRe.FindAllStringSubmatch(text, -1) {
		if t, ok := readDay(m[1]); ok {
			out[t.Format(time.DateOnly)] = true
		}
	}
	return out
}

// readDay reads a day as labelDay matches it: day.month.year, ISO, or
// with its month's name.
func readDay(s string) (time.Time, bool) {
	if t, ok := dottedDay(s); ok {
		return t, true
	}
	if t, _, _, ok := parseStamp(s); ok {
		return t, true
	}
	return namedDay(s)
}

// dateClasses are class names pages give the element showing an
// article's date.
var dateClasses = map[string]bool{
	"date": true, "datum": true, "pubdate": true, "post-date": true, "entry-date": true,
	"article-date": true, "news-date": true, "date-published": true, "publish-date": true,
}

// dateClass reports whether n is a short element a class names as a
// date (<span class="date">27.01.2022</span>), not a <time> element,
// which pageDates reads by itself.
func dateClass(n *html.Node) bool {
	if n.DataAtom == atom.Time {
		return false
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if dateClasses[tok] {
			return true
		}
	}
	return false
}

// classDayRe matches a short text that is a day, optionally after a
// weekday and followed by a clock time.
var classDayRe = regexp.MustCompile(`(?i)^` + weekday + labelDay)

// classDay reads the day a date-classed element shows: its whole short
// text is the day ("27.01.2022", "Dienstag, 4. Juni 2019, 15:54").
func classDay(text string) (time.Time, bool) {
	text = oneLine(text)
	if len(text) > 60 {
		return time.Time{}, false
	}
	m := classDayRe.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	return readDay(m[1])
}
