package namespace

import (
	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/manifest"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// ValidateCreateJSON returns every rule of a namespace create that body, the JSON
// about to be sent, breaks. The body is decoded as the server's Go code decodes it
// (encoding/json: duplicate keys accepted, the last wins; invalid UTF-8 inside
// strings accepted; encoding/json's nesting limit). A body larger than the limit
// ([WithBodyLimit], default 1 MiB; refused before decoding), that is not a JSON
// object, or with a wrong JSON type anywhere is CCI.02.400101, and then the only
// error after the permission; otherwise the decoded body is checked as
// [ValidateCreate] checks it.
func ValidateCreateJSON(body []byte, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	return createJSON(body, &opt, true)
}

// ValidateCreateV2JSON is [ValidateCreateJSON] for a CCI 2.0 create, checked as
// [ValidateCreateV2] checks it.
func ValidateCreateV2JSON(body []byte, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	return createJSON(body, &opt, false)
}

func createJSON(body []byte, o *options, v1 bool) validate.ErrorList {
	var l errList
	permission(&l, o, "cci:namespace:create", validate.NamespaceCreateForbidden)
	decodeCreate(&l, body, o, v1)
	return l.list
}

func decodeCreate(l *errList, body []byte, o *options, v1 bool) {
	var ns Namespace
	if reason := jsonbody.Decode(body, o.bodyLimit, &ns); reason != "" {
		l.add(validate.NamespaceBodyInvalid, "", reason)
		return
	}
	apiVersion := APIVersion
	if !v1 {
		apiVersion = APIVersionV2
	}
	checkCreate(l, &ns, o, apiVersion, v1)
}

// ValidateCreateRequest returns every rule of a namespace create that a request
// with this Content-Type header value and body breaks: after the permission, a
// Content-Type that is missing or not application/json (parameters such as charset
// allowed, the media type compared case-insensitively) is CCI.02.400103; then the
// body is checked as [ValidateCreateJSON] checks it.
func ValidateCreateRequest(contentType string, body []byte, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	return createRequest(contentType, body, &opt, true)
}

// ValidateCreateV2Request is [ValidateCreateRequest] for a CCI 2.0 create.
func ValidateCreateV2Request(contentType string, body []byte, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	return createRequest(contentType, body, &opt, false)
}

func createRequest(contentType string, body []byte, o *options, v1 bool) validate.ErrorList {
	var l errList
	permission(&l, o, "cci:namespace:create", validate.NamespaceCreateForbidden)
	if !rules.MediaTypeIs(contentType, "application/json") {
		if contentType == "" {
			l.add(validate.ContentTypeUnsupported, "Content-Type", "Content-Type is missing; it must be application/json")
		} else {
			l.add(validate.ContentTypeUnsupported, "Content-Type", quoted("Content-Type ", contentType, " is not application/json"))
		}
	}
	decodeCreate(&l, body, o, v1)
	return l.list
}

// ValidateCreateManifest judges every document of a YAML or JSON manifest file as a
// namespace create: each document is converted to the JSON a client would send
// (see package [manifest]) and checked as [ValidateCreateJSON] checks it; a
// document that cannot become a request body (YAML syntax, anchors or aliases,
// larger than the body limit, a value JSON cannot hold) is CCI.02.400101. Use
// Result.Document.Position with an error's Field to find it in the file. The error
// is for the whole input (larger than [manifest.DefaultInputLimit]).
func ValidateCreateManifest(data []byte, opts ...Option) ([]manifest.Result, error) {
	opt := getOptions(opts)
	return createManifest(data, &opt, true)
}

// ValidateCreateV2Manifest is [ValidateCreateManifest] for CCI 2.0 creates.
func ValidateCreateV2Manifest(data []byte, opts ...Option) ([]manifest.Result, error) {
	opt := getOptions(opts)
	return createManifest(data, &opt, false)
}

func createManifest(data []byte, o *options, v1 bool) ([]manifest.Result, error) {
	check := func(body []byte) validate.ErrorList { return createJSON(body, o, v1) }
	results, err := manifest.Check(data, validate.NamespaceBodyInvalid, check, manifest.WithDocumentLimit(o.bodyLimit))
	if err != nil {
		return nil, err
	}
	for i := range results {
		if results[i].Document.Err == "" {
			continue
		}
		// A document that is no body is still a create the caller may not make.
		var l errList
		permission(&l, o, "cci:namespace:create", validate.NamespaceCreateForbidden)
		if l.list != nil {
			results[i].Errors = append(l.list, results[i].Errors...)
		}
	}
	return results, nil
}
