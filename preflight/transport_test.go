package preflight

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	host    = "https://cci.cn-north-4.myhuaweicloud.com"
	uuid    = "5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13"
	hex32   = "0b4f6c1e7a9d4e2f8c3b5a6d7e8f9a0b"
	cluster = "/cce/cam/v3/clusters/" + uuid
)

const (
	goodNamespace = `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"demo","annotations":{"namespace.kubernetes.io/flavor":"general-computing"},"labels":{"sys_enterprise_project_id":"0"}}}`
	goodNetwork   = `{"apiVersion":"networking.cci.io/v1beta1","kind":"Network","metadata":{"name":"demo-net","annotations":{"network.alpha.kubernetes.io/default-security-group":"` + hex32 + `","network.alpha.kubernetes.io/domain-id":"` + hex32 + `","network.alpha.kubernetes.io/project-id":"` + hex32 + `"}},"spec":{"availableZone":"cn-north-4a","cidr":"192.168.0.0/24","attachedVPC":"` + uuid + `","networkID":"` + uuid + `","networkType":"underlay_neutron","subnetID":"` + uuid + `"}}`
	goodVolume    = `{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"pvc-evs","annotations":{"fsType":"ext4","volumeID":"` + uuid + `"}},"spec":{"storageClassName":"ssd","resources":{"requests":{"storage":"10Gi"}}}}`
	goodRelease   = `{"chart_id":"` + uuid + `","name":"web","namespace":"demo","version":"1.0.0","values":{}}`
	goodUpgrade   = `{"action":"upgrade","chart_id":"` + uuid + `","version":"1.1.0","values":{}}`
)

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

// A recorder is a base transport that records what reaches it and answers 200.
type recorder struct {
	mu     sync.Mutex
	calls  int
	bodies [][]byte
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	var data []byte
	if req.Body != nil {
		data, _ = io.ReadAll(req.Body)
		req.Body.Close()
	}
	r.mu.Lock()
	r.calls++
	r.bodies = append(r.bodies, data)
	r.mu.Unlock()
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("{}")), Header: http.Header{}, Request: req}, nil
}

// failing is a base transport for requests that must never leave.
type failing struct{ t *testing.T }

func (f failing) RoundTrip(req *http.Request) (*http.Response, error) {
	f.t.Errorf("base called for %s %s, which should have been rejected", req.Method, req.URL)
	return nil, io.EOF
}

type wireCase struct {
	name, method, path string
	contentType        string
	body               []byte
	header             http.Header
	opts               []Option
	want               validate.Code // 0: passes
}

