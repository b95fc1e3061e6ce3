package network_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

func TestValidateCreateJSON(t *testing.T) {
	bad := []want{{validate.RequestBodyInvalid, ""}}
	replace := func(old, new string) string {
		if !strings.Contains(validJSON, old) {
			t.Fatalf("validJSON has no %q", old)
		}
		return strings.Replace(validJSON, old, new, 1)
	}
	tests := []struct {
		name string
		body string
		want []want
	}{
		{name: "valid", body: validJSON},
		{name: "valid, compact round trip", body: mustMarshal(t, validNetwork())},
		{name: "valid, unknown fields ignored", body: replace(`"kind"`, `"status": {"state": "Active"}, "kind"`)},
		// encoding/json: the last of duplicate keys wins.
		{name: "duplicate keys, last wins", body: replace(`"name": "cci-network-demo"`, `"name": "", "name": "cci-network-demo"`)},
		{name: "duplicate keys, last empty", body: replace(`"name": "cci-network-demo"`, `"name": "cci-network-demo", "name": ""`),
			want: []want{{validate.RequestBodyInvalid, "metadata.name"}}},
		// encoding/json accepts invalid UTF-8 in strings, replacing it.
		{name: "invalid UTF-8 in a string", body: replace(`"cci-network-demo"`, "\"cci-\xff-demo\"")},
		// null is missing.
		{name: "null name", body: replace(`"cci-network-demo"`, `null`),
			want: []want{{validate.RequestBodyInvalid, "metadata.name"}}},
		{name: "null cidr", body: replace(`"192.168.0.0/24"`, `null`)},
		{name: "null", body: `null`, want: bad},
		{name: "array", body: `[` + validJSON + `]`, want: bad},
		{name: "string", body: `"network"`, want: bad},
		{name: "number", body: `42`, want: bad},
		{name: "empty", body: ``, want: bad},
		{name: "truncated", body: validJSON[:len(validJSON)-3], want: bad},
		{name: "trailing garbage", body: validJSON + `}`, want: bad},
		{name: "number for a string", body: replace(`"cci-network-demo"`, `42`), want: bad},
		{name: "object for a string", body: replace(`"underlay_neutron"`, `{}`), want: bad},
		{name: "number annotation", body: replace(`"`+projectID+`"`, `1`), want: bad},
		{name: "spec an array", body: `{"spec": []}`, want: bad},
		{name: "wrong kind", body: replace(`"kind": "Network"`, `"kind": "Namespace"`),
			want: []want{{validate.RequestBodyInvalid, "kind"}}},
		{name: "empty object", body: `{}`, want: []want{
			{validate.NetworkProjectIDMissing, fProject}, {validate.RequestBodyInvalid, "metadata.name"},
			{validate.RequestBodyInvalid, fDomain}, {validate.RequestBodyInvalid, fSG},
			{validate.RequestBodyInvalid, "spec.attachedVPC"}, {validate.RequestBodyInvalid, "spec.networkID"},
			{validate.RequestBodyInvalid, "spec.subnetID"}, {validate.RequestBodyInvalid, "spec.networkType"},
		}},
		{name: "bad cidr", body: replace(`"192.168.0.0/24"`, `"192.168.0.0/33"`),
			want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := network.ValidateCreateJSON(ns, []byte(tc.body))
			assert.Equal(t, tc.want, got(errs), "ValidateCreateJSON: %v", errs)
		})
	}
}

func mustMarshal(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestValidateCreateJSONHostile(t *testing.T) {
	bad := []want{{validate.RequestBodyInvalid, ""}}
	t.Run("100 MB body", func(t *testing.T) {
		body := make([]byte, 100<<20)
		copy(body, validJSON)
		assert.Equal(t, bad, got(network.ValidateCreateJSON(ns, body)))
	})
	t.Run("body limit", func(t *testing.T) {
		body := []byte(validJSON)
		assert.Empty(t, network.ValidateCreateJSON(ns, body, network.WithBodyLimit(int64(len(body)))))
		assert.Equal(t, bad, got(network.ValidateCreateJSON(ns, body, network.WithBodyLimit(int64(len(body)-1)))))
	})
	t.Run("default limit is 1 MiB", func(t *testing.T) {
		pad := func(n int) []byte {
			b := []byte(validJSON)
			return append(b[:len(b)-1], append(bytes.Repeat([]byte(" "), n-len(b)), '}')...)
		}
		assert.Empty(t, network.ValidateCreateJSON(ns, pad(1<<20)))
		assert.Equal(t, bad, got(network.ValidateCreateJSON(ns, pad(1<<20+1))))
	})
	t.Run("100,000-deep nesting", func(t *testing.T) {
		body := `{"spec":` + strings.Repeat(`[`, 100000) + strings.Repeat(`]`, 100000) + `}`
		assert.Equal(t, bad, got(network.ValidateCreateJSON(ns, []byte(body))))
		body = `{"x":` + strings.Repeat(`{"x":`, 100000) + `1` + strings.Repeat(`}`, 100001)
		assert.Equal(t, bad, got(network.ValidateCreateJSON(ns, []byte(body))))
	})
}
