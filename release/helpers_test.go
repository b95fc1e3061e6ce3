package release

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/validate"
)

// A want is one expected error: its code and field path.
type want struct {
	code  validate.Code
	field string
}

// got returns the code and field of every error, for comparison with wants.
func got(errs validate.ErrorList) []want {
	var out []want
	for _, e := range errs {
		out = append(out, want{e.Code, e.Field})
	}
	return out
}

// assertErrors checks that errs holds exactly the wanted codes and fields, in order,
// each with a detail.
func assertErrors(t *testing.T, errs validate.ErrorList, wants ...want) {
	t.Helper()
	assert.Equal(t, wants, got(errs))
	for _, e := range errs {
		assert.NotEmpty(t, e.Detail, "detail of %v", e.Code)
		assert.True(t, e.Code.IsValid(), "code %v", e.Code)
	}
}

const chartID = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"

// validCreate is a create as CCE's API reference shows one.
func validCreate() CreateRequest {
	return CreateRequest{
		ChartID:     chartID,
		Name:        "my-release",
		Namespace:   "default",
		Version:     "1.0.0",
		Values:      json.RawMessage(`{"imagePullPolicy":"IfNotPresent","imageTag":"v2"}`),
		Description: "nginx for the shop",
	}
}

func validUpgrade() UpdateRequest {
	return UpdateRequest{
		Action:  ActionUpgrade,
		ChartID: chartID,
		Version: "1.1.0",
		Values:  json.RawMessage(`{"imageTag":"v3"}`),
	}
}

func validRollback() UpdateRequest {
	return UpdateRequest{
		Action:     ActionRollback,
		Parameters: Parameters{ReleaseVersion: "1"},
	}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%#v): %v", v, err)
	}
	return b
}
