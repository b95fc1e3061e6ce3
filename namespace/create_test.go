package namespace

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

// generalComputing is a namespace as CCI's API reference creates one.
func generalComputing() *Namespace {
	return &Namespace{
		Kind:       "Namespace",
		APIVersion: "v1",
		Metadata: ObjectMeta{
			Name:        "namespace-test",
			Labels:      map[string]string{EnterpriseProjectLabel: "0"},
			Annotations: map[string]string{FlavorAnnotation: "general-computing"},
		},
	}
}

func gpuAccelerated() *Namespace {
	return &Namespace{
		Metadata: ObjectMeta{
			Name:        "gpu-team",
			Labels:      map[string]string{EnterpriseProjectLabel: "b0a8b6f5-8f4c-4d7e-9a5b-0c1d2e3f4a5b"},
			Annotations: map[string]string{FlavorAnnotation: "gpu-accelerated"},
		},
	}
}

func boolPtr(b bool) *bool { return &b }

type codeField struct {
	Code  validate.Code
	Field string
}

func codesFields(l validate.ErrorList) []codeField {
	out := []codeField{}
	for _, e := range l {
		out = append(out, codeField{e.Code, e.Field})
	}
	return out
}

func TestValidateCreateValid(t *testing.T) {
	ctx := Context{Actions: []string{"cci:namespace:*"}, GPUBeta: boolPtr(true), Existing: []string{"other"}, Quota: &Quota{Used: 4}}
	for name, ns := range map[string]*Namespace{
		"general-computing with project 0": generalComputing(),
		"gpu-accelerated with a UUID":      gpuAccelerated(),
		"no kind, no apiVersion, no label": {Metadata: ObjectMeta{Name: "a", Annotations: map[string]string{FlavorAnnotation: "general-computing"}}},
		"project UUID without hyphens":     {Metadata: ObjectMeta{Name: "a", Labels: map[string]string{EnterpriseProjectLabel: "B0A8B6F58F4C4D7E9A5B0C1D2E3F4A5B"}, Annotations: map[string]string{FlavorAnnotation: "general-computing"}}},
	} {
		t.Run(name, func(t *testing.T) {
			assert.Empty(t, ValidateCreate(ns))
			assert.Empty(t, ValidateCreate(ns, WithContext(ctx)))
			body, err := json.Marshal(ns)
			require.NoError(t, err)
			assert.Empty(t, ValidateCreateJSON(body))
			assert.Empty(t, ValidateCreateRequest("application/json; charset=utf-8", body))
		})
	}
}

type createCase struct {
	name string
	edit func(ns *Namespace)
	ctx  *Context
	want []codeField
}

var deny = Context{Actions: []string{"cci:namespace:get"}}

