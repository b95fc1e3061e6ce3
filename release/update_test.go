package release

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/validate"
)

var updateTests = []struct {
	name   string
	path   string
	base   func() UpdateRequest
	modify func(r *UpdateRequest)
	want   []want
}{
	{"upgrade", "my-release", validUpgrade, func(r *UpdateRequest) {}, nil},
	{"rollback", "my-release", validRollback, func(r *UpdateRequest) {}, nil},
	{"rollback with chart", "my-release", validRollback, func(r *UpdateRequest) { r.ChartID, r.Version = chartID, "1.0.0" }, nil},
	{"upgrade without version or values", "r", validUpgrade, func(r *UpdateRequest) { r.Version, r.Values = "", nil }, nil},
	{"values null", "r", validUpgrade, func(r *UpdateRequest) { r.Values = json.RawMessage("null") }, nil},

	// The path name.
	{"path name empty", "", validUpgrade, func(r *UpdateRequest) {}, []want{{validate.ReleaseNameEmpty, "name"}}},
	{"path name 24", strings.Repeat("r", 24), validUpgrade, func(r *UpdateRequest) {}, nil},
	{"path name 25", strings.Repeat("r", 25), validUpgrade, func(r *UpdateRequest) {}, []want{{validate.ReleaseNameTooLong, "name"}}},
	{"path name bad", "release-", validUpgrade, func(r *UpdateRequest) {}, []want{{validate.ReleaseNameInvalid, "name"}}},

	// The action.
	{"action missing", "r", validUpgrade, func(r *UpdateRequest) { r.Action = "" }, []want{{validate.ReleaseActionInvalid, "action"}}},
	{"action case", "r", validUpgrade, func(r *UpdateRequest) { r.Action = "Upgrade" }, []want{{validate.ReleaseActionInvalid, "action"}}},
	{"action install", "r", validUpgrade, func(r *UpdateRequest) { r.Action = "install" }, []want{{validate.ReleaseActionInvalid, "action"}}},

	// The chart ID: required for an upgrade only.
	{"upgrade chart_id empty", "r", validUpgrade, func(r *UpdateRequest) { r.ChartID = "" }, []want{{validate.ChartIDEmpty, "chart_id"}}},
	{"upgrade chart_id 65", "r", validUpgrade, func(r *UpdateRequest) { r.ChartID = strings.Repeat("c", 65) }, []want{{validate.ChartIDTooLong, "chart_id"}}},
	{"upgrade chart_id bad", "r", validUpgrade, func(r *UpdateRequest) { r.ChartID = "c_" }, []want{{validate.ChartIDInvalid, "chart_id"}}},
	{"rollback chart_id bad", "r", validRollback, func(r *UpdateRequest) { r.ChartID = "c/d" }, []want{{validate.ChartIDInvalid, "chart_id"}}},

	// The version, when given.
	{"version bad", "r", validUpgrade, func(r *UpdateRequest) { r.Version = "1.0" }, []want{{validate.ChartVersionInvalid, "version"}}},
	{"rollback version bad", "r", validRollback, func(r *UpdateRequest) { r.Version = "01.0.0" }, []want{{validate.ChartVersionInvalid, "version"}}},

	// The release version of a rollback.
	{"release_version 1", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "1" }, nil},
	{"release_version max", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "9223372036854775807" }, nil},
	{"release_version max+1", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "9223372036854775808" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	{"release_version missing", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	{"release_version 0", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "0" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	{"release_version -1", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "-1" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	{"release_version 1.5", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "1.5" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	{"release_version 1e3", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "1e3" }, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
	// Text that is not a JSON number could not be sent as a number: a wrong type.
	{"release_version not a number", "r", validRollback, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "3x" }, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},
	// An upgrade does not use release_version.
	{"upgrade release_version 0", "r", validUpgrade, func(r *UpdateRequest) { r.Parameters.ReleaseVersion = "0" }, nil},

	// The values, when given.
	{"values array", "r", validUpgrade, func(r *UpdateRequest) { r.Values = json.RawMessage("[]") }, []want{{validate.UnmarshalFailed, "values"}}},
	{"values not JSON", "r", validUpgrade, func(r *UpdateRequest) { r.Values = json.RawMessage("{") }, []want{{validate.UnmarshalFailed, "values"}}},

	// Check order.
	{"rollback, everything wrong", "1", validRollback, func(r *UpdateRequest) {
		r.ChartID, r.Version, r.Parameters.ReleaseVersion, r.Values = "-", "x", "0", json.RawMessage("1")
	}, []want{
		{validate.ReleaseNameInvalid, "name"},
		{validate.ChartIDInvalid, "chart_id"},
		{validate.ChartVersionInvalid, "version"},
		{validate.ReleaseVersionInvalid, "parameters.release_version"},
		{validate.UnmarshalFailed, "values"},
	}},
	{"bad action, chart_id optional", "r", validRollback, func(r *UpdateRequest) { r.Action = "x" }, []want{{validate.ReleaseActionInvalid, "action"}}},
	{"name before wrong type", "", validRollback, func(r *UpdateRequest) { r.Action, r.Parameters.ReleaseVersion = "x", "y" }, []want{
		{validate.ReleaseNameEmpty, "name"},
		{validate.UnmarshalFailed, "parameters.release_version"},
	}},
}

func TestValidateUpdate(t *testing.T) {
	for _, tc := range updateTests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.base()
			tc.modify(&r)
			errs := ValidateUpdate(tc.path, &r)
			assertErrors(t, errs, tc.want...)
			if tc.want == nil {
				assert.Nil(t, errs)
			}
		})
	}
}

