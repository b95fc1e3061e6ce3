package preflight

import (
	"bytes"
	"context"
	"io"
	"net/http"
)

// A body is what was read of a request's body: at most the limit plus one byte,
// and the rest of the original when there may be more.
type body struct {
	data []byte
	rest io.ReadCloser // the original body, when not read to its end; nil otherwise
}

// readBody reads at most limit+1 bytes of req's body, giving up (and closing the
// body, which unblocks the read) when the request's context ends. A body read to its
// end is closed.
func readBody(req *http.Request, limit int64) (body, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return body{}, nil
	}
	ctx := req.Context()
	stop := func() bool { return true }
	if ctx.Done() != nil { // a context that can end: closing the body unblocks the read
		stop = context.AfterFunc(ctx, func() { req.Body.Close() })
	}
	data, err := readAtMost(req.Body, req.ContentLength, limit+1)
	if !stop() {
		return body{}, context.Cause(ctx)
	}
	if err != nil {
		req.Body.Close()
		return body{}, err
	}
	if int64(len(data)) <= limit {
		req.Body.Close()
		return body{data: data}, nil
	}
	return body{data: data, rest: req.Body}, nil
}

// readAtMost reads up to n bytes of r into one buffer: sized from the declared
// length when there is one, so a large upload is not copied while it grows, and
// otherwise doubled as needed but never beyond n, so at most 2n bytes are allocated.
func readAtMost(r io.Reader, declared, n int64) ([]byte, error) {
	size := int64(4 << 10)
	if declared > 0 {
		size = declared + 1 // room to see the end
	}
	buf := make([]byte, 0, min(size, n))
	for int64(len(buf)) < n {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), n))
			copy(grown, buf)
			buf = grown
		}
		m, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// reader returns a fresh reader of the whole body: what was read, then the rest.
func (b body) reader() io.ReadCloser {
	if b.rest == nil {
		return io.NopCloser(bytes.NewReader(b.data))
	}
	return struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(b.data), b.rest), b.rest}
}

// complete reports whether the body was read to its end.
func (b body) complete() bool { return b.rest == nil }

// close closes what is left of the original body.
func (b body) close() {
	if b.rest != nil {
		b.rest.Close()
	}
}
