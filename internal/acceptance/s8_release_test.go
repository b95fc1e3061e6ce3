package acceptance_test

import (
	"encoding/json"
	"github.com/ccicheck/ccicheck/validate"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/release"
)

func relBody(kv map[string]string) string {
	// Start from the valid body and override raw JSON values; "" deletes.
	fields := []string{"chart_id", "name", "namespace", "version", "values", "description", "parameters"}
	vals := map[string]string{
		"chart_id": `"` + uuid + `"`, "name": `"my-release"`, "namespace": `"default"`,
		"version": `"1.0.0"`, "values": `{}`, "description": `"d"`, "parameters": `{}`,
	}
	for k, v := range kv {
		vals[k] = v
	}
	var parts []string
	for _, f := range fields {
		if v := vals[f]; v != "" {
			parts = append(parts, `"`+f+`":`+v)
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// §8 Create, every step.
func TestS8CreateSteps(t *testing.T) {
	cases := []struct {
		name  string
		kv    map[string]string
		want  string
		field string
	}{
		{"valid", nil, "", ""},
		{"valid values content", map[string]string{"values": `{"image":{"tag":"1.25"},"replicas":3}`}, "", ""},
		{"valid parameters", map[string]string{"parameters": `{"dry_run":true,"name_template":"x","no_hooks":false,"replace":true}`}, "", ""},
		{"valid no description", map[string]string{"description": ""}, "", ""},
		// step 1
		{"1 values missing", map[string]string{"values": ""}, c04_400302, "values"},
		{"1 values null", map[string]string{"values": "null"}, c04_400302, "values"},
		{"1 values array", map[string]string{"values": "[]"}, c04_400302, "values"},
		{"1 values string", map[string]string{"values": `"{}"`}, c04_400302, "values"},
		{"1 namespace missing", map[string]string{"namespace": ""}, c04_400302, "namespace"},
		{"1 namespace empty", map[string]string{"namespace": `""`}, c04_400302, "namespace"},
		{"1 namespace null", map[string]string{"namespace": `null`}, c04_400302, "namespace"},
		{"1 namespace not DNS", map[string]string{"namespace": `"Default"`}, c04_400302, "namespace"},
		{"1 namespace 64", map[string]string{"namespace": `"` + rep("a", 64) + `"`}, c04_400302, "namespace"},
		{"1 namespace 63", map[string]string{"namespace": `"` + rep("a", 63) + `"`}, "", ""},
		{"1 name number", map[string]string{"name": `5`}, c04_400302, "-"},
		{"1 chart_id number", map[string]string{"chart_id": `5`}, c04_400302, "-"},
		{"1 version number", map[string]string{"version": `1.0`}, c04_400302, "-"},
		{"1 parameters array", map[string]string{"parameters": `[]`}, c04_400302, "-"},
		{"1 description number", map[string]string{"description": `1`}, c04_400302, "-"},
		{"1 dry_run string", map[string]string{"parameters": `{"dry_run":"true"}`}, c04_400302, "-"},
		// step 2
		{"2 name empty", map[string]string{"name": `""`}, c04_400201, "name"},
		{"2 name missing", map[string]string{"name": ""}, c04_400201, "name"},
		{"2 name null", map[string]string{"name": "null"}, c04_400201, "name"},
		{"2 name 24", map[string]string{"name": `"` + rep("a", 24) + `"`}, "", ""},
		{"2 name 25", map[string]string{"name": `"` + rep("a", 25) + `"`}, c04_400202, "name"},
		{"2 name 25 bad chars", map[string]string{"name": `"1` + rep(".", 24) + `"`}, c04_400202, "name"},
		{"2 name 1release", map[string]string{"name": `"1release"`}, c04_400203, "name"},
		{"2 name release-", map[string]string{"name": `"release-"`}, c04_400203, "name"},
		{"2 name release_", map[string]string{"name": `"release_"`}, c04_400203, "name"},
		{"2 name _release", map[string]string{"name": `"_release"`}, c04_400203, "name"},
		{"2 name rélease", map[string]string{"name": `"rélease"`}, c04_400203, "name"},
		{"2 name dot", map[string]string{"name": `"my.release"`}, c04_400203, "name"},
		{"2 name space", map[string]string{"name": `"my release"`}, c04_400203, "name"},
		{"2 name my_release", map[string]string{"name": `"my_release"`}, "", ""},
		{"2 name my-release", map[string]string{"name": `"my-release"`}, "", ""},
		{"2 name upper", map[string]string{"name": `"MyRelease1"`}, "", ""},
		{"2 name single letter", map[string]string{"name": `"a"`}, "", ""},
		{"2 name single digit", map[string]string{"name": `"1"`}, c04_400203, "name"},
		{"2 name ends digit", map[string]string{"name": `"r2"`}, "", ""},
		// step 3
		{"3 chart_id empty", map[string]string{"chart_id": `""`}, c04_400105, "chart_id"},
		{"3 chart_id missing", map[string]string{"chart_id": ""}, c04_400105, "chart_id"},
		{"3 chart_id 65", map[string]string{"chart_id": `"` + rep("a", 65) + `"`}, c04_400112, "chart_id"},
		{"3 chart_id invalid", map[string]string{"chart_id": `"a.b"`}, c04_400113, "chart_id"},
		// step 4
		{"4 version 1.2", map[string]string{"version": `"1.2"`}, c04_400104, "version"},
		{"4 version empty", map[string]string{"version": `""`}, c04_400104, "version"},
		{"4 version missing", map[string]string{"version": ""}, c04_400104, "version"},
		{"4 version v", map[string]string{"version": `"v1.0.0"`}, c04_400104, "version"},
		{"4 version 65", map[string]string{"version": `"1.0.0-` + rep("a", 59) + `"`}, c04_400104, "version"},
		{"4 version huge", map[string]string{"version": `"99999999999999999999999.0.0"`}, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, release.ValidateCreateJSON([]byte(relBody(tc.kv))), tc.want, tc.field)
		})
	}
	expect(t, release.ValidateCreate(nil), c04_400302, "-")
	expect(t, release.ValidateCreate(relValid()), "", "")
	expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Values = nil })), c04_400302, "values")
	expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Values = json.RawMessage(`null`) })), c04_400302, "values")
}

