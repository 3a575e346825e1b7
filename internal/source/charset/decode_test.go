package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// enc encodes s with e, failing the test on error.
func enc(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const ru = "Привет, мир! Это короткий текст на русском языке для проверки."
	const ko = "대한민국 서울에서 열린 회의에서 대통령은 새로운 정책을 발표했다. 국민들은 환영했다."
	const ja = "東京で開かれた会議で、首相は新しい政策を発表しました。国民はこれを歓迎しています。"
	pad := strings.Repeat("<!-- padding to push the meta past 1024 bytes -->\n", 30)
	tests := []struct {
		name     string
		in       []byte
		hints    Hints
		wantName string
		wantText string
	}{
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, "héllo"...), Hints{}, "utf-8", "héllo"},
		{"utf-16le BOM", append([]byte{0xFF, 0xFE}, enc(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "héllo wörld")...), Hints{}, "utf-16le", "héllo wörld"},
		{"utf-16be BOM beats header", append([]byte{0xFE, 0xFF}, enc(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "héllo")...), Hints{ContentType: "text/html; charset=iso-8859-1"}, "utf-16be", "héllo"},
		{"utf-16le no BOM", enc(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "plain text, no mark: "+ja), Hints{}, "utf-16le", ja},
		{"header charset", enc(t, charmap.Windows1251, ru), Hints{ContentType: `text/plain; charset="windows-1251"`}, "windows-1251", ru},
		{"header beats meta", append([]byte(`<meta charset="utf-8">`), enc(t, charmap.KOI8R, ru)...), Hints{ContentType: "text/html;charset=koi8-r", Kind: "html"}, "koi8-r", ru},
		{"meta charset", append([]byte(`<html><head><meta charset="euc-kr"></head><body>`), enc(t, korean.EUCKR, ko)...), Hints{Kind: "html"}, "euc-kr", ko},
		{"meta http-equiv after 1 KiB", append([]byte("<html><head>"+pad+`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`), enc(t, japanese.ShiftJIS, ja)...), Hints{Kind: "html"}, "shift_jis", ja},
		{"meta in comment ignored", append([]byte(`<html><!-- <meta charset="koi8-r"> --><body>`), enc(t, charmap.Windows1251, ru)...), Hints{Kind: "html"}, "windows-1251", ru},
		{"xml prolog", append([]byte(`<?xml version="1.0" encoding="EUC-JP"?><rss>`), enc(t, japanese.EUCJP, ja)...), Hints{Kind: "xml"}, "euc-jp", ja},
		{"gb2312 label widened", append([]byte(`<meta charset="gb2312">`), 0x81, 0x30, 0x81, 0x30), Hints{Kind: "html"}, "gb18030", "\u0080"},
		{"declared legacy but UTF-8", []byte(`<meta charset="GB2312"><p>人民网 新闻</p>`), Hints{Kind: "html"}, "utf-8", "人民网"},
		{"wrong declaration, many errors", append([]byte(`<meta charset="shift_jis">`), enc(t, korean.EUCKR, ko+ko)...), Hints{Kind: "html"}, "euc-kr", ko},
		{"unknown label ignored", append([]byte(`<meta charset="x-bogus">`), enc(t, charmap.Windows1252, "Últimas Notícias, café, pão")...), Hints{Kind: "html"}, "windows-1252", "Últimas Notícias"},
		{"utf-16 label without UTF-16 bytes", []byte(`<meta charset="utf-16"><p>plain</p>`), Hints{Kind: "html"}, "utf-8", "plain"},
		{"text ignores meta", append([]byte(`<meta charset="koi8-r"> `), enc(t, charmap.Windows1251, ru)...), Hints{Kind: "text"}, "windows-1251", ru},
		{"iso-2022-jp", enc(t, japanese.ISO2022JP, ja), Hints{}, "iso-2022-jp", ja},
		{"iso-2022-kr", append([]byte("\x1b$)C"), "\x0e\x30\x21\x0f abc"...), Hints{}, "iso-2022-kr", "가 abc"},
		{"ascii", []byte("just ascii"), Hints{}, "utf-8", "just ascii"},
		{"empty", nil, Hints{}, "utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, name, err := Decode(tt.in, tt.hints)
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.wantName {
				t.Errorf("name = %q, want %q", name, tt.wantName)
			}
			if !bytes.Contains(out, []byte(tt.wantText)) {
				t.Errorf("output %q lacks %q", out, tt.wantText)
			}
			if !utf8.Valid(out) {
				t.Error("output is not valid UTF-8")
			}
		})
	}
}

func TestDetectShort(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("Then he said, \x93The name is Bond.\x94"), "windows-1252"},
		{[]byte("a lone ellipsis\x85 here"), "windows-1252"},
		{[]byte("price \xa325"), "windows-1252"},
		{[]byte("caf\xe9 cr\xe8me br\xfbl\xe9e"), "windows-1252"},
	}
	for _, tt := range tests {
		if got, _ := Detect(tt.in); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ label, want string }{
		{"UTF8", "utf-8"}, {" Shift_JIS ", "shift_jis"}, {"x-sjis", "shift_jis"},
		{"GB2312", "gb18030"}, {"GBK", "gb18030"}, {"ks_c_5601-1987", "euc-kr"},
		{"ISO-8859-1", "windows-1252"}, {"latin1", "windows-1252"}, {"iso-8859-9", "windows-1254"},
		{"TIS-620", "windows-874"}, {"IBM855", "ibm855"}, {"cp866", "ibm866"},
		{"ISO-2022-KR", "iso-2022-kr"}, {"'koi8-r'", "koi8-r"}, {"big5-hkscs", "big5"},
	}
	for _, tt := range tests {
		if got, ok := lookup(tt.label); !ok || got != tt.want {
			t.Errorf("lookup(%q) = %q, %v; want %q", tt.label, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "x-bogus", "replacement"} {
		if got, ok := lookup(bad); ok {
			t.Errorf("lookup(%q) = %q, want not found", bad, got)
		}
	}
}
