package namespace

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/ccicheck/ccicheck/validate"
)

var fuzzBodies = []string{
	validBody,
	`{"metadata":{"name":"gpu-team","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`,
	`{"apiVersion":"cci/v2","kind":"Namespace","metadata":{"name":"team-a"}}`,
	`{"metadata":{"name":"a","name":"B","labels":{"sys_enterprise_project_id":""}}}`,
	`{"metadata":{"name":123}}`,
	`null`, `[]`, `{`, "{\"metadata\":{\"name\":\"\xff\"}}",
}

// checkCodes fails the test when an error lacks a catalogue code.
func checkCodes(t *testing.T, l validate.ErrorList) {
	t.Helper()
	for _, e := range l {
		if e == nil || !e.Code.IsValid() {
			t.Fatalf("error without a catalogue code: %v", e)
		}
	}
}

// checkRoundTrip fails the test when a body that passed no longer passes after a
// JSON round trip through the typed struct.
func checkRoundTrip(t *testing.T, body []byte, validate func([]byte, ...Option) validate.ErrorList) {
	t.Helper()
	var ns Namespace
	if err := json.Unmarshal(body, &ns); err != nil {
		t.Fatalf("accepted body does not decode: %v", err)
	}
	again, err := json.Marshal(&ns)
	if err != nil {
		t.Fatal(err)
	}
	if l := validate(again); len(l) != 0 {
		t.Fatalf("%s passed, its round trip %s fails: %v", body, again, l)
	}
}

func fuzzCreate(f *testing.F, validate func([]byte, ...Option) validate.ErrorList) {
	for _, b := range fuzzBodies {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		l := validate(body, WithBodyLimit(1<<16))
		checkCodes(t, l)
		if len(l) == 0 {
			checkRoundTrip(t, body, validate)
		}
	})
}

func FuzzValidateCreateJSON(f *testing.F)   { fuzzCreate(f, ValidateCreateJSON) }
func FuzzValidateCreateV2JSON(f *testing.F) { fuzzCreate(f, ValidateCreateV2JSON) }

func FuzzValidateCreateRequest(f *testing.F) {
	for _, b := range fuzzBodies {
		f.Add("application/json", []byte(b))
	}
	f.Add("text/plain; charset=utf-8", []byte(validBody))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		for _, fn := range []func(string, []byte, ...Option) validate.ErrorList{ValidateCreateRequest, ValidateCreateV2Request} {
			l := fn(contentType, body, WithContext(Context{Existing: []string{"team-a"}}))
			checkCodes(t, l)
			if len(l) == 0 {
				checkRoundTrip(t, body, func(b []byte, opts ...Option) validate.ErrorList { return fn("application/json", b, opts...) })
			}
		}
	})
}

func FuzzValidateCreateManifest(f *testing.F) {
	f.Add([]byte("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n"))
	f.Add([]byte("metadata: {name: cci/v2}\n---\napiVersion: cci/v2\nmetadata:\n  name: &a b\n"))
	f.Add([]byte(validBody))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, v1 := range []bool{true, false} {
			fn, bytesFn := ValidateCreateManifest, ValidateCreateJSON
			if !v1 {
				fn, bytesFn = ValidateCreateV2Manifest, ValidateCreateV2JSON
			}
			results, err := fn(data, WithBodyLimit(1<<16))
			if err != nil {
				continue
			}
			for _, r := range results {
				checkCodes(t, r.Errors)
				if len(r.Errors) == 0 {
					if r.Document.Err != "" {
						t.Fatalf("document with Err %q passed", r.Document.Err)
					}
					checkRoundTrip(t, r.Document.JSON, bytesFn)
				}
				for _, e := range r.Errors {
					r.Document.Position(e.Field)
				}
			}
		}
	})
}

func FuzzValidateCreateV2Manifest(f *testing.F) {
	f.Add([]byte("apiVersion: cci/v2\nmetadata:\n  name: a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		results, err := ValidateCreateV2Manifest(data)
		if err != nil {
			return
		}
		for _, r := range results {
			checkCodes(t, r.Errors)
		}
	})
}

func FuzzValidateDelete(f *testing.F) {
	f.Add("team-a", "gracePeriodSeconds=0&propagationPolicy=Foreground", []byte(`{"gracePeriodSeconds":30}`))
	f.Add("", "gracePeriodSeconds=-1", []byte(`[]`))
	f.Add("a", "propagationPolicy=", []byte(nil))
	f.Fuzz(func(t *testing.T, name, rawQuery string, body []byte) {
		q, _ := url.ParseQuery(rawQuery)
		l := ValidateDelete(name, q, body, WithBodyLimit(1<<16), WithContext(Context{Actions: []string{"cci:namespace:delete"}}))
		checkCodes(t, l)
		if len(l) == 0 && len(body) > 0 {
			var d DeleteOptions
			if err := json.Unmarshal(body, &d); err == nil {
				again, _ := json.Marshal(&d)
				if l := ValidateDelete(name, q, again); len(l) != 0 {
					t.Fatalf("%s passed, its round trip %s fails: %v", body, again, l)
				}
			}
		}
	})
}

func FuzzValidateList(f *testing.F) {
	f.Add("limit=10&continue=abc&fieldSelector=metadata.name%3Da", true)
	f.Add("limit=&continue=", false)
	f.Fuzz(func(t *testing.T, rawQuery string, scoped bool) {
		q, _ := url.ParseQuery(rawQuery)
		var opts []Option
		if scoped {
			opts = append(opts, WithNamespaceScopedList())
		}
		checkCodes(t, ValidateList(q, opts...))
		checkCodes(t, ValidateGet(rawQuery, opts...))
	})
}
