package ner

import "strings"

// Name lists from the training data. The names a training set tags are a
// gazetteer of their own: a phrase tagged ORG in one document is likely an
// ORG in another, in capitals or not, which word features alone miss for
// phrases of several words. The classes are "train-" and the type.
//
// In training, a document's list must leave out the document's own names,
// or the feature would always be right there and the model would trust it
// more than it deserves on new text; so Train gives each jackknife fold a
// list made from the other folds (see trainingNames).

// trainListClass is the gazetteer class prefix of the training-data names.
const trainListClass = "train-"

// trainingNames returns the names tagged in the documents as gazetteer
// entries, one per phrase and type, in the documents' order of first
// occurrence. The phrases are keys, as gazetteerOfKeys reads them: the
// documents' own tokens, lower-cased and joined by a space. Phrases of one character and names tagged in lower case are
// left out: they match too much.
func trainingNames(docs []Document) []GazetteerEntry {
	var out []GazetteerEntry
	seen := map[GazetteerEntry]bool{}
	add := func(e GazetteerEntry) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, c := range Chunks(s.Tags) {
				if !isCap(s.Words[c.Start]) {
					continue
				}
				ws := make([]string, c.End-c.Start)
				for i, w := range s.Words[c.Start:c.End] {
					ws[i] = strings.ToLower(normWord(w))
				}
				p := strings.Join(ws, " ")
				if len(p) < 2 {
					continue
				}
				add(GazetteerEntry{Phrase: p, Class: trainListClass + c.Type})
			}
		}
	}
	return out
}
