package bench

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/preflight"
)

// stub is the base transport of BenchmarkTransport: it answers every request with a
// canned response and reads nothing, so the benchmark measures the check alone.
type stub struct{}

func (stub) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		req.Body.Close()
	}
	return &http.Response{StatusCode: 201, Body: http.NoBody, Request: req}, nil
}

const transportNamespace = `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a-prod","annotations":{"namespace.kubernetes.io/flavor":"general-computing"},"labels":{"sys_enterprise_project_id":"0"}}}`

// BenchmarkTransport measures what the pre-flight check adds to a namespace create:
// ccicheck is preflight.NewTransport over the stub base, passthrough the stub alone,
// both sending the same request.
func BenchmarkTransport(b *testing.B) {
	cases := []struct{ name, body string }{
		{"valid", transportNamespace},
		{"invalid", strings.Replace(transportNamespace, "general-computing", "gpu", 1)},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			for _, impl := range []struct {
				name string
				rt   http.RoundTripper
			}{
				{"ccicheck", preflight.NewTransport(stub{})},
				{"passthrough", stub{}},
			} {
				b.Run(impl.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						req, _ := http.NewRequest("POST", "https://cci.cn-north-4.myhuaweicloud.com/api/v1/namespaces", strings.NewReader(tc.body))
						req.Header.Set("Content-Type", "application/json")
						resp, err := impl.rt.RoundTrip(req)
						if err != nil {
							b.Fatal(err)
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
					}
				})
			}
		})
	}
}
