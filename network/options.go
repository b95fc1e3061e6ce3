package network

import (
	"net/netip"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/internal/optpool"
)

// An Option changes how a request is checked.
type Option func(*options)

type options struct {
	limit     int64
	ctx       Context
	userToken bool
}

// WithBodyLimit sets the largest JSON body accepted, in bytes; a larger body
// is an invalid body (CCI.01.400101). The default, and what n <= 0 means, is
// 1 MiB (1,048,576 bytes).
func WithBodyLimit(n int64) Option {
	return func(o *options) { o.limit = n }
}

// WithContext supplies what the caller knows about the account (see
// [Context]); without it, the context rules are not applied.
func WithContext(c Context) Option {
	return func(o *options) { o.ctx = c }
}

// WithUserTokenRequired turns on the opt-in rule that a create must carry an
// X-User-Token header (CCI.01.400103), checked by [ValidateCreateRequest].
// CCI's API pages only name X-Auth-Token, so the rule is off by default.
func WithUserTokenRequired() Option {
	return func(o *options) { o.userToken = true }
}

// A Context holds what the caller knows about the account, for the rules
// that depend on it. Nil and zero fields mean "not known": their rules are
// not applied.
type Context struct {
	// Actions are the IAM actions granted to the caller, such as
	// "cci:namespaceSubResource:*" ('*' matches within a segment). Nil means
	// permissions are not checked; non-nil, even empty, means exactly these
	// are granted, and a request whose action is not among them is rejected
	// (CCI.01.403110–CCI.01.403114) before any other rule.
	Actions []string
	// VPCCIDR is the CIDR of the VPC the network attaches to; the zero
	// (invalid) Prefix means not known. A spec.cidr not inside it is
	// rejected (CCI.01.400201).
	VPCCIDR netip.Prefix
	// Subnets are the CIDRs of the VPC's other subnets; a spec.cidr
	// overlapping one of them is rejected (CCI.01.400201). Invalid prefixes
	// are skipped.
	Subnets []netip.Prefix
}

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
