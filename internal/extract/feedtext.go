package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Feed items and JSON records carry their publisher's own furniture in the
// text: the link to the full article ("Continue reading...", "Read more
// »"), a related headline ("Related: …"), the line a blog engine appends
// ("The post … appeared first on …", "… was originally published in …
// on Medium"), an aggregator's link bar ("[link] [12 comments]"). An HTML
// page goes through the page extractor and a text scrape through the
// line classifier, but a record's text is taken as it is, so without
// this step every item of a feed would share these lines: they would
// read as the article's last sentence in the timeline and tie unrelated
// items of one outlet together in the clusterer.

// feedMoreRe matches a paragraph that is only a link to the rest of the
// article, in the forms feed generators write it: the words alone
// ("Continue reading...", "[Read more]", "Weiterlesen"), or with the
// article's title when an arrow or ellipsis closes it ("Continue reading
// Some Title →").
var feedMoreRe = regexp.MustCompile(`(?i)^[\[(]?\s*(?:(?:continue reading|keep reading|read more|read the rest(?: of this (?:entry|post|article))?|read the full (?:story|article|post)|read full (?:story|article)|full story|more|weiterlesen|mehr lesen|mehr|lire la suite|leer más|seguir leyendo|leia mais|continua a leggere|leggi tutto|czytaj dalej|lees meer|계속 읽기|더 보기)\s*(?:\.\.\.|…|»|›|→|>+)?|(?:continue reading|keep reading|read more)\b.{1,120}?(?:\.\.\.|…|»|›|→|>+))\s*[\])]?$`)

// feedMoreTailRe matches the same link, or an elided excerpt's mark,
// closing a paragraph of text: "… he said. Read more »", "… the
// minister […]".
var feedMoreTailRe = regexp.MustCompile(`(?i)(?:\s*[\[(](?:…|\.\.\.|&hellip;)[\])]|\s+(?:continue reading|read more|read the rest of this (?:entry|post)|weiterlesen|lire la suite|leia mais|leer más)\s*(?:\.\.\.|…|»|›|→)?)$`)

// feedRelatedRe matches a paragraph that is a labelled link to another
// article.
var feedRelatedRe = regexp.MustCompile(`(?i)^(?:related|related article|related story|see also|read also|also read|read more|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leia também|veja também|lea también|leggi anche|관련 기사|관련기사)\s*:\s*\S`)

// feedEngineRe matches the lines blog engines and aggregators append to
// an item: WordPress's "The post … appeared first on …", Medium's "…
// was originally published in … on Medium", Reddit's "submitted by
// /u/… to /r/…" and "[link] [N comments]".
var feedEngineRe = regexp.MustCompile(`(?i)^the post .{1,300} appeared first on .{1,200}$|^.{1,300} was originally published in .{1,200} on medium\b.*$|^(?:submitted by\s+/?u/\S+(?:\s+to\s+/?r/\S+)?\s*)?(?:\[link\]\s*)?\[\d+ comments?\]$|^submitted by\s+/?u/\S+(?:\s+to\s+/?r/\S+)?$`)

// feedFurniture splits a record's paragraphs into the text and the
// furniture its feed added, in the order they came; it trims a
// read-more link or elision mark closing a kept paragraph.
func feedFurniture(paras []string) (kept, removed []string) {
	for _, p := range paras {
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		if feedRelatedRe.MatchString(t) || mayBeFeedLine(t) && (feedMoreRe.MatchString(t) || feedEngineRe.MatchString(t)) {
			removed = append(removed, t)
			continue
		}
		// The tail's link is short: search the paragraph's end only,
		// not from every position of a long paragraph.
		at := max(len(t)-maxFeedTail, 0)
		for at > 0 && !utf8.RuneStart(t[at]) {
			at--
		}
		if !mayEndInLink(t) {
			kept = append(kept, t)
			continue
		}
		if loc := feedMoreTailRe.FindStringIndex(t[at:]); loc != nil && at+loc[0] > 0 {
			removed = append(removed, strings.TrimSpace(t[at+loc[0]:]))
			t = strings.TrimSpace(t[:at+loc[0]])
		}
		kept = append(kept, t)
	}
	return kept, removed
}

// maxFeedTail bounds, in bytes, the read-more link or elision mark
// feedMoreTailRe finds closing a paragraph (its longest form, "read the
// rest of this entry …", with the spaces before it).
const maxFeedTail = 96

// feedTailEnds are the last words feedMoreTailRe's links may end with
// when no mark closes them.
var feedTailEnds = []string{"reading", "more", "entry", "post", "weiterlesen", "suite", "mais", "más"}

// mayEndInLink reports whether paragraph t may close with what
// feedMoreTailRe finds: a closing bracket, an ellipsis, a guillemet or
// an arrow, or a link's last word. A sentence's full stop ends most
// paragraphs, and they are spared the expression.
func mayEndInLink(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case ')', ']', '…', '»', '›', '→':
		return true
	case '.':
		return strings.HasSuffix(t, "...")
	}
	for _, w := range feedTailEnds {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
			return true
		}
	}
	return false
}

// maxFeedLink bounds, in runes, a paragraph feedMoreRe can match: a
// read-more link with a title of up to 120 runes.
const maxFeedLink = 160

// feedEngineWords are words one of feedEngineRe's lines holds.
var feedEngineWords = []string{"appeared first on", "originally published in", "comment", "submitted by"}

// mayBeFeedLine reports whether paragraph t may be a read-more link or an
// engine's line: short enough to be the link, or holding one of the
// engine lines' words. Most paragraphs are text, and this spares them
// the two expressions' backtracking.
func mayBeFeedLine(t string) bool {
	if len(t) <= maxFeedLink || utf8.RuneCountInString(t) <= maxFeedLink {
		return true
	}
	low := strings.ToLower(t)
	for _, w := range feedEngineWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
