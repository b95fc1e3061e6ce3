package release

import (
	"encoding/json"
	"errors"

	"github.com/ccicheck/ccicheck/manifest"
	"github.com/ccicheck/ccicheck/validate"
)

// ValidateCreateManifest judges every document of data, a YAML or JSON manifest
// of release creates (one create body per document), as [ValidateCreateJSON]
// judges the JSON a client would send for it. A document that cannot become a
// request body (YAML syntax, anchors or aliases, too large, too deep) is
// CCI.04.400302. The document size limit is the body limit ([WithBodyLimit],
// default 1 MiB). The error is for the whole input, such as one larger than
// [manifest.DefaultInputLimit] (wrapping [manifest.ErrInputTooLarge]).
func ValidateCreateManifest(data []byte, opts ...Option) ([]manifest.Result, error) {
	o := optionsOf(opts)
	return manifest.Check(data, validate.UnmarshalFailed, func(body []byte) validate.ErrorList {
		return ValidateCreateJSON(body, opts...)
	}, manifest.WithDocumentLimit(o.bodyLimit))
}

// ValidateUpdateManifest judges every document of data, a YAML or JSON manifest
// of release updates, as [ValidateUpdateJSON] judges the JSON a client would
// send for it. A manifest has no request path, so each document names the
// release it updates in a top-level "name" field, a string; a document without
// one is an update of the empty name (CCI.04.400201), and a name of another
// JSON type is a wrong type (CCI.04.400302, the only error). The name field is
// not part of the body sent; everything else is as in [ValidateCreateManifest].
func ValidateUpdateManifest(data []byte, opts ...Option) ([]manifest.Result, error) {
	o := optionsOf(opts)
	return manifest.Check(data, validate.UnmarshalFailed, func(body []byte) validate.ErrorList {
		name, e := nameOf(body, o.bodyLimit)
		if e != nil {
			return validate.ErrorList{e}
		}
		return ValidateUpdateJSON(name, body, opts...)
	}, manifest.WithDocumentLimit(o.bodyLimit))
}

// nameOf returns the top-level "name" string of an update document. When body
// cannot be decoded at all it returns "", leaving the verdict to ValidateUpdateJSON.
func nameOf(body []byte, limit int64) (string, *validate.Error) {
	if int64(len(body)) > limit {
		return "", nil
	}
	var doc struct {
		Name string `json:"name"`
	}
	err := json.Unmarshal(body, &doc)
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && typ.Field == fieldName {
		return "", validate.NewError(validate.UnmarshalFailed, fieldName,
			"name is a JSON "+typ.Value+"; the release name must be a string")
	}
	return doc.Name, nil
}
