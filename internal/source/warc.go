package source

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source/charset"
	"github.com/storyline/storyline/internal/source/warc"
)

// maxWARCErrors bounds how many damaged records of one archive are
// reported one by one before the archive is given up.
const maxWARCErrors = 100

// readWARC yields one HTML document per successful response record.
// Damaged records are reported and skipped; the archive reading goes on.
func (r *Reader) readWARC(ctx context.Context, name string, in io.Reader, h Handler) {
	wr, err := warc.NewReader(&capReader{r: in, left: r.limits().MaxDecompressed, name: "archive size"})
	if err != nil {
		h.Failed(name, err)
		return
	}
	pages, damaged := 0, 0
	for ctx.Err() == nil {
		p, err := wr.NextPage(r.limits().MaxPage)
		if errors.Is(err, io.EOF) {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			damaged++
			h.Failed(fmt.Sprintf("%s@%d", name, re.Offset), re.Err)
			if damaged >= maxWARCErrors {
				h.Failed(name, fmt.Errorf("gave up after %d damaged records", damaged))
				return
			}
			continue
		}
		if err != nil {
			h.Failed(name, err)
			return
		}
		pages++
		hints := charset.Hints{Kind: "html"}
		if p.Charset != "" {
			hints.ContentType = "text/html; charset=" + p.Charset
		}
		body, cs, err := charset.Decode(p.Body, hints)
		origin := fmt.Sprintf("%s@%d", name, p.Offset)
		if err != nil {
			h.Failed(origin, fmt.Errorf("decode text: %w", err))
			continue
		}
		doc := &model.Document{Source: name, Origin: origin, Kind: model.KindHTML, Body: body,
			URL: p.URL, Charset: cs, Container: "warc", Fetched: p.Date}
		if err := h.Document(ctx, doc); err != nil {
			h.Failed(origin, err)
		}
	}
	if pages == 0 && damaged == 0 && ctx.Err() == nil {
		h.Skipped(name, "archive holds no HTML response records")
	}
}
