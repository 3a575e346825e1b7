package story

import (
	"fmt"
	"testing"
)

// TestFindSplit checks when a story's kept members split, on similarity
// tables written by hand: sim(i, j) gives each pair's similarity.
func TestFindSplit(t *testing.T) {
	blocks := func(cut int, in, across float64) func(i, j int) float64 {
		return func(i, j int) float64 {
			if (i < cut) == (j < cut) {
				return in
			}
			return across
		}
	}
	alternating := func(i, j int) float64 {
		if i%2 == j%2 {
			return 0.5
		}
		return 0.1
	}
	// Members 1 and 2 belong to the first event but are short and
	// loosely tied to it, a little closer to the second event.
	looseEarly := func(i, j int) float64 {
		if i < j {
			i, j = j, i
		}
		switch loose := j == 1 || j == 2; {
		case loose && i >= 8:
			return 0.2
		case loose || i == 1 || i == 2:
			return 0.1
		}
		return blocks(8, 0.5, 0.1)(i, j)
	}
	const (
		body = iota
		headline
		lead // no body, a one-sentence article as the title
	)
	tests := []struct {
		name string
		n    int
		sim  func(i, j int) float64
		text int // what text members have: body, headline or lead
		want int // members of the second group; 0: no split
	}{
		{"a later event splits off", 10, blocks(6, 0.5, 0.1), body, 4},
		{"one event stays whole", 10, func(i, j int) float64 { return 0.4 }, body, 0},
		{"too few of the second event", 10, blocks(7, 0.5, 0.1), body, 0},
		{"loose groups stay whole", 10, blocks(6, 0.15, 0.02), body, 0},
		{"close groups stay whole", 10, blocks(6, 0.5, 0.4), body, 0},
		{"alternating themes stay whole", 10, alternating, body, 0},
		{"headlines do not split", 10, blocks(6, 0.5, 0.1), headline, 0},
		{"one-sentence articles split", 10, blocks(6, 0.5, 0.1), lead, 4},
		{"early loose members stay with the first event", 12, looseEarly, body, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{})
			cl := &cluster{}
			for i := range tc.n {
				m := member{id: fmt.Sprint(i)}
				switch tc.text {
				case body:
					m.body = vec{{1, 1}}
				case headline:
					m.title = make(vec, 6)
				case lead:
					m.title = make(vec, splitLead)
				}
				cl.kept = append(cl.kept, m)
				for j := range i {
					cl.sims = append(cl.sims, float32(tc.sim(i, j)), float32(tc.sim(i, j)))
				}
			}
			inB := c.findSplit(cl)
			got := 0
			for i, b := range inB {
				if b {
					got++
					if tc.want > 0 && i < tc.n-tc.want {
						t.Errorf("member %d in the second group", i)
					}
				}
			}
			if got != tc.want {
				t.Errorf("second group of %d members, want %d", got, tc.want)
			}
		})
	}
}

// TestSplitInTime checks that time separates groups whose content does
// not: members that read alike split when the later ones came weeks
// after the first, and stay whole when all came within days or carry
// no date.
func TestSplitInTime(t *testing.T) {
	tests := []struct {
		name  string
		days  []float64 // nil: undated
		split int       // members of the second group; 0: no split
	}{
		{"weeks apart", []float64{0, 1, 2, 3, 4, 5, 40, 41, 42, 43}, 4},
		{"within days", []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0},
		{"undated", nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{})
			cl := &cluster{}
			for i := range 10 {
				m := member{id: fmt.Sprint(i), body: vec{{1, 1}}}
				if tc.days != nil {
					m.day, m.dated = tc.days[i], true
				}
				c.keep(cl, m)
			}
			got := 0
			for i, b := range c.findSplit(cl) {
				if b {
					got++
					if i < 10-tc.split {
						t.Errorf("member %d in the second group", i)
					}
				}
			}
			if got != tc.split {
				t.Errorf("second group of %d members, want %d", got, tc.split)
			}
		})
	}
}

// Two arrests of players of one team: the second shares the team's
// vocabulary but not the player, the place or the date.
var (
	arrestA = []string{
		"San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving early Tuesday by the California Highway Patrol, five days before the playoff game at Pittsburgh.",
		"Vincent Jackson, 25, was pulled over on Route 52 near Interstate 805 at 2:30 a.m. and booked on a DUI charge, Officer Brad Baehr said.",
		"The Chargers said Jackson will play against the Steelers in Pittsburgh on Sunday despite the DUI arrest.",
		"Jackson had his best season with 1,098 yards receiving and was released after posting bail of 2,500 dollars.",
		"Coach Norv Turner said Vincent Jackson apologised to his teammates before practice at Chargers Park.",
		"Baehr said Jackson failed a field sobriety test on Route 52 and was taken to the county jail in San Diego.",
	}
	arrestB = []string{
		"Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving after he was stopped speeding on state Route 94 early Sunday, the California Highway Patrol said.",
		"Jamal Williams, 32, was driving west in his Bentley at about 1:30 a.m. when Officer Brian Pennings saw him weaving near Lemon Grove.",
		"Williams gave a blood sample at the Lemon Grove station and the results of the test will not be known for weeks, Pennings said.",
		"The five-time Pro Bowl nose tackle Jamal Williams is the second Chargers player arrested on a DUI charge this winter.",
		"General manager A.J. Smith said the Chargers were disappointed in Williams and would wait for the blood test from Lemon Grove.",
		"Pennings said Williams was polite, was booked at the Las Colinas jail and was released on bail of 5,000 dollars in February.",
	}
)

