package network_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
)

// seeds are bodies for the fuzz targets: valid, invalid and hostile.
var seeds = []string{
	validJSON,
	`{}`, `null`, `[]`, `"x"`, `1`, ``, `{"metadata":{"name":1}}`,
	`{"kind":"Network","apiVersion":"v1","metadata":{"name":"a","namespace":"b","annotations":{"network.alpha.kubernetes.io/project_id":"p"}},"spec":{"cidr":"10.0.0.0/8"}}`,
	`{"metadata":{"name":"a","name":"b"},"spec":{"cidr":"1.2.3.4/40","networkType":"underlay_neutron"}}`,
	"{\"metadata\":{\"name\":\"\xff\"}}",
	`{"spec":[[[[[[[[[[]]]]]]]]]]}`,
}

// checkCodes fails when an error has no catalogue code.
func checkCodes(t *testing.T, errs validate.ErrorList) {
	t.Helper()
	for _, e := range errs {
		require.NotNil(t, e)
		require.True(t, e.Code.IsValid(), "invalid code in %v", e)
	}
}

// FuzzNetworkCreateJSON checks that ValidateCreateJSON never panics, gives
// every rejection a catalogue code, agrees with ValidateCreate on a body it
// decodes, and still accepts a request it accepted after a JSON round trip.
func FuzzNetworkCreateJSON(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, ns)
	}
	f.Add(validJSON, "")
	f.Fuzz(func(t *testing.T, body, namespace string) {
		errs := network.ValidateCreateJSON(namespace, []byte(body))
		checkCodes(t, errs)
		var n network.Network
		if json.Unmarshal([]byte(body), &n) != nil || len(errs) > 0 && errs[len(errs)-1].Field == "" && errs[len(errs)-1].Code == validate.RequestBodyInvalid {
			return
		}
		assert.Equal(t, errs, network.ValidateCreate(namespace, &n), "typed and JSON disagree")
		if len(errs) > 0 {
			return
		}
		round, err := json.Marshal(&n)
		require.NoError(t, err)
		assert.Empty(t, network.ValidateCreateJSON(namespace, round), "rejected after a round trip: %s", round)
	})
}

// FuzzNetworkCreateRequest checks ValidateCreateRequest with the opt-in
// token rule on: no panic, catalogue codes only, and the token rule fires
// exactly when the header is empty.
func FuzzNetworkCreateRequest(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, "token")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, body, token string) {
		h := http.Header{}
		h.Set("X-User-Token", token)
		errs := network.ValidateCreateRequest(ns, h, []byte(body), network.WithUserTokenRequired())
		checkCodes(t, errs)
		assert.Equal(t, h.Get("X-User-Token") == "", errs.Has(validate.UserTokenMissing))
		if !errs.Has(validate.UserTokenMissing) {
			assert.Equal(t, network.ValidateCreateJSON(ns, []byte(body)), errs)
		}
	})
}

// FuzzNetworkRoute checks the bodiless operations with any path values.
func FuzzNetworkRoute(f *testing.F) {
	f.Add(ns, "cci-network-demo", "cci:namespaceSubResource:get")
	f.Add("", "", "")
	f.Add("a/b", "..", "*")
	f.Fuzz(func(t *testing.T, namespace, name, action string) {
		opt := network.WithContext(network.Context{Actions: []string{action}})
		for _, check := range []func(string, string, ...network.Option) validate.ErrorList{
			network.ValidateGet, network.ValidateDelete, network.ValidateUpdate,
		} {
			errs := check(namespace, name, opt)
			checkCodes(t, errs)
			assert.Equal(t, namespace == "", errs.Has(validate.NamespaceNotSpecified))
		}
	})
}

// FuzzNetworkCreateManifest checks that ValidateCreateManifest never panics,
// gives every rejection a catalogue code, and judges a document's JSON as
// ValidateCreateJSON does.
func FuzzNetworkCreateManifest(f *testing.F) {
	for _, s := range append(seeds, validYAML, validYAML+"---\n"+validYAML, "a: &a [1]\nb: *a\n", "metadata:\n  name: 1\n") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		results, err := network.ValidateCreateManifest(ns, []byte(data))
		if err != nil {
			return
		}
		for _, r := range results {
			checkCodes(t, r.Errors)
			if r.Document.Err == "" {
				assert.Equal(t, network.ValidateCreateJSON(ns, r.Document.JSON), r.Errors)
			} else {
				assert.Len(t, r.Errors, 1)
			}
		}
	})
}
