package charset

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// Hints carries what the caller knows about the bytes besides the bytes.
type Hints struct {
	// ContentType is an HTTP Content-Type header value; its charset
	// parameter, if any, is a declaration.
	ContentType string
	// Kind is "html", "xml", "text" or "" (unknown); it selects which
	// in-document declaration is looked for.
	Kind string
}

// Decode converts b to UTF-8. It honours, in order, a byte order mark,
// the charset of h.ContentType and an in-document declaration (HTML meta
// within the first 4 KiB, XML declaration), verifying each declaration
// against the bytes; without a usable declaration it uses UTF-8 when b
// is valid UTF-8 and statistical detection otherwise.
//
// The result is always valid UTF-8, and name is the canonical name of the
// encoding used (e.g. "utf-8", "euc-kr", "shift_jis", "gb18030",
// "windows-1252"). The returned error is non-nil only when a decoder
// fails outright; the result is then the input with invalid sequences
// replaced, and name is "utf-8".
func Decode(b []byte, h Hints) (out []byte, name string, err error) {
	if n, skip := sniffBOM(b); n != "" {
		return decodeWith(b[skip:], n)
	}
	for _, label := range []string{headerCharset(h.ContentType), docCharset(b, h.Kind)} {
		n, ok := lookup(label)
		if !ok {
			continue
		}
		if out, ok := tryDeclared(b, n); ok {
			return out, n, nil
		}
	}
	n, _ := Detect(b)
	return decodeWith(b, n)
}

// tryDeclared decodes b with a declared encoding and reports whether the
// declaration survives verification: bytes that are valid UTF-8 with
// non-ASCII content are UTF-8 whatever the page says; a UTF-16/32 label
// needs bytes that look like that form; and a decoding that yields many
// replacement characters is rejected.
func tryDeclared(b []byte, name string) ([]byte, bool) {
	if name == utf8Name {
		if utf8.Valid(b) {
			return b, true
		}
		out := decodeAs(b, name)
		return out, !tooManyErrors(b, out)
	}
	if strings.HasPrefix(name, "utf-16") || strings.HasPrefix(name, "utf-32") {
		if n, _ := sniffUTF16or32(prefix(b)); n != name {
			return nil, false
		}
		return decodeAs(b, name), true
	}
	if hasNonASCII(b) && utf8.Valid(b) {
		return nil, false
	}
	out := decodeAs(b, name)
	if tooManyErrors(b, out) {
		return nil, false
	}
	return out, true
}

// decodeWith decodes b with the encoding named n, a canonical name.
func decodeWith(b []byte, n string) ([]byte, string, error) {
	if _, ok := known[n]; !ok && n != iso2022KRName {
		return []byte(strings.ToValidUTF8(string(b), "\uFFFD")), utf8Name,
			fmt.Errorf("charset %q: no decoder", n)
	}
	return decodeAs(b, n), n, nil
}

// decodeAs decodes b with the encoding named n, a canonical name, or
// makes b valid UTF-8 when n is unknown.
func decodeAs(b []byte, n string) []byte {
	if n == iso2022KRName {
		return decode2022KR(b)
	}
	enc, ok := known[n]
	if !ok || (n == utf8Name && utf8.Valid(b)) {
		if utf8.Valid(b) {
			return b
		}
		return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	return transform(b, enc)
}

// transform runs enc's decoder over b and guarantees valid UTF-8.
func transform(b []byte, enc encoding.Encoding) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// x/text decoders replace invalid input rather than fail, so this
		// is unexpected; keep what we can.
		out = b
	}
	if !utf8.Valid(out) {
		out = []byte(strings.ToValidUTF8(string(out), "\uFFFD"))
	}
	return out
}

// tooManyErrors reports whether decoding in to out produced more
// replacement characters than a genuine document of that encoding would:
// more than 1 per 50 non-ASCII input bytes, and at least a handful.
func tooManyErrors(in, out []byte) bool {
	bad := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(in, []byte("\uFFFD"))
	if bad <= 2 {
		return false
	}
	non := 0
	for _, c := range in {
		if c >= 0x80 {
			non++
		}
	}
	return bad*50 > non
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
