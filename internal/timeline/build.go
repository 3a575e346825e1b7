package timeline

import (
	"cmp"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/nlp/timex"
)

// Options tune Build.
type Options struct {
	// Since marks the articles stored after it, and the events first
	// reported by them, as new. Zero marks nothing.
	Since time.Time
}

// recentWindow is how close to the publication date the last date an
// article mentioned must be for an undated event to be dated by the
// publication itself: the article is then telling current news.
const recentWindow = 45 * 24 * time.Hour

// maxPlaceGap is how far, in code points, a sentence's one place may be
// from the trigger to be the event's place.
const maxPlaceGap = 60

// mention is one report of an event in one sentence.
type mention struct {
	art       int // index into the builder's articles
	typ       string
	date      string // 2018, 2019-06, 2025-08-28, or "" when undated
	estimated bool   // the date is the article's own, not the text's
	fallback  bool   // undated, but may take the article's date
	multi     bool   // one of several events its sentence lists
	place     string // gazetteer key, "" when none
	actors    []actorRef
	sent      sentence
	said      string // the sentence's words, folded (see sentenceKey)
	seq       int    // order of the mention in its article
}

// actorRef is a participant: a gazetteer key (or a folded name for
// people the gazetteer does not know) and the name to show.
type actorRef struct{ key, name string }

// builder holds one Build's state.
type builder struct {
	g        *nameIndex
	arts     []*Article
	outlets  []string // independence key of each article
	mentions []mention
	roles    []roleMention
	// placeNames shows the places the gazetteer does not know, by key.
	placeNames map[string]string
	// locCount counts the story's mentions of each place the tagger
	// found; one the gazetteer lacks must be named twice to be a place.
	locCount map[string]int
	// named maps each entity name's key to the articles that name it
	// (see vouchedName).
	named map[string]map[string]bool
	// within maps a place's key to the key of the place the story's text
	// puts it in ("Punta Islita, Guanacaste, Costa Rica"), for places
	// the gazetteer does not place (see contains).
	within map[string]string
}

// Build reads a story's articles and returns its timeline view. Articles
// should be in publication order; their Entities and Quotes may come
// from package nlp. Build never fails: an article it cannot read
// contributes nothing.
func Build(id, title string, articles []Article, opt Options) *View {
	if len(articles) > MaxArticles {
		articles = articles[:MaxArticles]
	}
	b := &builder{g: loadNames(), placeNames: map[string]string{}, within: map[string]string{}}
	byID := map[string]int{}
	for i := range articles {
		a := &articles[i]
		if len(a.Text) > MaxText {
			a.Text = a.Text[:MaxText]
			for !utf8.ValidString(a.Text) {
				a.Text = a.Text[:len(a.Text)-1]
			}
		}
		b.arts = append(b.arts, a)
		byID[a.ID] = i
	}
	lendOutlets(b.arts, byID)
	for _, a := range b.arts {
		key := outletKey(a)
		if a.CopyOf != "" {
			if j, ok := byID[a.CopyOf]; ok {
				key = outletKey(b.arts[j])
			}
		}
		b.outlets = append(b.outlets, key)
	}
	b.named = b.namedIn()
	b.locCount = map[string]int{}
	for _, a := range b.arts {
		for _, en := range a.Entities {
			if en.Type == "LOC" {
				b.locCount[b.nameKey(cmp.Or(en.Canonical, en.Text))]++
			}
		}
	}
	for i := range b.arts {
		b.read(i)
	}
	v := &View{ID: id, Title: title}
	v.Events = b.merge()
	b.markNew(v, opt.Since)
	var contested [][]int
	v.Conflicts, contested = b.roleConflicts()
	b.attachRoleConflicts(v, contested)
	v.Quotes = b.quotes()
	v.Entities = b.entities()
	v.Coverage = b.coverage(v.Events)
	v.Articles = b.articleRows(opt.Since)
	return v
}

