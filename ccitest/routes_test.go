package ccitest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// webArchive is the package of the chart the fixture holds.
var webArchive = chartgen.Chart("web", "1.0.0").Archive()

// fixture starts a server holding namespace demo, network demo-net and volume claim
// pvc-evs in it, chart uuid (web 1.0.0) and release web in cluster uuid (of chart
// uuid2, which the server does not hold); then it applies opts, which must be
// options of what the server knows (actions, beta access, official charts, opt-in
// rules), not seeds.
func fixture(t testing.TB, opts ...Option) *Server {
	t.Helper()
	srv := NewServer(WithNamespaces("demo"), WithChart(Chart{ID: uuid}, webArchive))
	t.Cleanup(srv.Close)
	mustSend(t, srv, 201, "POST", netPath, goodNetwork)
	mustSend(t, srv, 201, "POST", pvcPath, goodVolume)
	mustSend(t, srv, 201, "POST", cluster+"/releases", strings.Replace(goodRelease, uuid, uuid2, 1))
	srv.mu.Lock()
	for _, opt := range opts {
		opt(srv.cfg)
	}
	srv.mu.Unlock()
	return srv
}

type routeCase struct {
	name string
	call
	opts []Option
	want validate.Code // 0: succeeds
}

func routeCases(t testing.TB) []routeCase {
	ct, up := upload(t, "web-1.0.0.tgz", webArchive)
	apiCT, apiUp := upload(t, "api-1.0.0.tgz", chartgen.Chart("api", "1.0.0").Archive())
	badCT, badUp := upload(t, "web-1.0.0.tar.gz", webArchive)
	j := jsonCT
	net2 := strings.Replace(goodNetwork, `"demo-net"`, `"net2"`, 1)
	vol2 := strings.NewReplacer(`"pvc-evs"`, `"pvc-2"`, uuid, uuid2).Replace(goodVolume)
	rel2 := strings.Replace(goodRelease, `"web"`, `"web2"`, 1)
	c := func(method, path, contentType, body string) call {
		var b []byte
		if body != "" {
			b = []byte(body)
		}
		return call{method: method, path: path, contentType: contentType, body: b}
	}
	return []routeCase{
		{"namespace create", c("POST", nsPath, j, namespaceBody("other")), nil, 0},
		{"namespace create content type", c("POST", nsPath, "text/plain", namespaceBody("other")), nil, validate.ContentTypeUnsupported},
		{"namespace create body", c("POST", nsPath, j, `[]`), nil, validate.NamespaceBodyInvalid},
		{"namespace create name", c("POST", nsPath, j, namespaceBody("Other")), nil, validate.NamespaceNameInvalid},
		{"namespace create flavor", c("POST", nsPath, j, strings.Replace(namespaceBody("other"), "general-computing", "gpu", 1)), nil, validate.NamespaceFlavorInvalid},
		{"namespace create permission", c("POST", nsPath, j, namespaceBody("other")), []Option{WithActions("cci:namespace:get")}, validate.NamespaceCreateForbidden},
		{"namespace create gpu beta", c("POST", nsPath, j, strings.Replace(namespaceBody("other"), "general-computing", "gpu-accelerated", 1)), []Option{WithGPUBeta(false)}, validate.GPUBetaRequired},
		{"namespace create taken", c("POST", nsPath, j, goodNamespace), nil, validate.NamespaceAlreadyExists},
		{"namespace create v2", c("POST", "/apis/cci/v2/namespaces", j, strings.Replace(goodNamespaceV2, "demo", "other", 1)), nil, 0},
		{"namespace create v2 apiVersion", c("POST", "/apis/cci/v2/namespaces", j, `{"apiVersion":"v1","metadata":{"name":"other"}}`), nil, validate.NamespaceBodyInvalid},
		{"namespace create v2 taken", c("POST", "/apis/cci/v2/namespaces", j, goodNamespaceV2), nil, validate.NamespaceAlreadyExists},
		{"namespace list", c("GET", nsPath+"?limit=10", "", ""), nil, 0},
		{"namespace list limit", c("GET", nsPath+"?limit=-1", "", ""), nil, validate.PaginationInvalid},
		{"namespace list scoped", c("GET", nsPath, "", ""), []Option{WithNamespaceScopedList()}, validate.NamespaceFieldSelectorRequired},
		{"namespace list permission", c("GET", nsPath, "", ""), []Option{WithActions("cci:namespace:get")}, validate.NamespaceListForbidden},
		{"namespace get", c("GET", nsPath+"/demo", "", ""), nil, 0},
		{"namespace get empty", c("GET", nsPath+"/", "", ""), nil, validate.NamespaceNotSpecified},
		{"namespace get permission", c("GET", nsPath+"/demo", "", ""), []Option{WithActions()}, validate.NamespaceGetForbidden},
		{"namespace delete", c("DELETE", nsPath+"/demo", "", ""), nil, 0},
		{"namespace delete empty", c("DELETE", nsPath+"/", "", ""), nil, validate.NamespaceDeleteNameEmpty},
		{"namespace delete policy", c("DELETE", nsPath+"/demo?propagationPolicy=orphan", "", ""), nil, validate.RequestBodyInvalid},
		{"namespace delete permission", c("DELETE", nsPath+"/demo", "", ""), []Option{WithActions("cci:namespace:get")}, validate.NamespaceDeleteForbidden},
		{"namespace update", c("PATCH", nsPath+"/demo", j, `{"metadata":{"labels":{"team":"a"}}}`), nil, 0},
		{"namespace update permission", c("PATCH", nsPath+"/demo", j, `{}`), []Option{WithActions("cci:namespace:get")}, validate.NamespaceUpdateForbidden},
		{"network create", c("POST", netPath, j, net2), nil, 0},
		{"network create token", c("POST", netPath, j, net2), []Option{WithUserTokenRequired()}, validate.UserTokenMissing},
		{"network create project id", c("POST", netPath, j, strings.Replace(net2, "project-id", "project-x", 1)), nil, validate.NetworkProjectIDMissing},
		{"network create type", c("POST", netPath, j, strings.Replace(net2, "underlay_neutron", "overlay", 1)), nil, validate.RequestBodyInvalid},
		{"network create cidr", c("POST", netPath, j, strings.Replace(net2, "192.168.0.0/24", "192.168.0.0/33", 1)), nil, validate.SubnetCIDRInvalid},
		{"network create empty namespace", c("POST", "/apis/networking.cci.io/v1beta1/namespaces//networks", j, net2), nil, validate.NamespaceNotSpecified},
		{"network create permission", c("POST", netPath, j, net2), []Option{WithActions("cci:namespace:*")}, validate.SubResourceCreateForbidden},
		{"network get", c("GET", netPath+"/demo-net", "", ""), []Option{WithActions("cci:*:*")}, 0},
		{"network get permission", c("GET", netPath+"/demo-net", "", ""), []Option{WithActions()}, validate.SubResourceGetForbidden},
		{"network delete", c("DELETE", netPath+"/demo-net", "", ""), nil, 0},
		{"network delete permission", c("DELETE", netPath+"/demo-net", "", ""), []Option{WithActions("cci:namespace:*")}, validate.SubResourceDeleteForbidden},
		{"network update", c("PUT", netPath+"/demo-net", j, `{"metadata":{"labels":{"a":"b"}}}`), nil, 0},
		{"network update permission", c("PUT", netPath+"/demo-net", j, goodNetwork), []Option{WithActions("cci:namespaceSubResource:get")}, validate.SubResourceUpdateForbidden},
		{"volume import", c("POST", pvcPath, j, vol2), nil, 0},
		{"volume import id", c("POST", pvcPath, j, strings.Replace(vol2, uuid2, "-"+uuid2, 1)), nil, validate.VolumeIDInvalid},
		{"volume import class", c("POST", pvcPath, j, strings.Replace(vol2, `"ssd"`, `"nfs-rw"`, 1)), nil, validate.BlockStorageClassInvalid},
		{"volume import obs beta", c("POST", pvcPath, j, strings.NewReplacer(`"ssd"`, `"obs"`, `"ext4"`, `"obs"`).Replace(vol2)), []Option{WithOBSBeta(false)}, validate.OBSBetaRequired},
		{"volume import imported", c("POST", pvcPath, j, strings.Replace(goodVolume, `"pvc-evs"`, `"pvc-3"`, 1)), nil, validate.VolumeAlreadyImported},
		{"volume import permission", c("POST", pvcPath, j, vol2), []Option{WithActions("cci:namespaceSubResource:get")}, validate.SubResourceCreateForbidden},
		{"volume list", c("GET", pvcPath+"?storageType=bs", "", ""), nil, 0},
		{"volume list type", c("GET", pvcPath+"?storageType=ssd", "", ""), nil, validate.StorageTypeInvalid},
		{"volume release", c("DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=true", "", ""), nil, 0},
		{"volume release flag", c("DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=yes", "", ""), nil, validate.DeleteVolumeInvalid},
		{"chart upload", call{method: "POST", path: "/v2/charts", contentType: apiCT, body: apiUp}, nil, 0},
		{"chart upload extension", call{method: "POST", path: "/v2/charts", contentType: badCT, body: badUp}, nil, validate.ChartFileInvalid},
		{"chart upload not multipart", c("POST", "/v2/charts", j, `{}`), nil, validate.UnmarshalFailed},
		{"chart upload taken", call{method: "POST", path: "/v2/charts", contentType: ct, body: up}, nil, validate.ChartAlreadyExists},
		{"chart upload official", call{method: "POST", path: "/v2/charts", contentType: apiCT, body: apiUp}, []Option{WithOfficialCharts("api")}, validate.ChartNameOfficial},
		{"chart update", call{method: "PUT", path: "/v2/charts/" + uuid, contentType: ct, body: up}, nil, 0},
		{"chart update id", call{method: "PUT", path: "/v2/charts/a.b", contentType: ct, body: up}, nil, validate.ChartIDInvalid},
		{"chart update other chart", call{method: "PUT", path: "/v2/charts/" + uuid, contentType: apiCT, body: apiUp}, nil, validate.ChartNameVersionChanged},
		{"chart get", c("GET", "/v2/charts/"+uuid, "", ""), nil, 0},
		{"chart get long id", c("GET", "/v2/charts/"+strings.Repeat("a", 65), "", ""), nil, validate.ChartIDTooLong},
		{"chart delete", c("DELETE", "/v2/charts/"+uuid, "", ""), nil, 0},
		{"chart delete empty id", c("DELETE", "/v2/charts/", "", ""), nil, validate.ChartIDEmpty},
		{"chart download", c("GET", "/v2/charts/"+uuid+"/archive", "", ""), nil, 0},
		{"chart download id", c("GET", "/v2/charts/_x/archive", "", ""), nil, validate.ChartIDInvalid},
		{"chart download official", c("GET", "/v2/charts/"+uuid+"/archive", "", ""), []Option{WithOfficialCharts("web")}, validate.OfficialChartDownloadForbidden},
		{"release create", c("POST", cluster+"/releases", j, rel2), nil, 0},
		{"release create name", c("POST", cluster+"/releases", j, strings.Replace(rel2, `"web2"`, `"my.release"`, 1)), nil, validate.ReleaseNameInvalid},
		{"release create values", c("POST", cluster+"/releases", j, strings.Replace(rel2, `,"values":{"replicas":2}`, ``, 1)), nil, validate.UnmarshalFailed},
		{"release create version", c("POST", cluster+"/releases", j, strings.Replace(rel2, `"1.0.0"`, `"1.2"`, 1)), nil, validate.ChartVersionInvalid},
		{"release create taken", c("POST", cluster+"/releases", j, goodRelease), nil, validate.ReleaseAlreadyExists},
		{"release update", c("PUT", relPath+"web", j, goodUpgrade), nil, 0},
		{"release update action", c("PUT", relPath+"web", j, strings.Replace(goodUpgrade, "upgrade", "Upgrade", 1)), nil, validate.ReleaseActionInvalid},
		{"release update rollback", c("PUT", relPath+"web", j, `{"action":"rollback","parameters":{"release_version":0}}`), nil, validate.ReleaseVersionInvalid},
		{"release update not found", c("PUT", relPath+"web2", j, goodUpgrade), nil, validate.ReleaseNotFound},
		{"release get", c("GET", relPath+"web", "", ""), nil, 0},
		{"release get name", c("GET", relPath+"1web", "", ""), nil, validate.ReleaseNameInvalid},
		{"release get not found", c("GET", relPath+"web2", "", ""), nil, validate.ReleaseNotFound},
		{"release delete", c("DELETE", relPath+"web", "", ""), nil, 0},
		{"release delete long name", c("DELETE", relPath+strings.Repeat("a", 25), "", ""), nil, validate.ReleaseNameTooLong},
	}
}

