// Package textdate estimates when an article was published from what its
// text says, for pages that carry no date of their own.
//
// The method gathers constraints and intersects them. Each constraint is
// a set of days the publication can fall on, with a sentence saying why:
//
//   - explicit dates the text mentions in a past or neutral context
//     ("in June 2019", "on 3 March 2021") put the publication on or
//     after them; dates in a future context ("by 2030", "scheduled
//     for ...") are left out;
//   - titles read against the project's table of terms of office
//     (package gazetteer) and people.tsv: "President Lee Jae-myung" puts it on or
//     after his first day in office, "former President X" after one of
//     X's terms ended, "president-elect X" inside one of the windows
//     between X's election and inauguration; "the X administration"
//     after X took office, "his first term" after the first term of a
//     person with several;
//   - elapsed time from an office: "four months after taking office"
//     puts it in the fifth month of the nearest named office holder's
//     term;
//   - bare months in a future context ("inauguration scheduled for
//     January") put it in the eleven months before that month, and
//     "last March" in the twelve after.
//
// The intersection is a range of days. Publication follows the events
// it reports, so the estimate is the earliest day the evidence allows:
// at day precision when a day-of-month reference ("on the 11th") can be
// placed inside a narrow range, at month precision when the range spans
// at most about two months, at year precision when it lies in one
// calendar year, and nothing otherwise. A wrong date is worse than
// none, so any contradiction between constraints gives no estimate.
package textdate

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp/timex"
)

// The precisions of an Estimate.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// MaxText is the longest text read, in bytes; the rest is ignored.
const MaxText = 256 << 10

// narrow is the widest range, in days, inside which a day-of-month
// reference is placed, or the earliest month reported at month
// precision.
const narrow = 62

// Options are what the caller already knows.
type Options struct {
	// Lang is the text's ISO 639-1 code, or "" when unknown. The rules
	// of every language run either way; it only breaks ties.
	Lang string
	// NotBefore and NotAfter bound the publication day when known (a
	// crawl date is a NotAfter); zero values leave the bound open.
	NotBefore, NotAfter time.Time
}

// Estimate is a publication date inferred from a text.
type Estimate struct {
	// Date is the estimated day; with month or year precision it is
	// the first day of the period, or of the range if later.
	Date time.Time
	// Precision is Day, Month or Year.
	Precision string
	// Earliest and Latest bound the days the evidence allows
	// (inclusive); Latest is zero when the evidence gives no upper
	// bound.
	Earliest, Latest time.Time
	// Evidence says, one reading per line, what the estimate rests on.
	Evidence []string
}

// String formats the date by its precision: "2025-06-12", "2024-11" or
// "2024".
func (e Estimate) String() string {
	switch e.Precision {
	case Day:
		return e.Date.Format("2006-01-02")
	case Month:
		return e.Date.Format("2006-01")
	case Year:
		return e.Date.Format("2006")
	}
	return ""
}

// clue is one constraint and the reading that gave it.
type clue struct {
	days set
	why  string
	pos  int // byte offset in the text
	// soft marks a lower bound from an explicit date, which a future
	// mention the filters missed can break: it only discards whole
	// spans that end before it, never trims one, and is ignored when
	// it would discard them all.
	soft bool
}

// intersect returns the days all clues allow and the readings used.
func intersect(clues []clue) (set, []string) {
	days := all()
	var ev []string
	for _, c := range clues {
		if !c.soft {
			days = days.intersect(c.days)
			ev = append(ev, c.why)
		}
	}
	for _, c := range clues {
		if !c.soft || len(days) == 0 {
			continue
		}
		var kept set
		for _, p := range days {
			if p.hi.After(c.days.first()) {
				kept = append(kept, p)
			}
		}
		if len(kept) > 0 && len(kept) < len(days) {
			days = kept
			ev = append(ev, c.why)
		}
	}
	return days, ev
}

