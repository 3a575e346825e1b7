package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrBodyTooLarge is returned by ReadHTTPResponse when a body exceeds its
// limit.
var ErrBodyTooLarge = errors.New("http body exceeds the size limit")

// Response is an HTTP response read from a record block.
type Response struct {
	// Status is the status code, e.g. 200.
	Status int
	// Header holds the response's header fields.
	Header http.Header
	// Body is the payload with chunked transfer coding and gzip or deflate
	// content coding removed.
	Body []byte
	// Truncated reports that the body ended early: the block was cut short,
	// a chunk or the compressed stream was incomplete, or there were fewer
	// bytes than Content-Length said. Body holds what could be read.
	Truncated bool
}

// ReadHTTPResponse parses the HTTP response in a response record's block. It
// is lenient as archives require: it accepts sloppy status lines and bare LF
// line endings, falls back to the raw body when chunked transfer coding is
// claimed but absent, keeps the body as is when Content-Encoding claims gzip
// but the bytes are not gzip (writers often store decoded bodies), and
// returns what it could decode from a cut-off body with Truncated set.
//
// It fails when the block does not start with an HTTP status line, when the
// Content-Encoding is one it cannot decode, and with ErrBodyTooLarge when the
// decoded body would exceed maxBody bytes (or the raw body exceeds maxBody by
// more than framing overhead); so a compression bomb costs at most maxBody
// bytes of memory.
func ReadHTTPResponse(block io.Reader, maxBody int64) (*Response, error) {
	if maxBody < 0 {
		maxBody = 0
	}
	br := bufio.NewReaderSize(block, 4096)
	resp := &Response{Header: make(http.Header)}
	line, err := readHTTPLine(br)
	for err == nil && len(line) == 0 { // stray blank lines before the status line
		line, err = readHTTPLine(br)
	}
	if err == io.EOF {
		return nil, errors.New("no http response: the block is empty")
	}
	if err != nil {
		return nil, fmt.Errorf("reading http status line: %w", err)
	}
	if resp.Status, err = parseStatusLine(line); err != nil {
		return nil, err
	}
	var lastKey string
	total := 0
	for fields := 0; ; fields++ {
		line, err := readHTTPLine(br)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			resp.Truncated = err == io.ErrUnexpectedEOF
			return resp, nil // headers only
		}
		if err != nil {
			return nil, fmt.Errorf("reading http header: %w", err)
		}
		if len(line) == 0 {
			break
		}
		total += len(line)
		if fields >= maxHeaderFields || total > maxHeaderBytes {
			return nil, fmt.Errorf("http header exceeds %d fields or %d bytes", maxHeaderFields, maxHeaderBytes)
		}
		if line[0] == ' ' || line[0] == '\t' {
			if vs := resp.Header[lastKey]; len(vs) > 0 {
				vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		i := bytes.IndexByte(line, ':')
		if i <= 0 {
			continue
		}
		lastKey = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(line[:i])))
		resp.Header[lastKey] = append(resp.Header[lastKey], string(bytes.TrimSpace(line[i+1:])))
	}

	rawMax := maxBody + maxBody/8 + 4096 // room for chunk framing and gzip headers
	raw, err := io.ReadAll(io.LimitReader(br, rawMax+1))
	if err != nil {
		resp.Truncated = true // the block was cut short; keep what came
	}
	if int64(len(raw)) > rawMax {
		return nil, fmt.Errorf("raw http body: %w (limit %d bytes)", ErrBodyTooLarge, maxBody)
	}
	if hasToken(resp.Header.Values("Transfer-Encoding"), "chunked") {
		if body, truncated, ok := dechunk(raw); ok {
			raw = body
			resp.Truncated = resp.Truncated || truncated
		}
	} else if cl, err := strconv.ParseInt(resp.Header.Get("Content-Length"), 10, 64); err == nil && cl > int64(len(raw)) {
		resp.Truncated = true
	}
	body, truncated, err := decodeContent(raw, resp.Header.Values("Content-Encoding"), maxBody)
	if err != nil {
		return nil, err
	}
	resp.Body = body
	resp.Truncated = resp.Truncated || truncated
	return resp, nil
}

