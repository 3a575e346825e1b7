package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page furniture that trafilatura keeps: measured on trafilatura's own
// evaluation corpus, most boilerplate it lets through sits in the last
// paragraphs of its output (related-article headlines, "read more"
// headings, subscription and copyright lines, author boxes). The filters
// below trim such a tail, and drop "read also" link paragraphs anywhere.

// maxAnchors bounds the anchor texts remembered per page.
const maxAnchors = 5000

// anchorTexts returns the white-space-folded texts of the page's links
// that are long enough to be headlines: a paragraph of the extracted text
// equal to one of them is a link, not prose.
func anchorTexts(root *html.Node) map[string]bool {
	set := map[string]bool{}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if len(set) >= maxAnchors || depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && hasAttr(n, "href") {
			if t := oneLine(textOf(n)); utf8.RuneCountInString(t) >= 12 {
				set[t] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return set
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf concatenates the text below n (bounded).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 1000 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// tailRe matches paragraphs that are page furniture when they close an
// article: calls to subscribe, follow or share, copyright and rights
// lines, "more on this" headings, comment prompts. The phrases are the
// common ones of the languages the corpora hold (en, de, es, fr, pt, pl).
var tailRe = regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\b)|` +
	`all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|` +
	`\b(subscribe|sign up|newsletter|abonnier|abonnez|suscr[ií]b|assine|zapisz się|follow us|folge uns|s[ií]guenos|` +
	`download the .{0,40}app|register now|log in to comment|eingeloggt|kommentieren zu können|registriert\?|keine kommentare)|` +
	`^(related|read more|more from|more on this|recommended|see also|weitere|mehr zum thema|mehr zu|auch interessant|schon gelesen|` +
	`das könnte|neueste artikel|lesen sie auch|le puede interesar|te puede interesar|lee también|lea también|leia também|` +
	`à lire aussi|lire aussi|czytaj także|zobacz także|titelbild|beitragsbild|foto(s)?:|bild(er)?:)`)

// seeAlsoRe matches the start of an inline "read also" paragraph.
var seeAlsoRe = regexp.MustCompile(`(?i)^(>>[^>]|» |related:|read more:|read also:|see also:|lesen sie auch|mehr zum thema|auch interessant|` +
	`le puede interesar|te puede interesar|lee también|lea también|leia também|à lire aussi|lire aussi|czytaj także|zobacz także)`)

// isLinkPara reports whether p is (almost) only the text of one link.
func isLinkPara(p string, anchors map[string]bool) bool {
	if anchors[p] {
		return true
	}
	// "Headline – Teaser" links are often split by the block walker;
	// also accept a paragraph with a trailing ellipsis or arrow stripped.
	q := strings.TrimRightFunc(p, func(r rune) bool {
		return r == '…' || r == '»' || r == '›' || r == '→' || unicode.IsSpace(r) || r == '.'
	})
	return q != p && anchors[q]
}

// headingLike reports a short paragraph that introduces what follows
// ("Schon gelesen?", "Das Thema könnte dich auch interessieren:").
func headingLike(p string) bool {
	n := utf8.RuneCountInString(p)
	return n <= 60 && (strings.HasSuffix(p, ":") || strings.HasSuffix(p, "?"))
}

// trimFurniture drops furniture from the extracted paragraphs: "read
// also" link paragraphs anywhere, then, from the end, link-only
// paragraphs, furniture lines and the heading that introduces them. It
// never drops more than half of the paragraphs, and keeps at least one.
func trimFurniture(paras []string, anchors map[string]bool) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if seeAlsoRe.MatchString(p) && utf8.RuneCountInString(p) < 300 {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return paras
	}
	limit := len(out) / 2
	end := len(out)
	for end > 1 && len(out)-end < limit {
		p := out[end-1]
		short := utf8.RuneCountInString(p) < 400
		switch {
		case short && isLinkPara(p, anchors):
		case short && tailRe.MatchString(p):
		case headingLike(p) && (end < len(out) || strings.HasSuffix(p, ":")):
		default:
			return out[:end]
		}
		end--
	}
	return out[:end]
}

// maxVisible bounds the visible text gathered from one page.
const maxVisible = 4 << 20

// visibleText returns the folded text of the page's body, scripts,
// styles and templates excluded.
func visibleText(root *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if b.Len() > maxVisible || depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return oneLine(b.String())
}

// withLead puts the page's standfirst back: trafilatura often drops the
// lead paragraph that sits in the article header, above the body. When
// the page's description is shown on the page (so it is a visible lead,
// not only a search-engine summary) and the text lacks it, it becomes the
// first paragraph.
func withLead(paras []string, description, visible string) []string {
	d := oneLine(description)
	if utf8.RuneCountInString(d) < 40 || !strings.Contains(visible, d) {
		return paras
	}
	if strings.Contains(oneLine(strings.Join(paras, " ")), d) {
		return paras
	}
	return append([]string{d}, paras...)
}

// titleSeps are the separators between a headline and the site's name.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "}

// cleanTitle strips the site's name from a page title ("Headline | Site",
// "Site - Headline") when a part names the outlet or the host.
func cleanTitle(title, outlet, host string) string {
	key := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), "")
	}
	site := []string{key(outlet), key(strings.Split(host, ".")[0])}
	names := func(part string) bool {
		k := key(part)
		if k == "" {
			return false
		}
		for _, s := range site {
			if len(s) >= 3 && (strings.Contains(k, s) || strings.Contains(s, k)) {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeps {
		i, j := strings.Index(title, sep), strings.LastIndex(title, sep)
		switch {
		case j > 0 && names(title[j+len(sep):]) && utf8.RuneCountInString(title[:j]) >= 10:
			return strings.TrimSpace(title[:j])
		case i > 0 && names(title[:i]) && utf8.RuneCountInString(title[i+len(sep):]) >= 10:
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}
