package validate

import "strconv"

//go:generate go run ../internal/gencatalog -tsv testdata/cci-codes.tsv -names ../internal/gencatalog/names.tsv -out catalog_gen.go

// A Code identifies one row of CCI's error table. The zero Code is invalid; the named
// constants (generated into catalog_gen.go) are the valid ones, numbered in the
// table's order. Codes are compared by value and never renumbered within a release.
type Code int

// String returns the code as CCI writes it, such as "CCI.04.400203", or "Code(N)"
// for a value that is not a catalogue code.
func (c Code) String() string {
	if !c.IsValid() {
		return "Code(" + strconv.Itoa(int(c)) + ")"
	}
	return ids[c]
}

// GoString returns the constant's Go name, such as "validate.ReleaseNameInvalid".
func (c Code) GoString() string {
	if !c.IsValid() {
		return "validate.Code(" + strconv.Itoa(int(c)) + ")"
	}
	return "validate." + names[c]
}

// IsValid reports whether c is a code of the catalogue.
func (c Code) IsValid() bool { return c > 0 && c < numCodes }

// Entry returns c's catalogue row; the zero Entry when c is not valid.
func (c Code) Entry() Entry {
	if !c.IsValid() {
		return Entry{}
	}
	return catalog[c]
}

// HTTPStatus returns the HTTP status CCI answers with for c (400, 403, ...), or 0
// when c is not valid.
func (c Code) HTTPStatus() int { return c.Entry().HTTPStatus }

// Reason returns the Kubernetes reason for c ("BadRequest", "Conflict", ...), or ""
// when c is not valid.
func (c Code) Reason() string { return c.Entry().Reason }

// Message returns the server's literal message for c, or "" when c is not valid.
func (c Code) Message() string { return c.Entry().Message }

// Description returns the error table's English description of c, or "" when c is
// not valid.
func (c Code) Description() string { return c.Entry().Description }

// Checked says how ccicheck checks c; "" when c is not valid.
func (c Code) Checked() Checked {
	if !c.IsValid() {
		return ""
	}
	return checks[c]
}

// ParseCode returns the Code written as s ("CCI.04.400203"), and false when s is not
// a code of the catalogue.
func ParseCode(s string) (Code, bool) {
	c, ok := byID[s]
	return c, ok
}

// Checked says how ccicheck decides whether a request breaks the rule of a code
// (cci-rules.md §12). Its values are the words used in the README and by the CLI.
type Checked string

// The ways a code is checked.
const (
	// CheckedRequest codes are decided from the request alone.
	CheckedRequest Checked = "request"
	// CheckedOptIn codes are request rules that are off unless an option turns them on.
	CheckedOptIn Checked = "opt-in"
	// CheckedContext codes need what the caller knows (existing names, quotas,
	// permissions, beta access, inventories) and are checked only when it is given.
	CheckedContext Checked = "context"
	// CheckedServerOnly codes depend on the server's own state or identity; they are in
	// the catalogue and parse from server answers, but no client check returns them.
	CheckedServerOnly Checked = "server-only"
)

var byID = func() map[string]Code {
	m := make(map[string]Code, numCodes)
	for c := Code(1); c < numCodes; c++ {
		m[ids[c]] = c
	}
	return m
}()
