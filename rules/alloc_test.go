package rules_test

import (
	"testing"

	"github.com/ccicheck/ccicheck/rules"
)

// valid holds, per rule, a valid value of realistic size.
var valid = map[string]string{
	"DNSLabel":            "my-namespace-01",
	"ChartID":             "0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21",
	"ReleaseName":         "my_release-1",
	"VolumeID":            "0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21",
	"SemVer":              "1.10.0-rc.1+build.20240101",
	"EnterpriseProjectID": "0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21",
	"IPv4CIDR":            "192.168.0.0/16",
	"Flavor":              rules.FlavorGPUAccelerated,
	"StorageClass":        rules.StorageClassEFSStandard,
	"FSType":              rules.FSTypeNFS,
	"StorageType":         rules.StorageTypeOBS,
	"Bool":                "True",
	"NonNegativeInt":      "9223372036854775807",
}

var sink rules.Problem

// TestAcceptAllocatesNothing checks that no rule allocates on a valid
// value: the realistic one above and every valid table row.
func TestAcceptAllocatesNothing(t *testing.T) {
	for _, r := range allRules() {
		in := []string{valid[r.name]}
		for _, tc := range r.tests {
			if tc.kind == rules.OK {
				in = append(in, tc.in)
			}
		}
		for _, s := range in {
			if !r.check(s).OK() {
				t.Fatalf("%s(%q) is not OK", r.name, s)
			}
			allocs := testing.AllocsPerRun(100, func() { sink = r.check(s) })
			if allocs != 0 {
				t.Errorf("%s(%q) allocates %v times", r.name, s, allocs)
			}
		}
	}
	allocs := testing.AllocsPerRun(100, func() {
		_ = rules.MediaTypeIs("Application/JSON; charset=utf-8", "application/json")
	})
	if allocs != 0 {
		t.Errorf("MediaTypeIs allocates %v times", allocs)
	}
}

// TestRejectAllocatesNothing checks the reject path too, because reasons
// are constants. IPv4CIDR is the exception: netip's errors allocate.
func TestRejectAllocatesNothing(t *testing.T) {
	for _, r := range allRules() {
		if r.name == "IPv4CIDR" {
			continue
		}
		for _, tc := range r.tests {
			allocs := testing.AllocsPerRun(10, func() { sink = r.check(tc.in) })
			if allocs != 0 {
				t.Errorf("%s(%q) allocates %v times", r.name, tc.in, allocs)
			}
		}
	}
}

func benchmarkRule(b *testing.B, name string) {
	r := lookup(b, name)
	s := valid[name]
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		sink = r.check(s)
	}
}

func BenchmarkDNSLabel(b *testing.B)            { benchmarkRule(b, "DNSLabel") }
func BenchmarkChartID(b *testing.B)             { benchmarkRule(b, "ChartID") }
func BenchmarkReleaseName(b *testing.B)         { benchmarkRule(b, "ReleaseName") }
func BenchmarkVolumeID(b *testing.B)            { benchmarkRule(b, "VolumeID") }
func BenchmarkSemVer(b *testing.B)              { benchmarkRule(b, "SemVer") }
func BenchmarkEnterpriseProjectID(b *testing.B) { benchmarkRule(b, "EnterpriseProjectID") }
func BenchmarkIPv4CIDR(b *testing.B)            { benchmarkRule(b, "IPv4CIDR") }
func BenchmarkFlavor(b *testing.B)              { benchmarkRule(b, "Flavor") }
func BenchmarkStorageClass(b *testing.B)        { benchmarkRule(b, "StorageClass") }
func BenchmarkFSType(b *testing.B)              { benchmarkRule(b, "FSType") }
func BenchmarkStorageType(b *testing.B)         { benchmarkRule(b, "StorageType") }
func BenchmarkBool(b *testing.B)                { benchmarkRule(b, "Bool") }
func BenchmarkNonNegativeInt(b *testing.B)      { benchmarkRule(b, "NonNegativeInt") }

var sinkBool bool

func BenchmarkMediaTypeIs(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = rules.MediaTypeIs("Application/JSON; charset=utf-8", "application/json")
	}
}
