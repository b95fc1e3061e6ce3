package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// MaxStatusBody is how much of an error response's body [FromResponse] reads: 1 MiB.
const MaxStatusBody = 1 << 20

// A StatusError is a non-2xx answer of a server, as returned by [FromResponse]. For a
// CCI answer, Status holds the parsed body (also for codes the catalogue does not
// know); for anything else (an API gateway's APIGW.* error, an HTML error page) Status
// is the zero value and only StatusCode and Body tell what happened.
//
// [CodeOf] reads Status.ErrorCode; errors.Is matches the category sentinel of
// StatusCode (such as [ErrConflict]) and an [*Error] with the same code; errors.As
// with an **[Error] target succeeds when the code is in the catalogue, so a program
// handles a server's rejection and ccicheck's pre-flight one alike.
type StatusError struct {
	StatusCode int    // the HTTP status of the answer
	Status     Status // the parsed body; zero when the body is not a Status
	Body       []byte // the raw body, at most MaxStatusBody bytes
}

// FromResponse turns a server's answer into an error: nil for a 2xx status, otherwise
// a [*StatusError]. It reads at most [MaxStatusBody] bytes of the body and does not
// close it; the caller still does. A nil response is an error.
func FromResponse(resp *http.Response) error {
	if resp == nil {
		return errors.New("validate: FromResponse of a nil *http.Response")
	}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return nil
	}
	se := &StatusError{StatusCode: resp.StatusCode}
	if resp.Body != nil {
		// A failed read leaves what was read; the status code still tells the story.
		se.Body, _ = io.ReadAll(io.LimitReader(resp.Body, MaxStatusBody))
	}
	if st, err := ParseStatus(se.Body); err == nil {
		se.Status = st
	}
	return se
}

// Error returns one line: the CCI code and the server's message when the body is a
// Status, otherwise the HTTP status and, for a Huawei Cloud error body such as an API
// gateway's, its error_code and error_msg.
func (e *StatusError) Error() string {
	var b strings.Builder
	b.WriteString("server answered ")
	b.WriteString(strconv.Itoa(e.StatusCode))
	if t := http.StatusText(e.StatusCode); t != "" {
		b.WriteByte(' ')
		b.WriteString(t)
	}
	switch {
	case e.Status.ErrorCode != "":
		fmt.Fprintf(&b, ": %s: %s", e.Status.ErrorCode, e.Status.Message)
	case e.Status.Kind != "":
		fmt.Fprintf(&b, ": %s", e.Status.Message)
	default:
		var hw struct {
			Code string `json:"error_code"`
			Msg  string `json:"error_msg"`
		}
		if json.Unmarshal(e.Body, &hw) == nil && hw.Code != "" {
			fmt.Fprintf(&b, ": %s: %s", hw.Code, hw.Msg)
		}
	}
	return b.String()
}

// HTTPStatus returns the HTTP status of the answer.
func (e *StatusError) HTTPStatus() int { return e.StatusCode }

// Code returns the catalogue code of the answer, and false when the answer carries
// no errorCode or one the catalogue does not know.
func (e *StatusError) Code() (Code, bool) { return ParseCode(e.Status.ErrorCode) }

// Is reports whether target is the category sentinel of the answer's HTTP status or
// an [*Error] with the answer's code.
func (e *StatusError) Is(target error) bool {
	if t, ok := target.(*Error); ok {
		return t != nil && e.Status.ErrorCode != "" && t.Code.String() == e.Status.ErrorCode
	}
	return target != nil && target == category(e.StatusCode)
}

// As makes errors.As(err, &e) with e an [*Error] succeed when the answer's code is in
// the catalogue. The Error's Field and Detail come from the first cause of the body
// when it has one, otherwise Detail is the server's message.
func (e *StatusError) As(target any) bool {
	t, ok := target.(**Error)
	if !ok {
		return false
	}
	code, ok := e.Code()
	if !ok {
		return false
	}
	out := &Error{Code: code, Detail: e.Status.Message}
	if d := e.Status.Details; d != nil && len(d.Causes) > 0 {
		out.Field = d.Causes[0].Field
		if d.Causes[0].Message != "" {
			out.Detail = d.Causes[0].Message
		}
	}
	*t = out
	return true
}
