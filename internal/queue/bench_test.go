package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/sharedtest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/story"
)

// benchArticles writes n articles of real vocabulary to a JSON file in
// the KCNA dump's shape: each takes a real headline and four to eight
// real paragraphs drawn (with a fixed seed) from the 2,111 KCNA articles,
// and a date within 2024. The file lists them in date order, as a feed
// archive or a crawl by day does.
func benchArticles(b *testing.B, n int) string {
	b.Helper()
	raw, err := os.ReadFile(filepath.Join(shared(b, "data", "corpus", "kcna"), "headlines_2024-11-11.json"))
	if err != nil {
		b.Fatal(err)
	}
	var src []struct {
		Headline  string `json:"headline"`
		StoryText string `json:"story_text"`
	}
	if err := json.Unmarshal(raw, &src); err != nil {
		b.Fatal(err)
	}
	var paras []string
	for _, a := range src {
		for _, p := range strings.Split(a.StoryText, "\n") {
			if len(p) > 80 {
				paras = append(paras, p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(8, 8))
	type item struct {
		Headline  string `json:"headline"`
		StoryText string `json:"story_text"`
		Date      int64  `json:"date"`
	}
	items := make([]item, n)
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range items {
		k := 4 + rng.IntN(5)
		ps := make([]string, k)
		for j := range ps {
			ps[j] = paras[rng.IntN(len(paras))]
		}
		items[i] = item{Headline: src[rng.IntN(len(src))].Headline + " (" + strconv.Itoa(i) + ")",
			StoryText: strings.Join(ps, "\n"), Date: day0.AddDate(0, 0, rng.IntN(366)).UnixMilli()}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Date < items[j].Date })
	out, err := json.Marshal(items)
	if err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(b.TempDir(), "articles.json")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}

// percentiles returns the 50th and 99th percentiles of ds.
func percentiles(ds []time.Duration) (p50, p99 time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) time.Duration { return ds[min(len(ds)-1, int(q*float64(len(ds))))] }
	return at(0.50), at(0.99)
}

func report(b *testing.B, n int, elapsed time.Duration, lat []time.Duration, bytes int64) {
	p50, p99 := percentiles(lat)
	b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(bytes)/(1<<20), "store-MiB")
}

// BenchmarkIngest ingests N real-vocabulary articles (N from
// $STORYLINE_BENCH_N, default 1000) with extraction, analysis and story
// building: through the single-process SQLite path, and through the
// queue with 1, 2 and 4 workers (separate River clients, as separate
// processes would be, one document at a time each). Run once per case:
//
//	STORYLINE_TEST_POSTGRES=$(bash .ci/pg-start) STORYLINE_BENCH_N=5000 \
//	  go test -run '^$' -bench BenchmarkIngest -benchtime 1x ./internal/queue
//
// Latency is per article: for the queue, a job's attempted_at to
// finalized_at; for SQLite, a document's hand-over to the extractors
// to its article's commit. Store size is the SQLite file (with its WAL)
// or the PostgreSQL database (articles, annotations, stories and the
// retained jobs with their document bytes).
func BenchmarkIngest(b *testing.B) {
	n := 1000
	if s := os.Getenv("STORYLINE_BENCH_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("STORYLINE_BENCH_N=%q: want a positive number", s)
		}
		n = v
	}
	path := benchArticles(b, n)
	an, err := nlp.New()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("sqlite", func(b *testing.B) {
		for range b.N {
			benchSQLite(b, path, n, an)
		}
	})
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("postgres-%d-workers", workers), func(b *testing.B) {
			for range b.N {
				benchQueue(b, path, n, workers, an)
			}
		})
	}
}

// timedStore notes when each document is handed over and when its
// article is committed.
type timedStore struct {
	*sqlite.DB
	mu    sync.Mutex
	start map[string]time.Time
	lat   []time.Duration
}

func (s *timedStore) KnownDocument(ctx context.Context, hash, origin string) (bool, error) {
	s.mu.Lock()
	s.start[hash] = time.Now()
	s.mu.Unlock()
	return s.DB.KnownDocument(ctx, hash, origin)
}

