package story

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzAdd feeds hostile titles and texts to the tokeniser, the
// gazetteer, near-duplicate folding and the clusterer; it must not panic
// and must account for every article.
func FuzzAdd(f *testing.F) {
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "data", "clustering", "multilingual", "ml-crisis", "fr", "syria"),
		filepath.Join("..", "..", "..", "shared", "data", "clustering", "multilingual", "ml-crisis", "es", "egypt"),
	} {
		files, _ := filepath.Glob(filepath.Join(p, "*", "*.txt"))
		for i, file := range files {
			if i == 5 {
				break
			}
			if b, err := os.ReadFile(file); err == nil && len(b) < 20000 {
				f.Add("", string(b))
			}
		}
	}
	f.Add("북한은 미국과", "特朗普在新加坡会见了金正恩. Путин прибыл в Пекин. l'ONU d'")
	f.Add("", summit)
	f.Fuzz(func(t *testing.T, title, text string) {
		c := New(Config{})
		c.Add(Article{ID: "a", Title: title, Text: text})
		c.Add(Article{ID: "b", Title: text, Text: title})
		c.Add(Article{ID: "c", Title: title, Text: text + " " + text})
		n := 0
		for _, s := range c.Stories() {
			n += len(s.Articles)
		}
		if n != 3 {
			t.Errorf("%d articles in stories, want 3", n)
		}
	})
}

// FuzzRestore feeds corrupted snapshots to ReadSnapshot: it must return an
// error or a clusterer that works, never panic.
func FuzzRestore(f *testing.F) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "clustering", "multilingual", "ml-crisis", "it", "egypt")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	c := New(Config{})
	for i, file := range files {
		if i == 8 {
			break
		}
		if b, err := os.ReadFile(file); err == nil && len(b) < 20000 {
			c.Add(Article{ID: file, Text: string(b)})
		}
	}
	c.Add(Article{ID: "s", Title: "Summit", Text: summit})
	c.Add(Article{ID: "s2", Title: "Summit", Text: summit})
	var snap bytes.Buffer
	if err := c.WriteSnapshot(&snap); err == nil {
		f.Add(snap.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadSnapshot(bytes.NewReader(data), Config{})
		if err != nil {
			return
		}
		r.Add(Article{ID: "new", Title: "Summit", Text: summit + " " + quake})
		r.Add(Article{ID: "s", Title: "Summit", Text: summit})
		r.Stories()
		if err := r.WriteSnapshot(io.Discard); err != nil {
			t.Errorf("restored clusterer cannot snapshot: %v", err)
		}
	})
}
