package jsonrec

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/model"
)

// Field names, in order of preference. Matching ignores case.
var (
	titleKeys = []string{"title", "headline", "title_rss", "title_page"}
	// textKeys hold the body; the first non-empty one wins.
	textKeys = []string{"text", "story_text", "body", "content", "maintext",
		"articlebody", "article_body", "article", "article_text", "full_text", "fulltext"}
	// summaryKeys hold a summary, used when there is no body.
	summaryKeys = []string{"description", "summary", "abstract", "lead", "snippet", "teaser"}
	dateKeys    = []string{"datepublished", "date_published", "date_publish", "published",
		"publishedat", "published_at", "publishing_date", "publish_date", "pubdate",
		"pub_date", "date", "date_str", "datetime",
		// last resort: the last-modified time
		"datemodified", "date_modified", "date_modify", "updated", "updated_at"}
	urlKeys    = []string{"url", "link", "source_url", "canonical_url", "canonicalurl", "weburl", "permalink"}
	outletKeys = []string{"outlet", "publisher", "site_name", "sitename", "source",
		"source_name", "source_domain", "domain"}
	authorKeys = []string{"authors", "author", "byline", "creator", "creators", "writer", "writers"}
	langKeys   = []string{"language", "lang", "inlanguage", "locale"}
	// bodyPartKeys are the members of a nested body read as text, in
	// reading order (fundus: body{summary, sections[{headline, paragraphs}]}).
	bodyPartKeys = []string{"summary", "subheadline", "lead", "headline", "paragraphs",
		"sections", "text", "content", "body", "value"}
)

// truncMarker is NewsAPI's mark of truncated content: "… [+3436 chars]".
var truncMarker = regexp.MustCompile(`\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$`)

// toRecord maps an object's fields to a Record, or returns nil when the
// object is not article-like (no title and no text).
func toRecord(m map[string]any) *model.Record {
	if m == nil {
		return nil
	}
	rec := &model.Record{
		Title:    clean(str(get(m, titleKeys))),
		URL:      strings.TrimSpace(str(get(m, urlKeys))),
		Outlet:   clean(nameOf(get(m, outletKeys))),
		Authors:  authors(get(m, authorKeys)),
		Language: normLang(str(get(m, langKeys))),
	}
	if strings.ContainsAny(rec.URL, " \t\r\n") {
		rec.URL = ""
	}

	text, truncated := "", false
	for _, k := range textKeys {
		if t := joinText(lookup(m, k)); t != "" {
			text = t
			break
		}
	}
	if strings.HasSuffix(text, "chars]") { // cheap test before the regexp
		if loc := truncMarker.FindStringIndex(text); loc != nil {
			text, truncated = strings.TrimSpace(text[:loc[0]]), true
		}
	}
	if has(m, "urltoimage") {
		// NewsAPI: content is always a short excerpt, marked or not, and
		// in non-Latin scripts often mangled.
		truncated = true
	}
	var desc string
	for _, k := range summaryKeys {
		if t := joinText(lookup(m, k)); t != "" {
			desc = t
			break
		}
	}
	switch {
	case text == "":
		text, rec.Summary = desc, desc != ""
	case truncated:
		// Only an excerpt of the body is known: take the description, which
		// the publisher wrote as a summary, when there is one.
		rec.Summary = true
		if desc != "" {
			text = desc
		}
	}
	rec.Text = text
	rec.TextIsHTML = looksHTML(text)

	for _, k := range dateKeys {
		if t, dateOnly, ok := parseDate(lookup(m, k)); ok {
			rec.Published, rec.PublishedDateOnly = t, dateOnly
			break
		}
	}
	if rec.Title == "" && (rec.Text != "" || rec.URL != "" || !rec.Published.IsZero()) {
		// schema.org's name; alone it is too common a member (people,
		// places, tags) to make an object an article.
		rec.Title = clean(str(lookup(m, "name")))
	}
	if rec.Title == "" && rec.Text == "" {
		return nil
	}
	return rec
}

