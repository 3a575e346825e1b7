// Package story groups articles into stories, online: articles arrive one
// at a time, in publication order, and each either joins the story it
// fits best or starts a new one; nothing is recomputed in batch.
//
// The method follows Miranda et al. (2018, "Multilingual clustering of
// streaming news"): an article is compared with the centroids of candidate
// stories by TF-IDF cosines over body terms, title terms and entity-like
// terms (IDF learned as articles arrive), and the combined score is
// discounted by a Gaussian of the distance in days. Candidates come from
// an inverted index over each story's heaviest terms, within a time
// window, so the cost of an article does not grow with the number of
// stories. Entities cross languages through a small embedded gazetteer
// (names of countries, capitals, leaders and organisations in ten
// languages, mapped to one key) and numbers, which need no translation.
//
// Before clustering, near-duplicates (wire copies, re-posts with other
// furniture, updated versions) are folded onto the first copy seen by
// MinHash over word shingles with LSH banding; a copy is listed with its
// canonical article's story and does not move the story's centroid.
//
// When an article matches two stories and the two stories' centroids are
// close, the stories merge; the merge is recorded.
package story

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/lang"
)

// Config tunes the clusterer. Zero fields take DefaultConfig's values.
type Config struct {
	// Threshold is the least combined score for an article to join a
	// story.
	Threshold float64
	// BodyWeight, TitleWeight and EntityWeight weigh the three cosines.
	BodyWeight, TitleWeight, EntityWeight float64
	// SigmaDays is the spread of the Gaussian time discount.
	SigmaDays float64
	// TimeShare is the part of the score that the time discount scales
	// (0 ignores time; 1 lets a far date drive the score to 0).
	TimeShare float64
	// WindowDays bounds how far in time a candidate story may be.
	WindowDays float64
	// MergeThreshold is the least body cosine between two stories'
	// centroids for a bridging article to merge them.
	MergeThreshold float64
	// DuplicateJaccard is the least estimated shingle overlap for an
	// article to count as a copy of an earlier one.
	DuplicateJaccard float64
	// MaxTerms bounds each centroid's terms.
	MaxTerms int
}

// DefaultConfig holds the values fitted on the development splits (see
// the eval/clustering package and the README).
var DefaultConfig = Config{
	Threshold:        0.18,
	BodyWeight:       0.5,
	TitleWeight:      0.2,
	EntityWeight:     0.3,
	SigmaDays:        10,
	TimeShare:        0.5,
	WindowDays:       45,
	MergeThreshold:   0.3,
	DuplicateJaccard: 0.6,
	MaxTerms:         300,
}

func (c Config) withDefaults() Config {
	d := DefaultConfig
	if c.Threshold == 0 {
		c.Threshold = d.Threshold
	}
	if c.BodyWeight == 0 && c.TitleWeight == 0 && c.EntityWeight == 0 {
		c.BodyWeight, c.TitleWeight, c.EntityWeight = d.BodyWeight, d.TitleWeight, d.EntityWeight
	}
	if c.SigmaDays == 0 {
		c.SigmaDays = d.SigmaDays
	}
	if c.WindowDays == 0 {
		c.WindowDays = d.WindowDays
	}
	if c.MergeThreshold == 0 {
		c.MergeThreshold = d.MergeThreshold
	}
	if c.DuplicateJaccard == 0 {
		c.DuplicateJaccard = d.DuplicateJaccard
	}
	if c.MaxTerms == 0 {
		c.MaxTerms = d.MaxTerms
	}
	return c
}

// Article is what the clusterer reads of an article.
type Article struct {
	ID        string
	Title     string
	Text      string
	Published time.Time // zero when unknown: no time term then
}

// Assignment says where an article went.
type Assignment struct {
	StoryID string `json:"story"`
	// New reports that the article started the story.
	New bool `json:"new"`
	// DuplicateOf is the canonical article this one copies, or "".
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Merged lists stories merged into StoryID by this article.
	Merged []string `json:"merged,omitempty"`
	// Score is the article's score against its story (0 when new).
	Score float64 `json:"score"`
}

