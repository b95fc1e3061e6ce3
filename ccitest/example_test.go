package ccitest_test

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/ccicheck/ccicheck/ccitest"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
)

// newNamespaceRequest is a request builder under test: it builds a namespace create.
func newNamespaceRequest(baseURL, name, flavor string) (*http.Request, error) {
	body := `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"` + name +
		`","annotations":{"namespace.kubernetes.io/flavor":"` + flavor + `"}}}`
	req, err := http.NewRequest("POST", baseURL+"/api/v1/namespaces", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// A request builder tested against the in-memory CCI: a good request is created, a
// second one conflicts, and a bad one gets CCI's code.
func ExampleNewServer() {
	srv := ccitest.NewServer()
	defer srv.Close()

	for _, tc := range []struct{ name, flavor string }{
		{"demo", "general-computing"},
		{"demo", "general-computing"},
		{"demo2", "general"},
	} {
		req, _ := newNamespaceRequest(srv.URL, tc.name, tc.flavor)
		resp, err := srv.Client().Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		err = validate.FromResponse(resp)
		resp.Body.Close()
		if err != nil {
			fmt.Println(resp.StatusCode, validate.CodeOf(err))
		} else {
			fmt.Println(resp.StatusCode, "created")
		}
	}
	// Output:
	// 201 created
	// 409 CCI.02.409101
	// 400 CCI.02.400110
}

// A fault makes an operation answer a server-only code, to test how a client
// handles it.
func ExampleWithFault() {
	srv := ccitest.NewServer(ccitest.WithFault(ccitest.NamespaceCreate, validate.NoAllocatedCluster))
	defer srv.Close()

	req, _ := newNamespaceRequest(srv.URL, "demo", "general-computing")
	resp, err := srv.Client().Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, validate.CodeOf(validate.FromResponse(resp)))
	// Output:
	// 400 CCI.02.400116
}

// A release whose status forbids an update, seeded with WithRelease.
func ExampleWithRelease() {
	const cluster = "5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13"
	srv := ccitest.NewServer(ccitest.WithRelease(cluster, "demo", "web", release.StatusPendingUpgrade))
	defer srv.Close()

	body := `{"action":"upgrade","chart_id":"` + cluster + `","version":"1.1.0","values":{}}`
	req, _ := http.NewRequest("PUT", srv.URL+"/cce/cam/v3/clusters/"+cluster+"/namespace/demo/releases/web", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := srv.Client().Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, validate.CodeOf(validate.FromResponse(resp)))
	// Output:
	// 403 CCI.04.403131
}
