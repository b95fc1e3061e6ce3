package volume_test

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/ccicheck/ccicheck/volume"
)

func BenchmarkVolumeImport(b *testing.B) {
	valid := nfsImport()
	invalid := nfsImport()
	invalid.Metadata.Annotations = map[string]string{"fsType": "ext4", "volumeID": "vol.1"}
	for _, c := range []struct {
		name string
		v    *volume.VolumeImport
	}{{"valid", valid}, {"invalid", invalid}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = volume.ValidateImport(ns, c.v)
			}
		})
	}
}

func BenchmarkVolumeImportJSON(b *testing.B) {
	body := []byte(nfsJSON)
	b.Run("valid/ccicheck", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = volume.ValidateImportJSON(ns, body)
		}
	})
	b.Run("valid/decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var v volume.VolumeImport
			_ = json.Unmarshal(body, &v)
		}
	})
}

func BenchmarkVolumeRelease(b *testing.B) {
	q := url.Values{"deleteVolume": {"false"}, "storageType": {"nfs"}}
	b.ReportAllocs()
	for b.Loop() {
		_ = volume.ValidateRelease(ns, "pvc", q)
	}
}
