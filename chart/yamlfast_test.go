package chart

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// slowYAML is the yaml/v3 check of archive.yaml: whether data parses, and
// the aliases and depth shape counts in it.
func slowYAML(data []byte) (ok bool, sh shape) {
	doc := new(yaml.Node)
	if err := yaml.Unmarshal(data, doc); err != nil {
		return false, sh
	}
	sh.walk(doc, 0)
	return true, sh
}

// agree checks that when the fast path is sure about data, yaml/v3 parses
// it, finds no aliases, and counts the same depth; and that fastYAML's
// depth limit is exact. It returns whether the fast path was sure.
func agree(t testing.TB, data []byte) bool {
	t.Helper()
	depth, ok := fastScan(data, fastStack)
	if !ok {
		return false
	}
	good, sh := slowYAML(data)
	if !good || sh.aliases != 0 || sh.depth != depth {
		t.Fatalf("fastYAML accepts %q at depth %d; yaml/v3: ok %v, depth %d, aliases %d", data, depth, good, sh.depth, sh.aliases)
	}
	if !fastYAML(data, depth) || depth > 0 && fastYAML(data, depth-1) {
		t.Fatalf("fastYAML's limit is not exact at depth %d for %q", depth, data)
	}
	return true
}

var (
	benchValuesOnce sync.Once
	benchValuesData []byte
)

// benchValues returns the values.yaml of the pinned benchmark chart.
func benchValues(t testing.TB) []byte {
	benchValuesOnce.Do(func() {
		_, archive, err := chartgen.Bench("200KB")
		require.NoError(t, err)
		zr, err := gzip.NewReader(bytes.NewReader(archive))
		require.NoError(t, err)
		tr := tar.NewReader(zr)
		for {
			h, err := tr.Next()
			require.NoError(t, err)
			if h.Name == chartgen.BenchName+"/values.yaml" {
				benchValuesData, err = io.ReadAll(tr)
				require.NoError(t, err)
				return
			}
		}
	})
	require.NotEmpty(t, benchValuesData)
	return benchValuesData
}

// helmValues is a values.yaml as `helm create` writes it, trimmed.
const helmValues = `# Default values for mychart.
# This is a YAML-formatted file.

replicaCount: 1

image:
  repository: nginx
  pullPolicy: IfNotPresent
  # Overrides the image tag whose default is the chart appVersion.
  tag: ""

imagePullSecrets: []
nameOverride: ""

serviceAccount:
  annotations: {}

securityContext: {}
  # capabilities:
  #   drop:

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: false
  className: ""
  hosts:
    - host: chart-example.local
      paths:
        - path: /
          pathType: ImplementationSpecific
  tls: []

resources: {}
  # limits:

nodeSelector: {}

tolerations: []
`

// cceValues is a values.yaml in the style of CCI's own charts.
const cceValues = `---
# 镜像配置
global:
  imageRegistry: swr.cn-north-4.myhuaweicloud.com
  namespace: 'default'
app:
  env:
  - name: TZ
    value: Asia/Shanghai
  - name: JAVA_OPTS
    value: "-Xms512m -Xmx1g"   # heap
  ports:
  - 8080
  - -1
  labels:
    app.kubernetes.io/name: web
    app.kubernetes.io/part-of: shop
  description: 前端服务 (web)
  command: "echo \"hi\"\tthere"
  quote: 'it''s'
  url: http://example.com:8080/a#b
`