// createCases make every rule of a 1.0 create fire, one at a time, then together.
var createCases = []createCase{
	{"permission", nil, &deny, []codeField{{validate.NamespaceCreateForbidden, ""}}},
	{"permission with empty actions", nil, &Context{Actions: []string{}}, []codeField{{validate.NamespaceCreateForbidden, ""}}},
	{"wrong kind", func(ns *Namespace) { ns.Kind = "Pod" }, nil, []codeField{{validate.NamespaceBodyInvalid, "kind"}}},
	{"kind is case-sensitive", func(ns *Namespace) { ns.Kind = "namespace" }, nil, []codeField{{validate.NamespaceBodyInvalid, "kind"}}},
	{"wrong apiVersion", func(ns *Namespace) { ns.APIVersion = "cci/v2" }, nil, []codeField{{validate.NamespaceBodyInvalid, "apiVersion"}}},
	{"name empty", func(ns *Namespace) { ns.Metadata.Name = "" }, nil, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
	{"name upper case", func(ns *Namespace) { ns.Metadata.Name = "Team" }, nil, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
	{"name ends with -", func(ns *Namespace) { ns.Metadata.Name = "team-" }, nil, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
	{"name with a dot", func(ns *Namespace) { ns.Metadata.Name = "a.b" }, nil, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
	{"flavor missing", func(ns *Namespace) { ns.Metadata.Annotations = nil }, nil, []codeField{{validate.NamespaceFlavorMissing, fieldFlavor}}},
	{"flavor empty", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "" }, nil, []codeField{{validate.NamespaceFlavorMissing, fieldFlavor}}},
	{"flavor unknown", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "gpu" }, nil, []codeField{{validate.NamespaceFlavorInvalid, fieldFlavor}}},
	{"flavor is case-sensitive", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "General-Computing" }, nil, []codeField{{validate.NamespaceFlavorInvalid, fieldFlavor}}},
	{"project label empty", func(ns *Namespace) { ns.Metadata.Labels[EnterpriseProjectLabel] = "" }, nil, []codeField{{validate.EnterpriseProjectIDEmpty, fieldProject}}},
	{"project label invalid", func(ns *Namespace) { ns.Metadata.Labels[EnterpriseProjectLabel] = "default" }, nil, []codeField{{validate.EnterpriseProjectIDInvalid, fieldProject}}},
	{"project label absent is fine", func(ns *Namespace) { ns.Metadata.Labels = nil }, nil, []codeField{}},
	{"gpu without beta", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "gpu-accelerated" }, &Context{GPUBeta: boolPtr(false)}, []codeField{{validate.GPUBetaRequired, fieldFlavor}}},
	{"gpu beta unknown", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "gpu-accelerated" }, &Context{}, []codeField{}},
	{"general-computing without gpu beta", nil, &Context{GPUBeta: boolPtr(false)}, []codeField{}},
	{"name taken", nil, &Context{Existing: []string{"x", "namespace-test"}}, []codeField{{validate.NamespaceAlreadyExists, "metadata.name"}}},
	{"quota used up (default 5)", nil, &Context{Quota: &Quota{Used: 5}}, []codeField{{validate.NamespaceQuotaExceeded, ""}}},
	{"quota one left (default 5)", nil, &Context{Quota: &Quota{Used: 4}}, []codeField{}},
	{"quota raised", nil, &Context{Quota: &Quota{Used: 5, Limit: 10}}, []codeField{}},
	{"quota lowered", nil, &Context{Quota: &Quota{Used: 2, Limit: 2}}, []codeField{{validate.NamespaceQuotaExceeded, ""}}},
	// Check order: every rule broken at once.
	{"order", func(ns *Namespace) {
		ns.Kind, ns.APIVersion, ns.Metadata.Name = "Pod", "v2", "Bad"
		ns.Metadata.Annotations[FlavorAnnotation] = "x"
		ns.Metadata.Labels[EnterpriseProjectLabel] = "x"
	}, &Context{Actions: []string{}, Existing: []string{"Bad"}, Quota: &Quota{Used: 9}}, []codeField{
		{validate.NamespaceCreateForbidden, ""},
		{validate.NamespaceBodyInvalid, "kind"},
		{validate.NamespaceBodyInvalid, "apiVersion"},
		{validate.NamespaceNameInvalid, "metadata.name"},
		{validate.NamespaceFlavorInvalid, fieldFlavor},
		{validate.EnterpriseProjectIDInvalid, fieldProject},
		{validate.NamespaceAlreadyExists, "metadata.name"},
		{validate.NamespaceQuotaExceeded, ""},
	}},
	{"order gpu before name taken", func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "gpu-accelerated" },
		&Context{GPUBeta: boolPtr(false), Existing: []string{"namespace-test"}}, []codeField{
			{validate.GPUBetaRequired, fieldFlavor},
			{validate.NamespaceAlreadyExists, "metadata.name"},
		}},
}

