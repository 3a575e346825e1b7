package clustering

import (
	"fmt"
	"path/filepath"

	"github.com/storyline/storyline/internal/story"
)

// baselineThreshold is the baseline's single threshold, fitted on the
// development splits like storyline's (see TestSweep).
const baselineThreshold = 0.3

// Sets lists the evaluation sets Run knows, in the order it runs them.
var Sets = []string{"giveme5w1h", "ecbplus", "mstream", "multilingual"}

// Load reads the named set from dataDir (../shared/data/clustering).
func Load(dataDir, name string) (*Set, error) {
	dir := filepath.Join(dataDir, name)
	switch name {
	case "giveme5w1h":
		return LoadGiveme5W1H(dir)
	case "ecbplus":
		return LoadECBPlus(dir)
	case "mstream":
		return LoadMStream(dir)
	case "multilingual":
		return LoadMultilingual(dir)
	}
	return nil, fmt.Errorf("unknown set %q (want giveme5w1h, ecbplus, mstream or multilingual)", name)
}

// Run evaluates the named sets (all when empty) under dataDir. Each split
// is clustered on its own: the development split (used for tuning), the
// test split (the rest) and all items together.
func Run(dataDir string, sets []string) ([]Result, error) {
	if len(sets) == 0 {
		sets = Sets
	}
	var out []Result
	for _, name := range sets {
		set, err := Load(dataDir, name)
		if err != nil {
			return nil, err
		}
		out = append(out, Evaluate3(set, story.DefaultConfig)...)
	}
	return out, nil
}

// Evaluate3 scores storyline and the baseline on a set's dev, test and
// all splits, at the set's fine level and, for ECB+, the topic level
// (storyline's stories grouped by their topics there).
// On the multilingual set it also scores storyline without its
// gazetteer, and the cross-language links.
func Evaluate3(set *Set, cfg story.Config) []Result {
	type level struct {
		name   string
		coarse bool
	}
	levels := []level{{fineLevel(set.Name), false}}
	if set.Name == "ecbplus" {
		levels = append(levels, level{"topic", true})
	}
	var out []Result
	for _, split := range []string{"dev", "test", "all"} {
		items := set.Split(split)
		ours, topics := RunStorylineTopics(items, cfg)
		base := RunBaseline(items, baselineThreshold)
		for _, lv := range levels {
			// At the coarse level storyline answers with its topics.
			pred := ours
			if lv.coarse {
				pred = topics
			}
			out = append(out,
				Result{Set: set.Name, Method: "storyline", Split: split, Level: lv.name, Scores: Evaluate(items, pred, lv.coarse)},
				Result{Set: set.Name, Method: "baseline", Split: split, Level: lv.name, Scores: Evaluate(items, base, lv.coarse)})
		}
		if set.Name == "multilingual" {
			nog := cfg
			nog.NoGazetteer = true
			plain := RunStoryline(items, nog)
			out = append(out,
				Result{Set: set.Name, Method: "no-gazetteer", Split: split, Level: "story", Scores: Evaluate(items, plain, false)},
				Result{Set: set.Name, Method: "storyline", Split: split, Level: "cross-lang", Scores: CrossLanguage(items, ours)},
				Result{Set: set.Name, Method: "no-gazetteer", Split: split, Level: "cross-lang", Scores: CrossLanguage(items, plain)},
				Result{Set: set.Name, Method: "baseline", Split: split, Level: "cross-lang", Scores: CrossLanguage(items, base)})
		}
	}
	return out
}

// CrossLanguage scores only the pairs of items in different languages
// (Coarse holds the language): pairwise precision is the share of
// cross-language pairs put together that share a gold story; recall the
// share of same-story cross-language pairs put together. BCubed fields
// are left zero.
func CrossLanguage(items []Item, pred []string) Scores {
	type key struct{ story, lang string }
	type pkey struct{ pred, lang string }
	var tp, predPairs, goldPairs float64
	gold := map[key]int{}
	byPred := map[pkey]int{}
	joint := map[[3]string]int{}
	for i, it := range items {
		gold[key{it.Gold, it.Coarse}]++
		byPred[pkey{pred[i], it.Coarse}]++
		joint[[3]string{pred[i], it.Gold, it.Coarse}]++
	}
	// Pairs in different languages = all pairs − same-language pairs.
	sumPairs := func(groups map[string][]int) float64 {
		var s float64
		for _, g := range groups {
			total := 0
			for _, n := range g {
				total += n
			}
			s += choose2(total)
			for _, n := range g {
				s -= choose2(n)
			}
		}
		return s
	}
	gg := map[string][]int{}
	for k, n := range gold {
		gg[k.story] = append(gg[k.story], n)
	}
	pg := map[string][]int{}
	for k, n := range byPred {
		pg[k.pred] = append(pg[k.pred], n)
	}
	jg := map[string][]int{}
	for k, n := range joint {
		jg[k[0]+"\x00"+k[1]] = append(jg[k[0]+"\x00"+k[1]], n)
	}
	goldPairs, predPairs, tp = sumPairs(gg), sumPairs(pg), sumPairs(jg)
	s := Scores{Docs: len(items), Gold: len(gg), Pred: len(pg)}
	s.PairP, s.PairR = ratio(tp, predPairs), ratio(tp, goldPairs)
	s.PairF1 = f1(s.PairP, s.PairR)
	return s
}

func fineLevel(set string) string {
	switch set {
	case "giveme5w1h":
		return "event"
	case "ecbplus":
		return "subtopic"
	case "multilingual":
		return "story"
	}
	return "cluster"
}
