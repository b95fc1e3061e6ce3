package volume_test

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

func query(t *testing.T, s string) url.Values {
	q, err := url.ParseQuery(s)
	require.NoError(t, err)
	return q
}

func TestValidateList(t *testing.T) {
	tests := []struct {
		name  string
		ns    string
		query string
		opts  []volume.Option
		want  []want
	}{
		{name: "no query", ns: ns},
		{name: "bs", ns: ns, query: "storageType=bs"},
		{name: "nfs", ns: ns, query: "storageType=nfs"},
		{name: "efs", ns: ns, query: "storageType=efs"},
		{name: "obs", ns: ns, query: "storageType=obs"},
		{name: "granted", ns: ns, opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:list"}})},
		{name: "other parameters ignored", ns: ns, query: "limit=10&storage_type=xyz"},
		{name: "permission denied", ns: ns, opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:get"}}),
			want: []want{{validate.SubResourceListForbidden, ""}}},
		{name: "empty namespace", ns: "", want: []want{{validate.NamespaceNotSpecified, "namespace"}}},
		{name: "unknown type", ns: ns, query: "storageType=evs", want: []want{{validate.StorageTypeInvalid, "storageType"}}},
		{name: "wrong case", ns: ns, query: "storageType=BS", want: []want{{validate.StorageTypeInvalid, "storageType"}}},
		{name: "present and empty", ns: ns, query: "storageType=", want: []want{{validate.StorageTypeInvalid, "storageType"}}},
		{name: "present without =", ns: ns, query: "storageType", want: []want{{validate.StorageTypeInvalid, "storageType"}}},
		// The first value is the one read, as url.Values.Get does.
		{name: "first value read", ns: ns, query: "storageType=bs&storageType=x"},
		{name: "order", ns: "", query: "storageType=x", opts: ctx(volume.Context{Actions: []string{}}), want: []want{
			{validate.SubResourceListForbidden, ""}, {validate.NamespaceNotSpecified, "namespace"}, {validate.StorageTypeInvalid, "storageType"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := volume.ValidateList(tc.ns, query(t, tc.query), tc.opts...)
			assert.Equal(t, tc.want, got(errs), "ValidateList: %v", errs)
		})
	}
	assert.Empty(t, volume.ValidateList(ns, nil))
}

func TestValidateRelease(t *testing.T) {
	const (
		bad = validate.DeleteVolumeInvalid
		typ = validate.StorageTypeInvalid
	)
	tests := []struct {
		name  string
		ns    string
		query string
		opts  []volume.Option
		want  []want
	}{
		{name: "no query", ns: ns},
		{name: "delete bs", ns: ns, query: "deleteVolume=true&storageType=bs"},
		{name: "delete, no type", ns: ns, query: "deleteVolume=true"},
		{name: "keep nfs", ns: ns, query: "deleteVolume=false&storageType=nfs"},
		{name: "ParseBool spellings", ns: ns, query: "deleteVolume=1&storageType=efs"},
		{name: "ParseBool True", ns: ns, query: "deleteVolume=True&storageType=obs"},
		{name: "ParseBool F", ns: ns, query: "deleteVolume=F&storageType=obs"},
		{name: "underscored spellings", ns: ns, query: "delete_volume=false&storage_type=bs"},
		{name: "granted", ns: ns, opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:delete"}})},

		{name: "permission denied", ns: ns, opts: ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:list"}}),
			want: []want{{validate.SubResourceDeleteForbidden, ""}}},
		{name: "empty namespace", ns: "", want: []want{{validate.NamespaceNotSpecified, "namespace"}}},
		{name: "deleteVolume yes", ns: ns, query: "deleteVolume=yes&storageType=bs", want: []want{{bad, "deleteVolume"}}},
		{name: "deleteVolume empty", ns: ns, query: "deleteVolume=&storageType=bs", want: []want{{bad, "deleteVolume"}}},
		{name: "deleteVolume tRUE", ns: ns, query: "deleteVolume=tRUE", want: []want{{bad, "deleteVolume"}}},
		{name: "delete_volume bad", ns: ns, query: "delete_volume=2", want: []want{{bad, "delete_volume"}}},
		// delete_volume is read only when deleteVolume is absent.
		{name: "delete_volume ignored", ns: ns, query: "deleteVolume=true&delete_volume=2"},
		{name: "deleteVolume wins", ns: ns, query: "deleteVolume=2&delete_volume=true", want: []want{{bad, "deleteVolume"}}},
		{name: "storageType unknown", ns: ns, query: "deleteVolume=true&storageType=evs", want: []want{{typ, "storageType"}}},
		{name: "storageType empty", ns: ns, query: "storageType=", want: []want{{typ, "storageType"}}},
		{name: "storage_type unknown", ns: ns, query: "storage_type=sfs", want: []want{{typ, "storage_type"}}},
		{name: "storage_type ignored", ns: ns, query: "storageType=bs&storage_type=sfs"},
		{name: "storageType missing while false", ns: ns, query: "deleteVolume=false", want: []want{{typ, "storageType"}}},
		{name: "storageType missing while 0", ns: ns, query: "delete_volume=0", want: []want{{typ, "storageType"}}},
		{name: "order: permission, namespace, deleteVolume, storageType", ns: "", query: "deleteVolume=x&storageType=y",
			opts: ctx(volume.Context{Actions: []string{}}), want: []want{
				{validate.SubResourceDeleteForbidden, ""}, {validate.NamespaceNotSpecified, "namespace"}, {bad, "deleteVolume"}, {typ, "storageType"},
			}},
		// An invalid deleteVolume is not false: storageType is not required.
		{name: "invalid deleteVolume does not require a type", ns: ns, query: "deleteVolume=nope", want: []want{{bad, "deleteVolume"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := volume.ValidateRelease(tc.ns, "pvc-sfs-example", query(t, tc.query), tc.opts...)
			assert.Equal(t, tc.want, got(errs), "ValidateRelease: %v", errs)
		})
	}
}

func TestValidQueriesAllocateNothing(t *testing.T) {
	q := url.Values{"deleteVolume": {"false"}, "storageType": {"bs"}}
	opts := ctx(volume.Context{Actions: []string{"cci:namespaceSubResource:*"}})
	require.Empty(t, volume.ValidateRelease(ns, "pvc", q, opts...))
	assert.Zero(t, testing.AllocsPerRun(200, func() { _ = volume.ValidateRelease(ns, "pvc", q, opts...) }))
	assert.Zero(t, testing.AllocsPerRun(200, func() { _ = volume.ValidateList(ns, q, opts...) }))
}