// dayRef is a day-of-month reference whose month is unknown.
type dayRef struct {
	day       int
	text      string
	localTime bool // "(local time)" follows: reported from another time zone
}

// Guess estimates the publication date of text. It reports false when
// the text does not narrow the date enough, or contradicts itself.
func Guess(text string, opt Options) (Estimate, bool) {
	text = clip(text)
	clues, refs := collect(text, opt)
	days, ev := intersect(clues)
	if len(ev) == 0 || len(days) == 0 {
		return Estimate{}, false
	}
	if days.end().Equal(forever) {
		// A lower bound alone dates nothing: taking the latest date
		// the text mentions as the publication day was right on under
		// half of the htmldate evaluation pages it applied to.
		return Estimate{}, false
	}
	first, end := days.first(), days.end()
	e := Estimate{Earliest: first, Latest: end.AddDate(0, 0, -1), Evidence: ev}
	width := int(end.Sub(first).Hours() / 24)
	if width <= narrow && len(refs) > 0 {
		if d, event, why, ok := placeDays(refs, days); ok {
			e.Date, e.Precision, e.Earliest = d, Day, event
			if d.After(e.Latest) {
				e.Latest = d
			}
			e.Evidence = append(e.Evidence, why)
			return e, true
		}
	}
	last := e.Latest
	switch {
	case first.Year() == last.Year() && first.Month() == last.Month():
		e.Date, e.Precision = first, Month
	case width <= narrow:
		e.Date, e.Precision = first, Month
		e.Evidence = append(e.Evidence, fmt.Sprintf("range %s..%s: a report follows the events it tells, so the earliest month", day(first), day(last)))
	case first.Year() == last.Year():
		e.Date, e.Precision = first, Year
	default:
		return Estimate{}, false
	}
	return e, true
}

// Bounds returns the range of days text allows and the readings it
// rests on, without estimating a day: Earliest and Latest are set (Latest
// may be zero: no upper bound), Date and Precision are not. It reports
// false when the text constrains nothing or contradicts itself.
func Bounds(text string, opt Options) (Estimate, bool) {
	clues, _ := collect(clip(text), opt)
	days, ev := intersect(clues)
	if len(ev) == 0 || len(days) == 0 {
		return Estimate{}, false
	}
	e := Estimate{Earliest: days.first(), Evidence: ev}
	if end := days.end(); !end.Equal(forever) {
		e.Latest = end.AddDate(0, 0, -1)
	}
	return e, true
}

// Check reads text against a publication day found elsewhere (a page
// header, metadata) and returns the readings that contradict it; none
// means the text is consistent with the date. Weekday references
// ("Thursday", "this Friday") cannot contradict a date and are not
// reported.
func Check(text string, published time.Time, opt Options) []string {
	text = clip(text)
	d := dayOf(published)
	clues, _ := collect(text, Options{Lang: opt.Lang})
	var out []string
	for _, c := range clues {
		if !c.soft && !c.days.has(d) {
			out = append(out, fmt.Sprintf("%s; contradicts %s", c.why, day(d)))
		}
	}
	return out
}

