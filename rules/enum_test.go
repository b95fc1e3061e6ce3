package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

var flavorTests = []ruleTest{
	{"general-computing", ok, ""},
	{"gpu-accelerated", ok, ""},
	{"", empty, "must not be empty"},
	{"General-Computing", invalid, "must be one of general-computing, gpu-accelerated"}, // case-sensitive
	{"general_computing", invalid, ""},
	{"general-computing ", invalid, ""},
	{"gpu", invalid, ""},
}

var storageClassTests = []ruleTest{
	{"sata", ok, ""},
	{"sas", ok, ""},
	{"ssd", ok, ""},
	{"nfs-rw", ok, ""},
	{"efs-performance", ok, ""},
	{"efs-standard", ok, ""},
	{"obs", ok, ""},
	{"", empty, "must not be empty"},
	{"SSD", invalid, "must be one of sata, sas, ssd, nfs-rw, efs-performance, efs-standard, obs"}, // case-sensitive
	{"nfs", invalid, ""}, // an fsType, not a class
	{"efs", invalid, ""},
	{" ssd", invalid, ""},
}

var fsTypeTests = []ruleTest{
	{"ext4", ok, ""},
	{"nfs", ok, ""},
	{"obs", ok, ""},
	{"", empty, "must not be empty"},
	{"EXT4", invalid, "must be one of ext4, nfs, obs"}, // case-sensitive
	{"ext3", invalid, ""},
	{"xfs", invalid, ""},
}

var storageTypeTests = []ruleTest{
	{"bs", ok, ""},
	{"nfs", ok, ""},
	{"efs", ok, ""},
	{"obs", ok, ""},
	{"", empty, "must not be empty"},
	{"BS", invalid, "must be one of bs, nfs, efs, obs"}, // case-sensitive
	{"evs", invalid, ""},
	{"sata", invalid, ""}, // a storage class, not a type
}

func TestFlavor(t *testing.T)       { runTable(t, lookup(t, "Flavor")) }
func TestStorageClass(t *testing.T) { runTable(t, lookup(t, "StorageClass")) }
func TestFSType(t *testing.T)       { runTable(t, lookup(t, "FSType")) }
func TestStorageType(t *testing.T)  { runTable(t, lookup(t, "StorageType")) }

func TestEnumLists(t *testing.T) {
	tests := []struct {
		name  string
		list  func() []string
		check func(string) rules.Problem
		want  []string
	}{
		{"Flavors", rules.Flavors, rules.Flavor, []string{"general-computing", "gpu-accelerated"}},
		{"StorageClasses", rules.StorageClasses, rules.StorageClass,
			[]string{"sata", "sas", "ssd", "nfs-rw", "efs-performance", "efs-standard", "obs"}},
		{"FSTypes", rules.FSTypes, rules.FSType, []string{"ext4", "nfs", "obs"}},
		{"StorageTypes", rules.StorageTypes, rules.StorageType, []string{"bs", "nfs", "efs", "obs"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.list()
			assert.Equal(t, tc.want, got)
			for _, v := range got {
				assert.True(t, tc.check(v).OK(), "%s lists %q, which its rule rejects", tc.name, v)
			}
			got[0] = "changed" // the caller owns the slice
			assert.Equal(t, tc.want, tc.list(), "%s returned a shared slice", tc.name)
		})
	}
}

func TestEnumConstants(t *testing.T) {
	assert.Equal(t, []string{rules.FlavorGeneralComputing, rules.FlavorGPUAccelerated}, rules.Flavors())
	assert.Equal(t, []string{
		rules.StorageClassSATA, rules.StorageClassSAS, rules.StorageClassSSD, rules.StorageClassNFSRW,
		rules.StorageClassEFSPerformance, rules.StorageClassEFSStandard, rules.StorageClassOBS,
	}, rules.StorageClasses())
	assert.Equal(t, []string{rules.FSTypeExt4, rules.FSTypeNFS, rules.FSTypeOBS}, rules.FSTypes())
	assert.Equal(t, []string{rules.StorageTypeBS, rules.StorageTypeNFS, rules.StorageTypeEFS, rules.StorageTypeOBS},
		rules.StorageTypes())
}
