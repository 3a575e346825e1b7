package web

import (
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/export"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

// funcs are the template helpers. None returns template.HTML: every
// string they produce is escaped by html/template like any other.
var funcs = template.FuncMap{
	"date":    func(v string) string { return export.HumanDate(v, false) },
	"lower":   strings.ToLower,
	"join":    strings.Join,
	"plural":  plural,
	"linkURL": safeURL,
	"articleHref": func(id string) string {
		return "/articles/" + url.PathEscape(id)
	},
	"storyHref": func(id string) string { return "/stories/" + url.PathEscape(id) },
	"typeClass": typeClass,
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// safeURL returns raw when it is an absolute http(s) URL, else "": the
// templates link to an article's URL only when it is non-empty.
func safeURL(raw string) string { return export.LinkURL(raw) }

// typeClass is the CSS class of an event type: "t-" and the type in
// lower-case letters.
func typeClass(typ string) string {
	return "t-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return -1
	}, typ)
}

// sourceHref links to an article with a sentence highlighted.
func sourceHref(storyID string, s timeline.Source) string {
	q := url.Values{}
	if s.End > s.Start {
		q.Set("hl", fmt.Sprintf("%d-%d", s.Start, s.End))
	}
	if storyID != "" {
		q.Set("story", storyID)
	}
	h := "/articles/" + url.PathEscape(s.Article)
	if len(q) > 0 {
		h += "?" + q.Encode()
	}
	if s.End > s.Start {
		h += "#hl"
	}
	return h
}

// storyPage is the data of the story page.
type storyPage struct {
	View *timeline.View
	// Covers says what the story covers, in one line.
	Covers string
	// Since is the reader's last visit, zero on a first visit.
	Since                  time.Time
	NewEvents, NewArticles int
	Timeline               *chart
	Coverage               *chart
	Events                 []eventCard
	Conflicts              []conflictView
	Speakers               []speakerGroup
	Articles               []articleRow
}

type eventCard struct {
	timeline.Event
	Anchor    string
	When      string
	Sources   []sourceLink
	Conflicts []conflictView
}

type sourceLink struct {
	Outlet, Sentence, Href string
}

type conflictView struct {
	Note, Field, Subject string
	Values               []conflictValue
}

type conflictValue struct {
	Value   string
	Sources []sourceLink
}

type speakerGroup struct {
	Speaker string
	Quotes  []quoteView
}

type quoteView struct {
	Text, Outlet, Href string
}

type articleRow struct {
	timeline.ArticleRow
	Href, Link string
}

func buildStoryPage(v *timeline.View, since time.Time) storyPage {
	p := storyPage{View: v, Since: since, Timeline: timelineChart(v), Coverage: coverageChart(v)}
	outlets := map[string]bool{}
	var dates []string
	for _, a := range v.Articles {
		outlets[a.Outlet] = true
		if a.Published != "" {
			dates = append(dates, a.Published)
		}
		if a.New {
			p.NewArticles++
		}
		p.Articles = append(p.Articles, articleRow{ArticleRow: a, Href: "/articles/" + url.PathEscape(a.ID) + "?story=" + url.QueryEscape(v.ID), Link: safeURL(a.URL)})
	}
	p.Covers = plural(len(v.Articles), "article") + " from " + plural(len(outlets), "outlet")
	if len(dates) > 0 {
		slices.Sort(dates)
		first, last := export.HumanDate(dates[0], false), export.HumanDate(dates[len(dates)-1], false)
		if first == last {
			p.Covers += ", published " + first
		} else {
			p.Covers += ", published " + first + " to " + last
		}
	}
	p.Covers += "; " + plural(len(v.Events), "dated event") + "."
	conflict := func(c timeline.Conflict) conflictView {
		cv := conflictView{Note: c.Note, Field: c.Field, Subject: c.Subject}
		if cv.Note == "" {
			cv.Note = "Sources disagree on the " + c.Field + "."
		}
		for i, val := range c.Values {
			x := conflictValue{Value: val}
			if i < len(c.Sources) {
				for _, s := range c.Sources[i] {
					x.Sources = append(x.Sources, sourceLink{s.Outlet, s.Sentence, sourceHref(v.ID, s)})
				}
			}
			cv.Values = append(cv.Values, x)
		}
		return cv
	}
	for _, e := range v.Events {
		c := eventCard{Event: e, Anchor: "ev-" + e.ID, When: export.HumanDate(e.Date, e.Estimated)}
		if e.New {
			p.NewEvents++
		}
		for _, s := range e.Sources {
			c.Sources = append(c.Sources, sourceLink{s.Outlet, s.Sentence, sourceHref(v.ID, s)})
		}
		for _, x := range e.Conflicts {
			c.Conflicts = append(c.Conflicts, conflict(x))
		}
		p.Events = append(p.Events, c)
	}
	for _, x := range v.Conflicts {
		p.Conflicts = append(p.Conflicts, conflict(x))
	}
	for _, q := range v.Quotes {
		if len(p.Speakers) == 0 || p.Speakers[len(p.Speakers)-1].Speaker != q.Speaker {
			p.Speakers = append(p.Speakers, speakerGroup{Speaker: q.Speaker})
		}
		g := &p.Speakers[len(p.Speakers)-1]
		g.Quotes = append(g.Quotes, quoteView{strings.Trim(strings.TrimSpace(q.Text), quoteMarks), q.Outlet, "/articles/" + url.PathEscape(q.Article) + "?story=" + url.QueryEscape(v.ID)})
	}
	return p
}

