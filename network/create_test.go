package network_test

import (
	"net/http"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

const (
	projectID     = "0605767dfc00d5762f5fc0064e4fd5f9"
	domainID      = "0603c4b1a380d3c10f7bc00cb8b8a1b6"
	securityGroup = "5b9a2cfa-3a1f-4b2c-8ee4-1c1e5d8a6a30"
	vpcID         = "3b7c5c2e-57cd-4a3b-8d8a-4f2b8e6f0c11"
	networkID     = "b5a64a2e-1f7e-4c0f-9a52-9f0e3c1d2b44"
	subnetID      = "e6c8a1f4-9d2b-4e57-8a3c-7b1d0f9e2a55"
	ns            = "cci-namespace-demo"
)

// validNetwork returns the network of CCI's "Creating a Network" example,
// with realistic IDs.
func validNetwork() *network.Network {
	return &network.Network{
		Kind:       "Network",
		APIVersion: "networking.cci.io/v1beta1",
		Metadata: network.ObjectMeta{
			Name: "cci-network-demo",
			Annotations: map[string]string{
				"network.alpha.kubernetes.io/project-id":             projectID,
				"network.alpha.kubernetes.io/domain-id":              domainID,
				"network.alpha.kubernetes.io/default-security-group": securityGroup,
			},
		},
		Spec: network.NetworkSpec{
			AttachedVPC:   vpcID,
			NetworkID:     networkID,
			SubnetID:      subnetID,
			NetworkType:   "underlay_neutron",
			CIDR:          "192.168.0.0/24",
			AvailableZone: "cn-north-1a",
		},
	}
}

// validJSON is validNetwork as it goes on the wire.
const validJSON = `{
  "apiVersion": "networking.cci.io/v1beta1",
  "kind": "Network",
  "metadata": {
    "annotations": {
      "network.alpha.kubernetes.io/default-security-group": "` + securityGroup + `",
      "network.alpha.kubernetes.io/domain-id": "` + domainID + `",
      "network.alpha.kubernetes.io/project-id": "` + projectID + `"
    },
    "name": "cci-network-demo"
  },
  "spec": {
    "availableZone": "cn-north-1a",
    "cidr": "192.168.0.0/24",
    "attachedVPC": "` + vpcID + `",
    "networkID": "` + networkID + `",
    "networkType": "underlay_neutron",
    "subnetID": "` + subnetID + `"
  }
}`

// A broken rule as the tests expect it: code and field path, never text.
type want struct {
	code  validate.Code
	field string
}

func got(errs validate.ErrorList) []want {
	var out []want
	for _, e := range errs {
		out = append(out, want{e.Code, e.Field})
	}
	return out
}

const (
	fProject = "metadata.annotations[network.alpha.kubernetes.io/project-id]"
	fDomain  = "metadata.annotations[network.alpha.kubernetes.io/domain-id]"
	fSG      = "metadata.annotations[network.alpha.kubernetes.io/default-security-group]"
)

func grant(actions ...string) network.Option {
	if actions == nil {
		actions = []string{}
	}
	return network.WithContext(network.Context{Actions: actions})
}

// bad is the code of step 2 and 4 rules.
const bad = validate.RequestBodyInvalid

// createTests are the cases of TestValidateCreate: each mutates validNetwork.
var createTests = []struct {
	name   string
	ns     string
	mutate func(n *network.Network)
	opts   []network.Option
	want   []want
}{
	{name: "valid", ns: ns},
	{name: "valid without kind, apiVersion, cidr and zone", ns: ns, mutate: func(n *network.Network) {
		n.Kind, n.APIVersion, n.Spec.CIDR, n.Spec.AvailableZone = "", "", "", ""
	}},
	{name: "valid with underscored annotations (Terraform)", ns: ns, mutate: func(n *network.Network) {
		n.Metadata.Annotations = map[string]string{
			"network.alpha.kubernetes.io/project_id":             projectID,
			"network.alpha.kubernetes.io/domain_id":              domainID,
			"network.alpha.kubernetes.io/default-security-group": securityGroup,
		}
	}},
	{name: "valid with the path's namespace in metadata", ns: ns, mutate: func(n *network.Network) { n.Metadata.Namespace = ns }},
	{name: "valid with every action granted", ns: ns, opts: []network.Option{grant("cci:*:*")}},
	{name: "valid with create granted", ns: ns, opts: []network.Option{grant("cci:namespaceSubResource:create")}},
	{name: "valid inside the VPC, beside other subnets", ns: ns, opts: []network.Option{network.WithContext(network.Context{
		VPCCIDR: netip.MustParsePrefix("192.168.0.0/16"),
		Subnets: []netip.Prefix{netip.MustParsePrefix("192.168.1.0/24"), netip.MustParsePrefix("10.0.0.0/8")},
	})}},

	{name: "permission denied", ns: ns, opts: []network.Option{grant("cci:namespaceSubResource:get")},
		want: []want{{validate.SubResourceCreateForbidden, ""}}},
	{name: "no action granted", ns: ns, opts: []network.Option{grant()},
		want: []want{{validate.SubResourceCreateForbidden, ""}}},
	{name: "empty path namespace", ns: "", want: []want{{validate.NamespaceNotSpecified, "namespace"}}},
	{name: "wrong kind", ns: ns, mutate: func(n *network.Network) { n.Kind = "network" },
		want: []want{{bad, "kind"}}},
	{name: "wrong apiVersion", ns: ns, mutate: func(n *network.Network) { n.APIVersion = "v1" },
		want: []want{{bad, "apiVersion"}}},
	{name: "project-id missing", ns: ns, mutate: func(n *network.Network) {
		delete(n.Metadata.Annotations, "network.alpha.kubernetes.io/project-id")
	}, want: []want{{validate.NetworkProjectIDMissing, fProject}}},
	{name: "project-id empty", ns: ns, mutate: func(n *network.Network) {
		n.Metadata.Annotations["network.alpha.kubernetes.io/project-id"] = ""
	}, want: []want{{validate.NetworkProjectIDMissing, fProject}}},
	{name: "name missing", ns: ns, mutate: func(n *network.Network) { n.Metadata.Name = "" },
		want: []want{{bad, "metadata.name"}}},
	{name: "metadata.namespace differs", ns: ns, mutate: func(n *network.Network) { n.Metadata.Namespace = "other" },
		want: []want{{bad, "metadata.namespace"}}},
	{name: "domain-id missing", ns: ns, mutate: func(n *network.Network) {
		delete(n.Metadata.Annotations, "network.alpha.kubernetes.io/domain-id")
	}, want: []want{{bad, fDomain}}},
	{name: "default-security-group missing", ns: ns, mutate: func(n *network.Network) {
		delete(n.Metadata.Annotations, "network.alpha.kubernetes.io/default-security-group")
	}, want: []want{{bad, fSG}}},
	{name: "attachedVPC missing", ns: ns, mutate: func(n *network.Network) { n.Spec.AttachedVPC = "" },
		want: []want{{bad, "spec.attachedVPC"}}},
	{name: "networkID missing", ns: ns, mutate: func(n *network.Network) { n.Spec.NetworkID = "" },
		want: []want{{bad, "spec.networkID"}}},
	{name: "subnetID missing", ns: ns, mutate: func(n *network.Network) { n.Spec.SubnetID = "" },
		want: []want{{bad, "spec.subnetID"}}},
	{name: "networkType missing", ns: ns, mutate: func(n *network.Network) { n.Spec.NetworkType = "" },
		want: []want{{bad, "spec.networkType"}}},
	// Enumerations are case-sensitive.
	{name: "networkType wrong case", ns: ns, mutate: func(n *network.Network) { n.Spec.NetworkType = "Underlay_Neutron" },
		want: []want{{bad, "spec.networkType"}}},
	{name: "networkType overlay", ns: ns, mutate: func(n *network.Network) { n.Spec.NetworkType = "overlay_l2" },
		want: []want{{bad, "spec.networkType"}}},
	{name: "cidr not a CIDR", ns: ns, mutate: func(n *network.Network) { n.Spec.CIDR = "192.168.0.0" },
		want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "cidr IPv6", ns: ns, mutate: func(n *network.Network) { n.Spec.CIDR = "fd00::/64" },
		want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "cidr leading zero", ns: ns, mutate: func(n *network.Network) { n.Spec.CIDR = "192.168.00.0/24" },
		want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "cidr outside the VPC", ns: ns, opts: []network.Option{network.WithContext(network.Context{
		VPCCIDR: netip.MustParsePrefix("10.0.0.0/16"),
	})}, want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	// A subnet larger than its VPC is not inside it, though it contains the VPC's address.
	{name: "cidr wider than the VPC", ns: ns, opts: []network.Option{network.WithContext(network.Context{
		VPCCIDR: netip.MustParsePrefix("192.168.0.0/25"),
	})}, want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "cidr overlapping a subnet", ns: ns, opts: []network.Option{network.WithContext(network.Context{
		VPCCIDR: netip.MustParsePrefix("192.168.0.0/16"),
		Subnets: []netip.Prefix{netip.MustParsePrefix("192.168.0.128/25")},
	})}, want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "cidr overlapping a subnet, VPC not known", ns: ns, opts: []network.Option{network.WithContext(network.Context{
		Subnets: []netip.Prefix{netip.MustParsePrefix("192.168.0.0/16")},
	})}, want: []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}},

	// Check order when rules break together.
	{name: "order: permission before namespace before body", ns: "", opts: []network.Option{grant()},
		mutate: func(n *network.Network) { n.Kind = "Pod" },
		want:   []want{{validate.SubResourceCreateForbidden, ""}, {validate.NamespaceNotSpecified, "namespace"}, {bad, "kind"}}},
	{name: "order: kind before project-id before name", ns: ns, mutate: func(n *network.Network) {
		n.APIVersion = "v1"
		n.Metadata.Name = ""
		delete(n.Metadata.Annotations, "network.alpha.kubernetes.io/project-id")
	}, want: []want{{bad, "apiVersion"}, {validate.NetworkProjectIDMissing, fProject}, {bad, "metadata.name"}}},
	{name: "order: step 4 fields before cidr", ns: ns, mutate: func(n *network.Network) {
		n.Spec.CIDR = "x"
		n.Spec.NetworkType = "vlan"
		n.Spec.AttachedVPC = ""
	}, want: []want{{bad, "spec.attachedVPC"}, {bad, "spec.networkType"}, {validate.SubnetCIDRInvalid, "spec.cidr"}}},
	{name: "everything missing", ns: ns, mutate: func(n *network.Network) { *n = network.Network{} }, want: []want{
		{validate.NetworkProjectIDMissing, fProject}, {bad, "metadata.name"}, {bad, fDomain}, {bad, fSG},
		{bad, "spec.attachedVPC"}, {bad, "spec.networkID"}, {bad, "spec.subnetID"}, {bad, "spec.networkType"},
	}},
}

func TestValidateCreate(t *testing.T) {
	for _, tc := range createTests {
		t.Run(tc.name, func(t *testing.T) {
			n := validNetwork()
			if tc.mutate != nil {
				tc.mutate(n)
			}
			errs := network.ValidateCreate(tc.ns, n, tc.opts...)
			assert.Equal(t, tc.want, got(errs), "ValidateCreate: %v", errs)
			for _, e := range errs {
				assert.True(t, e.Code.IsValid())
				assert.NotEmpty(t, e.Detail)
			}
		})
	}
}

func TestValidateCreateNil(t *testing.T) {
	assert.Equal(t, []want{{validate.RequestBodyInvalid, ""}}, got(network.ValidateCreate(ns, nil)))
}

func TestValidateCreateRequest(t *testing.T) {
	withToken := http.Header{}
	withToken.Set("X-User-Token", "MIIPAgYJKoZIhvcNAQcCoIIO8zCCDu8CAQExDTALBglghkgBZQMEAgEwgg1QBgkqhkiG")
	empty := http.Header{"X-User-Token": {""}}
	tests := []struct {
		name   string
		header http.Header
		body   string
		opts   []network.Option
		want   []want
	}{
		{name: "token not required", header: nil, body: validJSON},
		{name: "token required and given", header: withToken, body: validJSON, opts: []network.Option{network.WithUserTokenRequired()}},
		{name: "token required, no headers", header: nil, body: validJSON, opts: []network.Option{network.WithUserTokenRequired()},
			want: []want{{validate.UserTokenMissing, "X-User-Token"}}},
		{name: "token required, empty", header: empty, body: validJSON, opts: []network.Option{network.WithUserTokenRequired()},
			want: []want{{validate.UserTokenMissing, "X-User-Token"}}},
		{name: "order: permission, token, body", header: nil, body: `[]`,
			opts: []network.Option{network.WithUserTokenRequired(), grant()},
			want: []want{{validate.SubResourceCreateForbidden, ""}, {validate.UserTokenMissing, "X-User-Token"}, {validate.RequestBodyInvalid, ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := network.ValidateCreateRequest(ns, tc.header, []byte(tc.body), tc.opts...)
			assert.Equal(t, tc.want, got(errs), "ValidateCreateRequest: %v", errs)
		})
	}
	// ValidateCreateJSON has no headers: the opt-in rule does not apply.
	assert.Empty(t, network.ValidateCreateJSON(ns, []byte(validJSON), network.WithUserTokenRequired()))
}

func TestValidNetworkAllocatesNothing(t *testing.T) {
	n := validNetwork()
	opts := []network.Option{network.WithContext(network.Context{
		Actions: []string{"cci:namespaceSubResource:*"},
		VPCCIDR: netip.MustParsePrefix("192.168.0.0/16"),
		Subnets: []netip.Prefix{netip.MustParsePrefix("192.168.1.0/24")},
	}), network.WithBodyLimit(1 << 10)}
	require.Empty(t, network.ValidateCreate(ns, n, opts...))
	cases := map[string]func(){
		"no options":   func() { _ = network.ValidateCreate(ns, n) },
		"with context": func() { _ = network.ValidateCreate(ns, n, opts...) },
		"get":          func() { _ = network.ValidateGet(ns, "cci-network-demo", opts...) },
		"delete":       func() { _ = network.ValidateDelete(ns, "cci-network-demo", opts...) },
		"update":       func() { _ = network.ValidateUpdate(ns, "cci-network-demo", opts...) },
	}
	for name, f := range cases {
		assert.Zero(t, testing.AllocsPerRun(200, f), name)
	}
}
