package manifest

import (
	"strconv"

	"github.com/ccicheck/ccicheck/validate"
)

// A Result is the verdict on one document of a manifest.
type Result struct {
	// Document is the document judged.
	Document Document
	// Errors holds every rule the document's request body breaks, as the
	// validator returned them; empty when the document is a valid request. A
	// document that is no valid request body (Document.Err set) has exactly one
	// error, with the operation's invalid-body code.
	Errors validate.ErrorList
}

// Check decodes data as [Decode] does and judges every document: a document that
// cannot become a request body gets one error with bodyCode, whose Detail gives the
// line and column and Document.Err; the others are judged by validateJSON, the
// operation's bytes entry point (such as a closure over namespace.ValidateCreateJSON).
// The error is [Decode]'s, for problems of the whole input.
func Check(data []byte, bodyCode validate.Code, validateJSON func([]byte) validate.ErrorList, opts ...Option) ([]Result, error) {
	docs, err := Decode(data, opts...)
	if err != nil {
		return nil, err
	}
	results := make([]Result, len(docs))
	for i := range docs {
		results[i].Document = docs[i]
		d := &results[i].Document
		if d.Err != "" {
			results[i].Errors = validate.ErrorList{validate.NewError(bodyCode, "", where(d)+d.Err)}
			continue
		}
		if validateJSON != nil {
			results[i].Errors = validateJSON(d.JSON)
		}
	}
	return results, nil
}

// where returns "line L, column C: " for a document's problem, or less when its
// position is not known.
func where(d *Document) string {
	switch {
	case d.ErrLine > 0 && d.ErrColumn > 0:
		return "line " + strconv.Itoa(d.ErrLine) + ", column " + strconv.Itoa(d.ErrColumn) + ": "
	case d.ErrLine > 0:
		return "line " + strconv.Itoa(d.ErrLine) + ": "
	}
	return ""
}
