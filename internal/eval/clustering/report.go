package clustering

import (
	"fmt"
	"path/filepath"

	"github.com/storyline/storyline/internal/story"
)

// baselineThreshold is the baseline's single threshold, fitted on the
// development splits like storyline's.
const baselineThreshold = 0.3

// Run evaluates the named sets ("giveme5w1h", "ecbplus", "mstream",
// "multilingual"; all when empty) under dataDir (../shared/data/clustering).
func Run(dataDir string, sets []string) ([]Result, error) {
	if len(sets) == 0 {
		sets = []string{"giveme5w1h", "ecbplus", "multilingual", "mstream"}
	}
	var out []Result
	for _, name := range sets {
		var (
			set *Set
			err error
		)
		dir := filepath.Join(dataDir, name)
		switch name {
		case "giveme5w1h":
			set, err = LoadGiveme5W1H(dir)
		case "ecbplus":
			set, err = LoadECBPlus(dir)
		case "mstream":
			set, err = LoadMStream(dir)
		case "multilingual":
			set, err = LoadMultilingual(dir)
		default:
			return nil, fmt.Errorf("unknown set %q (want giveme5w1h, ecbplus, mstream or multilingual)", name)
		}
		if err != nil {
			return nil, err
		}
		ours := RunStoryline(set, story.DefaultConfig)
		base := RunBaseline(set, baselineThreshold)
		levels := []struct {
			name   string
			coarse bool
		}{{fineLevel(name), false}}
		if name == "ecbplus" {
			levels = append(levels, struct {
				name   string
				coarse bool
			}{"topic", true})
		}
		for _, lv := range levels {
			for _, split := range []string{"dev", "test", "all"} {
				out = append(out,
					Result{Set: name, Method: "storyline", Split: split, Level: lv.name, Scores: Evaluate(set, ours, split, lv.coarse)},
					Result{Set: name, Method: "baseline", Split: split, Level: lv.name, Scores: Evaluate(set, base, split, lv.coarse)})
			}
		}
	}
	return out, nil
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
