package timeline

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/nlp/quote"
)

// roleMention is a title an article gives a person: "former U.S.
// President Donald Trump", "Donald Trump, president-elect of the United
// States".
type roleMention struct {
	art    int
	key    string // the person's key
	name   string
	role   string // as written
	head   string // the office: president, president-elect, prime minister …
	former bool
	sent   sentence
}

// titleWords may appear in a title before or after a name.
var titleWords = map[string]bool{
	"former": true, "ex": true, "then": true, "u.s.": true, "us": true, "american": true, "south": true, "north": true,
	"korean": true, "russian": true, "chinese": true, "japanese": true, "white": true, "house": true, "state": true,
	"foreign": true, "defense": true, "defence": true, "national": true, "security": true, "deputy": true,
	"of": true, "vice": true, "prime": true, "president": true, "president-elect": true, "minister": true,
	"secretary": true, "senator": true, "sen.": true, "sen": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "press": true, "leader": true, "chairman": true, "chancellor": true, "premier": true,
	"governor": true, "ambassador": true, "envoy": true, "general": true, "adviser": true, "advisor": true,
	"representative": true, "rep.": true, "speaker": true, "king": true, "supreme": true, "the": true,
	"united": true, "states": true, "elect": true,
}

// heads are the offices a title names, longest first.
var heads = []string{"president-elect", "vice president", "prime minister", "secretary of state", "press secretary",
	"president", "senator", "chancellor", "premier", "spokesperson", "spokesman", "spokeswoman", "leader", "minister",
	"secretary", "governor", "ambassador", "envoy", "adviser", "chairman", "king"}

// headOf finds the office a title names, or "".
func headOf(role string) string {
	f := " " + strings.ReplaceAll(fold(role), " elect", "-elect") + " "
	for _, h := range heads {
		if strings.Contains(f, " "+h+" ") {
			return h
		}
	}
	return ""
}

// readRoles records the titles sentence s gives the people it names.
func (b *builder) readRoles(ai int, s sentence, ws []word) {
	for _, gm := range b.g.find(ws) {
		if gm.e.kind != gazetteer.Person || gm.wi < 0 {
			continue
		}
		// Before the name: a run of title words.
		i := gm.wi
		for i > 0 && titleWords[ws[i-1].fold] {
			i--
		}
		for i < gm.wi && (ws[i].fold == "the" || ws[i].fold == "of") {
			i++
		}
		if i < gm.wi {
			role := string([]rune(s.text)[ws[i].start:ws[gm.wi-1].end])
			b.addRole(ai, gm.e, role, s)
		}
		// After the name: ", president-elect of the United States,".
		j := gm.wi
		for j < len(ws) && ws[j].end <= gm.end {
			j++
		}
		rs := []rune(s.text)
		if j < len(ws) && gm.end < len(rs) && rs[gm.end] == ',' {
			k := j
			for k < len(ws) && titleWords[ws[k].fold] && ws[k].fold != "the" {
				k++
			}
			if k > j {
				b.addRole(ai, gm.e, string(rs[ws[j].start:ws[k-1].end]), s)
			}
		}
	}
}

func (b *builder) addRole(ai int, e *entry, role string, s sentence) {
	role = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(role), " of"))
	h := headOf(role)
	if h == "" {
		return
	}
	f := fold(role)
	former := strings.HasPrefix(f, "former ") || strings.HasPrefix(f, "ex-") || strings.HasPrefix(f, "ex ")
	b.roles = append(b.roles, roleMention{art: ai, key: e.key, name: e.name, role: role, head: h, former: former, sent: s})
}

