// Package timex reads the TempEval-3 TimeML corpora (TimeBank, AQUAINT)
// and scores a temporal tagger on them with the Task A timex metrics:
// strict and relaxed extent P/R/F1, and type and value F1 over relaxed
// matches. The TE3 toolkit is Python and Java; this is a small Go
// reimplementation of its definitions as described in
// shared/data/nlp/tempeval3/README.md, so the figures can be produced by
// the storyline binary itself.
package timex

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// maxDocBytes caps one .tml file; the largest in TBAQ-cleaned is ~60 KB.
const maxDocBytes = 8 << 20

// Span is one gold TIMEX3 in a document's text.
type Span struct {
	Start, End int    // code-point offsets into Doc.Text, end exclusive
	Text       string // the covered text
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value
}

// Doc is one TimeML document: its creation time and the plain text of
// its TEXT element with the gold TIMEX3 spans in it.
type Doc struct {
	ID   string
	DCT  time.Time
	Text string
	Gold []Span
}

// ReadDoc parses one TimeML document. name is used in errors.
func ReadDoc(r io.Reader, name string) (*Doc, error) {
	dec := xml.NewDecoder(io.LimitReader(r, maxDocBytes))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	doc := &Doc{ID: strings.TrimSuffix(filepath.Base(name), ".tml")}
	var (
		inText, inDCT bool
		text          strings.Builder
		runes         int
		open          []Span // TIMEX3 elements opened inside TEXT
		dct           string
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				if inDCT && dct == "" {
					dct = attr(t, "value")
				}
				if inText {
					open = append(open, Span{Start: runes, Type: attr(t, "type"), Value: attr(t, "value")})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if inText && len(open) > 0 {
					s := open[len(open)-1]
					open = open[:len(open)-1]
					s.End = runes
					doc.Gold = append(doc.Gold, s)
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
				runes += utf8.RuneCount(t)
			}
		}
	}
	if dct == "" {
		return nil, fmt.Errorf("timeml %s: no document creation time", name)
	}
	d, err := parseDCT(dct)
	if err != nil {
		return nil, fmt.Errorf("timeml %s: dct %q: %w", name, dct, err)
	}
	doc.DCT = d
	doc.Text = text.String()
	rs := []rune(doc.Text)
	for i := range doc.Gold {
		g := &doc.Gold[i]
		g.Text = string(rs[g.Start:g.End])
	}
	sort.SliceStable(doc.Gold, func(i, j int) bool { return doc.Gold[i].Start < doc.Gold[j].Start })
	return doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func parseDCT(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	if len(v) >= 10 {
		return time.Parse("2006-01-02", v[:10])
	}
	return time.Time{}, errors.New("unrecognised date")
}

// ReadDir reads every .tml file in dir, in name order.
func ReadDir(dir string) ([]*Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("timeml dir %s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("timeml dir %s: no .tml files", dir)
	}
	sort.Strings(names)
	docs := make([]*Doc, 0, len(names))
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		d, err := ReadDoc(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
