package clustering

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source/jsonrec"
	"github.com/storyline/storyline/internal/story"
)

// Item is one article of an evaluation set with its gold labels.
type Item struct {
	Article story.Article
	// Gold is the fine gold cluster (event, sub-topic); Coarse the
	// coarse one (topic) where the set has it.
	Gold, Coarse string
	// Dev marks items of the development split (used for tuning).
	Dev bool
}

// Set is a named evaluation set, in arrival order.
type Set struct {
	Name  string
	Items []Item
}

// readTSV reads a header-led TSV file into maps.
func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var head []string
	var rows []map[string]string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if head == nil {
			head = cols
			continue
		}
		row := map[string]string{}
		for i, h := range head {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// LoadGiveme5W1H reads the news-please articles, in publication order.
// Events whose name hashes (FNV-1a) to an even number form the
// development split.
func LoadGiveme5W1H(dir string) (*Set, error) {
	rows, err := readTSV(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return nil, fmt.Errorf("giveme5w1h gold: %w", err)
	}
	set := &Set{Name: "giveme5w1h"}
	for _, row := range rows {
		path := filepath.Join(dir, "data", row["file"])
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("giveme5w1h: %w", err)
		}
		var rec *model.Record
		err = jsonrec.Decode(f, func(_ int, r *model.Record) error { rec = r; return nil })
		f.Close()
		if err != nil || rec == nil {
			return nil, fmt.Errorf("giveme5w1h %s: %v", row["file"], err)
		}
		ev := row["event_id"]
		set.Items = append(set.Items, Item{
			Article: story.Article{ID: row["file"], Title: rec.Title, Text: rec.Text, Published: rec.Published, Outlet: rec.Outlet},
			Gold:    ev, Coarse: row["topic_id"], Dev: evenHash(row["event"]),
		})
	}
	sort.SliceStable(set.Items, func(i, j int) bool {
		return set.Items[i].Article.Published.Before(set.Items[j].Article.Published)
	})
	return set, nil
}

func evenHash(s string) bool {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()%2 == 0
}

func oddID(s string) bool {
	return s != "" && (s[len(s)-1]-'0')%2 == 1
}

// LoadECBPlus reads the ECB+ documents (tokens joined back into text).
// ECB+ has no dates; documents arrive in file order. Odd topics form the
// development split (the held-out test topics 36–45 are not read).
func LoadECBPlus(dir string) (*Set, error) {
	rows, err := readTSV(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return nil, fmt.Errorf("ecbplus gold: %w", err)
	}
	set := &Set{Name: "ecbplus"}
	for _, row := range rows {
		title, text, err := ecbText(filepath.Join(dir, row["file"]))
		if err != nil {
			return nil, fmt.Errorf("ecbplus %s: %w", row["file"], err)
		}
		set.Items = append(set.Items, Item{
			Article: story.Article{ID: row["file"], Title: title, Text: text},
			Gold:    row["subtopic"], Coarse: row["topic"], Dev: oddID(row["topic"]),
		})
	}
	return set, nil
}

// ecbText rebuilds a document's sentences from its tokens. In *ecbplus*
// documents sentence 0 is the source URL and is dropped.
func ecbText(path string) (title, text string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", err
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var sents [][]string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", "", err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "token" {
			continue
		}
		var t struct {
			Sentence int    `xml:"sentence,attr"`
			Text     string `xml:",chardata"`
		}
		if err := dec.DecodeElement(&t, &se); err != nil {
			return "", "", err
		}
		for len(sents) <= t.Sentence {
			sents = append(sents, nil)
		}
		sents[t.Sentence] = append(sents[t.Sentence], t.Text)
	}
	if strings.HasSuffix(path, "ecbplus.xml") && len(sents) > 0 {
		sents = sents[1:]
	}
	var lines []string
	for _, s := range sents {
		if len(s) > 0 {
			lines = append(lines, strings.Join(s, " "))
		}
	}
	if len(lines) == 0 {
		return "", "", nil
	}
	return lines[0], strings.Join(lines[1:], "\n"), nil
}

