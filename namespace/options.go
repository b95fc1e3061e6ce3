package namespace

import (
	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/internal/optpool"
)

// DefaultQuota is the number of namespaces a tenant may hold in a region unless CCI
// has raised its quota: 5.
const DefaultQuota = 5

// An Option changes how a request is validated.
type Option func(*options)

type options struct {
	bodyLimit  int64
	ctx        Context
	scopedList bool
}

// Context is what the caller knows about the tenant and the region, for the rules
// that depend on it (cci-rules.md §4 step 6 and §9). Nil fields are not known, and
// the rules that need them are not applied.
type Context struct {
	// Actions are the IAM actions granted to the caller ("cci:namespace:*").
	// Nil means permissions are not checked; non-nil, even empty, means exactly
	// these actions are granted, with '*' wildcards (CCI.01.403105–403109).
	Actions []string
	// GPUBeta says whether the tenant has GPU beta access; a gpu-accelerated
	// namespace without it is CCI.01.403101. Nil means not known.
	GPUBeta *bool
	// Existing are the names of the namespaces that already exist; creating one
	// of them is CCI.02.409101. Nil means not known.
	Existing []string
	// Quota is the tenant's namespace quota; a create when it is used up is
	// CCI.02.400106. Nil means not known.
	Quota *Quota
}

// Quota is a tenant's namespace quota in a region.
type Quota struct {
	// Used is the number of namespaces the tenant holds.
	Used int
	// Limit is how many it may hold; 0 or less means [DefaultQuota].
	Limit int
}

// WithBodyLimit sets the size limit of a JSON request body (and of one manifest
// document) in bytes; the default is 1 MiB ([jsonbody.DefaultLimit]), and n <= 0
// restores it.
func WithBodyLimit(n int64) Option {
	return func(o *options) { o.bodyLimit = n }
}

// WithContext gives the rules what the caller knows: granted IAM actions, GPU beta
// access, existing names and the namespace quota.
func WithContext(c Context) Option {
	return func(o *options) { o.ctx = c }
}

// WithNamespaceScopedList turns on the opt-in rule for callers whose rights are
// namespace-scoped: a list without fieldSelector=metadata.name=<name> is
// CCI.01.400105. It is off by default.
func WithNamespaceScopedList() Option {
	return func(o *options) { o.scopedList = true }
}

// optionPool keeps applying options free of allocations (see package optpool).
var optionPool optpool.Pool[options]

// getOptions returns the options in effect, with the defaults filled in. It
// allocates nothing, with or without options.
func getOptions(opts []Option) options {
	o := optpool.Apply(&optionPool, opts)
	if o.bodyLimit <= 0 {
		o.bodyLimit = jsonbody.DefaultLimit
	}
	return o
}