// quoteMarks are trimmed from a quotation's ends: the page adds its own.
const quoteMarks = "\"'“”‘’«»„"

// articlePage is the data of the article page.
type articlePage struct {
	Article *model.Article
	Link    string // the article's URL when it is http(s)
	Paras   [][]segment
	Marked  bool
	Story   string
}

// segment is a run of article text, highlighted or not.
type segment struct {
	Text string
	Mark bool
	// First marks the first highlighted segment, the target of #hl.
	First bool
}

// buildArticlePage splits the text into paragraphs (at blank lines) and
// highlights code points [start, end) when start >= 0.
func buildArticlePage(a *model.Article, start, end int, story string) articlePage {
	p := articlePage{Article: a, Link: safeURL(a.URL), Story: story}
	rs := []rune(a.Text)
	if start >= len(rs) {
		start, end = -1, -1
	}
	end = min(end, len(rs))
	for pos := 0; pos < len(rs); {
		// Find the paragraph [pos, pe) and the blank lines after it.
		pe := pos
		for pe < len(rs) && !(rs[pe] == '\n' && pe+1 < len(rs) && rs[pe+1] == '\n') {
			pe++
		}
		var para []segment
		add := func(from, to int, mark bool) {
			if from < to {
				seg := segment{Text: string(rs[from:to]), Mark: mark}
				if mark && !p.Marked {
					seg.First, p.Marked = true, true
				}
				para = append(para, seg)
			}
		}
		if start < 0 {
			add(pos, pe, false)
		} else {
			ms, me := max(pos, min(start, pe)), max(pos, min(end, pe))
			add(pos, ms, false)
			add(ms, me, true)
			add(me, pe, false)
		}
		if strings.TrimSpace(string(rs[pos:pe])) != "" {
			p.Paras = append(p.Paras, para)
		}
		pos = pe
		for pos < len(rs) && rs[pos] == '\n' {
			pos++
		}
	}
	return p
}

// searchPage is the data of the search page.
type searchPage struct {
	Query string
	Hits  []searchHit
}

type searchHit struct {
	store.Hit
	Snippet []segment
}

// snippetParts splits a search snippet whose matched terms are wrapped
// in [ and ] into plain and highlighted runs.
func snippetParts(s string) []segment {
	var out []segment
	for s != "" {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']')
		if i < 0 || j < 0 {
			out = append(out, segment{Text: s})
			break
		}
		j += i
		if i > 0 {
			out = append(out, segment{Text: s[:i]})
		}
		out = append(out, segment{Text: s[i+1 : j], Mark: true})
		s = s[j+1:]
	}
	return out
}
