package clustering

import (
	"os"
	"testing"

	"github.com/storyline/storyline/internal/story"
)

// TestSweep fits the join threshold and the cosine weights on the
// development splits (giveme5w1h events hashing even, ECB+ odd topics),
// maximising the mean of the two BCubed F1 figures. It is slow, so it
// runs only with STORYLINE_SWEEP=1; its log names the best
// configuration, which DefaultConfig then takes.
func TestSweep(t *testing.T) {
	if os.Getenv("STORYLINE_SWEEP") == "" {
		t.Skip("set STORYLINE_SWEEP=1 to sweep the configuration on the dev splits")
	}
	g, err := LoadGiveme5W1H(sharedDir(t, "giveme5w1h"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := LoadECBPlus(sharedDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	gd, ed := g.Split("dev"), e.Split("dev")
	best, bestF := story.DefaultConfig, 0.0
	for _, w := range [][3]float64{{0.45, 0.15, 0.4}, {0.3, 0.1, 0.6}, {0.4, 0.3, 0.3}} {
		for _, tm := range [][3]float64{{0.2, 14, 180}, {0.3, 30, 365}, {0.1, 7, 120}} {
			for _, th := range []float64{0.12, 0.15, 0.18, 0.21} {
				cfg := story.DefaultConfig
				cfg.BodyWeight, cfg.TitleWeight, cfg.EntityWeight = w[0], w[1], w[2]
				cfg.TimeShare, cfg.SigmaDays, cfg.WindowDays = tm[0], tm[1], tm[2]
				cfg.Threshold = th
				fg := Evaluate(gd, RunStoryline(gd, cfg), false).BCubedF1
				fe := Evaluate(ed, RunStoryline(ed, cfg), false).BCubedF1
				if (fg+fe)/2 > bestF {
					best, bestF = cfg, (fg+fe)/2
				}
				t.Logf("w %v time %v th %.2f: giveme dev %.3f, ecb+ sub dev %.3f, mean %.3f", w, tm, th, fg, fe, (fg+fe)/2)
			}
		}
	}
	t.Logf("best %+v: mean %.3f", best, bestF)
	for _, th := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
		t.Logf("baseline th %.2f: giveme dev %.3f, ecb+ sub dev %.3f", th,
			Evaluate(gd, RunBaseline(gd, th), false).BCubedF1, Evaluate(ed, RunBaseline(ed, th), false).BCubedF1)
	}
}
