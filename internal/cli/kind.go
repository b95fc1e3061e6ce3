package cli

import "strings"

// A Kind is the request a document stands for. Its String is the name used in
// reports and by --kind.
type Kind uint8

// The kinds of document ccicheck judges.
const (
	KindUnknown       Kind = iota // not classified: no request ccicheck knows
	KindNamespace                 // POST /api/v1/namespaces
	KindNamespaceV2               // POST /apis/cci/v2/namespaces
	KindNetwork                   // POST .../namespaces/{ns}/networks
	KindVolumeImport              // POST .../namespaces/{ns}/extended-persistentvolumeclaims
	KindChartPackage              // a .tgz chart package, as uploaded
	KindReleaseCreate             // POST .../releases
	KindReleaseUpdate             // PUT .../releases/{name}
)

var kindNames = [...]string{
	KindUnknown:       "Unknown",
	KindNamespace:     "Namespace",
	KindNamespaceV2:   "NamespaceV2",
	KindNetwork:       "Network",
	KindVolumeImport:  "VolumeImport",
	KindChartPackage:  "ChartPackage",
	KindReleaseCreate: "ReleaseCreate",
	KindReleaseUpdate: "ReleaseUpdate",
}

// String returns the kind's name, such as "ReleaseCreate".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[KindUnknown]
}

// parseKind returns the kind named s (case-insensitively), for --kind.
func parseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if k != int(KindUnknown) && strings.EqualFold(s, name) {
			return Kind(k), true
		}
	}
	return KindUnknown, false
}

// kindNameList lists the kinds --kind accepts, for usage messages.
func kindNameList() string {
	return strings.Join(kindNames[1:], ", ")
}

// A shape is what classification reads of a document: its top-level kind and
// apiVersion scalars and whether it has the keys that mark a release request.
type shape struct {
	kind, apiVersion string
	hasKind          bool // a top-level kind key, whatever its value
	chartID, action  bool
	mapping          bool // the document is a mapping (or looks like one)
}

// classify decides the kind of a document from its shape (cci-rules.md and
// issue 6): a Kubernetes kind names the resource (Namespace, with apiVersion
// cci/v2 a CCI 2.0 namespace; Network; PersistentVolumeClaim or
// ExtendedPersistentVolumeClaim, a volume import); without a kind, apiVersion
// cci/v2 is a CCI 2.0 namespace and networking.cci.io/v1beta1 a network; an
// object with "action" is a release update, one with "chart_id" a release
// create. Anything else is unknown.
func classify(s shape) Kind {
	if !s.mapping {
		return KindUnknown
	}
	if s.hasKind {
		switch s.kind {
		case "Namespace":
			if s.apiVersion == "cci/v2" {
				return KindNamespaceV2
			}
			return KindNamespace
		case "Network":
			return KindNetwork
		case "PersistentVolumeClaim", "ExtendedPersistentVolumeClaim":
			return KindVolumeImport
		}
		return KindUnknown
	}
	switch s.apiVersion {
	case "cci/v2":
		return KindNamespaceV2
	case "networking.cci.io/v1beta1":
		return KindNetwork
	}
	switch {
	case s.action:
		return KindReleaseUpdate
	case s.chartID:
		return KindReleaseCreate
	}
	return KindUnknown
}
