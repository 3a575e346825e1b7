package feed

import (
	"bytes"
	"regexp"
)

var (
	// jsonFeedVersion matches JSON Feed's version member.
	jsonFeedVersion = regexp.MustCompile(`"version"\s*:\s*"https?://jsonfeed\.org/version/`)
	// jsonFeedVersionKey and jsonFeedURLKey match members a JSON Feed has,
	// for files whose version is a bare "1.0".
	jsonFeedVersionKey = regexp.MustCompile(`"version"\s*:`)
	jsonFeedURLKey     = regexp.MustCompile(`"(?:home_page_url|feed_url)"\s*:`)
)

// Looks reports whether b, the first bytes of an input, looks like a
// feed: its first element is <rss>, <feed> or <rdf:RDF> (after an optional
// byte order mark, white space, an XML declaration, comments and a
// DOCTYPE), or it is a JSON object whose version is a jsonfeed.org URL
// (or that has a version and a home_page_url or feed_url). A prefix
// that ends before the first element is not taken.
func Looks(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return false
	}
	switch b[0] {
	case '{':
		return jsonFeedVersion.Match(b) || jsonFeedVersionKey.Match(b) && jsonFeedURLKey.Match(b)
	case '<':
		return feedRoot(b)
	}
	return false
}

// feedRoot reports whether the first element of the XML in b is a feed's
// root element.
func feedRoot(b []byte) bool {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")):
			end = []byte(">")
		case bytes.HasPrefix(b, []byte("<")):
			return rootName(b[1:])
		default:
			return false
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return false
		}
		b = b[i+len(end):]
	}
}

// rootName reports whether the element name at the start of b is rss,
// feed or RDF, with or without a namespace prefix.
func rootName(b []byte) bool {
	n := bytes.IndexAny(b, " \t\r\n/>")
	if n < 0 {
		return false // the name runs past the prefix
	}
	name := b[:n]
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch string(bytes.ToLower(name)) {
	case "rss", "feed", "rdf":
		return true
	}
	return false
}