// arrestContext is what articles about either arrest say of the team.
var arrestContext = []string{
	"The Chargers have had more players arrested than any other NFL team since 2000, and the league said it would review the case under its personal conduct policy.",
	"The team runs a program with a private number players can call for a free ride home after drinking, started with the San Diego police.",
	"NFL commissioner Roger Goodell has suspended players for repeated DUI arrests, and the Chargers said they would discipline him after the legal process.",
	"The California Highway Patrol said drunk driving arrests in San Diego County rose during the holidays.",
}

// arrestArticle builds article i of an event from two of its sentences
// and two about the team.
func arrestArticle(prefix string, sents []string, i int) Article {
	n, m := len(sents), len(arrestContext)
	text := sents[i%n] + " " + arrestContext[i%m] + " " + sents[(i+1)%n] + " " + arrestContext[(i+2)%m]
	return Article{ID: fmt.Sprintf("%s%d", prefix, i), Title: sents[(i+2)%n][:60], Text: text}
}

// TestSplitStories checks splitting end to end: articles about a second
// event that joined the first event's story move to a story of their
// own, in the same topic, and stay apart; one event's articles stay
// together; with splitting off, the two events share one story.
func TestSplitStories(t *testing.T) {
	var two, one []Article
	for i := range 5 {
		two = append(two, arrestArticle("a", arrestA, i))
		one = append(one, arrestArticle("a", arrestA, i))
	}
	for i := range 5 {
		two = append(two, arrestArticle("b", arrestB, i))
		one = append(one, arrestArticle("c", arrestA, i+5))
	}
	tests := []struct {
		name    string
		cfg     Config
		in      []Article
		stories int
	}{
		{"second event splits off", Config{}, two, 2},
		{"one event stays whole", Config{}, one, 1},
		{"splitting off", Config{SplitRatio: -1}, two, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.cfg)
			for _, a := range tc.in {
				c.Add(a)
			}
			if got := len(c.Stories()); got != tc.stories {
				t.Fatalf("%d stories, want %d: %+v", got, tc.stories, c.Stories())
			}
			if tc.stories != 2 {
				return
			}
			for _, pair := range [][2]string{{"a0", "a4"}, {"b0", "b4"}} {
				x, _ := c.StoryOf(pair[0])
				y, _ := c.StoryOf(pair[1])
				if x != y {
					t.Errorf("%s in %s, %s in %s", pair[0], x, pair[1], y)
				}
			}
			sa, _ := c.StoryOf("a0")
			sb, _ := c.StoryOf("b0")
			ta, _ := c.TopicOf("a0")
			tb, _ := c.TopicOf("b0")
			if sa == sb || ta != tb {
				t.Errorf("stories %s and %s, topics %s and %s: want two stories of one topic", sa, sb, ta, tb)
			}
			// A snapshot keeps what splitting needs: restored, the
			// clusterer goes on as the uninterrupted one does.
			r := roundTrip(t, c)
			more := arrestArticle("b", arrestB, 7)
			if x, y := c.Add(more), r.Add(more); x.StoryID != y.StoryID || x.StoryID != sb {
				t.Errorf("after restore %s went to %s, uninterrupted to %s, want %s", more.ID, y.StoryID, x.StoryID, sb)
			}
		})
	}
}

// TestIdleStoryStopsKeeping checks the bound on splitting's memory: a
// dated story idle for splitIdle spreads no longer keeps its members'
// vectors, while a story with recent members does.
func TestIdleStoryStopsKeeping(t *testing.T) {
	c := New(Config{})
	c.Add(Article{ID: "s1", Title: "Summit in Singapore", Text: summit, Published: day("2018-06-12")})
	c.Add(Article{ID: "q1", Title: "Quake on Lombok", Text: quake, Published: day("2018-06-13")})
	if k := c.storyOf["s1"]; len(c.clusters[k].kept) == 0 {
		t.Fatal("a new story keeps no member vectors")
	}
	later := day("2018-06-13").AddDate(0, 0, int(splitIdle*c.cfg.SigmaDays)+2)
	c.Add(Article{ID: "q2", Title: "Aid reaches Lombok", Text: "Aid convoys reached the island of Lombok after the earthquake, and the Indonesian government pledged to rebuild the damaged homes and schools within a year.", Published: later})
	c.sweep()
	if k := c.storyOf["s1"]; c.clusters[k].kept != nil || !c.clusters[k].noSplit {
		t.Errorf("the summit story, idle for %v days, still keeps %d members", splitIdle*c.cfg.SigmaDays, len(c.clusters[k].kept))
	}
	if k := c.storyOf["q2"]; c.clusters[k].kept == nil {
		t.Errorf("the story that just took an article keeps no members")
	}
}
