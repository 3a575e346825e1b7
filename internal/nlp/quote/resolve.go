package quote

import "strings"

// mention is a speaker already seen, for resolving later pronouns and
// roles.
type mention struct {
	canonical string
	head      string // lower-case head word of a role phrase
	person    bool
	named     bool
	plural    bool // a role phrase with a plural head ("U.S. officials")
}

// resolver links pronoun, role and short-name speakers to the most recent
// compatible speaker seen before them in one text.
type resolver struct {
	seen []mention
}

func newResolver() *resolver { return &resolver{} }

// lookback caps how many earlier speakers a pronoun may reach back over.
const lookback = 64

// resolve returns the canonical name for a speaker phrase made of toks
// (text is its surface form) and records it.
func (r *resolver) resolve(toks []token, text string) string {
	if len(toks) == 1 && lex.subjPron[toks[0].low] {
		switch toks[0].low {
		case "he", "she", "i", "who":
			return r.latest(func(m mention) bool { return m.person && m.named })
		case "they", "we":
			// A named group, or a plural role ("U.S. officials warned …
			// They highlighted …").
			return r.latest(func(m mention) bool { return !m.person && m.named || m.plural })
		default:
			return r.latest(func(m mention) bool { return !m.person && m.named })
		}
	}
	// The first segment, before an apposition, an "of" phrase, a
	// relative clause or a participle ("A CNN poll released Monday").
	seg := toks
	for i, t := range toks {
		if i > 0 && (t.low == "," || t.low == "of" || t.low == "at" || t.low == "for" || t.low == "from" || t.low == "(" ||
			t.low == "to" || t.low == "who" || t.low == "in" || t.low == "with" ||
			!t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (i+1 == len(toks) || lex.temporal[toks[i+1].low] || lex.weekdays[toks[i+1].low])) {
			seg = toks[:i]
			break
		}
	}
	for len(seg) > 1 && lex.det[seg[0].low] {
		seg = seg[1:]
	}
	if len(seg) == 0 {
		return ""
	}
	last := seg[len(seg)-1]
	if last.cap {
		// The last run of capitalised words, without leading titles.
		i := len(seg) - 1
		for i > 0 && (seg[i-1].cap || seg[i-1].low == "-") {
			i--
		}
		run := seg[i:]
		for len(run) > 1 && lex.titles[run[0].low] {
			run = run[1:]
		}
		name := joinToks(run, text, int(toks[0].start))
		person := true
		for _, t := range run {
			if lex.orgWords[strings.TrimSuffix(t.low, "’s")] {
				person = false
			}
		}
		if len(run) == 1 {
			if full := r.latest(func(m mention) bool {
				return m.named && strings.HasSuffix(m.canonical, " "+name)
			}); full != "" {
				name = full
			}
		}
		r.add(mention{canonical: name, person: person, named: true})
		return name
	}
	head := last.low
	if c := r.latest(func(m mention) bool { return m.head == head }); c != "" {
		r.add(mention{canonical: c, head: head, plural: pluralHead(head)})
		return c
	}
	name := joinToks(seg, text, int(toks[0].start))
	r.add(mention{canonical: name, head: head, plural: pluralHead(head)})
	return name
}

// pluralHead reports a role phrase's head word that names many:
// "officials", "analysts", "police", not "boss" or "campus".
func pluralHead(head string) bool {
	switch head {
	case "police", "people", "staff", "military":
		return true
	}
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is")
}

func (r *resolver) add(m mention) {
	if len(r.seen) >= lookback {
		copy(r.seen, r.seen[1:])
		r.seen = r.seen[:len(r.seen)-1]
	}
	r.seen = append(r.seen, m)
}

func (r *resolver) latest(ok func(mention) bool) string {
	for i := len(r.seen) - 1; i >= 0; i-- {
		if ok(r.seen[i]) {
			return r.seen[i].canonical
		}
	}
	return ""
}

// joinToks returns the text that toks cover; text is the surface of a
// span starting at code point base.
func joinToks(toks []token, text string, base int) string {
	rs := []rune(text)
	a, b := int(toks[0].start)-base, int(toks[len(toks)-1].end)-base
	if a < 0 || b > len(rs) || a >= b {
		return ""
	}
	return string(rs[a:b])
}
