package rules

// Flavors of a namespace (annotation namespace.kubernetes.io/flavor).
const (
	// FlavorGeneralComputing is the flavor of general-purpose namespaces.
	FlavorGeneralComputing = "general-computing"
	// FlavorGPUAccelerated is the flavor of GPU namespaces.
	FlavorGPUAccelerated = "gpu-accelerated"
)

// Storage classes of an imported volume (spec.storageClassName).
const (
	// StorageClassSATA is common I/O block storage (EVS).
	StorageClassSATA = "sata"
	// StorageClassSAS is high I/O block storage (EVS).
	StorageClassSAS = "sas"
	// StorageClassSSD is ultra-high I/O block storage (EVS).
	StorageClassSSD = "ssd"
	// StorageClassNFSRW is an SFS file system.
	StorageClassNFSRW = "nfs-rw"
	// StorageClassEFSPerformance is an SFS Turbo performance file system.
	StorageClassEFSPerformance = "efs-performance"
	// StorageClassEFSStandard is an SFS Turbo standard file system.
	StorageClassEFSStandard = "efs-standard"
	// StorageClassOBS is an OBS bucket.
	StorageClassOBS = "obs"
)

// File system types of an imported volume (annotation fsType).
const (
	// FSTypeExt4 is the file system type of block storage.
	FSTypeExt4 = "ext4"
	// FSTypeNFS is the file system type of SFS and SFS Turbo.
	FSTypeNFS = "nfs"
	// FSTypeOBS is the file system type of OBS.
	FSTypeOBS = "obs"
)

// Storage types of a released volume (query parameter storageType).
const (
	// StorageTypeBS is block storage (EVS).
	StorageTypeBS = "bs"
	// StorageTypeNFS is SFS.
	StorageTypeNFS = "nfs"
	// StorageTypeEFS is SFS Turbo.
	StorageTypeEFS = "efs"
	// StorageTypeOBS is OBS.
	StorageTypeOBS = "obs"
)

// Reasons of the enumerations.
const (
	reasonFlavor       = "must be one of general-computing, gpu-accelerated"
	reasonStorageClass = "must be one of sata, sas, ssd, nfs-rw, efs-performance, efs-standard, obs"
	reasonFSType       = "must be one of ext4, nfs, obs"
	reasonStorageType  = "must be one of bs, nfs, efs, obs"
)

// Flavor returns the zero [Problem] if s is a namespace flavor,
// [FlavorGeneralComputing] or [FlavorGPUAccelerated], compared
// case-sensitively. Otherwise it says why not: [Empty] for "", else
// [Invalid] with a reason listing the flavors.
func Flavor(s string) Problem {
	switch s {
	case "":
		return empty(reasonEmpty)
	case FlavorGeneralComputing, FlavorGPUAccelerated:
		return Problem{}
	}
	return invalid(reasonFlavor)
}

// StorageClass returns the zero [Problem] if s is a storage class, one of
// [StorageClasses], compared case-sensitively. Otherwise it says why not:
// [Empty] for "", else [Invalid] with a reason listing the classes.
func StorageClass(s string) Problem {
	switch s {
	case "":
		return empty(reasonEmpty)
	case StorageClassSATA, StorageClassSAS, StorageClassSSD, StorageClassNFSRW,
		StorageClassEFSPerformance, StorageClassEFSStandard, StorageClassOBS:
		return Problem{}
	}
	return invalid(reasonStorageClass)
}

// FSType returns the zero [Problem] if s is a file system type,
// [FSTypeExt4], [FSTypeNFS] or [FSTypeOBS], compared case-sensitively.
// Otherwise it says why not: [Empty] for "", else [Invalid] with a reason
// listing the types.
func FSType(s string) Problem {
	switch s {
	case "":
		return empty(reasonEmpty)
	case FSTypeExt4, FSTypeNFS, FSTypeOBS:
		return Problem{}
	}
	return invalid(reasonFSType)
}

// StorageType returns the zero [Problem] if s is a storage type,
// [StorageTypeBS], [StorageTypeNFS], [StorageTypeEFS] or [StorageTypeOBS],
// compared case-sensitively. Otherwise it says why not: [Empty] for "",
// else [Invalid] with a reason listing the types.
func StorageType(s string) Problem {
	switch s {
	case "":
		return empty(reasonEmpty)
	case StorageTypeBS, StorageTypeNFS, StorageTypeEFS, StorageTypeOBS:
		return Problem{}
	}
	return invalid(reasonStorageType)
}

// Flavors returns the namespace flavors [Flavor] accepts, in a new slice
// the caller may modify.
func Flavors() []string {
	return []string{FlavorGeneralComputing, FlavorGPUAccelerated}
}

// StorageClasses returns the storage classes [StorageClass] accepts, in a
// new slice the caller may modify.
func StorageClasses() []string {
	return []string{
		StorageClassSATA, StorageClassSAS, StorageClassSSD, StorageClassNFSRW,
		StorageClassEFSPerformance, StorageClassEFSStandard, StorageClassOBS,
	}
}

// FSTypes returns the file system types [FSType] accepts, in a new slice
// the caller may modify.
func FSTypes() []string {
	return []string{FSTypeExt4, FSTypeNFS, FSTypeOBS}
}

// StorageTypes returns the storage types [StorageType] accepts, in a new
// slice the caller may modify.
func StorageTypes() []string {
	return []string{StorageTypeBS, StorageTypeNFS, StorageTypeEFS, StorageTypeOBS}
}
