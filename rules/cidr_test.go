package rules_test

import "testing"

const (
	cidrSlash = "must be an IPv4 address, '/' and a prefix length, as in 192.168.0.0/16"
	cidrAddr  = "address must be four decimal numbers from 0 to 255 separated by '.', without leading zeros"
	cidrIPv6  = "must be an IPv4 prefix, not IPv6"
	cidrBits  = "prefix length must be a decimal number from 0 to 32, without leading zeros"
)

var ipv4CIDRTests = []ruleTest{
	{"10.0.0.0/8", ok, ""},
	{"192.168.0.0/16", ok, ""},
	{"172.16.0.0/12", ok, ""},
	{"0.0.0.0/0", ok, ""},
	{"255.255.255.255/32", ok, ""},
	{"10.1.2.3/8", ok, ""}, // host bits may be set
	{"", empty, "must not be empty"},
	{"10.0.0.0", invalid, cidrSlash},
	{"10.0.0.0\\8", invalid, cidrSlash},
	{"010.0.0.0/8", invalid, cidrAddr}, // leading zeros are octal to some parsers: netip refuses them
	{"10.0.0/8", invalid, cidrAddr},
	{"10/8", invalid, cidrAddr},
	{"256.0.0.0/8", invalid, cidrAddr},
	{" 10.0.0.0/8", invalid, cidrAddr},
	{"10.0.0.0/8/8", invalid, cidrAddr}, // the last '/' splits, as in netip
	{"1.2.3.4%eth0/8", invalid, cidrAddr},
	{"/8", invalid, cidrAddr},
	{"::/0", invalid, cidrIPv6},
	{"2001:db8::/32", invalid, cidrIPv6},
	{"::ffff:10.0.0.0/104", invalid, cidrIPv6}, // IPv4-mapped IPv6 is not IPv4
	{"fe80::1%eth0/64", invalid, cidrIPv6},
	{"10.0.0.0/33", invalid, cidrBits},
	{"10.0.0.0/08", invalid, cidrBits},
	{"10.0.0.0/-1", invalid, cidrBits},
	{"10.0.0.0/+8", invalid, cidrBits},
	{"10.0.0.0/", invalid, cidrBits},
	{"10.0.0.0/8 ", invalid, cidrBits},
	{"10.0.0.0/255.0.0.0", invalid, cidrBits}, // a netmask is not a prefix length
	{"10.0.0.0/99999999999999999999", invalid, cidrBits},
}

func TestIPv4CIDR(t *testing.T) { runTable(t, lookup(t, "IPv4CIDR")) }