// lendOutlets gives an article that names no outlet and has no address
// (a record of a JSON dump, a text file) the outlet of a copy of it that
// does: the same article read from the site's page and from a dump is one
// outlet's, not the dump file's. byID indexes arts by article ID.
func lendOutlets(arts []*Article, byID map[string]int) {
	known := func(a *Article) bool {
		u, err := url.Parse(a.URL)
		return a.Outlet != "" || err == nil && u.Host != ""
	}
	canon := func(a *Article) string {
		if _, ok := byID[a.CopyOf]; ok {
			return a.CopyOf
		}
		return a.ID
	}
	names := map[string]string{} // canonical ID → an outlet name
	for _, a := range arts {
		if k := canon(a); names[k] == "" && known(a) {
			names[k] = outletName(a)
		}
	}
	for _, a := range arts {
		if n := names[canon(a)]; n != "" && !known(a) {
			a.Outlet = n
		}
	}
}

// outletKey names the outlet an article speaks for.
func outletKey(a *Article) string { return OutletKey(a.Outlet, a.URL, a.ID) }

// OutletKey names the outlet an article speaks for, for counting
// independent sources: its outlet name, else its URL's host, else the
// article itself (an unnamed outlet counts once per article).
func OutletKey(outlet, rawURL, id string) string {
	if outlet != "" {
		return "outlet:" + fold(outlet)
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return "host:" + strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "article:" + id
}

// outletName is the outlet to show for an article.
func outletName(a *Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	if a.Source != "" {
		return filepath.Base(a.Source)
	}
	return a.ID
}

// dateValue matches the calendar values an event can take.
var dateValue = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// listHead matches a list item that opens with a place and a year:
// "- Singapore (2018): The first meeting ...".
var listHead = regexp.MustCompile(`^[-•*]\s*([^():]{2,60}?)\s*\((\d{4})\)\s*:`)

// placeKinds are the gazetteer kinds an event can happen in; a capital
// only after a preposition (else it names a government), a country only
// when no smaller place is named.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "em": true, "no": true, "na": true, "nach": true, "en": true, "au": true, "à": true, "aus": true, "bei": true}

// compass are the words of a part of a place that may stand between a
// preposition and the place ("in northwestern Costa Rica").
var compass = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northwestern": true, "northeastern": true, "southwestern": true, "southeastern": true,
	"north": true, "south": true, "east": true, "west": true}

type dated struct {
	value      string
	start, end int // code points in the sentence
}

type placed struct {
	key        string
	start, end int
	weak       bool // a country: used only when no city or site is named
}

// read finds the event mentions, roles and quotes of article i.
func (b *builder) read(ai int) {
	a := b.arts[ai]
	rs := []rune(a.Text)
	sents := splitSentences(rs)
	times := a.Times
	if times == nil {
		tagger := timex.Tagger{TookOffice: textdate.TookOffice}
		for _, t := range tagger.Tag(a.Text, a.Published) {
			times = append(times, Time{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Start, End: t.End})
		}
	}
	lastDate := ""  // the latest-mentioned explicit date so far
	introType := "" // the type of the list's intro sentence ("he held three meetings:")
	inList := false // previous sentence was a list item or intro
	seq := 0
	for si, s := range sents {
		ws := words(s.text)
		if len(ws) == 0 {
			continue
		}
		b.readRoles(ai, s, ws)
		var dates []dated
		for _, t := range times {
			if t.Start < s.start || t.End > s.end || t.Type != timex.Date || !dateValue.MatchString(t.Value) {
				continue
			}
			dates = append(dates, dated{t.Value, t.Start - s.start, t.End - s.start})
		}
		trigs := unquotedTriggers(findTriggers(ws, a.Language), ws, quotedSpans(s.text))
		places, actors := b.participants(a, s, ws)
		trimmed := strings.TrimSpace(s.text)
		isItem := s.list
		if !isItem {
			introType = ""
			inList = false
		}
		if strings.HasSuffix(trimmed, ":") {
			// A list's intro summarises its items; it carries their type.
			if t := chooseTrigger(trigs, nil); t != nil {
				introType = t.typ
			}
			inList = true
			for _, d := range dates {
				lastDate = d.value
			}
			continue
		}
		if strings.HasSuffix(trimmed, "?") {
			continue
		}
		if isItem {
			if m := listHead.FindStringSubmatch(trimmed); m != nil {
				hws := words(m[1])
				places = nil
				for _, gm := range b.g.find(hws) {
					if k := gm.e.kind; k != gazetteer.Person && k != gazetteer.Org {
						places = append(places, placed{key: gm.e.key})
					}
				}
				dates = []dated{{value: m[2], start: 0, end: len([]rune(m[0]))}}
			}
			if len(trigs) == 0 && inList && introType != "" {
				trigs = []trigger{{typ: introType}}
			}
		}
		ms := b.sentenceMentions(ai, s, trigs, dates, places, actors)
		for _, m := range ms {
			// An undated report is dated by its article when the article
			// is telling current news at that point.
			if m.date == "" && m.place == "" && m.fallback && !a.Published.IsZero() && recentContext(lastDate, a.Published, si) {
				m.date = a.Published.Format("2006-01")
				if a.PublishedPrecision == "year" {
					m.date = a.Published.Format("2006")
				}
				m.estimated = true
			}
			m.seq = seq
			m.said = sentenceKey(s.text)
			seq++
			b.mentions = append(b.mentions, m)
		}
		for _, d := range dates {
			lastDate = d.value
		}
	}
}

