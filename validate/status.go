package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Status is the body CCI sends with every rejection: a Kubernetes Status with one
// extra field, errorCode. Its fields marshal in the order CCI writes them: kind,
// apiVersion, metadata, status, message, reason, details (left out when nil), code,
// errorCode (left out when empty, as in a plain Kubernetes Status).
type Status struct {
	Kind       string         `json:"kind"`              // "Status"
	APIVersion string         `json:"apiVersion"`        // "v1"
	Metadata   ListMeta       `json:"metadata"`          // empty in CCI's answers
	Status     string         `json:"status"`            // "Failure" (or "Success")
	Message    string         `json:"message"`           // the server's literal message for the code
	Reason     string         `json:"reason"`            // "BadRequest", "NotFound", ...
	Details    *StatusDetails `json:"details,omitempty"` // one cause per broken rule; CCI itself sends none
	Code       int            `json:"code"`              // the HTTP status
	ErrorCode  string         `json:"errorCode,omitempty"`
}

// ListMeta is the metadata of a [Status]; CCI sends it empty ({}).
type ListMeta struct {
	SelfLink        string `json:"selfLink,omitempty"`
	ResourceVersion string `json:"resourceVersion,omitempty"`
	Continue        string `json:"continue,omitempty"`
}

// StatusDetails carries the causes of a [Status], as in Kubernetes.
type StatusDetails struct {
	Name              string        `json:"name,omitempty"`
	Group             string        `json:"group,omitempty"`
	Kind              string        `json:"kind,omitempty"`
	UID               string        `json:"uid,omitempty"`
	Causes            []StatusCause `json:"causes,omitempty"`
	RetryAfterSeconds int32         `json:"retryAfterSeconds,omitempty"`
}

// A StatusCause is one broken rule: Reason is the CCI code, Message the detail and
// Field the wire path.
type StatusCause struct {
	Reason  string `json:"reason,omitempty"`
	Message string `json:"message,omitempty"`
	Field   string `json:"field,omitempty"`
}

// StatusOf returns the body CCI would send for err, and false when err holds no CCI
// error. For an [*Error], or an [ErrorList] made into an error by [ErrorList.Err], the
// first error sets errorCode, code, reason and message, and every error becomes a
// cause. For a [*StatusError] it returns the server's own Status. Wrapping is seen
// through.
func StatusOf(err error) (Status, bool) {
	var list listError
	if errors.As(err, &list) {
		return list.list.Status(), true
	}
	var e *Error
	if errors.As(err, &e) && e != nil && e.Code.IsValid() {
		return ErrorList{e}.Status(), true
	}
	var se *StatusError
	if errors.As(err, &se) && se != nil && se.Status.Kind != "" {
		return se.Status, true
	}
	return Status{}, false
}

// Status returns the body CCI would send for the list: the first valid error sets
// the code, and every error becomes a cause. It returns the zero Status for a list
// without a valid code.
func (l ErrorList) Status() Status {
	var first *Error
	var causes []StatusCause
	for _, e := range l {
		if e == nil || !e.Code.IsValid() {
			continue
		}
		if first == nil {
			first = e
			causes = make([]StatusCause, 0, len(l))
		}
		msg := e.Detail
		if msg == "" {
			msg = e.Code.Message()
		}
		causes = append(causes, StatusCause{Reason: e.Code.String(), Message: msg, Field: e.Field})
	}
	if first == nil {
		return Status{}
	}
	st := NewStatus(first.Code)
	st.Details = &StatusDetails{Causes: causes}
	return st
}

// NewStatus returns the body CCI sends for code, without details.
func NewStatus(code Code) Status {
	e := code.Entry()
	return Status{
		Kind:       "Status",
		APIVersion: "v1",
		Status:     "Failure",
		Message:    e.Message,
		Reason:     e.Reason,
		Code:       e.HTTPStatus,
		ErrorCode:  code.String(),
	}
}

// ErrNotStatus is returned, wrapped, by [ParseStatus] for a body that is not a CCI or
// Kubernetes Status.
var ErrNotStatus = errors.New("body is not a CCI Status")

// ParseStatus reads a server's error body. It accepts a Kubernetes Status (kind
// "Status"), with or without errorCode and also for codes the catalogue does not know,
// and the Huawei Cloud error shape {"error_code": "CCI.…", "error_msg": "…"} for CCI
// codes, which it returns as the equivalent Status. Anything else, such as an API
// gateway's APIGW.* error or an HTML page, is an error wrapping [ErrNotStatus].
// Empty details are returned as nil.
func ParseStatus(body []byte) (Status, error) {
	var w struct {
		Status
		HWCode string `json:"error_code"`
		HWMsg  string `json:"error_msg"`
	}
	if err := json.Unmarshal(body, &w); err != nil {
		return Status{}, fmt.Errorf("validate: %w: %v", ErrNotStatus, err)
	}
	st := w.Status
	switch {
	case st.Kind == "Status" || st.ErrorCode != "":
	case len(w.HWCode) > 4 && w.HWCode[:4] == "CCI.":
		st = Status{Kind: "Status", APIVersion: "v1", Status: "Failure", Message: w.HWMsg, ErrorCode: w.HWCode}
		if n, err := strconv.Atoi(lastGroup(w.HWCode)); err == nil && n >= 100000 {
			st.Code = n / 1000
			st.Reason = reasonOf(st.Code)
		}
	default:
		return Status{}, fmt.Errorf("validate: %w: kind is %q", ErrNotStatus, st.Kind)
	}
	if d := st.Details; d != nil && d.isEmpty() {
		st.Details = nil
	}
	return st, nil
}

// lastGroup returns what follows the last '.' of a code.
func lastGroup(code string) string {
	for i := len(code) - 1; i >= 0; i-- {
		if code[i] == '.' {
			return code[i+1:]
		}
	}
	return code
}

// reasonOf returns the Kubernetes reason CCI uses for an HTTP status.
func reasonOf(status int) string {
	switch status {
	case 400:
		return "BadRequest"
	case 401:
		return "Unauthorized"
	case 403:
		return "Forbidden"
	case 404:
		return "NotFound"
	case 409:
		return "Conflict"
	case 500:
		return "InternalError"
	}
	return ""
}

func (d *StatusDetails) isEmpty() bool {
	return len(d.Causes) == 0 && d.Name == "" && d.Group == "" && d.Kind == "" && d.UID == "" && d.RetryAfterSeconds == 0
}
