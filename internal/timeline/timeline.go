// Package timeline builds a story's dated timeline of events from its
// articles: every event cites the sentences it was read from, counts the
// independent outlets that report it (corroboration) and lists where the
// sources disagree (conflicts) on its date, its place, or a person's role.
//
// The method is rule-based and runs in one pass over each article:
//
//   - sentences are split and each is searched for event triggers, verbs
//     and nouns of a small event ontology modelled on PLOVER (see Types);
//   - dates come from package timex, anchored on the article's publication
//     date; an undated article gets an estimated anchor from its own text
//     (the latest explicit date it mentions, narrowed by the terms of office
//     its titles imply: "president-elect Trump", "President Lee");
//   - places and actors come from an embedded multilingual gazetteer
//     (package gazetteer), plus the entities the caller supplies (from NER);
//   - a sentence that pairs several places with several dates ("in
//     Singapore in 2018, Hanoi in 2019") yields one event per pair;
//   - mentions are then merged across articles when they have the same
//     type, compatible dates and the same place or the same participants;
//     a mention that fits several events is kept apart.
//
// We wrote our own because the event coders that implement PLOVER or CAMEO
// (NGEC, PETRARCH) are Python pipelines built on large neural models and
// dependency parsers, which cannot be linked into a static Go binary, and
// none of them builds a cross-document timeline with citations.
//
// Entities and quotations are inputs: the caller may fill Article.Entities
// from a named-entity tagger and Article.Quotes from a quotation
// extractor. When Quotes is nil, a simple pattern of this package finds
// direct quotations (see ExtractQuotes).
package timeline

import "time"

// Article is one article of a story, as Build reads it.
type Article struct {
	ID     string
	Source string // input path, used as the outlet when Outlet is empty
	Outlet string
	// CopyOf names the article this one is a syndicated copy of; a copy
	// counts as its original's outlet for corroboration.
	CopyOf string
	Title  string
	URL    string
	// Language is an ISO 639-1 code, or "".
	Language string
	Text     string
	// Ingested is when the article was stored; Options.Since compares
	// with it.
	Ingested time.Time
	// Published is the publication time; zero when unknown.
	Published time.Time
	// PublishedPrecision is "day", "month" or "year" (how much of
	// Published is known); empty means day.
	PublishedPrecision string
	// Entities are named entities of Text (code-point offsets), from a
	// tagger; optional.
	Entities []Entity
	// Times are the time expressions of Text normalised against
	// Published (from package nlp's annotations); nil to let Build tag
	// them itself.
	Times []Time
	// Quotes are the attributed quotations of Text; nil to let Build find
	// them itself.
	Quotes []Quote
}

// Entity is a named entity in an article's text.
type Entity struct {
	Text       string
	Type       string // PER, ORG, LOC or MISC
	Start, End int    // code-point offsets into Article.Text, End exclusive
	// Canonical is the entity's full name within its article ("Kim Jong
	// Un" for "Kim"), or "".
	Canonical string
}

// Time is a time expression in an article's text.
type Time struct {
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value: 2019-06-30, 2025-06, P3D …
	Start, End int    // code-point offsets into Article.Text, End exclusive
}

// Quote is an attributed quotation in an article's text.
type Quote struct {
	Speaker string // who is quoted, as the text names them
	// Canonical is the speaker's full name when a pronoun or a role
	// ("he", "the official") was resolved, or "".
	Canonical  string
	Text       string // what is quoted
	Start, End int    // code-point offsets of Text in Article.Text
	Direct     bool   // a quotation in quotation marks
	// Cue is the word or phrase that ties speaker and content ("said",
	// "according to"), or "".
	Cue string
}

