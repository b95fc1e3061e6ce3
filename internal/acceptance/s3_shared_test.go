package acceptance_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/validatortags"
	"github.com/ccicheck/ccicheck/volume"
)

// §3 DNS label: 1–63 of a-z 0-9 -, alnum at both ends (namespace name → 400109).
func TestS3DNSLabel(t *testing.T) {
	cases := []struct{ name, want string }{
		{"a", ""},
		{"0", ""},
		{"0abc", ""},
		{"a-b", ""},
		{"a--b", ""},
		{rep("a", 63), ""},
		{rep("a", 62) + "0", ""},
		{rep("a", 64), c02_400109},
		{"", c02_400109},
		{"-a", c02_400109},
		{"a-", c02_400109},
		{"A", c02_400109},
		{"abC", c02_400109},
		{"a.b", c02_400109},
		{"a_b", c02_400109},
		{"a b", c02_400109},
		{"ä", c02_400109},
		{"abc", ""}, // 3-25 is not enforced [decided]
		{"ab", ""},
		{rep("a", 26), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := namespace.ValidateCreate(nsWith(func(n *namespace.Namespace) { n.Metadata.Name = tc.name }))
			expect(t, l, tc.want, "metadata.name")
			p := rules.DNSLabel(tc.name)
			assert.Equal(t, tc.want == "", p.OK())
		})
	}
}

// §3 SemVer: semver.org grammar, ≤ 64 bytes, numbers unbounded (release create
// version → CCI.04.400104).
func TestS3SemVer(t *testing.T) {
	v64 := "1.0.0-" + rep("a", 58)
	require.Len(t, v64, 64)
	cases := []struct{ v, want string }{
		{"1.0.0", ""},
		{"0.0.0", ""},
		{"10.20.30", ""},
		{"1.0.0-alpha", ""},
		{"1.0.0-alpha.1", ""},
		{"1.0.0-0.3.7", ""},
		{"1.0.0-x.7.z.92", ""},
		{"1.0.0-x-y-z.--", ""},
		{"1.0.0--", ""},
		{"1.0.0-0a", ""},
		{"1.0.0-00a", ""},
		{"1.0.0+001", ""},
		{"1.0.0+20130313144700", ""},
		{"1.0.0-beta+exp.sha.5114f85", ""},
		{"1.0.0-rc.1+build.1", ""},
		{"99999999999999999999999.0.0", ""},
		{"1.99999999999999999999999.0", ""},
		{"1.0.0-99999999999999999999999", ""},
		{v64, ""},
		{v64 + "a", c04_400104},
		{"", c04_400104},
		{"v1.0.0", c04_400104},
		{"V1.0.0", c04_400104},
		{"1.2", c04_400104},
		{"1", c04_400104},
		{"1.2.3.4", c04_400104},
		{"01.0.0", c04_400104},
		{"1.01.0", c04_400104},
		{"1.0.01", c04_400104},
		{"1.0.0-01", c04_400104},
		{"1.0.0-alpha.01", c04_400104},
		{"1.0.0-", c04_400104},
		{"1.0.0+", c04_400104},
		{"1.0.0-alpha..1", c04_400104},
		{"1.0.0+a..b", c04_400104},
		{"1.0.0-a_b", c04_400104},
		{" 1.0.0", c04_400104},
		{"1.0.0 ", c04_400104},
		{"1.0.0\n", c04_400104},
		{"-1.0.0", c04_400104},
		{"1.0.0-é", c04_400104},
		{"1.0", c04_400104},
		{"1.10", c04_400104},
	}
	for _, tc := range cases {
		t.Run(tc.v, func(t *testing.T) {
			l := release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Version = tc.v }))
			expect(t, l, tc.want, "version")
			assert.Equal(t, tc.want == "", rules.SemVer(tc.v).OK())
		})
	}
	// A 70-byte version with a bad character is a length problem.
	assert.Equal(t, rules.TooLong, rules.SemVer("v"+rep("1", 69)).Kind)
}

// §3 Chart ID: empty 400105, > 64 400112, pattern 400113.
func TestS3ChartID(t *testing.T) {
	cases := []struct{ id, want string }{
		{uuid, ""},
		{strings.ToUpper(uuid), ""},
		{"a", ""},
		{"a_b-c", ""},
		{"A1", ""},
		{rep("a", 64), ""},
		{rep("a", 65), c04_400112},
		{rep(".", 65), c04_400112}, // length before characters
		{"", c04_400105},
		{"-ab", c04_400113},
		{"ab-", c04_400113},
		{"_ab", c04_400113},
		{"ab_", c04_400113},
		{"a.b", c04_400113},
		{"a b", c04_400113},
		{"a/b", c04_400113},
		{"é", c04_400113},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			expect(t, chart.ValidateGet(tc.id), tc.want, "chart_id")
			expect(t, chart.ValidateDownload(tc.id), tc.want, "chart_id")
			expect(t, chart.ValidateDelete(tc.id), tc.want, "chart_id")
			expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.ChartID = tc.id })), tc.want, "chart_id")
		})
	}
}