// LoadMStream reads the MStream News stream: preprocessed headlines in
// arrival order. Odd cluster IDs form the development split.
func LoadMStream(dir string) (*Set, error) {
	f, err := os.Open(filepath.Join(dir, "News.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("mstream: %w", err)
	}
	defer f.Close()
	set := &Set{Name: "mstream"}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 0; sc.Scan(); n++ {
		var rec struct {
			Text    string `json:"textCleaned"`
			Cluster any    `json:"clusterNo"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("mstream line %d: %w", n+1, err)
		}
		gold := fmt.Sprint(rec.Cluster)
		set.Items = append(set.Items, Item{
			Article: story.Article{ID: fmt.Sprintf("m%d", n), Title: rec.Text},
			Gold:    gold, Dev: oddID(gold),
		})
	}
	return set, sc.Err()
}

// LoadMultilingual reads the ML-Crisis es/fr/it articles labelled by
// story. The files carry no dates; they arrive in gold-file order.
func LoadMultilingual(dir string) (*Set, error) {
	rows, err := readTSV(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return nil, fmt.Errorf("multilingual gold: %w", err)
	}
	set := &Set{Name: "multilingual"}
	for i, row := range rows {
		file := row["file"]
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			return nil, fmt.Errorf("multilingual: %w", err)
		}
		text := string(b)
		title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
		day, _ := time.Parse("2006-01-02", row["pub_date"])
		set.Items = append(set.Items, Item{
			Article: story.Article{ID: file, Title: title, Text: body, Published: day, Lang: row["lang"]},
			Gold:    row["story"], Coarse: row["lang"], Dev: i%2 == 1,
		})
	}
	sort.SliceStable(set.Items, func(i, j int) bool {
		return set.Items[i].Article.Published.Before(set.Items[j].Article.Published)
	})
	return set, nil
}

// kcnaLabels holds the event labels of the KCNA articles of August 2024
// (see the file's own header for how they were made).
//
//go:embed kcna-2024-08.tsv
var kcnaLabels string

// jucheDate matches the Juche-calendar stamp KCNA headlines carry
// ("[Juche113.8.2.]").
var jucheDate = regexp.MustCompile(`\s*\[Juche[^\]]*\]\s*`)

// kcnaPrefix and kcnaSuffix wrap an article's ID in its KCNA link.
const kcnaPrefix, kcnaSuffix = "http://www.kcna.kp/en/article/q/", ".kcmsf"

// LoadKCNA reads the labelled KCNA articles of August 2024 from the KCNA
// dump in dir (../shared/data/corpus/kcna): one outlet, about fifty
// articles a day, in publication order. Events whose label hashes
// (FNV-1a) to an even number form the development split.
func LoadKCNA(dir string) (*Set, error) {
	type label struct{ event, day string }
	labels := map[string]label{}
	var order []string
	for i, line := range strings.Split(kcnaLabels, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("kcna labels line %d: %d columns, want 3", i+1, len(cols))
		}
		labels[cols[0]] = label{event: cols[2], day: cols[1]}
		order = append(order, cols[0])
	}
	path := filepath.Join(dir, "headlines_2024-11-11.json")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("kcna: %w", err)
	}
	defer f.Close()
	found := map[string]story.Article{}
	err = jsonrec.Decode(f, func(_ int, r *model.Record) error {
		id := strings.TrimSuffix(strings.TrimPrefix(r.URL, kcnaPrefix), kcnaSuffix)
		if _, ok := labels[id]; !ok {
			return nil
		}
		if _, dup := found[id]; dup || strings.TrimSpace(r.Text) == "" {
			return nil
		}
		title := strings.TrimSpace(jucheDate.ReplaceAllString(r.Title, " "))
		found[id] = story.Article{ID: id, Title: title, Text: r.Text, Published: r.Published, Lang: "en", Outlet: "KCNA"}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("kcna %s: %w", path, err)
	}
	set := &Set{Name: "kcna"}
	for _, id := range order {
		a, ok := found[id]
		if !ok {
			return nil, fmt.Errorf("kcna: labelled article %s is not in %s", id, path)
		}
		if day := a.Published.UTC().Format(time.DateOnly); day != labels[id].day {
			return nil, fmt.Errorf("kcna: article %s is dated %s in %s, %s in the labels", id, day, path, labels[id].day)
		}
		ev := labels[id].event
		set.Items = append(set.Items, Item{Article: a, Gold: ev, Dev: evenHash(ev)})
	}
	sort.SliceStable(set.Items, func(i, j int) bool {
		return set.Items[i].Article.Published.Before(set.Items[j].Article.Published)
	})
	return set, nil
}