// roleConflicts finds where sources disagree on a person's office: an
// article calls someone "former" president while the terms-of-office
// table (or another source of the same time or later) has them in
// office, or calls them president when they were not.
//
// It returns, beside each conflict, the articles whose title it contests.
func (b *builder) roleConflicts() ([]Conflict, [][]int) {
	type side struct {
		role string
		ms   []roleMention
	}
	var out []Conflict
	var contested [][]int
	byPerson := map[string][]roleMention{}
	var order []string
	for _, r := range b.roles {
		if len(byPerson[r.key]) == 0 {
			order = append(order, r.key)
		}
		byPerson[r.key] = append(byPerson[r.key], r)
	}
	for _, key := range order {
		rs := byPerson[key]
		for _, h := range []string{"president", "vice president", "prime minister", "chancellor"} {
			var former, current []roleMention
			for _, r := range rs {
				if r.head != h {
					continue
				}
				if r.former {
					former = append(former, r)
				} else {
					current = append(current, r)
				}
			}
			var wrong []roleMention // claims the table contradicts
			var notes []string
			for _, r := range former {
				a := b.arts[r.art]
				if b.inOffice(key, h, a) == yes {
					wrong = append(wrong, r)
					notes = append(notes, "called \""+r.role+"\" on "+publishedValue(a)+", when in office")
				}
			}
			for _, r := range current {
				// A past office is a usual way to name someone ("President
				// Obama's administration"); only an office never yet held
				// is a wrong title.
				a := b.arts[r.art]
				if b.inOffice(key, h, a) == no && !b.heldBefore(key, h, a.Published) {
					wrong = append(wrong, r)
					notes = append(notes, "called \""+r.role+"\" on "+publishedValue(a)+", when not in office")
				}
			}
			// Without the table: "former" in one source, the office
			// itself in another of the same date or later.
			if len(wrong) == 0 {
				for _, f := range former {
					for _, c := range current {
						if !b.arts[c.art].Published.Before(b.arts[f.art].Published) && b.inOffice(key, h, b.arts[f.art]) == unknown {
							wrong = append(wrong, f)
							notes = append(notes, "called \""+f.role+"\" while a later source calls them \""+c.role+"\"")
						}
					}
				}
			}
			if len(wrong) == 0 {
				continue
			}
			// The two sides: the contested titles, and every other title
			// for the same office.
			sides := map[string]*side{}
			var keys []string
			for _, r := range append(slices.Clone(former), current...) {
				k := r.role
				if sides[k] == nil {
					sides[k] = &side{role: k}
					keys = append(keys, k)
				}
				sides[k].ms = append(sides[k].ms, r)
			}
			c := Conflict{Field: "role", Subject: rs[0].name}
			for _, k := range keys {
				c.Values = append(c.Values, k)
				var srcs []Source
				for _, r := range sides[k].ms {
					if len(srcs) == maxConflictSources {
						break
					}
					a := b.arts[r.art]
					srcs = append(srcs, Source{Article: a.ID, Source: a.Source, Outlet: outletName(a), Sentence: r.sent.text, Start: r.sent.start, End: r.sent.end})
				}
				c.Sources = append(c.Sources, srcs)
			}
			c.Note = rs[0].name + ": " + strings.Join(dedupe(notes), "; ")
			out = append(out, c)
			var arts []int
			for _, r := range wrong {
				if !slices.Contains(arts, r.art) {
					arts = append(arts, r.art)
				}
			}
			contested = append(contested, arts)
		}
	}
	return out, contested
}

func dedupe(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}

type tri int

const (
	unknown tri = iota
	yes
	no
)