// §3 Enterprise project ID: "0" or a UUID with or without hyphens, either case
// (namespace label: empty 400118, invalid CCI.01.400107).
func TestS3EnterpriseProjectID(t *testing.T) {
	cases := []struct{ id, want string }{
		{"0", ""},
		{uuid, ""},
		{strings.ToUpper(uuid), ""},
		{"0A1b2C3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", ""},
		{strings.ReplaceAll(uuid, "-", ""), ""},
		{strings.ToUpper(strings.ReplaceAll(uuid, "-", "")), ""},
		{"00000000-0000-0000-0000-000000000000", ""},
		{"", c02_400118},
		{"00", c01_400107},
		{"1", c01_400107},
		{"default", c01_400107},
		{uuid[:35], c01_400107},
		{uuid + "0", c01_400107},
		{strings.ReplaceAll(uuid, "-", "")[:31], c01_400107},
		{strings.ReplaceAll(uuid, "-", "") + "0", c01_400107},
		{"0a1b2c3d4e5f-4a6b-8c7d-9e0f1a2b3c4d", c01_400107},
		{"0a1b2c3d-4e5f4a6b-8c7d-9e0f1a2b3c4d-", c01_400107},
		{"ga1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", c01_400107},
		{"{" + uuid + "}", c01_400107},
		{" 0", c01_400107},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			l := namespace.ValidateCreate(nsWith(func(n *namespace.Namespace) { n.Metadata.Labels[epKey] = tc.id }))
			expect(t, l, tc.want, "metadata.labels[sys_enterprise_project_id]")
		})
	}
}

// §3 IPv4 CIDR: as netip.ParsePrefix for IPv4 (network spec.cidr → 400201).
func TestS3IPv4CIDR(t *testing.T) {
	cases := []struct{ cidr, want string }{
		{"10.0.0.0/8", ""},
		{"10.1.2.3/8", ""},
		{"192.168.0.1/24", ""},
		{"0.0.0.0/0", ""},
		{"255.255.255.255/32", ""},
		{"10.0.0.0/32", ""},
		{"10.0.0.0/33", c01_400201},
		{"010.0.0.0/8", c01_400201},
		{"10.0.0.00/8", c01_400201},
		{"10.0.0.0/08", c01_400201},
		{"256.0.0.0/8", c01_400201},
		{"10.0.0/8", c01_400201},
		{"10.0.0.0", c01_400201},
		{"10.0.0.0/", c01_400201},
		{"10.0.0.0/-1", c01_400201},
		{"10.0.0.0/ 8", c01_400201},
		{" 10.0.0.0/8", c01_400201},
		{"::/0", c01_400201},
		{"fd00::/8", c01_400201},
		{"::ffff:10.0.0.0/104", c01_400201},
		{"10.0.0.0/8%eth0", c01_400201},
		{"abc", c01_400201},
	}
	for _, tc := range cases {
		t.Run(tc.cidr, func(t *testing.T) {
			l := network.ValidateCreate("ns", netWith(func(n *network.Network) { n.Spec.CIDR = tc.cidr }))
			expect(t, l, tc.want, "spec.cidr")
		})
	}
}

// §3 Case: enumerations are case-sensitive.
func TestS3EnumerationsCaseSensitive(t *testing.T) {
	t.Run("flavor", func(t *testing.T) {
		for _, f := range []string{"General-Computing", "GPU-ACCELERATED", "general_computing", " general-computing"} {
			l := namespace.ValidateCreate(nsWith(func(n *namespace.Namespace) { n.Metadata.Annotations[flavorKey] = f }))
			expect(t, l, c02_400110, "metadata.annotations[namespace.kubernetes.io/flavor]")
		}
		for _, f := range []string{"general-computing", "gpu-accelerated"} {
			l := namespace.ValidateCreate(nsWith(func(n *namespace.Namespace) { n.Metadata.Annotations[flavorKey] = f }))
			expect(t, l, "", "-")
		}
	})
	t.Run("fsType", func(t *testing.T) {
		for _, f := range []string{"EXT4", "Ext4", "NFS", "OBS", "xfs"} {
			l := volume.ValidateImport("ns", volWith(func(v *volume.VolumeImport) { v.Metadata.Annotations["fsType"] = f }))
			expect(t, l, c01_400301, "metadata.annotations[fsType]")
		}
	})
	t.Run("storageClass", func(t *testing.T) {
		l := volume.ValidateImport("ns", volWith(func(v *volume.VolumeImport) { v.Spec.StorageClassName = "SSD" }))
		expect(t, l, c01_400308, "spec.storageClassName")
		l = volume.ValidateImport("ns", volWith(func(v *volume.VolumeImport) {
			v.Metadata.Annotations["fsType"] = "nfs"
			v.Spec.StorageClassName = "NFS-RW"
		}))
		expect(t, l, c01_400307, "spec.storageClassName")
	})
	t.Run("networkType", func(t *testing.T) {
		for _, nt := range []string{"Underlay_Neutron", "UNDERLAY_NEUTRON", "underlay-neutron"} {
			l := network.ValidateCreate("ns", netWith(func(n *network.Network) { n.Spec.NetworkType = nt }))
			expect(t, l, c01_400101, "spec.networkType")
		}
	})
	t.Run("action", func(t *testing.T) {
		for _, a := range []string{"Upgrade", "ROLLBACK", "upgrade "} {
			l := release.ValidateUpdate("rel", &release.UpdateRequest{Action: a, ChartID: uuid})
			expect(t, l, c04_400214, "action")
		}
	})
	t.Run("propagationPolicy", func(t *testing.T) {
		for _, p := range []string{"orphan", "BACKGROUND", "foreground"} {
			l := namespace.ValidateDelete("ns", url.Values{"propagationPolicy": {p}}, nil)
			expect(t, l, c01_400101, "-")
		}
		for _, p := range []string{"Orphan", "Background", "Foreground"} {
			expect(t, namespace.ValidateDelete("ns", url.Values{"propagationPolicy": {p}}, nil), "", "-")
		}
	})
	t.Run("storageType", func(t *testing.T) {
		for _, s := range []string{"BS", "Nfs", "EFS"} {
			expect(t, volume.ValidateList("ns", url.Values{"storageType": {s}}), c01_400301, "storageType")
		}
	})
}

