// Package story groups articles into stories, online: articles arrive one
// at a time, in publication order, and each either joins the story it
// fits best or starts a new one; nothing is recomputed in batch.
//
// The method follows Miranda et al. (2018, "Multilingual clustering of
// streaming news"). An article is compared with the centroids of
// candidate stories by three TF-IDF cosines — body terms, title terms and
// entity-like terms — with IDF learned as articles arrive; the weighted
// cosines are discounted by a Gaussian of the distance in days between
// the article and the story's span (no discount when either has no
// date). Candidates come from an inverted index over each story's
// heaviest terms, and only stories active within a time window are
// candidates (at most 128, those sharing the most of the article's
// lookup terms), so an article's cost depends on the stories of its
// window, not on everything seen before. The vocabulary is hashed and
// forgets the terms the window no longer uses (see vocab.go), so memory
// too follows the window. Entities cross languages through case-
// and diacritic-folding, transliteration of Cyrillic and Hangul, numbers,
// and the project gazetteer (package gazetteer: about 750 countries,
// capitals and cities, leaders and organisations, in ten languages) that
// maps the names of each to one key.
//
// Before clustering, near-duplicates (wire copies, re-posts with other
// page furniture) are folded onto the first copy seen, by MinHash over
// word shingles with LSH banding; a copy is listed with its canonical
// article's story and does not move the story's centroid.
//
// An article whose body is short and shares no word with its title (a
// chat prompt, a copyright notice, a subscription wall standing in for
// the text) is also scored by its title alone, and the better reading
// places it (see furniture.go).
//
// When an article matches two stories and the two stories' centroids are
// close (their cosine discounted by the time between their spans, as an
// article's score is), the stories merge into the larger, and the merge
// is recorded.
//
// A story whose members come to form two groups (a second, related
// event whose first articles joined it: the same team's next arrest)
// splits in two, once the second group holds a few articles; the two
// stay in one topic and never merge again (see split.go).
//
// A busy outlet's own stories need a higher score to take its articles
// (see outlet.go): one outlet's house style makes its articles about
// different events read alike.
//
// Stories also fall into coarser topics: events of one kind (two
// celebrities' stays in rehab, two store fires) share the kind's words
// but not their names or days. A story alone in its topic joins the
// topic of one of its articles' best candidates when its words come
// close enough, on average, to that topic's stories (see placeTopic),
// and merged or split stories share one.
//
// We wrote our own rather than use a library: the method is small, it
// must run online inside one static binary, and its state must be
// snapshotted between runs (see Snapshot and Restore).
package story

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Config tunes the clusterer. Zero fields take DefaultConfig's values.
type Config struct {
	// Threshold is the least combined score for an article to join a
	// story.
	Threshold float64 `json:"threshold"`
	// BodyWeight, TitleWeight and EntityWeight weigh the three cosines.
	BodyWeight   float64 `json:"body_weight"`
	TitleWeight  float64 `json:"title_weight"`
	EntityWeight float64 `json:"entity_weight"`
	// SigmaDays is the spread of the Gaussian time discount.
	SigmaDays float64 `json:"sigma_days"`
	// TimeShare is the part of the score the time discount scales (0
	// ignores time; 1 lets a far date drive the score to 0).
	TimeShare float64 `json:"time_share"`
	// WindowDays bounds how far in days an article may be from a story's
	// span to join it; stories idle longer than this retire.
	WindowDays float64 `json:"window_days"`
	// MergeThreshold is the least cosine between two stories' centroids
	// for a bridging article that matches both to merge them.
	MergeThreshold float64 `json:"merge_threshold"`
	// DuplicateJaccard is the least estimated word-shingle overlap for an
	// article to count as a copy of an earlier one.
	DuplicateJaccard float64 `json:"duplicate_jaccard"`
	// MaxTerms bounds each centroid's terms.
	MaxTerms int `json:"max_terms"`
	// MaxDuplicates bounds the signatures kept for near-duplicate
	// detection (the oldest are forgotten first).
	MaxDuplicates int `json:"max_duplicates"`
	// CapRatio is the least share of a word's mid-sentence uses, over the
	// stream so far, that must be capitalised for the word to count as a
	// name: "Police" or "President" are capitalised often enough to look
	// like names, but written in lower case more often. Negative turns the
	// filter off.
	CapRatio float64 `json:"cap_ratio,omitempty"`
	// TopicThreshold is the least mean word similarity (see topicSim)
	// between a story alone in its topic and the stories of another
	// topic for the story to join that topic (see Story.Topic). Above 1
	// every story is its own topic.
	TopicThreshold float64 `json:"topic_threshold,omitempty"`
	// SplitRatio is the greatest ratio of the mean similarity across two
	// groups of a story's members to the groups' own mean similarities
	// for the story to split in two (see split.go). Negative turns
	// splitting off.
	SplitRatio float64 `json:"split_ratio,omitempty"`
	// NoGazetteer turns the multilingual gazetteer off (to measure what
	// it gives).
	NoGazetteer bool `json:"no_gazetteer,omitempty"`
	// CrossThreshold is the least entity cosine, times the time
	// discount, for an article to join a story none of whose articles
	// is in its language (see crossScore). Above 1 no story crosses
	// languages.
	CrossThreshold float64 `json:"cross_threshold,omitempty"`
	// OutletThreshold is the join threshold for a story written wholly
	// by the article's own outlet while that outlet is busy (see
	// outlet.go); at or under Threshold, or negative, the outlet does
	// not matter.
	OutletThreshold float64 `json:"outlet_threshold,omitempty"`
	// OutletPace is how many articles a day make an outlet busy.
	OutletPace float64 `json:"outlet_pace,omitempty"`
}

