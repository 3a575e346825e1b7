package charset

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Canonical names of the encodings this package reports. Legacy CJK
// names stand for the superset decoder actually used (see the package
// documentation).
const (
	utf8Name    = "utf-8"
	utf16LEName = "utf-16le"
	utf16BEName = "utf-16be"
	utf32LEName = "utf-32le"
	utf32BEName = "utf-32be"
	win1252Name = "windows-1252"
	// iso2022KRName has no entry in known: decode2022KR handles it.
	iso2022KRName = "iso-2022-kr"
)

// known maps each canonical name to its decoder. It is read-only.
var known = map[string]encoding.Encoding{
	utf8Name:         unicode.UTF8,
	utf16LEName:      unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	utf16BEName:      unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	utf32LEName:      utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM),
	utf32BEName:      utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM),
	"gb18030":        simplifiedchinese.GB18030,
	"hz-gb-2312":     simplifiedchinese.HZGB2312,
	"big5":           traditionalchinese.Big5,
	"euc-kr":         korean.EUCKR,
	"shift_jis":      japanese.ShiftJIS,
	"euc-jp":         japanese.EUCJP,
	"iso-2022-jp":    japanese.ISO2022JP,
	"ibm852":         charmap.CodePage852,
	"ibm855":         charmap.CodePage855,
	"ibm866":         charmap.CodePage866,
	"iso-8859-2":     charmap.ISO8859_2,
	"iso-8859-3":     charmap.ISO8859_3,
	"iso-8859-4":     charmap.ISO8859_4,
	"iso-8859-5":     charmap.ISO8859_5,
	"iso-8859-6":     charmap.ISO8859_6,
	"iso-8859-7":     charmap.ISO8859_7,
	"iso-8859-8":     charmap.ISO8859_8,
	"iso-8859-8-i":   charmap.ISO8859_8I,
	"iso-8859-10":    charmap.ISO8859_10,
	"iso-8859-13":    charmap.ISO8859_13,
	"iso-8859-14":    charmap.ISO8859_14,
	"iso-8859-15":    charmap.ISO8859_15,
	"iso-8859-16":    charmap.ISO8859_16,
	"koi8-r":         charmap.KOI8R,
	"koi8-u":         charmap.KOI8U,
	"macintosh":      charmap.Macintosh,
	"x-mac-cyrillic": charmap.MacintoshCyrillic,
	"windows-874":    charmap.Windows874,
	"windows-1250":   charmap.Windows1250,
	"windows-1251":   charmap.Windows1251,
	win1252Name:      charmap.Windows1252,
	"windows-1253":   charmap.Windows1253,
	"windows-1254":   charmap.Windows1254,
	"windows-1255":   charmap.Windows1255,
	"windows-1256":   charmap.Windows1256,
	"windows-1257":   charmap.Windows1257,
	"windows-1258":   charmap.Windows1258,
}

// aliases maps labels whose WHATWG meaning we deliberately widen or which
// WHATWG lacks, to a canonical name.
var aliases = map[string]string{
	// Chinese: GB2312 and GBK pages routinely use GBK or GB18030
	// characters; GB18030 decodes all three.
	"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
	"euc-cn": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030", "gb-18030": "gb18030",
	// Korean: the WHATWG euc-kr decoder is UHC (CP949), a superset.
	"cp949": "euc-kr", "uhc": "euc-kr", "ks_c_5601-1987": "euc-kr", "windows-949": "euc-kr",
	// Japanese: the WHATWG shift_jis decoder is CP932 (Windows-31J).
	"cp932": "shift_jis", "windows-31j": "shift_jis", "sjis": "shift_jis", "ms_kanji": "shift_jis",
	"x-sjis": "shift_jis",
	// Traditional Chinese.
	"big5-hkscs": "big5", "cp950": "big5", "x-x-big5": "big5",
	// Thai: windows-874 is a superset of TIS-620 and ISO-8859-11.
	"tis-620": "windows-874", "iso-8859-11": "windows-874",
	// Latin: as in WHATWG, ISO-8859-1 and -9 labels mean their Windows
	// supersets (C1 bytes in such pages are Windows punctuation).
	"iso-8859-1": win1252Name, "latin1": win1252Name, "iso-8859-9": "windows-1254",
	// Unicode without byte order: the spec default is big-endian for
	// UTF-32 and (for UTF-16) we follow WHATWG's little-endian default;
	// Decode only honours these labels when the bytes agree.
	"utf-16": utf16LEName, "utf-32": utf32BEName, "ucs-2": utf16LEName,
	"utf-8-sig": utf8Name,
	"ascii":     win1252Name, "us-ascii": win1252Name,
	"ibm-855": "ibm855", "cp855": "ibm855", "cp866": "ibm866", "cp852": "ibm852",
	"maccyrillic": "x-mac-cyrillic", "mac-cyrillic": "x-mac-cyrillic", "x-mac-roman": "macintosh",
	"macroman": "macintosh",
}

// lookup resolves a charset label (as found in a header or a document)
// to a canonical name. ok is false for unknown labels and for
// encodings we cannot decode.
func lookup(label string) (name string, ok bool) {
	l := strings.ToLower(strings.Trim(label, " \t\r\n\"'"))
	if l == "" {
		return "", false
	}
	if _, ok := known[l]; ok {
		return l, true
	}
	if l == iso2022KRName || l == "csiso2022kr" {
		return iso2022KRName, true
	}
	if a, ok := aliases[l]; ok {
		return a, true
	}
	e, err := htmlindex.Get(l)
	if err != nil || e == nil {
		e, err = ianaindex.IANA.Encoding(l)
		if err != nil || e == nil {
			return "", false
		}
	}
	for n, k := range known {
		if k == e {
			return n, true
		}
	}
	// Other encodings the index knows: map WHATWG's GBK to GB18030.
	if e == simplifiedchinese.GBK {
		return "gb18030", true
	}
	return "", false
}
