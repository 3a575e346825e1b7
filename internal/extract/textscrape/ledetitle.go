package textscrape

import (
	"strings"
	"unicode/utf8"
)

// Where findTitle finds no headline next to the text (share buttons, a
// byline, a caption or a date block longer than it steps over lie
// between them), or takes a line that shares no word with the lede
// ("Auf Facebook teilen …", "Actualizado al 03/05/2022 22:46"),
// titleByLede looks for one by what it says: a headline names what the
// lede tells, so of the headline-like lines above the text it takes the
// one whose words the lede shares most. A line printed twice (a
// breadcrumb's last item and the headline) counts a little more; "These
// are external links and will open in a new window" shares nothing with
// a lede and is passed over. On the text dumps of trafilatura's
// evaluation pages this takes the titles read right from 0.34 to 0.54.
const (
	ledeWindow    = 40   // lines above the text searched for a headline
	ledeWords     = 120  // words of the text that make its lede
	minLedeShare  = 0.4  // least share of a headline's words the lede holds
	weakLedeShare = 0.25 // a title sharing less of its words with the lede may be passed over
	switchMargin  = 0.3  // for a line sharing this much more
	switchShared  = 3    // and at least this many words
)

// stem keys a folded word (see FoldWords) for the lede comparison: its
// first five runes ("Messengerdienste" and
// "Messengerdienst" meet); words under three runes do not count.
func stem(w string) string {
	if utf8.RuneCountInString(w) < 3 {
		return ""
	}
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

func stems(s string) []string {
	var out []string
	for _, w := range strings.Fields(FoldWords(s)) {
		if k := stem(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// ledeStems returns the stems of the text's first ledeWords words.
func (c *classifier) ledeStems() map[string]bool {
	if len(c.segs) == 0 {
		return nil
	}
	seg := c.segs[0]
	lede := map[string]bool{}
	n := 0
	for i := seg.start; i <= seg.end && n < ledeWords; i++ {
		if !c.body[i] || c.lines[i].label == LabelTitle {
			continue
		}
		for _, k := range stems(c.lines[i].text) {
			lede[k] = true
			n++
		}
	}
	return lede
}

// ledeShare returns how many of line i's stems the lede holds, and
// their share.
func (c *classifier) ledeShare(i int, lede map[string]bool) (int, float64) {
	ks := stems(c.lines[i].text)
	if len(ks) == 0 {
		return 0, 0
	}
	shared := 0
	for _, k := range ks {
		if lede[k] {
			shared++
		}
	}
	return shared, float64(shared) / float64(len(ks))
}

// checkTitle keeps findTitle's headline when the lede shares a word
// with it, and otherwise looks for a better one (see titleByLede).
func (c *classifier) checkTitle() {
	if c.title < 0 {
		c.titleByLede(nil)
		return
	}
	lede := c.ledeStems()
	if len(lede) == 0 {
		return
	}
	n, share := c.ledeShare(c.title, lede)
	if n == 0 {
		c.titleByLede(lede)
		return
	}
	if share < weakLedeShare {
		c.titleByLedeOver(lede, share+switchMargin, switchShared)
	}
}

func (c *classifier) titleByLede(lede map[string]bool) {
	c.titleByLedeOver(lede, minLedeShare, 2)
}

func (c *classifier) titleByLedeOver(lede map[string]bool, least float64, leastShared int) {
	if len(c.segs) == 0 {
		return
	}
	seg := c.segs[0]
	if lede == nil {
		lede = c.ledeStems()
	}
	if len(lede) == 0 {
		return
	}
	best, bestS := -1, 0.0
	for i := max(seg.start-ledeWindow, 0); i < seg.start; i++ {
		l := c.lines[i]
		if l.hard != "" || l.byline || l.bullet || l.weight < 3 || l.weight > maxTitleWeight || !headlineLike(l) || teaserEnd(l) {
			continue
		}
		shared, share := c.ledeShare(i, lede)
		if shared < leastShared || share < least || i == c.title {
			continue
		}
		s := share - 0.002*float64(abs(seg.start-i))
		if c.printedTwice(i) {
			s += 0.1
		}
		if s > bestS {
			best, bestS = i, s
		}
	}
	if best < 0 {
		return
	}
	if old := c.title; old >= 0 {
		// findTitle's pick goes back to the other lines' lot.
		c.lines[old].label = ""
		for _, l := range c.lines[old+1:] {
			if l.label == LabelTitleRepeat && l.norm == c.lines[old].norm {
				l.label = ""
			}
		}
	}
	c.body[best] = false
	c.setTitle(best)
}

// printedTwice reports whether another line of the page reads as line i
// does, or ends with it (a breadcrumb's "- Headline").
func (c *classifier) printedTwice(i int) bool {
	key := strings.Join(stems(c.lines[i].text), " ")
	for j, l := range c.lines {
		if j != i && strings.HasSuffix(strings.Join(stems(l.text), " "), key) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
