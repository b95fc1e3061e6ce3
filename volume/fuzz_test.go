package volume_test

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

var seeds = []string{
	nfsJSON,
	`{}`, `null`, `[]`, `"x"`, `1`, ``,
	`{"metadata":{"name":"a","annotations":{"fsType":"ext4","volumeID":"` + evsID + `"}},"spec":{"storageClassName":"sas"}}`,
	`{"metadata":{"name":"a","annotations":{"fsType":"obs","volumeID":"b_"}},"spec":{"storageClassName":"obs","resources":{"requests":{"storage":5}}}}`,
	`{"kind":"ExtendedPersistentVolumeClaim","metadata":{"name":"a","name":null}}`,
	"{\"metadata\":{\"annotations\":{\"volumeID\":\"\xff\"}}}",
}

func checkCodes(t *testing.T, errs validate.ErrorList) {
	t.Helper()
	for _, e := range errs {
		require.NotNil(t, e)
		require.True(t, e.Code.IsValid(), "invalid code in %v", e)
	}
}

// undecodable reports whether errs ends with the error of a body that could
// not be decoded.
func undecodable(errs validate.ErrorList) bool {
	return len(errs) > 0 && errs[len(errs)-1].Code == validate.VolumeImportBodyInvalid && errs[len(errs)-1].Field == ""
}

// FuzzVolumeImportJSON checks that ValidateImportJSON never panics, gives
// every rejection a catalogue code, agrees with ValidateImport on a body it
// decodes, and still accepts a request it accepted after a JSON round trip.
func FuzzVolumeImportJSON(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		errs := volume.ValidateImportJSON(ns, []byte(body))
		checkCodes(t, errs)
		var v volume.VolumeImport
		if undecodable(errs) || json.Unmarshal([]byte(body), &v) != nil {
			return
		}
		assert.Equal(t, errs, volume.ValidateImport(ns, &v), "typed and JSON disagree")
		if len(errs) > 0 {
			return
		}
		round, err := json.Marshal(&v)
		require.NoError(t, err)
		assert.Empty(t, volume.ValidateImportJSON(ns, round), "rejected after a round trip: %s", round)
	})
}

// FuzzVolumeImportManifest checks that ValidateImportManifest never panics,
// gives every rejection a catalogue code, and judges a document's JSON as
// ValidateImportJSON does.
func FuzzVolumeImportManifest(f *testing.F) {
	for _, s := range append(seeds, nfsYAML, nfsYAML+"---\n"+nfsYAML, "a: &a [1]\nb: *a\n", "name: 1\n") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		results, err := volume.ValidateImportManifest(ns, []byte(data))
		if err != nil {
			return
		}
		for _, r := range results {
			checkCodes(t, r.Errors)
			if r.Document.Err == "" {
				assert.Equal(t, volume.ValidateImportJSON(ns, r.Document.JSON), r.Errors)
			} else {
				assert.Len(t, r.Errors, 1)
			}
		}
	})
}

// FuzzVolumeList checks ValidateList with any query string.
func FuzzVolumeList(f *testing.F) {
	for _, s := range []string{"", "storageType=bs", "storageType=", "storageType=x&storageType=bs", "%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw)
		errs := volume.ValidateList(ns, q)
		checkCodes(t, errs)
		_, has := q["storageType"]
		if !has {
			assert.Empty(t, errs)
		}
	})
}

// FuzzVolumeRelease checks ValidateRelease with any query string: no panic,
// catalogue codes only, and only the release's codes.
func FuzzVolumeRelease(f *testing.F) {
	for _, s := range []string{"", "deleteVolume=true&storageType=bs", "deleteVolume=false", "delete_volume=0&storage_type=efs",
		"deleteVolume=&storageType=", "deleteVolume=2&delete_volume=true"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw)
		errs := volume.ValidateRelease(ns, "pvc", q)
		checkCodes(t, errs)
		for _, e := range errs {
			assert.Contains(t, []validate.Code{validate.DeleteVolumeInvalid, validate.StorageTypeInvalid}, e.Code)
		}
	})
}
