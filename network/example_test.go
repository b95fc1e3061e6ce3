package network_test

import (
	"fmt"
	"net/http"
	"net/netip"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

func ExampleValidateCreate() {
	n := &network.Network{
		Kind:       network.Kind,
		APIVersion: network.APIVersion,
		Metadata: network.ObjectMeta{
			Name: "cci-network-demo",
			Annotations: map[string]string{
				network.AnnotationProjectID:            "0605767dfc00d5762f5fc0064e4fd5f9",
				network.AnnotationDomainID:             "0603c4b1a380d3c10f7bc00cb8b8a1b6",
				network.AnnotationDefaultSecurityGroup: "5b9a2cfa-3a1f-4b2c-8ee4-1c1e5d8a6a30",
			},
		},
		Spec: network.NetworkSpec{
			AttachedVPC: "3b7c5c2e-57cd-4a3b-8d8a-4f2b8e6f0c11",
			NetworkID:   "b5a64a2e-1f7e-4c0f-9a52-9f0e3c1d2b44",
			SubnetID:    "e6c8a1f4-9d2b-4e57-8a3c-7b1d0f9e2a55",
			NetworkType: network.NetworkTypeUnderlayNeutron,
			CIDR:        "192.168.0.0/24",
		},
	}
	fmt.Println(network.ValidateCreate("cci-namespace-demo", n).Err())

	n.Spec.NetworkType = "overlay_l2"
	n.Spec.CIDR = "192.168.0.0/33"
	for _, e := range network.ValidateCreate("cci-namespace-demo", n) {
		fmt.Println(e.Code, e.Field)
	}
	// Output:
	// <nil>
	// CCI.01.400101 spec.networkType
	// CCI.01.400201 spec.cidr
}

func ExampleValidateCreateJSON() {
	body := []byte(`{"kind": "Network", "metadata": {"name": "cci-network-demo"}}`)
	errs := network.ValidateCreateJSON("cci-namespace-demo", body)
	// The server answers with the first broken rule.
	st := errs.Status()
	fmt.Println(st.Code, st.ErrorCode, st.Message)
	fmt.Println(len(errs), "rules broken")
	// Output:
	// 400 CCI.01.400202 project id in network request body invaild
	// 7 rules broken
}

func ExampleValidateCreateRequest() {
	header := http.Header{"Content-Type": {"application/json"}}
	errs := network.ValidateCreateRequest("cci-namespace-demo", header, []byte(`{}`), network.WithUserTokenRequired())
	fmt.Println(errs.First())
	// Output:
	// CCI.01.400103 X-User-Token: the X-User-Token header is missing or empty
}

func ExampleWithContext() {
	ctx := network.Context{
		Actions: []string{"cci:namespaceSubResource:get", "cci:namespaceSubResource:list"},
		VPCCIDR: netip.MustParsePrefix("192.168.0.0/16"),
		Subnets: []netip.Prefix{netip.MustParsePrefix("192.168.0.0/24")},
	}
	fmt.Println(network.ValidateGet("cci-namespace-demo", "cci-network-demo", network.WithContext(ctx)).Err())
	err := network.ValidateDelete("cci-namespace-demo", "cci-network-demo", network.WithContext(ctx)).Err()
	fmt.Println(validate.CodeOf(err))
	// Output:
	// <nil>
	// CCI.01.403111
}

func ExampleValidateCreateManifest() {
	data := []byte(`apiVersion: networking.cci.io/v1beta1
kind: Network
metadata:
  name: cci-network-demo
  annotations:
    network.alpha.kubernetes.io/project-id: 0605767dfc00d5762f5fc0064e4fd5f9
    network.alpha.kubernetes.io/domain-id: 0603c4b1a380d3c10f7bc00cb8b8a1b6
    network.alpha.kubernetes.io/default-security-group: 5b9a2cfa-3a1f-4b2c-8ee4-1c1e5d8a6a30
spec:
  attachedVPC: 3b7c5c2e-57cd-4a3b-8d8a-4f2b8e6f0c11
  networkID: b5a64a2e-1f7e-4c0f-9a52-9f0e3c1d2b44
  subnetID: e6c8a1f4-9d2b-4e57-8a3c-7b1d0f9e2a55
  networkType: overlay_l2
  cidr: 192.168.0.0/24
`)
	results, err := network.ValidateCreateManifest("cci-namespace-demo", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		for _, e := range r.Errors {
			line, col := r.Document.Position(e.Field)
			fmt.Printf("%d:%d: %s %s\n", line, col, e.Code, e.Field)
		}
	}
	// Output:
	// 13:16: CCI.01.400101 spec.networkType
}
