// Package quote finds attributions in English news text: who said (or
// wrote, or claimed) what, with the cue that ties the two together.
//
// Extract returns, for every direct quotation ("…," the official said) and
// every indirect report ("X said that …", "according to X, …", "X told
// reporters …"), the speaker span, the cue span and the content span, with
// offsets in Unicode code points into the caller's text, end exclusive.
// Pronoun and role speakers ("he", "the official") carry the most recent
// compatible named speaker as their Canonical name; "they" and "we" may
// also take the most recent plural role ("U.S. officials").
//
// We wrote our own, rule-based, because storyline is one static pure-Go
// binary: the published extractors (Citron, the PARC 3.0 systems) need a
// Python dependency parser at run time. The rules read a small tokenizer
// of this package rather than internal/nlp/tokenize because they need what
// a general tokenizer throws away: which quotation marks open and close,
// and where paragraphs break (a quotation may run over several
// paragraphs, and an unclosed one ends at the paragraph's end). The rules
// were written against the PolNeAR train split; package polnear scores
// them on its dev split. Two small linear models learned from that train
// split (keep.tsv, written by `go run ./cmd/train quotes`) help them:
// one decides the cue words the rules leave alone, the other where each
// speaker phrase starts and ends.
//
// ExtractKorean reads Korean attributions (see korean.go): the topic or
// subject as speaker, a quotative particle after the quotation or the
// reported clause, a verb of saying to close the sentence, and
// "…에 따르면" (according to …). ExtractRomance reads Portuguese,
// Spanish, French, Italian and German ones (see romance.go): "X disse
// que …", "«…», a affirmé X", "según X, …", "Am Dienstag sagte X, …".
package quote
