package acceptance_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/rules"
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
