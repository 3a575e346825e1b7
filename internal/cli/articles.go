package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/termtable"
)

// filterFlags are the flags shared by articles and search.
type filterFlags struct {
	from, to, outlet, language string
	limit                      int
}

func (f *filterFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.from, "from", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.to, "to", "", "only articles published on or before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.outlet, "outlet", "", "only articles from this outlet (case-insensitive)")
	cmd.Flags().StringVar(&f.language, "language", "", "only articles in this language (ISO 639-1, e.g. en, ko)")
	cmd.Flags().IntVarP(&f.limit, "limit", "n", 100, "at most this many results")
}

func (f *filterFlags) filter() (store.Filter, error) {
	out := store.Filter{Outlet: f.outlet, Language: strings.ToLower(f.language), Limit: f.limit}
	for _, d := range []struct {
		flag, val string
		dst       *time.Time
	}{{"--from", f.from, &out.From}, {"--to", f.to, &out.To}} {
		if d.val == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.val)
		if err != nil {
			return out, &exitError{ExitUsage, fmt.Errorf("%s %q: want a day as YYYY-MM-DD", d.flag, d.val)}
		}
		*d.dst = t
	}
	return out, nil
}

// listed is an article as list commands print it: no body.
type listed struct {
	ID            string   `json:"id"`
	Source        string   `json:"source"`
	URL           string   `json:"url"`
	Title         string   `json:"title"`
	Outlet        string   `json:"outlet"`
	Published     string   `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Language      string   `json:"language"`
	Origins       []string `json:"origins"`
	Snippet       string   `json:"snippet,omitempty"`
}

func toListed(a model.Article) listed {
	return listed{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title, Outlet: a.Outlet,
		Published: a.Published, PublishedFrom: a.PublishedFrom, Language: a.Language, Origins: a.Origins}
}

func (a *app) articlesCmd() *cobra.Command {
	var ff filterFlags
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List stored articles, newest first",
		Example: `  storyline articles --language ko
  storyline articles --from 2025-06-01 --to 2025-06-30 --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			arts, err := st.Articles(cmd.Context(), f)
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			out := make([]listed, 0, len(arts))
			for _, art := range arts {
				out = append(out, toListed(art))
			}
			return a.printList(out)
		},
	}
	ff.add(cmd)
	return cmd
}

func (a *app) searchCmd() *cobra.Command {
	var ff filterFlags
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search over article titles and bodies",
		Long: `Search titles and bodies. Every word of QUERY must occur (in any
order); title matches rank higher. Operators are not interpreted, so any
text is a safe query.`,
		Example: `  storyline search "Kim Jong Un" --from 2025-01-01
  storyline search sanctions --outlet KCNA --json`,
		Args: usage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			hits, err := st.Search(cmd.Context(), strings.Join(args, " "), f)
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			out := make([]listed, 0, len(hits))
			for _, h := range hits {
				l := toListed(h.Article)
				l.Snippet = h.Snippet
				out = append(out, l)
			}
			return a.printList(out)
		},
	}
	ff.add(cmd)
	return cmd
}

func (a *app) printList(out []listed) error {
	if a.asJSON {
		return a.printJSON(out)
	}
	tw := termtable.NewWriter(a.stdout, 2)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tLANG\tOUTLET\tTITLE")
	for _, l := range out {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", l.ID[:12], day(l.Published), l.Language,
			termtable.Clip(l.Outlet, 24), termtable.Clip(l.Title, 70))
		if l.Snippet != "" {
			fmt.Fprintf(tw, "\t\t\t\t  %s\n", termtable.Clip(strings.Join(strings.Fields(l.Snippet), " "), 100))
		}
	}
	return tw.Flush()
}

func (a *app) articleCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "article ID",
		Short: "Show one stored article (ID or a unique prefix of it)",
		Args:  usage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			art, err := st.Article(cmd.Context(), args[0])
			if err != nil {
				return &exitError{ExitPartial, err}
			}
			if a.asJSON {
				out := struct {
					*model.Article
					Annotations json.RawMessage `json:"annotations,omitempty"`
				}{Article: art}
				if ann, err := st.Annotations(cmd.Context(), art.ID); err == nil {
					out.Annotations = ann
				}
				return a.printJSON(out)
			}
			fmt.Fprintf(a.stdout, "%s\n%s · %s · %s (%s)\n%s\n\n%s\n", art.Title, art.Outlet,
				art.Language, day(art.Published), art.PublishedFrom, strings.Join(art.Origins, "\n"), art.Text)
			return nil
		},
	}
}

func day(p string) string {
	if p == "" {
		return "-"
	}
	if len(p) > 10 {
		return p[:10]
	}
	return p
}
