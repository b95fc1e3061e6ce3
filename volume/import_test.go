package volume_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

const (
	ns       = "cci-namespace-demo"
	sfsID    = "1bd2b2a6-cb3c-4a8a-9a31-64ec6a2a3f6a"
	evsID    = "c6a3f2d4-8e1b-4b5f-9d0a-2f7e6b5c4d3e"
	obsID    = "cci-bucket-demo"
	fFSType  = "metadata.annotations[fsType]"
	fID      = "metadata.annotations[volumeID]"
	fClass   = "spec.storageClassName"
	fName    = "metadata.name"
	bodyCode = validate.VolumeImportBodyInvalid
)

// nfsImport is CCI's example import of an SFS file system.
func nfsImport() *volume.VolumeImport {
	return &volume.VolumeImport{
		Kind:       "PersistentVolumeClaim",
		APIVersion: "v1",
		Metadata: volume.ObjectMeta{
			Name:        "pvc-sfs-example",
			Annotations: map[string]string{"fsType": "nfs", "volumeID": sfsID},
		},
		Spec: volume.ClaimSpec{
			StorageClassName: "nfs-rw",
			AccessModes:      []string{"ReadWriteMany"},
			Resources:        volume.Requirements{Requests: volume.ResourceList{Storage: "10Gi"}},
		},
	}
}

// ssdImport is CCI's example import of an ultra-high I/O EVS disk.
func ssdImport() *volume.VolumeImport {
	return &volume.VolumeImport{
		Kind:       "ExtendedPersistentVolumeClaim",
		APIVersion: "v1",
		Metadata: volume.ObjectMeta{
			Name:        "pvc-evs-example",
			Annotations: map[string]string{"fsType": "ext4", "volumeID": evsID},
		},
		Spec: volume.ClaimSpec{
			StorageClassName: "ssd",
			AccessModes:      []string{"ReadWriteOnce"},
			Resources:        volume.Requirements{Requests: volume.ResourceList{Storage: "10Gi"}},
		},
	}
}

// nfsJSON is nfsImport as it goes on the wire.
const nfsJSON = `{
  "apiVersion": "v1",
  "kind": "PersistentVolumeClaim",
  "metadata": {
    "name": "pvc-sfs-example",
    "annotations": {"fsType": "nfs", "volumeID": "` + sfsID + `"}
  },
  "spec": {
    "accessModes": ["ReadWriteMany"],
    "resources": {"requests": {"storage": "10Gi"}},
    "storageClassName": "nfs-rw"
  }
}`

type want struct {
	code  validate.Code
	field string
}

func got(errs validate.ErrorList) []want {
	var out []want
	for _, e := range errs {
		out = append(out, want{e.Code, e.Field})
	}
	return out
}

func ctx(c volume.Context) []volume.Option { return []volume.Option{volume.WithContext(c)} }

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

// id sets the volume ID.
func id(s string) func(v *volume.VolumeImport) {
	return func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = s }
}

// fsClass sets fsType and the storage class.
func fsClass(fs, class string) func(v *volume.VolumeImport) {
	return func(v *volume.VolumeImport) { v.Metadata.Annotations["fsType"], v.Spec.StorageClassName = fs, class }
}

// inventory knows the volume of nfsImport as available.
var inventory = map[string]volume.VolumeState{
	sfsID: volume.VolumeAvailable, "busy": volume.VolumeUnavailable, "taken": volume.VolumeImported,
}

