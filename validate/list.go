package validate

import "strings"

// An ErrorList holds every rule a request breaks, in the order the CCI server checks
// them; the first is the one the server would answer with. An empty or nil list
// means the request passed. An ErrorList is not itself an error: use [ErrorList.Err].
type ErrorList []*Error

// Err returns nil for an empty list, the single [*Error] for a list of one, and
// otherwise an error whose message has one line per error and which unwraps to the
// errors in order, so [errors.As], [errors.Is], [CodeOf] and [StatusOf] see them all
// and the first one first.
func (l ErrorList) Err() error {
	switch len(l) {
	case 0:
		return nil
	case 1:
		return l[0]
	}
	return listError{l}
}

// First returns the first error, the one CCI would answer with, or nil when the list
// is empty.
func (l ErrorList) First() *Error {
	if len(l) == 0 {
		return nil
	}
	return l[0]
}

// Codes returns the code of each error, in order.
func (l ErrorList) Codes() []Code {
	codes := make([]Code, len(l))
	for i, e := range l {
		codes[i] = e.Code
	}
	return codes
}

// Has reports whether some error in the list has the given code.
func (l ErrorList) Has(code Code) bool {
	for _, e := range l {
		if e.Code == code {
			return true
		}
	}
	return false
}

// listError is what [ErrorList.Err] returns for two or more errors.
type listError struct{ list ErrorList }

func (e listError) Error() string {
	var b strings.Builder
	for i, err := range e.list {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

func (e listError) Unwrap() []error {
	errs := make([]error, len(e.list))
	for i, err := range e.list {
		errs[i] = err
	}
	return errs
}
