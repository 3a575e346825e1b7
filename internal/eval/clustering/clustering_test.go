package clustering

import (
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/sharedtest"
	"github.com/storyline/storyline/internal/story"
)

func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	return sharedtest.Path(t, append([]string{"data", "clustering"}, parts...)...)
}

func TestScoreHandCases(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		bp, br     float64
		pp, pr     float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1, 1, 1},
		{"one cluster", []string{"a", "a", "b"}, []string{"x", "x", "x"}, (2.0*2/3 + 1.0/3) / 3, 1, 1.0 / 3, 1},
		{"singletons", []string{"a", "a", "b"}, []string{"x", "y", "z"}, 1, (0.5 + 0.5 + 1) / 3, 1, 0},
	}
	for _, tc := range tests {
		s := Score(tc.gold, tc.pred)
		if math.Abs(s.BCubedP-tc.bp) > 1e-9 || math.Abs(s.BCubedR-tc.br) > 1e-9 ||
			math.Abs(s.PairP-tc.pp) > 1e-9 || math.Abs(s.PairR-tc.pr) > 1e-9 {
			t.Errorf("%s: B³ %.3f/%.3f pair %.3f/%.3f, want %.3f/%.3f %.3f/%.3f", tc.name,
				s.BCubedP, s.BCubedR, s.PairP, s.PairR, tc.bp, tc.br, tc.pp, tc.pr)
		}
	}
}

func TestCrossLanguage(t *testing.T) {
	items := []Item{
		{Gold: "egypt", Coarse: "es"}, {Gold: "egypt", Coarse: "fr"},
		{Gold: "syria", Coarse: "es"}, {Gold: "syria", Coarse: "it"},
	}
	// One egypt cross pair joined; syria split; one wrong join es-egypt/it-syria.
	s := CrossLanguage(items, []string{"p", "p", "q", "p"})
	// predicted cross pairs: (0,1) (0,3) (1,3) → 3, of which true: (0,1) → P 1/3; gold cross pairs 2 → R 1/2.
	if math.Abs(s.PairP-1.0/3) > 1e-9 || math.Abs(s.PairR-0.5) > 1e-9 {
		t.Errorf("cross-language P %.3f R %.3f, want 0.333 0.5", s.PairP, s.PairR)
	}
}

// TestTranslationPairs checks which Global Voices pairs count as
// translations: another language, ten days at most, eight shared names
// or numbers and a Jaccard of 0.35; then Together counts those put in
// one story.
func TestTranslationPairs(t *testing.T) {
	names := "Razan Ghazzawi Damascus Beirut Assad Daraa Homs Aleppo 2011 15 22"
	at := func(id, lang, date, text string) Item {
		return Item{Article: story.Article{ID: id, Title: "x", Text: text, Published: day(t, date)}, Coarse: lang}
	}
	items := []Item{
		at("ml/es/gv_1.txt", "es", "2011-12-13", "según "+names+" dijo"),
		at("ml/fr/gv_2.txt", "fr", "2011-12-15", "selon "+names+" a dit"),      // translation of 0
		at("ml/it/gv_3.txt", "it", "2012-02-15", "secondo "+names+" ha detto"), // too late
		at("ml/fr/ext_4.txt", "fr", "2011-12-13", names),                       // not Global Voices
		at("ml/es/gv_5.txt", "es", "2011-12-14", "según "+names),               // same language as 0
		at("ml/it/gv_6.txt", "it", "2011-12-14", "Assad Damascus Beirut 2011"), // too few shared
	}
	pairs := TranslationPairs(items)
	want := [][2]int{{0, 1}, {1, 4}}
	if len(pairs) != len(want) || pairs[0] != want[0] || pairs[1] != want[1] {
		t.Fatalf("pairs %v, want %v", pairs, want)
	}
	s := Together(items, pairs, []string{"a", "a", "b", "c", "d", "e"})
	if s.Gold != 2 || s.Pred != 1 || s.PairR != 0.5 {
		t.Errorf("Together: %d of %d, R %.2f; want 1 of 2, 0.50", s.Pred, s.Gold, s.PairR)
	}
}

