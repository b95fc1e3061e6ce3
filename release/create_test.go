package release

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/validate"
)

var createTests = []struct {
	name   string
	modify func(r *CreateRequest)
	want   []want
}{
	{"valid", func(r *CreateRequest) {}, nil},
	{"valid empty values", func(r *CreateRequest) { r.Values = json.RawMessage(`{}`) }, nil},
	{"valid values with spaces", func(r *CreateRequest) { r.Values = json.RawMessage(" \n{ }\t") }, nil},
	{"valid parameters", func(r *CreateRequest) { r.Parameters = Parameters{DryRun: true, ReleaseVersion: "1.5"} }, nil},

	// Step 1: the body.
	{"values missing", func(r *CreateRequest) { r.Values = nil }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values null", func(r *CreateRequest) { r.Values = json.RawMessage(`null`) }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values blank", func(r *CreateRequest) { r.Values = json.RawMessage(`  `) }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values array", func(r *CreateRequest) { r.Values = json.RawMessage(`[]`) }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values string", func(r *CreateRequest) { r.Values = json.RawMessage(`"a"`) }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values not JSON", func(r *CreateRequest) { r.Values = json.RawMessage(`{"a":`) }, []want{{validate.UnmarshalFailed, "values"}}},
	{"namespace missing", func(r *CreateRequest) { r.Namespace = "" }, []want{{validate.UnmarshalFailed, "namespace"}}},
	{"namespace upper case", func(r *CreateRequest) { r.Namespace = "Default" }, []want{{validate.UnmarshalFailed, "namespace"}}},
	{"namespace 63", func(r *CreateRequest) { r.Namespace = strings.Repeat("a", 63) }, nil},
	{"namespace 64", func(r *CreateRequest) { r.Namespace = strings.Repeat("a", 64) }, []want{{validate.UnmarshalFailed, "namespace"}}},
	// A typed release_version that is not JSON number text could not be sent as a number.
	{"release_version not a number", func(r *CreateRequest) { r.Parameters.ReleaseVersion = "three" }, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},

	// Step 2: the name.
	{"name empty", func(r *CreateRequest) { r.Name = "" }, []want{{validate.ReleaseNameEmpty, "name"}}},
	{"name 23", func(r *CreateRequest) { r.Name = strings.Repeat("a", 23) }, nil},
	{"name 24", func(r *CreateRequest) { r.Name = strings.Repeat("a", 24) }, nil},
	{"name 25", func(r *CreateRequest) { r.Name = strings.Repeat("a", 25) }, []want{{validate.ReleaseNameTooLong, "name"}}},
	{"name my_release", func(r *CreateRequest) { r.Name = "my_release" }, nil},
	{"name one letter", func(r *CreateRequest) { r.Name = "a" }, nil},
	{"name upper case", func(r *CreateRequest) { r.Name = "MyRelease2" }, nil},
	{"name digit first", func(r *CreateRequest) { r.Name = "1release" }, []want{{validate.ReleaseNameInvalid, "name"}}},
	{"name hyphen last", func(r *CreateRequest) { r.Name = "release-" }, []want{{validate.ReleaseNameInvalid, "name"}}},
	{"name underscore last", func(r *CreateRequest) { r.Name = "release_" }, []want{{validate.ReleaseNameInvalid, "name"}}},
	{"name non-ASCII", func(r *CreateRequest) { r.Name = "rélease" }, []want{{validate.ReleaseNameInvalid, "name"}}},
	{"name dot", func(r *CreateRequest) { r.Name = "my.release" }, []want{{validate.ReleaseNameInvalid, "name"}}},
	// Length comes before characters.
	{"name 25 with a bad character", func(r *CreateRequest) { r.Name = "1" + strings.Repeat("a", 24) }, []want{{validate.ReleaseNameTooLong, "name"}}},

	// Step 3: the chart ID.
	{"chart_id empty", func(r *CreateRequest) { r.ChartID = "" }, []want{{validate.ChartIDEmpty, "chart_id"}}},
	{"chart_id 64", func(r *CreateRequest) { r.ChartID = strings.Repeat("c", 64) }, nil},
	{"chart_id 65", func(r *CreateRequest) { r.ChartID = strings.Repeat("c", 65) }, []want{{validate.ChartIDTooLong, "chart_id"}}},
	{"chart_id bad", func(r *CreateRequest) { r.ChartID = "-abc" }, []want{{validate.ChartIDInvalid, "chart_id"}}},
	{"chart_id underscore", func(r *CreateRequest) { r.ChartID = "a_b" }, nil},

	// Step 4: the version.
	{"version empty", func(r *CreateRequest) { r.Version = "" }, []want{{validate.ChartVersionInvalid, "version"}}},
	{"version short", func(r *CreateRequest) { r.Version = "1.2" }, []want{{validate.ChartVersionInvalid, "version"}}},
	{"version v", func(r *CreateRequest) { r.Version = "v1.2.3" }, []want{{validate.ChartVersionInvalid, "version"}}},
	{"version pre-release", func(r *CreateRequest) { r.Version = "1.0.0-alpha+001" }, nil},
	{"version 64", func(r *CreateRequest) { r.Version = "1.0.0-" + strings.Repeat("a", 58) }, nil},
	{"version 65", func(r *CreateRequest) { r.Version = "1.0.0-" + strings.Repeat("a", 59) }, []want{{validate.ChartVersionInvalid, "version"}}},
	{"version huge number", func(r *CreateRequest) { r.Version = "99999999999999999999999.0.0" }, nil},

	// Check order when several rules break.
	{"everything wrong", func(r *CreateRequest) {
		*r = CreateRequest{Name: "1x", ChartID: "-", Version: "1", Namespace: "A"}
	}, []want{
		{validate.UnmarshalFailed, "values"},
		{validate.UnmarshalFailed, "namespace"},
		{validate.ReleaseNameInvalid, "name"},
		{validate.ChartIDInvalid, "chart_id"},
		{validate.ChartVersionInvalid, "version"},
	}},
	{"name and version", func(r *CreateRequest) { r.Name, r.Version = "", "x" }, []want{
		{validate.ReleaseNameEmpty, "name"}, {validate.ChartVersionInvalid, "version"},
	}},
	{"wrong type stops", func(r *CreateRequest) { r.Name, r.Parameters.ReleaseVersion = "", "x" }, []want{
		{validate.UnmarshalFailed, "parameters.release_version"},
	}},
}

func TestValidateCreate(t *testing.T) {
	for _, tc := range createTests {
		t.Run(tc.name, func(t *testing.T) {
			r := validCreate()
			tc.modify(&r)
			errs := ValidateCreate(&r)
			assertErrors(t, errs, tc.want...)
			if tc.want == nil {
				assert.Nil(t, errs)
			}
		})
	}
}

func TestValidateCreateNil(t *testing.T) {
	assertErrors(t, ValidateCreate(nil), want{validate.UnmarshalFailed, ""})
}

func TestValidateCreateContext(t *testing.T) {
	ctx := Context{
		Releases:           map[string]string{"taken": StatusDeployed},
		DeprecatedVersions: map[string][]string{chartID: {"0.9.0", "1.0.0"}},
	}
	tests := []struct {
		name    string
		modify  func(r *CreateRequest)
		context Context
		want    []want
	}{
		{"no context", func(r *CreateRequest) { r.Name = "taken" }, Context{}, nil},
		{"free name, current version", func(r *CreateRequest) { r.Version = "1.1.0" }, ctx, nil},
		{"name taken", func(r *CreateRequest) { r.Name, r.Version = "taken", "1.1.0" }, ctx, []want{{validate.ReleaseAlreadyExists, "name"}}},
		{"version deprecated", func(r *CreateRequest) {}, ctx, []want{{validate.ChartVersionDeprecated, "version"}}},
		{"other chart", func(r *CreateRequest) { r.ChartID = "other" }, ctx, nil},
		{"empty cluster", func(r *CreateRequest) { r.Name = "taken" }, Context{Releases: map[string]string{}}, nil},
		{"request rules first", func(r *CreateRequest) { r.Name, r.Namespace = "taken", "" }, ctx, []want{
			{validate.UnmarshalFailed, "namespace"},
			{validate.ReleaseAlreadyExists, "name"},
			{validate.ChartVersionDeprecated, "version"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validCreate()
			tc.modify(&r)
			assertErrors(t, ValidateCreate(&r, WithContext(tc.context)), tc.want...)
			assertErrors(t, ValidateCreateJSON(mustJSON(t, r), WithContext(tc.context)), tc.want...)
		})
	}
}

// TestEveryCreateCode checks that each create code fires from a minimal request.
func TestEveryCreateCode(t *testing.T) {
	ctx := WithContext(Context{
		Releases:           map[string]string{"taken": StatusDeployed},
		DeprecatedVersions: map[string][]string{"c": {"1.0.0"}},
	})
	base := `"chart_id":"c","namespace":"ns","version":"2.0.0","values":{}`
	tests := []struct {
		body string
		want want
	}{
		{`[]`, want{validate.UnmarshalFailed, ""}},
		{`{"name":"a",` + base[:len(base)-len(`,"values":{}`)] + `}`, want{validate.UnmarshalFailed, "values"}},
		{`{"name":"",` + base + `}`, want{validate.ReleaseNameEmpty, "name"}},
		{`{"name":"aaaaaaaaaaaaaaaaaaaaaaaaa",` + base + `}`, want{validate.ReleaseNameTooLong, "name"}},
		{`{"name":"1",` + base + `}`, want{validate.ReleaseNameInvalid, "name"}},
		{`{"name":"a","chart_id":"","namespace":"ns","version":"2.0.0","values":{}}`, want{validate.ChartIDEmpty, "chart_id"}},
		{`{"name":"a","chart_id":"` + strings.Repeat("c", 65) + `","namespace":"ns","version":"2.0.0","values":{}}`, want{validate.ChartIDTooLong, "chart_id"}},
		{`{"name":"a","chart_id":"c.d","namespace":"ns","version":"2.0.0","values":{}}`, want{validate.ChartIDInvalid, "chart_id"}},
		{`{"name":"a","chart_id":"c","namespace":"ns","version":"2","values":{}}`, want{validate.ChartVersionInvalid, "version"}},
		{`{"name":"taken",` + base + `}`, want{validate.ReleaseAlreadyExists, "name"}},
		{`{"name":"a","chart_id":"c","namespace":"ns","version":"1.0.0","values":{}}`, want{validate.ChartVersionDeprecated, "version"}},
	}
	for _, tc := range tests {
		t.Run(tc.want.code.String(), func(t *testing.T) {
			assertErrors(t, ValidateCreateJSON([]byte(tc.body), ctx), tc.want)
		})
	}
}

// TestEveryCreateRuleAtOnce breaks every create rule, context included, at once.
func TestEveryCreateRuleAtOnce(t *testing.T) {
	r := CreateRequest{Name: "1x", ChartID: "-", Version: "x", Namespace: "-", Values: json.RawMessage("[]")}
	errs := ValidateCreate(&r, WithContext(Context{
		Releases:           map[string]string{"1x": StatusFailed},
		DeprecatedVersions: map[string][]string{"-": {"x"}},
	}))
	assertErrors(t, errs,
		want{validate.UnmarshalFailed, "values"},
		want{validate.UnmarshalFailed, "namespace"},
		want{validate.ReleaseNameInvalid, "name"},
		want{validate.ChartIDInvalid, "chart_id"},
		want{validate.ChartVersionInvalid, "version"},
		want{validate.ReleaseAlreadyExists, "name"},
		want{validate.ChartVersionDeprecated, "version"},
	)
}
