package story

// The vocabulary is hashed: a term's ID is a 32-bit hash of its text
// (the "hashing trick", Weinberger et al. 2009), so the clusterer keeps
// no term strings and no ID table, a term has the same ID in every run
// and every process, and forgetting a term loses nothing but its
// counts. Two terms that share a hash (about one new term in a thousand
// when five million are live) are counted as one, as if they were
// synonyms; among rare terms the effect on a cosine is noise.
//
// A term that no article has used for a whole time window (see prune)
// is forgotten, so the vocabulary holds the terms of the live window,
// not of the whole stream: this is what keeps the memory of a stream of
// a million articles within bounds. A forgotten term that comes back
// starts its document frequency again, as a new word would.

// termStat is what the clusterer keeps of one term.
type termStat struct {
	df   int32  // documents that used it (since it was last forgotten)
	last uint32 // the addition (Clusterer.adds) that last used it
}

// capStat counts, for one word, the articles that write it capitalised
// mid-sentence and those that write it in lower case.
type capStat struct {
	upper, lower int32
	last         uint32 // the addition that last counted it
}

// termKey is a term's ID: FNV-1a over its bytes, folded to 32 bits.
func termKey(s string) uint32 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return uint32(h>>32) ^ uint32(h)
}

// mark records the latest publication day seen at an addition, so that
// a window in days can be turned into a number of additions.
type mark struct {
	adds uint32
	day  float64
}

// Pruning parameters.
const (
	// pruneEvery is how many retirement sweeps pass between prunings of
	// the vocabulary (a pruning reads the whole vocabulary).
	pruneEvery = 64
	// pruneIdle is how many additions a term may go unused before it is
	// forgotten whatever the dates say: it bounds the vocabulary of
	// undated streams and of bursts of many articles a day.
	pruneIdle = 1 << 20
)

// prune forgets the terms and capitalisation counts no article has used
// since the cutoff: the later of the last addition made more than a
// window (WindowDays) before the latest day seen, and pruneIdle
// additions ago. Every story such a term could help match has been
// idle for the window, and so has retired.
func (c *Clusterer) prune() {
	c.marks = append(c.marks, mark{uint32(c.adds), c.now})
	var cutoff uint32
	horizon := c.now - c.cfg.WindowDays
	i := 0
	for i < len(c.marks) && c.marks[i].day < horizon {
		cutoff = c.marks[i].adds
		i++
	}
	c.marks = c.marks[i:]
	if c.adds > pruneIdle {
		cutoff = max(cutoff, uint32(c.adds-pruneIdle))
	}
	if cutoff == 0 {
		return
	}
	c.vocab.keep(func(st *termStat) bool { return st.last >= cutoff })
	c.caps.keep(func(st *capStat) bool { return st.last >= cutoff })
}