// readHTTPLine reads a line of at most 64 KiB, without its line ending. It
// returns io.EOF at the end of the block and io.ErrUnexpectedEOF when reading
// the block failed.
func readHTTPLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > bufSize {
			return nil, fmt.Errorf("http line longer than %d bytes", bufSize)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		switch {
		case err == io.EOF && len(line) > 0:
			// a last line without line ending
		case err == io.EOF:
			return nil, io.EOF
		case err != nil: // the block failed, e.g. it was cut short
			return nil, io.ErrUnexpectedEOF
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// parseStatusLine reads the status code from lines like "HTTP/1.1 200 OK",
// "HTTP/1.0 404", "http/1.1  200OK".
func parseStatusLine(line []byte) (int, error) {
	f := strings.Fields(string(line))
	if len(f) < 2 || len(f[0]) < 5 || !strings.EqualFold(f[0][:5], "HTTP/") {
		return 0, fmt.Errorf("not an http response: status line %q", sample(line))
	}
	code := f[1]
	if len(code) > 3 {
		code = code[:3]
	}
	n, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 || n < 100 {
		return 0, fmt.Errorf("bad status code in http status line %q", sample(line))
	}
	return n, nil
}

// hasToken reports whether a comma-separated header value list holds tok.
func hasToken(values []string, tok string) bool {
	for _, v := range values {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), tok) {
				return true
			}
		}
	}
	return false
}

// dechunk removes chunked transfer coding. ok is false when raw does not
// start with a chunk-size line (the writer stored the body dechunked but
// kept the header). A body that ends inside a chunk, or without the last
// zero-size chunk, is returned with truncated set.
func dechunk(raw []byte) (body []byte, truncated, ok bool) {
	p := raw
	first := true
	for {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			return body, true, !first
		}
		line := bytes.TrimSpace(p[:i])
		if len(line) == 0 && !first {
			p = p[i+1:] // tolerate blank lines between chunks
			continue
		}
		if j := bytes.IndexByte(line, ';'); j >= 0 {
			line = bytes.TrimSpace(line[:j])
		}
		size, err := strconv.ParseUint(string(line), 16, 63)
		if err != nil {
			return body, true, !first
		}
		first = false
		p = p[i+1:]
		if size == 0 {
			return body, false, true
		}
		if uint64(len(p)) < size {
			return append(body, p...), true, true
		}
		body = append(body, p[:size]...)
		p = p[size:]
		if bytes.HasPrefix(p, []byte("\r\n")) {
			p = p[2:]
		} else if bytes.HasPrefix(p, []byte("\n")) {
			p = p[1:]
		}
	}
}

// decodeContent undoes the content codings, last applied first, reading at
// most maxBody decoded bytes.
func decodeContent(body []byte, encodings []string, maxBody int64) ([]byte, bool, error) {
	var codings []string
	for _, v := range encodings {
		for _, t := range strings.Split(v, ",") {
			if t = strings.ToLower(strings.TrimSpace(t)); t != "" && t != "identity" {
				codings = append(codings, t)
			}
		}
	}
	truncated := false
	for i := len(codings) - 1; i >= 0; i-- {
		var dec io.Reader
		switch codings[i] {
		case "gzip", "x-gzip":
			if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
				continue // stored decoded despite the header
			}
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				return nil, false, fmt.Errorf("http body: gzip: %w", err)
			}
			dec = zr
		case "deflate":
			if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
				dec = zr
			} else if looksLikeText(body) {
				continue // stored decoded despite the header
			} else {
				dec = flate.NewReader(bytes.NewReader(body)) // raw deflate, as some servers send
			}
		default:
			return nil, false, fmt.Errorf("http body: unsupported Content-Encoding %q", codings[i])
		}
		out, err := io.ReadAll(io.LimitReader(dec, maxBody+1))
		if int64(len(out)) > maxBody {
			return nil, false, fmt.Errorf("decoded http body: %w (limit %d bytes)", ErrBodyTooLarge, maxBody)
		}
		if err != nil {
			truncated = true // keep what decoded
		}
		body = out
	}
	if int64(len(body)) > maxBody {
		return nil, false, fmt.Errorf("http body: %w (limit %d bytes)", ErrBodyTooLarge, maxBody)
	}
	return body, truncated, nil
}

// looksLikeText reports whether b starts like markup or text rather than
// compressed data.
func looksLikeText(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	return len(b) == 0 || b[0] == '<' || b[0] == '{' || b[0] == '['
}
