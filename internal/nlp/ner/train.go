package ner

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"time"
)

// TrainConfig configures Train.
type TrainConfig struct {
	// Epochs is the number of passes over the training documents.
	Epochs int
	// Seed fixes the order in which documents are visited.
	Seed uint64
	// Clusters maps words to binary cluster paths ("0110..."); see
	// InduceClusters.
	Clusters map[string]string
	// Gazetteer lists the name lists the features consult.
	Gazetteer []GazetteerEntry
	// Dev, when set, is scored after every epoch and reported to Log.
	Dev []Document
	// Folds is the number of jackknife folds that produce stage 1's labels
	// for training stage 2 (default 4).
	Folds int
	// Runs is the number of times each stage's final model is trained,
	// the documents visited in a different order each time; the model's
	// weights are their mean (default 1).
	Runs int
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// trainer is an averaged perceptron over hashed features (the averaging
// uses the w - u/c form, so no per-weight timestamps are kept).
type trainer struct {
	index map[uint32]int32
	w     []float32
	u     []float64
	c     float64
}

func (tr *trainer) score(feats []uint32, sc *[numLabels]float32) {
	for _, k := range feats {
		if f, ok := tr.index[k]; ok {
			ws := tr.w[int(f)*numLabels : int(f+1)*numLabels]
			for l, x := range ws {
				sc[l] += x
			}
		}
	}
}

func (tr *trainer) update(feats []uint32, gold, guess int) {
	for _, k := range feats {
		f, ok := tr.index[k]
		if !ok {
			f = int32(len(tr.index))
			tr.index[k] = f
			tr.w = append(tr.w, make([]float32, numLabels)...)
			tr.u = append(tr.u, make([]float64, numLabels)...)
		}
		b := int(f) * numLabels
		tr.w[b+gold]++
		tr.u[b+gold] += tr.c
		tr.w[b+guess]--
		tr.u[b+guess] -= tr.c
	}
}

// averaged returns the sorted feature keys and their averaged weights.
func (tr *trainer) averaged() ([]uint32, [][numLabels]float32) {
	keys := make([]uint32, 0, len(tr.index))
	for k := range tr.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	dense := make([][numLabels]float32, len(keys))
	for i, k := range keys {
		b := int(tr.index[k]) * numLabels
		for l := range numLabels {
			dense[i][l] = tr.w[b+l] - float32(tr.u[b+l]/tr.c)
		}
	}
	return keys, dense
}

// tableFrom makes the stage table the model file would give: weights
// quantized as encode writes them.
func tableFrom(keys []uint32, dense [][numLabels]float32) *stageTable {
	st := &stageTable{scale: quantize(dense), start: make([]int32, 1, len(keys)+1)}
	for i, ws := range dense {
		n := len(st.q)
		for l, x := range ws {
			if v := step(x, st.scale); v != 0 {
				st.lab = append(st.lab, uint8(l))
				st.q = append(st.q, int16(v))
			}
		}
		if len(st.q) > n {
			st.keys = append(st.keys, keys[i])
			st.start = append(st.start, int32(len(st.q)))
		}
	}
	return st
}

// goldLabels converts a document's tags to BILOU label indices.
func goldLabels(doc Document) [][]int {
	out := make([][]int, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = chunksToBILOU(len(s.Words), Chunks(s.Tags))
	}
	return out
}

func words(doc Document) [][]string {
	out := make([][]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = s.Words
	}
	return out
}

// Train trains a tagger on CoNLL documents (any tag scheme Chunks reads)
// and returns the encoded model, ready for Decode (and for embedding as
// model.bin). Training is deterministic for a given configuration.
func Train(docs []Document, cfg TrainConfig) ([]byte, error) {
	if len(docs) == 0 {
		return nil, fmt.Errorf("train ner: no training documents")
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 10
	}
	if cfg.Folds < 2 {
		cfg.Folds = 4
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	t := &Tagger{clusters: cfg.Clusters, gaz: newGazetteer(cfg.Gazetteer)}
	if t.clusters == nil {
		t.clusters = map[string]string{}
	}
	infos := make([]*docInfo, len(docs))
	golds := make([][][]int, len(docs))
	for i, d := range docs {
		infos[i] = t.newDocInfo(words(d), false, nil)
		golds[i] = goldLabels(d)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x4e4552))
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	// Stage 2 learns from stage 1's labels; on the training documents those
	// come from models that did not see them (jackknifing), so that they
	// are as wrong as on new text.
	began := time.Now()
	pass1 := make([][][]int, len(docs))
	for k := range cfg.Folds {
		var in, out []int
		for j, di := range all {
			if j%cfg.Folds == k {
				out = append(out, di)
			} else {
				in = append(in, di)
			}
		}
		tr := t.trainStage(infos, golds, in, cfg.Epochs, rng, nil)
		for _, di := range out {
			pass1[di] = t.decodeDoc(infos[di], tr, nil)
		}
	}
	logf("stage 1 jackknife (%d folds): %.1fs\n", cfg.Folds, time.Since(began).Seconds())
	var st [2]stageWeights
	runs := max(cfg.Runs, 1)
	var avg1, avg2 weightSum
	for range runs {
		avg1.add(t.trainStage(infos, golds, all, cfg.Epochs, rng, nil).averaged())
	}
	st[0].keys, st[0].dense = avg1.mean()
	stage1 := tableFrom(st[0].keys, st[0].dense)
	logf("stage 1: %d features, %.1fs\n", len(st[0].keys), time.Since(began).Seconds())
	for i, d := range infos {
		d.setPass1(pass1[i])
	}
	for r := range runs {
		tr2 := t.trainStage(infos, golds, all, cfg.Epochs, rng, func(ep int, tr *trainer) {
			if len(cfg.Dev) == 0 || ep < cfg.Epochs {
				return
			}
			t.setWeights(joinTables(stage1, tableFrom(tr.averaged())))
			sc := t.Evaluate(cfg.Dev)
			logf("stage 2 run %d: %d features, dev F1 %.4f, %.1fs\n", r+1, len(tr.index), sc.Overall.F1(), time.Since(began).Seconds())
		})
		avg2.add(tr2.averaged())
	}
	st[1].keys, st[1].dense = avg2.mean()
	if len(cfg.Dev) > 0 && runs > 1 {
		t.setWeights(joinTables(stage1, tableFrom(st[1].keys, st[1].dense)))
		logf("stage 2 mean of %d runs: dev F1 %.4f\n", runs, t.Evaluate(cfg.Dev).Overall.F1())
	}
	var buf bytes.Buffer
	if err := t.encode(&buf, st); err != nil {
		return nil, fmt.Errorf("train ner: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// trainStage trains one stage's perceptron on the documents in idx. The
// documents' pass1 field says which stage: nil for stage 1.
func (t *Tagger) trainStage(infos []*docInfo, golds [][][]int, idx []int, epochs int, rng *rand.Rand, each func(int, *trainer)) *trainer {
	tr := &trainer{index: map[uint32]int32{}, c: 1}
	order := append([]int(nil), idx...)
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			t.decodeDoc(infos[di], tr, golds[di])
			// c counts documents, so averaging is per document.
			tr.c++
		}
		if each != nil {
			each(ep, tr)
		}
	}
	return tr
}

// Evaluate tags the documents and scores the result against their tags by
// the conlleval rules. Gold tags are first rewritten as IOB2 (the scheme
// the tagger writes), which leaves the phrases unchanged and makes token
// accuracy meaningful for IOB1 files such as CoNLL-2003.
func (t *Tagger) Evaluate(docs []Document) Score {
	var sc Score
	for _, d := range docs {
		pred := t.TagSentences(words(d))
		for i, s := range d.Sentences {
			sc.Add(chunksToIOB2(len(s.Tags), Chunks(s.Tags)), pred[i])
		}
	}
	return sc
}

// weightSum adds up the averaged weights of several training runs by
// feature key.
type weightSum struct {
	sum map[uint32]*[numLabels]float32
	n   int
}

func (ws *weightSum) add(keys []uint32, dense [][numLabels]float32) {
	if ws.sum == nil {
		ws.sum = map[uint32]*[numLabels]float32{}
	}
	ws.n++
	for i, k := range keys {
		a := ws.sum[k]
		if a == nil {
			a = new([numLabels]float32)
			ws.sum[k] = a
		}
		for l, x := range dense[i] {
			a[l] += x
		}
	}
}

// mean returns the sorted keys and the runs' mean weights.
func (ws *weightSum) mean() ([]uint32, [][numLabels]float32) {
	keys := make([]uint32, 0, len(ws.sum))
	for k := range ws.sum {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dense := make([][numLabels]float32, len(keys))
	for i, k := range keys {
		for l, x := range ws.sum[k] {
			dense[i][l] = x / float32(ws.n)
		}
	}
	return keys, dense
}
