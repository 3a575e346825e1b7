package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// TestAuthorBylineDay reads the day a byline writes after the author's
// name, past the separators between them (regards.fr: "Par Loïc Le
// Clerc | 30 septembre 2018"; autosprint.ch: "Redaktion - 31. Januar
// 2022" in BEM-named elements), and no day that only follows an author's
// name from outside the byline: a forum reply's body (the
// wolfsrebellen-netz.forumieren.com thread), a reader's comment, or a
// sentence.
func TestAuthorBylineDay(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{
			"separator and an HTML comment between name and day",
			`<span class="-meta"><a href="/">Accueil</a> | Par <span class="vcard author"><a class="url fn" href="auteur/x">Loïc Le Clerc</a></span> |
			<!-- span class="mag">Regards</span -->
			30 septembre 2018
			<!--span class="heure">12:00</span--></span>`,
			[]string{"2018-09-30"},
		},
		{
			"separator and day in elements of their own",
			`<p class="byline">By <a rel="author" href="/jane">Jane Doe</a> <span class="sep">·</span> <span>March 3, 2020</span></p>`,
			[]string{"2020-03-03"},
		},
		{
			// autosprint.ch
			"a BEM author class",
			`<div class="Post__meta"><span class="Post__author">Redaktion</span><span> - </span><span class="Post__date">31. Januar 2022</span></div>`,
			[]string{"2022-01-31"},
		},
		{
			"a link whose rel names its author among others",
			`<p>Von <a rel="author external" href="/m">Max Muster</a> | 12.11.2021</p>`,
			[]string{"2021-11-12"},
		},
		{
			"comma after an itemprop author",
			`<div class="meta"><span itemprop="author">Marianne Muster</span>, 4. Juni 2019</div>`,
			[]string{"2019-06-04"},
		},
		{
			"a forum reply's body after its header",
			`<div class="postbody"><div class="post-header"><p class="author">von lupa am 30/05/14, 11:17 pm</p></div>` +
				`<div class="post-entry"><div>30.05.2014 23:07:56</div><p>Regeln</p></div></div>`,
			nil,
		},
		{
			"a reader's comment",
			`<ol class="commentlist"><li class="comment"><cite class="comment-author">Leser</cite> | 11. September 2018</li></ol>`,
			nil,
		},
		{
			"a sentence after the name",
			`<p>Par <span class="author">Jean Dupont</span>, journaliste depuis le 3 mars 2010.</p>`,
			nil,
		},
		{
			"text between name and day",
			`<p><span class="author">Jean Dupont</span> <span>Rédaction</span> <span>3 mars 2010</span></p>`,
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range pageDates(root, "").ev {
				got = append(got, e.day())
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("pageDates days = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBylineDayOverCommentDate dates a page by its byline's day where
// htmldate read a reader's comment and the page labels a later revision
// (regards.fr: "30 septembre 2018" after the author, "Article mis à jour
// le 7 janvier 2020", a comment of "Le 11 septembre 2018 à 12:57").
func TestBylineDayOverCommentDate(t *testing.T) {
	page := `<html lang="fr"><body><article>
	<h2 class="title">Deux ans et demi en Macronie</h2>
	<span class="-meta">Par <span class="vcard author"><a class="url fn" href="auteur/x">Loïc Le Clerc</a></span> |
	<!-- span class="mag">Regards</span -->
	30 septembre 2018
	</span>
	<p>Article mis à jour le 7 janvier 2020.</p>
	<p>Le 6 août 2019, le député a été condamné.</p>
	<ul class="forum comments-list"><li class="comment"><div class="comment-meta">
	<span class="comment-author vcard"><strong class="fn">gabriel</strong></span>
	<abbr class="date" title="2018-09-11T10:57:27Z">Le 11 septembre 2018 à 12:57</abbr></div></li></ul>
	</article></body></html>`
	hd := htmldate.Result{
		DateTime:  time.Date(2018, 9, 11, 0, 0, 0, 0, time.UTC),
		SrcString: "Le 11 septembre 2018 à 12:57",
	}
	if got := choose(t, page, "http://www.example.fr/politique/article/deux-ans", hd, nil); got != "2018-09-30" {
		t.Errorf("chosen day = %q, want 2018-09-30", got)
	}
}
