package volume

import (
	"strconv"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Field paths of an import.
const (
	fieldKind         = "kind"
	fieldAPIVersion   = "apiVersion"
	fieldName         = "metadata.name"
	fieldFSType       = "metadata.annotations[" + AnnotationFSType + "]"
	fieldVolumeID     = "metadata.annotations[" + AnnotationVolumeID + "]"
	fieldStorageClass = "spec.storageClassName"
)

// ValidateImport checks a volume import (POST
// /api/v1/namespaces/{namespace}/extended-persistentvolumeclaims) whose body
// is v, in the order of the package documentation, and returns every rule it
// breaks. A nil v is an invalid body (CCI.01.400106). ValidateImport
// allocates nothing for a valid request.
func ValidateImport(namespace string, v *VolumeImport, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
	if v == nil {
		return add(errs, validate.VolumeImportBodyInvalid, "", "the request has no body")
	}
	return checkImport(errs, v, &o)
}

// ValidateImportJSON checks a volume import whose body is the JSON body,
// decoded as CCI's Go server decodes it: a JSON object of at most the body
// limit (see [WithBodyLimit]), encoding/json semantics (duplicate keys
// accepted, the last one wins; invalid UTF-8 in strings accepted; nesting up
// to encoding/json's limit). A body that cannot be decoded is an invalid body
// (CCI.01.400106, its Detail giving the byte offset of malformed JSON), and
// then no field rule is checked. Otherwise it checks as [ValidateImport].
func ValidateImportJSON(namespace string, body []byte, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
	return checkBody(errs, body, &o)
}

// checkBody decodes body and checks the import it holds.
func checkBody(errs validate.ErrorList, body []byte, o *options) validate.ErrorList {
	var v VolumeImport
	if reason := jsonbody.Decode(body, o.limit, &v); reason != "" {
		return add(errs, validate.VolumeImportBodyInvalid, "", reason)
	}
	return checkImport(errs, &v, o)
}

// checkImport applies the body rules, steps 1 to 5 of the import.
func checkImport(errs validate.ErrorList, v *VolumeImport, o *options) validate.ErrorList {
	errs = checkShape(errs, v)
	id := v.Metadata.Annotations[AnnotationVolumeID]
	idOK := true
	switch p := rules.VolumeID(id); p.Kind {
	case rules.Empty:
		idOK = false // reported by checkShape
	case rules.TooLong:
		idOK = false
		errs = add(errs, validate.VolumeIDTooLong, fieldVolumeID, "volume ID "+strconv.Quote(id)+" is "+
			strconv.Itoa(len(id))+" bytes long; at most "+strconv.Itoa(rules.MaxVolumeIDLen)+" are allowed")
	case rules.Invalid:
		idOK = false
		errs = add(errs, validate.VolumeIDInvalid, fieldVolumeID, "volume ID "+strconv.Quote(id)+" "+p.Reason)
	}
	fsType := v.Metadata.Annotations[AnnotationFSType]
	switch p := rules.FSType(fsType); p.Kind {
	case rules.OK:
		errs = checkClass(errs, fsType, v.Spec.StorageClassName)
	case rules.Invalid:
		errs = add(errs, validate.StorageTypeInvalid, fieldFSType, "fsType "+strconv.Quote(fsType)+" "+p.Reason)
	}
	if fsType == rules.FSTypeOBS && o.ctx.OBSBeta != nil && !*o.ctx.OBSBeta {
		errs = add(errs, validate.OBSBetaRequired, fieldFSType, "fsType obs needs OBS beta access, which the account does not have")
	}
	if idOK && o.ctx.Volumes != nil {
		errs = checkInventory(errs, id, o.ctx.Volumes)
	}
	return errs
}

// checkShape applies step 1: kind, apiVersion and the required fields, all
// CCI.01.400106.
func checkShape(errs validate.ErrorList, v *VolumeImport) validate.ErrorList {
	const code = validate.VolumeImportBodyInvalid
	switch v.Kind {
	case "", KindPersistentVolumeClaim, KindExtendedPersistentVolumeClaim:
	default:
		errs = add(errs, code, fieldKind, "kind "+strconv.Quote(v.Kind)+" is not "+
			KindPersistentVolumeClaim+" or "+KindExtendedPersistentVolumeClaim)
	}
	if v.APIVersion != "" && v.APIVersion != APIVersion {
		errs = add(errs, code, fieldAPIVersion, "apiVersion "+strconv.Quote(v.APIVersion)+" is not "+APIVersion)
	}
	if v.Metadata.Name == "" {
		errs = add(errs, code, fieldName, "metadata.name is missing or empty")
	}
	if v.Metadata.Annotations[AnnotationFSType] == "" {
		errs = add(errs, code, fieldFSType, "annotation fsType is missing or empty; it must be ext4, nfs or obs")
	}
	if v.Metadata.Annotations[AnnotationVolumeID] == "" {
		errs = add(errs, code, fieldVolumeID, "annotation volumeID is missing or empty; it must hold the ID of the volume to import")
	}
	if v.Spec.StorageClassName == "" {
		errs = add(errs, code, fieldStorageClass, "spec.storageClassName is missing or empty")
	}
	return errs
}

// checkClass applies step 4: the storage class fits the file system type,
// a valid one. An empty class is reported by checkShape.
func checkClass(errs validate.ErrorList, fsType, class string) validate.ErrorList {
	if class == "" {
		return errs
	}
	switch fsType {
	case rules.FSTypeExt4:
		if class != rules.StorageClassSAS && class != rules.StorageClassSSD && class != rules.StorageClassSATA {
			errs = add(errs, validate.BlockStorageClassInvalid, fieldStorageClass, "storage class "+
				strconv.Quote(class)+" is not one of sas, ssd, sata, the classes of fsType ext4 (block storage)")
		}
	case rules.FSTypeNFS:
		if class != rules.StorageClassNFSRW && class != rules.StorageClassEFSPerformance && class != rules.StorageClassEFSStandard {
			errs = add(errs, validate.NFSStorageClassInvalid, fieldStorageClass, "storage class "+
				strconv.Quote(class)+" is not one of nfs-rw, efs-performance, efs-standard, the classes of fsType nfs (SFS, SFS Turbo)")
		}
	case rules.FSTypeOBS:
		if class != rules.StorageClassOBS {
			errs = add(errs, validate.StorageTypeInvalid, fieldStorageClass, "storage class "+
				strconv.Quote(class)+" is not obs, the class of fsType obs")
		}
	}
	return errs
}

// checkInventory applies the inventory rules of step 5 to a well-formed
// volume ID.
func checkInventory(errs validate.ErrorList, id string, volumes map[string]VolumeState) validate.ErrorList {
	state, known := volumes[id]
	switch {
	case !known:
		errs = add(errs, validate.VolumeNotFound, fieldVolumeID, "volume "+strconv.Quote(id)+" does not exist")
	case state == VolumeUnavailable:
		errs = add(errs, validate.VolumeNotAvailable, fieldVolumeID, "volume "+strconv.Quote(id)+" is not available for import")
	case state == VolumeImported:
		errs = add(errs, validate.VolumeAlreadyImported, fieldVolumeID, "volume "+strconv.Quote(id)+" is already imported")
	}
	return errs
}