// after reports whether value starts after t (a future date).
func after(value string, t time.Time) bool {
	if t.IsZero() {
		return false
	}
	lo, _ := bounds(value)
	return lo.After(t.Add(24 * time.Hour))
}

// recentContext reports whether an article whose last-mentioned date is
// last, published on pub, is telling current news at sentence si.
func recentContext(last string, pub time.Time, si int) bool {
	if last == "" {
		return si < 3
	}
	_, hi := bounds(last)
	return pub.Sub(hi) <= recentWindow && hi.Sub(pub) <= recentWindow
}

// participants finds a sentence's places and actors.
func (b *builder) participants(a *Article, s sentence, ws []word) ([]placed, []actorRef) {
	var places []placed
	var actors []actorRef
	seen := map[string]bool{}
	add := func(r actorRef) {
		if r.key != "" && !seen[r.key] {
			seen[r.key] = true
			actors = append(actors, r)
		}
	}
	var locs []placed // every name of a place, for learnWithin
	for _, gm := range b.g.find(ws) {
		e := gm.e
		switch e.kind {
		case gazetteer.Country, gazetteer.Capital, gazetteer.City, gazetteer.Region, gazetteer.Site:
			locs = append(locs, placed{key: e.key, start: gm.start, end: gm.end})
		}
		prep := gm.wi > 0 && placePreps[ws[gm.wi-1].fold] ||
			gm.wi > 1 && compass[ws[gm.wi-1].fold] && placePreps[ws[gm.wi-2].fold] // "in northwestern Costa Rica"
		switch e.kind {
		case gazetteer.City, gazetteer.Site, gazetteer.Region:
			places = append(places, placed{key: e.key, start: gm.start, end: gm.end})
		case gazetteer.Capital:
			if prep {
				places = append(places, placed{key: e.key, start: gm.start, end: gm.end})
			} else {
				add(actorRef{e.key, e.name})
			}
		case gazetteer.Country:
			if prep {
				places = append(places, placed{key: e.key, start: gm.start, end: gm.end, weak: true})
			} else {
				add(actorRef{e.key, e.name})
			}
		default:
			add(actorRef{e.key, e.name})
		}
	}
	for _, en := range a.Entities {
		if en.Start < s.start || en.End > s.end {
			continue
		}
		name := en.Canonical
		if name == "" {
			name = en.Text
		}
		if en.Type == "LOC" && nameLike(name) && !orgLike(name) {
			// A place the gazetteer does not know: "Nice", "Sunan".
			k := b.nameKey(name)
			if b.g.entries[k] == nil {
				locs = append(locs, placed{key: k, start: en.Start - s.start, end: en.End - s.start})
			}
			if b.g.entries[k] == nil && b.locCount[k] >= 2 && !slices.ContainsFunc(places, func(p placed) bool { return p.key == k }) {
				prep := false
				for i, w := range ws {
					if w.start >= en.Start-s.start {
						prep = i > 0 && placePreps[ws[i-1].fold]
						break
					}
				}
				if prep {
					places = append(places, placed{key: k, start: en.Start - s.start, end: en.End - s.start})
					b.placeNames[k] = name
				}
			}
			continue
		}
		if en.Type != "PER" && en.Type != "ORG" {
			continue
		}
		if !nameLike(name) {
			continue
		}
		if a.Language != "" && a.Language != "en" {
			if name = b.vouchedName(name, a.ID, b.named); name == "" {
				continue
			}
		}
		k := b.nameKey(name)
		if e := b.g.entries[k]; e != nil && e.kind != gazetteer.Person && e.kind != gazetteer.Org && e.kind != gazetteer.Country {
			continue // a place the tagger took for an organisation
		}
		if !seen[k] {
			add(actorRef{k, b.displayName(name)})
		}
	}
	b.learnWithin([]rune(s.text), locs)
	// Places that contain another named place add nothing.
	places = slices.DeleteFunc(places, func(p placed) bool {
		for _, q := range places {
			if q.key != p.key && b.contains(p.key, q.key) {
				return true
			}
		}
		return false
	})
	slices.SortStableFunc(places, func(x, y placed) int { return cmp.Compare(x.start, y.start) })
	return places, actors
}