// Story is a group of articles about one event.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Articles lists the story's article IDs in arrival order, copies
	// included.
	Articles []string `json:"articles"`
	// Copies maps a copy's ID to its canonical article's ID.
	Copies map[string]string `json:"copies,omitempty"`
	// MergedFrom lists the stories merged into this one.
	MergedFrom []string `json:"merged_from,omitempty"`
}

// indexTerms is how many of a document's heaviest terms it is indexed by
// and looked up with.
const indexTerms = 12

// Clusterer assigns articles to stories. It is not safe for concurrent
// use: one assigner consumes articles in publication order.
type Clusterer struct {
	cfg  Config
	gaz  *gazetteer
	df   map[string]int // documents seen per term
	docs int

	clusters []*cluster
	byID     map[string]int // story ID → index in clusters
	index    map[string][]int
	dedup    *dedup
	storyOf  map[string]int // article ID → cluster index
}

type cluster struct {
	id      string
	into    int // -1, or the cluster this one was merged into
	body    vector
	title   vector
	ent     vector
	nBody   float64
	nTitle  float64
	nEnt    float64
	days    float64 // sum of member days with a date
	dated   int
	members []string
	copies  map[string]string
	merged  []string
	indexed map[string]bool
	titles  []titled // a sample of members' titles, for the story title
}

type titled struct {
	title string
	vec   vector
	n     float64
}

// maxTitleSample bounds the titles a story keeps to choose its title from.
const maxTitleSample = 40

// New returns an empty Clusterer.
func New(cfg Config) *Clusterer {
	return &Clusterer{
		cfg:     cfg.withDefaults(),
		gaz:     parseGazetteer(gazetteerTSV),
		df:      map[string]int{},
		byID:    map[string]int{},
		index:   map[string][]int{},
		dedup:   newDedup(cfg.withDefaults().DuplicateJaccard),
		storyOf: map[string]int{},
	}
}

func stop(w string) bool { return lang.IsStopword(w) }

type docVecs struct {
	body, title, ent    vector
	nBody, nTitle, nEnt float64
	days                float64
	dated               bool
}

// Add assigns a to a story and returns where it went. Adding an article
// ID already seen returns its story unchanged.
func (c *Clusterer) Add(a Article) Assignment {
	if i, ok := c.storyOf[a.ID]; ok {
		return Assignment{StoryID: c.clusters[c.find(i)].id}
	}
	bodyToks := tokenize(a.Text)
	if canon, ok := c.dedup.add(a.ID, bodyToks); ok {
		if i, ok := c.storyOf[canon]; ok {
			k := c.find(i)
			cl := c.clusters[k]
			cl.members = append(cl.members, a.ID)
			if cl.copies == nil {
				cl.copies = map[string]string{}
			}
			cl.copies[a.ID] = canon
			c.storyOf[a.ID] = k
			return Assignment{StoryID: cl.id, DuplicateOf: canon, Score: 1}
		}
	}
	d := c.vectors(a, bodyToks)

	// Candidates: stories indexed under the document's heaviest terms.
	seen := map[int]bool{}
	var cands []int
	for _, t := range lookupTerms(d) {
		for _, k := range c.index[t] {
			k = c.find(k)
			if !seen[k] {
				seen[k] = true
				cands = append(cands, k)
			}
		}
	}
	sort.Ints(cands)
	best, second := -1, -1
	var bestS, secondS float64
	for _, k := range cands {
		s := c.score(d, c.clusters[k])
		if s < 0 {
			continue
		}
		switch {
		case best < 0 || s > bestS:
			second, secondS = best, bestS
			best, bestS = k, s
		case second < 0 || s > secondS:
			second, secondS = k, s
		}
	}
	if best < 0 || bestS < c.cfg.Threshold {
		k := c.newCluster(a.ID)
		c.join(k, a, d)
		return Assignment{StoryID: c.clusters[k].id, New: true}
	}
	out := Assignment{StoryID: c.clusters[best].id, Score: bestS}
	c.join(best, a, d)
	if second >= 0 && secondS >= c.cfg.Threshold {
		b, s := c.clusters[best], c.clusters[second]
		if cosine(b.body, s.body, b.nBody, s.nBody) >= c.cfg.MergeThreshold {
			into, from := best, second
			if len(s.members) > len(b.members) {
				into, from = second, best
			}
			c.merge(into, from)
			out.StoryID = c.clusters[into].id
			out.Merged = []string{c.clusters[from].id}
		}
	}
	return out
}

