package clustering

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/story"
)

// baselineThreshold is the baseline's single threshold, fitted on the
// development splits like storyline's (see TestSweep).
const baselineThreshold = 0.3

// Sets lists the evaluation sets Run knows, in the order it runs them.
var Sets = []string{"giveme5w1h", "ecbplus", "mstream", "multilingual", "kcna"}

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
	case "kcna":
		// The texts are the shared KCNA dump; the labels are ours.
		return LoadKCNA(filepath.Join(dataDir, "..", "corpus", "kcna"))
	}
	return nil, fmt.Errorf("unknown set %q (want giveme5w1h, ecbplus, mstream, multilingual or kcna)", name)
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
// gazetteer, the cross-language links, and the translations of one post
// (see TranslationPairs).
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
			pairs := TranslationPairs(items)
			for _, m := range []struct {
				name string
				pred []string
			}{{"storyline", ours}, {"no-gazetteer", plain}, {"baseline", base}} {
				out = append(out, Result{Set: set.Name, Method: m.name, Split: split, Level: "translations", Scores: Together(items, pairs, m.pred)})
			}
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
	case "giveme5w1h", "kcna":
		return "event"
	case "ecbplus":
		return "subtopic"
	case "multilingual":
		return "story"
	}
	return "cluster"
}

// nameOrNumber matches the words TranslationPairs compares: numbers and
// capitalised words.
var nameOrNumber = regexp.MustCompile(`\d+|\p{Lu}\p{L}+`)

// TranslationPairs finds, among the set's Global Voices posts (files
// named gv_N, which the site publishes translated into many languages),
// the pairs in two languages that are most likely translations of one
// post: published at most ten days apart, sharing at least eight
// distinct numbers and capitalised words, and at least 35% of them
// (Jaccard). Those are the articles any clusterer should put in one
// story. The pairs are found by the evidence storyline's entity terms
// also use, so they are an easy sample: the measure checks that what
// should obviously go together across languages does, not how far
// storyline reaches.
func TranslationPairs(items []Item) [][2]int {
	words := make([]map[string]bool, len(items))
	for i, it := range items {
		if !strings.Contains(it.Article.ID, "/gv_") {
			continue
		}
		words[i] = map[string]bool{}
		for _, w := range nameOrNumber.FindAllString(it.Article.Title+"\n"+it.Article.Text, -1) {
			words[i][w] = true
		}
	}
	var out [][2]int
	for i := range items {
		for j := i + 1; j < len(items) && words[i] != nil; j++ {
			if words[j] == nil || items[i].Coarse == items[j].Coarse {
				continue
			}
			if d := items[j].Article.Published.Sub(items[i].Article.Published).Hours() / 24; d < -10 || d > 10 {
				continue
			}
			shared := 0
			for w := range words[i] {
				if words[j][w] {
					shared++
				}
			}
			if shared >= 8 && float64(shared) >= 0.35*float64(len(words[i])+len(words[j])-shared) {
				out = append(out, [2]int{i, j})
			}
		}
	}
	return out
}

// Together scores how many of pairs pred puts in one story: pairwise
// recall over those pairs, with Gold holding their number. The other
// fields are left zero.
func Together(items []Item, pairs [][2]int, pred []string) Scores {
	n := 0
	for _, p := range pairs {
		if pred[p[0]] == pred[p[1]] {
			n++
		}
	}
	return Scores{Docs: len(items), Gold: len(pairs), Pred: n, PairR: ratio(float64(n), float64(len(pairs)))}
}
