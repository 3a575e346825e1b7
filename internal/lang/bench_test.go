package lang

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("The Korean Central News Agency reported that the delegation visited the factory and discussed plans for the coming year with officials. ", 30)

// BenchmarkDetect measures one article-length detection with the
// default candidate set.
func BenchmarkDetect(b *testing.B) {
	d, _ := New(nil, false)
	d.Detect(benchText) // load models outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(benchText)
	}
}
