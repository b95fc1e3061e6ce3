package preflight_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ccicheck/ccicheck/preflight"
	"github.com/ccicheck/ccicheck/validate"
)

// The one-line integration: wrap the client's transport. A request CCI would
// reject comes back at once with CCI's answer, and the server is never called.
func ExampleNewTransport() {
	client := &http.Client{Transport: preflight.NewTransport(http.DefaultTransport)}

	body := `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"Team_A",
	  "annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
	resp, err := client.Post("https://cci.cn-north-4.myhuaweicloud.com/api/v1/namespaces",
		"application/json", strings.NewReader(body))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	fmt.Println(validate.CodeOf(validate.FromResponse(resp)))
	// Output:
	// 400 application/json
	// CCI.02.400109
}

// Report-only mode sends every request on and hands each would-be rejection to a
// function, for rolling the check out safely.
func ExampleWithReportOnly() {
	stub := roundTripFunc(func(req *http.Request) (*http.Response, error) {
		return &http.Response{StatusCode: 201, Body: http.NoBody, Request: req}, nil
	})
	rt := preflight.NewTransport(stub, preflight.WithReportOnly(func(req *http.Request, err error) {
		fmt.Println("would reject:", validate.CodeOf(err))
	}))
	req, _ := http.NewRequest("DELETE", "https://cci.example.com/api/v1/namespaces/demo?propagationPolicy=orphan", nil)
	resp, _ := rt.RoundTrip(req)
	fmt.Println(resp.StatusCode)
	// Output:
	// would reject: CCI.01.400101
	// 201
}

func ExampleCheck() {
	req, _ := http.NewRequest("POST", "https://cci.example.com/cce/cam/v3/clusters/c1/releases",
		strings.NewReader(`{"chart_id":"5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13","name":"my.release","namespace":"demo","version":"1.0.0","values":{}}`))
	err := preflight.Check(req)
	fmt.Println(validate.CodeOf(err))

	body, _ := io.ReadAll(req.Body) // still readable
	fmt.Println(len(body) > 0)
	// Output:
	// CCI.04.400203
	// true
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }
