package acceptance_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/volume"
)

const volIDField = "metadata.annotations[volumeID]"
const fsField = "metadata.annotations[fsType]"

func fsClass(fs, class string) func(*volume.VolumeImport) {
	return func(v *volume.VolumeImport) {
		v.Metadata.Annotations["fsType"] = fs
		v.Spec.StorageClassName = class
	}
}

// §6 Import: every step.
func TestS6ImportSteps(t *testing.T) {
	id64 := "a" + rep("0", 62) + "z"
	require.Len(t, id64, 64)
	cases := []struct {
		name  string
		mod   func(*volume.VolumeImport)
		want  string
		field string
	}{
		{"valid ssd", func(*volume.VolumeImport) {}, "", ""},
		{"valid nfs-rw", fsClass("nfs", "nfs-rw"), "", ""},
		{"valid efs-performance", fsClass("nfs", "efs-performance"), "", ""},
		{"valid efs-standard", fsClass("nfs", "efs-standard"), "", ""},
		{"valid sas", fsClass("ext4", "sas"), "", ""},
		{"valid sata", fsClass("ext4", "sata"), "", ""},
		{"valid obs", fsClass("obs", "obs"), "", ""},
		{"valid extended kind", func(v *volume.VolumeImport) { v.Kind = "ExtendedPersistentVolumeClaim" }, "", ""},
		{"valid no kind", func(v *volume.VolumeImport) { v.Kind, v.APIVersion = "", "" }, "", ""},
		{"valid no storage", func(v *volume.VolumeImport) { v.Spec.Resources.Requests.Storage = "" }, "", ""},
		// step 1
		{"1 kind", func(v *volume.VolumeImport) { v.Kind = "Volume" }, c01_400106, "-"},
		{"1 apiVersion", func(v *volume.VolumeImport) { v.APIVersion = "v2" }, c01_400106, "-"},
		{"1 name", func(v *volume.VolumeImport) { v.Metadata.Name = "" }, c01_400106, "metadata.name"},
		{"1 fsType", func(v *volume.VolumeImport) { delete(v.Metadata.Annotations, "fsType") }, c01_400106, fsField},
		{"1 fsType empty", func(v *volume.VolumeImport) { v.Metadata.Annotations["fsType"] = "" }, c01_400106, fsField},
		{"1 volumeID", func(v *volume.VolumeImport) { delete(v.Metadata.Annotations, "volumeID") }, c01_400106, volIDField},
		{"1 volumeID empty", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "" }, c01_400106, volIDField},
		{"1 storageClassName", func(v *volume.VolumeImport) { v.Spec.StorageClassName = "" }, c01_400106, "spec.storageClassName"},
		{"1 no annotations", func(v *volume.VolumeImport) { v.Metadata.Annotations = nil }, c01_400106, "-"},
		// step 2
		{"2 id 64", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = id64 }, "", ""},
		{"2 id 65", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = id64 + "a" }, c01_400303, volIDField},
		{"2 id 65 bad chars", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = rep(".", 65) }, c01_400303, volIDField},
		{"2 id underscore", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "a_b" }, "", ""},
		{"2 id upper uuid", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = strings.ToUpper(uuid) }, "", ""},
		{"2 id single", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "a" }, "", ""},
		{"2 id leading -", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "-ab" }, c01_400302, volIDField},
		{"2 id trailing _", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "ab_" }, c01_400302, volIDField},
		{"2 id dot", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "a.b" }, c01_400302, volIDField},
		{"2 id slash", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "a/b" }, c01_400302, volIDField},
		{"2 id space", func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = "a b" }, c01_400302, volIDField},
		// step 3
		{"3 fsType xfs", fsClass("xfs", "ssd"), c01_400301, fsField},
		{"3 fsType Ext4", fsClass("Ext4", "ssd"), c01_400301, fsField},
		// step 4
		{"4 ext4 nfs-rw", fsClass("ext4", "nfs-rw"), c01_400308, "spec.storageClassName"},
		{"4 ext4 obs", fsClass("ext4", "obs"), c01_400308, "spec.storageClassName"},
		{"4 ext4 unknown", fsClass("ext4", "gold"), c01_400308, "spec.storageClassName"},
		{"4 nfs ssd", fsClass("nfs", "ssd"), c01_400307, "spec.storageClassName"},
		{"4 nfs obs", fsClass("nfs", "obs"), c01_400307, "spec.storageClassName"},
		{"4 nfs unknown", fsClass("nfs", "nfs"), c01_400307, "spec.storageClassName"},
		{"4 obs ssd", fsClass("obs", "ssd"), c01_400301, "spec.storageClassName"},
		{"4 obs nfs-rw", fsClass("obs", "nfs-rw"), c01_400301, "spec.storageClassName"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, volume.ValidateImport("ns", volWith(tc.mod)), tc.want, tc.field)
		})
	}
	expect(t, volume.ValidateImport("ns", nil), c01_400106, "-")
	expect(t, volume.ValidateImport("", volValid()), c01_400102, "-")
}

