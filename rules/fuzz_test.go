package rules_test

import (
	"testing"

	"github.com/ccicheck/ccicheck/rules"
)

// fuzzRule fuzzes the named rule: it must not panic and must give every
// input the Kind its reference language gives. The table rows are the
// seeds.
func fuzzRule(f *testing.F, name string) {
	r := lookup(f, name)
	for _, tc := range r.tests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) { checkReference(t, r, s) })
}

func FuzzDNSLabel(f *testing.F)            { fuzzRule(f, "DNSLabel") }
func FuzzSemVer(f *testing.F)              { fuzzRule(f, "SemVer") }
func FuzzChartID(f *testing.F)             { fuzzRule(f, "ChartID") }
func FuzzReleaseName(f *testing.F)         { fuzzRule(f, "ReleaseName") }
func FuzzVolumeID(f *testing.F)            { fuzzRule(f, "VolumeID") }
func FuzzEnterpriseProjectID(f *testing.F) { fuzzRule(f, "EnterpriseProjectID") }
func FuzzIPv4CIDR(f *testing.F)            { fuzzRule(f, "IPv4CIDR") }
func FuzzBool(f *testing.F)                { fuzzRule(f, "Bool") }
func FuzzNonNegativeInt(f *testing.F)      { fuzzRule(f, "NonNegativeInt") }

// FuzzEnums fuzzes the four enumerations at once with the rows of all
// their tables.
func FuzzEnums(f *testing.F) {
	enums := []rule{lookup(f, "Flavor"), lookup(f, "StorageClass"), lookup(f, "FSType"), lookup(f, "StorageType")}
	for _, r := range enums {
		for _, tc := range r.tests {
			f.Add(tc.in)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range enums {
			checkReference(t, r, s)
		}
	})
}

func FuzzMediaTypeIs(f *testing.F) {
	for _, tc := range mediaTypeTests {
		f.Add(tc.contentType, tc.want)
	}
	f.Fuzz(func(t *testing.T, contentType, want string) {
		got := rules.MediaTypeIs(contentType, want)
		if ref := refMediaTypeIs(contentType, want); got != ref {
			t.Errorf("MediaTypeIs(%q, %q) = %v, reference says %v", contentType, want, got, ref)
		}
	})
}
