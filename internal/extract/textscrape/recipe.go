package textscrape

import (
	"regexp"
	"strings"
)

// A recipe prints its ingredients above the steps, as short lines of a
// quantity and a name ("200 g Zucker", "| 65 g | Butter", "400 gramów"
// under "dynia"), often under a picture, a rating widget or a box of
// nutrition facts. The steps are the prose run; the ingredients score as
// furniture and are left out unless taken here.

// quantityRe opens an ingredient line: a number, a fraction or a range
// ("1", "0,5", "1/2", "2-3", "½") followed by a word (a unit or the
// ingredient): "125 g Mehl", "2 EL Öl", "1 Ei".
var quantityRe = regexp.MustCompile(`^(?:\d{1,4}(?:[.,/]\d{1,3})?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d{1,4}(?:[.,]\d{1,3})?)?\s*\pL`)

// maxIngredientWeight is the length, in words, of the longest
// ingredient line.
const maxIngredientWeight = 12

// ingredientLine reports a line of a recipe's ingredient list: a
// quantity and a name, bare, as a list item or as the cells of a table
// row ("| 1 Pck. | Vanillin-Zucker", "| etwas | Fett").
func ingredientLine(l *line) bool {
	if l.hard != "" || l.weight == 0 || l.weight > maxIngredientWeight || l.good || strings.HasSuffix(l.text, ":") {
		return false
	}
	s := strings.TrimPrefix(l.text, "| ")
	if s != l.text {
		// A row of two cells: an amount of a few words, then a name.
		cells := strings.Split(s, cellSep)
		if len(cells) != 2 || weight(cells[0]) > 3 || weight(cells[1]) == 0 {
			return false
		}
		return weight(cells[0]) > 0 && (quantityRe.MatchString(cells[0]+" x") || weight(cells[0]) == 1)
	}
	s = bulletRe.ReplaceAllString(s, "")
	if strings.Contains(s, cellSep) || strings.HasSuffix(s, ".") && innerSentence.MatchString(s) {
		return false
	}
	return quantityRe.MatchString(s)
}

// ingredientGap is how many lines (a heading, a box of nutrition facts,
// "Zubereitung") may stand between an ingredient list and the text
// under it, or between two parts of the list.
const ingredientGap = 12

// minIngredients is the number of ingredient lines that make a list.
const minIngredients = 3

// ingredientsAbove returns the indices of the lines of the ingredient
// lists printed above the body run that starts at start: blocks of at
// least minIngredients ingredient lines (see ingredientLine), a third of
// the block's lines or more, with their part headings ("Für den Teig:")
// and, where names and amounts are printed on lines of their own, the
// names. No prose line may stand between a block and the text.
func (c *classifier) ingredientsAbove(start int) []int {
	var out []int
	gap := 0
	for i := start - 1; i >= 0 && gap <= ingredientGap; {
		l := c.lines[i]
		if l.good || l.hard == LabelCopyright || isCommentHead(l.norm) {
			break
		}
		if !ingredientLine(l) {
			gap++
			i--
			continue
		}
		// The block: ingredient lines, empty cells, part headings and
		// single other short lines between them.
		end, top := i, i
		n, other, lines, names := 0, 0, 0, 0
		for ; i >= 0; i-- {
			l := c.lines[i]
			switch {
			case ingredientLine(l):
				n++
				other = 0
				top = i
			case l.weight == 0:
				continue
			case partHead(l):
				other = 0
				top = i
			case shortName(l) && other == 0:
				other++
				names++
			default:
				other = 2
			}
			if other > 1 {
				break
			}
			lines++
		}
		if split := 2*names >= n; split && top > 0 && shortName(c.lines[top-1]) && !ingredientLine(c.lines[top-1]) {
			top-- // names over their amounts: the first name
		}
		i = top - 1
		if n < minIngredients || 3*n < lines {
			gap += end - top + 1
			continue
		}
		gap = 0
		for k := end; k >= top; k-- {
			if l := c.lines[k]; l.weight > 0 && (l.hard == "" || partHead(l)) {
				out = append(out, k)
			}
		}
	}
	return out
}

// shortName reports a line that may name an ingredient (or a
// nutrient) whose amount is printed on a line of its own: a few words,
// no sentence ("dynia", "Kohlenhydr."), or a bare number ("4512").
func shortName(l *line) bool {
	if l.hard == LabelFurniture && numberRe.MatchString(l.text) {
		return true
	}
	return l.hard == "" && !l.good && l.weight <= 8 && (!l.sentence || l.weight <= 2)
}

// partHead reports the heading of a part of an ingredient list: a few
// words and a colon ("Belag:", "Für den Mürbeteig:").
func partHead(l *line) bool {
	return l.weight >= 1 && l.weight <= 6 && strings.HasSuffix(strings.TrimSpace(l.text), ":") && (l.hard == "" || l.field || l.hard == LabelFurniture && !isVocab(l.norm, l.weight))
}

// ingredients labels as body the ingredient lists above the first body
// run (see ingredientsAbove).
func (c *classifier) ingredients() {
	if len(c.segs) == 0 {
		return
	}
	for _, i := range c.ingredientsAbove(c.segs[0].start) {
		if l := c.lines[i]; !kept(l.label) && l.label != LabelTitle {
			l.label = LabelBody
		}
	}
}
