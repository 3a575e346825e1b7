// Package termtable lays out tab-separated text in columns for a
// terminal, like text/tabwriter with left alignment, but measures each
// cell by its display width: tabwriter counts runes, so a cell in Korean,
// Japanese or Chinese, whose characters take two columns each, pushes the
// rest of its row out of line. Combining marks and other zero-width
// characters take none.
//
// As with tabwriter, a cell is text ended by a tab; the text after a
// line's last tab is not aligned. A column is aligned over a block of
// consecutive lines that all have a cell in it.
package termtable

import (
	"bytes"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Writer buffers what is written to it and lays it out on Flush.
type Writer struct {
	out     io.Writer
	padding int
	buf     bytes.Buffer
}

// NewWriter returns a Writer that pads each cell with at least padding
// spaces and writes the table to out on Flush.
func NewWriter(out io.Writer, padding int) *Writer {
	return &Writer{out: out, padding: padding}
}

// Write buffers p; it never fails.
func (w *Writer) Write(p []byte) (int, error) { return w.buf.Write(p) }

// Flush lays out and writes everything written since the last Flush.
func (w *Writer) Flush() error {
	text := w.buf.String()
	w.buf.Reset()
	if text == "" {
		return nil
	}
	trailing := strings.HasSuffix(text, "\n")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	rows := make([][]string, len(lines))
	for i, l := range lines {
		rows[i] = strings.Split(l, "\t")
	}
	if last := rows[len(rows)-1]; !trailing && len(last) > 1 && last[len(last)-1] == "" {
		// An unfinished line's empty last cell is no cell (as in
		// tabwriter): the text before its tab is the line's end.
		rows[len(rows)-1] = last[:len(last)-1]
	}
	widths := make([][]int, len(rows)) // widths[i][j]: the width of cell j of row i
	for i, r := range rows {
		widths[i] = make([]int, len(r)-1)
	}
	w.columns(rows, widths, 0, 0, len(rows))
	var b strings.Builder
	for i, r := range rows {
		for j, cell := range r {
			b.WriteString(cell)
			if j < len(r)-1 {
				b.WriteString(strings.Repeat(" ", max(widths[i][j]-Width(cell), 0)))
			}
		}
		if i < len(rows)-1 || trailing {
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w.out, b.String())
	return err
}

// columns sets the widths of column col and those after it over rows
// [from, to): each block of consecutive rows with a cell in col is as
// wide as its widest cell plus the padding.
func (w *Writer) columns(rows [][]string, widths [][]int, col, from, to int) {
	for i := from; i < to; {
		if col >= len(rows[i])-1 {
			i++
			continue
		}
		end, wide := i, 0
		for ; end < to && col < len(rows[end])-1; end++ {
			wide = max(wide, Width(rows[end][col])+w.padding)
		}
		for k := i; k < end; k++ {
			widths[k][col] = wide
		}
		w.columns(rows, widths, col+1, i, end)
		i = end
	}
}

// Width is the number of terminal columns s takes: two for East Asian
// wide and full-width characters, none for combining marks and format
// characters, one for the rest.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is the number of terminal columns r takes (see Width).
func runeWidth(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
		return 2
	}
	return 1
}

// Clip shortens s to at most n display columns (see Width), ending it
// with "…" when it had to cut.
func Clip(s string, n int) string {
	if Width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := runeWidth(r)
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String() + "…"
}
