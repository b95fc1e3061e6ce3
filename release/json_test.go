package release

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

const validCreateBody = `{"chart_id":"` + chartID + `","name":"my-release","namespace":"default",` +
	`"version":"1.0.0","values":{"imagePullPolicy":"IfNotPresent","imageTag":"v2"},` +
	`"description":"","parameters":{}}`

func TestValidateCreateJSON(t *testing.T) {
	tests := []struct {
		name, body string
		want       []want
	}{
		{"valid", validCreateBody, nil},
		{"parameters null", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":null}`, nil},
		{"unknown fields ignored", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"x":[1]}`, nil},
		{"duplicate keys, last wins", `{"chart_id":"c","name":"1bad","name":"good","namespace":"n","version":"1.0.0","values":[],"values":{}}`, nil},
		{"duplicate keys, last loses", `{"chart_id":"c","name":"good","name":"1bad","namespace":"n","version":"1.0.0","values":{}}`, []want{{validate.ReleaseNameInvalid, "name"}}},
		{"invalid UTF-8 in description", "{\"chart_id\":\"c\",\"name\":\"a\",\"namespace\":\"n\",\"version\":\"1.0.0\",\"values\":{\"k\":\"\xff\"},\"description\":\"\xfe\xff\"}", nil},
		{"invalid UTF-8 in name", "{\"chart_id\":\"c\",\"name\":\"a\xffb\",\"namespace\":\"n\",\"version\":\"1.0.0\",\"values\":{}}", []want{{validate.ReleaseNameInvalid, "name"}}},
		// null is the same as missing.
		{"name null", `{"chart_id":"c","name":null,"namespace":"n","version":"1.0.0","values":{}}`, []want{{validate.ReleaseNameEmpty, "name"}}},
		{"values null", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":null}`, []want{{validate.UnmarshalFailed, "values"}}},
		{"values number", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":1}`, []want{{validate.UnmarshalFailed, "values"}}},
		{"namespace null", `{"chart_id":"c","name":"a","namespace":null,"version":"1.0.0","values":{}}`, []want{{validate.UnmarshalFailed, "namespace"}}},

		// Whole-body problems: the only error.
		{"null", `null`, []want{{validate.UnmarshalFailed, ""}}},
		{"array", `[{"name":"a"}]`, []want{{validate.UnmarshalFailed, ""}}},
		{"string", `"x"`, []want{{validate.UnmarshalFailed, ""}}},
		{"empty", ``, []want{{validate.UnmarshalFailed, ""}}},
		{"syntax", `{"name":"a",}`, []want{{validate.UnmarshalFailed, ""}}},
		{"truncated", `{"name":"a"`, []want{{validate.UnmarshalFailed, ""}}},
		{"trailing garbage", `{} x`, []want{{validate.UnmarshalFailed, ""}}},

		// Wrong JSON types: the field that has it.
		{"name number", `{"chart_id":"c","name":12,"namespace":"n","version":"1.0.0","values":{}}`, []want{{validate.UnmarshalFailed, "name"}}},
		{"chart_id bool", `{"chart_id":true,"name":"","values":{}}`, []want{{validate.UnmarshalFailed, "chart_id"}}},
		{"version number", `{"chart_id":"c","name":"a","namespace":"n","version":1.0,"values":{}}`, []want{{validate.UnmarshalFailed, "version"}}},
		{"description object", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"description":{}}`, []want{{validate.UnmarshalFailed, "description"}}},
		{"parameters array", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":[]}`, []want{{validate.UnmarshalFailed, "parameters"}}},
		{"dry_run string", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":{"dry_run":"true"}}`, []want{{validate.UnmarshalFailed, "parameters.dry_run"}}},
		{"release_version string", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":{"release_version":"3"}}`, []want{{validate.UnmarshalFailed, "parameters.release_version"}}},
		// A create does not use release_version; any number will do.
		{"release_version fraction", `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":{"release_version":1.5}}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := ValidateCreateJSON([]byte(tc.body))
			assertErrors(t, errs, tc.want...)
		})
	}
}

func TestBodyLimit(t *testing.T) {
	body := []byte(validCreateBody)
	assert.Nil(t, ValidateCreateJSON(body, WithBodyLimit(int64(len(body)))))
	assertErrors(t, ValidateCreateJSON(body, WithBodyLimit(int64(len(body)-1))), want{validate.UnmarshalFailed, ""})
	assert.Nil(t, ValidateUpdateJSON("r", []byte(`{"action":"rollback","parameters":{"release_version":1}}`), WithBodyLimit(-1)))
	assertErrors(t, ValidateUpdateJSON("r", body, WithBodyLimit(10)), want{validate.UnmarshalFailed, ""})
}

// TestHugeBody checks that a 100 MB body is refused without being decoded.
func TestHugeBody(t *testing.T) {
	body := make([]byte, 100<<20)
	copy(body, `{"values":{"a":"`)
	for i := 16; i < len(body)-3; i++ {
		body[i] = 'x'
	}
	copy(body[len(body)-3:], `"}}`)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	errs := ValidateCreateJSON(body)
	errs2 := ValidateUpdateJSON("r", body)
	runtime.ReadMemStats(&after)
	assertErrors(t, errs, want{validate.UnmarshalFailed, ""})
	assertErrors(t, errs2, want{validate.UnmarshalFailed, ""})
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<10), "bytes allocated")
}

func TestDeepNesting(t *testing.T) {
	const depth = 100000
	values := append(bytes.Repeat([]byte(`{"a":`), depth), '1')
	values = append(values, bytes.Repeat([]byte(`}`), depth)...)
	for _, v := range [][]byte{values, append(bytes.Repeat([]byte(`[`), depth), bytes.Repeat([]byte(`]`), depth)...)} {
		body := `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":` + string(v) + `}`
		assertErrors(t, ValidateCreateJSON([]byte(body), WithBodyLimit(1<<30)), want{validate.UnmarshalFailed, ""})
		assertErrors(t, ValidateUpdateJSON("a", []byte(`{"action":"upgrade","values":`+string(v)+`}`), WithBodyLimit(1<<30)), want{validate.UnmarshalFailed, ""})
	}
	// Nesting within encoding/json's limit is fine.
	ok := `{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":` +
		strings.Repeat(`{"a":`, 1000) + "1" + strings.Repeat(`}`, 1000) + `}`
	require.Nil(t, ValidateCreateJSON([]byte(ok)))
}
