package textdate

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
)

// people.tsv names the people of the terms of office (package
// gazetteer) as news texts give them.
//
//go:embed people.tsv
var peopleTSV string

// term is one term of office; end is zero while it lasts.
type term struct {
	title      string
	country    string // ISO 3166 alpha-3, or UN, VAT
	start, end time.Time
}

// person is one office holder of the table.
type person struct {
	key   string
	name  string // display name: the first of the names
	terms []term
}

// alias is one name a text may give a person.
type alias struct {
	name      string
	p         *person
	titleOnly bool // read as the person only right after a title
	glued     bool // a script written without spaces before particles (Hangul, Han, kana)
}

// table is the parsed, read-only table of terms of office.
type table struct {
	people  map[string]*person
	aliases []alias // longest name first
}

// officeTable parses the embedded tables once; the result is never
// modified.
var officeTable = sync.OnceValue(func() *table {
	t := &table{people: map[string]*person{}}
	for _, gt := range gazetteer.Terms() {
		p := t.people[gt.Key]
		if p == nil {
			p = &person{key: gt.Key, name: gt.Key}
			t.people[gt.Key] = p
		}
		p.terms = append(p.terms, term{title: gt.Title, country: gt.Country, start: gt.Start, end: gt.End})
	}
	for _, line := range strings.Split(peopleTSV, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) != 2 {
			continue
		}
		p := t.people[f[0]]
		if p == nil {
			panic(fmt.Sprintf("textdate: people.tsv: %s has no term of office", f[0]))
		}
		for i, n := range strings.Split(f[1], ",") {
			n = strings.TrimSpace(n)
			a := alias{name: strings.TrimPrefix(n, "~"), p: p, titleOnly: strings.HasPrefix(n, "~")}
			if a.name == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(a.name)
			a.glued = unicode.In(r, unicode.Hangul, unicode.Han, unicode.Katakana, unicode.Hiragana)
			if i == 0 {
				p.name = a.name
			}
			t.aliases = append(t.aliases, a)
		}
	}
	for _, p := range t.people {
		slices.SortFunc(p.terms, func(a, b term) int { return a.start.Compare(b.start) })
	}
	slices.SortStableFunc(t.aliases, func(a, b alias) int { return len(b.name) - len(a.name) })
	return t
})

// Holder returns the names of the person who held title (as the table
// of terms of office writes it: "president", "prime minister", "leader"
// …) for country on day at, display name first, and whether the table
// knows one. Terms end on the day the successor takes office, which goes
// to the successor.
func Holder(country, title string, at time.Time) ([]string, bool) {
	if at.IsZero() {
		return nil, false
	}
	t := officeTable()
	var found *person
	for _, p := range t.people {
		for _, tm := range p.terms {
			if tm.country == country && tm.title == title && !at.Before(tm.start) && (tm.end.IsZero() || at.Before(tm.end)) {
				if found != nil && found != p {
					return nil, false // two holders: the table cannot say
				}
				found = p
			}
		}
	}
	if found == nil {
		return nil, false
	}
	names := []string{found.name}
	for _, a := range t.aliases {
		if a.p == found && a.name != found.name && !a.titleOnly {
			names = append(names, a.name)
		}
	}
	return names, true
}

// mention is one place a text names a person of the table.
type mention struct {
	start, end int // byte span of the name
	text       string
	p          *person
	title      string // canonical title said with the name, or ""
	mod        string // "", "former" or "elect"
	span       [2]int // byte span of title and name together
	titleOnly  bool
}

// mentions finds the people of the table that text names, in text
// order, the longest name winning where names overlap. A name marked
// title-only is kept only when a title stands with it.
func (t *table) mentions(text string) []mention {
	var out []mention
	taken := make([]bool, len(text)+1)
	for _, a := range t.aliases {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], a.name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(a.name)
			off = e
			if taken[s] || taken[e-1] || !a.glued && !wordBounded(text, s, e) {
				continue
			}
			m := mention{start: s, end: e, text: a.name, p: a.p, span: [2]int{s, e}, titleOnly: a.titleOnly}
			readTitle(text, &m, a.glued)
			if a.titleOnly && m.title == "" {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, m)
		}
	}
	// The same span can be claimed by two people who share a name
	// ("Bush"); keep them all, each is a reading.
	slices.SortStableFunc(out, func(a, b mention) int { return a.start - b.start })
	return out
}

