package cli

import (
	"encoding/json"

	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// defaultNamespace is the {ns} of a network or volume request whose manifest
// names no namespace when --namespace is not given: a placeholder that passes
// the path rules, since the request's real namespace is not known.
const defaultNamespace = "default"

// bodyCode is the invalid-body code of a kind's operation.
func bodyCode(k Kind) validate.Code {
	switch k {
	case KindNamespace, KindNamespaceV2:
		return validate.NamespaceBodyInvalid
	case KindNetwork:
		return validate.RequestBodyInvalid
	case KindVolumeImport:
		return validate.VolumeImportBodyInvalid
	case KindChartPackage:
		return validate.ChartPackageInvalid
	}
	return validate.UnmarshalFailed
}

// validate judges body, the JSON a client would send, as a request of kind k.
func (c *checker) validate(k Kind, body []byte) validate.ErrorList {
	x := c.ctx
	switch k {
	case KindNamespace:
		return namespace.ValidateCreateJSON(body, x.namespace...)
	case KindNamespaceV2:
		return namespace.ValidateCreateV2JSON(body, x.namespace...)
	case KindNetwork:
		return network.ValidateCreateJSON(c.pathNamespace(body), body, x.network...)
	case KindVolumeImport:
		return volume.ValidateImportJSON(c.pathNamespace(body), body, x.volume...)
	case KindReleaseCreate:
		return release.ValidateCreateJSON(body, x.release...)
	case KindReleaseUpdate:
		name, e := releaseName(body)
		if e != nil {
			return validate.ErrorList{e}
		}
		return release.ValidateUpdateJSON(name, body, x.release...)
	}
	return nil
}

// pathNamespace is the namespace of the request path of a network create or
// volume import: --namespace when given (metadata.namespace must then equal
// it), else the manifest's metadata.namespace when it is a non-empty string,
// else [defaultNamespace].
func (c *checker) pathNamespace(body []byte) string {
	if c.namespace != "" {
		return c.namespace
	}
	if meta, ok := jsonField(body, "metadata"); ok {
		if raw, ok := jsonField(meta, "namespace"); ok {
			if ns, ok := jsonString(raw); ok && ns != "" {
				return ns
			}
		}
	}
	return defaultNamespace
}

// releaseName returns the name of the release a release update manifest
// updates, its top-level "name" (as release.ValidateUpdateManifest reads it):
// "" when absent or null, an error when it is not a string.
func releaseName(body []byte) (string, *validate.Error) {
	raw, ok := jsonField(body, "name")
	if !ok || string(raw) == "null" {
		return "", nil
	}
	name, ok := jsonString(raw)
	if !ok {
		return "", validate.NewError(validate.UnmarshalFailed, "name",
			"name is a JSON "+jsonType(raw)+"; the release name must be a string")
	}
	return name, nil
}

// unescape decodes a JSON string with escapes.
func unescape(raw []byte) (string, bool) {
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err == nil
}