// §3 Case: booleans in query parameters as strconv.ParseBool.
func TestS3QueryBooleans(t *testing.T) {
	ok := []string{"true", "True", "TRUE", "t", "T", "1"}
	okFalse := []string{"false", "False", "FALSE", "f", "F", "0"}
	bad := []string{"yes", "no", "tRue", "y", "2", "on", "", " true"}
	for _, v := range ok {
		expect(t, volume.ValidateRelease("ns", "pvc", url.Values{"deleteVolume": {v}}), "", "-")
		expect(t, volume.ValidateRelease("ns", "pvc", url.Values{"delete_volume": {v}}), "", "-")
	}
	for _, v := range okFalse {
		expect(t, volume.ValidateRelease("ns", "pvc", url.Values{"deleteVolume": {v}, "storageType": {"bs"}}), "", "-")
	}
	for _, v := range bad {
		expect(t, volume.ValidateRelease("ns", "pvc", url.Values{"deleteVolume": {v}, "storageType": {"bs"}}), c01_400304, "deleteVolume")
	}
}

// §3 Case: media types are case-insensitive, parameters allowed.
func TestS3ContentType(t *testing.T) {
	body := []byte(nsJSON)
	cases := []struct{ ct, want string }{
		{"application/json", ""},
		{"application/json; charset=utf-8", ""},
		{"application/json;charset=UTF-8", ""},
		{"Application/JSON", ""},
		{"APPLICATION/JSON; Charset=utf-8", ""},
		{"", c02_400103},
		{"text/json", c02_400103},
		{"application/yaml", c02_400103},
		{"application/json-patch+json", c02_400103},
		{"application/merge-patch+json", c02_400103},
		{"application/jsonx", c02_400103},
		{"application", c02_400103},
		{"; charset=utf-8", c02_400103},
		{"multipart/form-data", c02_400103},
	}
	for _, tc := range cases {
		t.Run(tc.ct, func(t *testing.T) {
			expect(t, namespace.ValidateCreateRequest(tc.ct, body), tc.want, "-")
			expect(t, namespace.ValidateCreateV2Request(tc.ct, []byte(`{"metadata":{"name":"ns-1"}}`)), tc.want, "-")
		})
	}
}

// §3 Missing = empty = null for required strings.
func TestS3MissingEmptyNull(t *testing.T) {
	t.Run("namespace name", func(t *testing.T) {
		for _, b := range []string{
			`{"metadata":{"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`,
			`{"metadata":{"name":"","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`,
			`{"metadata":{"name":null,"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`,
		} {
			expect(t, namespace.ValidateCreateJSON([]byte(b)), c02_400109, "metadata.name")
		}
	})
	t.Run("flavor", func(t *testing.T) {
		for _, b := range []string{
			`{"metadata":{"name":"a"}}`,
			`{"metadata":{"name":"a","annotations":{}}}`,
			`{"metadata":{"name":"a","annotations":null}}`,
			`{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":""}}}`,
			`{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":null}}}`,
		} {
			expect(t, namespace.ValidateCreateJSON([]byte(b)), c02_400111, "metadata.annotations[namespace.kubernetes.io/flavor]")
		}
	})
	t.Run("release chart_id", func(t *testing.T) {
		for _, b := range []string{
			`{"name":"r","namespace":"default","version":"1.0.0","values":{}}`,
			`{"chart_id":"","name":"r","namespace":"default","version":"1.0.0","values":{}}`,
			`{"chart_id":null,"name":"r","namespace":"default","version":"1.0.0","values":{}}`,
		} {
			expect(t, release.ValidateCreateJSON([]byte(b)), c04_400105, "chart_id")
		}
	})
	t.Run("release name", func(t *testing.T) {
		for _, b := range []string{
			`{"chart_id":"c","namespace":"default","version":"1.0.0","values":{}}`,
			`{"chart_id":"c","name":"","namespace":"default","version":"1.0.0","values":{}}`,
			`{"chart_id":"c","name":null,"namespace":"default","version":"1.0.0","values":{}}`,
		} {
			expect(t, release.ValidateCreateJSON([]byte(b)), c04_400201, "name")
		}
	})
	t.Run("volumeID", func(t *testing.T) {
		for _, ann := range []string{`"fsType":"ext4"`, `"fsType":"ext4","volumeID":""`, `"fsType":"ext4","volumeID":null`} {
			b := `{"metadata":{"name":"p","annotations":{` + ann + `}},"spec":{"storageClassName":"ssd"}}`
			expect(t, volume.ValidateImportJSON("ns", []byte(b)), c01_400106, "metadata.annotations[volumeID]")
		}
	})
	t.Run("network name", func(t *testing.T) {
		for _, nm := range []string{``, `"name":"",`, `"name":null,`} {
			b := strings.Replace(netJSON, `"name":"net-1",`, nm, 1)
			expect(t, network.ValidateCreateJSON("ns", []byte(b)), c01_400101, "metadata.name")
		}
	})
}

