package web

import (
	"fmt"
	"net/url"
	"time"

	"github.com/storyline/storyline/internal/export"
	"github.com/storyline/storyline/internal/timeline"
)

// chart is an SVG chart laid out on the server: a time axis with ticks
// and marks in horizontal lanes. All coordinates are in SVG user units.
type chart struct {
	Width, Height int
	// Left is where the time axis starts (after lane labels).
	Left, Right int
	AxisY       int
	Ticks       []tick
	Lanes       []lane
	Marks       []mark
	// Undated counts items that could not be placed on the axis.
	Undated int
}

type tick struct {
	X     float64
	Label string
}

type lane struct {
	Y     int
	Label string
	Note  string
}

// mark is one event or article on a chart: a dot, or a bar when it
// spans a month or more.
type mark struct {
	X, W, Y  float64
	Bar      bool
	Class    string
	Href     string
	Title    string
	Estimate bool
	New      bool
	Conflict bool
}

const (
	chartWidth = 960
	laneHeight = 22
	dotRadius  = 6
	maxLanes   = 10
)

// span is a placed interval.
type span struct {
	start, end time.Time
}

// axis maps times onto [left, right].
type axis struct {
	from, to    time.Time
	left, right float64
}

func newAxis(spans []span, left, right float64) axis {
	a := axis{from: spans[0].start, to: spans[0].end, left: left, right: right}
	for _, s := range spans {
		if s.start.Before(a.from) {
			a.from = s.start
		}
		if s.end.After(a.to) {
			a.to = s.end
		}
	}
	pad := max(a.to.Sub(a.from)/40, 24*time.Hour)
	a.from, a.to = a.from.Add(-pad), a.to.Add(pad)
	return a
}

func (a axis) x(t time.Time) float64 {
	return a.left + (a.right-a.left)*float64(t.Sub(a.from))/float64(a.to.Sub(a.from))
}

// ticks chooses calendar ticks: years, months or days, at most about a
// dozen.
func (a axis) ticks() []tick {
	d := a.to.Sub(a.from)
	var out []tick
	switch {
	case d > 3*365*24*time.Hour:
		step := max(1, int(d.Hours()/24/365/12)+1)
		for y := a.from.Year() + 1; y <= a.to.Year(); y += step {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			out = append(out, tick{a.x(t), fmt.Sprint(y)})
		}
	case d > 75*24*time.Hour:
		step := max(1, int(d.Hours()/24/30/12)+1)
		t := time.Date(a.from.Year(), a.from.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		for ; t.Before(a.to); t = t.AddDate(0, step, 0) {
			out = append(out, tick{a.x(t), t.Format("Jan 2006")})
		}
	default:
		step := max(1, int(d.Hours()/24/12)+1)
		t := time.Date(a.from.Year(), a.from.Month(), a.from.Day()+1, 0, 0, 0, 0, time.UTC)
		for ; t.Before(a.to); t = t.AddDate(0, 0, step) {
			out = append(out, tick{a.x(t), t.Format("2 Jan")})
		}
	}
	return out
}

// timelineChart lays out the story's events: one mark per event at its
// date (a bar for a month, a year or a range), stacked in lanes so that
// marks do not overlap.
func timelineChart(v *timeline.View) *chart {
	c := &chart{Width: chartWidth, Left: 20, Right: chartWidth - 20, AxisY: 24}
	type placed struct {
		e timeline.Event
		s span
	}
	var ps []placed
	var spans []span
	for _, e := range v.Events {
		start, end, ok := export.Bounds(e.Date)
		if !ok {
			c.Undated++
			continue
		}
		ps = append(ps, placed{e, span{start, end}})
		spans = append(spans, span{start, end})
	}
	if len(ps) == 0 {
		return nil
	}
	ax := newAxis(spans, float64(c.Left), float64(c.Right))
	c.Ticks = ax.ticks()
	var laneEnd []float64 // rightmost x used in each lane
	for _, p := range ps {
		x0, x1 := ax.x(p.s.start), ax.x(p.s.end)
		m := mark{Class: typeClass(p.e.Type), Href: "#ev-" + p.e.ID, Estimate: p.e.Estimated, New: p.e.New,
			Conflict: len(p.e.Conflicts) > 0,
			Title:    export.HumanDate(p.e.Date, p.e.Estimated) + " · " + p.e.Type + " · " + p.e.Summary}
		if p.e.Precision == "day" || x1-x0 < 2*dotRadius {
			m.X, m.W = (x0+x1)/2, 0
			x0, x1 = m.X-dotRadius, m.X+dotRadius
		} else {
			m.Bar, m.X, m.W = true, x0, x1-x0
		}
		laneIdx := -1
		for i, end := range laneEnd {
			if end+3 <= x0 {
				laneIdx = i
				break
			}
		}
		if laneIdx < 0 {
			if len(laneEnd) < maxLanes {
				laneEnd = append(laneEnd, 0)
				laneIdx = len(laneEnd) - 1
			} else { // full: the lane that frees first
				laneIdx = 0
				for i, end := range laneEnd {
					if end < laneEnd[laneIdx] {
						laneIdx = i
					}
				}
			}
		}
		laneEnd[laneIdx] = max(laneEnd[laneIdx], x1)
		m.Y = float64(c.AxisY + 18 + laneIdx*laneHeight)
		c.Marks = append(c.Marks, m)
	}
	c.Height = c.AxisY + 18 + len(laneEnd)*laneHeight
	return c
}

// coverageChart draws one lane per outlet with a dot for each of its
// articles at its publication date.
func coverageChart(v *timeline.View) *chart {
	c := &chart{Width: chartWidth, Left: 190, Right: chartWidth - 20, AxisY: 20}
	var spans []span
	for _, a := range v.Articles {
		if s, e, ok := export.Bounds(a.Published); ok {
			spans = append(spans, span{s, e})
		}
	}
	if len(spans) == 0 || len(v.Coverage) == 0 {
		return nil
	}
	ax := newAxis(spans, float64(c.Left), float64(c.Right))
	c.Ticks = ax.ticks()
	lanes := map[string]int{}
	for i, row := range v.Coverage {
		y := c.AxisY + 20 + i*laneHeight
		label := row.Outlet
		if r := []rune(label); len(r) > 26 {
			label = string(r[:25]) + "…"
		}
		note := plural(row.Articles, "article")
		if row.FirstToReport {
			note += " · first"
		}
		c.Lanes = append(c.Lanes, lane{Y: y, Label: label, Note: note})
		lanes[row.Outlet] = y
	}
	for _, a := range v.Articles {
		y, ok := lanes[a.Outlet]
		s, e, dated := export.Bounds(a.Published)
		if !ok || !dated {
			c.Undated++
			continue
		}
		title := a.Outlet + " · " + export.HumanDate(a.Published, false) + " · " + a.Title
		c.Marks = append(c.Marks, mark{X: ax.x(s.Add(e.Sub(s) / 2)), Y: float64(y), Class: "article",
			Href: "/articles/" + url.PathEscape(a.ID) + "?story=" + url.QueryEscape(v.ID), Title: title, New: a.New})
	}
	c.Height = c.AxisY + 20 + len(v.Coverage)*laneHeight
	return c
}
