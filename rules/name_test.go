package rules_test

import (
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/rules"
)

const (
	ok      = rules.OK
	empty   = rules.Empty
	tooLong = rules.TooLong
	invalid = rules.Invalid
)

var dnsLabelTests = []ruleTest{
	{"a", ok, ""},
	{"0", ok, ""}, // a label may be all digits (unlike a DNS hostname's TLD)
	{"123", ok, ""},
	{"my-namespace", ok, ""},
	{"a--b", ok, ""}, // consecutive hyphens are allowed
	{"0-a", ok, ""},
	{strings.Repeat("a", 62), ok, ""},
	{strings.Repeat("a", 63), ok, ""}, // MaxDNSLabelLen
	{strings.Repeat("a", 64), tooLong, "must be at most 63 characters"}, // one past
	{strings.Repeat("A", 64), tooLong, "must be at most 63 characters"}, // length is checked before characters
	{"", empty, "must not be empty"},
	{"-", invalid, "must start with a lowercase letter or digit"},
	{"-a", invalid, "must start with a lowercase letter or digit"},
	{"a-", invalid, "must end with a lowercase letter or digit"},
	{"My-ns", invalid, "must contain only lowercase letters, digits and '-'"},
	{"-A", invalid, "must contain only lowercase letters, digits and '-'"}, // characters are checked before the ends
	{"a_b", invalid, "must contain only lowercase letters, digits and '-'"},
	{"a.b", invalid, "must contain only lowercase letters, digits and '-'"}, // a subdomain, not a label
	{"a b", invalid, "must contain only lowercase letters, digits and '-'"},
	{" a", invalid, "must contain only lowercase letters, digits and '-'"},
	{"a\n", invalid, "must contain only lowercase letters, digits and '-'"},
	{"a\x00", invalid, "must contain only lowercase letters, digits and '-'"},
	{"é", invalid, "must contain only lowercase letters, digits and '-'"},
	{"ａ", invalid, "must contain only lowercase letters, digits and '-'"},    // fullwidth a
	{"\xff", invalid, "must contain only lowercase letters, digits and '-'"}, // invalid UTF-8
	{strings.Repeat("é", 31), invalid, ""},                                   // 62 bytes: not too long, so invalid
	{strings.Repeat("é", 32), tooLong, ""},                                   // 32 runes but 64 bytes: lengths count bytes
}

// identifierTests are the rows shared by ChartID and VolumeID, which
// follow one rule.
var identifierTests = []ruleTest{
	{"a", ok, ""},
	{"A", ok, ""},
	{"9", ok, ""},
	{"chart_id-1", ok, ""},
	{"A_B", ok, ""},
	{"a__--b", ok, ""},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21", ok, ""}, // a UUID
	{"0D3A2C6E7F1B4C0A9B8E2F6D5C4B3A21", ok, ""},
	{repeat("ab", 63), ok, ""},
	{repeat("ab", 64), ok, ""},                                   // the maximum
	{repeat("ab", 65), tooLong, "must be at most 64 characters"}, // one past
	{repeat("a.", 65), tooLong, "must be at most 64 characters"}, // length is checked before characters
	{"", empty, "must not be empty"},
	{"_a", invalid, "must start with a letter or digit"},
	{"-a", invalid, "must start with a letter or digit"},
	{"a_", invalid, "must end with a letter or digit"},
	{"a-", invalid, "must end with a letter or digit"},
	{"-", invalid, "must start with a letter or digit"},
	{"a.b", invalid, "must contain only letters, digits, '-' and '_'"},
	{"a b", invalid, "must contain only letters, digits, '-' and '_'"},
	{"a/b", invalid, "must contain only letters, digits, '-' and '_'"},
	{"ä", invalid, "must contain only letters, digits, '-' and '_'"},
	{"{0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21}", invalid, "must contain only letters, digits, '-' and '_'"},
}

var (
	chartIDTests  = identifierTests
	volumeIDTests = append([]ruleTest{
		{"vol-49f1ef3a-4e5a-4f53-b2b5-4b0b0c0b0b0b", ok, ""}, // what a real volume ID looks like with a prefix
		{"my_volume", ok, ""},                                // the underscore of the CCI table's text
	}, identifierTests...)
)

var releaseNameTests = []ruleTest{
	{"a", ok, ""}, // a single letter is first and last at once
	{"A", ok, ""},
	{"a1", ok, ""},
	{"my-release", ok, ""}, // hyphens: the Chinese table
	{"my_release", ok, ""}, // underscores: the English table
	{"Release1", ok, ""},
	{"a__-b", ok, ""},
	{repeat("ab", 23), ok, ""},
	{repeat("ab", 24), ok, ""}, // MaxReleaseNameLen
	{repeat("ab", 25), tooLong, "must be at most 24 characters"}, // one past
	{strings.Repeat("1", 25), tooLong, "must be at most 24 characters"},
	{"", empty, "must not be empty"},
	{"1release", invalid, "must start with a letter"},
	{"1", invalid, "must start with a letter"},
	{"_r", invalid, "must start with a letter"},
	{"-r", invalid, "must start with a letter"},
	{"release-", invalid, "must end with a letter or digit"},
	{"release_", invalid, "must end with a letter or digit"},
	{"rélease", invalid, "must contain only letters, digits, '-' and '_'"},
	{"my.release", invalid, "must contain only letters, digits, '-' and '_'"},
	{"my release", invalid, "must contain only letters, digits, '-' and '_'"},
}

func TestDNSLabel(t *testing.T)    { runTable(t, lookup(t, "DNSLabel")) }
func TestChartID(t *testing.T)     { runTable(t, lookup(t, "ChartID")) }
func TestVolumeID(t *testing.T)    { runTable(t, lookup(t, "VolumeID")) }
func TestReleaseName(t *testing.T) { runTable(t, lookup(t, "ReleaseName")) }
