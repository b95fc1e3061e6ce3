package acceptance_test

import (
	"net/http"
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/network"
)

const projField = "metadata.annotations[network.alpha.kubernetes.io/project-id]"

func delAnn(key string) func(*network.Network) {
	return func(n *network.Network) { delete(n.Metadata.Annotations, key) }
}

// §5 Create: every step and its code.
func TestS5CreateSteps(t *testing.T) {
	cases := []struct {
		name  string
		mod   func(*network.Network)
		want  string
		field string
	}{
		{"valid", func(*network.Network) {}, "", ""},
		{"no kind no apiVersion", func(n *network.Network) { n.Kind, n.APIVersion = "", "" }, "", ""},
		{"no cidr no az", func(n *network.Network) { n.Spec.CIDR, n.Spec.AvailableZone = "", "" }, "", ""},
		// step 2
		{"2 kind", func(n *network.Network) { n.Kind = "network" }, c01_400101, "-"},
		{"2 apiVersion", func(n *network.Network) { n.APIVersion = "networking.cci.io/v1" }, c01_400101, "-"},
		// step 3
		{"3 project-id missing", delAnn(annProj), c01_400202, projField},
		{"3 project-id empty", func(n *network.Network) { n.Metadata.Annotations[annProj] = "" }, c01_400202, projField},
		{"3 project_id accepted", func(n *network.Network) {
			delete(n.Metadata.Annotations, annProj)
			n.Metadata.Annotations[annProj_] = "p"
		}, "", ""},
		{"3 no annotations", func(n *network.Network) { n.Metadata.Annotations = nil }, c01_400202, projField},
		// step 4
		{"4 name missing", func(n *network.Network) { n.Metadata.Name = "" }, c01_400101, "metadata.name"},
		{"4 namespace other", func(n *network.Network) { n.Metadata.Namespace = "other" }, c01_400101, "metadata.namespace"},
		{"4 namespace same", func(n *network.Network) { n.Metadata.Namespace = "ns" }, "", ""},
		{"4 domain-id missing", delAnn(annDom), c01_400101, "metadata.annotations[network.alpha.kubernetes.io/domain-id]"},
		{"4 domain-id empty", func(n *network.Network) { n.Metadata.Annotations[annDom] = "" }, c01_400101, "metadata.annotations[network.alpha.kubernetes.io/domain-id]"},
		{"4 domain_id accepted", func(n *network.Network) {
			delete(n.Metadata.Annotations, annDom)
			n.Metadata.Annotations[annDom_] = "d"
		}, "", ""},
		{"4 security group missing", delAnn(annSG), c01_400101, "metadata.annotations[network.alpha.kubernetes.io/default-security-group]"},
		{"4 attachedVPC", func(n *network.Network) { n.Spec.AttachedVPC = "" }, c01_400101, "spec.attachedVPC"},
		{"4 networkID", func(n *network.Network) { n.Spec.NetworkID = "" }, c01_400101, "spec.networkID"},
		{"4 subnetID", func(n *network.Network) { n.Spec.SubnetID = "" }, c01_400101, "spec.subnetID"},
		{"4 networkType missing", func(n *network.Network) { n.Spec.NetworkType = "" }, c01_400101, "spec.networkType"},
		{"4 networkType other", func(n *network.Network) { n.Spec.NetworkType = "overlay_l2" }, c01_400101, "spec.networkType"},
		// step 5
		{"5 cidr bad", func(n *network.Network) { n.Spec.CIDR = "192.168.0.0/40" }, c01_400201, "spec.cidr"},
		{"5 cidr ipv6", func(n *network.Network) { n.Spec.CIDR = "2001:db8::/32" }, c01_400201, "spec.cidr"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, network.ValidateCreate("ns", netWith(tc.mod)), tc.want, tc.field)
		})
	}
	expect(t, network.ValidateCreate("ns", nil), c01_400101, "-")
}

// §5 Create on the wire: headers and JSON body.
func TestS5CreateRequest(t *testing.T) {
	tok := http.Header{"X-User-Token": {"tok"}}
	req := network.WithUserTokenRequired()
	cases := []struct {
		name   string
		header http.Header
		body   string
		opts   []network.Option
		want   string
	}{
		{"valid", nil, netJSON, nil, ""},
		{"token off by default", http.Header{}, netJSON, nil, ""},
		{"1 token missing", http.Header{}, netJSON, []network.Option{req}, c01_400103},
		{"1 token nil header", nil, netJSON, []network.Option{req}, c01_400103},
		{"1 token present", tok, netJSON, []network.Option{req}, ""},
		{"1 token lower-case header key", func() http.Header { h := http.Header{}; h.Set("x-user-token", "t"); return h }(), netJSON, []network.Option{req}, ""},
		{"1 token before body", http.Header{}, `[]`, []network.Option{req}, c01_400103},
		{"2 array", tok, `[]`, []network.Option{req}, c01_400101},
		{"2 name number", nil, strings.Replace(netJSON, `"name":"net-1"`, `"name":1`, 1), nil, c01_400101},
		{"2 annotations string", nil, strings.Replace(netJSON, `"annotations":{`, `"annotations":"x","a":{`, 1), nil, c01_400101},
		{"2 body before project", nil, `{"kind":"Pod"}`, nil, c01_400101},
		{"3 project_id json", nil, strings.Replace(netJSON, "project-id", "project_id", 1), nil, ""},
		{"3 project-id null", nil, strings.Replace(netJSON, `"network.alpha.kubernetes.io/project-id":"p"`, `"network.alpha.kubernetes.io/project-id":null`, 1), nil, c01_400202},
		{"4 availableZone optional", nil, strings.Replace(netJSON, `,"availableZone":"az1"`, ``, 1), nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, network.ValidateCreateRequest("ns", tc.header, []byte(tc.body), tc.opts...), tc.want, "-")
		})
	}
}

