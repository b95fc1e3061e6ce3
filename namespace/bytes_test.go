package namespace

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

const validBody = `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"namespace-test",` +
	`"labels":{"sys_enterprise_project_id":"0"},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`

func TestValidateCreateJSONBodies(t *testing.T) {
	body := []codeField{{validate.NamespaceBodyInvalid, ""}}
	tests := []struct {
		name string
		body string
		want []codeField
	}{
		{"valid", validBody, []codeField{}},
		{"null", `null`, body},
		{"empty", ``, body},
		{"array", `[` + validBody + `]`, body},
		{"string", `"x"`, body},
		{"number", `1`, body},
		{"malformed", `{"metadata":`, body},
		{"trailing garbage", validBody + `x`, body},
		{"number for name", `{"metadata":{"name":123,"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, body},
		{"number for kind", `{"kind":1,"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, body},
		{"number for a label", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":0},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, body},
		{"string for metadata", `{"metadata":"a"}`, body},
		{"array for annotations", `{"metadata":{"name":"a","annotations":[]}}`, body},
		{"object for finalizers", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"spec":{"finalizers":{}}}`, body},
		{"null name is a missing name", `{"metadata":{"name":null,"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
		{"null metadata", `{"metadata":null}`, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}, {validate.NamespaceFlavorMissing, fieldFlavor}}},
		{"unknown fields are ignored", `{"metadata":{"name":"a","uid":1,"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"status":{"phase":"Active"}}`, []codeField{}},
		{"duplicate keys: last wins (valid)", `{"metadata":{"name":"BAD","name":"good","annotations":{"namespace.kubernetes.io/flavor":"x","namespace.kubernetes.io/flavor":"general-computing"}}}`, []codeField{}},
		{"duplicate keys: last wins (invalid)", `{"metadata":{"name":"good","name":"BAD","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
		{"invalid UTF-8 in a string is accepted", "{\"metadata\":{\"name\":\"a\",\"labels\":{\"x\":\"\xff\xfe\"},\"annotations\":{\"namespace.kubernetes.io/flavor\":\"general-computing\"}}}", []codeField{}},
		{"invalid UTF-8 in the name", "{\"metadata\":{\"name\":\"a\xff\",\"annotations\":{\"namespace.kubernetes.io/flavor\":\"general-computing\"}}}", []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
		{"label present but null is empty", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":null},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, []codeField{{validate.EnterpriseProjectIDEmpty, fieldProject}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ValidateCreateJSON([]byte(tc.body))
			assert.Equal(t, tc.want, codesFields(got))
		})
	}
}

func TestValidateCreateJSONHostile(t *testing.T) {
	t.Run("100 MB body is refused before decoding", func(t *testing.T) {
		// Not even valid JSON past the first bytes: a decoder would fail late; the size check fails first.
		huge := bytes.Repeat([]byte("{"), 100<<20)
		start := time.Now()
		got := ValidateCreateJSON(huge)
		require.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(got))
		assert.Contains(t, got[0].Detail, "larger than the limit")
		assert.Less(t, time.Since(start), time.Second)
	})
	t.Run("body limit option", func(t *testing.T) {
		assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(ValidateCreateJSON([]byte(validBody), WithBodyLimit(50))))
		assert.Empty(t, ValidateCreateJSON([]byte(validBody), WithBodyLimit(int64(len(validBody)))))
	})
	t.Run("100,000-deep nesting", func(t *testing.T) {
		deep := `{"metadata":{"labels":` + strings.Repeat(`{"a":`, 100000) + `1` + strings.Repeat(`}`, 100000) + `}}`
		start := time.Now()
		got := ValidateCreateJSON([]byte(deep), WithBodyLimit(int64(len(deep))))
		assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(got))
		assert.Less(t, time.Since(start), 2*time.Second)
		got = ValidateCreateJSON([]byte(strings.Repeat("[", 100000)))
		assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(got))
	})
}

// manifestFile holds a valid namespace, a wrong type, a bad flavor and an anchor.
const manifestFile = "# namespaces of team a\n" + // 1
	"apiVersion: v1\n" + // 2
	"kind: Namespace\n" + // 3
	"metadata:\n" + // 4
	"  name: team-a\n" + // 5
	"  labels:\n" + // 6
	"    sys_enterprise_project_id: \"0\"\n" + // 7
	"  annotations:\n" + // 8
	"    namespace.kubernetes.io/flavor: general-computing\n" + // 9
	"---\n" + // 10
	"kind: Namespace\n" + // 11
	"metadata:\n" + // 12
	"  name: 123\n" + // 13
	"---\n" + // 14
	"kind: Namespace\n" + // 15
	"metadata:\n" + // 16
	"  name: team-c\n" + // 17
	"  annotations:\n" + // 18
	"    namespace.kubernetes.io/flavor: gpu\n" + // 19
	"---\n" + // 20
	"metadata: &m {name: x}\n" // 21

func TestValidateCreateManifest(t *testing.T) {
	file := manifestFile
	results, err := ValidateCreateManifest([]byte(file))
	require.NoError(t, err)
	require.Len(t, results, 4)
	assert.Empty(t, results[0].Errors)
	assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(results[1].Errors), "name: 123 is a number")
	assert.Equal(t, []codeField{{validate.NamespaceFlavorInvalid, fieldFlavor}}, codesFields(results[2].Errors))
	line, col := results[2].Document.Position(results[2].Errors[0].Field)
	assert.Equal(t, [2]int{19, 37}, [2]int{line, col})
	assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(results[3].Errors), "anchors")

	t.Run("permission comes first, also for a broken document", func(t *testing.T) {
		results, err := ValidateCreateManifest([]byte("a: &x 1\n"), WithContext(Context{Actions: []string{}}))
		require.NoError(t, err)
		require.Len(t, results, 1)
		assert.Equal(t, []codeField{{validate.NamespaceCreateForbidden, ""}, {validate.NamespaceBodyInvalid, ""}}, codesFields(results[0].Errors))
	})
	t.Run("JSON manifest with duplicate keys", func(t *testing.T) {
		results, err := ValidateCreateManifest([]byte(`{"metadata":{"name":"X","name":"ok","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`))
		require.NoError(t, err)
		require.Len(t, results, 1)
		assert.Empty(t, results[0].Errors)
	})
	t.Run("v2", func(t *testing.T) {
		results, err := ValidateCreateV2Manifest([]byte("apiVersion: cci/v2\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nmetadata:\n  name: b\n"))
		require.NoError(t, err)
		require.Len(t, results, 2)
		assert.Empty(t, results[0].Errors)
		assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, "apiVersion"}}, codesFields(results[1].Errors))
	})
	t.Run("document over the body limit", func(t *testing.T) {
		results, err := ValidateCreateManifest([]byte("metadata:\n  name: "+strings.Repeat("a", 200)+"\n"), WithBodyLimit(100))
		require.NoError(t, err)
		require.Len(t, results, 1)
		assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(results[0].Errors))
	})
	t.Run("empty file", func(t *testing.T) {
		results, err := ValidateCreateManifest([]byte("# nothing\n"))
		require.NoError(t, err)
		assert.Empty(t, results)
	})
}

func TestValidateCreateManifestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("metadata:\n  name: a\n  annotations: {namespace.kubernetes.io/flavor: general-computing}\n")
	b.WriteString("spec:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		prev := "*l" + string(rune('0'+i-1))
		b.WriteString("  l" + string(rune('0'+i)) + ": &l" + string(rune('0'+i)) + " [" + strings.Repeat(prev+", ", 8) + prev + "]\n")
	}
	start := time.Now()
	results, err := ValidateCreateManifest([]byte(b.String()))
	require.NoError(t, err)
	require.Len(t, results, 1)
	assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(results[0].Errors))
	assert.Less(t, time.Since(start), time.Second)
}
