package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/nlp/ner"
	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// unlabelledSentences gathers tokenized English-heavy news text from the
// shared data for word-cluster induction: the CoNLL-2003 training text
// (words only), KCNA, Giveme5W1H, PolNeAR (train/dev), TempEval-3 TBAQ,
// ECB+ (train/dev topics) and the article texts of the extraction gold
// sets. CoNLL development and test text is not used.
func unlabelledSentences(data string, train []ner.Document) ([][]string, error) {
	var out [][]string
	for _, d := range train {
		for _, s := range d.Sentences {
			out = append(out, s.Words)
		}
	}
	addText := func(text string) {
		for _, s := range tokenize.Sentences(text) {
			ws := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				ws[i] = t.Text
			}
			out = append(out, ws)
		}
	}
	// KCNA: a JSON array of articles.
	kcna := filepath.Join(data, "corpus", "kcna", "headlines_2024-11-11.json")
	b, err := os.ReadFile(kcna)
	if err != nil {
		return nil, err
	}
	var recs []struct {
		Headline string `json:"headline"`
		Story    string `json:"story_text"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("%s: %w", kcna, err)
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if seen[r.Story] {
			continue
		}
		seen[r.Story] = true
		addText(r.Headline)
		addText(r.Story)
	}
	// Giveme5W1H: news-please JSON, one article per file.
	err = eachFile(filepath.Join(data, "clustering", "giveme5w1h", "data", "*.json"), func(f string, b []byte) error {
		var a struct{ Title, Description, Text string }
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		addText(a.Title)
		addText(a.Text)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Extraction gold sets: JSON lines with a "text" field.
	for _, set := range []string{"scrapinghub-aeb", "readability", "fundus", "newspaper4k"} {
		path := filepath.Join(data, "extraction", set, "gold.jsonl")
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var g struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &g) == nil {
				addText(g.Text)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	// PolNeAR (train and dev articles): plain text, one file an article.
	err = eachFile(filepath.Join(data, "nlp", "polnear", "*", "text", "*.txt"), func(_ string, b []byte) error {
		addText(string(b))
		return nil
	})
	if err != nil {
		return nil, err
	}
	// TempEval-3 TBAQ (TimeBank and AQUAINT): TimeML, the text of TEXT
	// and TITLE without the inline tags.
	err = eachFile(filepath.Join(data, "nlp", "tempeval3", "TBAQ-cleaned", "*", "*.tml"), func(_ string, b []byte) error {
		for _, m := range timemlText.FindAllStringSubmatch(string(b), -1) {
			addText(html.UnescapeString(xmlTag.ReplaceAllString(m[1], "")))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// ECB+ (the train/dev topics here): pre-tokenized XML.
	err = eachFile(filepath.Join(data, "clustering", "ecbplus", "ECB+", "*", "*.xml"), func(_ string, b []byte) error {
		out = append(out, ecbSentences(string(b))...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachFile calls fn with the name and contents of each file matching the
// glob pattern, in sorted order, stopping at the first error.
func eachFile(pattern string, fn func(name string, b []byte) error) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := fn(f, b); err != nil {
			return err
		}
	}
	return nil
}

var (
	timemlText = regexp.MustCompile(`(?s)<(?:TITLE|TEXT)>(.*?)</(?:TITLE|TEXT)>`)
	xmlTag     = regexp.MustCompile(`<[^>]*>`)
)

var ecbToken = regexp.MustCompile(`<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)

func ecbSentences(doc string) [][]string {
	var out [][]string
	var cur []string
	last := -1
	for _, m := range ecbToken.FindAllStringSubmatch(doc, -1) {
		s, _ := strconv.Atoi(m[1])
		if s != last && len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
		last = s
		if w := strings.TrimSpace(html.UnescapeString(m[2])); w != "" {
			cur = append(cur, w)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
