package timeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/gazetteer"
)

// maxActors is the most participants an event lists.
const maxActors = 5

// maxConflictSources is the most sources a conflict lists for a value.
const maxConflictSources = 3

// event is an event being assembled from mentions.
type event struct {
	typ       string
	date      string
	place     string
	mentions  []*mention
	dateVals  map[string][]*mention // distinct date values, for conflicts
	placeVals map[string][]*mention
}

// merge groups the dated mentions into events (cross-document event
// coreference) and attaches undated mentions that name a place to the one
// event they fit. A mention that fits several events is kept apart.
func (b *builder) merge() []Event {
	ms := make([]*mention, 0, len(b.mentions))
	sortMentions(b.mentions)
	for i := range b.mentions {
		ms = append(ms, &b.mentions[i])
	}
	var evs []*event
	for _, m := range ms {
		if m.date == "" {
			continue
		}
		var fits []*event
		for _, e := range evs {
			if b.fits(e, m) {
				fits = append(fits, e)
			}
		}
		if len(fits) > 1 {
			if m.estimated {
				fits = []*event{mostReported(fits)}
			} else {
				fits = b.bestFits(fits, m)
			}
		}
		switch len(fits) {
		case 1:
			fits[0].add(m, b)
		case 0:
			if e := b.nearMiss(evs, m); e != nil {
				e.add(m, b)
				continue
			}
			e := &event{typ: m.typ, date: m.date, place: m.place, dateVals: map[string][]*mention{}, placeVals: map[string][]*mention{}}
			e.add(m, b)
			evs = append(evs, e)
		default:
			// Unsure: keep the mention as an event of its own.
			e := &event{typ: m.typ, date: m.date, place: m.place, dateVals: map[string][]*mention{}, placeVals: map[string][]*mention{}}
			e.add(m, b)
			evs = append(evs, e)
		}
	}
	for _, m := range ms {
		if m.date != "" || m.place == "" {
			continue
		}
		var fits []*event
		for _, e := range evs {
			if compatible(e.typ, m.typ) && e.place != "" && (b.contains(e.place, m.place) || b.contains(m.place, e.place)) {
				fits = append(fits, e)
			}
		}
		if len(fits) == 1 {
			fits[0].add(m, b)
		}
	}
	out := make([]Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, b.render(e))
	}
	slices.SortStableFunc(out, func(x, y Event) int {
		lx, _ := bounds(strings.SplitN(x.Date, "/", 2)[0])
		ly, _ := bounds(strings.SplitN(y.Date, "/", 2)[0])
		return cmp.Or(lx.Compare(ly), cmp.Compare(len(x.Date), len(y.Date)))
	})
	return out
}

// fits reports whether mention m can be a report of event e.
func (b *builder) fits(e *event, m *mention) bool {
	if !compatible(e.typ, m.typ) || !dateCompatible(e.date, m.date) {
		return false
	}
	if m.said != "" {
		// The same sentence in another article is the same report,
		// copied: a syndicated or re-posted article, or the same page
		// read twice from two sources.
		for _, o := range e.mentions {
			if o.said == m.said && o.art != m.art {
				return true
			}
		}
	}
	if e.place != "" && m.place != "" {
		return b.contains(e.place, m.place) || b.contains(m.place, e.place)
	}
	if m.estimated {
		// An undated report in an article telling current news (dated
		// by its article) is about the story's current event of its
		// type, unless it names people the event does not: "a truck
		// plowed into the crowd" in one outlet and "the attack killed
		// 84" in another are one attack.
		return !b.otherPeople(e, m)
	}
	// Without a place on both sides, the participants must agree and
	// the dates must be at least as fine as a month, unless the mention
	// comes from an article already reporting the event.
	shared := sharedActors(e, m)
	for _, o := range e.mentions {
		if o.art == m.art && shared >= 1 {
			return true
		}
	}
	return shared >= 2 && len(e.date) >= 7 && len(m.date) >= 7
}

// otherPeople reports whether m names people none of whom event e
// names.
func (b *builder) otherPeople(e *event, m *mention) bool {
	people := func(rs []actorRef) map[string]bool {
		out := map[string]bool{}
		for _, r := range rs {
			if en := b.g.entries[r.key]; en != nil && en.kind == gazetteer.Person {
				out[r.key] = true
			}
		}
		return out
	}
	mine := people(m.actors)
	if len(mine) == 0 {
		return false
	}
	for _, o := range e.mentions {
		for k := range people(o.actors) {
			if mine[k] {
				return false
			}
		}
	}
	return true
}