// learnWithin records what a chain of place names joined by commas that
// ends in a country or region says ("Punta Islita, Guanacaste, Costa
// Rica"): each place is in the next. A chain that ends in a city is a
// list ("in Singapore, Hanoi and at the DMZ") and says nothing. A place
// keeps what is first learned of it, and nothing is put inside a place
// it is known to contain.
func (b *builder) learnWithin(rs []rune, locs []placed) {
	slices.SortStableFunc(locs, func(x, y placed) int { return cmp.Compare(x.start, y.start) })
	joined := func(x, y placed) bool {
		return x.key != y.key && x.end <= y.start && y.start <= len(rs) && strings.TrimSpace(string(rs[x.end:y.start])) == ","
	}
	for i := 0; i < len(locs); {
		j := i
		for j+1 < len(locs) && joined(locs[j], locs[j+1]) {
			j++
		}
		if e := b.g.entries[locs[j].key]; j > i && e != nil && (e.kind == gazetteer.Country || e.kind == gazetteer.Region) {
			for k := i; k < j; k++ {
				x, y := locs[k].key, locs[k+1].key
				if e := b.g.entries[x]; e != nil && (e.kind == gazetteer.Country || e.kind == gazetteer.Capital) {
					continue // a country or capital is in nothing smaller
				}
				if _, ok := b.within[x]; !ok && !b.contains(x, y) {
					b.within[x] = y
				}
			}
		}
		i = j + 1
	}
}

// contains reports whether place a contains place x (or is x), by the
// gazetteer's parents and the places the story's text puts within
// others.
func (b *builder) contains(a, x string) bool {
	for k, n := x, 0; k != "" && n < 8; n++ {
		if k == a {
			return true
		}
		if e := b.g.entries[k]; e != nil && e.parent != "" {
			k = e.parent
			continue
		}
		k = b.within[k]
	}
	return false
}

// enumerated reports whether a sentence's places (in text order) are
// items of one list, each its own event: two or more, each pair joined
// by a comma or a conjunction ("in Singapore, Hanoi and at the DMZ"),
// or paired with dates of their own ("Singapore in 2018, Hanoi in
// 2019").
func enumerated(s sentence, places []placed, dates []dated) bool {
	if len(places) < 2 {
		return false
	}
	if len(dates) >= 2 {
		return true
	}
	rs := []rune(s.text)
	for i := 1; i < len(places); i++ {
		if !listedAfter(rs, places[i-1].end, places[i].start) {
			return false
		}
	}
	return true
}

// listedAfter reports whether the text between two names, rs[from:to],
// joins them as items of a list: short, with a comma or a conjunction.
func listedAfter(rs []rune, from, to int) bool {
	if from < 0 || to > len(rs) || from > to || to-from > 30 {
		return false
	}
	gap := " " + strings.ToLower(string(rs[from:to])) + " "
	if strings.Contains(gap, ",") {
		return true
	}
	for _, c := range []string{" and ", " or ", " y ", " e ", " und ", " et "} {
		if strings.Contains(gap, c) {
			return true
		}
	}
	return false
}