func TestValidateCreateRules(t *testing.T) {
	for _, tc := range createCases {
		t.Run(tc.name, func(t *testing.T) {
			ns := generalComputing()
			if tc.edit != nil {
				tc.edit(ns)
			}
			var opts []Option
			if tc.ctx != nil {
				opts = append(opts, WithContext(*tc.ctx))
			}
			got := ValidateCreate(ns, opts...)
			assert.Equal(t, tc.want, codesFields(got), "ValidateCreate")
			for _, e := range got {
				assert.True(t, e.Code.IsValid())
				assert.NotEmpty(t, e.Detail)
			}
			body, err := json.Marshal(ns)
			require.NoError(t, err)
			assert.Equal(t, tc.want, codesFields(ValidateCreateJSON(body, opts...)), "ValidateCreateJSON")
		})
	}
}

func TestValidateCreateNameBoundaries(t *testing.T) {
	for _, n := range []int{1, 62, 63, 64, 70} {
		ns := generalComputing()
		ns.Metadata.Name = strings.Repeat("a", n)
		got := ValidateCreate(ns)
		if n <= 63 {
			assert.Empty(t, got, "%d bytes", n)
			continue
		}
		assert.Equal(t, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}, codesFields(got), "%d bytes", n)
	}
	// A 70-byte name with a bad character is a length error, reported once.
	ns := generalComputing()
	ns.Metadata.Name = strings.Repeat("A", 70)
	got := ValidateCreate(ns)
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Detail, "longer than 63")
}

func TestValidateCreateDetail(t *testing.T) {
	ns := generalComputing()
	ns.Metadata.Annotations[FlavorAnnotation] = "gpu"
	got := ValidateCreate(ns)
	require.Len(t, got, 1)
	assert.Equal(t, `flavor "gpu" is not one of general-computing, gpu-accelerated`, got[0].Detail)
}

func TestValidateCreateNil(t *testing.T) {
	assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(ValidateCreate(nil)))
	assert.Equal(t, []codeField{{validate.NamespaceBodyInvalid, ""}}, codesFields(ValidateCreateV2(nil)))
	assert.Equal(t, []codeField{{validate.NamespaceCreateForbidden, ""}, {validate.NamespaceBodyInvalid, ""}},
		codesFields(ValidateCreate(nil, WithContext(Context{Actions: []string{}}))))
}

func TestValidateCreateV2(t *testing.T) {
	v2 := func() *Namespace {
		return &Namespace{Kind: "Namespace", APIVersion: "cci/v2", Metadata: ObjectMeta{Name: "team-a"}}
	}
	tests := []struct {
		name string
		edit func(ns *Namespace)
		ctx  *Context
		want []codeField
	}{
		{"valid", nil, nil, []codeField{}},
		{"valid without kind and apiVersion", func(ns *Namespace) { ns.Kind, ns.APIVersion = "", "" }, nil, []codeField{}},
		{"no flavor needed, any label", func(ns *Namespace) { ns.Metadata.Labels = map[string]string{EnterpriseProjectLabel: ""} }, nil, []codeField{}},
		{"permission", nil, &Context{Actions: []string{"cci:namespace:list"}}, []codeField{{validate.NamespaceCreateForbidden, ""}}},
		{"apiVersion v1", func(ns *Namespace) { ns.APIVersion = "v1" }, nil, []codeField{{validate.NamespaceBodyInvalid, "apiVersion"}}},
		{"kind", func(ns *Namespace) { ns.Kind = "Network" }, nil, []codeField{{validate.NamespaceBodyInvalid, "kind"}}},
		{"name", func(ns *Namespace) { ns.Metadata.Name = "-a" }, nil, []codeField{{validate.NamespaceNameInvalid, "metadata.name"}}},
		{"name taken", nil, &Context{Existing: []string{"team-a"}}, []codeField{{validate.NamespaceAlreadyExists, "metadata.name"}}},
		{"quota", nil, &Context{Quota: &Quota{Used: 5}}, []codeField{{validate.NamespaceQuotaExceeded, ""}}},
		{"gpu rule does not apply", func(ns *Namespace) {
			ns.Metadata.Annotations = map[string]string{FlavorAnnotation: "gpu-accelerated"}
		}, &Context{GPUBeta: boolPtr(false)}, []codeField{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ns := v2()
			if tc.edit != nil {
				tc.edit(ns)
			}
			var opts []Option
			if tc.ctx != nil {
				opts = append(opts, WithContext(*tc.ctx))
			}
			assert.Equal(t, tc.want, codesFields(ValidateCreateV2(ns, opts...)))
			body, err := json.Marshal(ns)
			require.NoError(t, err)
			assert.Equal(t, tc.want, codesFields(ValidateCreateV2JSON(body, opts...)))
			assert.Equal(t, tc.want, codesFields(ValidateCreateV2Request("application/json", body, opts...)))
		})
	}
}