// DefaultConfig holds the values fitted on the development splits (see
// package eval/clustering). Treat it as read-only; New(Config{}) uses it.
var DefaultConfig = Config{
	Threshold:        0.15,
	BodyWeight:       0.45,
	TitleWeight:      0.15,
	EntityWeight:     0.40,
	SigmaDays:        14,
	TimeShare:        0.35,
	WindowDays:       400,
	MergeThreshold:   0.5,
	DuplicateJaccard: 0.5,
	MaxTerms:         300,
	MaxDuplicates:    200000,
	CapRatio:         0.5,
	TopicThreshold:   0.15,
	SplitRatio:       0.75,
	CrossThreshold:   0.25,
	OutletThreshold:  0.5,
	OutletPace:       5,
}

func (c Config) withDefaults() Config {
	// Negative spreads, windows and bounds mean "unset", like zero.
	c.SigmaDays, c.WindowDays = max(c.SigmaDays, 0), max(c.WindowDays, 0)
	c.MaxTerms, c.MaxDuplicates = max(c.MaxTerms, 0), max(c.MaxDuplicates, 0)
	d := DefaultConfig
	override(&d, c)
	return d
}

// Article is what the clusterer reads of an article.
type Article struct {
	ID        string
	Title     string
	Text      string
	Published time.Time // zero when unknown: no time term then
	// Outlet names the publisher, or is "" when unknown: a busy
	// outlet's own stories need a higher score to join (see outlet.go).
	Outlet string
	// Lang is the article's language (ISO 639-1), or "" when unknown.
	// Against a story with no article in its language, an article is
	// scored by what crosses languages only (see crossScore).
	Lang string
}

// Assignment says where an article went.
type Assignment struct {
	StoryID string `json:"story"`
	// New reports that the article started the story.
	New bool `json:"new,omitempty"`
	// DuplicateOf is the canonical article this one copies, or "".
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Merged lists the stories merged into StoryID because of this
	// article.
	Merged []string `json:"merged,omitempty"`
	// Split lists the story split off StoryID's story because of this
	// article (StoryID may be that new story).
	Split []string `json:"split,omitempty"`
	// Score is the article's score against its story (0 when new).
	Score float64 `json:"score,omitempty"`
}

// Story is a group of articles about one event.
type Story struct {
	ID string `json:"id"`
	// Title is the member headline closest to the story's title centroid.
	Title string `json:"title"`
	// Articles lists the story's article IDs in arrival order, copies
	// included.
	Articles []string `json:"articles"`
	// Copies maps a copy's ID to its canonical article's ID.
	Copies map[string]string `json:"copies,omitempty"`
	// MergedFrom lists the stories merged into this one.
	MergedFrom []string `json:"merged_from,omitempty"`
	// Topic is the ID of the story's topic: a coarser group of stories
	// of one kind (two arrests, two earthquakes), named after the
	// topic's first story that is still live. A story whose words never
	// came near another's is its own topic.
	Topic string `json:"topic,omitempty"`
}

// Bounds that keep a story's footprint fixed however large it grows.
const (
	// indexTerms is how many of an article's heaviest terms of each kind
	// it is looked up and indexed by.
	indexTerms = 10
	// maxIndexed bounds the index terms of one story.
	maxIndexed = 200
	// maxPosting bounds the stories one index term lists; past it the
	// earliest-indexed are dropped from that term (they stay reachable
	// through their other terms), so that a term every story shares
	// cannot make an article's cost grow with the stories seen.
	maxPosting = 64
	// maxTitleSample bounds the headlines a story keeps to choose its
	// title from.
	maxTitleSample = 32
	// maxLangs bounds the languages a story records; past it, an article
	// in yet another language is scored as a same-language one.
	maxLangs = 8
	// maxCandidates bounds the stories an article is scored against.
	maxCandidates = 128
	// sweepEvery is how many additions pass between retirement sweeps.
	sweepEvery = 512
)

// Clusterer assigns articles to stories. It is not safe for concurrent
// use: one goroutine feeds it articles in publication order.
type Clusterer struct {
	cfg Config
	gaz *nameIndex
	// vocab holds each term's document frequency, by term ID (see
	// vocab.go); caps records how the stream writes each word, to tell
	// names from common words. Both forget what the window no longer
	// uses.
	vocab termTable[termStat]
	caps  termTable[capStat]
	docs  int
	marks []mark // for prune

	clusters []*cluster
	byID     map[string]int
	suffix   map[string]int     // story ID base → last suffix given (see newCluster)
	index    map[uint32][]int32 // term → clusters indexed under it
	active   []int32            // clusters that may still take articles
	dedup    *dedup
	storyOf  map[string]int32 // article ID → cluster (maybe merged away)
	now      float64          // latest day seen
	stamp    uint64           // per-Add stamp to collect candidates once
	tab      [3]table         // the current article's vectors, for scoring
	altTab   [3]table         // its title reading's (see docVecs.alt)
	ids      []uint32         // scratch: an article's term IDs or word keys
	upper    []bool           // scratch: whether each word key was capitalised
	touched  uint32           // what termTable.touch read, kept so the reads stay
	cands    []int32          // the current article's candidate stories
	near     []scored         // its best-scoring candidates (see placeTopic)
	adds     int
	paces    map[string]pace // each outlet's recent pace (see outlet.go)
}