func wireCases(t testing.TB) []wireCase {
	pkg := chartgen.Chart("web", "1.0.0").Archive()
	ct, up := upload(t, "web-1.0.0.tgz", pkg)
	badCT, badUp := upload(t, "web-1.0.0.tar.gz", pkg)
	j := "application/json"
	ns := "/api/v1/namespaces"
	net := "/apis/networking.cci.io/v1beta1/namespaces/demo/networks"
	none := []Option(nil)
	return []wireCase{
		{"namespace create", "POST", ns, j, []byte(goodNamespace), nil, none, 0},
		{"namespace create content type", "POST", ns, "text/plain", []byte(goodNamespace), nil, none, validate.ContentTypeUnsupported},
		{"namespace create body", "POST", ns, j, []byte(`[]`), nil, none, validate.NamespaceBodyInvalid},
		{"namespace create name", "POST", ns, j, []byte(strings.Replace(goodNamespace, `"demo"`, `"Demo"`, 1)), nil, none, validate.NamespaceNameInvalid},
		{"namespace create flavor", "POST", ns, j, []byte(strings.Replace(goodNamespace, "general-computing", "gpu", 1)), nil, none, validate.NamespaceFlavorInvalid},
		{"namespace create permission", "POST", ns, j, []byte(goodNamespace), nil, []Option{WithActions("cci:namespace:get")}, validate.NamespaceCreateForbidden},
		{"namespace create gpu beta", "POST", ns, j, []byte(strings.Replace(goodNamespace, "general-computing", "gpu-accelerated", 1)), nil, []Option{WithGPUBeta(false)}, validate.GPUBetaRequired},
		{"namespace create v2", "POST", "/apis/cci/v2/namespaces", j, []byte(`{"apiVersion":"cci/v2","kind":"Namespace","metadata":{"name":"demo"}}`), nil, none, 0},
		{"namespace create v2 apiVersion", "POST", "/apis/cci/v2/namespaces", j, []byte(`{"apiVersion":"v1","metadata":{"name":"demo"}}`), nil, none, validate.NamespaceBodyInvalid},
		{"namespace list", "GET", ns + "?limit=10", "", nil, nil, none, 0},
		{"namespace list limit", "GET", ns + "?limit=-1", "", nil, nil, none, validate.PaginationInvalid},
		{"namespace list scoped", "GET", ns, "", nil, nil, []Option{WithNamespaceScopedList()}, validate.NamespaceFieldSelectorRequired},
		{"namespace get", "GET", ns + "/demo", "", nil, nil, none, 0},
		{"namespace get empty", "GET", ns + "/", "", nil, nil, none, validate.NamespaceNotSpecified},
		{"namespace delete", "DELETE", ns + "/demo", "", nil, nil, none, 0},
		{"namespace delete empty", "DELETE", ns + "/", "", nil, nil, none, validate.NamespaceDeleteNameEmpty},
		{"namespace delete policy", "DELETE", ns + "/demo?propagationPolicy=orphan", "", nil, nil, none, validate.RequestBodyInvalid},
		{"namespace update permission", "PATCH", ns + "/demo", j, []byte(`{}`), nil, []Option{WithActions("cci:namespace:get")}, validate.NamespaceUpdateForbidden},
		{"network create", "POST", net, j, []byte(goodNetwork), nil, none, 0},
		{"network create token", "POST", net, j, []byte(goodNetwork), nil, []Option{WithUserTokenRequired()}, validate.UserTokenMissing},
		{"network create token given", "POST", net, j, []byte(goodNetwork), http.Header{"X-User-Token": {"t"}}, []Option{WithUserTokenRequired()}, 0},
		{"network create project id", "POST", net, j, []byte(strings.Replace(goodNetwork, "project-id", "project-x", 1)), nil, none, validate.NetworkProjectIDMissing},
		{"network create type", "POST", net, j, []byte(strings.Replace(goodNetwork, "underlay_neutron", "overlay", 1)), nil, none, validate.RequestBodyInvalid},
		{"network create cidr", "POST", net, j, []byte(strings.Replace(goodNetwork, "192.168.0.0/24", "192.168.0.0/33", 1)), nil, none, validate.SubnetCIDRInvalid},
		{"network create empty namespace", "POST", "/apis/networking.cci.io/v1beta1/namespaces//networks", j, []byte(goodNetwork), nil, none, validate.NamespaceNotSpecified},
		{"network get permission", "GET", net + "/demo-net", "", nil, nil, []Option{WithActions()}, validate.SubResourceGetForbidden},
		{"network delete permission", "DELETE", net + "/demo-net", "", nil, nil, []Option{WithActions("cci:namespace:*")}, validate.SubResourceDeleteForbidden},
		{"network update permission", "PUT", net + "/demo-net", j, []byte(goodNetwork), nil, []Option{WithActions("cci:namespaceSubResource:get")}, validate.SubResourceUpdateForbidden},
		{"network get", "GET", net + "/demo-net", "", nil, nil, []Option{WithActions("cci:*:*")}, 0},
		{"volume import", "POST", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", j, []byte(goodVolume), nil, none, 0},
		{"volume import id", "POST", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", j, []byte(strings.Replace(goodVolume, uuid, "-"+uuid, 1)), nil, none, validate.VolumeIDInvalid},
		{"volume import class", "POST", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", j, []byte(strings.Replace(goodVolume, `"ssd"`, `"nfs-rw"`, 1)), nil, none, validate.BlockStorageClassInvalid},
		{"volume import obs beta", "POST", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", j, []byte(strings.NewReplacer(`"ssd"`, `"obs"`, `"ext4"`, `"obs"`).Replace(goodVolume)), nil, []Option{WithOBSBeta(false)}, validate.OBSBetaRequired},
		{"volume list", "GET", "/api/v1/namespaces/demo/extended-persistentvolumeclaims?storageType=bs", "", nil, nil, none, 0},
		{"volume list type", "GET", "/api/v1/namespaces/demo/extended-persistentvolumeclaims?storageType=ssd", "", nil, nil, none, validate.StorageTypeInvalid},
		{"volume release", "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=true", "", nil, nil, none, 0},
		{"volume release flag", "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=yes", "", nil, nil, none, validate.DeleteVolumeInvalid},
		{"chart upload", "POST", "/v2/charts", ct, up, nil, none, 0},
		{"chart upload extension", "POST", "/v2/charts", badCT, badUp, nil, none, validate.ChartFileInvalid},
		{"chart upload not multipart", "POST", "/v2/charts", j, []byte(`{}`), nil, none, validate.UnmarshalFailed},
		{"chart update", "PUT", "/v2/charts/" + uuid, ct, up, nil, none, 0},
		{"chart update id", "PUT", "/v2/charts/a.b", ct, up, nil, none, validate.ChartIDInvalid},
		{"chart get", "GET", "/v2/charts/" + uuid, "", nil, nil, none, 0},
		{"chart get long id", "GET", "/v2/charts/" + strings.Repeat("a", 65), "", nil, nil, none, validate.ChartIDTooLong},
		{"chart delete empty id", "DELETE", "/v2/charts/", "", nil, nil, none, validate.ChartIDEmpty},
		{"chart download", "GET", "/v2/charts/" + uuid + "/archive", "", nil, nil, none, 0},
		{"chart download id", "GET", "/v2/charts/_x/archive", "", nil, nil, none, validate.ChartIDInvalid},
		{"release create", "POST", cluster + "/releases", j, []byte(goodRelease), nil, none, 0},
		{"release create name", "POST", cluster + "/releases", j, []byte(strings.Replace(goodRelease, `"web"`, `"my.release"`, 1)), nil, none, validate.ReleaseNameInvalid},
		{"release create values", "POST", cluster + "/releases", j, []byte(strings.Replace(goodRelease, `,"values":{}`, ``, 1)), nil, none, validate.UnmarshalFailed},
		{"release create version", "POST", cluster + "/releases", j, []byte(strings.Replace(goodRelease, `"1.0.0"`, `"1.2"`, 1)), nil, none, validate.ChartVersionInvalid},
		{"release update", "PUT", cluster + "/namespace/demo/releases/web", j, []byte(goodUpgrade), nil, none, 0},
		{"release update action", "PUT", cluster + "/namespace/demo/releases/web", j, []byte(strings.Replace(goodUpgrade, "upgrade", "Upgrade", 1)), nil, none, validate.ReleaseActionInvalid},
		{"release update rollback", "PUT", cluster + "/namespace/demo/releases/web", j, []byte(`{"action":"rollback","parameters":{"release_version":0}}`), nil, none, validate.ReleaseVersionInvalid},
		{"release get", "GET", cluster + "/namespace/demo/releases/web", "", nil, nil, none, 0},
		{"release get name", "GET", cluster + "/namespace/demo/releases/1web", "", nil, nil, none, validate.ReleaseNameInvalid},
		{"release delete long name", "DELETE", cluster + "/namespace/demo/releases/" + strings.Repeat("a", 25), "", nil, nil, none, validate.ReleaseNameTooLong},
		{"not ours", "POST", "/api/v1/namespaces/demo/pods", j, []byte(`not json`), nil, none, 0},
	}
}

func newRequest(t testing.TB, tc wireCase) *http.Request {
	t.Helper()
	var body io.Reader
	if tc.body != nil {
		body = bytes.NewReader(tc.body)
	}
	req, err := http.NewRequest(tc.method, host+tc.path, body)
	require.NoError(t, err)
	for k, v := range tc.header {
		req.Header[k] = v
	}
	if tc.contentType != "" {
		req.Header.Set("Content-Type", tc.contentType)
	}
	return req
}

// Every route, through a real http.Client: rejected requests never reach the base
// and get CCI's answer; good requests reach it with the same body.
func TestTransportRoutes(t *testing.T) {
	for _, tc := range wireCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			var base http.RoundTripper = rec
			if tc.want != 0 {
				base = failing{t}
			}
			client := &http.Client{Transport: NewTransport(base, tc.opts...)}
			resp, err := client.Do(newRequest(t, tc))
			require.NoError(t, err)
			defer resp.Body.Close()
			if tc.want == 0 {
				assert.Equal(t, 200, resp.StatusCode)
				require.Equal(t, 1, rec.calls)
				assert.Equal(t, string(tc.body), string(rec.bodies[0]), "the body reaches the base intact")
				return
			}
			assertCCIAnswer(t, resp, tc.want)
		})
	}
}

// assertCCIAnswer checks that resp is CCI's answer for code.
func assertCCIAnswer(t *testing.T, resp *http.Response, code validate.Code) {
	t.Helper()
	assert.Equal(t, code.HTTPStatus(), resp.StatusCode)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	require.NotNil(t, resp.Request)
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &raw))
	var st validate.Status
	require.NoError(t, json.Unmarshal(data, &st))
	assert.Equal(t, code.String(), st.ErrorCode)
	assert.Equal(t, []byte(code.Message()), []byte(st.Message), "message byte-equal to the catalogue")
	assert.Equal(t, code.Reason(), st.Reason)
	assert.Equal(t, code.HTTPStatus(), st.Code)
	assert.Equal(t, "Status", st.Kind)
	assert.Equal(t, "Failure", st.Status)
	resp.Body = io.NopCloser(bytes.NewReader(data))
	err = validate.FromResponse(resp)
	assert.Equal(t, code.String(), validate.CodeOf(err), "FromResponse reads our answer like the server's")
}

