package ccitest

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ccicheck/ccicheck/validate"
)

// FuzzHandler sends any method, path and body: the handler never panics, and every
// rejection with a CCI code carries a catalogue code with its HTTP status.
func FuzzHandler(f *testing.F) {
	f.Add("POST", nsPath, goodNamespace)
	f.Add("POST", cluster+"/releases", goodRelease)
	f.Add("PUT", relPath+"web", goodUpgrade)
	f.Add("POST", netPath, goodNetwork)
	f.Add("POST", pvcPath, goodVolume)
	f.Add("PATCH", nsPath+"/demo", `{"metadata":{"labels":null}}`)
	f.Add("DELETE", nsPath+"/demo", `{"propagationPolicy":"Orphan"}`)
	h := NewHandler(WithNamespaces("demo"), WithRelease(uuid, "demo", "web", ""))
	f.Fuzz(func(t *testing.T, method, path, body string) {
		req, err := http.NewRequest(method, "http://cci.local"+path, bytes.NewReader([]byte(body)))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", jsonCT)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code < 400 || rec.Header().Get("Content-Type") != "application/json" {
			return
		}
		st, err := validate.ParseStatus(rec.Body.Bytes())
		if err != nil {
			t.Fatalf("%s %s: answer %d is not a Status: %s", method, path, rec.Code, rec.Body)
		}
		if st.ErrorCode == "" {
			return
		}
		code, ok := validate.ParseCode(st.ErrorCode)
		if !ok || code.HTTPStatus() != rec.Code {
			t.Fatalf("%s %s: answer %d with code %q", method, path, rec.Code, st.ErrorCode)
		}
	})
}