func day(t *testing.T, s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFloors guards the measured figures on the shared sets (all
// articles, BCubed F1) against regressions: the clusterer beats the
// plain TF-IDF baseline and stays near what `storyline eval clustering`
// reported when the floors were set.
func TestFloors(t *testing.T) {
	tests := []struct {
		name   string
		load   func(string) (*Set, error)
		coarse bool
		floor  float64
	}{
		{"giveme5w1h", LoadGiveme5W1H, false, 0.92},
		{"ecbplus", LoadECBPlus, false, 0.94},
		{"ecbplus", LoadECBPlus, true, 0.89},
		{"kcna", func(dir string) (*Set, error) { return Load(dir, "kcna") }, false, 0.88},
	}
	for _, tt := range tests {
		var dir string
		if tt.name == "kcna" {
			// Load finds the KCNA texts beside the clustering sets.
			dir = filepath.Join(sharedtest.Path(t, "data", "corpus", "kcna"), "..", "..", "clustering")
		} else {
			dir = sharedDir(t, tt.name)
		}
		set, err := tt.load(dir)
		if err != nil {
			t.Fatal(err)
		}
		stories, topics := RunStorylineTopics(set.Items, story.DefaultConfig)
		pred := stories
		if tt.coarse {
			pred = topics
		}
		got := Evaluate(set.Items, pred, tt.coarse)
		base := Evaluate(set.Items, RunBaseline(set.Items, baselineThreshold), tt.coarse)
		t.Logf("%s coarse=%v: B³ F1 %.3f (baseline %.3f)", tt.name, tt.coarse, got.BCubedF1, base.BCubedF1)
		if got.BCubedF1 < tt.floor || got.BCubedF1 <= base.BCubedF1 {
			t.Errorf("%s coarse=%v: B³ F1 %.3f, want ≥ %.2f and above the baseline's %.3f",
				tt.name, tt.coarse, got.BCubedF1, tt.floor, base.BCubedF1)
		}
	}
}

// TestTopicOfAKind checks on ECB+ that two events of one kind with no
// name in common, Tara Reid's and Lindsay Lohan's stays in rehab (topic
// 1), are two stories of one topic, and that a fire (topic 14) is not in
// it. The sub-topics' mean word similarity places them; the score an
// article's first story had against the other, entities and all, did
// not.
func TestTopicOfAKind(t *testing.T) {
	set, err := LoadECBPlus(sharedDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	for _, it := range set.Items {
		if it.Coarse == "1" || it.Coarse == "14" {
			items = append(items, it)
		}
	}
	stories, topics := RunStorylineTopics(items, story.DefaultConfig)
	// The story and topic most of each gold group's articles are in.
	most := func(pred []string, keep func(Item) bool) string {
		n := map[string]int{}
		best := ""
		for i, it := range items {
			if keep(it) {
				n[pred[i]]++
				if n[pred[i]] > n[best] {
					best = pred[i]
				}
			}
		}
		return best
	}
	sub := func(g string) func(Item) bool { return func(it Item) bool { return it.Gold == g } }
	reid, lohan, fire := sub("1_ecb"), sub("1_ecbplus"), func(it Item) bool { return it.Coarse == "14" }
	if most(stories, reid) == most(stories, lohan) {
		t.Errorf("Reid's and Lohan's rehab in one story %s", most(stories, reid))
	}
	if a, b := most(topics, reid), most(topics, lohan); a != b {
		t.Errorf("Reid's rehab in topic %s, Lohan's in %s: want one", a, b)
	}
	if most(topics, fire) == most(topics, reid) {
		t.Errorf("the fire in the rehab topic %s", most(topics, fire))
	}
}

// TestTranslationsFloor guards the cross-language figure: the Global
// Voices posts that are translations of one another (TranslationPairs)
// mostly land in one story, and stories that cross languages rarely
// mix the two crises.
func TestTranslationsFloor(t *testing.T) {
	set, err := LoadMultilingual(sharedDir(t, "multilingual"))
	if err != nil {
		t.Fatal(err)
	}
	pairs := TranslationPairs(set.Items)
	got := Together(set.Items, pairs, RunStoryline(set.Items, story.DefaultConfig))
	cross := CrossLanguage(set.Items, RunStoryline(set.Items, story.DefaultConfig))
	t.Logf("translations %d of %d; cross-language pairs P %.3f R %.3f", got.Pred, got.Gold, cross.PairP, cross.PairR)
	if got.Gold < 10 || got.PairR < 0.85 {
		t.Errorf("translations in one story: %d of %d, want ≥ 85%% of at least 10", got.Pred, got.Gold)
	}
	if cross.PairP < 0.9 {
		t.Errorf("cross-language pair precision %.3f, want ≥ 0.9", cross.PairP)
	}
}