// nameLike reports whether a tagged entity looks like a name rather
// than a title or a fragment ("Mr.", "RIP BABY"): some word of it that is
// not a title, of two letters or more, capitalised but not all capitals
// unless short (an acronym).
func nameLike(name string) bool {
	for _, w := range words(name) {
		if titleWords[w.fold] || abbrevs[w.fold] || strings.HasSuffix(w.text, ".") {
			continue
		}
		rs := []rune(w.text)
		if len(rs) < 2 || !startsUpper(w.text) {
			continue
		}
		if strings.ToUpper(w.text) == w.text && len(rs) > 5 {
			continue
		}
		return true
	}
	return false
}

// orgWords mark a name as an institution, not a place, whatever the
// tagger said.
var orgWords = map[string]bool{
	"university": true, "universidad": true, "universidade": true, "universitat": true, "universite": true,
	"ministry": true, "agency": true, "council": true, "committee": true, "party": true, "bank": true,
	"institute": true, "center": true, "centre": true, "school": true, "hospital": true, "company": true,
	"corp": true, "news": true, "times": true, "post": true, "office": true, "department": true, "court": true,
	"police": true, "army": true, "museum": true, "club": true, "airport": true, "stadium": true,
}

// orgLike reports whether a name has a word of an institution.
func orgLike(name string) bool {
	for _, w := range words(name) {
		if orgWords[w.fold] {
			return true
		}
	}
	return false
}

// nameKey is the key an entity name is known by across documents: its
// gazetteer key when the gazetteer knows it, else its folded form.
func (b *builder) nameKey(name string) string {
	ws := words(name)
	if ms := b.g.find(ws); len(ms) == 1 && ms[0].wi == 0 && ms[0].end == ws[len(ws)-1].end {
		return ms[0].e.key
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.fold
	}
	return "name:" + strings.Join(parts, " ")
}

// displayName is the name to show for an entity name.
func (b *builder) displayName(name string) string {
	k := b.nameKey(name)
	if e := b.g.entries[k]; e != nil {
		return e.name
	}
	return name
}

// reportPenalty is how much farther, in code points, a reporting
// trigger counts as being from a date than it is, against the other
// triggers of its sentence.
const reportPenalty = 20

// chooseTrigger picks the trigger a sentence's event is read from: the
// one nearest the date when the sentence has one, else the most
// specific type, skipping hedged and negated triggers.
func chooseTrigger(trigs []trigger, near *dated) *trigger {
	var best *trigger
	bestScore := 1 << 30
	for i := range trigs {
		t := &trigs[i]
		if t.modal || t.negated {
			continue
		}
		score := rank(t.typ)
		if near != nil {
			d := near.start - t.end
			if t.start > near.end {
				d = t.start - near.end
			}
			if t.typ == Communicate {
				// The report of an event is the event only when nothing
				// else near the date happened: "crashed in Costa Rica on
				// Sunday, according to a statement" is a crash.
				d += reportPenalty
			}
			score = max(d, 0)*16 + rank(t.typ)
		}
		if score < bestScore {
			best, bestScore = t, score
		}
	}
	return best
}

