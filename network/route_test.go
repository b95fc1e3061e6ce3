package network_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

func TestValidateGetDeleteUpdate(t *testing.T) {
	ops := []struct {
		op     string
		check  func(namespace, name string, opts ...network.Option) validate.ErrorList
		action string
		denied validate.Code
	}{
		{"get", network.ValidateGet, "cci:namespaceSubResource:get", validate.SubResourceGetForbidden},
		{"delete", network.ValidateDelete, "cci:namespaceSubResource:delete", validate.SubResourceDeleteForbidden},
		{"update", network.ValidateUpdate, "cci:namespaceSubResource:update", validate.SubResourceUpdateForbidden},
	}
	for _, op := range ops {
		tests := []struct {
			name     string
			ns, path string
			opts     []network.Option
			want     []want
		}{
			{name: "valid", ns: ns, path: "cci-network-demo"},
			{name: "valid, action granted", ns: ns, path: "cci-network-demo", opts: []network.Option{grant(op.action)}},
			{name: "valid, wildcard granted", ns: ns, path: "cci-network-demo", opts: []network.Option{grant("cci:namespaceSubResource:*")}},
			// CCI has no code for an empty network name: not an error.
			{name: "empty name", ns: ns, path: ""},
			{name: "empty namespace", ns: "", path: "cci-network-demo", want: []want{{validate.NamespaceNotSpecified, "namespace"}}},
			{name: "permission denied", ns: ns, path: "cci-network-demo", opts: []network.Option{grant("cci:namespace:*")},
				want: []want{{op.denied, ""}}},
			{name: "order: permission before namespace", ns: "", path: "x", opts: []network.Option{grant()},
				want: []want{{op.denied, ""}, {validate.NamespaceNotSpecified, "namespace"}}},
			// nil Actions: permissions are not checked.
			{name: "nil actions", ns: ns, path: "x", opts: []network.Option{network.WithContext(network.Context{})}},
		}
		for _, tc := range tests {
			t.Run(op.op+"/"+tc.name, func(t *testing.T) {
				assert.Equal(t, tc.want, got(op.check(tc.ns, tc.path, tc.opts...)))
			})
		}
	}
}