// Every route: a bad request gets CCI's answer for its code; a good one succeeds
// with the answer shape of cci-rules.md §11.
func TestRoutes(t *testing.T) {
	for _, tc := range routeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			srv := fixture(t, tc.opts...)
			resp, data := do(t, srv, tc.call)
			if tc.want != 0 {
				assertCode(t, tc.want, resp, data)
				return
			}
			assertShape(t, OperationOf(tc.method, resp.Request.URL.Path), resp, data)
		})
	}
}

// assertShape checks a successful answer of the operation op (cci-rules.md §11).
func assertShape(t *testing.T, op Operation, resp *http.Response, data []byte) {
	t.Helper()
	switch op {
	case NamespaceCreate, NamespaceCreateV2, NetworkCreate, VolumeImport, ChartUpload, ReleaseCreate:
		require.Equal(t, 201, resp.StatusCode, "%s", data)
	default:
		require.Equal(t, 200, resp.StatusCode, "%s", data)
	}
	if op == ChartDownload {
		assert.Equal(t, "application/gzip", resp.Header.Get("Content-Type"))
		assert.Equal(t, webArchive, data)
		return
	}
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	if op == VolumeList {
		var items []map[string]map[string]any
		require.NoError(t, json.Unmarshal(data, &items))
		require.Len(t, items, 1)
		assert.Equal(t, "pvc-evs", items[0]["persistentVolumeClaim"]["metadata"].(map[string]any)["name"])
		return
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	switch op {
	case NamespaceCreate, NamespaceCreateV2, NamespaceGet, NamespaceUpdate,
		NetworkCreate, NetworkGet, NetworkUpdate, VolumeImport:
		meta := m["metadata"].(map[string]any)
		assert.NotEmpty(t, meta["uid"])
		assert.NotEmpty(t, meta["creationTimestamp"])
		assert.NotNil(t, m["status"])
	case NamespaceList:
		assert.Equal(t, "NamespaceList", m["kind"])
		assert.Len(t, m["items"], 1)
	case NamespaceDelete, NetworkDelete, VolumeRelease, ChartDelete, ReleaseDelete:
		assert.Equal(t, "Status", m["kind"])
		assert.Equal(t, "Success", m["status"])
	case ChartUpload, ChartUpdate, ChartGet:
		for _, k := range []string{"id", "name", "version"} {
			assert.NotEmpty(t, m[k], k)
		}
	case ReleaseCreate, ReleaseGet, ReleaseUpdate:
		for _, k := range []string{"name", "namespace", "chart_id", "version"} {
			assert.NotEmpty(t, m[k], k)
		}
		assert.Equal(t, "DEPLOYED", m["status"])
	default:
		t.Fatalf("no shape for %v", op)
	}
}

// A path that is none of CCI's routes gets a plain 404; so does a method a route
// does not take.
func TestNotARoute(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	for _, c := range []call{
		{method: "POST", path: "/api/v1/namespaces/demo/pods", contentType: jsonCT, body: []byte(`not json`)},
		{method: "GET", path: "/v2/charts"},
		{method: "DELETE", path: "/api/v1/namespaces"},
	} {
		resp, _ := do(t, srv, c)
		assert.Equal(t, 404, resp.StatusCode, c.path)
		assert.NotEqual(t, "application/json", resp.Header.Get("Content-Type"))
	}
}

// Routes match on the path's ending: a prefix works.
func TestPrefix(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	mustSend(t, srv, 201, "POST", "/gateway/cci"+nsPath, goodNamespace)
	mustSend(t, srv, 200, "GET", "/other/prefix"+nsPath+"/demo", "")
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", "/x"+nsPath, goodNamespace)
}

// Oversized bodies get their operation's code; the server reads at most the limit.
func TestLargeBodies(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	huge := bytes.Repeat([]byte(" "), 20<<20)
	resp, data := do(t, srv, call{method: "POST", path: nsPath, contentType: jsonCT, body: huge})
	assertCode(t, validate.NamespaceBodyInvalid, resp, data)
	ct, body := upload(t, "big-1.0.0.tgz", huge)
	resp, data = do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	assertCode(t, validate.ChartTooLarge, resp, data)
}
