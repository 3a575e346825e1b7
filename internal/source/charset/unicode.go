package charset

import "bytes"

// sniffUTF16or32 recognises UTF-32 and UTF-16 without a byte order mark.
// Legacy and UTF-8 text has no zero bytes, while text in these forms has
// one for every ASCII character (three for UTF-32), so zero bytes are the
// gate; the form and byte order are then those under which every code
// unit is a valid, non-control character and ASCII turns up.
func sniffUTF16or32(p []byte) (string, float64) {
	if len(p) < 4 {
		return "", 0
	}
	if z := bytes.Count(p, []byte{0}); z < 2 || z*50 < len(p) {
		return "", 0
	}
	if n := sniffUTF32(p); n != "" {
		return n, 0.95
	}
	le, leASCII := scanUTF16(p, false)
	be, beASCII := scanUTF16(p, true)
	switch {
	case le && leASCII > 0 && leASCII >= beASCII:
		return utf16LEName, 0.9
	case be && beASCII > 0:
		return utf16BEName, 0.9
	}
	return "", 0
}

// sniffUTF32 returns the UTF-32 byte order under which all whole code
// units of p are text characters, or "".
func sniffUTF32(p []byte) string {
	n := len(p) / 4
	le, be := true, true
	for i := 0; i < n && (le || be); i++ {
		u := p[4*i : 4*i+4]
		if le && !textRune(rune(u[0])|rune(u[1])<<8|rune(u[2])<<16|rune(u[3])<<24) {
			le = false
		}
		if be && !textRune(rune(u[3])|rune(u[2])<<8|rune(u[1])<<16|rune(u[0])<<24) {
			be = false
		}
	}
	switch {
	case le:
		return utf32LEName
	case be:
		return utf32BEName
	}
	return ""
}

// scanUTF16 reports whether p is well-formed UTF-16 text in the given
// byte order (surrogates paired, no control characters but white space),
// and how many of its code units are printable ASCII or white space. A
// final unit cut in half is forgiven.
func scanUTF16(p []byte, bigEndian bool) (ok bool, ascii int) {
	n := len(p) / 2
	unit := func(i int) rune {
		if bigEndian {
			return rune(p[2*i])<<8 | rune(p[2*i+1])
		}
		return rune(p[2*i+1])<<8 | rune(p[2*i])
	}
	for i := 0; i < n; i++ {
		u := unit(i)
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+1 == n {
				return true, ascii // cut at the end of the prefix
			}
			if v := unit(i + 1); v < 0xDC00 || v > 0xDFFF {
				return false, 0
			}
			i++
		case u >= 0xDC00 && u <= 0xDFFF:
			return false, 0
		case !textRune(u):
			return false, 0
		case u < 0x80:
			ascii++
		}
	}
	return true, ascii
}

// textRune reports whether r may appear in text: a valid scalar value
// that is not a control character other than white space, nor a
// noncharacter.
func textRune(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == '\f':
		return true
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r > 0x10FFFF:
		return false
	case r&0xFFFE == 0xFFFE, r >= 0xFDD0 && r <= 0xFDEF:
		return false
	}
	return true
}
