package volume_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

func TestValidateImportJSON(t *testing.T) {
	bad := []want{{bodyCode, ""}}
	replace := func(old, new string) string {
		if !strings.Contains(nfsJSON, old) {
			t.Fatalf("nfsJSON has no %q", old)
		}
		return strings.Replace(nfsJSON, old, new, 1)
	}
	ssd, err := json.Marshal(ssdImport())
	require.NoError(t, err)
	tests := []struct {
		name string
		body string
		want []want
	}{
		{name: "valid nfs-rw", body: nfsJSON},
		{name: "valid ssd", body: string(ssd)},
		{name: "valid, kind ExtendedPersistentVolumeClaim", body: replace(`"PersistentVolumeClaim"`, `"ExtendedPersistentVolumeClaim"`)},
		// Kubernetes quantities may be JSON numbers.
		{name: "valid, numeric storage", body: replace(`"10Gi"`, `10737418240`)},
		{name: "valid, null storage", body: replace(`"10Gi"`, `null`)},
		{name: "duplicate keys, last wins", body: replace(`"fsType": "nfs"`, `"fsType": "xfs", "fsType": "nfs"`)},
		{name: "duplicate keys, last bad", body: replace(`"fsType": "nfs"`, `"fsType": "nfs", "fsType": "xfs"`),
			want: []want{{validate.StorageTypeInvalid, fFSType}}},
		{name: "invalid UTF-8 in a string", body: replace(`"pvc-sfs-example"`, "\"pvc-\xfe-example\"")},
		{name: "null name", body: replace(`"pvc-sfs-example"`, `null`), want: []want{{bodyCode, fName}}},
		{name: "null", body: `null`, want: bad},
		{name: "array", body: `[]`, want: bad},
		{name: "string", body: `"pvc"`, want: bad},
		{name: "empty", body: ` `, want: bad},
		{name: "malformed", body: `{"metadata": {`, want: bad},
		{name: "number for a string", body: replace(`"nfs-rw"`, `7`), want: bad},
		{name: "number annotation", body: replace(`"nfs"`, `1`), want: bad},
		{name: "annotations an array", body: `{"metadata": {"annotations": []}}`, want: bad},
		{name: "boolean storage", body: replace(`"10Gi"`, `true`), want: bad},
		{name: "object storage", body: replace(`"10Gi"`, `{}`), want: bad},
		{name: "wrong kind", body: replace(`"PersistentVolumeClaim"`, `"Pod"`), want: []want{{bodyCode, "kind"}}},
		{name: "empty object", body: `{}`, want: []want{{bodyCode, fName}, {bodyCode, fFSType}, {bodyCode, fID}, {bodyCode, fClass}}},
		{name: "bad volume ID", body: replace(sfsID, "a b"), want: []want{{validate.VolumeIDInvalid, fID}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := volume.ValidateImportJSON(ns, []byte(tc.body))
			assert.Equal(t, tc.want, got(errs), "ValidateImportJSON: %v", errs)
		})
	}
}

func TestValidateImportJSONHostile(t *testing.T) {
	bad := []want{{bodyCode, ""}}
	t.Run("100 MB body", func(t *testing.T) {
		body := make([]byte, 100<<20)
		copy(body, nfsJSON)
		assert.Equal(t, bad, got(volume.ValidateImportJSON(ns, body)))
	})
	t.Run("body limit", func(t *testing.T) {
		body := []byte(nfsJSON)
		assert.Empty(t, volume.ValidateImportJSON(ns, body, volume.WithBodyLimit(int64(len(body)))))
		assert.Equal(t, bad, got(volume.ValidateImportJSON(ns, body, volume.WithBodyLimit(int64(len(body)-1)))))
	})
	t.Run("default limit is 1 MiB", func(t *testing.T) {
		pad := func(n int) []byte {
			b := []byte(nfsJSON)
			return append(b[:len(b)-1], append(bytes.Repeat([]byte("\n"), n-len(b)), '}')...)
		}
		assert.Empty(t, volume.ValidateImportJSON(ns, pad(1<<20)))
		assert.Equal(t, bad, got(volume.ValidateImportJSON(ns, pad(1<<20+1))))
	})
	t.Run("100,000-deep nesting", func(t *testing.T) {
		body := `{"spec":` + strings.Repeat(`[`, 100000) + strings.Repeat(`]`, 100000) + `}`
		assert.Equal(t, bad, got(volume.ValidateImportJSON(ns, []byte(body))))
	})
}

func TestQuantityUnmarshalJSON(t *testing.T) {
	tests := []struct {
		in   string
		want volume.Quantity
		err  bool
	}{
		{in: `"10Gi"`, want: "10Gi"},
		{in: `"10\u0047i"`, want: "10Gi"},
		{in: "\"10\xffGi\"", want: "10\uFFFDGi"}, // invalid UTF-8 replaced, as encoding/json does
		{in: `10737418240`, want: "10737418240"},
		{in: `-1.5e3`, want: "-1.5e3"},
		{in: `null`, want: "keep"},
		{in: `true`, err: true},
		{in: `[]`, err: true},
		{in: `{}`, err: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var r volume.ResourceList
			r.Storage = "keep"
			err := json.Unmarshal([]byte(`{"storage":`+tc.in+`}`), &r)
			if tc.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Storage)
		})
	}
}

// Regression: a wrong type for spec.resources.requests.storage used to report a
// byte offset counted from the value instead of the body.
func TestStorageWrongTypeHasNoBogusOffset(t *testing.T) {
	body := `{"metadata":{"name":"data","annotations":{"fsType":"ext4","volumeID":"` + evsID + `"}},` +
		`"spec":{"storageClassName":"ssd","resources":{"requests":{"storage":{"a":1}}}}}`
	errs := volume.ValidateImportJSON("team-a", []byte(body))
	require.Len(t, errs, 1)
	assert.Equal(t, validate.VolumeImportBodyInvalid, errs[0].Code)
	assert.NotContains(t, errs[0].Detail, "byte offset 1)")
	assert.Contains(t, errs[0].Detail, "spec.resources.requests.storage")
}
