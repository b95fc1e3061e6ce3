package chart

import "github.com/ccicheck/ccicheck/internal/optpool"

// The default limits of a chart package (cci-rules.md §7).
const (
	// DefaultMaxPackageSize is the largest package accepted: 2 MiB
	// (2,097,152 bytes; exactly 2 MiB passes). Larger is CCI.04.400304.
	DefaultMaxPackageSize = 2 << 20
	// DefaultMaxEntries is the most tar entries one archive may hold, every
	// entry counted (directories and a pax global header too).
	DefaultMaxEntries = 1000
	// DefaultMaxFileSize is the largest inflated size of one file: 5 MiB.
	DefaultMaxFileSize = 5 << 20
	// DefaultMaxTotalSize is the budget of inflated bytes of a package: 20 MiB,
	// shared with its nested archives.
	DefaultMaxTotalSize = 20 << 20
	// DefaultMaxAliases is the most YAML aliases one YAML file may use.
	DefaultMaxAliases = 100
	// DefaultMaxDepth is the deepest nesting of YAML collections, and of
	// nested chart archives, accepted.
	DefaultMaxDepth = 64
	// multipartOverhead is what an upload body may hold beyond the package:
	// the other parts and the headers, 64 KiB.
	multipartOverhead = 64 << 10
	// maxParts is the most parts an upload body may have.
	maxParts = 16
)

// An Option changes how a package or request is checked. Options with a
// limit treat n <= 0 as "use the default".
type Option func(*options)

type options struct {
	maxPackage int64
	maxEntries int
	maxFile    int64
	maxTotal   int64
	maxAliases int
	maxDepth   int
	ctx        Context
}

// WithMaxPackageSize sets the largest package accepted, in bytes (default
// 2 MiB); a larger one is CCI.04.400304. An upload body may be 64 KiB larger.
func WithMaxPackageSize(n int64) Option { return func(o *options) { o.maxPackage = n } }

// WithMaxEntries sets the most tar entries one archive (the package, or one
// nested archive) may hold (default 1,000); more is CCI.04.400306.
func WithMaxEntries(n int) Option { return func(o *options) { o.maxEntries = n } }

// WithMaxFileSize sets the largest inflated size of one file in bytes
// (default 5 MiB); a larger file is CCI.04.400306.
func WithMaxFileSize(n int64) Option { return func(o *options) { o.maxFile = n } }

// WithMaxTotalSize sets the budget of inflated bytes (default 20 MiB): every
// byte gzip yields counts, tar headers and padding included, and nested
// archives draw on the same budget with their own inflated bytes. Going over
// is CCI.04.400306.
func WithMaxTotalSize(n int64) Option { return func(o *options) { o.maxTotal = n } }

// WithMaxAliases sets the most YAML aliases (*name) one YAML file may use
// (default 100); more is CCI.04.400306.
func WithMaxAliases(n int) Option { return func(o *options) { o.maxAliases = n } }

// WithMaxDepth sets the deepest nesting accepted (default 64), both of YAML
// collections in one file and of chart archives inside chart archives;
// deeper is CCI.04.400306.
func WithMaxDepth(n int) Option { return func(o *options) { o.maxDepth = n } }

// WithContext supplies what the caller knows about the account and its
// charts (see [Context]); without it the context rules are not applied.
func WithContext(c Context) Option { return func(o *options) { o.ctx = c } }

// A Context holds what the caller knows, for the rules of cci-rules.md §7
// that depend on it. Nil and zero fields mean "not known": their rules are
// not applied.
type Context struct {
	// Uploaded are the names of the charts the tenant has already uploaded.
	// Uploading a package with one of these names is CCI.04.409112.
	Uploaded []string
	// Official are the names of CCI's official charts. Uploading a package
	// with one of these names is CCI.04.409123; downloading a chart whose
	// Chart.Name is one of them is CCI.04.403124.
	Official []string
	// Chart is the stored chart a request by chart ID refers to (update,
	// get, download, delete); nil means not known.
	Chart *StoredChart
	// Tenant is the caller's tenant (project). When it and Chart.Owner are
	// both non-empty and differ, an update is CCI.04.403130.
	Tenant string
	// InUse are the IDs of the charts that releases use. Deleting one of
	// them is CCI.04.403125.
	InUse []string
}

// A StoredChart describes a chart already held by CCI.
type StoredChart struct {
	// Name and Version are the chart's. An update whose package has another
	// name or version is CCI.04.403112; an empty field is not compared.
	Name, Version string
	// Official marks one of CCI's official charts: downloading it is
	// CCI.04.403124 (as is a Name listed in Context.Official).
	Official bool
	// InUse marks a chart that a release uses: deleting it is CCI.04.403125
	// (as is an ID listed in Context.InUse).
	InUse bool
	// Owner is the tenant that uploaded the chart; "" means not known.
	Owner string
}

// optionPool keeps applying options free of allocations (see package optpool).
var optionPool optpool.Pool[options]

// apply returns the options opts make, with the defaults filled in.
func apply(opts []Option) options {
	o := optpool.Apply(&optionPool, opts)
	if o.maxPackage <= 0 {
		o.maxPackage = DefaultMaxPackageSize
	}
	if o.maxEntries <= 0 {
		o.maxEntries = DefaultMaxEntries
	}
	if o.maxFile <= 0 {
		o.maxFile = DefaultMaxFileSize
	}
	if o.maxTotal <= 0 {
		o.maxTotal = DefaultMaxTotalSize
	}
	if o.maxAliases <= 0 {
		o.maxAliases = DefaultMaxAliases
	}
	if o.maxDepth <= 0 {
		o.maxDepth = DefaultMaxDepth
	}
	return o
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
