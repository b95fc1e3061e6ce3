package volume_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

const nfsYAML = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pvc-sfs-example
  annotations:
    fsType: nfs
    volumeID: ` + sfsID + `
spec:
  accessModes:
  - ReadWriteMany
  resources:
    requests:
      storage: 10Gi
  storageClassName: nfs-rw
`

func TestValidateImportManifest(t *testing.T) {
	bad := []want{{bodyCode, ""}}
	ssdYAML := strings.NewReplacer("fsType: nfs", "fsType: ext4", "nfs-rw", "ssd", sfsID, evsID).Replace(nfsYAML)
	tests := []struct {
		name string
		data string
		want [][]want
	}{
		{name: "valid YAML", data: nfsYAML, want: [][]want{nil}},
		{name: "valid JSON", data: nfsJSON, want: [][]want{nil}},
		{name: "two documents", data: nfsYAML + "---\n" + ssdYAML, want: [][]want{nil, nil}},
		{name: "numeric storage", data: strings.Replace(nfsYAML, "10Gi", "10", 1), want: [][]want{nil}},
		{name: "number name", data: strings.Replace(nfsYAML, "pvc-sfs-example", "1e3", 1), want: [][]want{bad}},
		// YAML 1.2: on is a string, so a class "on" is only the wrong class.
		{name: "on is a string", data: strings.Replace(nfsYAML, "storageClassName: nfs-rw", "storageClassName: on", 1),
			want: [][]want{{{validate.NFSStorageClassInvalid, fClass}}}},
		{name: "alias", data: strings.Replace(nfsYAML, "fsType: nfs", "fsType: &f nfs\n    x: *f", 1), want: [][]want{bad}},
		{name: "wrong class, then valid", data: strings.Replace(nfsYAML, "nfs-rw", "ssd", 1) + "---\n" + nfsYAML,
			want: [][]want{{{validate.NFSStorageClassInvalid, fClass}}, nil}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			results, err := volume.ValidateImportManifest(ns, []byte(tc.data))
			require.NoError(t, err)
			var gotDocs [][]want
			for _, r := range results {
				gotDocs = append(gotDocs, got(r.Errors))
			}
			assert.Equal(t, tc.want, gotDocs)
		})
	}
}

func TestValidateImportManifestPositions(t *testing.T) {
	data := strings.Replace(nfsYAML, sfsID, "vol.1", 1)
	results, err := volume.ValidateImportManifest(ns, []byte(data))
	require.NoError(t, err)
	require.Len(t, results, 1)
	require.Equal(t, []want{{validate.VolumeIDInvalid, fID}}, got(results[0].Errors))
	line, col := results[0].Document.Position(fID)
	assert.Equal(t, [2]int{7, 15}, [2]int{line, col})
}
