package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fragmentText turns an HTML fragment (a feed item's content, a JSON
// field holding markup) into paragraphs: one per block element, inline
// markup flattened, scripts, styles and forms dropped. It is the plain
// fallback for markup too small or too bare for a page extractor.
func fragmentText(src string) string {
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(src)
	}
	return strings.Join(blockParagraphs(nodes...), "\n\n")
}

// blockParagraphs returns the text of nodes as paragraphs: one per block
// element or line break, inline markup flattened, white space folded,
// scripts, styles, forms and ruby readings (<rt>, <rp>: the kana printed
// over Japanese kanji) dropped. Elements built by code rather than
// the parser (as trafilatura's output tree is) are recognised by name.
func blockParagraphs(nodes ...*html.Node) []string {
	return blockParagraphsSkip(nil, nodes...)
}

// blockParagraphsSkip is blockParagraphs leaving out the elements skip
// reports (nil skips none); a skipped element ends the paragraph before
// it.
func blockParagraphsSkip(skip func(*html.Node) bool, nodes ...*html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch atomOf(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Form, atom.Iframe, atom.Svg, atom.Button, atom.Select, atom.Rt, atom.Rp:
				return
			case atom.Br:
				flush()
				return
			}
			if skip != nil && skip(n) {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(atomOf(n))
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	flush()
	return paras
}

// atomOf returns n's tag atom, looking the name up for nodes built
// without one.
func atomOf(n *html.Node) atom.Atom {
	if n.DataAtom == 0 {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Dd, atom.Dt,
		atom.Figure, atom.Figcaption, atom.Main, atom.Nav, atom.Hr:
		return true
	}
	return false
}

// paragraphs normalises extracted text to storyline's form: each
// non-empty line trimmed, runs of spaces folded, one blank line between
// paragraphs.
func paragraphs(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n\n")
}

// dropRubyReadings removes the ruby readings (<rt>, <rp>) from a parsed
// page: Japanese pages print kana over their kanji, and extractors that
// flatten the tree would interleave them with the text ("子こども").
func dropRubyReadings(root *html.Node) {
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && (c.DataAtom == atom.Rt || c.DataAtom == atom.Rp) {
				n.RemoveChild(c)
			} else {
				walk(c, depth+1)
			}
			c = next
		}
	}
	walk(root, 0)
}
