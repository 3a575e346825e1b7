package clustering

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story"
)

func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "..", "..", "shared", "data", "clustering"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available (%s): %v", p, err)
	}
	return p
}

func TestScoreHandCases(t *testing.T) {
	tests := []struct {
		gold, pred []string
		bp, br     float64
	}{
		{[]string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{[]string{"a", "a", "b"}, []string{"x", "x", "x"}, (2.0*2/3 + 1.0/3) / 3, 1},
		{[]string{"a", "a", "b"}, []string{"x", "y", "z"}, 1, (0.5 + 0.5 + 1) / 3},
	}
	for _, tc := range tests {
		s := Score(tc.gold, tc.pred)
		if abs(s.BCubedP-tc.bp) > 1e-9 || abs(s.BCubedR-tc.br) > 1e-9 {
			t.Errorf("Score(%v, %v) = P %.3f R %.3f, want %.3f %.3f", tc.gold, tc.pred, s.BCubedP, s.BCubedR, tc.bp, tc.br)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestSweep(t *testing.T) {
	if os.Getenv("STORYLINE_SWEEP") == "" {
		t.Skip("set STORYLINE_SWEEP=1 to sweep thresholds")
	}
	g, err := LoadGiveme5W1H(sharedDir(t, "giveme5w1h"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := LoadECBPlus(sharedDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []float64{0.15, 0.2, 0.25, 0.3, 0.35, 0.4} {
		cfg := story.DefaultConfig
		cfg.Threshold = th
		pg := RunStoryline(g, cfg)
		pe := RunStoryline(e, cfg)
		t.Logf("th %.2f  g5 dev %.3f all %.3f | ecb sub dev %.3f all %.3f topic all %.3f", th,
			Evaluate(g, pg, "dev", false).BCubedF1, Evaluate(g, pg, "all", false).BCubedF1,
			Evaluate(e, pe, "dev", false).BCubedF1, Evaluate(e, pe, "all", false).BCubedF1, Evaluate(e, pe, "all", true).BCubedF1)
		bg, be := RunBaseline(g, th), RunBaseline(e, th)
		t.Logf("   baseline g5 %.3f ecb sub %.3f", Evaluate(g, bg, "all", false).BCubedF1, Evaluate(e, be, "all", false).BCubedF1)
	}
}
