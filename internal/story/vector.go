package story

import (
	"math"
	"slices"
)

// entry is one term of a sparse vector: a vocabulary ID and a weight.
type entry struct {
	id uint32
	w  float32
}

// vec is a sparse vector sorted by term ID. Sorted slices keep memory
// small (8 bytes a term) and make every sum run in the same order, so
// that scores, and so story IDs, do not vary between runs.
type vec []entry

func (v vec) norm() float64 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return math.Sqrt(s)
}

// dot is the dot product of two sorted vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

func cos(a, b vec, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return dot(a, b) / (na * nb)
}

// addScaled returns a + k·b.
func addScaled(a, b vec, k float64) vec {
	out := make(vec, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case i == len(a) || a[i].id > b[j].id:
			out = append(out, entry{b[j].id, float32(k * float64(b[j].w))})
			j++
		default:
			out = append(out, entry{a[i].id, float32(float64(a[i].w) + k*float64(b[j].w))})
			i++
			j++
		}
	}
	return out
}

// heaviest returns the entries of v by weight, heaviest first, ties by ID.
func heaviest(v vec) vec {
	h := slices.Clone(v)
	slices.SortFunc(h, func(x, y entry) int {
		switch {
		case x.w > y.w:
			return -1
		case x.w < y.w:
			return 1
		case x.id < y.id:
			return -1
		case x.id > y.id:
			return 1
		}
		return 0
	})
	return h
}

// prune keeps the n heaviest terms of v.
func prune(v vec, n int) vec {
	if len(v) <= n {
		return v
	}
	keep := heaviest(v)[:n]
	slices.SortFunc(keep, func(x, y entry) int { return int(int64(x.id) - int64(y.id)) })
	return slices.Clip(keep)
}
