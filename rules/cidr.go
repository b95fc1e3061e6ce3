package rules

import (
	"net/netip"
	"strings"
)

// Reasons of [IPv4CIDR].
const (
	reasonCIDRSlash = "must be an IPv4 address, '/' and a prefix length, as in 192.168.0.0/16"
	reasonCIDRAddr  = "address must be four decimal numbers from 0 to 255 separated by '.', without leading zeros"
	reasonCIDRIPv6  = "must be an IPv4 prefix, not IPv6"
	reasonCIDRBits  = "prefix length must be a decimal number from 0 to 32, without leading zeros"
)

// IPv4CIDR returns the zero [Problem] if s is an IPv4 prefix in CIDR
// notation, exactly as [netip.ParsePrefix] accepts it with an IPv4 address
// ([netip.Addr.Is4]): "10.0.0.0/8" and "10.1.2.3/8" (host bits may be set)
// pass; leading zeros ("010.0.0.0/8", "10.0.0.0/08"), IPv6 and IPv4-mapped
// IPv6 prefixes do not. Otherwise it says why not: [Empty] for "", else
// [Invalid].
func IPv4CIDR(s string) Problem {
	if s == "" {
		return empty(reasonEmpty)
	}
	if p, err := netip.ParsePrefix(s); err == nil && p.Addr().Is4() {
		return Problem{}
	}
	// Off the accept path: explain what netip rejected.
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return invalid(reasonCIDRSlash)
	}
	addr, err := netip.ParseAddr(s[:i])
	switch {
	case err != nil && strings.IndexByte(s[:i], ':') >= 0:
		return invalid(reasonCIDRIPv6)
	case err != nil:
		return invalid(reasonCIDRAddr)
	case !addr.Is4():
		return invalid(reasonCIDRIPv6)
	}
	// The address is IPv4, so the prefix length is what netip rejected.
	return invalid(reasonCIDRBits)
}
