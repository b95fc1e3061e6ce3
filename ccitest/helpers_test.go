package ccitest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"testing"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	uuid    = "5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13"
	uuid2   = "7f3a2b1c-4d5e-4f60-8a9b-0c1d2e3f4a5b"
	hex32   = "0b4f6c1e7a9d4e2f8c3b5a6d7e8f9a0b"
	cluster = "/cce/cam/v3/clusters/" + uuid
	nsPath  = "/api/v1/namespaces"
	netPath = "/apis/networking.cci.io/v1beta1/namespaces/demo/networks"
	pvcPath = "/api/v1/namespaces/demo/extended-persistentvolumeclaims"
	relPath = cluster + "/namespace/demo/releases/"
	jsonCT  = "application/json"
)

// Bodies modelled on CCI's documentation, as in preflight's tests.
const (
	goodNamespace   = `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo","annotations":{"namespace.kubernetes.io/flavor":"general-computing"},"labels":{"sys_enterprise_project_id":"0"}}}`
	goodNamespaceV2 = `{"apiVersion":"cci/v2","kind":"Namespace","metadata":{"name":"demo"}}`
	goodNetwork     = `{"apiVersion":"networking.cci.io/v1beta1","kind":"Network","metadata":{"name":"demo-net","annotations":{"network.alpha.kubernetes.io/default-security-group":"` + hex32 + `","network.alpha.kubernetes.io/domain-id":"` + hex32 + `","network.alpha.kubernetes.io/project-id":"` + hex32 + `"}},"spec":{"availableZone":"cn-north-4a","cidr":"192.168.0.0/24","attachedVPC":"` + uuid + `","networkID":"` + uuid + `","networkType":"underlay_neutron","subnetID":"` + uuid + `"}}`
	goodVolume      = `{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"pvc-evs","annotations":{"fsType":"ext4","volumeID":"` + uuid + `"}},"spec":{"storageClassName":"ssd","resources":{"requests":{"storage":"10Gi"}}}}`
	goodRelease     = `{"chart_id":"` + uuid + `","name":"web","namespace":"demo","version":"1.0.0","values":{"replicas":2}}`
	goodUpgrade     = `{"action":"upgrade","chart_id":"` + uuid + `","version":"1.1.0","values":{}}`
)

// namespaceBody returns a namespace create of name.
func namespaceBody(name string) string {
	return `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"` + name + `","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
}

// upload returns a multipart chart upload of the archive under filename.
func upload(t testing.TB, filename string, archive []byte) (string, []byte) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, err := w.CreateFormFile("content", filename)
	require.NoError(t, err)
	_, err = part.Write(archive)
	require.NoError(t, err)
	require.NoError(t, w.WriteField("parameters", `{"description":"web"}`))
	require.NoError(t, w.Close())
	return w.FormDataContentType(), body.Bytes()
}

// A call is one request to a server.
type call struct {
	method, path, contentType string
	body                      []byte
	header                    http.Header
}

func (c call) request(t testing.TB, base string) *http.Request {
	t.Helper()
	var body io.Reader
	if c.body != nil {
		body = bytes.NewReader(c.body)
	}
	req, err := http.NewRequest(c.method, base+c.path, body)
	require.NoError(t, err)
	for k, v := range c.header {
		req.Header[k] = v
	}
	if c.contentType != "" {
		req.Header.Set("Content-Type", c.contentType)
	}
	return req
}

// do sends c to srv and returns the answer with its body read.
func do(t testing.TB, srv *Server, c call) (*http.Response, []byte) {
	t.Helper()
	resp, err := srv.Client().Do(c.request(t, srv.URL))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return resp, data
}

// send is do for a JSON body (or none when body is "").
func send(t testing.TB, srv *Server, method, path, body string) (*http.Response, []byte) {
	t.Helper()
	c := call{method: method, path: path}
	if body != "" {
		c.contentType, c.body = jsonCT, []byte(body)
	}
	return do(t, srv, c)
}

// mustSend sends a request that must succeed with the status code want and returns
// the decoded answer.
func mustSend(t testing.TB, srv *Server, want int, method, path, body string) map[string]any {
	t.Helper()
	resp, data := send(t, srv, method, path, body)
	require.Equal(t, want, resp.StatusCode, "%s %s: %s", method, path, data)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}

// assertCode checks that the answer is CCI's for code: status code, Content-Type,
// errorCode, reason, and the message byte-equal to the catalogue.
func assertCode(t testing.TB, code validate.Code, resp *http.Response, data []byte) {
	t.Helper()
	assert.Equal(t, code.HTTPStatus(), resp.StatusCode, "%s", data)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	var st validate.Status
	require.NoError(t, json.Unmarshal(data, &st), "%s", data)
	assert.Equal(t, code.String(), st.ErrorCode)
	assert.Equal(t, []byte(code.Message()), []byte(st.Message), "message byte-equal to the catalogue")
	assert.Equal(t, code.Reason(), st.Reason)
	assert.Equal(t, code.HTTPStatus(), st.Code)
	assert.Equal(t, "Status", st.Kind)
	assert.Equal(t, "Failure", st.Status)
	resp.Body = io.NopCloser(bytes.NewReader(data))
	assert.Equal(t, code.String(), validate.CodeOf(validate.FromResponse(resp)))
}

// assertSent checks that the request gets code.
func assertSent(t testing.TB, code validate.Code, srv *Server, method, path, body string) {
	t.Helper()
	resp, data := send(t, srv, method, path, body)
	assertCode(t, code, resp, data)
}

// assertNotFound checks the plain Kubernetes NotFound of a name the server does not hold.
func assertNotFound(t testing.TB, resp *http.Response, data []byte, kind, name string) {
	t.Helper()
	assert.Equal(t, 404, resp.StatusCode, "%s", data)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	var st validate.Status
	require.NoError(t, json.Unmarshal(data, &st))
	assert.Equal(t, "NotFound", st.Reason)
	assert.Equal(t, 404, st.Code)
	assert.Empty(t, st.ErrorCode, "no CCI code")
	require.NotNil(t, st.Details)
	assert.Equal(t, name, st.Details.Name)
	assert.Equal(t, kind, st.Details.Kind)
}
