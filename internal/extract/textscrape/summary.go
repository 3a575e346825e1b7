package textscrape

// Many news pages open the text with a summary printed as a list of
// sentences ("Key points"), or close it with a list of tips or steps,
// set apart from the run of paragraphs by its list marks. summaryList
// and trailingList find such lists right above and right under the body
// run.

// maxSummaryGap is how many lines of furniture may stand between the
// list and the text.
const maxSummaryGap = 2

// summaryList returns the new start of the body run that starts at start:
// the first item of a list of sentences above it (see sentenceList), not
// of linked headlines, with at most maxSummaryGap lines of furniture or
// short lines between the list and the text, or, when the run opens with
// an item, the first item of the list it belongs to. It returns start
// when there is none.
func (c *classifier) summaryList(start int) int {
	if c.lines[start].bullet {
		// The run opens with items written as prose (see maxRun):
		// the shorter items of the same list above them belong to it.
		j := start
		for j+1 < len(c.lines) && c.lines[j+1].bullet && c.lines[j+1].hard == "" {
			j++
		}
		i := start
		for i-1 >= 0 && c.lines[i-1].bullet && c.lines[i-1].hard == "" && j-i < maxListItems {
			i--
		}
		if i < start && c.sentenceList(i, j) {
			return i
		}
		return start
	}
	j := start - 1
	for n := 0; j >= 0 && n < maxSummaryGap && !c.lines[j].bullet && (c.lines[j].hard != "" || c.lines[j].weight <= 3); n++ {
		j--
	}
	if j < 0 || !c.lines[j].bullet || c.lines[j].hard != "" {
		return start
	}
	i := j
	for i-1 >= 0 && c.lines[i-1].bullet && c.lines[i-1].hard == "" && j-i < maxListItems {
		i--
	}
	if !c.sentenceList(i, j) {
		return start
	}
	return i
}

// trailingList returns the new end of the body run that ends at end: the
// last item of a list of sentences (see sentenceList) right under it,
// perhaps under a subheading or a line introducing it, before limit. It
// returns end when there is none.
func (c *classifier) trailingList(end, limit int) int {
	i := end + 1
	if i <= limit && !c.lines[i].bullet && c.lines[i].hard == "" && (headlineLike(c.lines[i]) || introLine(c.lines[i])) {
		i++
	}
	if i > limit || !c.lines[i].bullet || c.lines[i].hard != "" {
		return end
	}
	j := i
	for j+1 <= limit && c.lines[j+1].bullet && c.lines[j+1].hard == "" && j-i < maxListItems {
		j++
	}
	if !c.sentenceList(i, j) {
		return end
	}
	return j
}

// sentenceList reports whether lines[i..j] are at least two list items
// that read as sentences: most end like one, and they have eight words or
// more on average.
func (c *classifier) sentenceList(i, j int) bool {
	n := j - i + 1
	if n < 2 {
		return false
	}
	sentences, words := 0, 0
	for _, l := range c.lines[i : j+1] {
		words += l.weight
		if l.sentence {
			sentences++
		}
	}
	return 2*sentences > n && words >= 8*n
}