// §6 Import JSON: body shape.
func TestS6ImportJSON(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"valid", volJSON, ""},
		{"storage as number", strings.Replace(volJSON, `"storage":"10Gi"`, `"storage":10`, 1), ""},
		{"array", `[]`, c01_400106},
		{"name number", strings.Replace(volJSON, `"name":"pvc-1"`, `"name":5`, 1), c01_400106},
		{"annotations array", strings.Replace(volJSON, `"annotations":{"fsType":"nfs","volumeID":"`+uuid+`"}`, `"annotations":[]`, 1), c01_400106},
		{"volumeID number", strings.Replace(volJSON, `"volumeID":"`+uuid+`"`, `"volumeID":12`, 1), c01_400106},
		{"storageClassName null", strings.Replace(volJSON, `"storageClassName":"nfs-rw"`, `"storageClassName":null`, 1), c01_400106},
		{"spec missing", `{"metadata":{"name":"p","annotations":{"fsType":"nfs","volumeID":"x"}}}`, c01_400106},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, volume.ValidateImportJSON("ns", []byte(tc.body)), tc.want, "-")
		})
	}
}

// §6 Import: context rules (step 5).
func TestS6ImportContext(t *testing.T) {
	inv := map[string]volume.VolumeState{
		uuid:  volume.VolumeAvailable,
		"bad": volume.VolumeUnavailable,
		"imp": volume.VolumeImported,
	}
	withID := func(id string) func(*volume.VolumeImport) {
		return func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = id }
	}
	cases := []struct {
		name string
		mod  func(*volume.VolumeImport)
		ctx  volume.Context
		want string
	}{
		{"obs no beta", fsClass("obs", "obs"), volume.Context{OBSBeta: ptr(false)}, c01_403102},
		{"obs beta", fsClass("obs", "obs"), volume.Context{OBSBeta: ptr(true)}, ""},
		{"ext4 no beta fine", fsClass("ext4", "ssd"), volume.Context{OBSBeta: ptr(false)}, ""},
		{"known available", withID(uuid), volume.Context{Volumes: inv}, ""},
		{"unknown", withID("nope"), volume.Context{Volumes: inv}, c01_400306},
		{"unavailable", withID("bad"), volume.Context{Volumes: inv}, c01_400305},
		{"imported", withID("imp"), volume.Context{Volumes: inv}, c01_400309},
		{"obs beta before unknown", func(v *volume.VolumeImport) { fsClass("obs", "obs")(v); withID("nope")(v) }, volume.Context{OBSBeta: ptr(false), Volumes: inv}, c01_403102},
		{"request before context", func(v *volume.VolumeImport) { fsClass("ext4", "nfs-rw")(v); withID("nope")(v) }, volume.Context{Volumes: inv}, c01_400308},
		{"no inventory", withID("nope"), volume.Context{}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, volume.ValidateImport("ns", volWith(tc.mod), volume.WithContext(tc.ctx)), tc.want, "-")
		})
	}
}

