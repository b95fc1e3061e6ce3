package release

import (
	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/internal/optpool"
)

// An Option changes how the Validate functions check a request.
type Option func(*options)

type options struct {
	bodyLimit int64
	ctx       Context
}

// WithBodyLimit sets the size limit, in bytes, of a JSON body given to
// [ValidateCreateJSON] and [ValidateUpdateJSON]: a larger body is an invalid body
// (CCI.04.400302), refused before it is decoded. The default, and the value used
// when n <= 0, is 1 MiB (1,048,576 bytes).
func WithBodyLimit(n int64) Option {
	return func(o *options) { o.bodyLimit = n }
}

// WithContext supplies what the caller knows about the cluster, so that the
// context rules of cci-rules.md §8 are checked too (see [Context]). Without it,
// or with the zero Context, only the rules decided by the request alone apply.
func WithContext(c Context) Option {
	return func(o *options) { o.ctx = c }
}

// A Context holds what the caller knows about the cluster a release request is
// sent to. Each field is a rule's input; a nil field means "not known" and its
// rules are not applied.
type Context struct {
	// Releases maps the name of every release in the cluster to its status,
	// such as [StatusDeployed] (release names are unique in a cluster, across
	// namespaces, as in Helm 2). When it is non-nil:
	//   - a create whose name is a key breaks CCI.04.409213 (name taken);
	//   - an update, get or delete whose name is not a key breaks CCI.04.404204
	//     (not found);
	//   - an update of a release whose status is neither [StatusDeployed] nor
	//     [StatusFailed] breaks CCI.04.403131. An empty status means "not
	//     known" and is not checked. Statuses are compared exactly.
	// An empty non-nil map says the cluster holds no release.
	Releases map[string]string

	// DeprecatedVersions maps a chart ID to the versions of that chart that are
	// deprecated. A create choosing one of them (chart_id and version, compared
	// exactly) breaks CCI.04.403126. As cci-rules.md §8 lists this rule for
	// creates only, updates are not checked against it.
	DeprecatedVersions map[string][]string
}

// Statuses of a release (Helm's), as the keys of [Context.Releases] map to.
// Only releases in StatusDeployed or StatusFailed can be updated.
const (
	StatusDeployed        = "DEPLOYED"
	StatusFailed          = "FAILED"
	StatusPendingInstall  = "PENDING_INSTALL"
	StatusPendingUpgrade  = "PENDING_UPGRADE"
	StatusPendingRollback = "PENDING_ROLLBACK"
	StatusDeleting        = "DELETING"
	StatusDeleted         = "DELETED"
	StatusSuperseded      = "SUPERSEDED"
	StatusUnknown         = "UNKNOWN"
)

// optionsOf applies opts, without allocating (see package optpool).
func optionsOf(opts []Option) options {
	o := optpool.Apply(&optionsPool, opts)
	if o.bodyLimit <= 0 {
		o.bodyLimit = jsonbody.DefaultLimit
	}
	return o
}

var optionsPool optpool.Pool[options]
