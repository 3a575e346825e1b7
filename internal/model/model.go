// Package model holds the types that several pipeline stages share:
// the Document a source yields, the Record a structured source already
// parsed, and the Article that extraction produces. The types carry data
// only; behaviour lives in the stage that owns it.
package model

import "time"

// Kind says what a Document's body holds, and so which extractor reads it.
type Kind string

// The kinds of Document a source yields.
const (
	// KindHTML is an HTML page (from a file, a WARC record or a feed item).
	KindHTML Kind = "html"
	// KindText is a plain-text scrape: a page kept as text, furniture and all.
	KindText Kind = "text"
	// KindRecord is an article a structured source (JSON, feed) already
	// split into fields; see Document.Record.
	KindRecord Kind = "record"
)

// Document is one unit of input, before extraction: a file, or one item of
// a container (a JSON array element, a feed item, a WARC record).
type Document struct {
	// Source is the input path as the user gave it ("-" for stdin).
	Source string
	// Origin names the document within its source, e.g. "a.json#12" or
	// "crawl.warc.gz@1834"; equal to Source for single-document files.
	Origin string
	// Kind selects the extractor.
	Kind Kind
	// Body is the document's content as valid UTF-8 (HTML or text). Empty
	// for KindRecord.
	Body []byte
	// URL is the document's address when the source knows it (WARC
	// target, feed link, JSON url field); a hint for extraction.
	URL string
	// Charset is the encoding the body was decoded from.
	Charset string
	// Container names the container format that yielded the document
	// ("warc", "feed", "json"), or "" for a plain file.
	Container string
	// Fetched is when a container says the page was captured (WARC-Date).
	Fetched time.Time
	// Record holds the fields of a KindRecord document.
	Record *Record
}

// Record is an article whose fields a structured source already knows.
type Record struct {
	Title   string
	Text    string // body; HTML when TextIsHTML
	Authors []string
	Outlet  string
	// Published is the publication time; zero when unknown.
	Published time.Time
	// PublishedDateOnly reports that Published carries a day, not a time.
	PublishedDateOnly bool
	Language          string // ISO 639-1 when the source says
	URL               string
	// TextIsHTML reports that Text is markup to be cleaned.
	TextIsHTML bool
	// Summary reports that Text is only a summary (a feed item without
	// full content), not the article's body.
	Summary bool
}

// Article is the clean result of extraction: one news article.
type Article struct {
	// ID is the content hash of the article's title and text (hex).
	ID string `json:"id"`
	// Source is the input path the article was first read from.
	Source string `json:"source"`
	// Origins lists every place the same article was read from.
	Origins []string `json:"origins,omitempty"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Authors []string `json:"authors"`
	// Published is "YYYY-MM-DD" or RFC 3339, or "" when unknown.
	Published string `json:"published"`
	// PublishedFrom says where Published came from: meta, url, header,
	// text, feed, warc, json or none.
	PublishedFrom string `json:"published_from"`
	// PublishedPrecision is "day", "month" or "year" when Published is
	// a date of that precision, or "" when it is unknown or a full time.
	PublishedPrecision string `json:"published_precision,omitempty"`
	// PublishedEarliest and PublishedLatest ("YYYY-MM-DD") bound the
	// days the evidence allows when Published was estimated from the
	// text; PublishedLatest is "" when the text gives no upper bound.
	PublishedEarliest string `json:"published_earliest,omitempty"`
	PublishedLatest   string `json:"published_latest,omitempty"`
	// PublishedEvidence says what a date estimated from the text rests
	// on, one reading per entry.
	PublishedEvidence []string `json:"published_evidence,omitempty"`
	// PublishedWarnings lists what in the text contradicts a date found
	// on the page; the date is kept.
	PublishedWarnings []string `json:"published_warnings,omitempty"`
	// Language is an ISO 639-1 code, or "" when undetermined.
	Language string `json:"language"`
	Outlet   string `json:"outlet"`
	// Text is the clean body, paragraphs separated by one blank line.
	Text string `json:"text"`
	// Removed lists the lines dropped as page furniture.
	Removed []string `json:"removed"`
	// Summary reports that Text is a feed summary, not the full body.
	Summary bool `json:"summary,omitempty"`
	// Ingested is when the article was first stored (zero before).
	Ingested time.Time `json:"ingested,omitempty"`
}

// Story is a group of articles about one event, across outlets,
// languages and time.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Articles lists the IDs of the story's articles in arrival order,
	// syndicated copies included.
	Articles []string `json:"articles"`
	// Copies maps a copy's article ID to the canonical article it
	// repeats.
	Copies map[string]string `json:"copies,omitempty"`
	// MergedFrom lists the stories that were merged into this one.
	MergedFrom []string `json:"merged_from,omitempty"`
	// Topic is the ID of the story's topic, a coarser group of related
	// stories (story.Story.Topic); the story's own ID when it has none.
	Topic string `json:"topic,omitempty"`
}

// SourceState is what storyline remembers of a watched source between
// polls: enough to ask the server only for what changed, to back off
// when it fails, and to show the user how each source is doing.
type SourceState struct {
	// Key names the source: its URL, or its folder path.
	Key          string    `json:"source"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPoll     time.Time `json:"last_poll"`
	LastSuccess  time.Time `json:"last_success"`
	LastError    string    `json:"last_error,omitempty"`
	// Failures counts polls failed in a row (0 after a success).
	Failures int       `json:"failures"`
	NextPoll time.Time `json:"next_poll"`
	// Articles counts the articles this source has brought.
	Articles int `json:"articles"`
}
