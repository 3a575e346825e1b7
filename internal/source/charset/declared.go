package charset

import (
	"bytes"
	"mime"
	"strings"

	"golang.org/x/net/html"
)

// prescanLimit bounds how much of a document is searched for an
// in-document declaration.
const prescanLimit = 4096

// bomLen reports the encoding a byte order mark announces and the mark's
// length, or "" when b starts with none. UTF-32LE is tested before
// UTF-16LE because its mark begins with the UTF-16LE one.
func sniffBOM(b []byte) (name string, n int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return utf8Name, 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return utf32LEName, 4
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return utf32BEName, 4
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return utf16LEName, 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return utf16BEName, 2
	}
	return "", 0
}

// headerCharset returns the charset parameter of a Content-Type value.
func headerCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err == nil {
		return params["charset"]
	}
	// Malformed headers are common; fall back to a plain search.
	return paramCharset(ct)
}

// paramCharset finds "charset=" in s, as in an http-equiv content value,
// and returns the value after it.
func paramCharset(s string) string {
	i := indexASCIIFold(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\r\n")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
		return ""
	}
	if j := strings.IndexAny(s, " \t\r\n;,\"'"); j >= 0 {
		s = s[:j]
	}
	return s
}

// indexASCIIFold returns the index in s of the first instance of substr,
// which must be lower-case ASCII, ignoring the case of ASCII letters in s,
// or -1 if there is none. Searching strings.ToLower(s) instead would give
// an index into a string that may differ in length from s: ToLower turns
// each invalid UTF-8 byte into the 3-byte U+FFFD, and the lower case of
// some runes is shorter or longer than they are (U+212A KELVIN SIGN
// becomes the 1-byte "k", the 2-byte U+023A a 3-byte rune).
func indexASCIIFold(s, substr string) int {
	n := len(substr)
outer:
	for i := 0; i+n <= len(s); i++ {
		for j := 0; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != substr[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// xmlCharset returns the encoding pseudo-attribute of an XML declaration
// at the start of b (after optional white space), or "".
func xmlCharset(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n")
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 || end > 512 {
		return ""
	}
	decl := string(b[len("<?xml"):end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	rest = rest[1:]
	j := strings.IndexByte(rest, q)
	if j < 0 {
		return ""
	}
	return rest[:j]
}

// metaCharset returns the charset an HTML <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…"> declares within
// the first prescanLimit bytes of b, or "". Tokenizing (rather than a
// byte search) skips declarations inside comments and scripts.
func metaCharset(b []byte) string {
	if len(b) > prescanLimit {
		b = b[:prescanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, content string
			var httpEquiv bool
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				}
				if !more {
					break
				}
			}
			if charset != "" {
				return charset
			}
			if httpEquiv {
				if c := paramCharset(content); c != "" {
					return c
				}
			}
		}
	}
}

// docCharset returns the in-document declaration of b according to kind:
// the XML declaration for XML, the meta prescan for HTML, and either for
// an unknown kind. Plain text declares nothing.
func docCharset(b []byte, kind string) string {
	switch strings.ToLower(kind) {
	case "text":
		return ""
	case "xml":
		return xmlCharset(b)
	case "html":
		if c := xmlCharset(b); c != "" { // XHTML
			return c
		}
		return metaCharset(b)
	}
	if c := xmlCharset(b); c != "" {
		return c
	}
	p := b
	if len(p) > prescanLimit {
		p = p[:prescanLimit]
	}
	if bytes.Contains(bytes.ToLower(p), []byte("<meta")) {
		return metaCharset(b)
	}
	return ""
}
