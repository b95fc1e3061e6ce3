package acceptance_test

import (
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/validatortags"
	"github.com/ccicheck/ccicheck/volume"
)

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