// §5: check order when two rules break.
func TestS5CreateOrder(t *testing.T) {
	cases := []struct {
		name string
		mod  func(*network.Network)
		want string
	}{
		{"kind before project", func(n *network.Network) { n.Kind = "X"; delete(n.Metadata.Annotations, annProj) }, c01_400101},
		{"project before name", func(n *network.Network) { n.Metadata.Name = ""; delete(n.Metadata.Annotations, annProj) }, c01_400202},
		{"project before networkType", func(n *network.Network) { n.Spec.NetworkType = "x"; delete(n.Metadata.Annotations, annProj) }, c01_400202},
		{"project before cidr", func(n *network.Network) { n.Spec.CIDR = "x"; delete(n.Metadata.Annotations, annProj) }, c01_400202},
		{"name before cidr", func(n *network.Network) { n.Spec.CIDR = "x"; n.Metadata.Name = "" }, c01_400101},
		{"subnetID before cidr", func(n *network.Network) { n.Spec.CIDR = "x"; n.Spec.SubnetID = "" }, c01_400101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, network.ValidateCreate("ns", netWith(tc.mod)), tc.want, "-")
		})
	}
	// An empty namespace in the path is CCI.01.400102.
	expect(t, network.ValidateCreate("", netValid()), c01_400102, "-")
	expect(t, network.ValidateCreateJSON("", []byte(`[]`)), c01_400102, "-")
	expect(t, network.ValidateGet("", "net-1"), c01_400102, "-")
	expect(t, network.ValidateDelete("", "net-1"), c01_400102, "-")
	expect(t, network.ValidateUpdate("", "net-1"), c01_400102, "-")
	expect(t, network.ValidateGet("ns", "net-1"), "", "")
	expect(t, network.ValidateDelete("ns", "net-1"), "", "")
	expect(t, network.ValidateUpdate("ns", "net-1"), "", "")
	// Every rule at once, in order.
	l := network.ValidateCreate("ns", netWith(func(n *network.Network) {
		n.Spec.CIDR = "x"
		n.Metadata.Name = ""
		delete(n.Metadata.Annotations, annProj)
	}))
	assert.Equal(t, []string{c01_400202, c01_400101, c01_400201}, codeStrs(l))
}

// §5 step 5 context: inside the VPC, no overlap with other subnets.
func TestS5CIDRContext(t *testing.T) {
	vpc := netip.MustParsePrefix("192.168.0.0/16")
	others := []netip.Prefix{netip.MustParsePrefix("192.168.1.0/24"), netip.MustParsePrefix("192.168.128.0/17")}
	ctx := network.WithContext(network.Context{VPCCIDR: vpc, Subnets: others})
	cases := []struct{ cidr, want string }{
		{"192.168.0.0/24", ""},
		{"192.168.2.0/23", ""},
		{"10.0.0.0/24", c01_400201},
		{"192.168.0.0/15", c01_400201},
		{"192.168.1.0/24", c01_400201},
		{"192.168.1.128/25", c01_400201},
		{"192.168.0.0/23", c01_400201},
		{"192.168.200.0/24", c01_400201},
		{"192.168.0.0/16", c01_400201},
	}
	for _, tc := range cases {
		t.Run(tc.cidr, func(t *testing.T) {
			l := network.ValidateCreate("ns", netWith(func(n *network.Network) { n.Spec.CIDR = tc.cidr }), ctx)
			expect(t, l, tc.want, "spec.cidr")
		})
	}
	// Without context, any valid IPv4 CIDR passes.
	expect(t, network.ValidateCreate("ns", netWith(func(n *network.Network) { n.Spec.CIDR = "10.0.0.0/24" })), "", "")
}

// §2 "Only namespace create checks Content-Type".
func TestS5NoContentTypeRule(t *testing.T) {
	h := http.Header{"Content-Type": {"text/plain"}}
	expect(t, network.ValidateCreateRequest("ns", h, []byte(netJSON)), "", "")
	expect(t, network.ValidateCreateRequest("ns", http.Header{}, []byte(netJSON)), "", "")
}
