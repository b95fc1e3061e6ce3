package release

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

func TestValidateCreateManifest(t *testing.T) {
	data := `# releases of the shop
chart_id: 0a1b2c3d-4e5f-6789-abcd-ef0123456789
name: my-release
namespace: default
version: 1.0.0
values:
  imageTag: v2
---
chart_id: c
name: 1release
namespace: default
version: "1.10"
values: {}
---
chart_id: c
name: 123
namespace: default
version: 1.0.0
values: {}
---
chart_id: c
name: a
namespace: default
version: 1.0.0
values: &v {}
---
{"chart_id":"c","name":"a","namespace":"default","version":"1.0.0"}
`
	results, err := ValidateCreateManifest([]byte(data))
	require.NoError(t, err)
	require.Len(t, results, 5)
	assert.Nil(t, results[0].Errors)
	assertErrors(t, results[1].Errors, want{validate.ReleaseNameInvalid, "name"}, want{validate.ChartVersionInvalid, "version"})
	line, _ := results[1].Document.Position("name")
	assert.Equal(t, 10, line)
	// YAML 1.2 core schema: 123 is a number, a wrong type.
	assertErrors(t, results[2].Errors, want{validate.UnmarshalFailed, "name"})
	// An anchor is an invalid body.
	assertErrors(t, results[3].Errors, want{validate.UnmarshalFailed, ""})
	assertErrors(t, results[4].Errors, want{validate.UnmarshalFailed, "values"})
}

func TestValidateUpdateManifest(t *testing.T) {
	data := `name: my-release
action: rollback
parameters:
  release_version: 2
---
name: my-release
action: rollback
parameters:
  release_version: "2"
---
action: upgrade
chart_id: c
---
name: 7
action: upgrade
chart_id: c
---
name: gone
action: rollback
parameters: {release_version: 1.5}
`
	ctx := WithContext(Context{Releases: map[string]string{"my-release": StatusDeployed}})
	results, err := ValidateUpdateManifest([]byte(data), ctx)
	require.NoError(t, err)
	require.Len(t, results, 5)
	assert.Nil(t, results[0].Errors)
	assertErrors(t, results[1].Errors, want{validate.UnmarshalFailed, "parameters.release_version"})
	assertErrors(t, results[2].Errors, want{validate.ReleaseNameEmpty, "name"}, want{validate.ReleaseNotFound, "name"})
	assertErrors(t, results[3].Errors, want{validate.UnmarshalFailed, "name"})
	assertErrors(t, results[4].Errors, want{validate.ReleaseVersionInvalid, "parameters.release_version"}, want{validate.ReleaseNotFound, "name"})
}

func TestManifestDocumentLimit(t *testing.T) {
	doc := "chart_id: c\nname: a\nnamespace: n\nversion: 1.0.0\nvalues: {k: " + strings.Repeat("x", 2000) + "}\n"
	results, err := ValidateCreateManifest([]byte(doc), WithBodyLimit(1000))
	require.NoError(t, err)
	require.Len(t, results, 1)
	assertErrors(t, results[0].Errors, want{validate.UnmarshalFailed, ""})
	results, err = ValidateCreateManifest([]byte(doc))
	require.NoError(t, err)
	assert.Nil(t, results[0].Errors)
}
