package export

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/timeline"
)

// writeMarkdown writes the brief: title, what it covers, the dated
// timeline with footnoted sources, conflicts, quotes by speaker and
// coverage per outlet.
func writeMarkdown(w io.Writer, v *timeline.View) error {
	b := bufio.NewWriter(w)
	title := v.Title
	if strings.TrimSpace(title) == "" {
		title = "Story " + v.ID
	}
	fmt.Fprintf(b, "# %s\n\n", Escape(title))
	fmt.Fprintf(b, "%s\n\n", covers(v))

	urls := map[string]string{}
	for _, a := range v.Articles {
		urls[a.ID] = a.URL
	}
	var notes []string // footnote bodies, notes[i] is [^i+1]
	cite := func(s timeline.Source) string {
		notes = append(notes, citation(s, urls[s.Article]))
		return fmt.Sprintf("[^%d]", len(notes))
	}

	b.WriteString("## Timeline\n\n")
	if len(v.Events) == 0 {
		b.WriteString("No dated events were found.\n\n")
	}
	for _, e := range v.Events {
		fmt.Fprintf(b, "- **%s**", Escape(HumanDate(e.Date, e.Estimated)))
		if e.Type != "" {
			fmt.Fprintf(b, " · %s", Escape(strings.ToLower(e.Type)))
		}
		fmt.Fprintf(b, " · %s", Escape(e.Summary))
		if e.Place != "" {
			fmt.Fprintf(b, " — %s", Escape(e.Place))
		}
		fmt.Fprintf(b, " (%d outlet%s)", e.Corroboration, plural(e.Corroboration))
		if len(e.Conflicts) > 0 {
			b.WriteString(" ⚠ disputed")
		}
		if e.New {
			b.WriteString(" **new**")
		}
		shown, left := cited(e.Sources, maxCited)
		for _, s := range shown {
			b.WriteString(cite(s))
		}
		if left > 0 {
			fmt.Fprintf(b, " (and %d more sentence%s)", left, plural(left))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")

	type titled struct {
		what string
		c    timeline.Conflict
	}
	var conflicts []titled
	for _, e := range v.Events {
		for _, c := range e.Conflicts {
			conflicts = append(conflicts, titled{HumanDate(e.Date, e.Estimated) + ", " + e.Summary, c})
		}
	}
	for _, c := range v.Conflicts {
		conflicts = append(conflicts, titled{c.Subject, c})
	}
	if len(conflicts) > 0 {
		b.WriteString("## Conflicts\n\n")
		for _, t := range conflicts {
			note := t.c.Note
			if note == "" {
				note = "sources disagree on the " + t.c.Field
			}
			fmt.Fprintf(b, "- **%s**", Escape(note))
			if t.what != "" {
				fmt.Fprintf(b, " (%s)", Escape(t.what))
			}
			b.WriteString("\n")
			for i, val := range t.c.Values {
				fmt.Fprintf(b, "  - %s", Escape(val))
				if i < len(t.c.Sources) {
					for _, s := range t.c.Sources[i] {
						b.WriteString(cite(s))
					}
				}
				b.WriteString("\n")
			}
		}
		b.WriteString("\n")
	}

	if len(v.Quotes) > 0 {
		b.WriteString("## Quotes\n\n")
		last := "\x00"
		for _, q := range v.Quotes {
			if q.Speaker != last {
				speaker := q.Speaker
				if speaker == "" {
					speaker = "Unattributed"
				}
				fmt.Fprintf(b, "%s### %s\n\n", sep(last != "\x00"), Escape(speaker))
				last = q.Speaker
			}
			fmt.Fprintf(b, "- “%s” — %s\n", Escape(q.Text), Escape(q.Outlet))
		}
		b.WriteString("\n")
	}

	if len(v.Coverage) > 0 {
		b.WriteString("## Coverage\n\n")
		b.WriteString("| Outlet | Articles | First | Last | Events |\n|---|---:|---|---|---:|\n")
		for _, c := range v.Coverage {
			first := HumanDate(c.First, false)
			if c.FirstToReport {
				first += " (first to report)"
			}
			fmt.Fprintf(b, "| %s | %d | %s | %s | %d |\n", Escape(c.Outlet), c.Articles,
				Escape(first), Escape(HumanDate(c.Last, false)), c.Events)
		}
		b.WriteString("\n")
	}

	if len(notes) > 0 {
		b.WriteString("## Sources\n\n")
		for i, n := range notes {
			fmt.Fprintf(b, "[^%d]: %s\n", i+1, n)
		}
	}
	return b.Flush()
}

func sep(b bool) string {
	if b {
		return "\n"
	}
	return ""
}

// covers is the one-paragraph "what this covers" line.
func covers(v *timeline.View) string {
	n, o := len(v.Articles), outletCount(v)
	s := fmt.Sprintf("*What this covers:* %d article%s from %d outlet%s", n, plural(n), o, plural(o))
	first, last := publishedSpan(v)
	switch {
	case first == "":
	case first == last:
		s += ", published " + Escape(HumanDate(first, false))
	default:
		s += ", published " + Escape(HumanDate(first, false)) + " to " + Escape(HumanDate(last, false))
	}
	s += fmt.Sprintf("; %d dated event%s", len(v.Events), plural(len(v.Events)))
	if c := conflictCount(v); c > 0 {
		s += fmt.Sprintf(", %d point%s where sources disagree", c, plural(c))
	}
	return s + ". Story " + Escape(v.ID) + "."
}

func conflictCount(v *timeline.View) int {
	n := len(v.Conflicts)
	for _, e := range v.Events {
		n += len(e.Conflicts)
	}
	return n
}

// citation is a footnote's body: outlet, the sentence, and where the
// article is (its URL when it is http or https, else its source path).
func citation(s timeline.Source, rawURL string) string {
	outlet := s.Outlet
	if outlet == "" {
		outlet = "unknown outlet"
	}
	out := Escape(outlet) + ", “" + Escape(s.Sentence) + "”"
	if u := LinkURL(rawURL); u != "" && !strings.ContainsAny(u, "<> ") {
		out += ", <" + u + ">"
	} else if s.Source != "" {
		out += ", " + Escape(s.Source)
	}
	return out
}

// LinkURL returns raw when it is an absolute http or https URL that is
// safe to link to, and "" otherwise (javascript:, data:, relative or
// malformed URLs).
func LinkURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return ""
	}
	return u.String()
}