func TestTransportKeepsCallersRequest(t *testing.T) {
	rec := &recorder{}
	tr := NewTransport(rec)
	req := newRequest(t, wireCase{method: "POST", path: "/api/v1/namespaces", contentType: "application/json", body: []byte(goodNamespace)})
	origBody := req.Body
	origHeader := req.Header.Clone()
	resp, err := tr.RoundTrip(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.True(t, origBody == req.Body, "the caller's request is not changed")
	assert.Equal(t, origHeader, req.Header)
	assert.Equal(t, goodNamespace, string(rec.bodies[0]))
}

func TestTransportPrefixAndHosts(t *testing.T) {
	bad := []byte(`{"metadata":{"name":"Demo"}}`)
	req := func(url string) *http.Request {
		r, err := http.NewRequest("POST", url, bytes.NewReader(bad))
		require.NoError(t, err)
		r.Header.Set("Content-Type", "application/json")
		return r
	}
	tr := NewTransport(failing{t})
	resp, err := tr.RoundTrip(req("http://gw.example.com/prefix/cci/api/v1/namespaces"))
	require.NoError(t, err)
	assertCCIAnswer(t, resp, validate.NamespaceNameInvalid)

	rec := &recorder{}
	tr = NewTransport(rec, WithHosts("*.myhuaweicloud.com"))
	resp, err = tr.RoundTrip(req("http://127.0.0.1:8080/api/v1/namespaces"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 1, rec.calls, "other hosts pass through")
	resp, err = tr.RoundTrip(req("https://CCI.cn-north-4.myhuaweicloud.com:443/api/v1/namespaces"))
	require.NoError(t, err)
	assert.Equal(t, 400, resp.StatusCode)
	assert.Equal(t, 1, rec.calls)
}

func TestTransportReportOnly(t *testing.T) {
	rec := &recorder{}
	var reported []string
	tr := NewTransport(rec, WithReportOnly(func(req *http.Request, err error) {
		reported = append(reported, validate.CodeOf(err))
	}))
	r, err := http.NewRequest("POST", host+"/api/v1/namespaces", strings.NewReader(`{"metadata":{"name":"Demo"}}`))
	require.NoError(t, err)
	r.Header.Set("Content-Type", "application/json")
	resp, err := tr.RoundTrip(r)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, []string{"CCI.02.400109"}, reported)
	assert.Equal(t, `{"metadata":{"name":"Demo"}}`, string(rec.bodies[0]))
}

func TestCheck(t *testing.T) {
	for _, tc := range wireCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			req := newRequest(t, tc)
			err := Check(req, tc.opts...)
			if tc.want == 0 {
				assert.NoError(t, err)
			} else {
				assert.Equal(t, tc.want.String(), validate.CodeOf(err))
			}
			if tc.body != nil {
				data, err := io.ReadAll(req.Body)
				require.NoError(t, err)
				assert.Equal(t, string(tc.body), string(data), "Check leaves the body readable")
			}
		})
	}
}

// A real server behind the transport sees good requests exactly as sent.
func TestTransportAgainstServer(t *testing.T) {
	var got []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = io.ReadAll(r.Body)
		w.WriteHeader(201)
	}))
	defer srv.Close()
	client := &http.Client{Transport: NewTransport(nil)}
	resp, err := client.Post(srv.URL+"/api/v1/namespaces", "application/json; charset=utf-8", strings.NewReader(goodNamespace))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 201, resp.StatusCode)
	assert.Equal(t, goodNamespace, string(got))
}
