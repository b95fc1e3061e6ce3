package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

// A ruleTest is one row of a rule's table: the input, the Kind the rule
// must return and, when not "", the exact Reason.
type ruleTest struct {
	in     string
	kind   rules.Kind
	reason string
}

// A rule is a validation function under test with its table and its
// reference language.
type rule struct {
	name  string
	check func(string) rules.Problem
	tests []ruleTest
	ref   func(string) rules.Kind // the Kind the reference implementation gives
}

// allRules lists every string rule of the package.
func allRules() []rule {
	return []rule{
		{"DNSLabel", rules.DNSLabel, dnsLabelTests, refDNSLabel},
		{"ChartID", rules.ChartID, chartIDTests, refChartID},
		{"ReleaseName", rules.ReleaseName, releaseNameTests, refReleaseName},
		{"VolumeID", rules.VolumeID, volumeIDTests, refVolumeID},
		{"SemVer", rules.SemVer, semVerTests, refSemVer},
		{"EnterpriseProjectID", rules.EnterpriseProjectID, enterpriseProjectIDTests, refEnterpriseProjectID},
		{"IPv4CIDR", rules.IPv4CIDR, ipv4CIDRTests, refIPv4CIDR},
		{"Flavor", rules.Flavor, flavorTests, refFlavor},
		{"StorageClass", rules.StorageClass, storageClassTests, refStorageClass},
		{"FSType", rules.FSType, fsTypeTests, refFSType},
		{"StorageType", rules.StorageType, storageTypeTests, refStorageType},
		{"Bool", rules.Bool, boolTests, refBool},
		{"NonNegativeInt", rules.NonNegativeInt, nonNegativeIntTests, refNonNegativeInt},
	}
}

// lookup returns the rule called name.
func lookup(t testing.TB, name string) rule {
	t.Helper()
	for _, r := range allRules() {
		if r.name == name {
			return r
		}
	}
	t.Fatalf("no rule %s", name)
	return rule{}
}

// runTable checks every row of r's table.
func runTable(t *testing.T, r rule) {
	t.Helper()
	for _, tc := range r.tests {
		t.Run(tc.in, func(t *testing.T) {
			p := r.check(tc.in)
			assert.Equal(t, tc.kind, p.Kind, "%s(%q) = %+v, want kind %v", r.name, tc.in, p, tc.kind)
			if tc.reason != "" {
				assert.Equal(t, tc.reason, p.Reason, "%s(%q).Reason", r.name, tc.in)
			}
			assertConsistent(t, r.name, tc.in, p)
		})
	}
}

// assertConsistent checks what holds for every Problem: OK agrees with
// Kind, the Kind is one of the four, and there is a Reason exactly when
// there is a problem.
func assertConsistent(t testing.TB, name, in string, p rules.Problem) {
	t.Helper()
	assert.Equal(t, p.Kind == rules.OK, p.OK(), "%s(%q).OK()", name, in)
	assert.LessOrEqual(t, p.Kind, rules.Invalid, "%s(%q).Kind", name, in)
	assert.Equal(t, p.OK(), p.Reason == "", "%s(%q) = %+v: reason iff not OK", name, in, p)
}

// repeat returns s repeated until it is n bytes long, cut at n bytes.
func repeat(s string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = s[i%len(s)]
	}
	return string(b)
}
