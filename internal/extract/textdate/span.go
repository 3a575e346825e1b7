package textdate

import (
	"slices"
	"time"
)

// forever stands for an open upper (or lower) bound. Every date a news
// text can be published on lies between them.
var (
	dawn    = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	forever = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// span is a half-open range of days [lo, hi): lo is the first day
// allowed, hi the first day no longer allowed.
type span struct{ lo, hi time.Time }

// set is a union of disjoint spans in ascending order. The nil set is
// empty; use all() for the unconstrained set.
type set []span

func all() set { return set{{dawn, forever}} }

// from is the set of days on or after t.
func from(t time.Time) set { return set{{t, forever}} }

// before is the set of days before t.
func before(t time.Time) set { return set{{dawn, t}} }

// between is the set of days in [lo, hi).
func between(lo, hi time.Time) set {
	if !lo.Before(hi) {
		return nil
	}
	return set{{lo, hi}}
}

// union returns the union of spans, normalised.
func union(spans ...span) set {
	var s set
	for _, p := range spans {
		if p.lo.Before(p.hi) {
			s = append(s, p)
		}
	}
	slices.SortFunc(s, func(a, b span) int { return a.lo.Compare(b.lo) })
	out := s[:0]
	for _, p := range s {
		if n := len(out); n > 0 && !p.lo.After(out[n-1].hi) {
			if p.hi.After(out[n-1].hi) {
				out[n-1].hi = p.hi
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// intersect returns the days in both a and b.
func (a set) intersect(b set) set {
	var out set
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := later(a[i].lo, b[j].lo), earlier(a[i].hi, b[j].hi)
		if lo.Before(hi) {
			out = append(out, span{lo, hi})
		}
		if a[i].hi.Before(b[j].hi) {
			i++
		} else {
			j++
		}
	}
	return out
}

// has reports whether day t is in s.
func (a set) has(t time.Time) bool {
	for _, p := range a {
		if !t.Before(p.lo) && t.Before(p.hi) {
			return true
		}
	}
	return false
}

// overlaps reports whether s shares a day with [lo, hi).
func (a set) overlaps(lo, hi time.Time) bool { return len(a.intersect(between(lo, hi))) > 0 }

// first and end are the first day in s and the day after its last;
// both are meaningless on an empty set.
func (a set) first() time.Time { return a[0].lo }
func (a set) end() time.Time   { return a[len(a)-1].hi }

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dayOf truncates t to its day in UTC.
func dayOf(t time.Time) time.Time { return ymd(t.Date()) }
