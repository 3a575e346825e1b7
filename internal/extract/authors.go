package extract

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storyline/storyline/internal/extract/textscrape"
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
	"view my complete profile": true, "afficher mon profil complet": true, "mein profil vollständig anzeigen": true,
	"archiv anzeigen": true, "abgelegt unter": true, "filed under": true,
	"red": true, "agenturen": true, "agencies": true, // ORF's "red, ORF.at/Agenturen"
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
	namePrefixRe = regexp.MustCompile(`(?i)^(?:(?:zum\s+)?profil\s+von|(?:zeige\s+)?alle\s+beiträge\s+von|view\s+all\s+posts\s+by|posts\s+by|(?:analysis|commentary|opinion|review|reporting|photos?)\s+by|(?:ein\s+)?(?:artikel|beitrag|text)\s+von|autor(?:in)?|author|auteur|interview|text|texto|par|por|von|by|written\s+by)\s*:?\s+|^(?:责任编辑|编辑|作者|记者|文)\s*[:：]\s*`)
	nameSuffixRe = regexp.MustCompile(`(?i)\s+(?:am|um|on|at|vor|le|el|says|said|stand|aktualisiert|updated|tiempo\s+de\s+lectura|→)$`)
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
	n = strings.TrimFunc(n, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`'"‘’“”«»→`, r) })
	w := strings.Fields(n)
	if h := len(w) / 2; len(w) >= 2 && len(w)%2 == 0 && strings.EqualFold(strings.Join(w[:h], " "), strings.Join(w[h:], " ")) {
		n = strings.Join(w[:h], " ")
	}
	// A name has a few words; seven or more are a sentence, a title or
	// an affiliation ("Mykolo Romerio universiteto … profesorius").
	if notNames[strings.ToLower(n)] || !strings.ContainsFunc(n, unicode.IsLetter) || strings.Contains(n, " | ") || len(strings.Fields(n)) > 6 {
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
	if out := tidyAuthors(notBystanders(splitAuthors(meta), root), visible, host); len(out) > 0 {
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
	if len(out) > 1 {
		// "Rob Picheta, CNN": beside a writer, the site's own name is
		// the byline's desk, not a second author.
		isSite := siteNamer("", host)
		var people []string
		for _, n := range out {
			if !isSite(n) {
				people = append(people, n)
			}
		}
		if len(people) > 0 {
			out = people
		}
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
	for _, src := range ldScripts(root) {
		if len(out) >= maxAuthors {
			break
		}
		out = append(out, jsonAuthors(src)...)
	}
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
// label or a preposition, then one or more names of two to four
// capitalised words joined by "and" in the page's language, perhaps
// with an agency after a slash or comma and a role in brackets
// ("Autor: Jana Roth/dpa", "von Daniela Berg", "Par Marc Hy", "Text:
// Klaus Lenz", "Autorin/Autor Roman Goncharenko", "Autoren Jo Roth und
// Eva Lenz", "Redaktion: Eva Lenz (Pressesprecherin)"). Where no meta
// tag or schema names an author, such a line above or below the text is
// how the page says who wrote it. bylineLabelRe is the label alone, a
// paragraph of its own that the name follows ("Autor:", then "Jana
// Roth/SP-X").
var (
	bylineRe      = regexp.MustCompile(`^` + bylineLabel + `\s*:?\s+(` + bylineName + `(?:(?:\s*,\s*|\s+(?:und|and|&|y|et|e|en|og|och|i)\s+)` + bylineName + `)*)` + bylineTail + `$`)
	bylineLabelRe = regexp.MustCompile(`^` + bylineLabel + `\s*:$`)
	bylineNameRe  = regexp.MustCompile(`^(` + bylineName + `)` + bylineTail + `$`)
	bylineJoinRe  = regexp.MustCompile(`\s*,\s*|\s+(?:und|and|&|y|et|e|en|og|och|i)\s+`)
	bylineAndRe   = regexp.MustCompile(`\s(?:und|and|&|y|et|e|en|og|och|i)\s`)
)

// The parts of bylineRe: the label, a name, and what may follow the
// names (an agency, a role).
const (
	bylineLabel = `(?i:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|autoren|authors?|auteurs?|autore|autora|redaktion|text|texto|testo|tekst|von|by|written\s+by|par|por|di|door|przez|av|af)`
	bylineName  = `\p{Lu}[\pL'’.-]+(?:\s+(?:\p{Lu}[\pL'’.-]+|van|von|der|de|da|del|di|du|la|le)){1,3}`
	bylineTail  = `(?:\s*[/,|]\s*[\pL-]{2,20})?(?:\s*\([^()]{1,60}\))?`
)

// maxByline is the length in bytes of the longest paragraph bylineAuthors
// reads.
const maxByline = 100

// bylineAuthors returns the names of the first paragraph of the page
// that is a byline (see bylineRe), or that follows a paragraph holding
// the byline's label alone, for a page whose metadata names no author.
func bylineAuthors(paras []string) []string {
	for i, p := range paras {
		if len(p) > maxByline {
			continue
		}
		if m := bylineRe.FindStringSubmatch(p); m != nil {
			// "By Jo Hart For Mailonline": the outlet follows.
			names, _, _ := strings.Cut(m[1], " For ")
			if !bylineAndRe.MatchString(names) {
				// "By Nada Tawfik, BBC News, New York": without an
				// "and", what follows a comma is the desk and the place.
				names, _, _ = strings.Cut(names, ",")
				return []string{strings.TrimSpace(names)}
			}
			return bylineJoinRe.Split(names, -1)
		}
		if bylineLabelRe.MatchString(p) && i+1 < len(paras) && len(paras[i+1]) <= maxByline {
			if m := bylineNameRe.FindStringSubmatch(paras[i+1]); m != nil {
				return []string{m[1]}
			}
		}
	}
	return nil
}

// signature reports whether last, the text's last paragraph, is the
// writer's signature, and returns the name: a name of two to four
// capitalised words (as bylineRe's names), alone in a paragraph of the
// page that is set in bold throughout or aligned to the right. Papers
// in Vietnam, Spain or Germany sign an article so at its foot
// ("<p style="text-align:right"><strong>Lê Phương</strong></p>")
// where others print a byline above it.
func signature(root *html.Node, last string) (string, bool) {
	if len(last) > maxByline {
		return "", false
	}
	m := bylineNameRe.FindStringSubmatch(last)
	if m == nil || textscrape.IsFurnitureLine(last) {
		return "", false
	}
	found := false
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if found || depth > 512 {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Div) {
			if t := strings.Join(strings.Fields(textOf(n)), " "); t == last {
				found = rightAligned(n) || allBold(n, false)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return m[1], found
}

// dropSignature returns paras without its last paragraph when that is
// the writer's signature (see signature), and the name it signs; a text
// of fewer than three paragraphs keeps its last.
func dropSignature(paras []string, root *html.Node) ([]string, string) {
	if len(paras) < 3 {
		return paras, ""
	}
	name, ok := signature(root, paras[len(paras)-1])
	if !ok {
		return paras, ""
	}
	return paras[:len(paras)-1], name
}

// rightAligned reports an element the page sets flush right.
func rightAligned(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
		if a.Key == "align" && v == "right" || a.Key == "style" && strings.Contains(v, "text-align:right") {
			return true
		}
	}
	return false
}

// allBold reports whether every piece of text below n sits in a strong
// or b element (bold says whether n itself is in one).
func allBold(n *html.Node, bold bool) bool {
	if n.Type == html.TextNode {
		return bold || strings.TrimSpace(n.Data) == ""
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Strong || n.DataAtom == atom.B) {
		bold = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !allBold(c, bold) {
			return false
		}
	}
	return true
}

// publisherNames returns what the page's meta tags give as its
// publisher or copyright holder ("Deutsche Welle (www.dw.com)", "©
// 2023 Deutsche Welle"): an author field that holds one of these names
// the site, not a writer.
func publisherNames(root *html.Node) []string {
	var out []string
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 512 || len(out) >= 8 {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return true
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var key, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "name", "property":
					key = strings.ToLower(a.Val)
				case "content":
					content = a.Val
				}
			}
			switch key {
			case "publisher", "copyright", "dc.publisher", "dcterms.publisher", "application-name":
				if strings.TrimSpace(content) != "" {
					out = append(out, content)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(root, 0)
	return out
}

// siteOrPublisher extends a siteNamer (see siteNamer) to the names
// publisherNames found: a name whose words all stand, in order, in one
// of them.
func siteOrPublisher(isSite func(string) bool, publishers []string) func(string) bool {
	return func(name string) bool {
		if isSite(name) {
			return true
		}
		k := wordKey(name)
		if strings.TrimSpace(k) == "" {
			return false
		}
		for _, p := range publishers {
			if strings.Contains(wordKey(p), k) {
				return true
			}
		}
		return false
	}
}

// cardLink reports a link that wraps blocks: a teaser card for another
// article, whose byline is that article's ("<a …><h3>…</h3><p>…</p>
// <h6>By Jo Hart</h6></a>").
func cardLink(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.A {
		return false
	}
	var block func(n *html.Node, depth int) bool
	block = func(n *html.Node, depth int) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (isBlock(atomOf(c)) || depth < 8 && block(c, depth+1)) {
				return true
			}
		}
		return false
	}
	return block(n, 0)
}

// notBystanders drops from names, the authors go-trafilatura read, the
// people the page's JSON-LD names in another role than author: an
// organisation's employee or founder ("Rudolf Haufe", founder of the
// publisher). go-trafilatura takes any Person of a block for the author
// when no article names one, and in an order that changes from run to
// run. A name the JSON-LD also gives as an author stays.
func notBystanders(names []string, root *html.Node) []string {
	if len(names) == 0 {
		return names
	}
	others := map[string]bool{}
	for _, src := range ldScripts(root) {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
			continue
		}
		ldPersons(v, "", 0, others)
	}
	if len(others) == 0 {
		return names
	}
	for _, a := range jsonLDAuthors(root) {
		delete(others, strings.ToLower(oneLine(a)))
	}
	var out []string
	for _, n := range names {
		if !others[strings.ToLower(oneLine(n))] {
			out = append(out, n)
		}
	}
	return out
}

// ldPersons adds to others the lowercased names of the Person objects
// in v that stand in another role than author: under a key that is not
// "author" or "creator" (say "employee" or "founder"). Persons at the
// top of a block or of its @graph stay out: WordPress's graph lists the
// author so and points to it by @id. role is the key v stands under
// ("" at the top).
func ldPersons(v any, role string, depth int, others map[string]bool) {
	if depth > 20 || len(others) > 64 || role == "author" || role == "creator" {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if role != "" && ldType(x, "person") {
			if s, ok := x["name"].(string); ok && oneLine(s) != "" {
				others[strings.ToLower(oneLine(s))] = true
			}
		}
		// in a fixed order, so that the bound cuts the same ones
		for _, k := range slices.Sorted(maps.Keys(x)) {
			role := k
			if k == "@graph" {
				role = ""
			}
			ldPersons(x[k], role, depth+1, others)
		}
	case []any:
		for _, c := range x {
			ldPersons(c, role, depth+1, others)
		}
	}
}

// ldType reports whether a JSON-LD object's @type is t, or a list
// that holds it, ignoring case.
func ldType(x map[string]any, t string) bool {
	switch v := x["@type"].(type) {
	case string:
		return strings.EqualFold(v, t)
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && strings.EqualFold(s, t) {
				return true
			}
		}
	}
	return false
}

// ldScripts returns the texts of the page's JSON-LD script elements.
func ldScripts(root *html.Node) []string {
	var out []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 || len(out) >= 32 {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				out = append(out, n.FirstChild.Data)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return out
}
