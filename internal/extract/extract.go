// Package extract turns a source Document into a clean Article: body text
// without page furniture, and the metadata a reader needs (title,
// authors, outlet, publication date with where it came from, language).
//
// HTML pages go through github.com/markusmobius/go-trafilatura, the best
// measured pure-Go extractor, with go-htmldate run once beforehand so that
// we know which evidence gave the date. Its answer is then checked
// against the dates the page states itself (address, JSON-LD, meta tags,
// itemprop, <time>, labelled text) and read in the page's local zone; see
// chooseDate. The text trafilatura returns is cleaned of the furniture
// it lets through (comment, author and caption boxes, related-article
// blocks, date and label lines, calls to subscribe; see furniture.go),
// and a standfirst it left out is put back (lead.go). Plain-text
// scrapes, which no existing tool handles, go through our own line
// classifier (extract/textscrape). Records from JSON and feeds arrive already split
// into fields and are only cleaned.
package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/extract/textscrape"
	"github.com/storyline/storyline/internal/model"
)

// ErrNoContent reports a document in which no article text was found.
var ErrNoContent = errors.New("no article text found")

// LanguageDetector names a text's language as an ISO 639-1 code, or "".
type LanguageDetector interface {
	Detect(text string) string
}

// Extractor extracts articles. Its zero value works, without language
// detection.
type Extractor struct {
	// Lang detects the language of each article; nil leaves the
	// language to what the document declares.
	Lang LanguageDetector
	// MaxHTMLNodes bounds the parsed tree handed to trafilatura; 0 means
	// no bound beyond the input size cap of the source stage.
	MaxHTMLNodes int
	// Lines, when set, collects the lines of the plain-text documents
	// extracted, per site (the URL's host) or else per folder, so that a
	// line recurring across many of them is dropped as furniture.
	Lines *textscrape.LineStats
}

// Extract returns the article in doc.
func (e *Extractor) Extract(doc *model.Document) (*model.Article, error) {
	var (
		a   *model.Article
		err error
		// dateText, when set, is the text the publication date is
		// guessed from in place of a.Text.
		dateText string
	)
	switch doc.Kind {
	case model.KindHTML:
		a, dateText, err = e.html(doc)
	case model.KindText:
		a, err = e.text(doc)
	case model.KindRecord:
		a, err = e.record(doc)
	default:
		err = fmt.Errorf("unknown document kind %q", doc.Kind)
	}
	if err != nil {
		return nil, err
	}
	a.Title, a.Text = dropInvisible(a.Title), dropInvisible(a.Text)
	a.Source = doc.Source
	a.Origins = []string{doc.Origin}
	if a.URL == "" {
		a.URL = doc.URL
	}
	if a.Published == "" || a.PublishedFrom == "text" {
		// A day the collector filed the document under beats an
		// estimate from its text (see pathdate.go).
		for _, p := range [][2]string{{a.URL, "url"}, {doc.Source, "path"}} {
			if t, ok := pathDay(p[0]); ok {
				a.Published, a.PublishedFrom, a.PublishedPrecision = t.Format(time.DateOnly), p[1], textdate.Day
				a.PublishedEarliest, a.PublishedLatest, a.PublishedEvidence = "", "", nil
				break
			}
		}
	}
	if doc.Kind != model.KindRecord {
		dateFromText(a, doc, dateText)
	}
	if a.Published == "" && !doc.Fetched.IsZero() && doc.Container == "warc" {
		a.Published, a.PublishedFrom = doc.Fetched.UTC().Format(time.RFC3339), "warc"
	}
	if a.PublishedFrom == "" {
		a.PublishedFrom = "none"
	}
	if a.Outlet == "" {
		a.Outlet = hostOf(a.URL)
	}
	if e.Lang != nil {
		if l := e.Lang.Detect(a.Title + "\n" + a.Text); l != "" {
			a.Language = l
		}
	}
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Removed == nil {
		a.Removed = []string{}
	}
	a.ID = ID(a.Title, a.Text)
	return a, nil
}

