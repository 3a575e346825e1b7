package story

import "math"

// A busy outlet writes many stories a day in one house style: its
// formulas, its datelines, the names it always mentions. Two of its
// articles about different events share more words than two outlets'
// articles about one event do, so the join threshold fitted on
// multi-outlet streams lumps a busy outlet's own stories together. On
// the KCNA articles of August 2024 (about seventeen a day, labelled by
// event, see package eval/clustering) the default threshold put 518
// articles of 245 events into 48 stories (BCubed precision 0.20), below
// a plain TF-IDF clusterer's.
//
// So the threshold an article must reach rises with how much of the
// story its own outlet wrote and with how busy that outlet is: from
// Threshold for a story of other outlets to OutletThreshold for a story
// its outlet wrote alone while it publishes OutletPace articles a day or
// more. A follow-up by the same outlet on the same event still joins (it
// repeats the event's own words and names, and scores far above both
// thresholds), while the outlets that report an event once or twice
// (most outlets in a multi-outlet stream) meet the usual threshold.
//
// An outlet's pace is a count of its articles decayed with a time
// constant of outletTau days, so it follows the stream in constant
// memory per outlet; undated articles give no pace.

const (
	// outletTau is the time constant, in days, of an outlet's pace.
	outletTau = 7
	// maxOutlets bounds the outlets a story counts members of; past it,
	// an article from yet another outlet counts as from none of them.
	maxOutlets = 8
	// outletForget is the decayed count under which an outlet's pace is
	// forgotten at a sweep.
	outletForget = 0.05
)

// outletCount is how many of a story's members one outlet wrote.
type outletCount struct {
	name string
	n    int32
}

// pace is an outlet's decayed article count as of a day.
type pace struct {
	count, day float64
}

// addOutlet counts n more members of outlet name, tracking at most
// maxOutlets outlets.
func addOutlet(have []outletCount, name string, n int32) []outletCount {
	if name == "" || n <= 0 {
		return have
	}
	for i := range have {
		if have[i].name == name {
			have[i].n += n
			return have
		}
	}
	if len(have) >= maxOutlets {
		return have
	}
	return append(have, outletCount{name, n})
}

// outletShare is the share of the story's members that outlet wrote.
func (cl *cluster) outletShare(outlet string) float64 {
	if outlet == "" || cl.n == 0 {
		return 0
	}
	for _, o := range cl.outlets {
		if o.name == outlet {
			return min(1, float64(o.n)/float64(cl.n))
		}
	}
	return 0
}

// busy counts an article of outlet published on day and returns how
// busy the outlet now is, from 0 to 1 (OutletPace articles a day or
// more). An undated article, or one with no outlet, counts nothing.
func (c *Clusterer) busy(outlet string, day float64, dated bool) float64 {
	if outlet == "" || !dated || c.cfg.OutletPace <= 0 {
		return 0
	}
	if c.paces == nil {
		c.paces = map[string]pace{}
	}
	p := c.paces[outlet]
	if p.count > 0 && day > p.day {
		p.count *= math.Exp(-(day - p.day) / outletTau)
	}
	p.count++
	p.day = max(p.day, day)
	c.paces[outlet] = p
	return min(1, p.count/outletTau/c.cfg.OutletPace)
}

// outletFactor scales an article's score against a story so that the
// join threshold it must reach becomes Threshold raised towards
// OutletThreshold by the share of the story its busy outlet wrote.
func (c *Clusterer) outletFactor(share, busy float64) float64 {
	t, top := c.cfg.Threshold, c.cfg.OutletThreshold
	if share <= 0 || busy <= 0 || top <= t {
		return 1
	}
	return t / (t + share*busy*(top-t))
}

// forgetPaces drops the outlets whose pace has decayed to nothing.
func (c *Clusterer) forgetPaces() {
	for name, p := range c.paces {
		if p.count*math.Exp(-(c.now-p.day)/outletTau) < outletForget {
			delete(c.paces, name)
		}
	}
}