// articleLike reports whether m has a title or a text.
func articleLike(m map[string]any) bool { return toRecord(m) != nil }

// lookup returns m's member named key, ignoring case; among several
// spellings it takes the exact one, else the first in sorted order.
func lookup(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	var best string
	found := false
	for k := range m {
		if strings.EqualFold(k, key) && (!found || k < best) {
			best, found = k, true
		}
	}
	if !found {
		return nil
	}
	return m[best]
}

// has reports whether m has a member named key (ignoring case), even null.
func has(m map[string]any, key string) bool {
	for k := range m {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// get returns the first non-empty member named by keys.
func get(m map[string]any, keys []string) any {
	for _, k := range keys {
		v := lookup(m, k)
		switch x := v.(type) {
		case nil:
			continue
		case string:
			if strings.TrimSpace(x) == "" {
				continue
			}
		case []any:
			if len(x) == 0 {
				continue
			}
		}
		return v
	}
	return nil
}

// str returns v as a string if it is a string or a number.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	}
	return ""
}

// nameOf returns a string, or the name of an object such as NewsAPI's
// source {id, name} or schema.org's publisher {name}.
func nameOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		for _, k := range []string{"name", "title", "id", "domain"} {
			if s := str(lookup(x, k)); strings.TrimSpace(s) != "" {
				return s
			}
		}
	case []any:
		if len(x) > 0 {
			return nameOf(x[0])
		}
	}
	return ""
}

// clean collapses runs of white space to one space and trims.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// joinText flattens a text field: a string, a list of paragraphs, or a
// nested body, into paragraphs separated by a blank line.
func joinText(v any) string {
	var paras []string
	flatten(v, &paras, 0)
	return strings.Join(paras, "\n\n")
}

func flatten(v any, paras *[]string, depth int) {
	if depth > MaxDepth {
		return
	}
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" {
			*paras = append(*paras, s)
		}
	case []any:
		for _, e := range x {
			flatten(e, paras, depth+1)
		}
	case map[string]any:
		for _, k := range bodyPartKeys {
			flatten(lookup(x, k), paras, depth+1)
		}
	}
}

// authors reads a string ("A, B and C") or a list of strings or objects
// with a name.
func authors(v any) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = clean(s)
		for _, p := range []string{"By ", "by ", "BY "} {
			s = strings.TrimPrefix(s, p)
		}
		s = strings.TrimSpace(s)
		if s == "" || seen[s] || len(out) >= 100 {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	switch x := v.(type) {
	case string:
		for _, s := range splitNames(x) {
			add(s)
		}
	case []any:
		for _, e := range x {
			add(nameOf(e))
		}
	case map[string]any:
		add(nameOf(x))
	}
	return out
}

// nameSep splits a byline holding several names.
var nameSep = regexp.MustCompile(`\s*(?:[,;|&\n]|\band\b|\bund\b)\s*`)

func splitNames(s string) []string { return nameSep.Split(s, -1) }

// normLang reduces a language tag ("pt-BR", "en_US", "DE") to its ISO
// 639-1 code, or "" when it has none.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// htmlTag matches the start of a common HTML element or a comment, or a
// character reference: text that holds one is HTML-escaped, and only an
// HTML cleaner will decode it.
var htmlTag = regexp.MustCompile(`^(?i)(?:<(?:/?(?:p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|tr|td|iframe|script|section|article|header|footer)\b[^<>]*>|!--)|&(?:[a-z]{2,8}|#[0-9]{2,6}|#x[0-9a-f]{2,5});)`)

// looksHTML reports whether s holds HTML markup.
//
// It tries htmlTag only at each '<' and '&', on a short window, which is
// far cheaper than an unanchored search of a long text.
func looksHTML(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "<&")
		if j < 0 {
			return false
		}
		i += j
		if htmlTag.MatchString(s[i:min(len(s), i+1024)]) {
			return true
		}
		i++
	}
	return false
}
