package story

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/sharedtest"
)

// synth grows a stream of any length from the real Giveme5W1H articles:
// article i is template i mod 383 in variant i div 383. A variant renames
// every capitalised word and every number of its template with a suffix
// of its own ("Equifax" → "Equifaxqb"), so each variant of an event is a
// new story with the vocabulary, length and entity density of real news,
// and the stream runs at about 1,000 articles a day, so the time window
// holds a bounded number of live stories, as a real feed would.
type synth struct {
	tmpl []Article
	base time.Time
}

func newSynth(tb testing.TB) *synth {
	return &synth{tmpl: giveme(tb), base: day("2020-01-01")}
}

func (s *synth) article(i int) Article {
	t := s.tmpl[i%len(s.tmpl)]
	k := i / len(s.tmpl)
	// English, as the pipeline's language detection would say.
	t.Lang = "en"
	if k == 0 {
		t.Published = s.base
		return t
	}
	suf := variantSuffix(k)
	rename := func(text string) string {
		f := strings.Fields(text)
		for j, w := range f {
			if r := firstRune(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
				f[j] = w + suf
			}
		}
		return strings.Join(f, " ")
	}
	return Article{ID: t.ID + "-" + strconv.Itoa(k), Title: rename(t.Title), Text: rename(t.Text), Lang: t.Lang, Outlet: t.Outlet,
		// 86.4 s apart: the step is computed first, as i·86,400·10⁹ ns
		// overflows int64 past 106,751 articles.
		Published: s.base.Add(time.Duration(i) * (86400 * time.Second / 1000))}
}

func variantSuffix(k int) string {
	var b []byte
	for ; k > 0; k /= 26 {
		b = append(b, byte('a'+k%26))
	}
	return string(b)
}

// BenchmarkAdd measures one article's assignment after n earlier
// articles of the synthetic stream. The n articles are added once per
// size, untimed; it reports the live heap after them and the process's
// CPU time per article (GC included) beside the wall time. Sizes above 100k
// run only with STORYLINE_BENCH_1M=1. Run with a fixed count, e.g.
//
//	go test -run '^$' -bench Add -benchtime 2000x -benchmem ./internal/story/
func BenchmarkAdd(b *testing.B) {
	s := newSynth(b)
	sizes := []int{10000, 100000}
	if os.Getenv("STORYLINE_BENCH_1M") != "" {
		sizes = append(sizes, 1000000)
	}
	for _, n := range sizes {
		var c *Clusterer
		var heapMB, stories float64
		next := n
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			if c == nil {
				c = New(Config{})
				for i := 0; i < n; i++ {
					c.Add(s.article(i))
				}
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heapMB, stories = float64(ms.HeapAlloc)/(1<<20), float64(len(c.Stories()))
			}
			arts := make([]Article, b.N)
			for i := range arts {
				arts[i] = s.article(next + i)
			}
			b.ResetTimer()
			cpu0, cpuOK := sharedtest.CPUTime()
			for i := range arts {
				c.Add(arts[i])
			}
			// CPU time per article moves less than wall time when other
			// work shares the machine.
			if cpu1, ok := sharedtest.CPUTime(); ok && cpuOK {
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
			next += b.N
			// After the timed loop: ResetTimer deletes reported metrics.
			b.ReportMetric(heapMB, "heapMB")
			b.ReportMetric(stories, "stories")
		})
	}
}

// BenchmarkSnapshot measures writing and reading the snapshot of a
// clusterer that has taken n articles of the synthetic stream: what an
// ingest into a store of n articles pays to resume its stories instead
// of replaying them. It reports the snapshot's size and the seconds to
// write it to a file and to read it back. Sizes above 100k run only
// with STORYLINE_BENCH_1M=1:
//
//	go test -run '^$' -bench Snapshot -benchtime 1x ./internal/story/
func BenchmarkSnapshot(b *testing.B) {
	s := newSynth(b)
	sizes := []int{10000, 100000}
	if os.Getenv("STORYLINE_BENCH_1M") != "" {
		sizes = append(sizes, 1000000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := New(Config{})
			for i := range n {
				c.Add(s.article(i))
			}
			path := filepath.Join(b.TempDir(), "snap")
			b.ResetTimer()
			var write, read time.Duration
			var size int64
			for range b.N {
				t0 := time.Now()
				f, err := os.Create(path)
				if err != nil {
					b.Fatal(err)
				}
				if err := c.WriteSnapshot(f); err != nil {
					b.Fatal(err)
				}
				if err := f.Close(); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if f, err = os.Open(path); err != nil {
					b.Fatal(err)
				}
				r, err := ReadSnapshot(f, Config{})
				f.Close()
				if err != nil {
					b.Fatal(err)
				}
				if r.Len() != c.Len() {
					b.Fatalf("restored %d articles, want %d", r.Len(), c.Len())
				}
				write, read = write+t1.Sub(t0), read+time.Since(t1)
				fi, _ := os.Stat(path)
				size = fi.Size()
			}
			b.ReportMetric(float64(size)/(1<<20), "MB")
			b.ReportMetric(write.Seconds()/float64(b.N), "write-s")
			b.ReportMetric(read.Seconds()/float64(b.N), "read-s")
		})
	}
}
