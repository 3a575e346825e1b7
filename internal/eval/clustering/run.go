package clustering

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/story"
)

// Result holds a set's figures for one method.
type Result struct {
	Set    string `json:"set"`
	Method string `json:"method"`
	Split  string `json:"split"` // dev, test or all
	Level  string `json:"level"` // which gold labels: event, subtopic, topic, story
	Scores
}

// RunStoryline clusters the items online, in order, with storyline's
// clusterer and returns the predicted story of each item.
func RunStoryline(items []Item, cfg story.Config) []string {
	pred, _ := RunStorylineTopics(items, cfg)
	return pred
}

// RunStorylineTopics is RunStoryline that also returns the predicted
// topic of each item (see story.Story.Topic).
func RunStorylineTopics(items []Item, cfg story.Config) (stories, topics []string) {
	c := story.New(cfg)
	for _, it := range items {
		c.Add(it.Article)
	}
	stories, topics = make([]string, len(items)), make([]string, len(items))
	for i, it := range items {
		stories[i], _ = c.StoryOf(it.Article.ID)
		topics[i], _ = c.TopicOf(it.Article.ID)
	}
	return stories, topics
}

// RunBaseline is the floor the issue names: a single-pass clusterer over
// one TF-IDF vector of title and body, cosine to each story's centroid,
// joining the best story at or above threshold. It compares with every
// story (no index, no time, no entities).
func RunBaseline(items []Item, threshold float64) []string {
	df := map[string]int{}
	type centroid struct {
		v    map[string]float64
		norm float64
	}
	var cents []*centroid
	pred := make([]string, len(items))
	for i, it := range items {
		counts := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(it.Article.Title+" "+it.Article.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			counts[w]++
		}
		for w := range counts {
			df[w]++
		}
		v := map[string]float64{}
		var n float64
		for w, c := range counts {
			x := (1 + math.Log(float64(c))) * (math.Log(float64(i+2)/float64(df[w]+1)) + 1)
			v[w] = x
			n += x * x
		}
		n = math.Sqrt(n)
		best, bestS := -1, 0.0
		for k, c := range cents {
			var dot float64
			for w, x := range v {
				dot += x * c.v[w]
			}
			if c.norm > 0 && n > 0 {
				if s := dot / (c.norm * n); s > bestS {
					best, bestS = k, s
				}
			}
		}
		if best < 0 || bestS < threshold {
			cents = append(cents, &centroid{v: map[string]float64{}})
			best = len(cents) - 1
		}
		c := cents[best]
		for w, x := range v {
			if n > 0 {
				c.v[w] += x / n
			}
		}
		var cn float64
		for _, x := range c.v {
			cn += x * x
		}
		c.norm = math.Sqrt(cn)
		pred[i] = strconv.Itoa(best)
	}
	return pred
}

// Split returns the items of a split: "dev" (used for tuning), "test"
// (the rest) or "all".
func (s *Set) Split(split string) []Item {
	if split == "all" {
		return s.Items
	}
	var out []Item
	for _, it := range s.Items {
		if it.Dev == (split == "dev") {
			out = append(out, it)
		}
	}
	return out
}

// Evaluate scores predictions at the fine (Gold) or coarse level.
func Evaluate(items []Item, pred []string, coarse bool) Scores {
	g := make([]string, len(items))
	for i, it := range items {
		g[i] = it.Gold
		if coarse {
			g[i] = it.Coarse
		}
	}
	return Score(g, pred)
}
