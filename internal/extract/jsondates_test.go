package extract

import (
	"reflect"
	"testing"
)

// TestJSONDates checks that the dates read from a JSON-LD block are the
// article's and its page's, not those of the portraits, videos, people
// and organisations nested in it, and that they come in a fixed order.
func TestJSONDates(t *testing.T) {
	tests := []struct {
		name, src string
		want      [][2]string
	}{
		{"article", `{"@type":"NewsArticle","datePublished":"2024-08-08T08:00Z","dateModified":"2024-08-09"}`,
			[][2]string{{"datePublished", "2024-08-08T08:00Z"}, {"dateModified", "2024-08-09"}}},
		{"author portrait and video skipped", `{"@type":"ReportageNewsArticle",
			"author":[{"@type":"Person","image":{"@type":"ImageObject","datePublished":"2024-05-09T20:31Z"}}],
			"video":[{"@type":"VideoObject","datePublished":"2024-08-07T21:00Z"}],
			"image":[{"@type":"ImageObject","datePublished":"2024-08-06T18:47Z"}],
			"datePublished":"2024-08-08T08:00Z"}`,
			[][2]string{{"datePublished", "2024-08-08T08:00Z"}}},
		{"graph page and article, keys sorted", `{"@graph":[{"@type":"WebPage","datePublished":"2020-01-02"},
			{"@type":["NewsArticle"],"datePublished":"2020-01-03","author":{"@type":"Person","dateCreated":"2019-01-01"}}]}`,
			[][2]string{{"datePublished", "2020-01-02"}, {"datePublished", "2020-01-03"}}},
		{"a list of media types only", `{"@type":["ImageObject","Photograph"],"datePublished":"2020-01-02"}`, nil},
		{"untyped", `{"datePublished":"2020-01-02"}`, [][2]string{{"datePublished", "2020-01-02"}}},
		{"not JSON", `{"datePublished":`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := jsonDates(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("jsonDates = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNestedJSONDateOnRealPage checks a CBC News page whose JSON-LD dates
// the author's portrait three months before the article: the article's
// own datePublished is the page's date.
func TestNestedJSONDateOnRealPage(t *testing.T) {
	a := extractSharedPage(t, "../html-news", "fundus_ca_CBCNews_2024_08_08.html.gz",
		"https://www.cbc.ca/news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711")
	if len(a.Published) < 10 || a.Published[:10] != "2024-08-08" {
		t.Errorf("published %q (from %s), want 2024-08-08", a.Published, a.PublishedFrom)
	}
}
