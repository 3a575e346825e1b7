// Package clustering evaluates story clustering on the public sets in
// ../shared/data/clustering: Giveme5W1H events, ECB+ topics and
// sub-topics, MStream news titles and the ML-Crisis multilingual stories.
// It prints BCubed and pairwise precision, recall and F1 for storyline's
// clusterer beside a plain single-pass TF-IDF baseline.
package clustering

// Scores are clustering quality figures.
type Scores struct {
	BCubedP  float64 `json:"bcubed_p"`
	BCubedR  float64 `json:"bcubed_r"`
	BCubedF1 float64 `json:"bcubed_f1"`
	PairP    float64 `json:"pairwise_p"`
	PairR    float64 `json:"pairwise_r"`
	PairF1   float64 `json:"pairwise_f1"`
	Docs     int     `json:"docs"`
	Gold     int     `json:"gold_clusters"`
	Pred     int     `json:"predicted_clusters"`
}

// Score compares predicted cluster labels with gold labels, item by item.
func Score(gold, pred []string) Scores {
	n := len(gold)
	s := Scores{Docs: n}
	if n == 0 {
		return s
	}
	type pair struct{ g, p string }
	joint := map[pair]int{}
	gsize := map[string]int{}
	psize := map[string]int{}
	for i := range gold {
		joint[pair{gold[i], pred[i]}]++
		gsize[gold[i]]++
		psize[pred[i]]++
	}
	s.Gold, s.Pred = len(gsize), len(psize)
	// BCubed: per item, the share of its predicted cluster that shares
	// its gold cluster (precision) and vice versa (recall). The sums run
	// over the items in order, not over a map, so that the figures are
	// the same to the last digit on every run.
	var bp, br float64
	for i := range gold {
		c := float64(joint[pair{gold[i], pred[i]}])
		bp += c / float64(psize[pred[i]])
		br += c / float64(gsize[gold[i]])
	}
	s.BCubedP, s.BCubedR = bp/float64(n), br/float64(n)
	s.BCubedF1 = f1(s.BCubedP, s.BCubedR)
	var tp, predPairs, goldPairs float64
	for _, c := range joint {
		tp += choose2(c)
	}
	for _, c := range psize {
		predPairs += choose2(c)
	}
	for _, c := range gsize {
		goldPairs += choose2(c)
	}
	s.PairP, s.PairR = ratio(tp, predPairs), ratio(tp, goldPairs)
	s.PairF1 = f1(s.PairP, s.PairR)
	return s
}

func choose2(n int) float64 { return float64(n) * float64(n-1) / 2 }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
