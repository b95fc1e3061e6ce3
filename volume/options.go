package volume

import (
	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/internal/optpool"
)

// An Option changes how a request is checked.
type Option func(*options)

type options struct {
	limit int64
	ctx   Context
}

// WithBodyLimit sets the largest JSON body accepted, in bytes; a larger body
// is an invalid body (CCI.01.400106). The default, and what n <= 0 means, is
// 1 MiB (1,048,576 bytes).
func WithBodyLimit(n int64) Option {
	return func(o *options) { o.limit = n }
}

// WithContext supplies what the caller knows about the account (see
// [Context]); without it, the context rules are not applied.
func WithContext(c Context) Option {
	return func(o *options) { o.ctx = c }
}

// A Context holds what the caller knows about the account, for the rules
// that depend on it. Nil fields mean "not known": their rules are not
// applied.
type Context struct {
	// Actions are the IAM actions granted to the caller, such as
	// "cci:namespaceSubResource:*" ('*' matches within a segment). Nil means
	// permissions are not checked; non-nil, even empty, means exactly these
	// are granted, and a request whose action is not among them is rejected
	// (import CCI.01.403110, release CCI.01.403111, list CCI.01.403114)
	// before any other rule.
	Actions []string
	// OBSBeta says whether the account has OBS beta access; nil means not
	// known. An import with fsType obs is rejected (CCI.01.403102) when it
	// points to false.
	OBSBeta *bool
	// Volumes is the inventory of the account's volumes, by volume ID; nil
	// means not known. An import of a volume not in it is rejected
	// (CCI.01.400306), as is one of a volume not available (CCI.01.400305)
	// or already imported (CCI.01.400309).
	Volumes map[string]VolumeState
}

// A VolumeState is what the inventory of a [Context] knows about a volume.
type VolumeState uint8

// The states of a volume. The zero VolumeState is VolumeAvailable, so a
// volume listed without more is available.
const (
	// VolumeAvailable is a volume that can be imported.
	VolumeAvailable VolumeState = iota
	// VolumeUnavailable is a volume whose status forbids an import, such as
	// one in use, being created or in error.
	VolumeUnavailable
	// VolumeImported is a volume already imported into CCI.
	VolumeImported
)

// optionPool keeps applying options free of allocations (see package optpool).
var optionPool optpool.Pool[options]

// apply returns the options opts make, with the defaults filled in.
func apply(opts []Option) options {
	o := optpool.Apply(&optionPool, opts)
	if o.limit <= 0 {
		o.limit = jsonbody.DefaultLimit
	}
	return o
}
