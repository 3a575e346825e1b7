package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadPrefix is how many runes of the description a shown lead must
// open with.
const leadPrefix = 40

// runePrefix returns the first n runes of s.
func runePrefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// shownLead puts back a standfirst that the page shows in a wording
// other than its description: descriptions are often cut short ("…
// gepresst gut ve") or edited, so withLead, which looks for the whole
// description, misses the lead. The first paragraph of the page (as
// blockParagraphs splits it) that opens with the description's first
// forty runes, and that the text lacks, becomes the first paragraph.
func shownLead(paras []string, description string, pageParas []string) []string {
	d := oneLine(description)
	if utf8.RuneCountInString(d) < leadPrefix {
		return paras
	}
	prefix := runePrefix(d, leadPrefix)
	for _, p := range paras {
		if strings.Contains(p, prefix) {
			return paras
		}
	}
	for _, p := range pageParas {
		if n := utf8.RuneCountInString(p); n >= leadPrefix && n <= 1500 && strings.HasPrefix(p, prefix) {
			return append([]string{p}, paras...)
		}
	}
	return paras
}

// leadWords are class words that name an article's standfirst.
var leadWords = map[string]bool{
	"lead": true, "intro": true, "standfirst": true, "teaser": true, "summary": true, "excerpt": true,
	"abstract": true, "deck": true, "dek": true, "subtitle": true, "subheadline": true, "lede": true,
}

// isLeadBox reports an element whose class names a standfirst, or that
// carries itemprop="description".
func isLeadBox(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Meta || n.DataAtom == atom.Head {
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "description") {
		return true
	}
	for _, name := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, w := range nameWords(name) {
			if leadWords[w] {
				return true
			}
		}
	}
	return false
}

// maxLeadText bounds the text read from standfirst boxes per page, so
// that nested boxes keep the search linear in the page's size.
const maxLeadText = 1 << 20

// maxLeadGap is how many of the page's paragraphs may stand between a
// standfirst and the first paragraph of the text.
const maxLeadGap = 4

// classLead puts back a standfirst that the page marks as one (class
// "lead", "intro", "teaser-text", itemprop "description"…) when
// trafilatura left it out: the first such element of one paragraph
// that stands just above the text's first paragraph on the page.
func classLead(paras []string, root *html.Node, pageParas []string) []string {
	if len(paras) == 0 {
		return paras
	}
	var lead string
	budget := maxLeadText
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if lead != "" || depth > maxFurnitureDepth {
			return
		}
		if isLeadBox(n) && budget > 0 {
			ps := blockParagraphs(n)
			for _, p := range ps {
				budget -= len(p) + 1
			}
			if len(ps) == 1 {
				if k := utf8.RuneCountInString(ps[0]); k >= 60 && k <= 1500 {
					lead = ps[0]
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	if lead == "" {
		return paras
	}
	prefix := runePrefix(lead, leadPrefix)
	for _, p := range paras {
		if strings.Contains(p, prefix) {
			return paras
		}
	}
	at, first := -1, -1
	for i, p := range pageParas {
		if at < 0 && p == lead {
			at = i
		}
		if p == paras[0] {
			first = i
			break
		}
	}
	if at < 0 || first < 0 || first-at > maxLeadGap {
		return paras
	}
	return append([]string{lead}, paras...)
}
