package ccitest

import (
	"bytes"
	"io"
	"net/http"
	"testing"

	"github.com/ccicheck/ccicheck/preflight"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// preflightOptions are the preflight options equal to a route case's options.
var preflightOptions = map[string][]preflight.Option{
	"namespace create permission": {preflight.WithActions("cci:namespace:get")},
	"namespace create gpu beta":   {preflight.WithGPUBeta(false)},
	"namespace list scoped":       {preflight.WithNamespaceScopedList()},
	"namespace list permission":   {preflight.WithActions("cci:namespace:get")},
	"namespace get permission":    {preflight.WithActions()},
	"namespace delete permission": {preflight.WithActions("cci:namespace:get")},
	"namespace update permission": {preflight.WithActions("cci:namespace:get")},
	"network create token":        {preflight.WithUserTokenRequired()},
	"network create permission":   {preflight.WithActions("cci:namespace:*")},
	"network get permission":      {preflight.WithActions()},
	"network delete permission":   {preflight.WithActions("cci:namespace:*")},
	"network update permission":   {preflight.WithActions("cci:namespaceSubResource:get")},
	"volume import obs beta":      {preflight.WithOBSBeta(false)},
	"volume import permission":    {preflight.WithActions("cci:namespaceSubResource:get")},
}

// stateful are the codes only a server that holds things can answer.
var stateful = map[validate.Code]bool{
	validate.NamespaceAlreadyExists: true, validate.VolumeAlreadyImported: true,
	validate.ChartAlreadyExists: true, validate.ChartNameOfficial: true,
	validate.ChartNameVersionChanged: true, validate.OfficialChartDownloadForbidden: true,
	validate.ReleaseAlreadyExists: true, validate.ReleaseNotFound: true,
}

// neverSent is a base transport for requests preflight must answer itself.
type neverSent struct{ t *testing.T }

func (n neverSent) RoundTrip(req *http.Request) (*http.Response, error) {
	n.t.Errorf("%s %s reached the base", req.Method, req.URL)
	return nil, io.EOF
}

// The same bad request gets the same answer from ccitest and from preflight (status
// code, Content-Type, Status body), so validate.FromResponse gives the same CodeOf:
// user code cannot tell them apart.
func TestSameAnswersAsPreflight(t *testing.T) {
	for _, tc := range routeCases(t) {
		if tc.want == 0 || stateful[tc.want] {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			srv := fixture(t, tc.opts...)
			resp, data := do(t, srv, tc.call)

			client := &http.Client{Transport: preflight.NewTransport(neverSent{t}, preflightOptions[tc.name]...)}
			presp, err := client.Do(tc.call.request(t, "https://cci.cn-north-4.myhuaweicloud.com"))
			require.NoError(t, err)
			pdata, err := io.ReadAll(presp.Body)
			require.NoError(t, err)
			presp.Body.Close()

			assert.Equal(t, presp.StatusCode, resp.StatusCode)
			assert.Equal(t, presp.Header.Get("Content-Type"), resp.Header.Get("Content-Type"))
			assertSameStatus(t, pdata, data)
			resp.Body = io.NopCloser(bytes.NewReader(data))
			presp.Body = io.NopCloser(bytes.NewReader(pdata))
			code := validate.CodeOf(validate.FromResponse(resp))
			assert.Equal(t, tc.want.String(), code)
			assert.Equal(t, validate.CodeOf(validate.FromResponse(presp)), code)
		})
	}
}

// Behind preflight's transport, good requests reach the server and bad ones never do.
func TestBehindPreflight(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	client := &http.Client{Transport: preflight.NewTransport(srv.Client().Transport)}
	post := func(body string) *http.Response {
		resp, err := client.Post(srv.URL+nsPath, jsonCT, bytes.NewReader([]byte(body)))
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	assert.Equal(t, 201, post(goodNamespace).StatusCode)
	assert.Equal(t, 400, post(namespaceBody("Bad")).StatusCode)
	assert.Equal(t, 409, post(goodNamespace).StatusCode, "the server answers what preflight cannot know")
	srv.mu.Lock()
	assert.Len(t, srv.st.namespaces, 1)
	srv.mu.Unlock()
}

// assertSameStatus checks that the server's Status is preflight's. The server may
// add causes: it also knows the rules of what it holds (a release name that is both
// malformed and not found), which preflight cannot; the first cause, which sets the
// answer, is the same, and without such extra causes the bodies are byte-equal.
func assertSameStatus(t *testing.T, preflightBody, serverBody []byte) {
	t.Helper()
	want, err := validate.ParseStatus(preflightBody)
	require.NoError(t, err)
	got, err := validate.ParseStatus(serverBody)
	require.NoError(t, err)
	require.NotNil(t, got.Details)
	require.NotNil(t, want.Details)
	require.GreaterOrEqual(t, len(got.Details.Causes), len(want.Details.Causes))
	assert.Equal(t, want.Details.Causes, got.Details.Causes[:len(want.Details.Causes)])
	if len(got.Details.Causes) == len(want.Details.Causes) {
		assert.Equal(t, string(preflightBody), string(serverBody), "the same bytes")
	}
	want.Details, got.Details = nil, nil
	assert.Equal(t, want, got)
}
