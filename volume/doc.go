// Package volume checks CCI storage volume requests on the client, as CCI
// would (cci-rules.md §6 and §9): importing an existing EVS disk, SFS file
// system or OBS bucket as a persistent volume claim, listing imported
// volumes, and releasing one.
//
// An import can be checked in the three forms people hold it: a typed
// [VolumeImport] built in Go ([ValidateImport]), the JSON body about to be
// sent ([ValidateImportJSON]) or a YAML or JSON manifest file
// ([ValidateImportManifest]). Lists and releases carry query parameters
// ([ValidateList], [ValidateRelease]).
//
// Every function returns a [validate.ErrorList] holding every rule the request
// breaks, in the order the server checks them, so its first error is the one
// CCI would answer with. An empty list means the request passes.
//
// # Check order of an import
//
//  0. With a [Context] whose Actions are known: cci:namespaceSubResource:create
//     not granted → CCI.01.403110. The namespace of the path is empty →
//     CCI.01.400102.
//  1. Body not a JSON object, larger than the limit, wrong JSON types, kind
//     not PersistentVolumeClaim or ExtendedPersistentVolumeClaim or apiVersion
//     not v1 (when present); metadata.name, annotation fsType, annotation
//     volumeID or spec.storageClassName missing or empty → CCI.01.400106.
//  2. volumeID longer than 64 bytes → CCI.01.400303; not ASCII letters,
//     digits, '_' and '-', starting and ending with a letter or digit →
//     CCI.01.400302 (UUIDs pass).
//  3. fsType not ext4, nfs or obs → CCI.01.400301.
//  4. fsType ext4 with a storage class other than sas, ssd or sata →
//     CCI.01.400308; nfs with one other than nfs-rw, efs-performance or
//     efs-standard → CCI.01.400307; obs with one other than obs →
//     CCI.01.400301.
//  5. With a [Context]: fsType obs without OBS beta access → CCI.01.403102;
//     with an inventory, the volume unknown → CCI.01.400306, not available →
//     CCI.01.400305, already imported → CCI.01.400309.
//
// Missing, empty and JSON null are the same for every string. A rule whose
// input an earlier rule rejected is not applied: an unknown fsType has no
// storage classes to check, and a malformed volume ID is not looked up.
//
// # Field paths
//
// Errors name the wire path of the offending value: "metadata.name",
// "metadata.annotations[volumeID]", "metadata.annotations[fsType]",
// "spec.storageClassName". Rules on the request outside the body name the
// parameter as CCI's API reference does: "namespace" for the path's namespace,
// and the query parameter as spelled in the request ("deleteVolume" or
// "delete_volume", "storageType" or "storage_type"). Permission errors concern
// the whole request and have no field.
package volume