// cluster is one story's state.
type cluster struct {
	id      string
	into    int32   // -1, or the cluster this one merged into
	topic   int32   // -1, or a cluster of the same topic created earlier
	peers   []int32 // on a topic's first cluster: the topic's others, in order joined
	retired bool    // idle beyond the window: vectors dropped
	body    vec     // sums of member unit vectors
	title   vec
	ent     vec
	langs   []string      // the members' languages, at most maxLangs
	outlets []outletCount // members by outlet, at most maxOutlets
	nBody   float64
	nTitle  float64
	nEnt    float64
	first   float64 // first and last member day; dated reports any
	last    float64
	dated   bool
	n       int // members that moved the centroid (copies excluded)
	members []string
	copies  map[string]string
	merged  []string
	indexed []uint32
	titles  []titled
	final   string // title fixed at retirement
	seen    uint64 // stamp of the last Add that collected it
	hits    int32  // lookup terms it was found under in that Add
	// kept holds the members' vectors while the story may still split,
	// sims their pairwise similarities (row i holds i's with members
	// before it; two values a pair, with and without the time
	// discount), apart the stories split from this one (never merged
	// with it again); noSplit is set once the story grew past
	// splitKept members or took in a merge.
	kept    []member
	sims    []float32
	apart   []int32
	noSplit bool
}

type titled struct {
	title string
	vec   vec
	n     float64
}

// New returns an empty Clusterer.
func New(cfg Config) *Clusterer {
	cfg = cfg.withDefaults()
	gaz := embedded()
	if cfg.NoGazetteer {
		gaz = newNameIndex(nil)
	}
	return &Clusterer{
		cfg:     cfg,
		gaz:     gaz,
		vocab:   newTermTable[termStat](0),
		caps:    newTermTable[capStat](0),
		byID:    map[string]int{},
		suffix:  map[string]int{},
		index:   map[uint32][]int32{},
		dedup:   newDedup(cfg.DuplicateJaccard, cfg.WindowDays, cfg.MaxDuplicates),
		storyOf: map[string]int32{},
	}
}

// docVecs are one article's vectors.
type docVecs struct {
	body, title, ent    vec
	nBody, nTitle, nEnt float64
	lang                string
	day                 float64
	dated               bool
	// tab holds body, title and ent as tables, for scoring.
	tab *[3]table
	// alt is the article read by its title alone, when its body looks
	// like page furniture (see looksLikeFurniture); nil otherwise.
	alt *docVecs
}

// Prepared is an article read into what does not depend on the stream
// seen so far: its words, its near-duplicate signature and its content
// terms, about a third of the work of adding it. Prepare is safe for
// concurrent use, so a caller may prepare articles ahead on other cores
// and add them in order with AddPrepared.
type Prepared struct {
	a                     Article
	title, body           []token
	sig                   *[numHashes]uint32 // nil: too short to fold
	bodyTerms, titleTerms map[uint32]int
	// furniture reports a body that looks like page furniture (see
	// looksLikeFurniture): the article is also read by its title alone.
	furniture bool
}

// ID returns the prepared article's ID.
func (p *Prepared) ID() string { return p.a.ID }

// Prepare reads a for AddPrepared.
func Prepare(a Article) *Prepared {
	p := &Prepared{a: a, title: tokenize(a.Title), body: tokenize(a.Text)}
	p.bodyTerms, p.titleTerms = contentIDs(p.body), contentIDs(p.title)
	p.furniture = looksLikeFurniture(len(p.body), p.titleTerms, p.bodyTerms)
	// A furniture body is the site's, not the article's: two pages
	// sharing it are not copies.
	if len(p.body) >= shingleSize+minShingles && !p.furniture {
		sig := signature(p.body)
		p.sig = &sig
	}
	return p
}

// contentIDs counts the content terms of toks by term ID.
func contentIDs(toks []token) map[uint32]int {
	m := map[string]int{}
	contentTerms(toks, m)
	return termIDs(m)
}

// termIDs counts terms by term ID (terms sharing a hash add up).
func termIDs(m map[string]int) map[uint32]int {
	out := make(map[uint32]int, len(m))
	for t, k := range m {
		out[termKey(t)] += k
	}
	return out
}

// Add assigns a to a story and returns where it went. Adding an article
// ID already seen returns its story and changes nothing.
func (c *Clusterer) Add(a Article) Assignment {
	return c.AddPrepared(Prepare(a))
}

