package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkPollRound polls 1,000 feed sources spread over 50 local
// servers (hosts), each answering 304 Not Modified after the first round
// as a steady-state feed does: one op is one round over every source, so
// sources/s = 1000 / (ns/op × 1e-9). Each host is polled one request at
// a time, as in production (delay 0 here).
func BenchmarkPollRound(b *testing.B) {
	const hosts, perHost = 50, 20
	var sources []Source
	for h := 0; h < hosts; h++ {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`)
		}))
		b.Cleanup(srv.Close)
		for p := 0; p < perHost; p++ {
			sources = append(sources, Source{Kind: KindFeed, Target: fmt.Sprintf("%s/feed/%d.xml", srv.URL, p)})
		}
	}
	e := newEnv(b, filepath.Join(b.TempDir(), "w.db"), sources, NewFetcher(10*time.Second, 0, 1<<20))
	ctx := context.Background()
	if _, err := e.w.PollDue(ctx, true); err != nil { // first round: 200s
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.w.PollDue(ctx, true); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(sources))*float64(b.N)/b.Elapsed().Seconds(), "sources/s")
}
