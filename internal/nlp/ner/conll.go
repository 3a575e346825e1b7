package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tokenized sentence with one tag per token (in a CoNLL
// file's own scheme: IOB1 for CoNLL-2003, IOB2 for CoNLL-2002).
type Sentence struct {
	Words []string
	Tags  []string
}

// Document is a run of sentences that a -DOCSTART- line opened (or the
// whole file when it has none).
type Document struct {
	Sentences []Sentence
}

// Limits on CoNLL input, so that a hostile file cannot exhaust memory
// through one line or one sentence.
const (
	maxLineBytes     = 64 << 10
	maxSentenceWords = 5000
)

// ReadCoNLL reads a CoNLL-format file: one token per line with the word in
// the first column and the NE tag in the last, blank lines between
// sentences, and -DOCSTART- lines between documents. Lines with one column
// get the tag "O".
func ReadCoNLL(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLineBytes)
	var docs []Document
	var cur Document
	var sent Sentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Document{}
	}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flushSent()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		tag := "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		if len(sent.Words) >= maxSentenceWords {
			return nil, fmt.Errorf("conll line %d: sentence longer than %d tokens", line, maxSentenceWords)
		}
		sent.Words = append(sent.Words, f[0])
		sent.Tags = append(sent.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll line %d: %w", line+1, err)
	}
	flushDoc()
	return docs, nil
}