// inOffice says whether the terms-of-office table has person key in
// office h throughout article a's publication period.
func (b *builder) inOffice(key, h string, a *Article) tri {
	terms := b.g.terms[key]
	if len(terms) == 0 || a.Published.IsZero() {
		return unknown
	}
	lo, hi := bounds(publishedValue(a))
	known := false
	for _, t := range terms {
		if t.title != h {
			continue
		}
		known = true
		end := t.end
		if end.IsZero() {
			end = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		if !lo.Before(t.start) && hi.Before(end) {
			return yes
		}
		if hi.After(t.start) && lo.Before(end) {
			return unknown // the period straddles the term's edge
		}
	}
	if !known {
		return unknown
	}
	return no
}

// heldBefore reports whether the table has person key in office h at
// some time before t.
func (b *builder) heldBefore(key, h string, t time.Time) bool {
	for _, term := range b.g.terms[key] {
		if term.title == h && term.start.Before(t) {
			return true
		}
	}
	return false
}

// attachRoleConflicts adds a role conflict to the current events
// reported by the sources it contests and in which the person acts: what
// an outlet reports of someone while misnaming their office.
func (b *builder) attachRoleConflicts(v *View, contested [][]int) {
	for ci, c := range v.Conflicts {
		person := b.nameKey(c.Subject)
		for _, ai := range contested[ci] {
			a := b.arts[ai]
			if a.Published.IsZero() {
				continue
			}
			for i := range v.Events {
				e := &v.Events[i]
				lo, hi := bounds(e.Date)
				if a.Published.Sub(hi) > recentWindow || lo.Sub(a.Published) > recentWindow {
					continue
				}
				acts := slices.ContainsFunc(e.Actors, func(n string) bool { return b.nameKey(n) == person })
				if acts && slices.ContainsFunc(e.Sources, func(s Source) bool { return s.Article == a.ID }) {
					e.Conflicts = append(e.Conflicts, c)
				}
			}
		}
	}
}

// roleSpeakers are words that make an unnamed speaker worth listing.
var roleSpeakers = []string{"official", "spokes", "minister", "secretary", "senator", "president", "professor", "analyst",
	"expert", "ambassador", "envoy", "adviser", "advisor", "diplomat", "agency", "ministry", "office", "government", "researcher", "administration", "spokes"}

// pronouns are speakers that only their canonical name can show.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// speakerName is the name a quotation is listed under: the resolved
// canonical name for a pronoun, a definite role ("the official") or a
// name whose head is the canonical name's ("Donald Trump, president-elect
// of the United States"); else the speaker as written ("Trump officials"
// is not Trump).
func speakerName(q Quote) string {
	sp := strings.TrimSpace(q.Speaker)
	if q.Canonical == "" {
		return sp
	}
	if sp == "" {
		return q.Canonical
	}
	f := fold(sp)
	if pronouns[f] || strings.HasPrefix(f, "the ") || strings.HasPrefix(f, "this ") {
		return q.Canonical
	}
	head := sp
	if i := strings.IndexByte(head, ','); i > 0 {
		head = head[:i]
	}
	hw := words(head)
	cw := words(q.Canonical)
	if len(hw) > 0 && len(cw) > 0 && hw[len(hw)-1].fold == cw[len(cw)-1].fold {
		return q.Canonical
	}
	return sp
}

// quotes lists the story's attributed quotations, grouped by speaker.
func (b *builder) quotes() []QuoteRow {
	type group struct {
		key  string
		rows []QuoteRow
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, a := range b.arts {
		qs := a.Quotes
		if a.Language != "" && a.Language != "en" {
			qs = b.directQuotes(a)
		} else if qs == nil {
			for _, q := range quote.Extract(a.Text) {
				row := Quote{Text: q.Content.Text, Start: q.Content.Start, End: q.Content.End, Direct: q.Direct}
				if q.Speaker != nil {
					row.Speaker, row.Canonical = q.Speaker.Text, q.Speaker.Canonical
				}
				if q.Cue != nil {
					row.Cue = q.Cue.Text
				}
				qs = append(qs, row)
			}
		}
		known := map[string]bool{}
		for _, e := range a.Entities {
			if e.Type == "PER" || e.Type == "ORG" {
				known[b.nameKey(cmp.Or(e.Canonical, e.Text))] = true
			}
		}
		for _, q := range joinParts(qs) {
			name := speakerName(q)
			if name == "" || strings.TrimSpace(q.Text) == "" || !q.Direct && (len(strings.Fields(q.Text)) < 4 || q.Cue != "" && !quote.SpeechCue(q.Cue) || !quote.Clausal(q.Text)) {
				// A report that is not someone's words ("Trump adopted
				// an aggressive stance", "considers resuming talks",
				// "announced sanctions against North Korea") is no
				// quotation to list.
				continue
			}
			key := b.nameKey(name)
			_, inGaz := b.g.entries[key]
			roleLike := false
			for _, w := range roleSpeakers {
				roleLike = roleLike || strings.Contains(strings.ToLower(name), w)
			}
			if !(q.Direct && (inGaz || known[key] || roleLike || startsUpper(name))) && !inGaz && !known[key] && !roleLike {
				continue
			}
			g := byKey[key]
			if g == nil {
				g = &group{key: key}
				byKey[key] = g
				groups = append(groups, g)
			}
			g.rows = append(g.rows, QuoteRow{Speaker: b.displayName(name), Text: strings.TrimSpace(q.Text), Article: a.ID, Source: a.Source, Outlet: outletName(a)})
		}
	}
	slices.SortStableFunc(groups, func(x, y *group) int { return cmp.Compare(len(y.rows), len(x.rows)) })
	out := []QuoteRow{}
	for _, g := range groups {
		out = append(out, g.rows...)
	}
	return out
}

// maxPartGap is the most code points between two parts of one indirect
// report split by its attribution: "That money, officials said, is …".
const maxPartGap = 40

// joinParts joins the two parts of an indirect report that its
// attribution splits ("That money" and "is then funneled into weapons
// projects", around ", officials said,") into one quotation, "That money
// … is then funneled into weapons projects", so that neither part is
// listed alone as a fragment. qs is in text order; it is not changed.
func joinParts(qs []Quote) []Quote {
	out := make([]Quote, 0, len(qs))
	for _, q := range qs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if !p.Direct && !q.Direct && p.Speaker == q.Speaker && p.Cue == q.Cue && q.Cue != "" &&
				q.Start >= p.End && q.Start-p.End <= maxPartGap {
				p.Text += " … " + q.Text
				p.End = q.End
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// entities is the story's roster: each person, organisation and place,
// with the articles that name it and the titles they give a person.
func (b *builder) entities() []EntityRow {
	type agg struct {
		row      EntityRow
		mentions int
		types    map[string]int
		names    map[string]int
		arts     map[string]bool
	}
	byKey := map[string]*agg{}
	var order []string
	for _, a := range b.arts {
		for _, e := range a.Entities {
			if e.Type != "PER" && e.Type != "ORG" && e.Type != "LOC" {
				continue
			}
			name := cmp.Or(e.Canonical, e.Text)
			if a.Language != "" && a.Language != "en" {
				if name = b.vouchedName(name, a.ID, b.named); name == "" {
					continue
				}
			}
			key := b.nameKey(name)
			g := byKey[key]
			if g == nil {
				g = &agg{types: map[string]int{}, names: map[string]int{}, arts: map[string]bool{}}
				byKey[key] = g
				order = append(order, key)
			}
			g.mentions++
			g.types[e.Type]++
			g.names[b.displayName(name)]++
			if g.row.Mentions == nil {
				g.row.Mentions = map[string]int{}
			}
			g.row.Mentions[outletName(a)]++
			if !g.arts[a.ID] {
				g.arts[a.ID] = true
				g.row.Articles = append(g.row.Articles, a.ID)
			}
		}
	}
	// A one-word person name joins the one full name it ends
	// ("Leavitt" → "Caroline Leavitt").
	for _, key := range order {
		g := byKey[key]
		if g == nil || !strings.HasPrefix(key, "name:") || strings.Contains(key, " ") {
			continue
		}
		var into string
		n := 0
		for _, k2 := range order {
			if byKey[k2] != nil && strings.HasPrefix(k2, "name:") && strings.HasSuffix(k2, " "+strings.TrimPrefix(key, "name:")) {
				into, n = k2, n+1
			}
		}
		if n != 1 {
			continue
		}
		t := byKey[into]
		t.mentions += g.mentions
		for k, v := range g.types {
			t.types[k] += v
		}
		for k, v := range g.row.Mentions {
			t.row.Mentions[k] += v
		}
		for id := range g.arts {
			if !t.arts[id] {
				t.arts[id] = true
				t.row.Articles = append(t.row.Articles, id)
			}
		}
		delete(byKey, key)
	}
	roles := map[string][]string{}
	for _, r := range b.roles {
		if !slices.Contains(roles[r.key], r.role) {
			roles[r.key] = append(roles[r.key], r.role)
		}
	}
	var aggs []*agg
	for _, key := range order {
		g := byKey[key]
		if g == nil {
			continue
		}
		g.row.Name = argmax(g.names)
		g.row.Type = argmax(g.types)
		if e := b.g.entries[key]; e != nil {
			// The gazetteer knows what it is, where the tagger (trained
			// on English) may not: "Egipto" is no organisation.
			g.row.Type = e.kind.EntityType()
		}
		g.row.Roles = roles[key]
		aggs = append(aggs, g)
	}
	slices.SortStableFunc(aggs, func(x, y *agg) int {
		return cmp.Or(cmp.Compare(len(y.row.Articles), len(x.row.Articles)), cmp.Compare(y.mentions, x.mentions))
	})
	out := make([]EntityRow, 0, len(aggs))
	for _, g := range aggs {
		out = append(out, g.row)
	}
	return out
}

// namedIn maps each entity name's key to the articles that name it.
func (b *builder) namedIn() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, a := range b.arts {
		for _, e := range a.Entities {
			k := b.nameKey(cmp.Or(e.Canonical, e.Text))
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			out[k][a.ID] = true
		}
	}
	return out
}

// vouchedName returns the name an entity mention of a text not in
// English stands for in the roster, or "" for none. The entity tagger
// is trained on English: on German, where every noun is capitalised, it
// takes nouns for names ("Halbinsel", "Sicherheitsgarantien") and
// titles into them ("Machthaber Kim Jong Un"). So such a mention counts
// only when the gazetteer knows it or another article of the story
// names it too; failing that, the longest such name it ends with
// ("Kim Jong Un").
func (b *builder) vouchedName(name, article string, named map[string]map[string]bool) string {
	vouched := func(n string) bool {
		k := b.nameKey(n)
		if b.g.entries[k] != nil {
			return true
		}
		for id := range named[k] {
			if id != article {
				return true
			}
		}
		return false
	}
	ws := strings.Fields(name)
	for i := range ws {
		if n := strings.Join(ws[i:], " "); vouched(n) {
			return n
		}
	}
	return ""
}

// argmax returns the key with the highest count (ties: the longest
// name, then alphabetical).
func argmax(m map[string]int) string {
	best, bn := "", -1
	for k, n := range m {
		if n > bn || n == bn && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, bn = k, n
		}
	}
	return best
}
