package extract

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura reads a page's authors well but leaves three kinds of
// damage that a reader sees: it turns the dots of initials and domains
// into spaces ("John C. Welch" becomes "John C Welch", "sportschau.de"
// "Sportschau De"), it keeps the same name twice when a page prints it
// in two cases, and it takes interface labels ("Username") for names.
// It also misses names that only the page's schema.org block gives. The
// functions here repair the names it read and fall back on that block.

// maxAuthors bounds the names taken from a page's JSON-LD blocks.
const maxAuthors = 8

// notNames are labels that author boxes and scripts hold where a name
// should be, lowercased: field names, buttons, and academic degrees
// that a comma split off a name ("Grant Tinsley, PhD").
var notNames = map[string]bool{
	"username": true, "user name": true, "user": true, "name": true, "admin": true, "administrator": true,
	"author": true, "authors": true, "autor": true, "autoren": true, "auteur": true, "auteurs": true,
	"authority control": true, "unknown": true, "none": true, "null": true, "n/a": true, "by": true,
	"follow": true, "datum": true, "date": true, "comments": true, "comment": true, "kommentieren": true,
	"share": true, "teilen": true, "email": true, "e-mail": true, "submitted": true, "posted": true,
	"published": true, "webmaster": true,
	"phd": true, "ph d": true, "md": true, "dr": true, "prof": true, "mba": true, "msc": true, "jr": true,
}

// socialNames are networks whose name in an author field marks a
// follow or share button, not a person.
var socialNames = map[string]bool{
	"twitter": true, "facebook": true, "mastodon": true, "instagram": true, "linkedin": true, "whatsapp": true,
}

// namePrefixRe and nameSuffixRe match what author boxes print around a
// name and go-trafilatura leaves on it: "Zum Profil von …", "Artikel
// von …", "Interview: …", "Par …", "Por …", and a trailing "am" or
// "Stand" whose date it cut off.
var (
	namePrefixRe = regexp.MustCompile(`(?i)^(?:(?:zum\s+)?profil\s+von|(?:ein\s+)?(?:artikel|beitrag|text)\s+von|autor(?:in)?|author|auteur|interview|text|texto|par|por|von|by|written\s+by)\s*:?\s+`)
	nameSuffixRe = regexp.MustCompile(`(?i)\s+(?:am|um|on|le|el|stand|aktualisiert|updated|tiempo\s+de\s+lectura)$`)
)

// tidyName strips the box text around an author name and a name printed
// twice over ("jesusfreak jesusfreak"); it returns "" when nothing that
// reads as a name is left.
func tidyName(n string) string {
	for range 2 {
		if m := namePrefixRe.FindStringIndex(n); m != nil && m[1] < len(n) {
			n = n[m[1]:]
		}
		n = nameSuffixRe.ReplaceAllString(n, "")
	}
	n = strings.TrimSpace(n)
	w := strings.Fields(n)
	if h := len(w) / 2; len(w) >= 2 && len(w)%2 == 0 && strings.EqualFold(strings.Join(w[:h], " "), strings.Join(w[h:], " ")) {
		n = strings.Join(w[:h], " ")
	}
	if notNames[strings.ToLower(n)] || !strings.ContainsFunc(n, unicode.IsLetter) {
		return ""
	}
	for _, x := range w {
		if socialNames[strings.ToLower(x)] {
			return ""
		}
	}
	return n
}

// pageAuthors returns the authors of a page: those go-trafilatura read
// (meta, joined by ";" or "|"), repaired against the page's own
// writing of them (visible) and its host, or else, when none of those is
// a name, the authors its JSON-LD blocks name, or else those its markup
// marks as authors (see markupAuthors).
func pageAuthors(root *html.Node, meta, visible, host string) []string {
	if out := tidyAuthors(splitAuthors(meta), visible, host); len(out) > 0 {
		return out
	}
	if out := tidyAuthors(jsonLDAuthors(root), visible, host); len(out) > 0 {
		return out
	}
	return tidyAuthors(markupAuthors(root), visible, host)
}

// maxMarkupAuthors is the most distinct names markupAuthors takes: a
// page that marks more is a list of other articles, each with its
// author, not one article's byline.
const maxMarkupAuthors = 3