// vectors computes the document's TF-IDF vectors, counting it into the
// document frequencies first.
func (c *Clusterer) vectors(a Article, bodyToks []token) docVecs {
	titleToks := tokenize(a.Title)
	bt := terms(bodyToks, stop)
	tt := terms(titleToks, stop)
	et := entities(append(titleToks, bodyToks...), stop, c.gaz)
	c.docs++
	seen := map[string]bool{}
	for _, m := range []map[string]int{bt, tt, et} {
		for t := range m {
			if !seen[t] {
				seen[t] = true
				c.df[t]++
			}
		}
	}
	d := docVecs{body: c.weigh(bt), title: c.weigh(tt), ent: c.weigh(et)}
	d.body.prune(c.cfg.MaxTerms)
	d.nBody, d.nTitle, d.nEnt = d.body.norm(), d.title.norm(), d.ent.norm()
	if !a.Published.IsZero() {
		d.days = float64(a.Published.Unix()) / 86400
		d.dated = true
	}
	return d
}

func (c *Clusterer) weigh(counts map[string]int) vector {
	v := make(vector, len(counts))
	for t, n := range counts {
		idf := math.Log(float64(c.docs+1)/float64(c.df[t]+1)) + 1
		v[t] = (1 + math.Log(float64(n))) * idf
	}
	return v
}

