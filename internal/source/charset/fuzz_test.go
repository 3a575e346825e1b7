package charset

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that Decode and Detect never panic, that the output
// is always valid UTF-8 and that the names they return are decodable.
// Seeds are the first 4 KiB of every file in the chardet corpora.
func FuzzDecode(f *testing.F) {
	kinds := []string{"", "html", "xml", "text"}
	i := 0
	filepath.WalkDir(chardetDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if len(b) > 4096 {
			b = b[:4096]
		}
		f.Add(b, "", kinds[i%len(kinds)])
		i++
		return nil
	})
	f.Add([]byte("<meta charset=utf-16>\x00a"), "text/html; charset=utf-32", "html")
	f.Add([]byte("<?xml version='1.0' encoding='iso-2022-kr'?>\x1b$)C\x0e\x30"), `text/xml; charset="gb2312`, "xml")
	f.Fuzz(func(t *testing.T, b []byte, ct, kind string) {
		out, name, err := Decode(b, Hints{ContentType: ct, Kind: kind})
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q) as %s gave invalid UTF-8", b, name)
		}
		if _, ok := known[name]; !ok && name != iso2022KRName {
			t.Fatalf("Decode named unknown encoding %q", name)
		}
		n, c := Detect(b)
		if _, ok := known[n]; !ok && n != iso2022KRName {
			t.Fatalf("Detect named unknown encoding %q", n)
		}
		if c < 0 || c > 1 {
			t.Fatalf("Detect confidence %v out of [0, 1]", c)
		}
	})
}
