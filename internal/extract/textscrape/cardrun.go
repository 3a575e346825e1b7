package textscrape

import "regexp"

// Below an article a page lists other stories as cards: a headline over
// a one-paragraph teaser, with the card's meta between two cards (a
// date, a section, a "-" mark). A run of such cards looks like the
// article's own sections, each a subheading over a paragraph; what tells
// them apart is the meta line between the cards, which a section of an
// article does not have, and that no paragraph of the text follows them.

// minCardRun is the number of cards in a row that make a list of
// stories.
const minCardRun = 3

// maxCardGap is the number of lines between two cards of a run.
const maxCardGap = 4

// teaserRuns relabels as teasers the runs of at least minCardRun cards
// (see cardAt) whose teaser is one paragraph, when no kept prose follows
// the run but other such runs. The cards of a run are parted by up to
// maxCardGap lines that are not prose; either each gap holds a date
// (see cardGap), or the run stands under the heading of a box of
// stories ("Das könnte Sie auch interessieren", "More stories").
func (c *classifier) teaserRuns() {
	type card struct {
		head, sum int
		dated     bool // the gap above the card holds a date
	}
	var chains [][]card
	var chain []card
	for i := 0; i+1 < len(c.lines); i++ {
		j, ok := c.cardAt(i)
		if !ok || j+1 < len(c.lines) && c.lines[j+1].good && kept(c.lines[j+1].label) {
			continue // not a card, or a section whose paragraphs go on
		}
		cd := card{head: i, sum: j}
		if n := len(chain); n > 0 {
			gap, dated := c.cardGap(chain[n-1].sum, i)
			if !gap {
				chains = append(chains, chain)
				chain = nil
			}
			cd.dated = dated
		}
		chain = append(chain, cd)
		i = j
	}
	if len(chain) > 0 {
		chains = append(chains, chain)
	}
	// The runs: a chain under a box heading, or the parts of a chain
	// whose gaps are all dated.
	var runs [][]card
	for _, ch := range chains {
		if c.boxAbove(ch[0].head) {
			runs = append(runs, ch)
			continue
		}
		from := 0
		for k := 1; k <= len(ch); k++ {
			if k == len(ch) || !ch[k].dated {
				runs = append(runs, ch[from:k])
				from = k
			}
		}
	}
	end := len(c.lines) // lines[end:] hold no kept prose but runs
	for k := len(runs) - 1; k >= 0; k-- {
		run := runs[k]
		last := run[len(run)-1].sum
		if c.proseIn(last+1, end) {
			return
		}
		if len(run) < minCardRun {
			continue
		}
		for x, cd := range run {
			for i := cd.head; i <= cd.sum; i++ {
				c.lines[i].label = LabelTeaser
			}
			if x > 0 {
				for i := run[x-1].sum + 1; i < cd.head; i++ {
					if kept(c.lines[i].label) {
						c.lines[i].label = LabelTeaser
					}
				}
			}
		}
		end = run[0].head
	}
}

// boxAbove reports whether the heading of a box of stories (see
// boxHeading, boxIntro) stands at most maxCardGap lines above the line
// at i, with no prose between.
func (c *classifier) boxAbove(i int) bool {
	for k := i - 1; k >= 0 && i-k <= maxCardGap; k-- {
		l := c.lines[k]
		if l.good {
			return false
		}
		if l.weight <= 10 && (boxHeading(l) || boxIntro(l) || alsoRe.MatchString(l.text)) {
			return true
		}
	}
	return false
}

// cardGap reports whether the lines between a card's teaser at sum and
// the next card's headline at head can part two cards: at most
// maxCardGap lines, none of them prose. It also reports whether one of
// them is a date or a time ("Heute, 07:09 Uhr", "29.04.2024Aue", "vor 3
// Stunden"), the meta of a card: an article's sections may be parted by
// a picture's credit, but not by a date.
func (c *classifier) cardGap(sum, head int) (gap, dated bool) {
	if head-sum-1 > maxCardGap {
		return false, false
	}
	for i := sum + 1; i < head; i++ {
		l := c.lines[i]
		if l.good {
			return false, false
		}
		dated = dated || stampLine(l)
	}
	return true, dated
}

// clockRe matches a time of day: "07:09", "7.09 Uhr".
var clockRe = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\s*(?:uhr|h\b|am\b|pm\b|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b`)

// stampLine reports a short line that dates a card: a date, a time of
// day or an age ("vor 3 Stunden").
func stampLine(l *line) bool {
	if l.weight > maxStamp {
		return false
	}
	return l.hard == LabelDate || agoRe.MatchString(l.norm) || clockRe.MatchString(l.lower) || hasDate(l.text)
}

// maxStamp is the weight of the longest line that stampLine takes.
const maxStamp = 12

// proseIn reports whether lines[lo:hi] hold a kept prose line.
func (c *classifier) proseIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if l := c.lines[i]; l.good && kept(l.label) {
			return true
		}
	}
	return false
}
