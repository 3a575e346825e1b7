package textscrape

// A carousel of story cards prints each card twice (the slider's
// clones): a headline and its summary, then, a few cards on, the same
// headline and summary again. An article does not repeat a subheading
// together with the paragraph under it.

// minDoubled is the number of distinct cards printed twice that make a
// carousel.
const minDoubled = 2

// maxCardSummary is the length, in words, of the longest card summary.
const maxCardSummary = 60

// cardAt reports whether a card starts at lines[i]: a kept headline-like
// line (not the title) over a kept prose line of at most maxCardSummary
// words. It returns the index of the summary.
func (c *classifier) cardAt(i int) (int, bool) {
	if i+1 >= len(c.lines) || i == c.title {
		return 0, false
	}
	h, s := c.lines[i], c.lines[i+1]
	if !(h.label == LabelHeading || h.label == LabelTeaser) || !headlineLike(h) || h.good {
		return 0, false
	}
	if s.label != LabelBody || !s.good || s.weight > maxCardSummary {
		return 0, false
	}
	return i + 1, true
}

// carousel relabels as teasers the cards of a carousel (see above):
// every card printed twice, when at least minDoubled cards are, and the
// cards next to them in the same run of cards, after the last paragraph
// of the text.
func (c *classifier) carousel() {
	type card struct{ head, sum int }
	var cards []card
	seen := map[string]int{}
	for i := 0; i+1 < len(c.lines); i++ {
		if j, ok := c.cardAt(i); ok {
			cards = append(cards, card{i, j})
			seen[c.lines[i].norm+"\x00"+c.lines[j].norm]++
		}
	}
	doubled := 0
	for _, n := range seen {
		if n >= 2 {
			doubled++
		}
	}
	if doubled < minDoubled {
		return
	}
	// Mark the doubled cards, then spread over the cards that follow
	// or precede a marked one with at most one empty line between.
	mark := make([]bool, len(cards))
	for k, cd := range cards {
		mark[k] = seen[c.lines[cd.head].norm+"\x00"+c.lines[cd.sum].norm] >= 2
	}
	near := func(a, b card) bool {
		for i := a.sum + 1; i < b.head; i++ {
			if c.lines[i].weight > 0 {
				return false
			}
		}
		return b.head-a.sum <= 2
	}
	for k := 1; k < len(cards); k++ {
		if mark[k-1] && near(cards[k-1], cards[k]) {
			mark[k] = true
		}
	}
	for k := len(cards) - 2; k >= 0; k-- {
		if mark[k+1] && near(cards[k], cards[k+1]) {
			mark[k] = true
		}
	}
	// The carousel closes the page: a card with prose of the text
	// after it is a part of the text printed twice (a meal plan).
	inCard := make([]bool, len(c.lines))
	for _, cd := range cards {
		inCard[cd.head], inCard[cd.sum] = true, true
	}
	last := -1
	for i, l := range c.lines {
		if l.label == LabelBody && l.good && !inCard[i] {
			last = i
		}
	}
	for k, cd := range cards {
		if mark[k] && cd.head > last {
			c.lines[cd.head].label = LabelTeaser
			c.lines[cd.sum].label = LabelTeaser
		}
	}
}
