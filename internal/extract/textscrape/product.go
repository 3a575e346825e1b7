package textscrape

import "regexp"

// A shopping article ("The 10 best deals on …") prints its picks as
// product boxes under a short introduction: the product's name, a list of
// its features, the price and a call to action ("Buy Now") that every box
// repeats. The boxes are short lines and lists without sentences, so the
// body run stops before them, but they are the article's text. Boxes of
// that shape that follow the text directly are taken into it.

// priceRe matches a price: "$139.00", "€ 49,95", "565,98 €", "12 zł".
var priceRe = regexp.MustCompile(`[$€£¥]\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|EUR|USD|GBP|zł|kr)(?:\s|$)`)

const (
	// minBoxes is how many product boxes in a row make a run of them.
	minBoxes = 3
	// maxBoxLines bounds the lines of one box.
	maxBoxLines = 25
	// boxReach is how far below the end of the text the first box
	// may start.
	boxReach = 3
	// maxBoxScan bounds the lines looked at for boxes.
	maxBoxScan = 600
)

// productBoxes labels as body the product boxes that follow each body
// run (see boxRun); the box's furniture and its call to action, a short
// line printed in every box, keep their labels.
func (c *classifier) productBoxes() {
	for _, sg := range c.segs {
		start, end := c.boxRun(sg.end + 1)
		if start > end {
			continue
		}
		count := map[string]int{}
		for i := start; i <= end; i++ {
			count[c.lines[i].norm]++
		}
		for i := start; i <= end; i++ {
			l := c.lines[i]
			cta := l.weight <= 4 && count[l.norm] >= minBoxes
			if l.hard == "" && !l.byline && l.label != LabelTitle && !cta {
				l.label = LabelBody
			}
		}
	}
}

// boxRun returns the first and last line of a run of product boxes that
// starts within boxReach lines of from, or an empty range. A box ends
// with a call to action: a line of at most four words, the same in each
// box, with a price above it in the same box.
func (c *classifier) boxRun(from int) (int, int) {
	for b := from; b < len(c.lines) && b < from+boxReach; b++ {
		if c.inBody(b) {
			break
		}
		if end := c.boxesFrom(b); end > b {
			return b, end
		}
	}
	return 1, 0
}

// boxesFrom returns the end of the run of at least minBoxes product boxes
// that starts at b, or b when there is none.
func (c *classifier) boxesFrom(b int) int {
	// The call to action closes the first box.
	for first := b; first < len(c.lines) && first < b+maxBoxLines; first++ {
		l := c.lines[first]
		if c.inBody(first) {
			return b
		}
		if l.weight == 0 || l.weight > 4 || l.good || !c.priceIn(b, first) {
			continue
		}
		if !c.listIn(b, first) {
			continue
		}
		boxes, last, prev := 1, first, first
		for i := first + 1; i < len(c.lines) && i-b < maxBoxScan && i-prev <= maxBoxLines; i++ {
			if c.inBody(i) {
				break
			}
			if c.lines[i].norm == l.norm {
				if !c.priceIn(prev+1, i) || !c.listIn(prev+1, i) {
					break
				}
				boxes++
				last, prev = i, i
			}
		}
		if boxes >= minBoxes {
			return last
		}
	}
	return b
}

// priceIn reports whether a line of lines[lo..hi] is short and holds a
// price.
func (c *classifier) priceIn(lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		if l := c.lines[i]; l.weight <= 12 && priceRe.MatchString(l.text) {
			return true
		}
	}
	return false
}

// listIn reports whether lines[lo..hi] hold a list item (a feature of
// the product). A shop's box of offers names the product and its price
// only.
func (c *classifier) listIn(lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		if c.lines[i].bullet {
			return true
		}
	}
	return false
}
