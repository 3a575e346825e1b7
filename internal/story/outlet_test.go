package story

import (
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"
)

func TestOutletFactor(t *testing.T) {
	c := New(Config{})
	tr, top := c.cfg.Threshold, c.cfg.OutletThreshold
	tests := []struct {
		name        string
		share, busy float64
		want        float64 // the threshold the article must reach
	}{
		{"another outlet's story", 0, 1, tr},
		{"a quiet outlet's own story", 1, 0, tr},
		{"a busy outlet's own story", 1, 1, top},
		{"half the story, half as busy", 0.5, 0.5, tr + 0.25*(top-tr)},
	}
	for _, tc := range tests {
		// An article scoring s joins when s·factor ≥ Threshold, that is
		// when s ≥ Threshold / factor.
		if got := tr / c.outletFactor(tc.share, tc.busy); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: threshold %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
	off := New(Config{OutletThreshold: -1})
	if f := off.outletFactor(1, 1); f != 1 {
		t.Errorf("OutletThreshold -1: factor %v, want 1", f)
	}
}

func TestBusyPace(t *testing.T) {
	c := New(Config{})
	if b := c.busy("", 100, true); b != 0 {
		t.Errorf("no outlet: busy %v", b)
	}
	if b := c.busy("KCNA", 0, false); b != 0 {
		t.Errorf("undated: busy %v", b)
	}
	if b := c.busy("Quiet Times", 100, true); b <= 0 || b > 0.05 {
		t.Errorf("one article: busy %v, want a little above 0", b)
	}
	var b float64
	for d := range 14 {
		for range 20 {
			b = c.busy("KCNA", 100+float64(d), true)
		}
	}
	if b != 1 {
		t.Errorf("twenty articles a day for two weeks: busy %v, want 1", b)
	}
	// Sixty idle days later the pace has decayed: one more article is
	// nearly as quiet as the first.
	if b := c.busy("KCNA", 174, true); b > 0.05 {
		t.Errorf("after sixty idle days: busy %v", b)
	}
	c.now = 400
	c.forgetPaces()
	if len(c.paces) != 0 {
		t.Errorf("paces idle for most of a year kept: %v", c.paces)
	}
}

func TestAddOutletBounded(t *testing.T) {
	var have []outletCount
	for i := range maxOutlets + 3 {
		have = addOutlet(have, "o"+strconv.Itoa(i), 1)
	}
	have = addOutlet(have, "o0", 2)
	have = addOutlet(have, "", 5)
	if len(have) != maxOutlets || have[0] != (outletCount{"o0", 3}) {
		t.Errorf("outlets %v", have)
	}
	cl := &cluster{n: 6, outlets: have}
	if s := cl.outletShare("o0"); s != 0.5 {
		t.Errorf("share %v, want 0.5", s)
	}
	if s := cl.outletShare("o10"); s != 0 {
		t.Errorf("untracked outlet's share %v, want 0", s)
	}
}

// TestBusyOutletStream runs real articles as one busy outlet's stream,
// twenty a day: its stories stay apart where a quiet stream's would
// merge, and a snapshot taken halfway resumes to the same stories (the
// outlets' paces and the stories' outlets survive it).
func TestBusyOutletStream(t *testing.T) {
	arts := giveme(t)
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range arts {
		arts[i].Outlet = "Wire"
		arts[i].Published = start.Add(time.Duration(i) * 24 * time.Hour / 20)
	}
	stories := func(cfg Config) int {
		c := New(cfg)
		for _, a := range arts {
			c.Add(a)
		}
		return len(c.Stories())
	}
	busy, plain := stories(Config{}), stories(Config{OutletThreshold: -1})
	if busy <= plain {
		t.Errorf("one busy outlet: %d stories, no more than the %d without outlets", busy, plain)
	}
	whole, resumed := resumeHalfway(t, arts)
	if !reflect.DeepEqual(whole.paces, resumed.paces) {
		t.Errorf("paces %v after a snapshot halfway, %v in one run", resumed.paces, whole.paces)
	}
	if !reflect.DeepEqual(whole.Stories(), resumed.Stories()) {
		t.Errorf("resumed run differs from the uninterrupted one")
	}
}
