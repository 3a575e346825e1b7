package extract

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/translit"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"
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
	`all rights reserved|creative commons|\bcc[- ]by\b|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|` +
	`\b(subscribe|sign up|newsletter|abonnier|abonnez|suscr[ií]b|assine|zapisz się|follow us|folge uns|s[ií]guenos|` +
	`download the .{0,40}app|register now|log in to comment|eingeloggt|kommentieren zu können|registriert\?|keine kommentare)|` +
	// "subscribe" in Arabic, whose letters \b does not know
	`^[اإ]شترك|` +
	`^(related|read more|more from|more on this|recommended|see also|weitere|mehr zum thema|mehr zu|auch interessant|schon gelesen|` +
	`das könnte|neueste artikel|lesen sie auch|le puede interesar|te puede interesar|lee también|lea también|leia também|` +
	`à lire aussi|lire aussi|czytaj także|zobacz także|titelbild|beitragsbild|foto(s)?:|bild(er)?:)`)

// seeAlsoRe matches the start of an inline "read also" paragraph.
var seeAlsoRe = regexp.MustCompile(`(?i)^(>>[^>]|» |related:|read more:|read also:|see also:|mira:|ver también:|te recomendamos:|lesen sie auch|mehr zum thema|auch interessant|` +
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
// styles, templates and ruby readings excluded.
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
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Rt, atom.Rp:
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
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", "：", " ｜ "}

// foldKey is s lower-cased, in Latin letters (Cyrillic and Hangul are
// transliterated), with its accents removed and everything but letters
// and digits dropped ("Seznam Zprávy" → "seznamzpravy", "Коммерсантъ" →
// "kommersant"), to compare a title's part with the outlet's name and the
// host.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(translit.Latin(strings.ToLower(s))) {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hostName is the name a host is registered under, without its public
// suffix and subdomains: "yahoo" for news.yahoo.co.jp, "bbc" for
// www.bbc.co.uk. A host without a known suffix gives its first label.
func hostName(host string) string {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		host = d
	}
	return strings.Split(host, ".")[0]
}

// siteNamer reports whether a part of a title names the site: its key
// and the outlet's or the host's contain one another (or, for names of
// one or two letters, such as "DW", are equal).
func siteNamer(outlet, host string) func(part string) bool {
	site := []string{foldKey(outlet), foldKey(hostName(host))}
	return func(part string) bool {
		k := foldKey(part)
		if k == "" {
			return false
		}
		for _, s := range site {
			if s == "" {
				continue
			}
			// A part that holds the name among more words ("How we
			// designed Dropbox's ATF") is about the site, not its name.
			if k == s || len(s) >= 3 && len(k) >= 3 && (strings.Contains(k, s) && len(strings.Fields(part)) <= 4 || strings.Contains(s, k)) {
				return true
			}
		}
		return false
	}
}

// dateLike matches a title part that is only a date ("13.06.2023").
var dateLike = regexp.MustCompile(`^[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}$`)

