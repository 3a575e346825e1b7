// Package ner is storyline's named-entity tagger: it finds persons (PER),
// organisations (ORG), locations (LOC) and other names (MISC) in English
// news text, with code-point offsets.
//
// The model is an averaged perceptron over hashed features with BILOU
// labels under transition constraints (Ratinov & Roth 2009), trained
// greedily left to right and decoded per sentence by a pruned second-order
// Viterbi search over its local label scores, normalised as log
// probabilities over all labels (training updates against the best label
// whether or not it may follow, so that a path the constraints force on
// pays for the labels it may not take): word, lower case, shape, affixes,
// context words, the two previous labels, gazetteer matches, word clusters
// induced from unlabelled news text (Brown-style class-bigram clusters from
// the exchange algorithm, and distributional ones), the forms in which a
// capitalised word occurs in that text (as written, in lower case),
// whether the sentence reads like a row of a results table, and
// document-level features (the labels given to earlier mentions of a word,
// the words around all its mentions, and whether the word appears in lower
// case or capitalised mid-sentence elsewhere in the document; headline
// words in capitals count as their title-case form). The gazetteer holds
// country names, capitals, demonyms, leaders and the names tagged in the
// CoNLL-2002 Spanish and Dutch data. It is trained on CoNLL-2003 by
// `go run ./cmd/train ner`, which writes model.bin (each stage's weights
// the mean of three runs over the documents in different orders); the
// weights are embedded in the binary with go:embed.
//
// We wrote our own because storyline is one static Go binary: the usual
// taggers are Python or Java programs or C libraries with models of
// hundreds of megabytes, while this one loads in milliseconds from a few
// megabytes and needs no cgo.
package ner
