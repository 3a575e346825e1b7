package cli

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/timeline"
)

// TestSeedsTimeline is issue 6's acceptance on the user's own example:
// three outlets, ten months apart, one story.
func TestSeedsTimeline(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, stderr := run(t, "--db", db, "ingest", seeds); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	code, stdout, stderr := run(t, "--db", db, "stories", "--json")
	if code != 0 {
		t.Fatalf("stories exit %d: %s", code, stderr)
	}
	var stories []storyOut
	if err := json.Unmarshal([]byte(stdout), &stories); err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || len(stories[0].Articles) != 3 {
		t.Fatalf("got %d stories (%+v), want the three seeds in one", len(stories), stories)
	}
	code, stdout, stderr = run(t, "--db", db, "story", stories[0].ID, "--json")
	if code != 0 {
		t.Fatalf("story exit %d: %s", code, stderr)
	}
	var v timeline.View
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatal(err)
	}

	find := func(typ, date, place string) *timeline.Event {
		for i, e := range v.Events {
			if e.Type == typ && strings.HasPrefix(e.Date, date) && (place == "" || e.Place == place) {
				return &v.Events[i]
			}
		}
		return nil
	}
	outlets := func(e *timeline.Event) int {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			seen[s.Article] = true
		}
		return len(seen)
	}
	for _, want := range []struct{ date, place string }{{"2018", "Singapore"}, {"2019", "Hanoi"}, {"2019", "Panmunjom"}} {
		e := find(timeline.Meet, want.date, want.place)
		if e == nil {
			t.Errorf("no MEET %s in %s", want.date, want.place)
			continue
		}
		if e.Corroboration != 3 || outlets(e) != 3 {
			t.Errorf("MEET %s %s: corroboration %d from %d articles, want all three outlets", want.place, e.Date, e.Corroboration, outlets(e))
		}
	}
	for _, want := range []struct{ typ, date, in string }{
		{timeline.Sanction, "2025-08-28", "sanctions"},      // announced that Thursday
		{timeline.Communicate, "2025-08-29", "confirmed"},   // the White House statement on the Friday
		{timeline.Communicate, "2025-06-11", "briefing"},    // Leavitt's briefing on the 11th
		{timeline.Reject, "2025-06", "rejected a personal"}, // the rejected letter
	} {
		e := find(want.typ, want.date, "")
		if e == nil {
			t.Errorf("no %s on %s", want.typ, want.date)
			continue
		}
		if !slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return strings.Contains(s.Sentence, want.in) }) {
			t.Errorf("%s %s: no source sentence with %q: %+v", want.typ, e.Date, want.in, e.Sources)
		}
	}
	speakers := map[string]bool{}
	for _, q := range v.Quotes {
		speakers[q.Speaker] = true
	}
	for _, s := range []string{"White House official", "Caroline Leavitt", "Andrei Lankov", "Bill Hagerty"} {
		if !speakers[s] {
			t.Errorf("no quote attributed to %s (speakers: %v)", s, speakers)
		}
	}
	flagged := slices.ContainsFunc(v.Conflicts, func(c timeline.Conflict) bool {
		return c.Field == "role" && c.Subject == "Donald Trump" && slices.ContainsFunc(c.Values, func(s string) bool { return strings.HasPrefix(s, "former") })
	})
	if !flagged {
		t.Errorf("the \"former President\" conflict is not flagged: %+v", v.Conflicts)
	}
	// The people's roster and the coverage.
	if !slices.ContainsFunc(v.Entities, func(e timeline.EntityRow) bool { return e.Name == "Kim Jong Un" && len(e.Articles) == 3 }) {
		t.Errorf("Kim Jong Un is not one entity across the three articles")
	}
	if len(v.Coverage) != 3 || !v.Coverage[0].FirstToReport {
		t.Errorf("coverage = %+v, want three outlets, the first marked", v.Coverage)
	}

	// The same story for people.
	code, stdout, _ = run(t, "--db", db, "story", stories[0].ID)
	if code != 0 || !strings.Contains(stdout, "TIMELINE") || !strings.Contains(stdout, "Singapore") {
		t.Errorf("story for people: exit %d\n%s", code, stdout)
	}
}

// TestStoriesLimit checks that -n keeps the largest stories, in the
// order the full listing gives them.
func TestStoriesLimit(t *testing.T) {
	dir := sharedDir(t, "data", "clustering", "giveme5w1h", "data")
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, stderr := run(t, "ingest", "-q", "--db", db, dir); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	list := func(args ...string) []storyOut {
		t.Helper()
		code, stdout, stderr := run(t, append([]string{"stories", "--db", db, "--json"}, args...)...)
		var out []storyOut
		if err := json.Unmarshal([]byte(stdout), &out); code != 0 || err != nil {
			t.Fatalf("stories %v: exit %d (%v): %s", args, code, err, stderr)
		}
		return out
	}
	all, top := list(), list("-n", "3")
	if len(all) <= 3 || len(top) != 3 {
		t.Fatalf("%d stories in all, %d with -n 3", len(all), len(top))
	}
	for i := range top {
		if top[i].ID != all[i].ID {
			t.Errorf("story %d with -n 3 is %s, want %s", i, top[i].ID, all[i].ID)
		}
	}
	if len(top[2].Articles) < len(all[3].Articles) {
		t.Errorf("-n 3 left out a larger story: %d articles against %d", len(top[2].Articles), len(all[3].Articles))
	}
}