func (s *timedStore) PutArticles(ctx context.Context, ws []store.ArticleWrite) ([]bool, error) {
	created, err := s.DB.PutArticles(ctx, ws)
	s.mu.Lock()
	for _, w := range ws {
		s.lat = append(s.lat, time.Since(s.start[w.DocHash]))
	}
	s.mu.Unlock()
	return created, err
}

func (s *timedStore) PutArticle(ctx context.Context, a *model.Article, hash string) (bool, error) {
	created, err := s.DB.PutArticle(ctx, a, hash)
	s.mu.Lock()
	s.lat = append(s.lat, time.Since(s.start[hash]))
	s.mu.Unlock()
	return created, err
}

func benchSQLite(b *testing.B, path string, n int, an *nlp.Analyzer) {
	ctx := context.Background()
	file := filepath.Join(b.TempDir(), "bench.db")
	db, err := sqlite.Open(ctx, file)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	st := &timedStore{DB: db, start: map[string]time.Time{}}
	in := &pipeline.Ingester{Store: st, Extractor: &extract.Extractor{}, Analyzer: an, Source: &source.Reader{}}
	b.ResetTimer()
	start := time.Now()
	cpu0, cpuOK := sharedtest.CPUTime()
	stream, err := pipeline.NewStoryStream(ctx, db, story.DefaultConfig)
	if err != nil {
		b.Fatal(err)
	}
	in.OnStored = stream.Add
	sum, err := in.Run(ctx, []string{path})
	if err != nil || sum.New != n {
		b.Fatalf("ingest: %+v, %v", sum, err)
	}
	ingested := time.Since(start)
	_, replayed, err := stream.Finish(ctx)
	if err != nil {
		b.Fatal(err)
	}
	elapsed := time.Since(start)
	cpu1, _ := sharedtest.CPUTime()
	b.StopTimer()
	if replayed {
		b.Log("the story stream fell back to a replay of the store")
	}
	b.ReportMetric(ingested.Seconds(), "ingest-s")
	b.ReportMetric((elapsed - ingested).Seconds(), "stories-s")
	if cpuOK {
		b.ReportMetric(float64((cpu1-cpu0).Microseconds())/1000/float64(n), "cpu-ms/article")
	}
	var size int64
	for _, f := range []string{file, file + "-wal"} {
		if fi, err := os.Stat(f); err == nil {
			size += fi.Size()
		}
	}
	report(b, n, elapsed, st.lat, size)
}

func benchQueue(b *testing.B, path string, n, workers int, an *nlp.Analyzer) {
	ctx := context.Background()
	_, st, q := setup(b)
	if sum, err := (&Enqueuer{Queue: q, Source: &source.Reader{}}).Run(ctx, []string{path}); err != nil || sum.Queued != n {
		b.Fatalf("enqueue: %+v, %v", sum, err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := range workers {
		startWorker(b, q, WorkerConfig{Store: st, Extractor: &extract.Extractor{}, Analyzer: an,
			Concurrency: 1, ID: fmt.Sprintf("bench-%d", i)})
	}
	waitDrained(b, q, time.Hour)
	elapsed := time.Since(start)
	b.StopTimer()
	rows, err := q.pool.Query(ctx, `SELECT extract(epoch FROM finalized_at - attempted_at) FROM river_job
		WHERE queue = $1 AND state = 'completed'`, DocumentQueue)
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	for rows.Next() {
		var s float64
		if err := rows.Scan(&s); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Duration(s*float64(time.Second)))
	}
	rows.Close()
	var size, jobs int64
	if err := q.pool.QueryRow(ctx, `SELECT pg_database_size(current_database()),
		pg_total_relation_size('river_job')`).Scan(&size, &jobs); err != nil {
		b.Fatal(err)
	}
	var builds int
	q.pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE queue = $1`, StoryQueue).Scan(&builds)
	b.Logf("%d workers: %d articles in %s; %d story jobs; database %.1f MiB of which jobs %.1f MiB",
		workers, n, elapsed.Round(time.Millisecond), builds, float64(size)/(1<<20), float64(jobs)/(1<<20))
	report(b, n, elapsed, lat, size)
}