// mdSpecial are the ASCII punctuation characters that can start or end
// Markdown syntax in running text: emphasis, code, links, images,
// footnotes, HTML and entities, tables, strikethrough, math, mentions
// and e-mail autolinks. CommonMark lets a backslash escape each of
// them. Parentheses need none: no link forms once brackets are escaped.
const mdSpecial = "\\`*_{}[]<>#+-!|~&$@^="

// Escape makes untrusted text safe to place in running Markdown text: it
// folds the text onto one line, drops control and bidirectional override
// characters, and backslash-escapes every character that could begin
// Markdown syntax, so the text renders literally, with no link, image,
// HTML, emphasis or autolinked URL. Hyphens and dots are escaped only
// where they could start a list or form "www." or "://" autolinks, to
// keep the source readable.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	rs := []rune(oneLine(s))
	for i, r := range rs {
		switch {
		case r == '-' || r == '=' || r == '+':
			// Lists, setext headings, thematic breaks and table rules
			// need them at a line start or in runs; escape those only.
			if i == 0 || (i+1 < len(rs) && rs[i+1] == r) || (i > 0 && rs[i-1] == r) {
				b.WriteByte('\\')
			}
		case r == '.':
			if i >= 3 && strings.EqualFold(string(rs[i-3:i]), "www") {
				b.WriteByte('\\')
			}
		case r == ':':
			if i+2 < len(rs) && rs[i+1] == '/' && rs[i+2] == '/' {
				b.WriteByte('\\')
			}
		case r < 128 && strings.ContainsRune(mdSpecial, r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oneLine folds whitespace runs into single spaces and drops control and
// bidirectional formatting characters.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			return ' '
		case unicode.IsControl(r), r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