// §8 Create: check order.
func TestS8CreateOrder(t *testing.T) {
	cases := []struct {
		name string
		kv   map[string]string
		want string
	}{
		{"values before name", map[string]string{"values": "", "name": `""`}, c04_400302},
		{"namespace before name", map[string]string{"namespace": `"BAD"`, "name": `"1x"`}, c04_400302},
		{"name before chart_id", map[string]string{"name": `"1x"`, "chart_id": `""`}, c04_400203},
		{"name before version", map[string]string{"name": `""`, "version": `"1.2"`}, c04_400201},
		{"chart_id before version", map[string]string{"chart_id": `"-x"`, "version": `"1.2"`}, c04_400113},
		{"wrong type is the only error", map[string]string{"name": `1`, "values": ""}, c04_400302},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, release.ValidateCreateJSON([]byte(relBody(tc.kv))), tc.want, "-")
		})
	}
	l := release.ValidateCreateJSON([]byte(relBody(map[string]string{"name": `""`, "chart_id": `""`, "version": `""`})))
	assert.Equal(t, []string{c04_400201, c04_400105, c04_400104}, codeStrs(l))
	l = release.ValidateCreateJSON([]byte(relBody(map[string]string{"name": `1`, "chart_id": `""`})))
	assert.Len(t, l, 1)
}

