package network_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

const validYAML = `apiVersion: networking.cci.io/v1beta1
kind: Network
metadata:
  name: cci-network-demo
  annotations:
    network.alpha.kubernetes.io/project-id: ` + projectID + `
    network.alpha.kubernetes.io/domain-id: ` + domainID + `
    network.alpha.kubernetes.io/default-security-group: ` + securityGroup + `
spec:
  attachedVPC: ` + vpcID + `
  networkID: ` + networkID + `
  subnetID: ` + subnetID + `
  networkType: underlay_neutron
  cidr: 192.168.0.0/24
  availableZone: cn-north-1a
`

func TestValidateCreateManifest(t *testing.T) {
	bad := []want{{validate.RequestBodyInvalid, ""}}
	tests := []struct {
		name string
		data string
		want [][]want // per document
	}{
		{name: "valid YAML", data: validYAML, want: [][]want{nil}},
		{name: "valid JSON", data: validJSON, want: [][]want{nil}},
		{name: "two documents", data: validYAML + "---\n" + strings.Replace(validYAML, "underlay_neutron", "vlan", 1),
			want: [][]want{nil, {{validate.RequestBodyInvalid, "spec.networkType"}}}},
		{name: "empty input", data: "# nothing\n", want: [][]want{}},
		// YAML 1.2 core schema: 123 is a number, a wrong type for a name.
		{name: "number name", data: strings.Replace(validYAML, "name: cci-network-demo", "name: 123", 1), want: [][]want{bad}},
		{name: "alias", data: strings.Replace(validYAML, "cidr: 192.168.0.0/24", "cidr: &c 192.168.0.0/24\n  availableZoneX: *c", 1),
			want: [][]want{bad}},
		{name: "alias bomb", data: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
			"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n", want: [][]want{bad}},
		{name: "a list", data: "- a\n- b\n", want: [][]want{bad}},
		{name: "bad YAML", data: "metadata: [\n", want: [][]want{bad}},
		{name: "missing project", data: strings.Replace(validYAML, "network.alpha.kubernetes.io/project-id", "x", 1),
			want: [][]want{{{validate.NetworkProjectIDMissing, fProject}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			results, err := network.ValidateCreateManifest(ns, []byte(tc.data))
			require.NoError(t, err)
			var gotDocs [][]want
			for _, r := range results {
				gotDocs = append(gotDocs, got(r.Errors))
			}
			if len(tc.want) == 0 {
				assert.Empty(t, gotDocs)
				return
			}
			assert.Equal(t, tc.want, gotDocs)
		})
	}
}

func TestValidateCreateManifestPositions(t *testing.T) {
	data := strings.Replace(validYAML, "cidr: 192.168.0.0/24", "cidr: 192.168.0.0/40", 1)
	results, err := network.ValidateCreateManifest(ns, []byte(data), network.WithContext(network.Context{Actions: []string{"*"}}))
	require.NoError(t, err)
	require.Len(t, results, 1)
	require.Equal(t, []want{{validate.SubnetCIDRInvalid, "spec.cidr"}}, got(results[0].Errors))
	line, col := results[0].Document.Position(results[0].Errors[0].Field)
	assert.Equal(t, [2]int{14, 9}, [2]int{line, col})
}

func TestValidateCreateManifestLimits(t *testing.T) {
	results, err := network.ValidateCreateManifest(ns, []byte(validYAML), network.WithBodyLimit(100))
	require.NoError(t, err)
	require.Len(t, results, 1)
	assert.Equal(t, []want{{validate.RequestBodyInvalid, ""}}, got(results[0].Errors))

	_, err = network.ValidateCreateManifest(ns, make([]byte, 100<<20))
	assert.Error(t, err, "a 100 MB input is refused as a whole")
}