// AddPrepared is Add for an article read by Prepare.
func (c *Clusterer) AddPrepared(p *Prepared) Assignment {
	a := p.a
	if k, ok := c.storyOf[a.ID]; ok {
		return Assignment{StoryID: c.clusters[c.find(k)].id}
	}
	c.adds++
	if c.adds%sweepEvery == 0 {
		c.sweep()
		if c.adds%(sweepEvery*pruneEvery) == 0 {
			c.prune()
		}
	}
	day, dated := dayOf(a.Published)
	if canon, ok := c.dedup.add(a.ID, p.sig, day, dated); ok {
		if k, ok := c.storyOf[canon]; ok {
			k = c.find(k)
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
	d := c.vectors(p)
	for i, v := range []vec{d.body, d.title, d.ent} {
		c.tab[i].reset(v)
	}
	d.tab = &c.tab
	if d.alt != nil {
		for i, v := range []vec{nil, d.alt.title, d.alt.ent} {
			c.altTab[i].reset(v)
		}
		d.alt.tab = &c.altTab
	}
	look := c.lookupTerms(d)
	busy := c.busy(a.Outlet, day, dated)

	best, second := int32(-1), int32(-1)
	var bestS, secondS float64
	bestAlt := false // best's score is the title reading's
	c.near = c.near[:0]
	for _, k := range c.candidates(look) {
		cl := c.clusters[k]
		s := c.rate(&d, cl)
		alt := false
		if d.alt != nil {
			// Only a join counts the title reading: below the
			// threshold a few title words meet too many stories
			// by chance to say anything of the article's topic.
			if s2 := c.rate(d.alt, cl); s2 > s && s2 >= c.cfg.Threshold {
				s, alt = s2, true
			}
		}
		if busy > 0 && s > 0 {
			s *= c.outletFactor(cl.outletShare(a.Outlet), busy)
		}
		c.near = addNear(c.near, k, s)
		switch {
		case s > bestS || best < 0 && s >= 0:
			second, secondS = best, bestS
			best, bestS, bestAlt = k, s, alt
		case s > secondS || second < 0 && s >= 0:
			second, secondS = k, s
		}
	}
	if best < 0 || bestS < c.cfg.Threshold {
		k := c.newCluster(a.ID)
		c.join(k, a, &d, look)
		c.placeTopic(k)
		return Assignment{StoryID: c.clusters[k].id, New: true}
	}
	out := Assignment{StoryID: c.clusters[best].id, Score: bestS}
	if bestAlt {
		// The title reading placed it: the furniture stays out of the
		// story's centroid and index.
		c.join(best, a, d.alt, c.lookupTerms(*d.alt))
	} else {
		c.join(best, a, &d, look)
	}
	c.placeTopic(best)
	if inB := c.findSplit(c.clusters[best]); inB != nil {
		nk := c.split(best, inB)
		out.StoryID = c.clusters[c.storyOf[a.ID]].id
		out.Split = []string{c.clusters[nk].id}
		return out
	}
	if second >= 0 && secondS >= c.cfg.Threshold {
		b, s := c.clusters[best], c.clusters[second]
		if !slices.Contains(b.apart, second) && !slices.Contains(s.apart, best) && c.centroidCos(b, s) >= c.cfg.MergeThreshold {
			into, from := best, second
			if s.n > b.n {
				into, from = second, best
			}
			c.merge(into, from)
			out.StoryID = c.clusters[into].id
			out.Merged = []string{c.clusters[from].id}
		}
	}
	return out
}

// candidates returns the live stories indexed under the lookup terms, in
// the order they are first found, dropping merged and retired stories
// from the index as it goes. Past maxCandidates it keeps the stories
// that share the most lookup terms with the article (ties in order
// found): scoring is the costly step, and a stream in which every
// article shares common terms with thousands of stories must not pay
// for all of them.
func (c *Clusterer) candidates(look []uint32) []int32 {
	c.stamp++
	c.cands = c.cands[:0]
	for _, t := range look {
		list := c.index[t]
		live := list[:0]
		for _, k := range list {
			cl := c.clusters[k]
			if cl.into >= 0 || cl.retired {
				continue // dropped from the list: merged or retired
			}
			live = append(live, k)
			if cl.seen == c.stamp {
				cl.hits++
				continue
			}
			cl.seen, cl.hits = c.stamp, 1
			c.cands = append(c.cands, k)
		}
		if len(live) == 0 {
			delete(c.index, t)
		} else {
			c.index[t] = live
		}
	}
	if len(c.cands) <= maxCandidates {
		return c.cands
	}
	// The least number of shared terms h that still fits: all with more
	// than h, then those with h in the order found.
	count := make([]int, len(look)+2)
	for _, k := range c.cands {
		count[min(int(c.clusters[k].hits), len(look)+1)]++
	}
	h, above := len(look)+1, 0
	for h > 0 && above+count[h] < maxCandidates {
		above += count[h]
		h--
	}
	quota := maxCandidates - above
	kept := c.cands[:0]
	for _, k := range c.cands {
		switch n := min(int(c.clusters[k].hits), len(look)+1); {
		case n > h:
			kept = append(kept, k)
		case n == h && quota > 0:
			kept = append(kept, k)
			quota--
		}
	}
	return kept
}

// centroidCos is the weighted cosine of two stories' centroids (see
// partsCos), times the time discount of the gap between their spans (two
// stories of one subject weeks apart are two events, as for an
// article's score).
func (c *Clusterer) centroidCos(a, b *cluster) float64 {
	s := c.partsCos(a, b, true)
	if a.dated && b.dated {
		s *= c.discount(max(a.first-b.last, b.first-a.last, 0))
	}
	return s
}

// partsCos is the similarity of two stories' centroids: their body,
// title and, with ent, entity cosines, weighted as in score over the
// parts both stories have, so that stories of headlines alone (a feed of
// titles, wire alerts) are compared by what they have rather than
// marked down for the body neither has; 0 when they share no part.
func (c *Clusterer) partsCos(a, b *cluster, ent bool) float64 {
	w := c.cfg
	var s, sum float64
	if a.nBody > 0 && b.nBody > 0 {
		s += w.BodyWeight * cos(a.body, b.body, a.nBody, b.nBody)
		sum += w.BodyWeight
	}
	if a.nTitle > 0 && b.nTitle > 0 {
		s += w.TitleWeight * cos(a.title, b.title, a.nTitle, b.nTitle)
		sum += w.TitleWeight
	}
	if ent && a.nEnt > 0 && b.nEnt > 0 {
		s += w.EntityWeight * cos(a.ent, b.ent, a.nEnt, b.nEnt)
		sum += w.EntityWeight
	}
	if sum == 0 {
		return 0
	}
	return s / sum
}

// vectors computes an article's TF-IDF vectors, counting it into the
// document frequencies first.
func (c *Clusterer) vectors(p *Prepared) docVecs {
	et := map[string]int{}
	common := c.countCaps(p.body)
	entityTerms(p.title, c.gaz, common, et)
	var titleEnt map[uint32]int
	if p.furniture {
		titleEnt = termIDs(et)
	}
	entityTerms(p.body, c.gaz, common, et)
	c.docs++
	bi, ti := p.bodyTerms, p.titleTerms
	ei := termIDs(et)
	ids := c.ids[:0]
	for _, m := range []map[uint32]int{bi, ti, ei} {
		for id := range m {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	c.touched += c.vocab.touch(ids)
	for _, id := range ids {
		st := c.vocab.put(id)
		st.df++
		st.last = uint32(c.adds)
	}
	c.ids = ids
	d := docVecs{body: prune(c.weigh(bi), c.cfg.MaxTerms), title: c.weigh(ti), ent: prune(c.weigh(ei), c.cfg.MaxTerms)}
	d.nBody, d.nTitle, d.nEnt = d.body.norm(), d.title.norm(), d.ent.norm()
	d.lang = p.a.Lang
	d.day, d.dated = dayOf(p.a.Published)
	if d.dated {
		c.now = max(c.now, d.day)
	}
	if p.furniture {
		alt := docVecs{title: d.title, nTitle: d.nTitle, ent: prune(c.weigh(titleEnt), c.cfg.MaxTerms),
			lang: d.lang, day: d.day, dated: d.dated}
		alt.nEnt = alt.ent.norm()
		d.alt = &alt
	}
	return d
}

// countCaps counts the body's words into the capitalisation record, once
// per article, and returns the test entityTerms uses to drop common
// words (nil when the filter is off). The record grows with the
// vocabulary of the stream, as the document frequencies do.
func (c *Clusterer) countCaps(body []token) func(string) bool {
	if c.cfg.CapRatio < 0 {
		return nil
	}
	seen := make(map[string]bool, len(body)/2)
	keys, upper := c.ids[:0], c.upper[:0]
	for _, t := range body {
		if seen[t.word] || isDigits(t.word) {
			continue
		}
		seen[t.word] = true
		if !t.capital && unicode.IsUpper(firstRune(t.raw)) {
			continue // capitalised at a sentence start: says nothing
		}
		keys, upper = append(keys, termKey(t.word)), append(upper, t.capital)
	}
	c.touched += c.caps.touch(keys)
	for i, key := range keys {
		k := c.caps.put(key)
		if upper[i] {
			k.upper++
		} else {
			k.lower++
		}
		k.last = uint32(c.adds)
	}
	c.ids, c.upper = keys, upper
	return func(w string) bool {
		k := c.caps.get(termKey(w))
		return k.lower > 0 && float64(k.upper) < c.cfg.CapRatio*float64(k.upper+k.lower)
	}
}

// dayOf returns t in days since 1970, and whether t is set.
func dayOf(t time.Time) (float64, bool) {
	if t.IsZero() {
		return 0, false
	}
	return float64(t.Unix()) / 86400, true
}

// weigh turns term counts into a sorted TF-IDF vector.
func (c *Clusterer) weigh(counts map[uint32]int) vec {
	v := make(vec, 0, len(counts))
	n := float64(c.docs + 1)
	for id, k := range counts {
		idf := math.Log(n/float64(c.vocab.get(id).df+1)) + 1
		v = append(v, entry{id, float32((1 + math.Log(float64(k))) * idf)})
	}
	slices.SortFunc(v, func(x, y entry) int { return int(int64(x.id) - int64(y.id)) })
	return v
}

// lookupTerms are the terms an article is looked up and indexed by: the
// heaviest of each of its vectors.
func (c *Clusterer) lookupTerms(d docVecs) []uint32 {
	var out []uint32
	for _, v := range []vec{d.ent, d.title, d.body} {
		for _, e := range heaviest(v, indexTerms) {
			if !slices.Contains(out, e.id) {
				out = append(out, e.id)
			}
		}
	}
	return out
}

// score combines the cosines with the time discount; -1 means the story
// is outside the time window.
func (c *Clusterer) score(d *docVecs, cl *cluster) float64 {
	w := c.cfg
	disc := c.timeFactor(d, cl)
	if disc < 0 {
		return -1
	}
	var s, sum, words float64
	add := func(weight, x float64) {
		s += weight * x
		sum += weight
	}
	if d.nBody > 0 && cl.nBody > 0 {
		x := d.tab[0].dot(cl.body) / (d.nBody * cl.nBody)
		add(w.BodyWeight, x)
		words = x
	}
	if d.nTitle > 0 && cl.nTitle > 0 {
		x := d.tab[1].dot(cl.title) / (d.nTitle * cl.nTitle)
		add(w.TitleWeight, x)
		words = max(words, x)
	}
	if d.nEnt > 0 && cl.nEnt > 0 {
		dot, n := d.tab[2].dotN(cl.ent)
		add(w.EntityWeight, dot/(d.nEnt*cl.nEnt)*sharedFactor(n, len(d.ent), words))
	}
	if sum == 0 {
		return 0
	}
	return s / sum * disc
}

// rate scores an article against a story: by score, or by crossScore
// when none of the story's articles is in the article's language.
func (c *Clusterer) rate(d *docVecs, cl *cluster) float64 {
	if d.lang != "" && len(cl.langs) > 0 && !slices.Contains(cl.langs, d.lang) {
		// Scaled so that the two kinds of score meet the join
		// threshold at their own thresholds.
		return c.crossScore(d, cl) * c.cfg.Threshold / c.cfg.CrossThreshold
	}
	return c.score(d, cl)
}

// crossScore scores an article against a story with no article in its
// language: body and title words do not cross languages, so only the
// entity cosine counts (names and numbers, with the gazetteer's keys for
// names spelt differently in each language), times the time discount;
// -1 means the story is outside the time window.
func (c *Clusterer) crossScore(d *docVecs, cl *cluster) float64 {
	disc := c.timeFactor(d, cl)
	switch {
	case disc < 0:
		return -1
	case d.nEnt == 0 || cl.nEnt == 0:
		return 0 // nothing that crosses languages to match
	}
	if d.dated && cl.dated && gap(d, cl) > crossSigmas*c.cfg.SigmaDays {
		// Names alone are weak evidence: two articles on one
		// country's politics share its leaders' names months apart.
		return 0
	}
	dot, n := d.tab[2].dotN(cl.ent)
	// Words are not expected to cross languages: their absence says
	// nothing here.
	return dot / (d.nEnt * cl.nEnt) * sharedFactor(n, len(d.ent), 1) * disc
}

// crossSigmas is how many SigmaDays an article may lie outside a
// story's span and still join it across languages (three: 42 days at
// the default spread). Within a language, words tell two events of the
// same people apart at any distance; names alone do not.
const crossSigmas = 3

// A story and an article whose entity vectors meet on a single term
// ("China", "2024") have one thing in common, however high their cosine:
// when the article names no more than sparseEntities terms (a text in
// Chinese or Japanese, where only the gazetteer and numbers give entity
// terms, or a short one), such a cosine counts only singleTermShare of
// its value. With few articles, IDF cannot yet tell that the one term is
// common. When the two share next to no words either (body and title
// cosines under fewWords), the one name is all they share, and counts
// only loneTermShare: two Japanese wire items of one day that both say
// "東京" are not one story. Neither case occurs in the English sets
// (their figures are the same with loneTermShare at 0).
const (
	sparseEntities  = 3
	singleTermShare = 0.5
	loneTermShare   = 0.25
	fewWords        = 0.05
)

// sharedFactor is the share of an entity cosine that counts when the
// article and the story share n entity terms, the article has terms,
// and words is the higher of their body and title cosines.
func sharedFactor(n, terms int, words float64) float64 {
	switch {
	case n >= 2 || terms > sparseEntities:
		return 1
	case words < fewWords:
		return loneTermShare
	}
	return singleTermShare
}

// timeFactor is the time discount between an article and a story, or -1
// when the article is outside the story's time window. Scores check it
// before the cosines, which are the costly part.
func (c *Clusterer) timeFactor(d *docVecs, cl *cluster) float64 {
	if !d.dated || !cl.dated {
		return 1
	}
	dist := gap(d, cl)
	if dist > c.cfg.WindowDays {
		return -1
	}
	return c.discount(dist)
}

// gap is the number of days between a dated article and a dated story's
// span (0 inside it).
func gap(d *docVecs, cl *cluster) float64 {
	switch {
	case d.day < cl.first:
		return cl.first - d.day
	case d.day > cl.last:
		return d.day - cl.last
	}
	return 0
}

// addLangs adds languages to a story's, up to maxLangs of them.
func addLangs(have []string, add ...string) []string {
	for _, l := range add {
		if l != "" && len(have) < maxLangs && !slices.Contains(have, l) {
			have = append(have, l)
		}
	}
	return have
}

// discount is the factor that scales a similarity of two things dist
// days apart: 1 at no distance, falling as a Gaussian of spread
// SigmaDays to 1 - TimeShare.
func (c *Clusterer) discount(dist float64) float64 {
	w := c.cfg
	return (1 - w.TimeShare) + w.TimeShare*math.Exp(-dist*dist/(2*w.SigmaDays*w.SigmaDays))
}

// newCluster starts a story. Its ID derives from its first article's
// ID, so the same input order gives the same IDs.
func (c *Clusterer) newCluster(articleID string) int32 {
	base := "s" + articleID
	if len(base) > 17 {
		base = base[:17]
	}
	// Article IDs that share their first 16 bytes (the variants of one
	// file name, one site's URLs) share a base: suffixes tell their
	// stories apart. The last suffix given for each base is remembered,
	// so the search starts there instead of at 2, which made each new
	// story's cost grow with the stories of its base (a tenth of an
	// article's time at a million). The IDs are those a search from 2
	// gives, since no ID is ever given up.
	id := base
	n := max(c.suffix[base], 1)
	for {
		if _, taken := c.byID[id]; !taken {
			break
		}
		n++
		id = base + "-" + strconv.Itoa(n)
	}
	if n > 1 {
		c.suffix[base] = n
	}
	c.clusters = append(c.clusters, &cluster{id: id, into: -1, topic: -1})
	k := int32(len(c.clusters) - 1)
	c.byID[id] = int(k)
	c.active = append(c.active, k)
	return k
}

// join adds an article's vectors to a story and indexes the story under
// the article's lookup terms.
func (c *Clusterer) join(k int32, a Article, d *docVecs, look []uint32) {
	cl := c.clusters[k]
	cl.body = prune(addScaled(cl.body, d.body, 1/nz(d.nBody)), c.cfg.MaxTerms)
	cl.title = prune(addScaled(cl.title, d.title, 1/nz(d.nTitle)), c.cfg.MaxTerms)
	cl.ent = prune(addScaled(cl.ent, d.ent, 1/nz(d.nEnt)), c.cfg.MaxTerms)
	cl.nBody, cl.nTitle, cl.nEnt = cl.body.norm(), cl.title.norm(), cl.ent.norm()
	cl.langs = addLangs(cl.langs, d.lang)
	cl.outlets = addOutlet(cl.outlets, a.Outlet, 1)
	if d.dated {
		if !cl.dated {
			cl.first, cl.last, cl.dated = d.day, d.day, true
		}
		cl.first, cl.last = min(cl.first, d.day), max(cl.last, d.day)
	}
	cl.n++
	cl.members = append(cl.members, a.ID)
	c.storyOf[a.ID] = k
	if len(cl.titles) < maxTitleSample {
		if head := cmp.Or(strings.TrimSpace(a.Title), leadTitle(a.Text)); head != "" {
			cl.titles = append(cl.titles, titled{title: head, vec: d.title, n: d.nTitle})
		}
	}
	if c.cfg.SplitRatio > 0 {
		c.keep(cl, newMember(a.ID, a.Title, a.Outlet, d))
	}
	c.indexUnder(k, look)
}

// indexUnder indexes story k under terms, up to maxIndexed of them.
func (c *Clusterer) indexUnder(k int32, look []uint32) {
	cl := c.clusters[k]
	for _, t := range look {
		if len(cl.indexed) >= maxIndexed {
			break
		}
		if !slices.Contains(cl.indexed, t) {
			cl.indexed = append(cl.indexed, t)
			list := append(c.index[t], k)
			if len(list) > maxPosting {
				list = append(list[:0], list[len(list)-maxPosting:]...)
			}
			c.index[t] = list
		}
	}
}

func nz(x float64) float64 {
	if x == 0 {
		return 1
	}
	return x
}

// merge folds story from into story into.
func (c *Clusterer) merge(into, from int32) {
	a, b := c.clusters[into], c.clusters[from]
	a.body = prune(addScaled(a.body, b.body, 1), c.cfg.MaxTerms)
	a.title = prune(addScaled(a.title, b.title, 1), c.cfg.MaxTerms)
	a.ent = prune(addScaled(a.ent, b.ent, 1), c.cfg.MaxTerms)
	a.nBody, a.nTitle, a.nEnt = a.body.norm(), a.title.norm(), a.ent.norm()
	a.langs = addLangs(a.langs, b.langs...)
	for _, o := range b.outlets {
		a.outlets = addOutlet(a.outlets, o.name, o.n)
	}
	if b.dated {
		if !a.dated {
			a.first, a.last, a.dated = b.first, b.last, true
		}
		a.first, a.last = min(a.first, b.first), max(a.last, b.last)
	}
	a.n += b.n
	a.members = append(a.members, b.members...)
	for _, id := range b.members {
		c.storyOf[id] = into
	}
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
	for _, t := range b.indexed {
		if len(a.indexed) < maxIndexed && !slices.Contains(a.indexed, t) {
			a.indexed = append(a.indexed, t)
			c.index[t] = append(c.index[t], into)
		}
	}
	c.unite(into, from)
	a.kept, a.sims, a.noSplit = nil, nil, true
	a.apart = append(a.apart, b.apart...)
	b.into = into
	c.unindex(from)
	*b = cluster{id: b.id, into: into, topic: b.topic, peers: b.peers} // a topic's first story keeps its list
}

// sweep retires the stories idle for longer than the window: their
// vectors, index entries and title sample are dropped, which bounds the
// clusterer's memory by the stories of one window.
func (c *Clusterer) sweep() {
	live := c.active[:0]
	for _, k := range c.active {
		cl := c.clusters[k]
		if cl.into >= 0 {
			continue
		}
		if cl.dated && cl.last < c.now-c.cfg.WindowDays {
			c.retire(k)
			continue
		}
		if cl.kept != nil && cl.dated && cl.last < c.now-splitIdle*c.cfg.SigmaDays {
			// Idle for weeks: a second event's articles would have come.
			cl.kept, cl.sims, cl.noSplit = nil, nil, true
		}
		live = append(live, k)
	}
	c.active = live
	c.forgetPaces()
}

func (c *Clusterer) retire(k int32) {
	cl := c.clusters[k]
	c.unindex(k)
	cl.final = cl.representativeTitle()
	cl.retired = true
	cl.body, cl.title, cl.ent, cl.indexed, cl.titles, cl.outlets = nil, nil, nil, nil, nil, nil
	cl.kept, cl.sims = nil, nil
	cl.nBody, cl.nTitle, cl.nEnt = 0, 0, 0
}

// unindex takes story k off the postings of the terms it is indexed
// under, and drops the terms left with none: a retired or merged story's
// terms would otherwise stay in the index until an article looked them
// up, and most never are, so the index would grow with the stream.
func (c *Clusterer) unindex(k int32) {
	for _, t := range c.clusters[k].indexed {
		list := c.index[t]
		if i := slices.Index(list, k); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		if len(list) == 0 {
			delete(c.index, t)
		} else {
			c.index[t] = list
		}
	}
}

// topicRoot follows a cluster's topic links to the topic's first
// cluster.
func (c *Clusterer) topicRoot(k int32) int32 {
	for n := 0; c.clusters[k].topic >= 0 && n <= len(c.clusters); n++ {
		k = c.clusters[k].topic
	}
	return k
}

// unite puts two clusters' topics together; the earlier-created root
// stays the root, so a topic's name does not change when one joins it.
// The links of a and b are pointed straight at the root, which keeps
// the walks short.
func (c *Clusterer) unite(a, b int32) {
	ra, rb := c.topicRoot(a), c.topicRoot(b)
	root, other := min(ra, rb), max(ra, rb)
	for _, k := range []int32{a, b, ra, rb} {
		if k != root {
			c.clusters[k].topic = root
		}
	}
	if root != other {
		r, o := c.clusters[root], c.clusters[other]
		r.peers = append(append(r.peers, other), o.peers...)
		o.peers = nil
	}
}

// Topics are placed by words alone: two stories of one kind of event
// (two earthquakes, two arrests) share the kind's words (magnitude,
// struck, arrested, charged) but not their names, places or days, so the
// entity share and the time discount that keep them two stories would
// keep them two topics too.
const (
	topicNear  = 4  // best-scoring candidates whose topics a story may join
	topicPeers = 16 // a topic's latest stories its mean is taken over
)

// addNear keeps the topicNear best-scoring candidates in near, best first.
func addNear(near []scored, k int32, s float64) []scored {
	if s <= 0 {
		return near
	}
	i := len(near)
	for i > 0 && near[i-1].s < s {
		i--
	}
	if i >= topicNear {
		return near
	}
	if len(near) < topicNear {
		near = append(near, scored{})
	}
	copy(near[i+1:], near[i:])
	near[i] = scored{k, s}
	return near
}

// scored is a candidate story and its score.
type scored struct {
	k int32
	s float64
}

// placeTopic puts story k, while it is alone in its topic, into the
// topic of one of the current article's best candidates: the one whose
// stories' mean word similarity to k (see topicSim) is highest and at
// least TopicThreshold. A story alone is tried again as it grows (at
// 2, 4, 8 … members, which bounds the cost), as its centroid comes to
// say more than its first article did; once in a topic it stays there
// (topics only unite, as stories merge).
func (c *Clusterer) placeTopic(k int32) {
	cl := c.clusters[k]
	if c.cfg.TopicThreshold > 1 || cl.topic >= 0 || len(cl.peers) > 0 || cl.n&(cl.n-1) != 0 {
		return
	}
	best, bestS := int32(-1), c.cfg.TopicThreshold
	var tried [topicNear]int32
	for i, n := range c.near {
		r := c.topicRoot(c.find(n.k))
		tried[i] = r
		if r == k || slices.Contains(tried[:i], r) {
			continue
		}
		if s := c.topicSim(cl, r); s >= bestS {
			best, bestS = r, s
		}
	}
	if best >= 0 {
		c.unite(best, k)
	}
}

// topicSim is the mean word similarity of story cl to the live stories
// of topic root (its latest topicPeers); 0 when none is live. Each pair's
// similarity is partsCos without the entities: a story of headlines
// alone (a wire alert, a one-line brief) is compared by its titles.
func (c *Clusterer) topicSim(cl *cluster, root int32) float64 {
	var sum float64
	var n int
	add := func(k int32) {
		o := c.clusters[k]
		if o.into >= 0 || o.retired || o == cl || n >= topicPeers {
			return
		}
		sum += c.partsCos(cl, o, false)
		n++
	}
	add(root)
	// Latest first, and a bounded walk: a long-lived topic's retired
	// stories pile up at its start.
	peers := c.clusters[root].peers
	for i := len(peers) - 1; i >= 0 && i >= len(peers)-4*topicPeers && n < topicPeers; i-- {
		add(peers[i])
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// topicID names a cluster's topic: the live story its topic's root
// merged into (or the root itself).
func (c *Clusterer) topicID(k int32) string {
	return c.clusters[c.find(c.topicRoot(k))].id
}

// TopicOf returns the ID of the topic of the story holding an article
// (see Story.Topic).
func (c *Clusterer) TopicOf(articleID string) (string, bool) {
	k, ok := c.storyOf[articleID]
	if !ok {
		return "", false
	}
	return c.topicID(c.find(k)), true
}

// find follows merges to the live cluster.
func (c *Clusterer) find(k int32) int32 {
	for n := 0; c.clusters[k].into >= 0 && n <= len(c.clusters); n++ {
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

// Len returns the number of articles added.
func (c *Clusterer) Len() int { return len(c.storyOf) }

// Stories returns the stories (merged ones excluded), largest first, ties
// in order of creation.
func (c *Clusterer) Stories() []Story {
	var out []Story
	for k, cl := range c.clusters {
		if cl.into >= 0 {
			continue
		}
		s := Story{ID: cl.id, Title: cl.representativeTitle(), Articles: slices.Clone(cl.members),
			MergedFrom: slices.Clone(cl.merged), Topic: c.topicID(int32(k))}
		if len(cl.copies) > 0 {
			s.Copies = make(map[string]string, len(cl.copies))
			for k, v := range cl.copies {
				s.Copies[k] = v
			}
		}
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b Story) int { return len(b.Articles) - len(a.Articles) })
	return out
}

// maxLeadTitle is the most code points of an article's lead that stand
// in for its missing headline.
const maxLeadTitle = 100

// leadTitle returns what stands in for the headline of an article that
// has none (a scrape that kept the body only): its first sentence, cut
// at a word before maxLeadTitle code points with "…".
func leadTitle(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = strings.TrimSpace(text[:i])
	}
	for _, end := range []string{". ", "! ", "? "} {
		if i := strings.Index(text, end); i > 0 {
			text = text[:i+1]
		}
	}
	rs := []rune(text)
	if len(rs) <= maxLeadTitle {
		return text
	}
	cut := string(rs[:maxLeadTitle])
	if i := strings.LastIndexByte(cut, ' '); i > maxLeadTitle/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// representativeTitle is the sampled headline closest to the story's
// title centroid; an article without a headline contributes its lead
// (see leadTitle).
func (cl *cluster) representativeTitle() string {
	if cl.retired {
		return cl.final
	}
	best, bestS := "", -1.0
	for _, t := range cl.titles {
		if s := cos(t.vec, cl.title, t.n, cl.nTitle); s > bestS {
			best, bestS = t.title, s
		}
	}
	return best
}
