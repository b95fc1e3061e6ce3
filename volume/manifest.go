package volume

import (
	"github.com/ccicheck/ccicheck/manifest"
	"github.com/ccicheck/ccicheck/validate"
)

// ValidateImportManifest checks every document of data, a YAML or JSON
// manifest file, as the body of a volume import in namespace. Each document
// is converted to the JSON a client would send (see package [manifest]) and
// checked as by [ValidateImportJSON]; the body limit (see [WithBodyLimit])
// applies to each document. A document that cannot become a request body
// (bad YAML, an anchor or alias, too large or too deep) gets one error,
// CCI.01.400106, and no other. The error is for the whole input, such as one
// larger than the manifest package's input limit (16 MiB). Errors carry wire
// field paths; [manifest.Document.Position] turns them into lines and
// columns.
func ValidateImportManifest(namespace string, data []byte, opts ...Option) ([]manifest.Result, error) {
	o := apply(opts)
	return manifest.Check(data, validate.VolumeImportBodyInvalid, func(body []byte) validate.ErrorList {
		errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
		return checkBody(errs, body, &o)
	}, manifest.WithDocumentLimit(o.limit))
}