func TestValidateCreateAllocs(t *testing.T) {
	valid := generalComputing()
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCreate(valid) }), "valid create")
	gpu := gpuAccelerated()
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCreate(gpu) }), "valid gpu create")
	v2 := &Namespace{Metadata: ObjectMeta{Name: "team-a"}}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCreateV2(v2) }), "valid v2 create")
	// Options cost nothing either: they are applied to a pooled scratch value.
	yes := true
	opts := []Option{WithBodyLimit(1 << 16), WithContext(Context{Actions: []string{"cci:*:*"}, GPUBeta: &yes}), WithNamespaceScopedList()}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCreate(gpu, opts...) }), "valid create with options")

	for name, edit := range map[string]func(*Namespace){
		"bad name":    func(ns *Namespace) { ns.Metadata.Name = "Bad_Name" },
		"long name":   func(ns *Namespace) { ns.Metadata.Name = strings.Repeat("a", 64) },
		"empty name":  func(ns *Namespace) { ns.Metadata.Name = "" },
		"bad flavor":  func(ns *Namespace) { ns.Metadata.Annotations[FlavorAnnotation] = "gpu" },
		"no flavor":   func(ns *Namespace) { delete(ns.Metadata.Annotations, FlavorAnnotation) },
		"bad project": func(ns *Namespace) { ns.Metadata.Labels[EnterpriseProjectLabel] = "x" },
		"bad kind":    func(ns *Namespace) { ns.Kind = "Pod" },
	} {
		ns := generalComputing()
		edit(ns)
		allocs := testing.AllocsPerRun(100, func() { _ = ValidateCreate(ns) })
		assert.LessOrEqual(t, allocs, 4.0, name)
	}
}

func TestValidateCreateRequestContentType(t *testing.T) {
	body, err := json.Marshal(generalComputing())
	require.NoError(t, err)
	for _, ct := range []string{"application/json", "Application/JSON", "application/json;charset=utf-8", " application/json ; charset=UTF-8"} {
		assert.Empty(t, ValidateCreateRequest(ct, body), ct)
	}
	for _, ct := range []string{"", "text/plain", "application/yaml", "application/json-patch+json", "; charset=utf-8", "application/merge-patch+json"} {
		assert.Equal(t, []codeField{{validate.ContentTypeUnsupported, "Content-Type"}}, codesFields(ValidateCreateRequest(ct, body)), "%q", ct)
	}
	// Check order: permission, then Content-Type, then the body.
	got := ValidateCreateRequest("text/plain", []byte(`{"metadata":{"name":"Bad"}}`), WithContext(Context{Actions: []string{}}))
	assert.Equal(t, []codeField{
		{validate.NamespaceCreateForbidden, ""},
		{validate.ContentTypeUnsupported, "Content-Type"},
		{validate.NamespaceNameInvalid, "metadata.name"},
		{validate.NamespaceFlavorMissing, fieldFlavor},
	}, codesFields(got))
	got = ValidateCreateRequest("text/plain", []byte(`[]`))
	assert.Equal(t, []codeField{{validate.ContentTypeUnsupported, "Content-Type"}, {validate.NamespaceBodyInvalid, ""}}, codesFields(got))
}
