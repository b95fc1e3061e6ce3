package volume

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// The kinds and API version of an import body.
const (
	// APIVersion is the apiVersion of an import body: v1.
	APIVersion = "v1"
	// KindPersistentVolumeClaim is the Kubernetes kind of an import body.
	KindPersistentVolumeClaim = "PersistentVolumeClaim"
	// KindExtendedPersistentVolumeClaim is CCI's own kind of an import body.
	KindExtendedPersistentVolumeClaim = "ExtendedPersistentVolumeClaim"
)

// Annotations of an imported volume.
const (
	// AnnotationVolumeID holds the ID of the disk, file system or bucket to import.
	AnnotationVolumeID = "volumeID"
	// AnnotationFSType holds the file system type: ext4, nfs or obs.
	AnnotationFSType = "fsType"
)

// A VolumeImport is the body of a volume import request, as it goes on the
// wire (POST /api/v1/namespaces/{ns}/extended-persistentvolumeclaims).
// Fields CCI ignores are not modelled; encoding/json skips them.
type VolumeImport struct {
	Kind       string     `json:"kind,omitempty"`       // KindPersistentVolumeClaim, KindExtendedPersistentVolumeClaim, or empty
	APIVersion string     `json:"apiVersion,omitempty"` // "v1", or empty
	Metadata   ObjectMeta `json:"metadata"`
	Spec       ClaimSpec  `json:"spec"`
}

// ObjectMeta is the part of a Kubernetes object's metadata an import uses.
// Annotations carry AnnotationVolumeID and AnnotationFSType.
type ObjectMeta struct {
	Name        string            `json:"name,omitempty"`
	Namespace   string            `json:"namespace,omitempty"`
	Labels      map[string]string `json:"labels,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

// ClaimSpec is the spec of an imported claim.
type ClaimSpec struct {
	StorageClassName string       `json:"storageClassName,omitempty"` // sata, sas, ssd, nfs-rw, efs-performance, efs-standard or obs
	AccessModes      []string     `json:"accessModes,omitempty"`      // such as ReadWriteMany
	Resources        Requirements `json:"resources"`
}

// Requirements holds the claim's resource requests.
type Requirements struct {
	Requests ResourceList `json:"requests"`
}

// ResourceList holds the claim's storage request.
type ResourceList struct {
	Storage Quantity `json:"storage,omitempty"` // the volume's size, such as "10Gi"
}

// A Quantity is a Kubernetes quantity, such as "10Gi". As in Kubernetes, it
// is written as a JSON string and also read from a JSON number.
type Quantity string

// UnmarshalJSON reads a quantity written as a JSON string or number; null
// leaves q unchanged, as for a string.
func (q *Quantity) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && (data[0] == '-' || '0' <= data[0] && data[0] <= '9') {
		var n json.Number
		if err := json.Unmarshal(data, &n); err != nil {
			return err
		}
		*q = Quantity(n)
		return nil
	}
	if n := len(data); n >= 2 && data[0] == '"' && plain(data[1:n-1]) {
		*q = Quantity(data[1 : n-1])
		return nil
	}
	err := json.Unmarshal(data, (*string)(q))
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		// Its offset counts from the start of data, not of the body; say none.
		te.Offset = -1
	}
	return err
}

// plain reports whether s, the inside of a JSON string encoding/json has
// already scanned, is its own value: valid UTF-8 without escapes.
func plain(s []byte) bool {
	return bytes.IndexByte(s, '\\') < 0 && utf8.Valid(s)
}
