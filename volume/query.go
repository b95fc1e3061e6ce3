package volume

import (
	"net/url"
	"strconv"

	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Query parameters of lists and releases. The underscored spellings are read
// only when the camel-case one is absent.
const (
	paramDeleteVolume    = "deleteVolume"
	paramDeleteVolumeAlt = "delete_volume"
	paramStorageType     = "storageType"
	paramStorageTypeAlt  = "storage_type"
)

// ValidateList checks a list of imported volumes (GET
// /api/v1/namespaces/{namespace}/extended-persistentvolumeclaims): the
// caller may list namespace resources (CCI.01.403114, with a [Context] whose
// Actions are known), the namespace is not empty (CCI.01.400102), and the
// query parameter storageType, when present (even as "storageType="), is bs,
// nfs, efs or obs (CCI.01.400301). A parameter given more than once is read
// from its first value, as url.Values.Get does. The list rules name only the
// storageType spelling; storage_type is not read.
func ValidateList(namespace string, query url.Values, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionList, validate.SubResourceListForbidden, &o)
	if vs, ok := query[paramStorageType]; ok {
		errs = checkStorageType(errs, paramStorageType, first(vs))
	}
	return errs
}

// ValidateRelease checks the release of an imported volume (DELETE
// /api/v1/namespaces/{namespace}/persistentvolumeclaims/{name}): the caller
// may delete namespace resources (CCI.01.403111, with a [Context] whose
// Actions are known), the namespace is not empty (CCI.01.400102), then the
// query parameters:
//
//   - deleteVolume (or delete_volume, read only when deleteVolume is absent),
//     when present, is a boolean as strconv.ParseBool reads it: 1, t, T,
//     TRUE, true, True, 0, f, F, FALSE, false, False (CCI.01.400304);
//   - storageType (or storage_type, likewise), when present, is bs, nfs, efs
//     or obs, and it is present when deleteVolume is false (CCI.01.400301).
//
// A parameter present with no value ("deleteVolume=") is present and empty.
// A parameter given more than once is read from its first value, as
// url.Values.Get does. The name is not checked: CCI has no code for it.
func ValidateRelease(namespace, name string, query url.Values, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionDelete, validate.SubResourceDeleteForbidden, &o)
	delParam, del, hasDel := param(query, paramDeleteVolume, paramDeleteVolumeAlt)
	keep := false // deleteVolume is present and false
	if hasDel {
		if rules.Bool(del).OK() {
			b, _ := strconv.ParseBool(del)
			keep = !b
		} else {
			errs = add(errs, validate.DeleteVolumeInvalid, delParam, delParam+" "+strconv.Quote(del)+
				" is not a boolean; use true or false")
		}
	}
	typeParam, typ, hasType := param(query, paramStorageType, paramStorageTypeAlt)
	switch {
	case hasType:
		errs = checkStorageType(errs, typeParam, typ)
	case keep:
		errs = add(errs, validate.StorageTypeInvalid, paramStorageType, paramStorageType+
			" is missing; it is required when "+delParam+" is false and must be one of bs, nfs, efs, obs")
	}
	return errs
}

// param returns the first value of the query parameter name, or of alt when
// name is absent, with the spelling found; ok is false when neither is present.
func param(query url.Values, name, alt string) (spelling, value string, ok bool) {
	if vs, ok := query[name]; ok {
		return name, first(vs), true
	}
	if vs, ok := query[alt]; ok {
		return alt, first(vs), true
	}
	return name, "", false
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// checkStorageType rejects a storage type other than bs, nfs, efs or obs.
func checkStorageType(errs validate.ErrorList, param, s string) validate.ErrorList {
	if p := rules.StorageType(s); !p.OK() {
		errs = add(errs, validate.StorageTypeInvalid, param, param+" "+strconv.Quote(s)+" "+reasonStorageType)
	}
	return errs
}

// reasonStorageType is the rule of a storage type, for empty ones too.
const reasonStorageType = "is not a storage type; it must be one of bs, nfs, efs, obs"
