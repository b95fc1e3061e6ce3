package preflight

import (
	"bytes"
	"io"
	"net/http"
	"strconv"

	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/validate"
)

// NewTransport returns an [http.RoundTripper] that checks every CCI request before
// it leaves the machine. A request CCI would reject gets, from the transport itself,
// the response CCI would have sent: its status code, Content-Type application/json
// and the Status body (cci-rules.md §1), with Request set; base is not called. Every
// other request goes to base (nil means [http.DefaultTransport]) with its body
// intact. Requests that are none of CCI's operations (§2), or for hosts the
// transport does not apply to ([WithHosts]), pass through untouched.
//
// The operation is found from the method and the ending of the path, so gateway
// prefixes work. A body is read once, at most up to its limit plus one byte, and the
// caller's request is never changed: when its body has been read, a clone carries
// it on. Reading a body gives up when the request's context ends. The transport is
// safe for concurrent use.
func NewTransport(base http.RoundTripper, opts ...Option) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return &transport{base: base, c: newChecker(newConfig(opts))}
}

type transport struct {
	base http.RoundTripper
	c    *checker
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	r, ok := t.c.route(req)
	if !ok {
		return t.base.RoundTrip(req)
	}
	b, errs, err := t.c.run(req, r)
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		if !t.c.cfg.reportOnly {
			b.close()
			return response(req, errs), nil
		}
		t.c.cfg.report(req, errs.Err())
	}
	if b.data == nil && b.rest == nil {
		return t.base.RoundTrip(req) // the body was not read
	}
	return t.base.RoundTrip(withBody(req, b))
}

// withBody returns a copy of req that sends b. The copy is shallow, as
// [http.Request.WithContext]'s is: the transport changes nothing but the body.
func withBody(req *http.Request, b body) *http.Request {
	out := new(http.Request)
	*out = *req
	out.Body = b.reader()
	if b.complete() {
		data := b.data
		out.ContentLength = int64(len(data))
		out.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		if len(data) == 0 {
			out.Body = http.NoBody
		}
	}
	return out
}

// response returns the answer CCI would send for errs.
func response(req *http.Request, errs validate.ErrorList) *http.Response {
	code, data := dispatch.StatusBody(errs.Status())
	return &http.Response{
		Status:        strconv.Itoa(code) + " " + http.StatusText(code),
		StatusCode:    code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(data)),
		ContentLength: int64(len(data)),
		Request:       req,
	}
}

// Check returns what CCI would answer to req as an error — nil when it would accept
// it, otherwise the errors of every rule it breaks ([validate.ErrorList.Err]) — for
// callers who want only the verdict. It applies the same rules as [NewTransport]
// (the report-only and host options do not apply) and leaves req.Body readable from
// its start. Requests that are none of CCI's operations are nil.
func Check(req *http.Request, opts ...Option) error {
	c := newChecker(newConfig(opts))
	r, ok := route.Match(req.Method, req.URL.Path)
	if !ok {
		return nil
	}
	b, errs, err := c.run(req, r)
	if err != nil {
		return err
	}
	if b.data != nil || b.rest != nil {
		req.Body = b.reader()
		if b.complete() {
			req.ContentLength = int64(len(b.data))
		}
	}
	return errs.Err()
}