// §8 Create: context.
func TestS8CreateContext(t *testing.T) {
	ctx := release.WithContext(release.Context{
		Releases:           map[string]string{"my-release": release.StatusDeployed},
		DeprecatedVersions: map[string][]string{uuid: {"1.0.0"}},
	})
	expect(t, release.ValidateCreate(relValid(), ctx), c04_409213, "-")
	expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Name = "other" }), ctx), c04_403126, "-")
	expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Name = "other"; r.Version = "1.1.0" }), ctx), "", "")
	expect(t, release.ValidateCreate(relWith(func(r *release.CreateRequest) { r.Name = "1bad" }), ctx), c04_400203, "-")
	l := release.ValidateCreate(relValid(), ctx)
	assert.Equal(t, []string{c04_409213, c04_403126}, codeStrs(l))
}

// §8 Update.
func TestS8Update(t *testing.T) {
	cases := []struct {
		name  string
		rel   string
		body  string
		want  string
		field string
	}{
		{"upgrade", "rel", `{"action":"upgrade","chart_id":"` + uuid + `","version":"1.1.0","values":{"a":1},"parameters":{"recreate":true}}`, "", ""},
		{"upgrade minimal", "rel", `{"action":"upgrade","chart_id":"c"}`, "", ""},
		{"rollback", "rel", `{"action":"rollback","parameters":{"release_version":3}}`, "", ""},
		{"rollback 1", "rel", `{"action":"rollback","parameters":{"release_version":1}}`, "", ""},
		{"rollback chart_id empty is missing", "rel", `{"action":"rollback","chart_id":"","parameters":{"release_version":1}}`, "", ""},
		{"rollback with chart_id", "rel", `{"action":"rollback","chart_id":"c","parameters":{"release_version":2}}`, "", ""},
		{"path name empty", "", `{"action":"upgrade","chart_id":"c"}`, c04_400201, "name"},
		{"path name 25", rep("a", 25), `{"action":"upgrade","chart_id":"c"}`, c04_400202, "name"},
		{"path name invalid", "1rel", `{"action":"upgrade","chart_id":"c"}`, c04_400203, "name"},
		{"path name before body", "", `[]`, c04_400201, "-"},
		{"body array", "rel", `[]`, c04_400302, "-"},
		{"body null", "rel", `null`, c04_400302, "-"},
		{"body malformed", "rel", `{"action":`, c04_400302, "-"},
		{"action missing", "rel", `{"chart_id":"c"}`, c04_400214, "action"},
		{"action empty", "rel", `{"action":"","chart_id":"c"}`, c04_400214, "action"},
		{"action other", "rel", `{"action":"install","chart_id":"c"}`, c04_400214, "action"},
		{"action case", "rel", `{"action":"Rollback","parameters":{"release_version":1}}`, c04_400214, "action"},
		{"action number", "rel", `{"action":1}`, c04_400302, "-"},
		{"upgrade no chart_id", "rel", `{"action":"upgrade"}`, c04_400105, "chart_id"},
		{"upgrade chart_id null", "rel", `{"action":"upgrade","chart_id":null}`, c04_400105, "chart_id"},
		{"upgrade chart_id long", "rel", `{"action":"upgrade","chart_id":"` + rep("a", 65) + `"}`, c04_400112, "chart_id"},
		{"rollback bad chart_id", "rel", `{"action":"rollback","chart_id":"a.b","parameters":{"release_version":1}}`, c04_400113, "chart_id"},
		{"version bad", "rel", `{"action":"upgrade","chart_id":"c","version":"1.2"}`, c04_400104, "version"},
		{"version bad rollback", "rel", `{"action":"rollback","version":"v1","parameters":{"release_version":1}}`, c04_400104, "version"},
		{"rollback no parameters", "rel", `{"action":"rollback"}`, c04_400218, "parameters.release_version"},
		{"rollback version null", "rel", `{"action":"rollback","parameters":{"release_version":null}}`, c04_400218, "parameters.release_version"},
		{"rollback version 0", "rel", `{"action":"rollback","parameters":{"release_version":0}}`, c04_400218, "parameters.release_version"},
		{"rollback version -1", "rel", `{"action":"rollback","parameters":{"release_version":-1}}`, c04_400218, "parameters.release_version"},
		{"rollback version 1.5", "rel", `{"action":"rollback","parameters":{"release_version":1.5}}`, c04_400218, "parameters.release_version"},
		{"rollback version string", "rel", `{"action":"rollback","parameters":{"release_version":"3"}}`, c04_400302, "-"},
		{"rollback version bool", "rel", `{"action":"rollback","parameters":{"release_version":true}}`, c04_400302, "-"},
		{"upgrade ignores release_version", "rel", `{"action":"upgrade","chart_id":"c","parameters":{"release_version":0}}`, "", ""},
		{"values array", "rel", `{"action":"upgrade","chart_id":"c","values":[]}`, c04_400302, "values"},
		{"values string", "rel", `{"action":"upgrade","chart_id":"c","values":"x"}`, c04_400302, "values"},
		{"values null", "rel", `{"action":"upgrade","chart_id":"c","values":null}`, "", ""},
		{"values object", "rel", `{"action":"upgrade","chart_id":"c","values":{}}`, "", ""},
		// order
		{"action before chart_id", "rel", `{"action":"x","chart_id":"a.b"}`, c04_400214, "-"},
		{"chart_id before version", "rel", `{"action":"upgrade","chart_id":"","version":"1.2"}`, c04_400105, "-"},
		{"version before release_version", "rel", `{"action":"rollback","version":"1.2"}`, c04_400104, "-"},
		{"release_version before values", "rel", `{"action":"rollback","values":[]}`, c04_400218, "-"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, release.ValidateUpdateJSON(tc.rel, []byte(tc.body)), tc.want, tc.field)
		})
	}
	expect(t, release.ValidateUpdate("rel", nil), c04_400302, "-")
	expect(t, release.ValidateUpdate("rel", &release.UpdateRequest{Action: "rollback", Parameters: release.Parameters{ReleaseVersion: "2"}}), "", "")
	expect(t, release.ValidateUpdate("rel", &release.UpdateRequest{Action: "rollback", Parameters: release.Parameters{ReleaseVersion: "0"}}), c04_400218, "parameters.release_version")
}

