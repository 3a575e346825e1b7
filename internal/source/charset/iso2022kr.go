package charset

import "golang.org/x/text/encoding/korean"

// decode2022KR decodes ISO-2022-KR (RFC 1557), which x/text lacks. Shift
// Out (0x0E) switches to KS X 1001 pairs of 7-bit bytes, Shift In (0x0F)
// back to ASCII; the designator escape ESC $ ) C is dropped. The KS X 1001
// pairs are rewritten as EUC-KR (high bit set) and decoded with the
// EUC-KR decoder, so the result matches what that decoder yields.
func decode2022KR(b []byte) []byte {
	euc := make([]byte, 0, len(b))
	shifted := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 0x1b && i+3 < len(b) && b[i+1] == '$' && b[i+2] == ')' && b[i+3] == 'C':
			i += 3
		case c == 0x0e:
			shifted = true
		case c == 0x0f:
			shifted = false
		case c == '\n' || c == '\r':
			// RFC 1557: each line starts in ASCII.
			shifted = false
			euc = append(euc, c)
		case shifted && c > 0x20 && c < 0x7f:
			euc = append(euc, c|0x80)
		default:
			euc = append(euc, c)
		}
	}
	return transform(euc, korean.EUCKR)
}
