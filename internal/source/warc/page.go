package warc

import (
	"mime"
	"net/http"
	"strings"
	"time"
)

// Page is a successful HTML response captured in an archive.
type Page struct {
	// URL is the record's target URI.
	URL string
	// Date is when the page was captured (WARC-Date); zero if unknown.
	Date time.Time
	// Charset is the charset parameter of the HTTP Content-Type, lower
	// case, or "" when the header names none. The body is not converted.
	Charset string
	// Body is the decoded HTTP body.
	Body []byte
	// Truncated reports that Body is incomplete; see Response.Truncated.
	Truncated bool
	// Offset is the record's offset, as in Record.Offset.
	Offset int64
}

// NextPage returns the next page: a response record holding an HTTP
// response with a 2xx status and an HTML body (Content-Type text/html or
// application/xhtml+xml, or sniffed as HTML when the header is missing). It
// skips every other record, revisits included, since they carry no body.
// The body is read with ReadHTTPResponse(block, maxBody); when that fails,
// NextPage returns a *RecordError and the next call goes on with the
// following record. Other errors are as for Next.
func (r *Reader) NextPage(maxBody int64) (*Page, error) {
	for {
		rec, err := r.Next()
		if err != nil {
			return nil, err
		}
		if rec.Type != "response" || !isHTTPResponse(rec.ContentType) {
			continue
		}
		resp, err := ReadHTTPResponse(rec.Block, maxBody)
		if r.fatal != nil {
			return nil, r.fatal
		}
		if err != nil {
			return nil, &RecordError{Offset: rec.Offset, Err: err}
		}
		if resp.Status < 200 || resp.Status > 299 {
			continue
		}
		mediaType, charset := parseContentType(resp.Header.Get("Content-Type"))
		if mediaType == "" {
			mediaType, _ = parseContentType(http.DetectContentType(resp.Body))
		}
		if mediaType != "text/html" && mediaType != "application/xhtml+xml" {
			continue
		}
		return &Page{
			URL:       rec.TargetURI,
			Date:      rec.Date,
			Charset:   charset,
			Body:      resp.Body,
			Truncated: resp.Truncated,
			Offset:    rec.Offset,
		}, nil
	}
}

// isHTTPResponse reports whether a block's Content-Type says it holds an
// HTTP response ("application/http; msgtype=response"; the msgtype is
// optional).
func isHTTPResponse(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.HasPrefix(ct, "application/http") && !strings.Contains(ct, "request")
}

// parseContentType returns the lower-case media type and charset of a
// Content-Type value, tolerating malformed parameters.
func parseContentType(ct string) (mediaType, charset string) {
	if mt, params, err := mime.ParseMediaType(ct); err == nil {
		return mt, strings.ToLower(strings.Trim(params["charset"], `"' `))
	}
	parts := strings.Split(ct, ";")
	mediaType = strings.ToLower(strings.TrimSpace(parts[0]))
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			charset = strings.ToLower(strings.Trim(v, `"' `))
		}
	}
	return mediaType, charset
}