// §3 Order inside a rule: empty, then length, then characters.
func TestS3OrderInsideRule(t *testing.T) {
	bad70 := rep("a", 60) + "!" + rep("b", 9)
	require.Len(t, bad70, 70)
	expect(t, chart.ValidateGet(bad70), c04_400112, "chart_id")
	expect(t, release.ValidateGet(rep("a", 20)+"!"+rep("b", 9)), c04_400202, "name")
	l := volume.ValidateImport("ns", volWith(func(v *volume.VolumeImport) { v.Metadata.Annotations["volumeID"] = bad70 }))
	expect(t, l, c01_400303, "metadata.annotations[volumeID]")
	assert.Equal(t, rules.TooLong, rules.DNSLabel(strings.ToUpper(bad70)).Kind)
	// Lengths count bytes: 12 two-byte runes = 24 bytes is not too long, 13 are.
	assert.Equal(t, rules.Invalid, rules.ReleaseName("a"+rep("é", 11)+"b").Kind)
	assert.Equal(t, rules.TooLong, rules.ReleaseName("a"+rep("é", 12)+"b").Kind)
	assert.Equal(t, rules.TooLong, rules.DNSLabel(rep("é", 32)).Kind)
}

// §3 Bodies: encoding/json semantics.
func TestS3BodyDecoding(t *testing.T) {
	t.Run("duplicate keys last wins", func(t *testing.T) {
		good := `{"metadata":{"name":"BAD"},"metadata":{"name":"good","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
		bad := `{"metadata":{"name":"good","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"metadata":{"name":"BAD","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
		expect(t, namespace.ValidateCreateJSON([]byte(good)), "", "-")
		expect(t, namespace.ValidateCreateJSON([]byte(bad)), c02_400109, "metadata.name")
		dupName := `{"metadata":{"name":"BAD","name":"ok","annotations":{"namespace.kubernetes.io/flavor":"x","namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`
		expect(t, namespace.ValidateCreateJSON([]byte(dupName)), "", "-")
		expect(t, release.ValidateCreateJSON([]byte(`{"chart_id":"c","name":"1bad","name":"good","namespace":"default","version":"1.0.0","values":{}}`)), "", "-")
	})
	t.Run("invalid UTF-8 accepted", func(t *testing.T) {
		b := `{"metadata":{"name":"ns-1","labels":{"x":"` + "\xff\xfe" + `"},"annotations":{"namespace.kubernetes.io/flavor":"general-computing","d":"` + "\xc3" + `"}}}`
		expect(t, namespace.ValidateCreateJSON([]byte(b)), "", "-")
		// Invalid UTF-8 in the name decodes and then fails the name rule.
		b2 := `{"metadata":{"name":"n` + "\xff" + `","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
		expect(t, namespace.ValidateCreateJSON([]byte(b2)), c02_400109, "metadata.name")
		b3 := strings.Replace(relJSON, `"description":"d"`, `"description":"`+"\xff"+`"`, 1)
		expect(t, release.ValidateCreateJSON([]byte(b3)), "", "-")
	})
	t.Run("nesting up to 10000", func(t *testing.T) {
		nest := func(n int) string { return rep("[", n) + rep("]", n) }
		// The outer object is level 1: 9,999 arrays inside make 10,000 levels.
		ok := `{"metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"x":` + nest(9999) + `}`
		tooDeep := `{"metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"x":` + nest(10000) + `}`
		expect(t, namespace.ValidateCreateJSON([]byte(ok)), "", "-")
		expect(t, namespace.ValidateCreateJSON([]byte(tooDeep)), c02_400101, "-")
		expect(t, namespace.ValidateCreateJSON([]byte(`{"x":`+nest(100000)+`}`)), c02_400101, "-")
		relOK := strings.Replace(relJSON, `"values":{}`, `"values":{"a":`+nest(9998)+`}`, 1)
		relDeep := strings.Replace(relJSON, `"values":{}`, `"values":{"a":`+nest(9999)+`}`, 1)
		expect(t, release.ValidateCreateJSON([]byte(relOK)), "", "-")
		expect(t, release.ValidateCreateJSON([]byte(relDeep)), c04_400302, "-")
		volDeep := strings.Replace(volJSON, `"apiVersion":"v1",`, `"x":`+nest(10000)+`,"apiVersion":"v1",`, 1)
		expect(t, volume.ValidateImportJSON("ns", []byte(volDeep)), c01_400106, "-")
		netDeep := strings.Replace(netJSON, `"kind":"Network",`, `"kind":"Network","x":`+nest(10000)+`,`, 1)
		expect(t, network.ValidateCreateJSON("ns", []byte(netDeep)), c01_400101, "-")
	})
	t.Run("size limit", func(t *testing.T) {
		pad := func(base string, size int) []byte {
			// Pad with whitespace after the opening brace.
			return []byte("{" + rep(" ", size-len(base)) + base[1:])
		}
		const mib = 1 << 20
		expect(t, namespace.ValidateCreateJSON(pad(nsJSON, mib)), "", "-")
		expect(t, namespace.ValidateCreateJSON(pad(nsJSON, mib+1)), c02_400101, "-")
		expect(t, namespace.ValidateCreateRequest("application/json", pad(nsJSON, mib+1)), c02_400101, "-")
		expect(t, network.ValidateCreateJSON("ns", pad(netJSON, mib)), "", "-")
		expect(t, network.ValidateCreateJSON("ns", pad(netJSON, mib+1)), c01_400101, "-")
		expect(t, volume.ValidateImportJSON("ns", pad(volJSON, mib)), "", "-")
		expect(t, volume.ValidateImportJSON("ns", pad(volJSON, mib+1)), c01_400106, "-")
		expect(t, release.ValidateCreateJSON(pad(relJSON, mib)), "", "-")
		expect(t, release.ValidateCreateJSON(pad(relJSON, mib+1)), c04_400302, "-")
		upd := `{"action":"upgrade","chart_id":"c","version":"1.0.0"}`
		expect(t, release.ValidateUpdateJSON("rel", pad(upd, mib)), "", "-")
		expect(t, release.ValidateUpdateJSON("rel", pad(upd, mib+1)), c04_400302, "-")
		// The option changes the limit.
		expect(t, namespace.ValidateCreateJSON(pad(nsJSON, 1000), namespace.WithBodyLimit(1000)), "", "-")
		expect(t, namespace.ValidateCreateJSON(pad(nsJSON, 1001), namespace.WithBodyLimit(1000)), c02_400101, "-")
		expect(t, release.ValidateCreateJSON(pad(relJSON, 1001), release.WithBodyLimit(1000)), c04_400302, "-")
		expect(t, volume.ValidateImportJSON("ns", pad(volJSON, 1001), volume.WithBodyLimit(1000)), c01_400106, "-")
		expect(t, network.ValidateCreateJSON("ns", pad(netJSON, 1001), network.WithBodyLimit(1000)), c01_400101, "-")
		// A huge invalid body is still only the body code.
		huge := []byte(`{"metadata":{"name":"BAD` + rep("x", 2*mib) + `"}}`)
		expect(t, namespace.ValidateCreateJSON(huge), c02_400101, "-")
		assert.Len(t, namespace.ValidateCreateJSON(huge), 1)
	})
	t.Run("not an object", func(t *testing.T) {
		for _, b := range []string{``, `null`, `[]`, `"x"`, `1`, `true`, `{`, `{"metadata":{}}x`, `{}{}`, ` `} {
			expect(t, namespace.ValidateCreateJSON([]byte(b)), c02_400101, "-")
			expect(t, network.ValidateCreateJSON("ns", []byte(b)), c01_400101, "-")
			expect(t, volume.ValidateImportJSON("ns", []byte(b)), c01_400106, "-")
			expect(t, release.ValidateCreateJSON([]byte(b)), c04_400302, "-")
			expect(t, release.ValidateUpdateJSON("rel", []byte(b)), c04_400302, "-")
		}
	})
}

// §3 YAML manifests: YAML 1.2 core schema, anchors/aliases refused,
// kind/apiVersion optional but must match.
func TestS3YAMLManifests(t *testing.T) {
	nsDoc := func(name string) string {
		return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n"
	}
	first := func(t *testing.T, rs []manifestResult, err error) manifestResult {
		t.Helper()
		require.NoError(t, err)
		require.Len(t, rs, 1)
		return rs[0]
	}
	cases := []struct {
		name, doc, want string
	}{
		{"valid", nsDoc("ns-1"), ""},
		{"name number", nsDoc("123"), c02_400101},
		{"name float", nsDoc("1.5"), c02_400101},
		{"name hex", nsDoc("0x1F"), c02_400101},
		{"name true", nsDoc("true"), c02_400101},
		{"name on is a string", nsDoc("on"), ""},
		{"name off is a string", nsDoc("off"), ""},
		{"name yes is a string", nsDoc("yes"), ""},
		{"name no is a string", nsDoc("no"), ""},
		{"name y is a string", nsDoc("y"), ""},
		{"name quoted number", nsDoc(`"123"`), ""},
		{"name null", nsDoc("null"), c02_400109},
		{"name tilde", nsDoc("~"), c02_400109},
		{"name empty", nsDoc(""), c02_400109},
		{"anchor", "metadata: &m\n  name: ns-1\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n", c02_400101},
		{"alias", "x: &a ns-1\nmetadata:\n  name: *a\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n", c02_400101},
		{"merge key", "base: &b\n  name: ns-1\nmetadata:\n  <<: *b\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n", c02_400101},
		{"no kind no apiVersion", "metadata:\n  name: ns-1\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n", ""},
		{"wrong kind", strings.Replace(nsDoc("ns-1"), "kind: Namespace", "kind: Pod", 1), c02_400101},
		{"wrong apiVersion", strings.Replace(nsDoc("ns-1"), "apiVersion: v1", "apiVersion: v2", 1), c02_400101},
		{"kind lower case", strings.Replace(nsDoc("ns-1"), "kind: Namespace", "kind: namespace", 1), c02_400101},
		{"syntax error", "metadata: [\n", c02_400101},
		{"a list", "- a\n- b\n", c02_400101},
		{"labels value number", nsDoc("ns-1") + "  labels:\n    sys_enterprise_project_id: 0\n", c02_400101},
		{"labels value quoted 0", nsDoc("ns-1") + "  labels:\n    sys_enterprise_project_id: \"0\"\n", ""},
		{"flavor on", "metadata:\n  name: ns-1\n  annotations:\n    namespace.kubernetes.io/flavor: on\n", c02_400110},
		{"json manifest", nsJSON, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := namespace.ValidateCreateManifest([]byte(tc.doc))
			r := first(t, rs, err)
			expect(t, r.Errors, tc.want, "-")
		})
	}
	t.Run("alias bomb per operation", func(t *testing.T) {
		bomb := "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
		rs, err := namespace.ValidateCreateManifest([]byte(bomb))
		expect(t, first(t, rs, err).Errors, c02_400101, "-")
		rs, err = network.ValidateCreateManifest("ns", []byte(bomb))
		expect(t, first(t, rs, err).Errors, c01_400101, "-")
		rs, err = volume.ValidateImportManifest("ns", []byte(bomb))
		expect(t, first(t, rs, err).Errors, c01_400106, "-")
		rs, err = release.ValidateCreateManifest([]byte(bomb))
		expect(t, first(t, rs, err).Errors, c04_400302, "-")
		rs, err = namespace.ValidateCreateV2Manifest([]byte(bomb))
		expect(t, first(t, rs, err).Errors, c02_400101, "-")
	})
	t.Run("multi document", func(t *testing.T) {
		rs, err := namespace.ValidateCreateManifest([]byte(nsDoc("ns-1") + "---\n" + nsDoc("BAD") + "---\n" + nsDoc("123")))
		require.NoError(t, err)
		require.Len(t, rs, 3)
		expect(t, rs[0].Errors, "", "-")
		expect(t, rs[1].Errors, c02_400109, "metadata.name")
		expect(t, rs[2].Errors, c02_400101, "-")
	})
	t.Run("release manifest version unquoted", func(t *testing.T) {
		doc := "chart_id: c\nname: my-release\nnamespace: default\nversion: 1.10.0\nvalues: {}\n"
		rs, err := release.ValidateCreateManifest([]byte(doc))
		expect(t, first(t, rs, err).Errors, "", "-")
		// version 1.10 is a float: a wrong type.
		rs, err = release.ValidateCreateManifest([]byte(strings.Replace(doc, "1.10.0", "1.10", 1)))
		expect(t, first(t, rs, err).Errors, c04_400302, "-")
		// name: on is the string "on", a valid release name.
		rs, err = release.ValidateCreateManifest([]byte(strings.Replace(doc, "my-release", "on", 1)))
		expect(t, first(t, rs, err).Errors, "", "-")
	})
	t.Run("volume manifest", func(t *testing.T) {
		doc := "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: pvc-1\n  annotations:\n    fsType: nfs\n    volumeID: " + uuid + "\nspec:\n  storageClassName: nfs-rw\n  resources:\n    requests:\n      storage: 10Gi\n"
		rs, err := volume.ValidateImportManifest("ns", []byte(doc))
		expect(t, first(t, rs, err).Errors, "", "-")
		rs, err = volume.ValidateImportManifest("ns", []byte(strings.Replace(doc, "name: pvc-1", "name: 123", 1)))
		expect(t, first(t, rs, err).Errors, c01_400106, "-")
		rs, err = volume.ValidateImportManifest("ns", []byte(strings.Replace(doc, "kind: PersistentVolumeClaim", "kind: Pod", 1)))
		expect(t, first(t, rs, err).Errors, c01_400106, "-")
	})
	t.Run("network manifest", func(t *testing.T) {
		doc := "apiVersion: networking.cci.io/v1beta1\nkind: Network\nmetadata:\n  name: net-1\n  annotations:\n    network.alpha.kubernetes.io/project-id: p\n    network.alpha.kubernetes.io/domain-id: d\n    network.alpha.kubernetes.io/default-security-group: sg\nspec:\n  attachedVPC: vpc\n  networkID: nid\n  subnetID: sid\n  networkType: underlay_neutron\n  cidr: 192.168.0.0/24\n"
		rs, err := network.ValidateCreateManifest("ns", []byte(doc))
		expect(t, first(t, rs, err).Errors, "", "-")
		rs, err = network.ValidateCreateManifest("ns", []byte(strings.Replace(doc, "kind: Network", "kind: Networks", 1)))
		expect(t, first(t, rs, err).Errors, c01_400101, "-")
		rs, err = network.ValidateCreateManifest("ns", []byte(strings.Replace(doc, "project-id: p", "project-id: 12345", 1)))
		expect(t, first(t, rs, err).Errors, c01_400101, "-")
	})
}

// §3 kind/apiVersion on the wire: optional, must match when present.
func TestS3KindAPIVersion(t *testing.T) {
	cases := []struct {
		name string
		got  validate.ErrorList
		want string
	}{
		{"ns no kind", namespace.ValidateCreateJSON([]byte(`{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`)), ""},
		{"ns kind Pod", namespace.ValidateCreateJSON([]byte(`{"kind":"Pod","metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`)), c02_400101},
		{"ns apiVersion cci/v2 on v1", namespace.ValidateCreateJSON([]byte(`{"apiVersion":"cci/v2","metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`)), c02_400101},
		{"ns kind number", namespace.ValidateCreateJSON([]byte(`{"kind":1,"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`)), c02_400101},
		{"vol kind Extended", volume.ValidateImportJSON("ns", []byte(strings.Replace(volJSON, `"kind":"PersistentVolumeClaim"`, `"kind":"ExtendedPersistentVolumeClaim"`, 1))), ""},
		{"vol no kind", volume.ValidateImportJSON("ns", []byte(strings.Replace(volJSON, `"kind":"PersistentVolumeClaim",`, ``, 1))), ""},
		{"vol kind Pod", volume.ValidateImportJSON("ns", []byte(strings.Replace(volJSON, `"kind":"PersistentVolumeClaim"`, `"kind":"Pod"`, 1))), c01_400106},
		{"vol apiVersion v2", volume.ValidateImportJSON("ns", []byte(strings.Replace(volJSON, `"apiVersion":"v1"`, `"apiVersion":"v2"`, 1))), c01_400106},
		{"net no kind", network.ValidateCreateJSON("ns", []byte(strings.Replace(netJSON, `"kind":"Network",`, ``, 1))), ""},
		{"net apiVersion v1", network.ValidateCreateJSON("ns", []byte(strings.Replace(netJSON, `"apiVersion":"networking.cci.io/v1beta1"`, `"apiVersion":"v1"`, 1))), c01_400101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { expect(t, tc.got, tc.want, "-") })
	}
}

// §3 rules, offered as validator tags (issue 4 table).
func TestS3ValidatorTags(t *testing.T) {
	v := validator.New()
	require.NoError(t, validatortags.Register(v))
	type req struct {
		Name    string `json:"name" validate:"cci_release_name"`
		ChartID string `json:"chart_id" validate:"cci_chart_id"`
		Version string `json:"version" validate:"cci_semver"`
		NS      string `json:"namespace" validate:"cci_dns_label"`
		Vol     string `json:"volumeID" validate:"cci_volume_id"`
		Flavor  string `json:"flavor" validate:"cci_flavor"`
		Class   string `json:"class" validate:"cci_storage_class"`
		EP      string `json:"ep" validate:"cci_enterprise_project_id"`
	}
	good := req{"my_release", uuid, "1.0.0", "ns", uuid, "gpu-accelerated", "efs-standard", "0"}
	assert.Empty(t, validatortags.Errors(v.Struct(&good)))
	bad := req{"1x", "a.b", "v1", "NS", "-a", "x", "SSD", "zz"}
	assert.Equal(t, []string{c04_400203, c04_400113, c04_400104, c02_400109, c01_400302, c02_400110, c01_400301, c01_400107},
		codeStrs(validatortags.Errors(v.Struct(&bad))))
	empty := req{}
	assert.Equal(t, []string{c04_400201, c04_400105, c04_400104, c02_400109, c01_400106, c02_400111, c01_400106, c02_400118},
		codeStrs(validatortags.Errors(v.Struct(&empty))))
	long := good
	long.Name, long.ChartID, long.Vol = rep("a", 25), rep("a", 65), rep("a", 65)
	assert.Equal(t, []string{c04_400202, c04_400112, c01_400303}, codeStrs(validatortags.Errors(v.Struct(&long))))
	l := validatortags.Errors(v.Struct(&bad))
	assert.Equal(t, "name", l[0].Field)
	assert.Equal(t, "chart_id", l[1].Field)
}

// §3 Bodies are decoded with encoding/json semantics: keys match fields
// case-insensitively, escapes are decoded, unknown fields ignored.
func TestS3EncodingJSONSemantics(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"case-insensitive keys", `{"METADATA":{"Name":"ns-1","Annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, ""},
		{"case-insensitive duplicate last wins", `{"metadata":{"name":"BAD"},"Metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, ""},
		{"case-insensitive duplicate last wins bad", `{"Metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"metadata":{"name":"BAD","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, c02_400109},
		{"escaped name", `{"metadata":{"name":"ns\u002d1","annotations":{"namespace.kubernetes.io/flavor":"general\u002dcomputing"}}}`, ""},
		{"escaped bad name", `{"metadata":{"name":"ns\u00e9","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, c02_400109},
		{"unknown fields any type", `{"status":5,"foo":[1,{"a":null}],"metadata":{"uid":7,"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, ""},
		{"metadata null", `{"metadata":null}`, c02_400109},
		{"spec wrong type", `{"spec":"x","metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, c02_400101},
		{"finalizers wrong type", `{"spec":{"finalizers":"kubernetes"},"metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, c02_400101},
		{"whitespace around", " \n\t" + nsJSON + "\n ", ""},
		{"BOM", "\xef\xbb\xbf" + nsJSON, c02_400101},
		{"trailing comma", `{"metadata":{"name":"ns-1",}}`, c02_400101},
		{"single quotes", `{'metadata':{}}`, c02_400101},
		{"comment", `{"metadata":{"name":"ns-1"}} // x`, c02_400101},
		{"NaN", `{"x":NaN}`, c02_400101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, namespace.ValidateCreateJSON([]byte(tc.body)), tc.want, "-")
		})
	}
	// Same for the other decoders.
	expect(t, release.ValidateCreateJSON([]byte(`{"CHART_ID":"c","Name":"r","NameSpace":"default","VERSION":"1.0.0","Values":{}}`)), "", "")
	expect(t, volume.ValidateImportJSON("ns", []byte(strings.ReplaceAll(volJSON, `"storageClassName"`, `"StorageClassName"`))), "", "")
}

// §3 YAML 1.2 core schema: YAML 1.1-only forms are strings; 1.2 numbers are
// numbers (a wrong type for a name).
func TestS3YAMLCoreSchema(t *testing.T) {
	doc := func(v string) []byte {
		return []byte("metadata:\n  name: " + v + "\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n")
	}
	cases := []struct{ v, want string }{
		// strings in YAML 1.2 (YAML 1.1 would have coerced them)
		{"2001-01-01", ""},
		{"0b101", ""},
		{"1-2", ""},
		{"1e", ""},
		{"0x", ""},
		{"0o8", ""},
		{"n", ""},
		{"y", ""},
		{"off", ""},
		{"1_000", c02_400109},
		{"1:20", c02_400109},
		{"Yes", c02_400109},
		{".", c02_400109},
		// numbers, booleans: wrong type
		{"12", c02_400101},
		{"08", c02_400101},
		{"+12", c02_400101},
		{"-1", c02_400101},
		{"0o17", c02_400101},
		{"0x1f", c02_400101},
		{"1.5", c02_400101},
		{".5", c02_400101},
		{"1.", c02_400101},
		{"1e3", c02_400101},
		{"1E3", c02_400101},
		{"True", c02_400101},
		{"FALSE", c02_400101},
		{".inf", c02_400101},
		{"-.Inf", c02_400101},
		{".nan", c02_400101},
		// nulls: missing
		{"null", c02_400109},
		{"Null", c02_400109},
		{"NULL", c02_400109},
		// explicit tags
		{"!!str 123", ""},
		{"!!str true", ""},
		{`!!int "12"`, c02_400101},
		{"!custom x", c02_400101},
		// quoted
		{`'123'`, ""},
		{`"on"`, ""},
		{"|-\n    block", ""}, {"|\n    block", c02_400109},
	}
	for _, tc := range cases {
		t.Run(tc.v, func(t *testing.T) {
			rs, err := namespace.ValidateCreateManifest(doc(tc.v))
			require.NoError(t, err)
			require.Len(t, rs, 1)
			expect(t, rs[0].Errors, tc.want, "-")
		})
	}
}

// §3 more SemVer grammar corners.
func TestS3SemVerMore(t *testing.T) {
	cases := []struct{ v, want string }{
		{"1.0.0-0", ""},
		{"0.0.0-0", ""},
		{"1.0.0-00", c04_400104},
		{"1.0.0-0-0", ""},
		{"1.0.0-01a", ""},
		{"1.0.0-alpha.1e5", ""},
		{"1.0.0+-", ""},
		{"1.0.0+0.0", ""},
		{"1.0.0-+", c04_400104},
		{"1.0.0+a+b", c04_400104},
		{"1.0.0-a.b+c.d", ""},
		{"1.0.0-a..b", c04_400104},
		{"1.0.0-.a", c04_400104},
		{"1.0.0-a.", c04_400104},
		{"1..0", c04_400104},
		{"1.0.0.", c04_400104},
		{"1.0.0-alpha_beta", c04_400104},
		{"1.0.0-αβ", c04_400104},
		{"1.0.0-" + rep("0", 1), ""},
		{"00.0.0", c04_400104},
		{"0.00.0", c04_400104},
		{"1.2.3-4.5.6", ""},
	}
	for _, tc := range cases {
		t.Run(tc.v, func(t *testing.T) {
			expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Version = tc.v })), tc.want, "-")
		})
	}
}

// Issue 3: manifest errors point into the file.
func TestS3ManifestPosition(t *testing.T) {
	doc := "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: BAD\n  annotations:\n    namespace.kubernetes.io/flavor: gpu\n"
	rs, err := namespace.ValidateCreateManifest([]byte("# c\n---\n" + doc))
	require.NoError(t, err)
	require.Len(t, rs, 1)
	expect(t, rs[0].Errors, c02_400109, "metadata.name")
	line, col := rs[0].Document.Position(rs[0].Errors[0].Field)
	require.Equal(t, []int{6, 9}, []int{line, col})
	require.Len(t, rs[0].Errors, 2)
	line, col = rs[0].Document.Position(rs[0].Errors[1].Field)
	require.Equal(t, []int{8, 37}, []int{line, col})
}

// §3 "nesting up to encoding/json's own limit of 10,000" also for manifests,
// which are converted to the JSON a client would send.
func TestS3ManifestDepth(t *testing.T) {
	head := "metadata:\n  name: ns-1\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\nx: "
	cases := []struct {
		name string
		doc  string
		want string
	}{
		{"yaml 10000 levels", head + rep("[", 9999) + rep("]", 9999) + "\n", ""},
		{"yaml 10001 levels", head + rep("[", 10000) + rep("]", 10000) + "\n", c02_400101},
		{"json 10000 levels", `{"metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"x":` + rep("[", 9999) + rep("]", 9999) + `}`, ""},
		{"json 10001 levels", `{"metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"x":` + rep("[", 10000) + rep("]", 10000) + `}`, c02_400101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := namespace.ValidateCreateManifest([]byte(tc.doc))
			require.NoError(t, err)
			require.Len(t, rs, 1)
			expect(t, rs[0].Errors, tc.want, "-")
		})
	}
}