func TestValidateUpdateNil(t *testing.T) {
	assertErrors(t, ValidateUpdate("r", nil), want{validate.UnmarshalFailed, ""})
}

func TestValidateUpdateJSON(t *testing.T) {
	tests := []struct {
		name, body string
		want       []want
	}{
		{"upgrade", `{"action":"upgrade","chart_id":"c","version":"1.0.0","values":{"a":1},"parameters":{"recreate":true}}`, nil},
		{"rollback 1", `{"action":"rollback","parameters":{"release_version":1}}`, nil},
		{"rollback 0", `{"action":"rollback","parameters":{"release_version":0}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback -1", `{"action":"rollback","parameters":{"release_version":-1}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback 1.5", `{"action":"rollback","parameters":{"release_version":1.5}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback 1.0", `{"action":"rollback","parameters":{"release_version":1.0}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback huge", `{"action":"rollback","parameters":{"release_version":99999999999999999999}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback missing", `{"action":"rollback"}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback no parameters", `{"action":"rollback","parameters":{}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback null", `{"action":"rollback","parameters":{"release_version":null}}`, []want{{validate.ReleaseVersionInvalid, "parameters.release_version"}}},
		{"rollback string", `{"action":"rollback","parameters":{"release_version":"3"}}`, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},
		{"rollback bool", `{"action":"rollback","parameters":{"release_version":true}}`, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},
		{"rollback object", `{"action":"rollback","parameters":{"release_version":{}}}`, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},
		{"rollback duplicate, last wins", `{"action":"rollback","parameters":{"release_version":"3","release_version":3}}`, nil},
		{"action number", `{"action":1}`, []want{{validate.UnmarshalFailed, "action"}}},
		{"action null", `{"action":null,"chart_id":"c"}`, []want{{validate.ReleaseActionInvalid, "action"}}},
		{"null", `null`, []want{{validate.UnmarshalFailed, ""}}},
		{"array", `[]`, []want{{validate.UnmarshalFailed, ""}}},
		{"values string", `{"action":"upgrade","chart_id":"c","values":"x"}`, []want{{validate.UnmarshalFailed, "values"}}},
		{"values null", `{"action":"upgrade","chart_id":"c","values":null}`, nil},
		{"upgrade without chart", `{"action":"upgrade","version":"1.0.0"}`, []want{{validate.ChartIDEmpty, "chart_id"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertErrors(t, ValidateUpdateJSON("my-release", []byte(tc.body)), tc.want...)
		})
	}
	// A bad path name and a bad body: both, the name first.
	assertErrors(t, ValidateUpdateJSON("", []byte(`[]`)),
		want{validate.ReleaseNameEmpty, "name"}, want{validate.UnmarshalFailed, ""})
}

func TestValidateUpdateContext(t *testing.T) {
	ctx := WithContext(Context{Releases: map[string]string{
		"deployed": StatusDeployed, "failed": StatusFailed, "pending": StatusPendingUpgrade, "unknown": "",
	}})
	tests := []struct {
		name string
		want []want
	}{
		{"deployed", nil},
		{"failed", nil},
		{"unknown", nil}, // an empty status is not known, so not checked
		{"pending", []want{{validate.ReleaseStatusForbidsUpdate, "name"}}},
		{"missing", []want{{validate.ReleaseNotFound, "name"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validRollback()
			assertErrors(t, ValidateUpdate(tc.name, &r, ctx), tc.want...)
			assertErrors(t, ValidateUpdateJSON(tc.name, mustJSON(t, r), ctx), tc.want...)
		})
	}
	r := validRollback()
	assert.Nil(t, ValidateUpdate("missing", &r, WithContext(Context{})))
	// Deprecated versions are a create rule only (cci-rules.md §8).
	up := validUpgrade()
	assert.Nil(t, ValidateUpdate("deployed", &up, ctx, WithContext(Context{
		Releases:           map[string]string{"deployed": StatusDeployed},
		DeprecatedVersions: map[string][]string{chartID: {up.Version}},
	})))
}

func TestValidateGetDelete(t *testing.T) {
	ctx := WithContext(Context{Releases: map[string]string{"there": StatusDeployed}})
	tests := []struct {
		name string
		opts []Option
		want []want
	}{
		{"my-release", nil, nil},
		{"my_release", nil, nil},
		{"", nil, []want{{validate.ReleaseNameEmpty, "name"}}},
		{strings.Repeat("a", 24), nil, nil},
		{strings.Repeat("a", 25), nil, []want{{validate.ReleaseNameTooLong, "name"}}},
		{"1release", nil, []want{{validate.ReleaseNameInvalid, "name"}}},
		{"there", []Option{ctx}, nil},
		{"gone", []Option{ctx}, []want{{validate.ReleaseNotFound, "name"}}},
		{"gone", []Option{WithContext(Context{Releases: map[string]string{}})}, []want{{validate.ReleaseNotFound, "name"}}},
		{"-gone", []Option{ctx}, []want{{validate.ReleaseNameInvalid, "name"}, {validate.ReleaseNotFound, "name"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertErrors(t, ValidateGet(tc.name, tc.opts...), tc.want...)
			assertErrors(t, ValidateDelete(tc.name, tc.opts...), tc.want...)
		})
	}
}
