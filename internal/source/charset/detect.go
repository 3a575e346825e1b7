package charset

import (
	"bytes"
	"unicode/utf8"

	"github.com/saintfish/chardet"
)

// detectLimit bounds how much of the input detection looks at.
const detectLimit = 64 << 10

// prefix returns the part of b that detection examines.
func prefix(b []byte) []byte {
	if len(b) > detectLimit {
		return b[:detectLimit]
	}
	return b
}

// Detect guesses the encoding of b from its bytes alone (byte order mark,
// then UTF-32/UTF-16 shape, ISO-2022 escapes, UTF-8 validity and finally
// statistics), looking at no more than the first 64 KiB. It returns a
// canonical name that Decode accepts and a confidence in [0, 1].
func Detect(b []byte) (name string, confidence float64) {
	if n, _ := sniffBOM(b); n != "" {
		return n, 1
	}
	p := prefix(b)
	if n, c := sniffUTF16or32(p); n != "" {
		return n, c
	}
	if !hasNonASCII(p) {
		if n := sniff2022(p); n != "" {
			return n, 0.9
		}
		return utf8Name, 1
	}
	if validUTF8Prefix(p, len(b) > len(p)) {
		return utf8Name, 1
	}
	return detectLegacy(p)
}

// validUTF8Prefix reports whether p is valid UTF-8, forgiving a sequence
// cut off at the end when p is only a prefix of the input.
func validUTF8Prefix(p []byte, cut bool) bool {
	if utf8.Valid(p) {
		return true
	}
	if !cut {
		return false
	}
	for i := 1; i <= 3 && i < len(p); i++ {
		if utf8.Valid(p[:len(p)-i]) {
			return true
		}
	}
	return false
}

// sniff2022 recognises the 7-bit ISO-2022 encodings by their escapes.
// (HZ-GB-2312 is honoured when declared but not sniffed: its "~{" marker
// turns up in ordinary ASCII, such as scripts.)
func sniff2022(p []byte) string {
	switch {
	case bytes.Contains(p, []byte("\x1b$B")), bytes.Contains(p, []byte("\x1b$@")),
		bytes.Contains(p, []byte("\x1b(J")), bytes.Contains(p, []byte("\x1b$(D")):
		return "iso-2022-jp"
	case bytes.Contains(p, []byte("\x1b$)C")):
		return "iso-2022-kr"
	}
	return ""
}

// detectLegacy is the statistical stage.
func detectLegacy(p []byte) (string, float64) {
	mb, mbConf, sb, sbScore := legacyCandidates(p)
	// The multi-byte verdict stands unless a single-byte reading is
	// clearly better; a weak one stands when no single-byte reading makes
	// sense either.
	if multiByte[mb] && ((mbConf >= 0.5 && mbConf+0.2 >= sbScore) || (mbConf > 0 && sbScore < 0.5)) {
		return mb, mbConf
	}
	return sb, min(max(sbScore, 0), 1)
}

// legacyCandidates returns the ICU detector's answer and the best
// single-byte reading with their scores. When ICU is sure of a multi-byte
// encoding the single-byte scoring is skipped (sb is "").
func legacyCandidates(p []byte) (mb string, mbConf float64, sb string, sbScore float64) {
	mb, mbConf = detectICU(p)
	if multiByte[mb] && mbConf >= 0.95 {
		return mb, mbConf, "", -1
	}
	sb, sbScore = scoreSingleByte(newByteStats(p))
	return mb, mbConf, sb, sbScore
}

// multiByte lists the multi-byte legacy encodings.
var multiByte = map[string]bool{
	"gb18030": true, "big5": true, "euc-kr": true, "shift_jis": true, "euc-jp": true,
	"iso-2022-jp": true, iso2022KRName: true, "hz-gb-2312": true,
}

// icuPreference breaks ties between equally confident ICU results; the
// detector runs its recognisers concurrently, so its own order of equal
// results varies from run to run.
var icuPreference = []string{
	"UTF-8", "Shift_JIS", "EUC-JP", "EUC-KR", "GB-18030", "Big5",
	"ISO-2022-JP", "ISO-2022-KR", "windows-1252", "ISO-8859-1",
}

// detectICU asks the ICU-derived detector and maps its answer.
func detectICU(p []byte) (string, float64) {
	all, err := chardet.NewTextDetector().DetectAll(p)
	if err != nil || len(all) == 0 {
		return win1252Name, 0.1
	}
	rank := func(cs string) int {
		for i, n := range icuPreference {
			if n == cs {
				return i
			}
		}
		return len(icuPreference)
	}
	best := all[0]
	for _, r := range all[1:] {
		if r.Confidence < best.Confidence {
			break
		}
		if rb, rr := rank(best.Charset), rank(r.Charset); rr < rb || (rr == rb && r.Charset < best.Charset) {
			best = r
		}
	}
	n, ok := lookup(best.Charset)
	if !ok {
		return win1252Name, 0.1
	}
	return n, float64(best.Confidence) / 100
}
