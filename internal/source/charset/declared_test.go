package charset

import "testing"

func TestHeaderCharset(t *testing.T) {
	tests := []struct {
		name, ct, want string
	}{
		{"well-formed", "text/html; charset=utf-8", "utf-8"},
		{"quoted, upper case, spaced", `text/html; CharSet = "KOI8-R"`, "KOI8-R"},
		{"malformed, unquoted", "text/html;; charset=euc-kr; x", "euc-kr"},
		{"malformed, no charset", "text/html;; x", ""},
		{"malformed, no equals sign", "text/html;; charset", ""},
		{"malformed, unterminated quote", `text/html;; charset="gb2312`, ""},
		// strings.ToLower grows each invalid UTF-8 byte to three bytes
		// and shrinks U+212A to one: an index found in the lower-cased
		// text points elsewhere in the original, or past its end.
		{"invalid UTF-8 before", "text/\xee\xee\xee\xee html; charset=euc-kr", "euc-kr"},
		{"invalid UTF-8, index past the end", "text/x-\xee\xee\xee\xee\xf8\x97ml; charset=\"gb2312", ""},
		{"kelvin signs before", "text/\u212a\u212a\u212a\u212a; charset=shift_jis", "shift_jis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerCharset(tt.ct); got != tt.want {
				t.Errorf("headerCharset(%q) = %q, want %q", tt.ct, got, tt.want)
			}
		})
	}
}
