package story

import (
	"math"
	"strings"
	"testing"
)

const (
	chatPrompt = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
	copyright  = "Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to the Daily Information Co. Without written authorization, no one may copy it."
	// A one-sentence real body that repeats its headline's subject.
	brief = "Rescue workers on the island of Lombok searched collapsed homes after the earthquake, officials said."
)

func TestLooksLikeFurniture(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              bool
	}{
		{"chat prompt", "Gunfire at Las Vegas concert", chatPrompt, true},
		{"copyright notice", "59 dead, 527 injured in Las Vegas shooting", copyright, true},
		{"brief that repeats the headline", "Earthquake on Lombok", brief, false},
		{"no body", "Earthquake on Lombok", "", false},
		{"one-word title", "Lombok", chatPrompt, false},
		{"long body", "Gunfire at Las Vegas concert", strings.Repeat(quake+" ", 8), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Prepare(Article{Title: tc.title, Text: tc.body}).furniture; got != tc.want {
				t.Errorf("furniture = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestFurnitureBody checks that an article whose body is page furniture
// is placed by its title, that furniture shared by two pages neither
// folds them as copies nor puts them in one story, and that a real body
// under a site-wide title is still placed by its body.
func TestFurnitureBody(t *testing.T) {
	shooting := `A gunman opened fire on a country music festival on the Las Vegas Strip on Sunday night, killing at least 59 people and injuring 527 from the 32nd floor of the Mandalay Bay hotel. Police said the gunman, Stephen Paddock, killed himself before officers reached his room. The Las Vegas shooting is the deadliest in modern US history.`
	shooting2 := strings.NewReplacer("Sunday night", "late Sunday", "Police said", "Officers said", "deadliest", "worst").Replace(shooting)
	base := []Article{
		{ID: "v1", Title: "Las Vegas shooting: 59 dead at music festival", Text: shooting, Published: day("2017-10-02")},
		{ID: "v2", Title: "Gunman kills 59 in Las Vegas shooting", Text: shooting2, Published: day("2017-10-02")},
		{ID: "q1", Title: "Earthquake kills 20 in Indonesia", Text: quake, Published: day("2017-10-02")},
	}
	tests := []struct {
		name  string
		add   []Article
		same  [][2]string
		apart [][2]string
	}{
		{"furniture body joins by its title", []Article{
			{ID: "f1", Title: "59 dead, 527 injured in Las Vegas shooting", Text: copyright, Published: day("2017-10-03")},
		}, [][2]string{{"f1", "v1"}}, [][2]string{{"f1", "q1"}}},
		{"shared furniture is not a story", []Article{
			{ID: "f1", Title: "59 dead, 527 injured in Las Vegas shooting", Text: copyright, Published: day("2017-10-03")},
			{ID: "f2", Title: "Lombok earthquake toll rises to twenty", Text: copyright, Published: day("2017-10-03")},
		}, [][2]string{{"f1", "v1"}, {"f2", "q1"}}, [][2]string{{"f1", "f2"}}},
		{"real body under a site-wide title", []Article{
			{ID: "w1", Title: "World news - International", Text: "Police in Las Vegas said the gunman who killed 59 people at the music festival had stockpiled weapons in his room at the Mandalay Bay hotel.", Published: day("2017-10-03")},
		}, [][2]string{{"w1", "v1"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{})
			got := map[string]Assignment{}
			for _, a := range append(append([]Article{}, base...), tc.add...) {
				got[a.ID] = c.Add(a)
			}
			for _, p := range tc.same {
				if got[p[0]].StoryID != got[p[1]].StoryID {
					t.Errorf("%s and %s apart: %+v", p[0], p[1], got)
				}
			}
			for _, p := range tc.apart {
				if got[p[0]].StoryID == got[p[1]].StoryID {
					t.Errorf("%s and %s together: %+v", p[0], p[1], got)
				}
			}
			for _, a := range tc.add {
				if d := got[a.ID].DuplicateOf; d != "" {
					t.Errorf("%s folded as a copy of %s", a.ID, d)
				}
			}
		})
	}
}

// TestCentroidCosTime checks that two stories' centroid cosine, which
// decides a merge, is discounted by the gap between their spans as an
// article's score is by its distance from a story.
func TestCentroidCosTime(t *testing.T) {
	c := New(Config{})
	v := vec{{1, 1}, {2, 2}}
	mk := func(first, last float64, dated bool) *cluster {
		return &cluster{body: v, title: v, ent: v, nBody: v.norm(), nTitle: v.norm(), nEnt: v.norm(),
			first: first, last: last, dated: dated}
	}
	tests := []struct {
		name string
		a, b *cluster
		want float64
	}{
		{"overlapping spans", mk(0, 10, true), mk(5, 20, true), 1},
		{"undated", mk(0, 0, false), mk(100, 100, true), 1},
		{"b after a", mk(0, 10, true), mk(24, 30, true), c.discount(14)},
		{"b before a", mk(100, 110, true), mk(0, 40, true), c.discount(60)},
	}
	for _, tc := range tests {
		if got := c.centroidCos(tc.a, tc.b); math.Abs(got-tc.want) > 1e-6 {
			t.Errorf("%s: %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
}