// markupAuthors returns the names the page's markup marks as its
// authors: the text of links with rel="author" (WordPress and most
// blog engines print the byline so) and of schema.org microdata
// itemprop="author" elements (their itemprop="name" inside, when they
// have one). A JSON-LD block that does not parse (a template that
// printed HTML into it) still leaves these. None are returned when more
// than maxMarkupAuthors distinct names are marked.
func markupAuthors(root *html.Node) []string {
	var out []string
	add := func(s string) {
		s = oneLine(s)
		if s == "" || utf8.RuneCountInString(s) > 60 {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, s) {
				return
			}
		}
		out = append(out, s)
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 || len(out) > maxMarkupAuthors {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head:
				return
			}
			switch {
			case n.DataAtom == atom.A && hasWord(attr(n, "rel"), "author"):
				add(textOf(n))
				return
			case hasWord(attr(n, "itemprop"), "author"):
				if name := findItemprop(n, "name", 0); name != nil {
					if c := attr(name, "content"); c != "" {
						add(c)
					} else {
						add(textOf(name))
					}
				} else if c := attr(n, "content"); c != "" {
					add(c)
				} else if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
					add(textOf(n))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	if len(out) > maxMarkupAuthors {
		return nil
	}
	return out
}

// findItemprop returns the first element below n whose itemprop holds
// prop, or nil.
func findItemprop(n *html.Node, prop string, depth int) *html.Node {
	if depth > 64 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && hasWord(attr(c, "itemprop"), prop) {
			return c
		}
		if f := findItemprop(c, prop, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// hasWord reports whether the space-separated list s holds w, ignoring
// case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// tidyAuthors repairs and tidies names and drops those that are not
// names or repeat an earlier one.
func tidyAuthors(names []string, visible, host string) []string {
	var out []string
	seen := map[string]int{}
	for _, n := range names {
		if n = tidyName(n); n == "" {
			continue
		}
		n = domainName(restoreInitials(n, visible), host)
		k := strings.ToLower(n)
		if i, ok := seen[k]; ok {
			// The same name in two cases: keep the one that is not
			// all capitals.
			if out[i] == strings.ToUpper(out[i]) {
				out[i] = n
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, n)
	}
	return out
}

// restoreInitials puts back the dots of a name's initials when the
// page writes the name with them: "Dana A Ford" is "Dana A. Ford" on a
// page that says so, and "James S A Corey" "James S.A. Corey".
func restoreInitials(name, visible string) string {
	words := strings.Fields(name)
	initial := func(w string) bool {
		r, size := utf8.DecodeRuneInString(w)
		return size == len(w) && unicode.IsUpper(r)
	}
	if !slicesAny(words, initial) || len(words) < 2 {
		return name
	}
	var pat strings.Builder
	pat.WriteString(`(?i)(?:^|[^\pL])`)
	for i, w := range words {
		if i > 0 {
			if initial(words[i-1]) {
				pat.WriteString(`(\.?)(\s*)`)
			} else {
				pat.WriteString(`\s+`)
			}
		}
		pat.WriteString(regexp.QuoteMeta(w))
	}
	if initial(words[len(words)-1]) {
		pat.WriteString(`(\.?)()`)
	}
	pat.WriteString(`(?:$|[^\pL])`)
	re, err := regexp.Compile(pat.String())
	if err != nil {
		return name
	}
	m := re.FindStringSubmatch(visible)
	if m == nil {
		return name
	}
	var b strings.Builder
	g := 1
	for i, w := range words {
		if i > 0 {
			if initial(words[i-1]) {
				dot, space := m[g], m[g+1]
				g += 2
				b.WriteString(dot)
				if dot == "" || space != "" || !initial(w) {
					b.WriteByte(' ')
				}
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	if initial(words[len(words)-1]) {
		b.WriteString(m[g])
	}
	return b.String()
}

// slicesAny reports whether f holds for any word.
func slicesAny(words []string, f func(string) bool) bool {
	for _, w := range words {
		if f(w) {
			return true
		}
	}
	return false
}

// domainName gives back a domain that name spells with its dots turned
// into spaces: "Sportschau De" on sportschau.de is "sportschau.de".
func domainName(name, host string) string {
	if host == "" || !strings.Contains(name, " ") {
		return name
	}
	d := strings.ToLower(strings.Join(strings.Fields(name), "."))
	if host == d || strings.HasSuffix(host, "."+d) {
		return d
	}
	return name
}

// jsonLDAuthors returns the names under the "author" keys of the page's
// JSON-LD blocks: a string, an object with a name, or a list of either.
func jsonLDAuthors(root *html.Node) []string {
	var out []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if len(out) >= maxAuthors || depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				out = append(out, jsonAuthors(n.FirstChild.Data)...)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	if len(out) > maxAuthors {
		out = out[:maxAuthors]
	}
	return out
}

// jsonAuthors reads the author names of one JSON-LD block.
func jsonAuthors(src string) []string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return nil
	}
	var out []string
	add := func(s string) {
		s = oneLine(s)
		if s == "" || utf8.RuneCountInString(s) > 80 || strings.Contains(s, "://") {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, s) {
				return
			}
		}
		out = append(out, s)
	}
	var names func(v any, depth int)
	names = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case string:
			add(x)
		case map[string]any:
			if s, ok := x["name"].(string); ok {
				add(s)
			}
		case []any:
			for _, c := range x {
				names(c, depth+1)
			}
		}
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 20 || len(out) >= maxAuthors {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			if a, ok := x["author"]; ok {
				names(a, 0)
				return
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if c, ok := x[k]; ok {
					walk(c, depth+1)
				}
			}
		case []any:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// bylineRe matches a paragraph that is a byline and nothing else: a
// label or a preposition, then a name of two to four capitalised words,
// perhaps with an agency after a slash or comma ("Autor: Jana Roth/dpa",
// "von Daniela Berg", "Par Marc Hy", "Text: Klaus Lenz"). Where no
// meta tag or schema names an author, such a line above or below the
// text is how the page says who wrote it.
var bylineRe = regexp.MustCompile(`^(?i:autor(?:in)?|author|auteur|autore|autora|text|texto|testo|tekst|von|by|par|por|di|door|przez)\s*:?\s+(\p{Lu}[\pL'’.-]+(?:\s+(?:\p{Lu}[\pL'’.-]+|van|von|der|de|da|del|di|du|la|le)){1,3})(?:\s*[/,|]\s*[\pL-]{2,20})?$`)

// maxByline is the length in bytes of the longest paragraph bylineAuthors
// reads.
const maxByline = 80

// bylineAuthors returns the name of the first paragraph of the page that
// is a byline (see bylineRe), for a page whose metadata names no author.
func bylineAuthors(paras []string) []string {
	for _, p := range paras {
		if len(p) > maxByline {
			continue
		}
		if m := bylineRe.FindStringSubmatch(p); m != nil {
			// "By Jo Hart For Mailonline": the outlet follows.
			name, _, _ := strings.Cut(m[1], " For ")
			return []string{name}
		}
	}
	return nil
}