func wordBounded(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Title words. The title group of each pattern is canonicalised by
// canonTitle; the mod group holds "former", "ex-", "designate" and the
// like in several languages.
const (
	enTitles  = `(?i:president[- ]elect|vice[- ]president|president|prime minister|premier|chancellor|secretary of state|foreign minister|secretary[- ]general|supreme leader|leader|pope)`
	enMods    = `(?i:former|ex-|ex|then-|then|the late|late|incoming)`
	romTitles = `(?i:presidente eleito|presidente electo|presidente eletto|président élu|presidente|président|vice-presidente|vicepresidente|vice-président|primeiro-ministro|primer ministro|primera ministra|primo ministro|premier ministre|première ministre|chanceler|canciller|chancelier|chancelière|cancelliere|secretário de estado|secretario de estado|papa|pape)`
	romMods   = `(?i:ex-|ex|antigo|antiguo|ancien|ancienne|l'ancien|o então|el entonces|l'ex)`
	deTitles  = `(?:designierte[nr]?\s+(?:US-)?Präsident(?:en)?|(?:US-|Bundes|Staats|Vize)?[Pp]räsident(?:en|in)?|(?:Bundes)?[Kk]anzler(?:in)?|Premierminister(?:in)?|Ministerpräsident(?:en|in)?|Außenminister(?:in)?|Papst(?:es)?)`
	deMods    = `(?:Ex-|ehemalige[nrsm]?|frühere[nrsm]?|Alt-?)`
)

var (
	// Title before the name: "former U.S. President Donald Trump",
	// "President-elect Trump", "o presidente eleito Donald Trump".
	preTitleRe = regexp.MustCompile(`(?:\b(?P<mod>` + enMods + `)[\s-]*)?(?:(?:U\.S\.|US|U\.S|UK|EU|[\p{Lu}][\pL]+(?:\s[\p{Lu}][\pL]+)?)\s+)??(?P<title>` + enTitles + `)[\s-]+(?:[\p{Lu}][\pL.]*\s+)?$` +
		`|(?:\b(?P<mod>` + romMods + `)\s*)?(?P<title>` + romTitles + `)(?:\s+(?:dos EUA|de los EE\.? ?UU\.?|des États-Unis|degli Stati Uniti|\p{Ll}{2,}(?:ano|ana|ês|esa|ense|ien|ienne|ino|ina|ais|aise|ico|ica|eno|ena)))?,?\s+$` +
		`|(?:\b(?P<mod>` + deMods + `)\s*)?(?P<title>` + deTitles + `)\s+$`)
	// Title after the name: "Donald Trump, president-elect of the
	// United States", "Trump, the former president", "윤석열 전 대통령".
	postTitleRe = regexp.MustCompile(`^,\s+(?:the\s+|o\s+|a\s+|el\s+|le\s+|la\s+)?(?:(?P<mod>` + enMods + `|` + romMods + `)[\s-]*)?(?:(?:U\.S\.|US|American|[\p{Lu}][\pL]+)\s+)?(?P<title>` + enTitles + `|` + romTitles + `)\b` +
		`|^\s*(?:미국\s*)?(?P<mod>전|前)?\s*(?P<title>대통령\s*당선인|대통령\s*당선자|당선인|당선자|대통령|총리|국무장관|국무위원장|위원장|총비서|교황|총장)`)
)

// canonTitle maps a title as written to the table's English title, and
// reports whether it names the elect of that title.
func canonTitle(s string) (title string, elect bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch {
	case strings.Contains(s, "당선"), strings.HasPrefix(s, "designiert"), strings.Contains(s, "elect"), strings.Contains(s, "eleito"), strings.Contains(s, "eletto"), strings.Contains(s, "élu"):
		return "president", true
	case strings.HasPrefix(s, "vice"):
		return "vice president", false
	case strings.HasPrefix(s, "secretary of state"), strings.HasPrefix(s, "secretário de estado"), strings.HasPrefix(s, "secretario de estado"), s == "국무장관":
		return "secretary of state", false
	case strings.HasPrefix(s, "secretary"), s == "총장":
		return "secretary-general", false
	case strings.Contains(s, "außenminister"), s == "foreign minister":
		return "foreign minister", false
	case strings.Contains(s, "minist"), s == "premier", s == "총리":
		return "prime minister", false
	case strings.Contains(s, "kanzler"), strings.HasPrefix(s, "chancel"), strings.HasPrefix(s, "chanceler"), strings.HasPrefix(s, "canciller"), strings.HasPrefix(s, "cancelliere"):
		return "chancellor", false
	case strings.Contains(s, "leader"), strings.Contains(s, "위원장"), s == "총비서":
		return "leader", false
	case s == "pope", s == "papa", s == "pape", strings.HasPrefix(s, "papst"), s == "교황":
		return "pope", false
	case strings.Contains(s, "presid"), strings.Contains(s, "présid"), strings.Contains(s, "präsident"), s == "대통령":
		return "president", false
	}
	return "", false
}

// readTitle fills m's title and modifier from the words around its name.
func readTitle(text string, m *mention, glued bool) {
	if !glued {
		lo := max(0, m.start-80)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		if loc := preTitleRe.FindStringSubmatchIndex(text[lo:m.start]); loc != nil {
			mod, title := groups(preTitleRe, text[lo:m.start], loc)
			m.title, m.mod = titleAndMod(title, mod)
			if m.title != "" {
				m.span[0] = lo + loc[0]
				return
			}
		}
	}
	hi := min(len(text), m.end+80)
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	if loc := postTitleRe.FindStringSubmatchIndex(text[m.end:hi]); loc != nil {
		mod, title := groups(postTitleRe, text[m.end:hi], loc)
		m.title, m.mod = titleAndMod(title, mod)
		if m.title != "" {
			m.span[1] = m.end + loc[1]
		}
	}
}

// groups returns the first non-empty mod and title groups of a match.
func groups(re *regexp.Regexp, s string, loc []int) (mod, title string) {
	for i, n := range re.SubexpNames() {
		if loc[2*i] < 0 {
			continue
		}
		switch v := s[loc[2*i]:loc[2*i+1]]; {
		case n == "mod" && mod == "":
			mod = v
		case n == "title" && title == "":
			title = v
		}
	}
	return mod, title
}

func titleAndMod(title, mod string) (string, string) {
	t, elect := canonTitle(title)
	if t == "" {
		return "", ""
	}
	switch m := strings.ToLower(strings.Trim(mod, " -")); {
	case elect, m == "incoming":
		return t, "elect"
	case m != "":
		return t, "former"
	}
	return t, ""
}

// bound returns the days a mention allows, a description of the
// reading, and false when the table says nothing about it.
func (m mention) bound() (set, string, bool) {
	var terms []term
	for _, tm := range m.p.terms {
		if m.mod == "elect" && tm.title == m.title+"-elect" || m.mod != "elect" && tm.title == m.title {
			terms = append(terms, tm)
		}
	}
	if len(terms) == 0 {
		return nil, "", false
	}
	who := m.p.name
	switch m.mod {
	case "elect":
		var spans []span
		var desc []string
		for _, tm := range terms {
			spans = append(spans, span{tm.start, tm.end})
			desc = append(desc, fmt.Sprintf("%s..%s", day(tm.start), day(tm.end.AddDate(0, 0, -1))))
		}
		return union(spans...), fmt.Sprintf("%s was %s-elect %s", who, m.title, strings.Join(desc, " or ")), true
	case "former":
		for _, tm := range terms {
			if !tm.end.IsZero() {
				return from(tm.end), fmt.Sprintf("%s's first term as %s ended %s", who, m.title, day(tm.end)), true
			}
		}
		return nil, "", false
	}
	return from(terms[0].start), fmt.Sprintf("%s %s since %s", who, m.title, day(terms[0].start)), true
}

// stints returns p's terms as head of state or government, or in
// title when it is not "", merging terms that follow each other.
func (p *person) stints(title string) []span {
	var out []span
	for _, tm := range p.terms {
		if strings.HasSuffix(tm.title, "-elect") || title != "" && tm.title != title {
			continue
		}
		end := tm.end
		if end.IsZero() {
			end = forever
		}
		if n := len(out); n > 0 && !tm.start.After(out[n-1].hi) {
			out[n-1].hi = later(out[n-1].hi, end)
			continue
		}
		out = append(out, span{tm.start, end})
	}
	return out
}

func day(t time.Time) string { return t.Format(time.DateOnly) }

// TookOffice returns the day on which the person named last in text took
// the office they held on day at: the start of their latest stint in
// office begun by then (terms that follow each other are one stint). It
// says nothing when the name is shared by two such people, when the
// person was only elected by then (the office is yet to be taken), or
// when text names nobody of the table.
func TookOffice(text string, at time.Time) (time.Time, bool) {
	ms := officeTable().mentions(text)
	if len(ms) == 0 || at.IsZero() {
		return time.Time{}, false
	}
	last := ms[len(ms)-1].start
	var took time.Time
	var who *person
	for _, m := range ms {
		if m.start != last {
			continue
		}
		for _, tm := range m.p.terms {
			if strings.HasSuffix(tm.title, "-elect") && !at.Before(tm.start) && (tm.end.IsZero() || at.Before(tm.end)) {
				return time.Time{}, false // "president-elect": the office is to come
			}
		}
		var start time.Time
		for _, st := range m.p.stints("") {
			if !st.lo.After(at) {
				start = st.lo
			}
		}
		if start.IsZero() {
			continue
		}
		if who != nil && who != m.p {
			return time.Time{}, false
		}
		who, took = m.p, start
	}
	return took, who != nil
}
