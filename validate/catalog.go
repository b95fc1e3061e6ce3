package validate

// An Entry is one row of CCI's error table.
type Entry struct {
	Code        Code   // the row's code
	HTTPStatus  int    // the HTTP status CCI answers with: 400, 401, 403, 404, 409 or 500
	Reason      string // the Kubernetes reason for that status: "BadRequest", "Conflict", ...
	Message     string // the server's literal message, byte for byte
	Description string // the English error table's description
}

// Lookup returns the catalogue entry for a code written as CCI writes it
// ("CCI.04.400203"), and false when the catalogue has no such code.
func Lookup(code string) (Entry, bool) {
	c, ok := byID[code]
	if !ok {
		return Entry{}, false
	}
	return catalog[c], true
}

// Entries returns every catalogue entry, in the order of CCI's error table (which is
// not sorted by code). The slice is the caller's to keep.
func Entries() []Entry {
	out := make([]Entry, 0, numCodes-1)
	return append(out, catalog[1:]...)
}