// ID is an article's content hash: the same title and text give the same
// ID whatever path, container or format they were read from.
func ID(title, text string) string {
	h := sha256.New()
	h.Write([]byte(strings.TrimSpace(title)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// html extracts an HTML page. Besides the article it returns the text
// to guess a missing date from: the body before date lines, labels and
// boxes were dropped from it, since they are where a page's date is
// written.
func (e *Extractor) html(doc *model.Document) (*model.Article, string, error) {
	root, err := html.Parse(bytes.NewReader(doc.Body))
	if err != nil {
		return nil, "", fmt.Errorf("parse html: %w", err)
	}
	dropRubyReadings(root)
	var pageURL *url.URL
	if doc.URL != "" {
		pageURL, _ = url.Parse(doc.URL)
	}
	opts := trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  true,
		ExcludeComments: true,
		MaxTreeSize:     e.MaxHTMLNodes,
		HtmlDateMode:    trafilatura.Disabled,
	}
	anchors, visible, furn := anchorTexts(root), visibleText(root), furnitureParas(root)
	pageParas := blockParagraphs(root)
	date, dateErr := htmldate.FromDocument(root, htmldate.Options{
		URL: doc.URL, UseOriginalDate: true, SkipExtensiveSearch: false,
	})
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || strings.TrimSpace(res.ContentText) == "" {
		return nil, "", ErrNoContent
	}
	m := res.Metadata
	a := &model.Article{
		URL:    m.URL,
		Title:  oneLine(m.Title),
		Outlet: siteName(m.Sitename),
	}
	if a.URL == "" {
		a.URL = doc.URL
	}
	element := titleElement(root)
	a.Outlet = brandName(a.Outlet, element, hostOf(a.URL))
	if p, err := url.Parse(a.URL); err == nil && a.Outlet == p.Hostname() && hostOf(a.URL) != strings.TrimPrefix(p.Hostname(), "www.") {
		a.Outlet = "" // the archive's host for the archived site's (see hostOf)
	}
	a.Authors = pageAuthors(root, m.Author, visible, hostOf(a.URL))
	isSite := siteOrPublisher(siteNamer(a.Outlet, hostOf(a.URL)), publisherNames(root))
	if len(a.Authors) == 0 || len(a.Authors) == 1 && isSite(a.Authors[0]) {
		// No author, or only the site's or publisher's own name where a
		// person's should be ("Badische Zeitung", "example.de"): the page's
		// markup or a byline may name the writer. (With no author,
		// pageAuthors has already read the markup and found none.)
		var sources [][]string
		if len(a.Authors) > 0 {
			sources = append(sources, markupAuthors(root))
		}
		for _, names := range append(sources, bylineAuthors(blockParagraphsSkip(cardLink, root))) {
			if b := tidyAuthors(names, visible, hostOf(a.URL)); len(b) > 0 && !(len(b) == 1 && isSite(b[0])) {
				a.Authors = b
				break
			}
		}
	}
	if headlineOutlet(a.Outlet, element, hostOf(a.URL)) {
		a.Outlet = "" // the headline taken for the site's name: Extract falls back on the host
	}
	heads := headings(root)
	a.Title = headingTitle(cleanTitle(a.Title, a.Outlet, hostOf(a.URL)), heads, siteNamer(a.Outlet, hostOf(a.URL)))
	a.Title = labelTitle(a.Title, element, a.Outlet, hostOf(a.URL))
	if wordKey(a.Outlet) == wordKey(a.Title) {
		a.Outlet = "" // the headline taken for the site's name: Extract falls back on the host
	}
	paras := trimFurniture(blockParagraphs(res.ContentNode), anchors)
	bodyParas := paras // with the date lines a dateline may open
	dateText := strings.Join(withLead(paras, m.Description, visible), "\n\n")
	paras = trimFurniture(dropLines(dropDateLines(cutRelated(dropFurniture(paras, furn))), anchors), anchors)
	paras = dropHeadline(paras, append([]string{firstOf(heads)}, ldHeadlines(root)...))
	paras, signed := dropSignature(paras, root)
	if signed != "" && (len(a.Authors) == 0 || len(a.Authors) == 1 && isSite(a.Authors[0])) {
		if b := tidyAuthors([]string{signed}, visible, hostOf(a.URL)); len(b) == 1 && !isSite(b[0]) {
			a.Authors = b
		}
	}
	a.Text = strings.Join(shownLead(withLead(classLead(paras, root, pageParas), m.Description, visible), m.Description, pageParas), "\n\n")
	if l := strings.ToLower(m.Language); len(l) >= 2 {
		a.Language = l[:2]
	}
	hdOK := dateErr == nil && !date.DateTime.IsZero() && !yearOnly(date) && !monthOnly(date) && !assetDate(date, doc.URL)
	facts := pageDates(root, doc.URL)
	if d, ok := openingDay(bodyParas); ok {
		facts.leadDay = d
	}
	facts.shown, facts.visible = shownDays(visible), visible
	if c, ok := chooseDate(date, hdOK, facts, pageZone(facts, doc.URL)); ok {
		a.Published = formatDate(c.t, c.hasTime)
		a.PublishedFrom = "meta"
		if !c.hasTime {
			a.PublishedPrecision = textdate.Day
		}
		if hdOK && sameDay(c.t, date.DateTime) && date.SrcString != "" && a.URL != "" && strings.Contains(a.URL, date.SrcString) {
			a.PublishedFrom = "url"
		}
	}
	return a, dateText, nil
}

// fullDateRe matches a written day: year-month-day or day-month-year
// with -, / or . between the numbers.
var fullDateRe = regexp.MustCompile(`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`)

// yearOnly reports a date htmldate built from a bare year (a copyright
// line, a "1998-2022" span): it falls on 1 January and its source string
// holds no written day. Such a date is almost never the publication day,
// and a wrong date is worse than none.
func yearOnly(r htmldate.Result) bool {
	if r.DateTime.Month() != time.January || r.DateTime.Day() != 1 || r.SrcString == "" {
		return false
	}
	return !fullDateRe.MatchString(r.SrcString)
}

// monthRe matches a year and month with no day after them: "2018/08/"
// in an address, "2010-06" in text.
var monthRe = regexp.MustCompile(`(?:^|\D)(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:/|\D*$)`)

// monthOnly reports a date htmldate built from a year and month alone
// (an archive link such as /2018/08/…): it falls on the 1st and its
// source string holds no written day, so its day is made up.
func monthOnly(r htmldate.Result) bool {
	if r.DateTime.Day() != 1 || r.SrcString == "" {
		return false
	}
	return monthRe.MatchString(r.SrcString) && !fullDateRe.MatchString(r.SrcString)
}

// assetDate reports a date htmldate read in the address of another
// resource rather than in the page: a version stamp in a query
// ("style.css?v=2022-06-15", "app.js?v20210202") or a compact day in a
// file or folder name ("/20190619/", "D20200715_"). Such a day is when a
// stylesheet, script or image was built or filed, not when the article
// was published. A day in pageURL itself is the page's own.
func assetDate(r htmldate.Result, pageURL string) bool {
	if r.SrcString == "" {
		return false
	}
	compact := r.DateTime.Format("20060102")
	for _, form := range []string{r.DateTime.Format(time.DateOnly), compact, r.DateTime.Format("2006_01_02")} {
		i := strings.Index(r.SrcString, form)
		if i <= 0 || strings.Contains(pageURL, form) {
			continue
		}
		switch before := r.SrcString[i-1]; {
		case before == '=':
			return true
		case form == compact && (before == '/' || before == '_' || before >= '0' && before <= '9' ||
			before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z'):
			return true
		}
	}
	return false
}

func (e *Extractor) text(doc *model.Document) (*model.Article, error) {
	src := string(doc.Body)
	var opts textscrape.Options
	if e.Lines != nil {
		group := lineGroup(doc)
		opts.Common = e.Lines.Counter(group)
		defer e.Lines.Add(group, src)
	}
	r := textscrape.Extract(src, opts)
	if strings.TrimSpace(r.Text) == "" {
		return nil, ErrNoContent
	}
	a := &model.Article{
		Title:              r.Title,
		Text:               r.Text,
		Removed:            r.Removed,
		Published:          r.Published,
		PublishedFrom:      r.PublishedFrom,
		PublishedPrecision: r.Precision,
		PublishedWarnings:  r.DateWarnings,
		Outlet:             r.Outlet,
	}
	return a, nil
}

func (e *Extractor) record(doc *model.Document) (*model.Article, error) {
	rec := doc.Record
	if rec == nil {
		return nil, errors.New("record document without a record")
	}
	text := rec.Text
	if rec.TextIsHTML || looksLikeMarkup(text) {
		text = fragmentText(text)
	} else {
		text = paragraphs(text)
	}
	title := cleanTitle(oneLine(rec.Title), oneLine(rec.Outlet), hostOf(rec.URL))
	// A tail an earlier title of the same outlet ended with is the
	// outlet's, in whatever script ("… - 日本経済新聞" for Nikkei.com).
	var seen textscrape.LineCounter
	if e.Lines != nil && rec.Outlet != "" {
		group := "tails:" + foldKey(rec.Outlet)
		seen = e.Lines.Counter(group)
		defer e.Lines.Add(group, strings.Join(titleTails(oneLine(rec.Title)), "\n"))
	}
	title = repeatedTail(title, seen)
	paras, removed := feedFurniture(strings.Split(text, "\n\n"))
	text = strings.Join(paras, "\n\n")
	if text == "" && strings.TrimSpace(rec.Title) == "" {
		return nil, ErrNoContent
	}
	a := &model.Article{
		URL:      rec.URL,
		Title:    title,
		Text:     text,
		Authors:  rec.Authors,
		Outlet:   oneLine(rec.Outlet),
		Language: rec.Language,
		Summary:  rec.Summary,
		Removed:  removed,
	}
	if a.URL == "" {
		a.URL = doc.URL
	}
	if !rec.Published.IsZero() {
		a.Published = formatDate(rec.Published, !rec.PublishedDateOnly)
		a.PublishedFrom = "meta"
		if doc.Container == "feed" {
			a.PublishedFrom = "feed"
		}
	}
	return a, nil
}

var markupRe = regexp.MustCompile(`(?i)<(p|div|br|span|a|img|h[1-6]|ul|li|strong|em|figure)[\s/>]`)

func looksLikeMarkup(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	return markupRe.MatchString(s)
}

func formatDate(t time.Time, withTime bool) string {
	if !withTime {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// firstOf returns the first of ss, or "".
func firstOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func splitAuthors(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		if p = oneLine(p); p != "" && utf8.RuneCountInString(p) < 100 {
			out = append(out, p)
		}
	}
	return out
}

// hostOf returns the registrable-looking host of u without "www.", or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" {
		return ""
	}
	h := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	if m := archivedURL.FindStringSubmatch(u); m != nil && h == "web.archive.org" {
		// A page of the Wayback Machine is the archived site's.
		if inner := hostOf(m[1]); inner != "" {
			return inner
		}
	}
	return h
}

// archivedURL matches the address of a Wayback Machine capture and
// holds the archived page's address: "https://web.archive.org/web/
// 20080731095558/http://www.example.de/a/".
var archivedURL = regexp.MustCompile(`^https?://web\.archive\.org/web/\d{1,14}[a-z_]*/(https?://[^/]+.*)$`)

// lineGroup names the documents whose lines are counted together: a
// site's, or else a folder's.
func lineGroup(doc *model.Document) string {
	if u, err := url.Parse(doc.URL); err == nil && u.Host != "" {
		return "host:" + strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "dir:" + filepath.Dir(doc.Source)
}

// dropInvisible removes the characters that only guide layout and hide
// inside words: soft hyphens (U+00AD, "auto\u00adnome" must read and
// search as "autonome"), zero-width spaces (U+200B), word joiners
// (U+2060) and byte-order marks (U+FEFF). The zero-width (non-)joiners,
// which change how Persian, Indic and emoji text reads, stay.
func dropInvisible(s string) string {
	if !strings.ContainsAny(s, "\u00ad\u200b\u2060\ufeff") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
}