// View is a story's timeline, ready to render.
type View struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Events are in date order (coarser dates before finer ones of the
	// same period), then by first mention.
	Events []Event `json:"events"`
	// Quotes are grouped by speaker: one speaker's quotes are adjacent.
	Quotes   []QuoteRow    `json:"quotes"`
	Entities []EntityRow   `json:"entities"`
	Coverage []CoverageRow `json:"coverage"`
	// Articles are the story's articles in publication order.
	Articles []ArticleRow `json:"articles"`
	// Conflicts are disagreements that are not about one event: how
	// sources name a person's role.
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// Event is one dated event of the timeline.
type Event struct {
	// ID names the event within its story (stable for the same sources).
	ID string `json:"id"`
	// Date is a TIMEX3-like value: 2018-06-12, 2019-06 or 2018, or a
	// range "2018/2019".
	Date string `json:"date"`
	// Precision is day, month, year or range.
	Precision string `json:"precision"`
	// Estimated reports that the date rests on an estimated publication
	// date (an undated article) or on the publication date alone.
	Estimated bool     `json:"estimated,omitempty"`
	Type      string   `json:"type"`
	Summary   string   `json:"summary"`
	Actors    []string `json:"actors"`
	Place     string   `json:"place"`
	Sources   []Source `json:"sources"`
	// Corroboration counts independent outlets: copies count once.
	Corroboration int        `json:"corroboration"`
	Conflicts     []Conflict `json:"conflicts"`
	// New marks an event first reported by an article stored after
	// Options.Since.
	New bool `json:"new,omitempty"`
}

// ArticleRow is one article of the story.
type ArticleRow struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // YYYY-MM-DD, YYYY-MM, YYYY or ""
	Language  string `json:"language"`
	// CopyOf is the article this one is a syndicated copy of.
	CopyOf string `json:"copy_of,omitempty"`
	// New marks an article stored after Options.Since.
	New bool `json:"new,omitempty"`
}

// Source is one sentence an event was read from.
type Source struct {
	Article  string `json:"article"`
	Source   string `json:"source"`
	Outlet   string `json:"outlet"`
	Sentence string `json:"sentence"`
	// Start and End are the sentence's code-point offsets in the
	// article's text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Conflict is a disagreement among sources.
type Conflict struct {
	// Field is date, place or role.
	Field string `json:"field"`
	// Subject names what the conflict is about when it is not the event
	// itself (the person, for a role).
	Subject string `json:"subject,omitempty"`
	// Values are the competing values, Sources[i] backing Values[i].
	Values  []string   `json:"values"`
	Sources [][]Source `json:"sources"`
	// Note explains the conflict in one line.
	Note string `json:"note,omitempty"`
}

// QuoteRow is one quotation of the story.
type QuoteRow struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Article string `json:"article"`
	Source  string `json:"source"`
	Outlet  string `json:"outlet"`
}

// EntityRow is a person, organisation or place of the story.
type EntityRow struct {
	Name string `json:"name"`
	Type string `json:"type"` // PER, ORG, LOC or MISC
	// Articles lists the IDs of the articles that name it.
	Articles []string `json:"articles"`
	// Roles are the titles the articles give a person ("President",
	// "former U.S. President").
	Roles []string `json:"roles,omitempty"`
	// Mentions counts the mentions per outlet.
	Mentions map[string]int `json:"mentions"`
}

// CoverageRow is what one outlet contributed.
type CoverageRow struct {
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
	// First and Last are the earliest and latest publication dates
	// (estimated ones included), or "" when none is known.
	First string `json:"first"`
	Last  string `json:"last"`
	// Events counts the events this outlet is a source of.
	Events int `json:"events"`
	// FirstToReport marks the outlet (or outlets) with the earliest
	// publication date.
	FirstToReport bool `json:"first_to_report,omitempty"`
}

// Limits that keep Build's memory bounded on hostile input.
const (
	// MaxArticles is the most articles Build reads; the rest are ignored.
	MaxArticles = 5000
	// MaxText is the most bytes of an article's text Build reads.
	MaxText = 256 << 10
	// MaxSentence is the most code points a sentence keeps; a longer
	// run without a sentence end is cut.
	MaxSentence = 2000
)
