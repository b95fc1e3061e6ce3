package validatortags

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

type want struct {
	code  validate.Code
	field string
}

func got(errs validate.ErrorList) []want {
	var out []want
	for _, e := range errs {
		out = append(out, want{e.Code, e.Field})
	}
	return out
}

func newValidator(t *testing.T) *validator.Validate {
	t.Helper()
	v := validator.New()
	require.NoError(t, Register(v))
	return v
}

type metadata struct {
	Name        string            `json:"name" validate:"cci_dns_label"`
	Annotations map[string]string `json:"annotations" validate:"dive,keys,required,endkeys,cci_flavor"`
}

type everyTag struct {
	Release   string   `json:"name" validate:"cci_release_name"`
	ChartID   string   `json:"chart_id" validate:"cci_chart_id"`
	Version   string   `json:"version" validate:"cci_semver"`
	Metadata  metadata `json:"metadata"`
	VolumeID  *string  `json:"volumeID" validate:"cci_volume_id"`
	Class     string   `json:"storageClassName" validate:"cci_storage_class"`
	Project   string   `json:"project,omitempty" validate:"omitempty,cci_enterprise_project_id"`
	NoJSONTag string   `validate:"omitempty,cci_release_name"`
	Skipped   string   `json:"-" validate:"omitempty,cci_chart_id"`
}

func validEveryTag() everyTag {
	id := "3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b"
	return everyTag{
		Release:  "my_release",
		ChartID:  "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
		Version:  "1.0.0-rc.1",
		Metadata: metadata{Name: "shop", Annotations: map[string]string{"flavor": "general-computing"}},
		VolumeID: &id,
		Class:    "sas",
		Project:  "0",
	}
}

