// Command nethttp shows the one-line integration of ccicheck's pre-flight transport
// with net/http: the client's transport is wrapped, and every request CCI would
// reject comes back from the transport with CCI's own answer, never reaching the
// server. A local test server stands in for CCI here, so the program runs offline.
package main

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/ccicheck/ccicheck/preflight"
	"github.com/ccicheck/ccicheck/validate"
)

func main() {
	// A stand-in for CCI that accepts everything it is sent.
	cci := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("server received %s %s", r.Method, r.URL.Path)
		w.WriteHeader(http.StatusCreated)
	}))
	defer cci.Close()

	// The one line: wrap the transport.
	client := &http.Client{Transport: preflight.NewTransport(http.DefaultTransport)}

	for _, name := range []string{"team-a-prod", "Team_A"} {
		body := `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"` + name + `",` +
			`"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
		resp, err := client.Post(cci.URL+"/api/v1/namespaces", "application/json", strings.NewReader(body))
		if err != nil {
			log.Fatal(err)
		}
		// Handle the answer as with the real server: validate.FromResponse works on both.
		err = validate.FromResponse(resp)
		resp.Body.Close()
		var answer *validate.StatusError
		if !errors.As(err, &answer) {
			fmt.Printf("%-12s accepted: %d\n", name, resp.StatusCode)
			continue
		}
		fmt.Printf("%-12s rejected: %d %s\n%14s%s\n", name, resp.StatusCode, validate.CodeOf(err), "", answer.Body)
	}
}
