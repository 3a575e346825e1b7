// Package gazetteer holds storyline's multilingual list of the places,
// people and organisations of world news: one key per thing, with its
// kind and its names in many languages and scripts, so that "North
// Korea", "Coreia do Norte", "북한" and "北朝鮮" are known as one.
//
// The list (gazetteer.tsv) was written by hand for storyline: countries,
// capitals and the cities and regions in the news, leaders and other
// figures since about 2010, international organisations and armed
// groups, in en, de, fr, es, it, pt, ko, ja, zh and ru. No list small
// and free enough to embed covered those ten languages. Its header says
// what it covers and which names are left out on purpose.
//
// The package only reads the list. Each stage matches names its own way
// (story clustering folds kana and finds names inside Han and kana runs;
// the timeline keeps offsets into sentences), so each builds its own
// index from Entries.
package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Kind says what an entry names.
type Kind string

// The kinds of entries.
const (
	Country Kind = "country"
	Capital Kind = "capital" // a capital that stands for its government in news
	City    Kind = "city"
	Region  Kind = "region"
	Site    Kind = "site" // a place within another (Parent)
	Person  Kind = "person"
	Org     Kind = "org"
)

// EntityType is the entity type (PER, ORG or LOC) of things of kind k.
func (k Kind) EntityType() string {
	switch k {
	case Person:
		return "PER"
	case Org:
		return "ORG"
	}
	return "LOC"
}

var kinds = map[Kind]bool{Country: true, Capital: true, City: true, Region: true, Site: true, Person: true, Org: true}

// Entry is one thing the gazetteer knows.
type Entry struct {
	// Key identifies the entry: an ISO 3166 alpha-3 code for a country,
	// a name in capitals for the rest.
	Key  string
	Kind Kind
	// Parent is the key of the place that contains a site, or "".
	Parent string
	// Names are the entry's names in any language, the display name
	// first.
	Names []string
}

//go:embed gazetteer.tsv
var embeddedTSV string

var entries = embedded("list", func() ([]Entry, error) { return Parse(embeddedTSV) })

// Entries returns the embedded gazetteer's entries in file order. The
// slice and its entries are shared: callers must not modify them.
func Entries() []Entry { return entries() }

// embedded returns a function that parses an embedded file once and
// returns what it holds. The package's tests check the files, so a
// parse error is a bug in the build and panics, naming what failed.
func embedded[T any](what string, parse func() ([]T, error)) func() []T {
	once := sync.OnceValues(parse)
	return func() []T {
		v, err := once()
		if err != nil {
			panic(fmt.Sprintf("gazetteer: embedded %s: %v", what, err))
		}
		return v
	}
}

// Parse reads a gazetteer in the embedded file's form: lines of key,
// kind, parent and comma-separated names, separated by tabs; blank lines
// and lines starting with "#" are skipped. It reports the first
// malformed line: a wrong number of fields, no key, an unknown kind, no
// name, or a key given twice.
func Parse(tsv string) ([]Entry, error) {
	var out []Entry
	seen := map[string]bool{}
	for n, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: %d fields, want 4 (key, kind, parent, names)", n+1, len(f))
		}
		e := Entry{Key: f[0], Kind: Kind(f[1]), Parent: f[2]}
		switch {
		case e.Key == "":
			return nil, fmt.Errorf("line %d: no key", n+1)
		case !kinds[e.Kind]:
			return nil, fmt.Errorf("line %d: key %s: unknown kind %q", n+1, e.Key, f[1])
		case seen[e.Key]:
			return nil, fmt.Errorf("line %d: key %s given twice", n+1, e.Key)
		}
		seen[e.Key] = true
		for _, name := range strings.Split(f[3], ",") {
			if name = strings.TrimSpace(name); name != "" {
				e.Names = append(e.Names, name)
			}
		}
		if len(e.Names) == 0 {
			return nil, fmt.Errorf("line %d: key %s has no name", n+1, e.Key)
		}
		out = append(out, e)
	}
	for _, e := range out {
		if e.Parent != "" && !seen[e.Parent] {
			return nil, fmt.Errorf("key %s: parent %s is not in the list", e.Key, e.Parent)
		}
	}
	return out, nil
}