// mostReported returns the event of evs reported by the most articles
// (the first such), the story's main event among them.
func mostReported(evs []*event) *event {
	var best *event
	bestN := -1
	for _, e := range evs {
		arts := map[int]bool{}
		for _, m := range e.mentions {
			arts[m.art] = true
		}
		if len(arts) > bestN {
			best, bestN = e, len(arts)
		}
	}
	return best
}

// bestFits narrows several fitting events to those matching m best: the
// same place and the same date value.
func (b *builder) bestFits(fits []*event, m *mention) []*event {
	score := func(e *event) int {
		s := 0
		if e.place != "" && e.place == m.place {
			s += 2
		}
		if e.date == m.date {
			s++
		}
		return s
	}
	best := -1
	var out []*event
	for _, e := range fits {
		switch s := score(e); {
		case s > best:
			best, out = s, []*event{e}
		case s == best:
			out = append(out, e)
		}
	}
	return out
}

// nearMiss finds the one event m reports with a disagreement: the same
// type and place a few days apart (a date conflict), or the same type,
// day and participants in another place (a place conflict).
func (b *builder) nearMiss(evs []*event, m *mention) *event {
	var found *event
	for _, e := range evs {
		if e.typ != m.typ {
			continue
		}
		near := false
		if e.place != "" && e.place == m.place {
			if d := daysApart(e.date, m.date); d > 0 && d <= 3 {
				near = true
			}
		}
		if e.date == m.date && len(m.date) == 10 && e.place != "" && m.place != "" && sharedActors(e, m) >= 2 {
			near = true
		}
		if near {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// sharedActors counts the participants m shares with event e.
func sharedActors(e *event, m *mention) int {
	have := map[string]bool{}
	for _, o := range e.mentions {
		for _, r := range o.actors {
			have[r.key] = true
		}
	}
	n := 0
	for _, r := range m.actors {
		if have[r.key] {
			n++
		}
	}
	return n
}

// add records m as a report of e, refining e's date and place.
func (e *event) add(m *mention, b *builder) {
	e.mentions = append(e.mentions, m)
	if m.date != "" {
		e.dateVals[m.date] = append(e.dateVals[m.date], m)
		if dateCompatible(e.date, m.date) && len(m.date) > len(e.date) && !m.estimated {
			e.date = m.date
		}
	}
	if m.place != "" {
		e.placeVals[m.place] = append(e.placeVals[m.place], m)
		switch {
		case e.place == "":
			e.place = m.place
		case b.contains(e.place, m.place):
			e.place = m.place // the more specific place
		}
	}
	if e.typ != m.typ && rank(m.typ) > rank(e.typ) {
		// MEET outranks AGREE for the entry's type: the summit is the event.
		e.typ = m.typ
	}
}

// render turns an assembled event into its timeline entry.
func (b *builder) render(e *event) Event {
	ev := Event{Type: e.typ, Date: e.date, Precision: precision(e.date), Actors: []string{}, Sources: []Source{}, Conflicts: []Conflict{}}
	ev.Place = b.placeName(e.place)
	estimated := true
	outlets := map[string]bool{}
	actorCount := map[string]int{}
	actorName := map[string]string{}
	var order []string
	seen := map[[2]int]bool{}
	said := map[string]bool{} // outlet name and sentence key of each source
	for _, m := range e.mentions {
		if !m.estimated {
			estimated = false
		}
		for _, r := range m.actors {
			if actorCount[r.key] == 0 {
				order = append(order, r.key)
				actorName[r.key] = r.name
			}
			actorCount[r.key]++
		}
		a := b.arts[m.art]
		k := [2]int{m.art, m.sent.start}
		sk := outletName(a) + "\x00" + m.said
		if seen[k] || m.said != "" && said[sk] {
			continue // the same outlet's copy of a sentence already cited
		}
		seen[k] = true
		if m.said != "" {
			said[sk] = true
		}
		outlets[b.outlets[m.art]] = true
		ev.Sources = append(ev.Sources, Source{Article: a.ID, Source: a.Source, Outlet: outletName(a), Sentence: m.sent.text, Start: m.sent.start, End: m.sent.end})
	}
	ev.Estimated = estimated
	slices.SortStableFunc(order, func(x, y string) int { return cmp.Compare(actorCount[y], actorCount[x]) })
	// The main participants: named in more than one report when there
	// are several, at most maxActors.
	for _, k := range order {
		if len(ev.Actors) == maxActors || len(e.mentions) >= 3 && actorCount[k] < 2 {
			continue
		}
		ev.Actors = append(ev.Actors, actorName[k])
	}
	ev.Corroboration = len(outlets)
	ev.Summary = b.summary(e, ev.Actors)
	// Conflicts: distinct dates that do not contain one another, places
	// that are not one within the other.
	if c, ok := b.valueConflict("date", e.dateVals, func(x, y string) bool { return dateCompatible(x, y) }, func(v string) string { return v }); ok {
		ev.Conflicts = append(ev.Conflicts, c)
	}
	if c, ok := b.valueConflict("place", e.placeVals, b.placesAgree, b.placeName); ok {
		ev.Conflicts = append(ev.Conflicts, c)
	}
	if c, ok := b.countConflict(e); ok {
		ev.Conflicts = append(ev.Conflicts, c)
	}
	if c, ok := b.pairConflict(e); ok {
		ev.Conflicts = append(ev.Conflicts, c)
	}
	h := sha256.Sum256([]byte(ev.Type + "|" + ev.Date + "|" + e.place + "|" + ev.Sources[0].Article + "|" + ev.Sources[0].Sentence))
	ev.ID = "e" + hex.EncodeToString(h[:4])
	return ev
}

// pairConflict reports outlets that name different pairs of people for
// one meeting or agreement: one says Trump met Kim, another Trump met
// Moon. Only reports naming exactly two people count, so that outlets
// naming more or fewer participants are not taken to disagree.
func (b *builder) pairConflict(e *event) (Conflict, bool) {
	if e.typ != Meet && e.typ != Agree {
		return Conflict{}, false
	}
	type pair struct{ a, b string }
	byPair := map[pair][]*mention{}
	var pairs []pair
	for _, m := range e.mentions {
		var people []actorRef
		for _, r := range m.actors {
			if en := b.g.entries[r.key]; en != nil && en.kind == gazetteer.Person {
				people = append(people, r)
			}
		}
		if len(people) != 2 {
			continue
		}
		if people[0].key > people[1].key {
			people[0], people[1] = people[1], people[0]
		}
		p := pair{people[0].name, people[1].name}
		if byPair[p] == nil {
			pairs = append(pairs, p)
		}
		byPair[p] = append(byPair[p], m)
	}
	// Two pairs sharing one person and differing in the other, from
	// different outlets.
	for i := range pairs {
		for j := i + 1; j < len(pairs); j++ {
			x, y := pairs[i], pairs[j]
			shared := x.a == y.a || x.a == y.b || x.b == y.a || x.b == y.b
			if !shared {
				continue
			}
			ox, oy := map[string]bool{}, map[string]bool{}
			for _, m := range byPair[x] {
				ox[b.outlets[m.art]] = true
			}
			for _, m := range byPair[y] {
				oy[b.outlets[m.art]] = true
			}
			if sameSet(ox, oy) && len(ox) == 1 {
				continue // one outlet naming both: not a disagreement between sources
			}
			c := Conflict{Field: "participants"}
			for _, p := range []pair{x, y} {
				var srcs []Source
				for _, m := range byPair[p] {
					if len(srcs) == maxConflictSources {
						break
					}
					a := b.arts[m.art]
					srcs = append(srcs, Source{Article: a.ID, Source: a.Source, Outlet: outletName(a), Sentence: m.sent.text, Start: m.sent.start, End: m.sent.end})
				}
				c.Values = append(c.Values, p.a+" and "+p.b)
				c.Sources = append(c.Sources, srcs)
			}
			c.Note = "sources disagree on who took part: " + c.Values[0] + " vs " + c.Values[1]
			return c, true
		}
	}
	return Conflict{}, false
}

func sameSet(x, y map[string]bool) bool {
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// countConflict reports outlets that give different numbers of the same
// thing for one event ("12 people" and "15 people").
func (b *builder) countConflict(e *event) (Conflict, bool) {
	type backed struct {
		outlets map[string]bool
		ms      []*mention
	}
	byNoun := map[string]map[int]*backed{}
	var nouns []string
	for _, m := range e.mentions {
		for _, c := range counts(words(m.sent.text)) {
			vals := byNoun[c.noun]
			if vals == nil {
				vals = map[int]*backed{}
				byNoun[c.noun] = vals
				nouns = append(nouns, c.noun)
			}
			if vals[c.value] == nil {
				vals[c.value] = &backed{outlets: map[string]bool{}}
			}
			vals[c.value].outlets[b.outlets[m.art]] = true
			vals[c.value].ms = append(vals[c.value].ms, m)
		}
	}
	for _, noun := range nouns {
		vals := byNoun[noun]
		if len(vals) < 2 {
			continue
		}
		// Different values from the same outlet only are a story
		// updating itself; the conflict is between outlets.
		all := map[string]bool{}
		for _, v := range vals {
			for o := range v.outlets {
				all[o] = true
			}
		}
		if len(all) < 2 {
			continue
		}
		keys := make([]int, 0, len(vals))
		for v := range vals {
			keys = append(keys, v)
		}
		slices.Sort(keys)
		c := Conflict{Field: "number", Subject: noun}
		var parts []string
		for _, v := range keys {
			var srcs []Source
			names := map[string]bool{}
			for _, m := range vals[v].ms {
				a := b.arts[m.art]
				if len(srcs) < maxConflictSources {
					srcs = append(srcs, Source{Article: a.ID, Source: a.Source, Outlet: outletName(a), Sentence: m.sent.text, Start: m.sent.start, End: m.sent.end})
				}
				names[outletName(a)] = true
			}
			c.Values = append(c.Values, strconv.Itoa(v))
			c.Sources = append(c.Sources, srcs)
			parts = append(parts, strconv.Itoa(v)+" ("+strings.Join(sortedKeys(names), ", ")+")")
		}
		c.Note = "sources disagree on a number (" + noun + "): " + strings.Join(parts, " vs ")
		return c, true
	}
	return Conflict{}, false
}

// placesAgree reports whether two places can be the same event's: one
// contains the other, or the gazetteer does not know one of them, so
// that containment cannot be ruled out (Croydon is in London).
func (b *builder) placesAgree(x, y string) bool {
	if b.g.entries[x] == nil || b.g.entries[y] == nil {
		return true
	}
	return b.contains(x, y) || b.contains(y, x)
}

// placeName shows a place key.
func (b *builder) placeName(key string) string {
	if p := b.g.entries[key]; p != nil {
		return p.name
	}
	return b.placeNames[key]
}

// valueConflict reports disagreement among the values of one field:
// values that are not compatible with the others, each with the sources
// backing it. Estimated dates never conflict with stated ones.
func (b *builder) valueConflict(field string, vals map[string][]*mention, ok func(x, y string) bool, show func(string) string) (Conflict, bool) {
	keys := make([]string, 0, len(vals))
	for k, ms := range vals {
		stated := slices.ContainsFunc(ms, func(m *mention) bool { return !m.estimated })
		if stated {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	outletsOf := func(k string) map[string]bool {
		o := map[string]bool{}
		for _, m := range vals[k] {
			o[b.outlets[m.art]] = true
		}
		return o
	}
	// A clash is between outlets: one outlet's own sentences that differ
	// are its story moving, not sources disagreeing.
	clash := false
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			oi, oj := outletsOf(keys[i]), outletsOf(keys[j])
			if !ok(keys[i], keys[j]) && !(len(oi) == 1 && sameSet(oi, oj)) {
				clash = true
			}
		}
	}
	if !clash {
		return Conflict{}, false
	}
	c := Conflict{Field: field}
	var parts []string
	for _, k := range keys {
		var srcs []Source
		names := map[string]bool{}
		for _, m := range vals[k] {
			a := b.arts[m.art]
			srcs = append(srcs, Source{Article: a.ID, Source: a.Source, Outlet: outletName(a), Sentence: m.sent.text, Start: m.sent.start, End: m.sent.end})
			names[outletName(a)] = true
		}
		c.Values = append(c.Values, show(k))
		c.Sources = append(c.Sources, srcs)
		parts = append(parts, show(k)+" ("+strings.Join(sortedKeys(names), ", ")+")")
	}
	c.Note = "sources disagree on the " + field + ": " + strings.Join(parts, " vs ")
	return c, true
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// summary is a one-line account of an event: for a meeting, who met
// where; otherwise its clearest report (a sentence that reports this one
// event, near a usual sentence's length), trimmed of list markers and
// clipped.
func (b *builder) summary(e *event, actors []string) string {
	if e.typ == Meet {
		var people []string
		for _, a := range actors {
			if k := b.nameKey(a); b.g.entries[k] != nil && b.g.entries[k].kind == gazetteer.Person {
				people = append(people, a)
			}
		}
		if len(people) >= 2 {
			s := people[0] + " and " + people[1] + " meet"
			if p := b.placeName(e.place); p != "" {
				s += " in " + p
			}
			return s
		}
	}
	var best *mention
	bestScore := 0
	for _, m := range e.mentions {
		s := specificity(*m)*10 - abs(len(m.sent.text)-120)/10
		if m.multi {
			s -= 100
		}
		if best == nil || s > bestScore {
			best, bestScore = m, s
		}
	}
	t := best.sent.text
	if loc := listHead.FindStringIndex(t); loc != nil {
		t = strings.TrimSpace(t[loc[1]:])
	}
	t = strings.TrimLeft(t, "-•* ")
	return clip(t, 200)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// clip cuts s to at most n code points at a word boundary.
func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := n
	for cut > n/2 && rs[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
}

// markNew marks the events first reported by articles stored after since.
func (b *builder) markNew(v *View, since time.Time) {
	if since.IsZero() {
		return
	}
	ingested := map[string]time.Time{}
	for _, a := range b.arts {
		ingested[a.ID] = a.Ingested
	}
	for i := range v.Events {
		isNew := true
		for _, s := range v.Events[i].Sources {
			if t := ingested[s.Article]; t.IsZero() || !t.After(since) {
				isNew = false
			}
		}
		v.Events[i].New = isNew
	}
}

// articleRows lists the story's articles.
func (b *builder) articleRows(since time.Time) []ArticleRow {
	rows := make([]ArticleRow, 0, len(b.arts))
	for _, a := range b.arts {
		rows = append(rows, ArticleRow{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title, Outlet: outletName(a),
			Published: publishedValue(a), Language: a.Language, CopyOf: a.CopyOf,
			New: !since.IsZero() && a.Ingested.After(since)})
	}
	return rows
}

// publishedValue is an article's publication date at its precision.
func publishedValue(a *Article) string {
	if a.Published.IsZero() {
		return ""
	}
	switch a.PublishedPrecision {
	case "year":
		return a.Published.Format("2006")
	case "month":
		return a.Published.Format("2006-01")
	}
	return a.Published.Format("2006-01-02")
}

// coverage says which outlet reported when, and who was first.
func (b *builder) coverage(evs []Event) []CoverageRow {
	rows := map[string]*CoverageRow{}
	var order []string
	for _, a := range b.arts {
		name := outletName(a)
		r := rows[name]
		if r == nil {
			r = &CoverageRow{Outlet: name}
			rows[name] = r
			order = append(order, name)
		}
		r.Articles++
		if p := publishedValue(a); p != "" {
			if r.First == "" || p < r.First {
				r.First = p
			}
			if p > r.Last {
				r.Last = p
			}
		}
	}
	for _, e := range evs {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			if !seen[s.Outlet] && rows[s.Outlet] != nil {
				seen[s.Outlet] = true
				rows[s.Outlet].Events++
			}
		}
	}
	out := make([]CoverageRow, 0, len(order))
	first := ""
	for _, name := range order {
		r := rows[name]
		if r.First != "" && (first == "" || r.First < first) {
			first = r.First
		}
		out = append(out, *r)
	}
	for i := range out {
		out[i].FirstToReport = first != "" && out[i].First == first
	}
	slices.SortStableFunc(out, func(x, y CoverageRow) int {
		switch {
		case x.First == y.First:
			return 0
		case x.First == "":
			return 1
		case y.First == "":
			return -1
		}
		return cmp.Compare(x.First, y.First)
	})
	return out
}