// sentenceMentions turns a sentence's triggers, dates and places into
// event mentions: one per place–date pair when the sentence lists
// several ("in Singapore in 2018, Hanoi in 2019"), else one.
func (b *builder) sentenceMentions(ai int, s sentence, trigs []trigger, dates []dated, places []placed, actors []actorRef) []mention {
	if len(trigs) == 0 {
		return nil
	}
	a := b.arts[ai]
	// Dates after the publication are plans, not events.
	dates = slices.DeleteFunc(slices.Clone(dates), func(d dated) bool { return after(d.value, a.Published) })
	without := func(place string) []actorRef {
		return slices.DeleteFunc(slices.Clone(actors), func(r actorRef) bool { return r.key == place })
	}
	mk := func(t *trigger, date, place string) mention {
		return mention{art: ai, typ: t.typ, date: date, place: place, actors: without(place), sent: s}
	}
	strong := slices.DeleteFunc(slices.Clone(places), func(p placed) bool { return p.weak })
	if enumerated(s, places, dates) {
		if len(strong) > 0 {
			// A country is a place of the list only when nothing
			// smaller is named.
			places = strong
		}
		t := chooseTrigger(trigs, nil)
		if t == nil {
			return nil
		}
		var out []mention
		for i, p := range places {
			limit := len([]rune(s.text))
			if i+1 < len(places) {
				limit = places[i+1].start
			}
			date := ""
			for _, d := range dates {
				if d.start >= p.end && d.start < limit {
					date = d.value
					break
				}
			}
			if date == "" {
				for _, d := range dates {
					if d.end <= p.start && (i == 0 || d.start >= places[i-1].end) {
						date = d.value
					}
				}
			}
			if date == "" && len(dates) == 1 {
				date = dates[0].value
			}
			m := mk(t, date, p.key)
			m.multi = true
			out = append(out, m)
		}
		return out
	}
	// Otherwise the event's place is the one nearest the trigger, if it
	// is near, not in a quotation at the sentence's other end; a smaller
	// place wins a tie with a country ("crashed in Costa Rica", not the
	// "New York couple" or the "rabbi in Scarsdale" the sentence also
	// names).
	placeNear := func(t *trigger) string {
		if len(places) == 0 {
			return ""
		}
		if t.end == 0 && t.start == 0 {
			if len(strong) > 0 {
				return strong[0].key
			}
			return places[0].key
		}
		best, bestD := "", maxPlaceGap+1
		for _, p := range places {
			d := p.start - t.end
			if p.end <= t.start {
				d = t.start - p.end
			}
			if d < bestD || d == bestD && !p.weak {
				best, bestD = p.key, d
			}
		}
		return best
	}
	if len(dates) == 0 {
		t := chooseTrigger(trigs, nil)
		if t == nil {
			return nil
		}
		m := mk(t, "", placeNear(t))
		// Only a single, unhedged, current-looking report may later be
		// dated by its article.
		m.fallback = !t.plural && !t.background
		return []mention{m}
	}
	// The date nearest the chosen trigger.
	var best *trigger
	var bestDate dated
	bestScore := 1 << 30
	for i := range dates {
		t := chooseTrigger(trigs, &dates[i])
		if t == nil {
			continue
		}
		d := dates[i].start - t.end
		if t.start > dates[i].end {
			d = t.start - dates[i].end
		}
		if d < bestScore {
			best, bestDate, bestScore = t, dates[i], d
		}
	}
	if best == nil {
		return nil
	}
	return []mention{mk(best, bestDate.value, placeNear(best))}
}

// bounds returns the first and last instants of a date value.
func bounds(v string) (time.Time, time.Time) {
	switch len(v) {
	case 4:
		t, err := time.Parse("2006", v)
		if err == nil {
			return t, t.AddDate(1, 0, 0).Add(-time.Nanosecond)
		}
	case 7:
		t, err := time.Parse("2006-01", v)
		if err == nil {
			return t, t.AddDate(0, 1, 0).Add(-time.Nanosecond)
		}
	case 10:
		t, err := time.Parse("2006-01-02", v)
		if err == nil {
			return t, t.AddDate(0, 0, 1).Add(-time.Nanosecond)
		}
	}
	return time.Time{}, time.Time{}
}

// precision names a date value's precision.
func precision(v string) string {
	switch len(v) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return ""
}

// dateCompatible reports whether two date values can name the same day:
// one is the other or contains it.
func dateCompatible(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// daysApart is the distance in days between two day-precision values,
// or -1 when either is coarser.
func daysApart(a, b string) int {
	if len(a) != 10 || len(b) != 10 {
		return -1
	}
	ta, _ := bounds(a)
	tb, _ := bounds(b)
	d := ta.Sub(tb).Hours() / 24
	if d < 0 {
		d = -d
	}
	return int(d + 0.5)
}

// sortMentions orders mentions so that the best-specified ones found
// the events: dated before undated, finer dates first, placed first.
func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(x, y mention) int {
		return cmp.Or(
			cmp.Compare(specificity(y), specificity(x)),
			cmp.Compare(x.art, y.art),
			cmp.Compare(x.seq, y.seq),
		)
	})
}

func specificity(m mention) int {
	s := len(m.date) // 0, 4, 7, 10
	if m.estimated && m.date != "" {
		s = 1
	}
	if m.place != "" {
		s += 20
	}
	return s
}