func clip(text string) string {
	if len(text) <= MaxText {
		return text
	}
	n := MaxText
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// collect gathers the constraints of text and its day-of-month
// references.
func collect(text string, opt Options) ([]clue, []dayRef) {
	var clues []clue
	if !opt.NotBefore.IsZero() || !opt.NotAfter.IsZero() {
		lo, hi := dawn, forever
		if !opt.NotBefore.IsZero() {
			lo = dayOf(opt.NotBefore)
		}
		if !opt.NotAfter.IsZero() {
			hi = dayOf(opt.NotAfter).AddDate(0, 0, 1)
		}
		clues = append(clues, clue{days: between(lo, hi), why: fmt.Sprintf("known bounds %s..%s", day(lo), day(hi.AddDate(0, 0, -1)))})
	}
	ms := officeTable().mentions(text)
	clues = append(clues, officeClues(text, ms)...)
	clues = append(clues, elapsedClues(text, ms)...)
	clues = append(clues, monthClues(text)...)
	tags := timex.Tag(text, time.Time{})
	explicit, refs := explicitClues(text, tags, opt)
	clues = append(clues, explicit...)
	slices.SortStableFunc(clues, func(a, b clue) int { return a.pos - b.pos })
	return clues, refs
}

// officeClues reads the titles given to the people of the table.
func officeClues(text string, ms []mention) []clue {
	var out []clue
	seen := map[string]bool{}
	// Readings of one span (two people called "Bush") are joined.
	for i := 0; i < len(ms); {
		j := i
		var days set
		var whys []string
		for ; j < len(ms) && ms[j].start == ms[i].start; j++ {
			if d, why, ok := ms[j].bound(); ok {
				days = union(append(slices.Clone(days), d...)...)
				whys = append(whys, why)
			}
		}
		if len(whys) > 0 {
			said := strings.Join(strings.Fields(text[ms[i].span[0]:ms[i].span[1]]), " ")
			why := fmt.Sprintf("%q: %s", said, strings.Join(whys, " or "))
			if !seen[why] {
				seen[why] = true
				out = append(out, clue{days: days, why: why, pos: ms[i].start})
			}
		}
		i = j
	}
	out = append(out, administrationClues(text, ms)...)
	return out
}

var (
	adminRe     = regexp.MustCompile(`^(?:'s|’s)?\s+(?:administration|presidency|government|cabinet)\b|^\s*(?:[12]기\s*)?(?:행정부|정부|정권)`)
	firstTermRe = regexp.MustCompile(`(?i)\bfirst (?:term|administration|presidency)\b|\bprimeiro mandato\b|\bprimer mandato\b|\bpremier mandat\b|\bersten Amtszeit\b|1기|첫 임기|집권 1기`)
)

// administrationClues reads "the X administration" (X took office) and
// "his first term" (said of a person with more than one).
func administrationClues(text string, ms []mention) []clue {
	var out []clue
	seen := map[*person]bool{}
	for _, m := range ms {
		if seen[m.p] || !adminRe.MatchString(text[m.end:min(len(text), m.end+30)]) {
			continue
		}
		st := headStints(m.p)
		if len(st) == 0 {
			continue
		}
		seen[m.p] = true
		out = append(out, clue{days: from(st[0].lo), why: fmt.Sprintf("%q: %s in office since %s", strings.TrimSpace(text[m.start:min(len(text), m.end+adminLen(text[m.end:]))]), m.p.name, day(st[0].lo)), pos: m.start})
	}
	loc := firstTermRe.FindStringIndex(text)
	if loc == nil {
		return out
	}
	// The people named before the phrase who served more than one
	// separate stint in one office.
	var spans []span
	var names []string
	done := map[*person]bool{}
	for _, m := range ms {
		if m.start > loc[0] || done[m.p] {
			continue
		}
		done[m.p] = true
		for _, title := range titlesOf(m.p) {
			if st := m.p.stints(title); len(st) > 1 {
				spans = append(spans, span{st[0].hi, forever})
				names = append(names, fmt.Sprintf("%s's first term as %s ended %s", m.p.name, title, day(st[0].hi)))
				break
			}
		}
	}
	if len(spans) > 0 {
		out = append(out, clue{days: union(spans...), why: fmt.Sprintf("%q: %s", text[loc[0]:loc[1]], strings.Join(names, " or ")), pos: loc[0]})
	}
	return out
}

func adminLen(s string) int {
	if loc := adminRe.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

func titlesOf(p *person) []string {
	var out []string
	for _, t := range p.terms {
		if !strings.HasSuffix(t.title, "-elect") && !slices.Contains(out, t.title) {
			out = append(out, t.title)
		}
	}
	return out
}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

var elapsedRe = regexp.MustCompile(`(?i)\b(?P<q>just|only|barely|nearly|almost|about|some|less than|more than|over)?\s*\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<u>day|week|month|year)s?\s+(?:after\s+(?:taking|assuming|entering)\s+office|after\s+(?:his|her|their)\s+inauguration|into\s+(?:his|her|their|the)\s+(?:(?P<ord>first|second)\s+)?(?:term|presidency|tenure|administration|mandate))` +
	`|(?i)\bafter\s+(?P<q>just|only|nearly|almost|about|some|less than|more than|over)?\s*\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<u>day|week|month|year)s?\s+in\s+office`)

// elapsedClues reads "four months after taking office" against the
// nearest office holder named before it.
func elapsedClues(text string, ms []mention) []clue {
	var out []clue
	if lower := strings.ToLower(text); !strings.Contains(lower, "office") && !strings.Contains(lower, " into ") {
		return nil // the pattern cannot match; skip its slow scan
	}
	for _, loc := range elapsedRe.FindAllStringSubmatchIndex(text, 8) {
		g := map[string]string{}
		for i, n := range elapsedRe.SubexpNames() {
			if n != "" && loc[2*i] >= 0 && g[n] == "" {
				g[n] = strings.ToLower(text[loc[2*i]:loc[2*i+1]])
			}
		}
		n, err := strconv.Atoi(g["n"])
		if err != nil {
			n = numberWords[g["n"]]
		}
		var holder *person
		for _, m := range ms {
			if m.start < loc[0] && len(headStints(m.p)) > 0 {
				holder = m.p
			}
		}
		if holder == nil || n == 0 {
			continue
		}
		add := func(t time.Time, k int) time.Time {
			switch g["u"] {
			case "day":
				return t.AddDate(0, 0, k)
			case "week":
				return t.AddDate(0, 0, 7*k)
			case "month":
				return t.AddDate(0, k, 0)
			}
			return t.AddDate(k, 0, 0)
		}
		lo, hi := n, n+1
		switch g["q"] {
		case "nearly", "almost", "less than":
			lo, hi = n-1, n
		}
		var spans []span
		var starts []string
		for i, st := range headStints(holder) {
			if g["ord"] == "second" && i != 1 || g["ord"] == "first" && i != 0 {
				continue
			}
			spans = append(spans, span{add(st.lo, lo), add(st.lo, hi)})
			starts = append(starts, day(st.lo))
		}
		if len(spans) == 0 {
			continue
		}
		out = append(out, clue{days: union(spans...), why: fmt.Sprintf("%q: %s took office %s", text[loc[0]:loc[1]], holder.name, strings.Join(starts, " or ")), pos: loc[0]})
	}
	return out
}

// headStints returns the separate stints of p in the highest office
// the table gives them: the office "taking office" and "the X
// administration" refer to.
func headStints(p *person) []span {
	ts := titlesOf(p)
	for _, t := range []string{"president", "prime minister", "chancellor", "leader", "pope", "secretary-general"} {
		if slices.Contains(ts, t) {
			return p.stints(t)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	return p.stints(ts[0])
}

var monthNumber = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12}

const monthAlt = `january|february|march|april|may|june|july|august|september|october|november|december|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro`

var (
	// A bare month ahead: "scheduled for January", "next March",
	// "previsto para janeiro". The month must not be followed by a day
	// or a year.
	futureMonthRe = regexp.MustCompile(`(?i)\b(?:(?:scheduled|slated|set|due|planned|expected)\s+(?:for|in)|next|this coming|previst[oa]s?\s+para|marcad[oa]s?\s+para)\s+(?P<q>early\s+|mid-?\s*|late\s+|the end of\s+|the middle of\s+)?(?P<m>` + monthAlt + `)\b`)
	// A bare month behind: "last March", "this past March".
	pastMonthRe = regexp.MustCompile(`(?i)\b(?:last|this past)\s+(?P<m>` + monthAlt + `)\b`)
	followRe    = regexp.MustCompile(`^\.?,?\s*(?:\d|of\s+\d|de\s+\d)`)
)

// monthClues reads bare months in a future or past context. "Scheduled
// for January" is written before January: the publication lies in the
// eleven months before it (before its end when the month is qualified,
// "late January"). "Last March" lies in the year before.
func monthClues(text string) []clue {
	var out []clue
	for _, loc := range futureMonthRe.FindAllStringSubmatchIndex(text, 8) {
		if followRe.MatchString(text[loc[1]:]) {
			continue
		}
		m := monthNumber[strings.ToLower(text[loc[4]:loc[5]])]
		qualified := loc[2] >= 0
		var spans []span
		for y := dawn.Year() + 1; y < forever.Year(); y++ {
			start := ymd(y, m, 1)
			end := start
			if qualified {
				end = start.AddDate(0, 1, 0)
			}
			spans = append(spans, span{start.AddDate(0, -11, 0), end})
		}
		out = append(out, clue{days: union(spans...), why: fmt.Sprintf("%q: written before that %s", text[loc[0]:loc[1]], time.Month(m)), pos: loc[0]})
	}
	for _, loc := range pastMonthRe.FindAllStringSubmatchIndex(text, 8) {
		if followRe.MatchString(text[loc[1]:]) {
			continue
		}
		m := monthNumber[strings.ToLower(text[loc[2]:loc[3]])]
		var spans []span
		for y := dawn.Year(); y < forever.Year()-1; y++ {
			start := ymd(y, m, 1)
			spans = append(spans, span{start.AddDate(0, 1, 0), start.AddDate(1, 1, 0)})
		}
		out = append(out, clue{days: union(spans...), why: fmt.Sprintf("%q: written in the year after that %s", text[loc[0]:loc[1]], time.Month(m)), pos: loc[0]})
	}
	return out
}

var (
	// futureRe marks a sentence that looks ahead; its dates are not
	// bounds.
	futureRe = regexp.MustCompile(`(?i)\b(?:will|won't|shall|going to|scheduled|slated|planned|plans?|expect(?:ed|s)? to|forecasts?|projected|projections?|targets?|aims?|goals?|deadline|upcoming|next|to be held|set to|due to|bid|host|hosting|vision|outlook|estimates?|until|till|wird|werden|soll|sera|vai|a partir de)\b|'ll\b|’ll\b|(?:^|[^\pL])(?:previst[oa]s?|próxim[oa]s?|\pL+r[áà]n?|\pL{2,}ront)(?:[^\pL]|$)|예정|계획|목표|까지`)
	// beforeRe marks a date that is a limit or a named event: "by
	// 2030", "ahead of the 2026 World Cup".
	beforeRe = regexp.MustCompile(`(?i)(?:\bby|\buntil|\bthrough|\bbefore|\bahead of(?: the)?|\bin time for(?: the)?|\bfor|\bthe)\s*$`)
	// afterYearRe marks a year used as a modifier: "2028 Olympics",
	// "2030 target", "2017-18 season".
	afterYearRe = regexp.MustCompile(`^(?:\s*[-–—/]\s*\d|\s+\p{L})`)
	sentEndRe   = regexp.MustCompile(`[.!?。…]\s*|\n`)
	// ambiguousRe matches a numeric date whose day and month could
	// be read either way ("2/11/2023"); such dates bound nothing.
	ambiguousRe = regexp.MustCompile(`^(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-]\d{2,4}$`)
	valueRe     = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)
	dayRefRe    = regexp.MustCompile(`^XXXX-XX-(\d{2})$`)
	localTimeRe = regexp.MustCompile(`^\s*\(\s*(?i:local time|현지\s*시간|현지시각|現地時間)\s*\)`)
)

// explicitClues turns the explicit dates of the text into a lower
// bound (the latest one in a past or neutral context) and returns the
// day-of-month references.
func explicitClues(text string, tags []timex.Timex, opt Options) ([]clue, []dayRef) {
	offs := runeOffsets(text)
	var best clue
	var bestStart time.Time
	var refs []dayRef
	for _, tx := range tags {
		if tx.Type != timex.Date || tx.Start >= len(offs) || tx.End >= len(offs) {
			continue
		}
		s, e := offs[tx.Start], offs[tx.End]
		if m := dayRefRe.FindStringSubmatch(tx.Value); m != nil {
			d, _ := strconv.Atoi(m[1])
			refs = append(refs, dayRef{day: d, text: tx.Text, localTime: localTimeRe.MatchString(text[e:])})
			continue
		}
		m := valueRe.FindStringSubmatch(tx.Value)
		if m == nil || ambiguousRe.MatchString(strings.TrimSpace(tx.Text)) || future(text, s, e) {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, d := 1, 1
		if m[2] != "" {
			mo, _ = strconv.Atoi(m[2])
		}
		if m[3] != "" {
			d, _ = strconv.Atoi(m[3])
		}
		start := ymd(y, time.Month(mo), d)
		if start.Before(dawn) || !start.Before(forever) || !opt.NotAfter.IsZero() && start.After(opt.NotAfter) {
			continue
		}
		if start.After(bestStart) {
			bestStart = start
			best = clue{days: from(start), why: fmt.Sprintf("%q: mentioned as past, so on or after %s", tx.Text, day(start)), pos: s, soft: true}
		}
	}
	if bestStart.IsZero() {
		return nil, refs
	}
	return []clue{best}, refs
}

// future reports whether the date at text[s:e] looks ahead or names an
// event rather than a time.
func future(text string, s, e int) bool {
	if beforeRe.MatchString(text[max(0, s-20):s]) {
		return true
	}
	if afterYearRe.MatchString(text[e:min(len(text), e+4)]) && len(strings.TrimSpace(text[s:e])) == 4 {
		return true
	}
	lo := s
	for _, loc := range sentEndRe.FindAllStringIndex(text[max(0, s-400):s], -1) {
		lo = max(0, s-400) + loc[1]
	}
	if lo == s {
		lo = max(0, s-400)
	}
	hi := len(text)
	if loc := sentEndRe.FindStringIndex(text[e:]); loc != nil {
		hi = e + loc[0]
	}
	return futureRe.MatchString(text[lo:hi])
}

// runeOffsets maps code-point offsets (as timex reports them) to byte
// offsets, with one extra entry for the end of the text.
func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// placeDays places day-of-month references in days: each on the first
// day with that day of the month on or after the start of the range.
// The latest is the estimate, a day later when the reference was given
// in another time zone's local time. It fails when a reference falls
// outside the range or the references span more than a month.
func placeDays(refs []dayRef, days set) (estimate, event time.Time, why string, ok bool) {
	first := days.first()
	var latest, earliest time.Time
	var whys []string
	local := false
	for _, r := range refs {
		t := first
		for t.Day() != r.day && t.Before(days.end()) {
			t = t.AddDate(0, 0, 1)
		}
		if !days.has(t) {
			return time.Time{}, time.Time{}, "", false
		}
		if earliest.IsZero() || t.Before(earliest) {
			earliest = t
		}
		if t.After(latest) {
			latest, local = t, r.localTime
		}
		whys = append(whys, fmt.Sprintf("%q → %s", r.text, day(t)))
	}
	if latest.Sub(earliest) > 31*24*time.Hour {
		return time.Time{}, time.Time{}, "", false
	}
	why = strings.Join(whys, ", ")
	estimate = latest
	if local {
		estimate = latest.AddDate(0, 0, 1)
		why += " (local time elsewhere: reported the day after)"
	}
	return estimate, latest, why, true
}
