package validate

import (
	"errors"
	"fmt"
)

// Category sentinels, one per HTTP status CCI answers with. errors.Is(err, ErrConflict)
// holds for an [*Error] whose code is a 409 and for a [*StatusError] from a 409 answer.
var (
	ErrBadRequest   = errors.New("bad request")    // HTTP 400
	ErrUnauthorized = errors.New("unauthorized")   // HTTP 401
	ErrForbidden    = errors.New("forbidden")      // HTTP 403
	ErrNotFound     = errors.New("not found")      // HTTP 404
	ErrConflict     = errors.New("conflict")       // HTTP 409
	ErrInternal     = errors.New("internal error") // HTTP 500 and every other 5xx
)

// category returns the sentinel for an HTTP status, or nil when none applies.
func category(status int) error {
	switch {
	case status == 400:
		return ErrBadRequest
	case status == 401:
		return ErrUnauthorized
	case status == 403:
		return ErrForbidden
	case status == 404:
		return ErrNotFound
	case status == 409:
		return ErrConflict
	case status >= 500 && status < 600:
		return ErrInternal
	}
	return nil
}

// An Error is a request rejected before it reaches CCI, reported as CCI would report
// it. Its Code fixes the errorCode, HTTP status, reason and message of the answer.
type Error struct {
	Code   Code   // the catalogue entry
	Field  string // wire path into the request ("metadata.name", "spec.storageClassName", map keys in brackets); "" for the whole request
	Detail string // for people: what exactly is wrong and what is allowed; programs use Code
}

// NewError returns an [*Error] with the given code, field path and detail.
func NewError(code Code, field, detail string) *Error {
	return &Error{Code: code, Field: field, Detail: detail}
}

// Errorf returns an [*Error] whose Detail is formatted as [fmt.Sprintf] does.
func Errorf(code Code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Detail: fmt.Sprintf(format, args...)}
}

// HTTPStatus returns the HTTP status CCI answers with for e's code.
func (e *Error) HTTPStatus() int { return e.Code.HTTPStatus() }

// Reason returns the Kubernetes reason for e's code, such as "BadRequest".
func (e *Error) Reason() string { return e.Code.Reason() }

// Message returns the server's literal message for e's code.
func (e *Error) Message() string { return e.Code.Message() }

// Error returns one readable line: the code, the field when there is one, and the
// detail (the server's message when there is no detail), as in
//
//	CCI.04.400203 name: release name "my.release" may contain only letters, digits, '_' and '-'
func (e *Error) Error() string {
	detail := e.Detail
	if detail == "" {
		detail = e.Code.Message()
	}
	if e.Field == "" {
		return e.Code.String() + ": " + detail
	}
	return e.Code.String() + " " + e.Field + ": " + detail
}

// Is reports whether target is the category sentinel of e's HTTP status (such as
// [ErrBadRequest]) or an [*Error] or [*StatusError] with the same code. Field and
// Detail do not take part.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case *Error:
		return t != nil && t.Code == e.Code
	case *StatusError:
		return t != nil && t.Status.ErrorCode != "" && t.Status.ErrorCode == e.Code.String()
	}
	return target != nil && target == category(e.HTTPStatus())
}

// CodeOf returns the CCI code of the first CCI error found in err, such as
// "CCI.02.409101": an [*Error], an [ErrorList] turned into an error by
// [ErrorList.Err], or a server answer from [FromResponse], through any wrapping and
// [errors.Join]. It returns "" when err holds none (and for nil). The search is
// depth first, in the order errors.As uses.
func CodeOf(err error) string {
	switch e := err.(type) {
	case nil:
		return ""
	case *Error:
		if e != nil && e.Code.IsValid() {
			return e.Code.String()
		}
	case *StatusError:
		if e != nil && e.Status.ErrorCode != "" {
			return e.Status.ErrorCode
		}
	}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		return CodeOf(u.Unwrap())
	case interface{ Unwrap() []error }:
		for _, inner := range u.Unwrap() {
			if c := CodeOf(inner); c != "" {
				return c
			}
		}
	}
	return ""
}
