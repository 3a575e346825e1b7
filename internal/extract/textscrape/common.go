package textscrape

import (
	"hash/maphash"
	"strings"
	"sync"
)

// LineStats is cross-document evidence about lines, as CCNet uses it: for
// each group of documents (one site, one folder of scrapes), how many of
// its documents contain each normalised line. A line that recurs across
// many documents of a group ("Subscribe to our newsletter", a site's
// slogan) is furniture wherever it stands. It is safe for concurrent use,
// and bounded: past MaxLines distinct lines in all it stops learning new
// ones (counts of known lines still grow).
//
// The evidence is online: a document is judged by the documents added
// before it, so the first few of a site learn and the rest benefit.
type LineStats struct {
	seed   maphash.Seed
	mu     sync.Mutex
	groups map[string]*lineGroup
	lines  int
	// MaxLines bounds the distinct lines remembered over all groups
	// (1<<21 when zero: about 60 MB).
	MaxLines int
}

type lineGroup struct {
	docs  int
	count map[uint64]int32
}

// NewLineStats returns empty statistics.
func NewLineStats() *LineStats {
	return &LineStats{seed: maphash.MakeSeed(), groups: map[string]*lineGroup{}}
}

// Add counts the distinct lines of a document of group.
func (s *LineStats) Add(group, text string) {
	seen := map[uint64]bool{}
	for l := range strings.SplitSeq(text, "\n") {
		if n := Normalize(l); n != "" {
			seen[maphash.String(s.seed, n)] = true
		}
	}
	limit := s.MaxLines
	if limit <= 0 {
		limit = 1 << 21
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.groups[group]
	if g == nil {
		g = &lineGroup{count: map[uint64]int32{}}
		s.groups[group] = g
	}
	g.docs++
	for h := range seen {
		if _, ok := g.count[h]; !ok {
			if s.lines >= limit {
				continue
			}
			s.lines++
		}
		g.count[h]++
	}
}

// Counter returns the evidence of one group, for Options.Common.
func (s *LineStats) Counter(group string) LineCounter {
	return groupCounter{s, group}
}

type groupCounter struct {
	s     *LineStats
	group string
}

// Count implements LineCounter.
func (c groupCounter) Count(norm string) (with, total int) {
	h := maphash.String(c.s.seed, norm)
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	g := c.s.groups[c.group]
	if g == nil {
		return 0, 0
	}
	return int(g.count[h]), g.docs
}