func TestTags(t *testing.T) {
	v := newValidator(t)
	tests := []struct {
		name   string
		modify func(r *everyTag)
		want   []want
	}{
		{"valid", func(r *everyTag) {}, nil},
		{"release name empty", func(r *everyTag) { r.Release = "" }, []want{{validate.ReleaseNameEmpty, "name"}}},
		{"release name 24", func(r *everyTag) { r.Release = strings.Repeat("a", 24) }, nil},
		{"release name 25", func(r *everyTag) { r.Release = strings.Repeat("a", 25) }, []want{{validate.ReleaseNameTooLong, "name"}}},
		{"release name invalid", func(r *everyTag) { r.Release = "1release" }, []want{{validate.ReleaseNameInvalid, "name"}}},
		{"chart ID empty", func(r *everyTag) { r.ChartID = "" }, []want{{validate.ChartIDEmpty, "chart_id"}}},
		{"chart ID 65", func(r *everyTag) { r.ChartID = strings.Repeat("c", 65) }, []want{{validate.ChartIDTooLong, "chart_id"}}},
		{"chart ID invalid", func(r *everyTag) { r.ChartID = "c." }, []want{{validate.ChartIDInvalid, "chart_id"}}},
		{"semver", func(r *everyTag) { r.Version = "1.2" }, []want{{validate.ChartVersionInvalid, "version"}}},
		{"semver empty", func(r *everyTag) { r.Version = "" }, []want{{validate.ChartVersionInvalid, "version"}}},
		{"DNS label", func(r *everyTag) { r.Metadata.Name = "Shop" }, []want{{validate.NamespaceNameInvalid, "metadata.name"}}},
		{"flavor empty", func(r *everyTag) { r.Metadata.Annotations["flavor"] = "" }, []want{{validate.NamespaceFlavorMissing, "metadata.annotations[flavor]"}}},
		{"flavor invalid", func(r *everyTag) { r.Metadata.Annotations["flavor"] = "GPU" }, []want{{validate.NamespaceFlavorInvalid, "metadata.annotations[flavor]"}}},
		{"volume ID nil", func(r *everyTag) { r.VolumeID = nil }, []want{{validate.VolumeImportBodyInvalid, "volumeID"}}},
		{"volume ID empty", func(r *everyTag) { s := ""; r.VolumeID = &s }, []want{{validate.VolumeImportBodyInvalid, "volumeID"}}},
		{"volume ID 65", func(r *everyTag) { s := strings.Repeat("v", 65); r.VolumeID = &s }, []want{{validate.VolumeIDTooLong, "volumeID"}}},
		{"volume ID invalid", func(r *everyTag) { s := "v-"; r.VolumeID = &s }, []want{{validate.VolumeIDInvalid, "volumeID"}}},
		{"storage class empty", func(r *everyTag) { r.Class = "" }, []want{{validate.VolumeImportBodyInvalid, "storageClassName"}}},
		{"storage class invalid", func(r *everyTag) { r.Class = "SAS" }, []want{{validate.StorageTypeInvalid, "storageClassName"}}},
		{"project optional", func(r *everyTag) { r.Project = "" }, nil},
		{"project invalid", func(r *everyTag) { r.Project = "default" }, []want{{validate.EnterpriseProjectIDInvalid, "project"}}},
		{"no json tag: Go name", func(r *everyTag) { r.NoJSONTag = "-x" }, []want{{validate.ReleaseNameInvalid, "NoJSONTag"}}},
		{"json:\"-\": Go name", func(r *everyTag) { r.Skipped = "-x" }, []want{{validate.ChartIDInvalid, "Skipped"}}},
		{"several, in field order", func(r *everyTag) { r.Release, r.Version, r.Class = "", "x", "x" }, []want{
			{validate.ReleaseNameEmpty, "name"}, {validate.ChartVersionInvalid, "version"}, {validate.StorageTypeInvalid, "storageClassName"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validEveryTag()
			tc.modify(&r)
			errs := Errors(v.Struct(&r))
			assert.Equal(t, tc.want, got(errs))
			for _, e := range errs {
				assert.NotEmpty(t, e.Detail)
			}
		})
	}
}

// TestRequired checks how validator's required and our tags combine.
func TestRequired(t *testing.T) {
	v := newValidator(t)
	type req struct {
		Name    string  `json:"name" validate:"required,cci_release_name"`
		ChartID *string `json:"chart_id" validate:"required,cci_chart_id"`
		Version string  `json:"version" validate:"omitempty,cci_semver"`
		Email   string  `json:"email" validate:"omitempty,email"`
	}
	id := "c"
	bad := "-c"
	empty := ""
	tests := []struct {
		name string
		r    req
		want []want
	}{
		{"valid", req{Name: "a", ChartID: &id}, nil},
		// An empty value fails required first: reported, without a CCI code.
		// (validator's required only asks a pointer to be non-nil, so an empty
		// string behind one reaches our tag, which reports it as empty.)
		{"empty", req{Name: "", ChartID: &empty}, []want{{0, "name"}, {validate.ChartIDEmpty, "chart_id"}}},
		{"nil pointer", req{Name: "a"}, []want{{0, "chart_id"}}},
		// A value that is there is judged by our tag.
		{"invalid", req{Name: "1a", ChartID: &bad}, []want{{validate.ReleaseNameInvalid, "name"}, {validate.ChartIDInvalid, "chart_id"}}},
		{"optional given", req{Name: "a", ChartID: &id, Version: "1"}, []want{{validate.ChartVersionInvalid, "version"}}},
		{"other tag", req{Name: "a", ChartID: &id, Email: "x"}, []want{{0, "email"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := v.Struct(&tc.r)
			errs := Errors(err)
			assert.Equal(t, tc.want, got(errs))
			assert.Equal(t, err == nil, errs == nil)
			// The Status is set by the first CCI code, if any.
			if st := errs.Status(); len(errs) > 0 && errs[len(errs)-1].Code.IsValid() {
				assert.NotEmpty(t, st.ErrorCode)
			}
		})
	}
}

func TestNonStringFields(t *testing.T) {
	v := newValidator(t)
	type req struct {
		N     int             `json:"n" validate:"cci_release_name"`
		B     []byte          `json:"b" validate:"cci_chart_id"`
		M     map[string]int  `json:"m" validate:"cci_semver"`
		S     struct{ X int } `json:"s" validate:"cci_flavor"`
		Any   any             `json:"any" validate:"cci_dns_label"`
		AnyOK any             `json:"any_ok" validate:"cci_dns_label"`
		P     **string        `json:"p" validate:"cci_volume_id"`
	}
	s := "ok"
	ps := &s
	r := req{Any: 5, AnyOK: "fine", P: &ps}
	var errs validate.ErrorList
	require.NotPanics(t, func() { errs = Errors(v.Struct(&r)) })
	assert.Equal(t, []want{
		{validate.ReleaseNameInvalid, "n"},
		{validate.ChartIDInvalid, "b"},
		{validate.ChartVersionInvalid, "m"},
		{validate.NamespaceFlavorInvalid, "s"},
		{validate.NamespaceNameInvalid, "any"},
	}, got(errs))
	// A nil interface is a missing value.
	r = req{P: &ps}
	errs = Errors(v.Struct(&r))
	assert.Contains(t, got(errs), want{validate.NamespaceNameInvalid, "any"})
}

func TestVar(t *testing.T) {
	v := newValidator(t)
	assert.Nil(t, Errors(v.Var("my-release", "cci_release_name")))
	assert.Equal(t, []want{{validate.ReleaseNameTooLong, ""}}, got(Errors(v.Var(strings.Repeat("a", 25), "cci_release_name"))))
	assert.Equal(t, []want{{validate.ChartIDInvalid, "[1]"}},
		got(Errors(v.Var([]string{"a", "b-"}, "dive,cci_chart_id"))))
}

func TestErrorsOfOtherErrors(t *testing.T) {
	v := newValidator(t)
	assert.Nil(t, Errors(nil))
	errs := Errors(v.Struct(nil)) // *validator.InvalidValidationError
	require.Len(t, errs, 1)
	assert.Equal(t, want{0, ""}, got(errs)[0])
	errs = Errors(errors.New("boom"))
	require.Len(t, errs, 1)
	assert.False(t, errs[0].Code.IsValid())
	// Wrapped validation errors are found.
	type req struct {
		Name string `json:"name" validate:"cci_release_name"`
	}
	err := fmt.Errorf("building request: %w", v.Struct(&req{}))
	assert.Equal(t, []want{{validate.ReleaseNameEmpty, "name"}}, got(Errors(err)))
}

func TestRegisterKeepsUsersTagNameFunc(t *testing.T) {
	v := validator.New()
	v.RegisterTagNameFunc(func(fld reflect.StructField) string {
		name, _, _ := strings.Cut(fld.Tag.Get("yaml"), ",")
		return name
	})
	require.NoError(t, Register(v))
	type req struct {
		Name string `json:"name" yaml:"releaseName" validate:"cci_release_name"`
	}
	assert.Equal(t, []want{{validate.ReleaseNameEmpty, "releaseName"}}, got(Errors(v.Struct(&req{}))))
}

func TestRegister(t *testing.T) {
	assert.Error(t, Register(nil))
	v := validator.New()
	assert.False(t, hasTagNameFunc(v))
	require.NoError(t, Register(v))
	assert.True(t, hasTagNameFunc(v))
	// Twice is fine.
	require.NoError(t, Register(v))
	// Aliases of our tags map to the tag's codes.
	v.RegisterAlias("release", "cci_release_name")
	assert.Equal(t, []want{{validate.ReleaseNameInvalid, ""}}, got(Errors(v.Var("_x", "release"))))
}