// cleanTitle strips the site's name from a page title ("Headline | Site",
// "Site - Headline", "Headline – DW – 13.06.2023") when a part names the
// outlet or the host. A tail may hold several parts: one names the site,
// and the others are dates or the site's other names (short parts).
func cleanTitle(title, outlet, host string) string {
	names := siteNamer(outlet, host)
	for _, sep := range titleSeps {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		// The longest tail of site parts: every part in it names the
		// site, is a date or is short, and at least one names the site.
		cut := len(parts)
		for k := len(parts) - 1; k >= 1; k-- {
			p := strings.TrimSpace(parts[k])
			if !names(p) && !dateLike.MatchString(p) && len(strings.Fields(p)) > 3 {
				break
			}
			cut = k
		}
		named := false
		for _, p := range parts[cut:] {
			named = named || names(p)
		}
		if head := strings.Join(parts[:cut], sep); named && utf8.RuneCountInString(head) >= 10 {
			return strings.TrimSpace(head)
		}
		if i := strings.Index(title, sep); names(title[:i]) && utf8.RuneCountInString(title[i+len(sep):]) >= 10 {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// maxTail bounds, in runes, a title's last part that may be the site's
// name (see titleTails).
const maxTail = 24

// titleTails returns the last parts of a title, one per separator, that
// are short enough to be a site's or a section's name: "日本経済新聞" of
// "トヨタ、2工場停止へ - 日本経済新聞".
func titleTails(title string) []string {
	var out []string
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if tail != "" && utf8.RuneCountInString(tail) <= maxTail && len(strings.Fields(tail)) <= 4 {
			out = append(out, tail)
		}
	}
	return out
}

// repeatedTail strips from title the tails (see titleTails) that the
// outlet's earlier titles ended with as well, as counted by seen (nil:
// none known), or that the title repeats, when a headline of ten runes
// or more stays.
func repeatedTail(title string, seen textscrape.LineCounter) string {
	for range 3 {
		cut := false
		for _, sep := range titleSeps {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			tail := strings.TrimSpace(title[i+len(sep):])
			head := strings.TrimSpace(title[:i])
			if !slices.Contains(titleTails(title), tail) || utf8.RuneCountInString(head) < 10 {
				continue
			}
			// The title itself may repeat it: "… - 毎日新聞 - 毎日新聞".
			twice := strings.HasSuffix(head, sep+tail)
			n := 0
			if seen != nil {
				n, _ = seen.Count(textscrape.Normalize(tail))
			}
			if n > 0 || twice {
				title, cut = head, true
				if twice && utf8.RuneCountInString(head)-utf8.RuneCountInString(sep+tail) >= 10 {
					title = strings.TrimSpace(strings.TrimSuffix(head, sep+tail))
				}
				break
			}
		}
		if !cut {
			break
		}
	}
	return title
}

// maxHeadings bounds the h1 texts headings collects.
const maxHeadings = 16

// headings returns the texts of the page's h1 elements, folded to one
// line, without the characters dropInvisible drops.
func headings(root *html.Node) []string {
	var out []string
	var text func(n *html.Node, b *strings.Builder)
	text = func(n *html.Node, b *strings.Builder) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Rt || n.DataAtom == atom.Rp):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, b)
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if len(out) >= maxHeadings || depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			var b strings.Builder
			text(n, &b)
			if h := oneLine(dropInvisible(b.String())); h != "" {
				out = append(out, h)
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

// wordKey is s lower-cased with runs of anything but letters and digits
// folded to one space, padded with spaces so that a containment test on
// keys holds at word boundaries only.
func wordKey(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

// headingTitle chooses between the page's title (from its metadata, as
// cleanTitle left it) and its h1 headings: metadata titles carry the
// site's name, a section ("Chronik: …"), a kicker or an SEO suffix
// ("… przepis") that the headline shown on the page does not, or are the
// section's own title on an article page ("Pressemitteilungen"). A
// heading longer than the title is not taken for it: on trafilatura's
// and fundus's pages that was wrong as often as right (kickers, shortened
// social titles).
//
//   - A heading that is a part of the title, at word boundaries, is the
//     headline; the longest such heading wins. It needs ten runes, or to
//     be a whole part of the title between separators ("Hope! - Blog").
//   - A title of one or two words, or one that names the site, gives way
//     to the only heading of four words or more that does not.
func headingTitle(title string, heads []string, names func(string) bool) string {
	kt := wordKey(title)
	if strings.TrimSpace(kt) == "" {
		return title
	}
	wholePart := func(h string) bool {
		for _, sep := range titleSeps {
			for _, p := range strings.Split(title, sep) {
				if strings.TrimSpace(p) == h && p != title {
					return true
				}
			}
		}
		return false
	}
	best := ""
	for _, h := range heads {
		kh := wordKey(h)
		if kh == kt && !names(h) {
			return h // the same words: keep the page's own spelling
		}
		if strings.TrimSpace(kh) == "" || names(h) || strings.ContainsAny(h, "{}") {
			continue
		}
		if strings.Contains(kt, kh) && (utf8.RuneCountInString(h) >= 10 || wholePart(h)) && len(h) > len(best) {
			best = h
		}
	}
	if best != "" {
		return best
	}
	if len(strings.Fields(kt)) <= 2 || names(title) {
		var only string
		n := 0
		for _, h := range heads {
			if len(strings.Fields(wordKey(h))) >= 4 && !names(h) && !strings.ContainsAny(h, "{}") && utf8.RuneCountInString(h) <= 300 {
				only = h
				n++
			}
		}
		if n == 1 {
			return only
		}
	}
	return title
}

// headlineOutlet reports a site name that is the headline: a name of
// four words or more that is a part of the title element between
// separators while another part names the host ("Vegetarier zu sein.
// Bedarf, Trend oder eigene Entscheidung?" of "… | Ethify" on
// ethify.org). go-trafilatura can take the wrong part of the title for
// the site's name.
func headlineOutlet(outlet, element, host string) bool {
	o := wordKey(outlet)
	if len(strings.Fields(o)) < 4 {
		return false
	}
	names := siteNamer("", host)
	for _, sep := range titleSeps {
		parts := strings.Split(element, sep)
		isPart, hostPart := false, false
		for _, p := range parts {
			if wordKey(p) == o {
				isPart = true
			} else if names(strings.TrimSpace(p)) {
				hostPart = true
			}
		}
		if isPart && hostPart {
			return true
		}
	}
	return false
}

// titleElement returns the text of the page's first title element, on
// one line. It looks in the body only when the head has none: a page
// that begins with the server's error messages (PHP warnings printed
// before "<html>") has its head parsed into the body.
func titleElement(root *html.Node) string {
	if t := findTitle(root, false); t != "" {
		return t
	}
	return findTitle(root, true)
}

// findTitle returns the text of the first title element outside svg,
// and outside the body unless inBody.
func findTitle(root *html.Node, inBody bool) string {
	var found string
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 512 {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			found = oneLine(dropInvisible(textOf(n)))
			return found != ""
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Body && !inBody || n.DataAtom == atom.Svg) {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(root, 0)
	return found
}

// labelTitle replaces a title that is a label, not a headline, by the
// page's title element (without the site's name): go-trafilatura can
// take a menu or category heading ("Hauptmenü", "Allgemein",
// "Aktuelles") or the site's name for the title. A title of at most
// two words that the title element does not hold, or that names the
// site, gives way to a title element of four words or more.
func labelTitle(title, element, outlet, host string) string {
	kt := strings.TrimSpace(wordKey(title))
	if len(strings.Fields(kt)) > 2 || element == "" {
		return title
	}
	names := siteNamer(outlet, host)
	if kt != "" && strings.Contains(wordKey(element), wordKey(title)) && !names(title) {
		return title
	}
	t := cleanTitle(element, outlet, host)
	if len(strings.Fields(wordKey(t))) < 4 || names(t) || utf8.RuneCountInString(t) > 300 {
		return title
	}
	return t
}

// brandName tidies the site name a page declares with the site's own
// address (host) and its title element:
//
//   - A name that wraps the brand in other words, behind a separator, a
//     legal form, guillemets or a domain ("Breaking Australian and World
//     News Headlines - 9News", "Ediciones EL PAÍS S.L.", "Газета
//     «Коммерсантъ»", "news.ORF.at"), becomes the words that spell the
//     host's registered name ("9News", "EL PAÍS", "Коммерсантъ", "ORF").
//     Plain names ("Heise Online") keep their other words.
//   - A name that is only the address run together ("Afpbbcom", from
//     the twitter:site handle @afpbbcom) gives way to the part of the
//     title element that names the site ("… ：AFPBB News").
func brandName(outlet, element, host string) string {
	key := foldKey(hostName(host))
	if key == "" || outlet == "" {
		return outlet
	}
	if reg, err := publicsuffix.EffectiveTLDPlusOne(strings.TrimPrefix(strings.ToLower(host), "www.")); err == nil && !strings.ContainsAny(outlet, " .") && foldKey(outlet) == foldKey(reg) {
		for _, sep := range titleSeps {
			parts := strings.Split(element, sep)
			if len(parts) < 2 {
				continue
			}
			for _, p := range parts[1:] {
				p = strings.TrimSpace(p)
				if k := foldKey(p); k != "" && strings.Contains(k, key) && len(strings.Fields(p)) <= 4 && p != strings.ToLower(p) {
					return p
				}
			}
		}
		return outlet
	}
	if !wrappedBrand.MatchString(outlet) {
		return outlet
	}
	words := brandWord.FindAllStringIndex(outlet, -1)
	best := ""
	for i := range words {
		for j := i; j < len(words) && j < i+6; j++ {
			span := outlet[words[i][0]:words[j][1]]
			if foldKey(span) == key && len(span) > len(best) && span != strings.ToLower(span) {
				best = span
			}
		}
	}
	if best == "" {
		return outlet
	}
	return best
}

// wrappedBrand matches a site name with more than the brand in it: a
// separator, guillemets, or a legal form or a domain at its end.
var wrappedBrand = regexp.MustCompile(`\s[-–—|:·]\s|[«»]|(?i:\.(?:com|net|org|[a-z]{2})$|\b(?:S\.\s?L\.?|S\.\s?A\.?|A/S|GmbH|AG|Inc\.?|Ltd\.?|LLC|plc)$)`)

// brandWord matches a word of a site name; dots and slashes part words
// ("news.ORF.at").
var brandWord = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&-]*`)

// siteName returns the site name a page declares, on one line, or ""
// when what it declares is an address ("https://twitter.com/…",
// "www.example.com/news") rather than a name.
func siteName(s string) string {
	s = oneLine(s)
	l := strings.ToLower(s)
	if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") && strings.Contains(l, "/") || strings.HasPrefix(l, "@") {
		return ""
	}
	if copyrightMark.MatchString(s) {
		// a name read from a copyright line: "© 2024 人民网版权所有"
		s = strings.Trim(oneLine(copyrightWords.ReplaceAllString(s, " ")), " .,;:|-–—")
	}
	return s
}

// copyrightMark tells a copyright line: the sign or the word, or "all
// rights reserved" in the languages of the shared pages.
var copyrightMark = regexp.MustCompile(`(?i)©|\(c\)|\bcopyright\b|` + rightsReserved)

// copyrightWords are the words of a copyright line around a site's name:
// its marks and years.
var copyrightWords = regexp.MustCompile(`(?i)©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b|` + rightsReserved)

// rightsReserved is "all rights reserved" in the languages of the shared
// pages.
const rightsReserved = `all rights reserved\.?|alle rechte vorbehalten\.?|todos los derechos reservados\.?|tous droits réservés\.?|` +
	`tutti i diritti riservati\.?|todos os direitos reservados\.?|版权所有|版權所有|無断転載(?:を)?禁(?:じます|止)|무단\s*전재\s*및\s*재배포\s*금지`

// dropHeadline removes the page's headline from the opening of the
// text, where it stands when the chosen title is another one (a
// social-media title in og:title): the headline heads the article, it is
// not a paragraph of it. heads are the forms the headline takes (the
// page's first h1, the JSON-LD headline; not the chosen title, which may
// be a subheading's words that the text rightly holds). Only one of the
// first three paragraphs goes: the first that is one of them word
// for word (see wordKey: "49-Euro-Ticket : Pendler …" is
// "49-Euro-Ticket: Pendler …").
func dropHeadline(paras, heads []string) []string {
	if len(heads) == 0 || len(paras) < 2 {
		return paras
	}
	keys := map[string]bool{}
	for _, h := range heads {
		if k := wordKey(h); strings.TrimSpace(k) != "" {
			keys[k] = true
		}
	}
	for i := 0; i < len(paras) && i < 3; i++ {
		if keys[wordKey(paras[i])] {
			return append(paras[:i:i], paras[i+1:]...)
		}
	}
	return paras
}

// maxLDHeadlines bounds the JSON-LD headlines ldHeadlines returns.
const maxLDHeadlines = 8

// ldHeadlines returns the "headline" strings of the page's JSON-LD
// blocks, folded to one line: the headline the publisher declares,
// which the page may print in a heading other than h1.
func ldHeadlines(root *html.Node) []string {
	var out []string
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 20 || len(out) >= maxLDHeadlines {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			if h, ok := x["headline"].(string); ok {
				if h = oneLine(h); h != "" && !slices.Contains(out, h) {
					out = append(out, h)
				}
			}
			// in a fixed order, so that the bound cuts the same ones
			for _, k := range slices.Sorted(maps.Keys(x)) {
				walk(x[k], depth+1)
			}
		case []any:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	for _, src := range ldScripts(root) {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) == nil {
			walk(v, 0)
		}
	}
	return out
}