// §6 Import: check order when two rules break.
func TestS6ImportOrder(t *testing.T) {
	cases := []struct {
		name string
		mod  func(*volume.VolumeImport)
		want string
	}{
		{"missing class before bad id", func(v *volume.VolumeImport) {
			v.Spec.StorageClassName = ""
			v.Metadata.Annotations["volumeID"] = "-x"
		}, c01_400106},
		{"kind before id", func(v *volume.VolumeImport) { v.Kind = "X"; v.Metadata.Annotations["volumeID"] = rep("a", 70) }, c01_400106},
		{"id too long before fsType", func(v *volume.VolumeImport) {
			v.Metadata.Annotations["volumeID"] = rep("a", 70)
			v.Metadata.Annotations["fsType"] = "xfs"
		}, c01_400303},
		{"id invalid before fsType", func(v *volume.VolumeImport) {
			v.Metadata.Annotations["volumeID"] = "a.b"
			v.Metadata.Annotations["fsType"] = "xfs"
		}, c01_400302},
		{"id invalid before class", func(v *volume.VolumeImport) {
			v.Metadata.Annotations["volumeID"] = "a.b"
			v.Spec.StorageClassName = "nfs-rw"
		}, c01_400302},
		{"fsType before class", fsClass("xfs", "nope"), c01_400301},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, volume.ValidateImport("ns", volWith(tc.mod)), tc.want, "-")
		})
	}
}

// §6 Release and list imported.
func TestS6ReleaseAndList(t *testing.T) {
	q := func(s string) url.Values {
		v, err := url.ParseQuery(s)
		require.NoError(t, err)
		return v
	}
	cases := []struct {
		query, want, field string
	}{
		{"", "", ""},
		{"deleteVolume=true", "", ""},
		{"deleteVolume=True&storageType=bs", "", ""},
		{"deleteVolume=yes", c01_400304, "deleteVolume"},
		{"deleteVolume=", c01_400304, "deleteVolume"},
		{"delete_volume=yes", c01_400304, "delete_volume"},
		{"delete_volume=1", "", ""},
		{"deleteVolume=true&delete_volume=yes", "", ""},
		{"deleteVolume=yes&delete_volume=true", c01_400304, "deleteVolume"},
		{"storageType=bs", "", ""},
		{"storageType=nfs", "", ""},
		{"storageType=efs", "", ""},
		{"storageType=obs", "", ""},
		{"storageType=evs", c01_400301, "storageType"},
		{"storageType=", c01_400301, "storageType"},
		{"storage_type=evs", c01_400301, "storage_type"},
		{"storage_type=efs", "", ""},
		{"storageType=bs&storage_type=evs", "", ""},
		{"storageType=evs&storage_type=bs", c01_400301, "storageType"},
		{"deleteVolume=false", c01_400301, "-"},
		{"deleteVolume=0", c01_400301, "-"},
		{"deleteVolume=F", c01_400301, "-"},
		{"delete_volume=false", c01_400301, "-"},
		{"deleteVolume=false&storageType=nfs", "", ""},
		{"deleteVolume=false&storage_type=obs", "", ""},
		{"deleteVolume=yes&storageType=evs", c01_400304, "deleteVolume"},
		{"deleteVolume=&delete_volume=true", c01_400304, "deleteVolume"},
		{"storageType=&storage_type=bs", c01_400301, "storageType"},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			expect(t, volume.ValidateRelease("ns", "pvc-1", q(tc.query)), tc.want, tc.field)
		})
	}
	l := volume.ValidateRelease("ns", "pvc-1", q("deleteVolume=yes&storageType=evs"))
	assert.Equal(t, []string{c01_400304, c01_400301}, codeStrs(l))
	expect(t, volume.ValidateRelease("", "pvc-1", nil), c01_400102, "-")

	for _, tc := range []struct{ query, want string }{
		{"", ""},
		{"storageType=bs", ""},
		{"storageType=efs", ""},
		{"storageType=BS", c01_400301},
		{"storageType=", c01_400301},
		{"storageType=sfs", c01_400301},
	} {
		t.Run("list "+tc.query, func(t *testing.T) {
			expect(t, volume.ValidateList("ns", q(tc.query)), tc.want, "-")
		})
	}
	expect(t, volume.ValidateList("", nil), c01_400102, "-")
}
