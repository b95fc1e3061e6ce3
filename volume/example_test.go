package volume_test

import (
	"fmt"
	"net/url"

	"github.com/ccicheck/ccicheck/volume"
)

func ExampleValidateImport() {
	v := &volume.VolumeImport{
		Kind:       volume.KindPersistentVolumeClaim,
		APIVersion: volume.APIVersion,
		Metadata: volume.ObjectMeta{
			Name: "pvc-evs-example",
			Annotations: map[string]string{
				volume.AnnotationFSType:   "ext4",
				volume.AnnotationVolumeID: "c6a3f2d4-8e1b-4b5f-9d0a-2f7e6b5c4d3e",
			},
		},
		Spec: volume.ClaimSpec{
			StorageClassName: "ssd",
			AccessModes:      []string{"ReadWriteOnce"},
			Resources:        volume.Requirements{Requests: volume.ResourceList{Storage: "10Gi"}},
		},
	}
	fmt.Println(volume.ValidateImport("cci-namespace-demo", v).Err())

	v.Spec.StorageClassName = "nfs-rw" // an SFS class for an EVS disk
	fmt.Println(volume.ValidateImport("cci-namespace-demo", v).Err())
	// Output:
	// <nil>
	// CCI.01.400308 spec.storageClassName: storage class "nfs-rw" is not one of sas, ssd, sata, the classes of fsType ext4 (block storage)
}

func ExampleValidateImportJSON() {
	body := []byte(`{"metadata": {"name": "pvc", "annotations": {"fsType": "nfs", "volumeID": "vol.1"}},
		"spec": {"storageClassName": "nfs-rw"}}`)
	for _, e := range volume.ValidateImportJSON("cci-namespace-demo", body) {
		fmt.Println(e.Code, e.Field)
	}
	// Output:
	// CCI.01.400302 metadata.annotations[volumeID]
}

func ExampleValidateImportManifest() {
	data := []byte(`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pvc-sfs-example
  annotations:
    fsType: nfs
    volumeID: 1bd2b2a6-cb3c-4a8a-9a31-64ec6a2a3f6a
spec:
  storageClassName: ssd
  resources:
    requests:
      storage: 10Gi
`)
	results, err := volume.ValidateImportManifest("cci-namespace-demo", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		for _, e := range r.Errors {
			line, col := r.Document.Position(e.Field)
			fmt.Printf("%d:%d: %s %s\n", line, col, e.Code, e.Field)
		}
	}
	// Output:
	// 9:21: CCI.01.400307 spec.storageClassName
}

func ExampleWithContext() {
	v := nfsImport()
	inventory := map[string]volume.VolumeState{v.Metadata.Annotations["volumeID"]: volume.VolumeImported}
	errs := volume.ValidateImport("cci-namespace-demo", v, volume.WithContext(volume.Context{Volumes: inventory}))
	fmt.Println(errs.First().Code)
	// Output:
	// CCI.01.400309
}

func ExampleValidateRelease() {
	q := url.Values{"deleteVolume": {"false"}}
	fmt.Println(volume.ValidateRelease("cci-namespace-demo", "pvc-sfs-example", q).Err())
	q.Set("storageType", "nfs")
	fmt.Println(volume.ValidateRelease("cci-namespace-demo", "pvc-sfs-example", q).Err())
	// Output:
	// CCI.01.400301 storageType: storageType is missing; it is required when deleteVolume is false and must be one of bs, nfs, efs, obs
	// <nil>
}

func ExampleValidateList() {
	q, _ := url.ParseQuery("storageType=evs")
	fmt.Println(volume.ValidateList("cci-namespace-demo", q).Err())
	// Output:
	// CCI.01.400301 storageType: storageType "evs" is not a storage type; it must be one of bs, nfs, efs, obs
}
