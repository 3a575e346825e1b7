package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// srcReader wraps the caller's reader and remembers its first failure other
// than io.EOF. Such a failure is fatal; everything else this package meets
// (bad gzip, bad records) can be stepped over.
type srcReader struct {
	r   io.Reader
	err error
}

func (s *srcReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
	return n, err
}

// countReader counts the compressed bytes the gzip reader consumes. It is an
// io.ByteReader, so compress/flate reads from it without buffering ahead and
// the count is exact: it is the offset of the next gzip member.
type countReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func (c *countReader) discard(n int) {
	d, _ := c.br.Discard(n)
	c.n += int64(d)
}

// gzipError reports a damaged gzip member. The memberReader can step over it
// with resync.
type gzipError struct {
	off int64 // compressed offset of the member
	err error
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("gzip member at compressed offset %d: %v", e.off, e.err)
}

func (e *gzipError) Unwrap() error { return e.err }

// memberReader decompresses a sequence of gzip members (one per record, as
// the WARC spec recommends, or one for the whole file) into one stream. A
// damaged member yields a sticky *gzipError until resync moves on to the
// next member header.
type memberReader struct {
	src   *srcReader
	cr    *countReader
	zr    *gzip.Reader
	start int64 // compressed offset of the current member
	err   error // sticky until resync
	done  bool
}

var gzipMagic = []byte{0x1f, 0x8b, 0x08}

func newMemberReader(src *srcReader, raw *bufio.Reader) (*memberReader, error) {
	m := &memberReader{src: src, cr: &countReader{br: raw}}
	zr, err := gzip.NewReader(m.cr)
	if err != nil {
		if src.err != nil {
			return nil, src.err
		}
		return nil, &gzipError{off: 0, err: err}
	}
	zr.Multistream(false)
	m.zr = zr
	return m, nil
}

func (m *memberReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		if m.err != nil {
			return 0, m.err
		}
		if m.done {
			return 0, io.EOF
		}
		n, err := m.zr.Read(p)
		if err != nil && err != io.EOF {
			m.fail(err)
		}
		if n > 0 {
			return n, nil
		}
		if err == io.EOF {
			m.nextMember()
		}
	}
}

// fail records err as the sticky error, fatal when the input itself failed.
func (m *memberReader) fail(err error) {
	if m.src.err != nil {
		m.err = m.src.err
		return
	}
	m.err = &gzipError{off: m.start, err: err}
}

// nextMember starts the member that follows a cleanly ended one.
func (m *memberReader) nextMember() {
	b, err := m.cr.br.Peek(len(gzipMagic))
	switch {
	case len(b) == 0 && err == io.EOF:
		m.done = true
	case bytes.Equal(b, gzipMagic):
		m.start = m.cr.n
		if err := m.zr.Reset(m.cr); err != nil {
			m.fail(err)
			return
		}
		m.zr.Multistream(false)
	case m.src.err != nil:
		m.err = m.src.err
	default:
		m.err = &gzipError{off: m.cr.n, err: fmt.Errorf("data after the gzip member is not gzip: %q", m.peekSample())}
	}
}

func (m *memberReader) peekSample() []byte {
	b, _ := m.cr.br.Peek(32)
	return b
}

// fatal reports whether the sticky error came from the input itself.
func (m *memberReader) fatal() bool { return m.err != nil && m.src.err != nil }

// resync clears a gzip error by skipping to the next gzip member header, or
// to the end of the input when there is none.
func (m *memberReader) resync() {
	if m.err == nil || m.fatal() {
		return
	}
	m.err = nil
	for {
		b, err := m.cr.br.Peek(len(gzipMagic))
		if len(b) < len(gzipMagic) {
			m.cr.discard(len(b))
			if err != nil && !errors.Is(err, io.EOF) && m.src.err != nil {
				m.err = m.src.err
				return
			}
			m.done = true
			return
		}
		if bytes.Equal(b, gzipMagic) {
			m.start = m.cr.n
			if err := m.zr.Reset(m.cr); err == nil {
				m.zr.Multistream(false)
				return
			}
			if m.src.err != nil {
				m.err = m.src.err
				return
			}
			continue // Reset consumed at least the magic: progress is made
		}
		buf, _ := m.cr.br.Peek(m.cr.br.Buffered())
		if i := bytes.IndexByte(buf[1:], gzipMagic[0]); i >= 0 {
			m.cr.discard(i + 1)
		} else {
			m.cr.discard(len(buf))
		}
	}
}
