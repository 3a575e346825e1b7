package jsonrec

import (
	"bytes"
	"regexp"
)

// articleKey matches a member name that article records use.
var articleKey = regexp.MustCompile(`(?i)"(?:title|headline|text|story_text|body|content|maintext|articlebody|description|url|link|date_publish|publishedat|published|pubdate|publishing_date|datepublished|authors?|byline|articles)"\s*:`)

// jsonFeed matches the version member or feed URLs of a JSON Feed, which
// is a feed, not a dump of articles.
var jsonFeed = regexp.MustCompile(`"version"\s*:\s*"https?://jsonfeed\.org/|"(?:home_page_url|feed_url)"\s*:`)

// Looks reports whether b, the first bytes of an input, looks like JSON
// or JSON Lines holding articles: it starts with an object or an array
// of objects (after an optional byte order mark and white space) and
// names an article field within b. A JSON Feed is not taken. Give it a
// few KB; a record whose first article field lies further in is missed.
func Looks(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return false
	}
	switch b[0] {
	case '{':
	case '[':
		rest := bytes.TrimLeft(b[1:], " \t\r\n")
		if len(rest) > 0 && rest[0] != '{' {
			return false
		}
	default:
		return false
	}
	rest := bytes.TrimLeft(b[1:], " \t\r\n[")
	if len(rest) > 0 && rest[0] != '"' && rest[0] != '{' && rest[0] != '}' {
		return false
	}
	return articleKey.Match(b) && !jsonFeed.Match(b)
}