// importTests are the cases of TestValidateImport: each mutates nfsImport,
// or base when given; ns "-" is the empty namespace.
var importTests = []struct {
	name   string
	ns     string
	base   func() *volume.VolumeImport
	mutate func(v *volume.VolumeImport)
	opts   []volume.Option
	want   []want
}{
	{name: "valid nfs-rw", base: nfsImport},
	{name: "valid ssd", base: ssdImport},
	{name: "valid sas", mutate: fsClass("ext4", "sas")},
	{name: "valid sata", mutate: fsClass("ext4", "sata")},
	{name: "valid efs-performance", mutate: fsClass("nfs", "efs-performance")},
	{name: "valid efs-standard", mutate: fsClass("nfs", "efs-standard")},
	{name: "valid obs", mutate: fsClass("obs", "obs")},
	{name: "valid obs with beta", mutate: fsClass("obs", "obs"), opts: ctx(volume.Context{OBSBeta: yes()})},
	{name: "valid without kind and apiVersion", mutate: func(v *volume.VolumeImport) { v.Kind, v.APIVersion = "", "" }},
	{name: "valid, 63-byte ID", mutate: id(strings.Repeat("a", 63))},
	{name: "valid, 64-byte ID", mutate: id(strings.Repeat("a", 64))},
	{name: "valid, underscores", mutate: id("vol_01")},
	{name: "valid, upper-case hex", mutate: id(strings.ToUpper(sfsID))},
	{name: "valid, known and available", opts: ctx(volume.Context{Volumes: inventory})},
	{name: "valid, granted", opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:create"}})},

	{name: "permission denied", opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:list"}}),
		want: []want{{validate.SubResourceCreateForbidden, ""}}},
	{name: "empty namespace", ns: "-", want: []want{{validate.NamespaceNotSpecified, "namespace"}}},
	{name: "wrong kind", mutate: func(v *volume.VolumeImport) { v.Kind = "PersistentVolume" },
		want: []want{{bodyCode, "kind"}}},
	{name: "wrong apiVersion", mutate: func(v *volume.VolumeImport) { v.APIVersion = "cci/v2" },
		want: []want{{bodyCode, "apiVersion"}}},
	{name: "name missing", mutate: func(v *volume.VolumeImport) { v.Metadata.Name = "" },
		want: []want{{bodyCode, fName}}},
	{name: "fsType missing", mutate: func(v *volume.VolumeImport) { delete(v.Metadata.Annotations, "fsType") },
		want: []want{{bodyCode, fFSType}}},
	{name: "volumeID missing", mutate: func(v *volume.VolumeImport) { delete(v.Metadata.Annotations, "volumeID") },
		want: []want{{bodyCode, fID}}},
	{name: "volumeID empty", mutate: id(""), want: []want{{bodyCode, fID}}},
	{name: "storageClassName missing", mutate: func(v *volume.VolumeImport) { v.Spec.StorageClassName = "" },
		want: []want{{bodyCode, fClass}}},
	{name: "annotations missing", mutate: func(v *volume.VolumeImport) { v.Metadata.Annotations = nil },
		want: []want{{bodyCode, fFSType}, {bodyCode, fID}}},
	{name: "65-byte ID", mutate: id(strings.Repeat("a", 65)), want: []want{{validate.VolumeIDTooLong, fID}}},
	// Length is checked before characters.
	{name: "65-byte ID with a bad character", mutate: id(strings.Repeat("a", 64) + "!"),
		want: []want{{validate.VolumeIDTooLong, fID}}},
	{name: "ID with a dot", mutate: id("vol.01"), want: []want{{validate.VolumeIDInvalid, fID}}},
	{name: "ID starting with a hyphen", mutate: id("-vol"), want: []want{{validate.VolumeIDInvalid, fID}}},
	{name: "ID ending with an underscore", mutate: id("vol_"), want: []want{{validate.VolumeIDInvalid, fID}}},
	{name: "ID non-ASCII", mutate: id("völ"), want: []want{{validate.VolumeIDInvalid, fID}}},
	{name: "fsType xfs", mutate: fsClass("xfs", "ssd"), want: []want{{validate.StorageTypeInvalid, fFSType}}},
	// Enumerations are case-sensitive.
	{name: "fsType NFS", mutate: fsClass("NFS", "nfs-rw"), want: []want{{validate.StorageTypeInvalid, fFSType}}},
	{name: "ext4 with nfs-rw", mutate: fsClass("ext4", "nfs-rw"), want: []want{{validate.BlockStorageClassInvalid, fClass}}},
	{name: "ext4 with unknown class", mutate: fsClass("ext4", "gold"), want: []want{{validate.BlockStorageClassInvalid, fClass}}},
	{name: "nfs with ssd", mutate: fsClass("nfs", "ssd"), want: []want{{validate.NFSStorageClassInvalid, fClass}}},
	{name: "nfs with obs", mutate: fsClass("nfs", "obs"), want: []want{{validate.NFSStorageClassInvalid, fClass}}},
	{name: "obs with nfs-rw", mutate: fsClass("obs", "nfs-rw"), want: []want{{validate.StorageTypeInvalid, fClass}}},
	{name: "obs without beta", mutate: fsClass("obs", "obs"), opts: ctx(volume.Context{OBSBeta: no()}),
		want: []want{{validate.OBSBetaRequired, fFSType}}},
	{name: "nfs without OBS beta", opts: ctx(volume.Context{OBSBeta: no()})},
	{name: "volume unknown", mutate: id(evsID), opts: ctx(volume.Context{Volumes: inventory}),
		want: []want{{validate.VolumeNotFound, fID}}},
	{name: "empty inventory", opts: ctx(volume.Context{Volumes: map[string]volume.VolumeState{}}),
		want: []want{{validate.VolumeNotFound, fID}}},
	{name: "volume not available", mutate: id("busy"), opts: ctx(volume.Context{Volumes: inventory}),
		want: []want{{validate.VolumeNotAvailable, fID}}},
	{name: "volume already imported", mutate: id("taken"), opts: ctx(volume.Context{Volumes: inventory}),
		want: []want{{validate.VolumeAlreadyImported, fID}}},

	// Check order when rules break together.
	{name: "order: permission, namespace, body", ns: "-", mutate: func(v *volume.VolumeImport) { v.Metadata.Name = "" },
		opts: ctx(volume.Context{Actions: []string{}}),
		want: []want{{validate.SubResourceCreateForbidden, ""}, {validate.NamespaceNotSpecified, "namespace"}, {bodyCode, fName}}},
	{name: "order: missing class before ID length", mutate: func(v *volume.VolumeImport) {
		id(strings.Repeat("a", 65))(v)
		v.Spec.StorageClassName = ""
	}, want: []want{{bodyCode, fClass}, {validate.VolumeIDTooLong, fID}}},
	{name: "order: ID before fsType", mutate: func(v *volume.VolumeImport) {
		id("a.b")(v)
		fsClass("zfs", "ssd")(v)
	}, want: []want{{validate.VolumeIDInvalid, fID}, {validate.StorageTypeInvalid, fFSType}}},
	{name: "order: ID before class", mutate: func(v *volume.VolumeImport) {
		id("a.b")(v)
		fsClass("ext4", "nfs-rw")(v)
	}, want: []want{{validate.VolumeIDInvalid, fID}, {validate.BlockStorageClassInvalid, fClass}}},
	{name: "order: class before beta and inventory", mutate: fsClass("obs", "ssd"),
		opts: ctx(volume.Context{OBSBeta: no(), Volumes: map[string]volume.VolumeState{}}),
		want: []want{{validate.StorageTypeInvalid, fClass}, {validate.OBSBetaRequired, fFSType}, {validate.VolumeNotFound, fID}}},
	// A malformed ID is not looked up; an unknown fsType has no classes to check.
	{name: "malformed ID not looked up", mutate: id("a.b"), opts: ctx(volume.Context{Volumes: inventory}),
		want: []want{{validate.VolumeIDInvalid, fID}}},
	{name: "empty body", mutate: func(v *volume.VolumeImport) { *v = volume.VolumeImport{} },
		want: []want{{bodyCode, fName}, {bodyCode, fFSType}, {bodyCode, fID}, {bodyCode, fClass}}},
}

func TestValidateImport(t *testing.T) {
	for _, tc := range importTests {
		t.Run(tc.name, func(t *testing.T) {
			base, namespace := nfsImport, ns
			if tc.base != nil {
				base = tc.base
			}
			if tc.ns == "-" {
				namespace = ""
			}
			v := base()
			if tc.mutate != nil {
				tc.mutate(v)
			}
			errs := volume.ValidateImport(namespace, v, tc.opts...)
			assert.Equal(t, tc.want, got(errs), "ValidateImport: %v", errs)
			for _, e := range errs {
				assert.True(t, e.Code.IsValid())
				assert.NotEmpty(t, e.Detail)
			}
		})
	}
}

func TestValidateImportNil(t *testing.T) {
	assert.Equal(t, []want{{bodyCode, ""}}, got(volume.ValidateImport(ns, nil)))
}

func TestValidImportAllocatesNothing(t *testing.T) {
	v := ssdImport()
	opts := ctx(volume.Context{
		Actions: []string{"cci:*:*"},
		OBSBeta: yes(),
		Volumes: map[string]volume.VolumeState{evsID: volume.VolumeAvailable},
	})
	require.Empty(t, volume.ValidateImport(ns, v, opts...))
	assert.Zero(t, testing.AllocsPerRun(200, func() { _ = volume.ValidateImport(ns, v) }))
	assert.Zero(t, testing.AllocsPerRun(200, func() { _ = volume.ValidateImport(ns, v, opts...) }))
}