// fastCases are documents with the depth fastYAML finds, or -1 when it
// leaves them to yaml/v3.
var fastCases = []struct {
	name  string
	doc   string
	depth int
}{
	{"empty", "", 0},
	{"blank lines", "\n  \n\n", 0},
	{"comments only", "# a\n  # b\n", 0},
	{"document start only", "---\n", 0},
	{"document start with comment", "# c\n--- # d\na: 1\n", 1},
	{"one entry", "a: 1", 1},
	{"null value", "a:\nb:\n", 1},
	{"nested", "a:\n  b:\n    c: 1\n  d: 2\n", 3},
	{"sequence at key column", "a:\n- b\n- c\nd: e\n", 2},
	{"sequence of mappings", "a:\n  - x: 1\n    y: 2\n  - z\nb: c # x\n", 3},
	{"compact sequences twice", "a:\n- b:\n  - c\n  d: e\nf: g\n", 4},
	{"root sequence", "- a\n- b: c\n  d: e\n", 2},
	{"wide item", "-   a: 1\n    b: 2\n", 2},
	{"indented root", "  a: 1\n  b: 2\n", 1},
	{"quotes", "a: 'x'\nb: \"y\"\nc: 'it''s'\nd: \"\\\"\\n\\\\\"\n", 1},
	{"empty flow", "a: {}\nb: []\nc:\n- {}\n- k: []\n", 4},
	{"duplicate keys", "a: 1\na: 2\n", 1},
	{"trailing spaces", "a: 1   \nb:   \n  c: x  # y\n", 2},
	{"comment between key and value", "a:\n# c\n  b: 1\n", 2},
	{"comment deeper after scalar", "a: 1\n      # c\nb: 2\n", 1},
	{"utf-8", "a: 中文\nb: 'é'\n# 注释\n", 1},
	{"colon in scalar", "a: b:c\nu: http://x:1/y\n", 1},
	{"hash in scalar", "a: b#c\n", 1},
	{"negative number", "a: -1\nb:\n- -2.5\n", 2},
	{"helm create", helmValues, 6},
	{"cci style", cceValues, 4},

	{"anchor", "a: &x 1\nb: *x\n", -1},
	{"alias", "a: *x\n", -1},
	{"tag", "a: !!str 1\n", -1},
	{"flow mapping", "a: {b: 1}\n", -1},
	{"flow sequence", "a: [1, 2]\n", -1},
	{"spaced empty flow", "a: { }\n", -1},
	{"literal block", "a: |\n  x\n", -1},
	{"folded block", "a: >\n  x\n", -1},
	{"multi-line plain", "a: b\n  c\n", -1},
	{"multi-line quoted", "a: 'b\n  c'\n", -1},
	{"tab", "a:\t1\n", -1},
	{"tab indent", "a:\n\tb: 1\n", -1},
	{"crlf", "a: 1\r\n", -1},
	{"bom", "\ufeffa: 1\n", -1},
	{"nel", "a: x\u0085y\n", -1},
	{"line separator", "a: x\u2028y\n", -1},
	{"invalid utf-8", "a: \xff\n", -1},
	{"control", "a: \x01\n", -1},
	{"second document", "a: 1\n---\nb: 2\n", -1},
	{"document end", "a: 1\n...\n", -1},
	{"directive", "%YAML 1.2\n---\na: 1\n", -1},
	{"quoted key", "'a': 1\n", -1},
	{"spaced key", "a b: 1\n", -1},
	{"question key", "? a\n: 1\n", -1},
	{"merge key", "<<: {}\n", -1},
	{"long key", strings.Repeat("k", 129) + ": 1\n", -1},
	{"empty item", "-\n  a: 1\n", -1},
	{"nested item", "- - a\n", -1},
	{"scalar document", "hello\n", -1},
	{"mapping in value", "a: b: c\n", -1},
	{"colon at end", "a: b:\n", -1},
	{"bad dedent", "a:\n    b: 1\n  c: 2\n", -1},
	{"item after scalar", "a: 1\n- b\n", -1},
	{"key after sequence", "a:\n  - b\n  c: d\n", -1},
	{"unknown escape", `a: "\/"` + "\n", -1},
	{"hex escapes", `a: "\x41\u00e9\U0001F600\t"` + "\n", 1},
	{"surrogate escape", `a: "\ud800"` + "\n", -1},
	{"escape beyond unicode", `a: "\U00110000"` + "\n", -1},
	{"short escape", `a: "\x4"` + "\n", -1},
	{"text after quote", "a: 'b' c\n", -1},
	{"comment glued to quote", "a: 'b'#c\n", -1},
	{"indicator start", "a: @b\n", -1},
	{"dash alone", "a: -\n", -1},
	{"too deep for the stack", deepMap(fastStack), -1},
}

// deepMap returns n+1 block mappings, nested.
func deepMap(n int) string { return deepMapOf(n, "v") }