// §8 Update: context.
func TestS8UpdateContext(t *testing.T) {
	ctx := release.WithContext(release.Context{Releases: map[string]string{
		"dep": release.StatusDeployed, "fail": release.StatusFailed,
		"pend": release.StatusPendingUpgrade, "del": release.StatusDeleting,
	}})
	up := `{"action":"upgrade","chart_id":"c"}`
	expect(t, release.ValidateUpdateJSON("dep", []byte(up), ctx), "", "")
	expect(t, release.ValidateUpdateJSON("fail", []byte(up), ctx), "", "")
	expect(t, release.ValidateUpdateJSON("pend", []byte(up), ctx), c04_403131, "-")
	expect(t, release.ValidateUpdateJSON("del", []byte(up), ctx), c04_403131, "-")
	expect(t, release.ValidateUpdateJSON("nope", []byte(up), ctx), c04_404204, "-")
	expect(t, release.ValidateUpdateJSON("nope", []byte(`{"action":"x"}`), ctx), c04_400214, "-")
	expect(t, release.ValidateUpdateJSON("1bad", []byte(up), ctx), c04_400203, "-")
}

// §8 Get / delete.
func TestS8GetDelete(t *testing.T) {
	ctx := release.WithContext(release.Context{Releases: map[string]string{"rel": release.StatusDeployed}})
	for _, f := range []func(string, ...release.Option) validate.ErrorList{release.ValidateGet, release.ValidateDelete} {
		expect(t, f(""), c04_400201, "name")
		expect(t, f(rep("a", 25)), c04_400202, "name")
		expect(t, f(rep("a", 24)), "", "")
		expect(t, f("my_rel"), "", "")
		expect(t, f("rel-"), c04_400203, "name")
		expect(t, f("rel", ctx), "", "")
		expect(t, f("other", ctx), c04_404204, "-")
		expect(t, f("1x", ctx), c04_400203, "-")
	}
}
