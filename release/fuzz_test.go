package release

import (
	"encoding/json"
	"testing"

	"github.com/ccicheck/ccicheck/validate"
)

// fuzzLimit keeps the fuzzers' bodies, and so their memory, small.
const fuzzLimit = 64 << 10

func checkCodes(t *testing.T, errs validate.ErrorList) {
	t.Helper()
	for _, e := range errs {
		if !e.Code.IsValid() {
			t.Fatalf("error %v has no catalogue code", e)
		}
	}
}

func FuzzValidateCreateJSON(f *testing.F) {
	for _, s := range []string{
		validCreateBody, `{}`, `null`, `[]`, `{"values":null}`, `{"name":12}`,
		`{"chart_id":"c","name":"a","namespace":"n","version":"1.0.0","values":{},"parameters":{"release_version":1.5}}`,
		"{\"chart_id\":\"c\",\"name\":\"a\",\"namespace\":\"n\",\"version\":\"1.0.0\",\"values\":{\"\xff\":1},\"description\":\"\xfe\"}",
		`{"chart_id":"c","name":"a","name":"b","namespace":"n","version":"1.0.0-rc.1+b","values":{"a":[1,{"b":null}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		errs := ValidateCreateJSON(body, WithBodyLimit(fuzzLimit))
		checkCodes(t, errs)
		if errs != nil {
			return
		}
		var r CreateRequest
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatalf("passing body does not decode: %v", err)
		}
		if errs := ValidateCreate(&r); errs != nil {
			t.Fatalf("typed request of passing body %q fails: %v", body, errs)
		}
		again, err := json.Marshal(&r)
		if err != nil {
			t.Fatalf("passing request does not encode: %v", err)
		}
		if errs := ValidateCreateJSON(again); errs != nil {
			t.Fatalf("round trip of %q to %q fails: %v", body, again, errs)
		}
	})
}

func FuzzValidateUpdateJSON(f *testing.F) {
	for _, s := range []string{
		`{"action":"upgrade","chart_id":"c","version":"1.0.0","values":{"a":1}}`,
		`{"action":"rollback","parameters":{"release_version":1}}`,
		`{"action":"rollback","parameters":{"release_version":"3"}}`,
		`{"action":"rollback","parameters":{"release_version":1.5}}`,
		`{"action":"rollback","parameters":{"release_version":-1}}`,
		`{"action":"rollback","parameters":{"release_version":1e2}}`,
		`{"action":"x"}`, `null`, `[]`, `{}`,
	} {
		f.Add("my-release", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, body []byte) {
		errs := ValidateUpdateJSON(name, body, WithBodyLimit(fuzzLimit))
		checkCodes(t, errs)
		if errs != nil {
			return
		}
		var r UpdateRequest
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatalf("passing body does not decode: %v", err)
		}
		if errs := ValidateUpdate(name, &r); errs != nil {
			t.Fatalf("typed request of passing body %q fails: %v", body, errs)
		}
		again, err := json.Marshal(&r)
		if err != nil {
			t.Fatalf("passing request does not encode: %v", err)
		}
		if errs := ValidateUpdateJSON(name, again); errs != nil {
			t.Fatalf("round trip of %q to %q fails: %v", body, again, errs)
		}
	})
}

func FuzzValidateCreateManifest(f *testing.F) {
	f.Add([]byte("chart_id: c\nname: a\nnamespace: n\nversion: 1.0.0\nvalues: {}\n---\nname: &a x\n"))
	f.Add([]byte(validCreateBody))
	f.Fuzz(func(t *testing.T, data []byte) {
		results, err := ValidateCreateManifest(data, WithBodyLimit(fuzzLimit))
		if err != nil {
			return
		}
		for _, r := range results {
			checkCodes(t, r.Errors)
		}
	})
}

func FuzzValidateUpdateManifest(f *testing.F) {
	f.Add([]byte("name: r\naction: rollback\nparameters: {release_version: 2}\n---\nname: 1\n"))
	f.Add([]byte(`{"name":"r","action":"upgrade","chart_id":"c"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		results, err := ValidateUpdateManifest(data, WithBodyLimit(fuzzLimit))
		if err != nil {
			return
		}
		for _, r := range results {
			checkCodes(t, r.Errors)
		}
	})
}