// deepMapOf returns n+1 block mappings, nested, the last entry's value leaf.
func deepMapOf(n int, leaf string) string {
	var s strings.Builder
	for i := range n {
		s.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	s.WriteString(strings.Repeat(" ", n) + "k: " + leaf + "\n")
	return s.String()
}

func TestFastYAMLCases(t *testing.T) {
	for _, tc := range fastCases {
		t.Run(tc.name, func(t *testing.T) {
			depth, ok := fastScan([]byte(tc.doc), fastStack)
			if tc.depth < 0 {
				assert.False(t, ok, "depth %d", depth)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.depth, depth)
			assert.True(t, agree(t, []byte(tc.doc)))
		})
	}
}

func TestFastYAMLDepthLimit(t *testing.T) {
	for _, n := range []int{DefaultMaxDepth - 1, DefaultMaxDepth, DefaultMaxDepth + 1} {
		doc := []byte(deepMap(n - 1)) // n mappings
		assert.Equal(t, n <= DefaultMaxDepth, fastYAML(doc, DefaultMaxDepth), "depth %d", n)
		assert.True(t, agree(t, doc))
	}
	// An empty {} counts as a level, as yaml/v3 counts it.
	assert.True(t, fastYAML([]byte(deepMapOf(DefaultMaxDepth-2, "{}")), DefaultMaxDepth))
	assert.False(t, fastYAML([]byte(deepMapOf(DefaultMaxDepth-1, "{}")), DefaultMaxDepth))
	assert.True(t, agree(t, []byte(deepMapOf(DefaultMaxDepth-1, "[]"))))
}

func TestFastYAMLBench(t *testing.T) {
	v := benchValues(t)
	require.True(t, agree(t, v), "the benchmark values.yaml takes the fast path")
	allocs := testing.AllocsPerRun(20, func() {
		if !fastYAML(v, DefaultMaxDepth) {
			t.Fatal("not sure")
		}
	})
	assert.Zero(t, allocs)
}

// TestFastYAMLPackage checks the verdicts of ValidatePackage on values files
// the fast path is sure about, or passes on, at and around the limits.
func TestFastYAMLPackage(t *testing.T) {
	deepSeq := func(n int) string { // n sequences of mappings: 2n levels
		var s strings.Builder
		for i := range n {
			s.WriteString(strings.Repeat(" ", 2*i) + "- k:\n")
		}
		return s.String()
	}
	for _, tc := range []struct {
		name, values string
		want         validate.Code
	}{
		{"helm create", helmValues, 0},
		{"depth 64", deepMap(DefaultMaxDepth - 1), 0},
		{"depth 65", deepMap(DefaultMaxDepth), validate.ChartPackageInvalid},
		{"depth 64 in sequences", deepSeq(DefaultMaxDepth / 2), 0},
		{"depth 66 in sequences", deepSeq(DefaultMaxDepth/2 + 1), validate.ChartPackageInvalid},
		{"not YAML", "a: b: c\n", validate.ChartPackageInvalid},
		{"bad dedent", "a:\n    b: 1\n  c: 2\n", validate.ChartPackageInvalid},
		{"100 aliases", "a: &x 1\n" + aliases(100), 0},
		{"101 aliases", "a: &x 1\n" + aliases(101), validate.ChartPackageInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, file := range []string{"values.yaml", "requirements.yaml"} {
				b := chartgen.New().
					File("mychart/Chart.yaml", "apiVersion: v2\nname: mychart\nversion: 0.1.0\n").
					File("mychart/"+file, tc.values)
				err := ValidatePackage(okName, bytes.NewReader(b.Archive()))
				if tc.want == 0 {
					assert.NoError(t, err, file)
				} else {
					assert.Equal(t, tc.want.String(), validate.CodeOf(err), "%s: %v", file, err)
				}
			}
		})
	}
}

// aliases returns a mapping entry holding a sequence of n aliases of x.
func aliases(n int) string {
	return "b:\n" + strings.Repeat("- *x\n", n)
}

func FuzzFastYAML(f *testing.F) {
	// A prefix of the benchmark values.yaml: whole, it makes minimizing slow.
	f.Add(benchValues(f)[:2000])
	for _, tc := range fastCases {
		f.Add([]byte(tc.doc))
	}
	for _, s := range []string{
		"a:\n  b: 'x'\n  c: \"y\\t\"\n- d\n", "a:\n - b\n -  c: d\n    e: f\n", "a: {}\n  b: 1\n",
		"a:\n  - b\n  -\n", "k: v\n  # c\n  d\n", "a: '\xe2\x80\xa8'\n", "--- \na: 1\n", "---a: 1\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		agree(t, data)
	})
}
