package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/internal/termtable"
	"github.com/storyline/storyline/internal/timeline"
)

// writeText writes v for people at a terminal: plain text in columns,
// article text folded onto one line without control characters so that
// it cannot redraw the terminal.
func writeText(w io.Writer, v *timeline.View) error {
	fmt.Fprintf(w, "%s  %s\n", v.ID, oneLine(v.Title))
	outlets := map[string]bool{}
	for _, r := range v.Articles {
		outlets[r.Outlet] = true
	}
	fmt.Fprintf(w, "%d articles from %d outlets, %d events\n\n", len(v.Articles), len(outlets), len(v.Events))
	fmt.Fprintln(w, "TIMELINE")
	for _, e := range v.Events {
		date := e.Date
		if e.Estimated {
			date = "~" + date
		}
		mark := ""
		if e.New {
			mark = " NEW"
		}
		place := ""
		if e.Place != "" {
			place = " @ " + oneLine(e.Place)
		}
		fmt.Fprintf(w, "  %-11s %-11s %s%s (%d outlet%s)%s\n", date, e.Type, oneLine(e.Summary), place, e.Corroboration, plural(e.Corroboration), mark)
		if len(e.Actors) > 0 {
			fmt.Fprintf(w, "  %-11s %-11s actors: %s\n", "", "", oneLine(strings.Join(e.Actors, ", ")))
		}
		shown, left := cited(e.Sources, maxCited)
		for _, s := range shown {
			fmt.Fprintf(w, "  %-11s %-11s - %s: \"%s\"\n", "", "", oneLine(s.Outlet), termtable.Clip(oneLine(s.Sentence), 110))
		}
		if left > 0 {
			fmt.Fprintf(w, "  %-11s %-11s … and %d more sentence%s (see --json)\n", "", "", left, plural(left))
		}
		for _, c := range e.Conflicts {
			fmt.Fprintf(w, "  %-11s %-11s ! %s\n", "", "", oneLine(c.Note))
		}
	}
	if len(v.Conflicts) > 0 {
		fmt.Fprintln(w, "\nCONFLICTS")
		for _, c := range v.Conflicts {
			fmt.Fprintf(w, "  ! %s\n", oneLine(c.Note))
			for i, val := range c.Values {
				for _, s := range c.Sources[i] {
					fmt.Fprintf(w, "      %q — %s: \"%s\"\n", oneLine(val), oneLine(s.Outlet), termtable.Clip(oneLine(s.Sentence), 100))
				}
			}
		}
	}
	if len(v.Quotes) > 0 {
		fmt.Fprintln(w, "\nQUOTES")
		last := ""
		for _, q := range v.Quotes {
			if q.Speaker != last {
				fmt.Fprintf(w, "  %s\n", oneLine(q.Speaker))
				last = q.Speaker
			}
			fmt.Fprintf(w, "    - %s (%s)\n", termtable.Clip(oneLine(q.Text), 120), oneLine(q.Outlet))
		}
	}
	if len(v.Entities) > 0 {
		fmt.Fprintln(w, "\nWHO AND WHERE")
		for i, e := range v.Entities {
			if i == 15 {
				fmt.Fprintf(w, "  … and %d more (see --json)\n", len(v.Entities)-i)
				break
			}
			roles := ""
			if len(e.Roles) > 0 {
				roles = " — " + oneLine(strings.Join(e.Roles, "; "))
			}
			fmt.Fprintf(w, "  %-4s %s (%d article%s)%s\n", e.Type, oneLine(e.Name), len(e.Articles), plural(len(e.Articles)), roles)
		}
	}
	fmt.Fprintln(w, "\nCOVERAGE")
	tw := termtable.NewWriter(w, 2)
	fmt.Fprintln(tw, "  OUTLET\tARTICLES\tFIRST\tLAST\tEVENTS\t")
	for _, c := range v.Coverage {
		first := c.First
		if c.FirstToReport {
			first += " (first)"
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%d\t\n", termtable.Clip(oneLine(c.Outlet), 30), c.Articles, first, c.Last, c.Events)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nARTICLES")
	tw = termtable.NewWriter(w, 2)
	fmt.Fprintln(tw, "  PUBLISHED\tLANG\tOUTLET\tTITLE\tSOURCE")
	for _, r := range v.Articles {
		title := oneLine(r.Title)
		if r.CopyOf != "" {
			title = "(copy) " + title
		}
		if r.New {
			title = "NEW " + title
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", r.Published, r.Language, termtable.Clip(oneLine(r.Outlet), 24), termtable.Clip(title, 60), oneLine(r.Source))
	}
	return tw.Flush()
}