// lookupTerms are the terms a document is matched and indexed by.
func lookupTerms(d docVecs) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range []vector{d.ent, d.title, d.body} {
		for _, t := range v.top(indexTerms) {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// score combines the cosines with the time discount; -1 means the story
// is outside the time window.
func (c *Clusterer) score(d docVecs, cl *cluster) float64 {
	w := c.cfg
	var s, sum float64
	add := func(weight, cos float64, present bool) {
		if !present {
			return
		}
		s += weight * cos
		sum += weight
	}
	add(w.BodyWeight, cosine(d.body, cl.body, d.nBody, cl.nBody), d.nBody > 0 && cl.nBody > 0)
	add(w.TitleWeight, cosine(d.title, cl.title, d.nTitle, cl.nTitle), d.nTitle > 0 && cl.nTitle > 0)
	add(w.EntityWeight, cosine(d.ent, cl.ent, d.nEnt, cl.nEnt), d.nEnt > 0 && cl.nEnt > 0)
	if sum == 0 {
		return 0
	}
	s /= sum
	if d.dated && cl.dated > 0 {
		dist := math.Abs(d.days - cl.days/float64(cl.dated))
		if dist > w.WindowDays {
			return -1
		}
		g := math.Exp(-dist * dist / (2 * w.SigmaDays * w.SigmaDays))
		s *= (1 - w.TimeShare) + w.TimeShare*g
	}
	return s
}

func (c *Clusterer) newCluster(articleID string) int {
	id := "s" + articleID
	if len(id) > 17 {
		id = id[:17]
	}
	for n := 2; ; n++ {
		if _, taken := c.byID[id]; !taken {
			break
		}
		id = strings.TrimRight(id, "0123456789-") + "-" + itoa(n)
	}
	cl := &cluster{id: id, into: -1, body: vector{}, title: vector{}, ent: vector{}, indexed: map[string]bool{}}
	c.clusters = append(c.clusters, cl)
	k := len(c.clusters) - 1
	c.byID[id] = k
	return k
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// join adds a document's vectors to a story and indexes the story under
// the document's heaviest terms.
func (c *Clusterer) join(k int, a Article, d docVecs) {
	cl := c.clusters[k]
	addInto(cl.body, d.body, d.nBody)
	addInto(cl.title, d.title, d.nTitle)
	addInto(cl.ent, d.ent, d.nEnt)
	cl.body.prune(c.cfg.MaxTerms)
	cl.title.prune(c.cfg.MaxTerms)
	cl.ent.prune(c.cfg.MaxTerms)
	cl.nBody, cl.nTitle, cl.nEnt = cl.body.norm(), cl.title.norm(), cl.ent.norm()
	if d.dated {
		cl.days += d.days
		cl.dated++
	}
	cl.members = append(cl.members, a.ID)
	c.storyOf[a.ID] = k
	if len(cl.titles) < maxTitleSample && a.Title != "" {
		cl.titles = append(cl.titles, titled{title: a.Title, vec: d.title, n: d.nTitle})
	}
	for _, t := range lookupTerms(d) {
		if !cl.indexed[t] {
			cl.indexed[t] = true
			c.index[t] = append(c.index[t], k)
		}
	}
}

// addInto adds v, normalised, to the centroid sum.
func addInto(sum, v vector, n float64) {
	if n == 0 {
		return
	}
	for t, w := range v {
		sum[t] += w / n
	}
}

// merge folds story from into story into.
func (c *Clusterer) merge(into, from int) {
	a, b := c.clusters[into], c.clusters[from]
	for _, pair := range [][2]vector{{a.body, b.body}, {a.title, b.title}, {a.ent, b.ent}} {
		for t, w := range pair[1] {
			pair[0][t] += w
		}
	}
	a.body.prune(c.cfg.MaxTerms)
	a.title.prune(c.cfg.MaxTerms)
	a.ent.prune(c.cfg.MaxTerms)
	a.nBody, a.nTitle, a.nEnt = a.body.norm(), a.title.norm(), a.ent.norm()
	a.days += b.days
	a.dated += b.dated
	a.members = append(a.members, b.members...)
	for k, v := range b.copies {
		if a.copies == nil {
			a.copies = map[string]string{}
		}
		a.copies[k] = v
	}
	a.merged = append(append(a.merged, b.id), b.merged...)
	for _, t := range b.titles {
		if len(a.titles) < maxTitleSample {
			a.titles = append(a.titles, t)
		}
	}
	for t := range b.indexed {
		if !a.indexed[t] {
			a.indexed[t] = true
			c.index[t] = append(c.index[t], into)
		}
	}
	b.into = into
	b.body, b.title, b.ent, b.indexed, b.titles, b.copies = nil, nil, nil, nil, nil, nil
	b.members = nil
}

// find follows merges to the live cluster.
func (c *Clusterer) find(k int) int {
	for c.clusters[k].into >= 0 {
		k = c.clusters[k].into
	}
	return k
}

// StoryOf returns the ID of the story holding an article.
func (c *Clusterer) StoryOf(articleID string) (string, bool) {
	k, ok := c.storyOf[articleID]
	if !ok {
		return "", false
	}
	return c.clusters[c.find(k)].id, true
}

// Stories returns the live stories, largest first.
func (c *Clusterer) Stories() []Story {
	var out []Story
	for _, cl := range c.clusters {
		if cl.into >= 0 {
			continue
		}
		out = append(out, Story{
			ID: cl.id, Title: cl.representativeTitle(), Articles: append([]string(nil), cl.members...),
			Copies: cl.copies, MergedFrom: cl.merged,
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
	return out
}

// representativeTitle is the sampled title closest to the title centroid.
func (cl *cluster) representativeTitle() string {
	best, bestS := "", -1.0
	for _, t := range cl.titles {
		if s := cosine(t.vec, cl.title, t.n, cl.nTitle); s > bestS {
			best, bestS = t.title, s
		}
	}
	return best
}
