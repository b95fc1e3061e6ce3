package ccitest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNamespaceCreateTwice(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	ns := mustSend(t, srv, 201, "POST", nsPath, goodNamespace)
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", nsPath, goodNamespace)
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", "/apis/cci/v2/namespaces", goodNamespaceV2)
	got := mustSend(t, srv, 200, "GET", nsPath+"/demo", "")
	assert.Equal(t, ns, got, "a get answers the stored object")
	meta := got["metadata"].(map[string]any)
	assert.Equal(t, "demo", meta["name"])
	assert.Equal(t, "0", meta["labels"].(map[string]any)["sys_enterprise_project_id"])
	assert.Equal(t, map[string]any{"phase": "Active"}, got["status"])
}

// Five creates fit the default quota, the sixth does not; 1.0 and 2.0 namespaces
// share it, and a delete frees a place.
func TestNamespaceQuota(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	for i, name := range []string{"a", "b", "c", "d", "e"} {
		if i%2 == 0 {
			mustSend(t, srv, 201, "POST", nsPath, namespaceBody(name))
		} else {
			mustSend(t, srv, 201, "POST", "/apis/cci/v2/namespaces", `{"metadata":{"name":"`+name+`"}}`)
		}
	}
	assertSent(t, validate.NamespaceQuotaExceeded, srv, "POST", nsPath, namespaceBody("f"))
	assertSent(t, validate.NamespaceQuotaExceeded, srv, "POST", "/apis/cci/v2/namespaces", `{"metadata":{"name":"f"}}`)
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", nsPath, namespaceBody("a")) // name taken comes first
	mustSend(t, srv, 200, "DELETE", nsPath+"/b", "")
	mustSend(t, srv, 201, "POST", nsPath, namespaceBody("f"))

	list := mustSend(t, srv, 200, "GET", nsPath, "")
	assert.Equal(t, "NamespaceList", list["kind"])
	assert.Len(t, list["items"], 5)
	list = mustSend(t, srv, 200, "GET", nsPath+"?fieldSelector=metadata.name%3Dd", "")
	require.Len(t, list["items"], 1)
	assert.Equal(t, "cci/v2", list["items"].([]any)[0].(map[string]any)["apiVersion"])
}

func TestNamespaceNotFound(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	resp, data := send(t, srv, "GET", nsPath+"/demo", "")
	assert.Equal(t, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespaces \"demo\" not found","reason":"NotFound","details":{"name":"demo","kind":"namespaces"},"code":404}`, string(data))
	assertNotFound(t, resp, data, "namespaces", "demo")
	resp, data = send(t, srv, "DELETE", nsPath+"/demo", "")
	assertNotFound(t, resp, data, "namespaces", "demo")
	resp, data = send(t, srv, "PATCH", nsPath+"/demo", `{}`)
	assertNotFound(t, resp, data, "namespaces", "demo")
	resp, data = send(t, srv, "POST", netPath, goodNetwork)
	assertNotFound(t, resp, data, "namespaces", "demo")
	resp, data = send(t, srv, "POST", pvcPath, goodVolume)
	assertNotFound(t, resp, data, "namespaces", "demo")
	// The rules come first: a bad request for a missing namespace gets its code.
	assertSent(t, validate.SubnetCIDRInvalid, srv, "POST", netPath, strings.Replace(goodNetwork, "/24", "/33", 1))
}

func TestNamespaceUpdateAndDelete(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	created := mustSend(t, srv, 201, "POST", nsPath, goodNamespace)
	got := mustSend(t, srv, 200, "PATCH", nsPath+"/demo", `{"metadata":{"name":"x","uid":"x","labels":{"team":"a","sys_enterprise_project_id":null}}}`)
	meta := got["metadata"].(map[string]any)
	assert.Equal(t, "demo", meta["name"], "server-set fields are kept")
	assert.Equal(t, created["metadata"].(map[string]any)["uid"], meta["uid"])
	assert.Equal(t, map[string]any{"team": "a"}, meta["labels"])
	resp, data := send(t, srv, "PUT", nsPath+"/demo", `[1]`)
	assert.Equal(t, 400, resp.StatusCode, "%s", data)

	mustSend(t, srv, 201, "POST", netPath, goodNetwork)
	mustSend(t, srv, 201, "POST", pvcPath, goodVolume)
	del := mustSend(t, srv, 200, "DELETE", nsPath+"/demo", "")
	assert.Equal(t, "Success", del["status"])
	assert.Equal(t, map[string]any{"name": "demo", "kind": "namespaces", "uid": meta["uid"]}, del["details"])
	resp, data = send(t, srv, "GET", netPath+"/demo-net", "")
	assertNotFound(t, resp, data, "namespaces", "demo")
	mustSend(t, srv, 201, "POST", nsPath, goodNamespace)
	resp, data = send(t, srv, "GET", netPath+"/demo-net", "")
	assertNotFound(t, resp, data, "networks", "demo-net")
	mustSend(t, srv, 201, "POST", pvcPath, goodVolume) // the namespace's delete made the volume available
}

func TestNetworkLifecycle(t *testing.T) {
	srv := NewServer(WithNamespaces("demo"))
	defer srv.Close()
	created := mustSend(t, srv, 201, "POST", netPath, goodNetwork)
	assert.Equal(t, "demo", created["metadata"].(map[string]any)["namespace"])
	assert.Equal(t, map[string]any{"state": "Active"}, created["status"])
	resp, data := send(t, srv, "POST", netPath, goodNetwork)
	assert.Equal(t, 409, resp.StatusCode)
	var st validate.Status
	require.NoError(t, json.Unmarshal(data, &st))
	assert.Equal(t, "AlreadyExists", st.Reason)
	assert.Empty(t, st.ErrorCode)
	assert.Equal(t, created, mustSend(t, srv, 200, "GET", netPath+"/demo-net", ""))
	mustSend(t, srv, 200, "DELETE", netPath+"/demo-net", "")
	resp, data = send(t, srv, "GET", netPath+"/demo-net", "")
	assertNotFound(t, resp, data, "networks", "demo-net")
	assert.Contains(t, string(data), `"message":"networks.networking.cci.io \"demo-net\" not found"`)
}

func TestVolumeLifecycle(t *testing.T) {
	srv := NewServer(WithNamespaces("demo"))
	defer srv.Close()
	claim := mustSend(t, srv, 201, "POST", pvcPath, goodVolume)
	assert.NotEmpty(t, claim["metadata"].(map[string]any)["uid"])
	assert.Equal(t, "Bound", claim["status"].(map[string]any)["phase"])
	other := strings.Replace(goodVolume, `"pvc-evs"`, `"pvc-other"`, 1)
	assertSent(t, validate.VolumeAlreadyImported, srv, "POST", pvcPath, other)

	var items []map[string]any
	_, data := send(t, srv, "GET", pvcPath, "")
	require.NoError(t, json.Unmarshal(data, &items))
	assert.Len(t, items, 1, "storageType defaults to bs")
	_, data = send(t, srv, "GET", pvcPath+"?storageType=nfs", "")
	require.NoError(t, json.Unmarshal(data, &items))
	assert.Empty(t, items)

	mustSend(t, srv, 200, "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=false&storageType=bs", "")
	resp, data := send(t, srv, "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-evs?deleteVolume=true", "")
	assertNotFound(t, resp, data, "persistentvolumeclaims", "pvc-evs")
	mustSend(t, srv, 201, "POST", pvcPath, other) // available again
	mustSend(t, srv, 200, "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc-other?deleteVolume=true", "")
	assertSent(t, validate.VolumeNotFound, srv, "POST", pvcPath, goodVolume) // deleted with its claim
}

// Upload, get, download, the name taken, an update with another version, the chart
// in use by a release, and its delete once the release is gone.
func TestChartLifecycle(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	archive := chartgen.Chart("web", "1.0.0").Archive()
	ct, body := upload(t, "web-1.0.0.tgz", archive)
	resp, data := do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	require.Equal(t, 201, resp.StatusCode, "%s", data)
	var c Chart
	require.NoError(t, json.Unmarshal(data, &c))
	assert.Len(t, c.ID, 36)
	assert.Equal(t, "web", c.Name)
	assert.Equal(t, "1.0.0", c.Version)
	assert.False(t, c.Public)
	id := c.ID

	got := mustSend(t, srv, 200, "GET", "/v2/charts/"+id, "")
	assert.Equal(t, id, got["id"])
	resp, data = send(t, srv, "GET", "/v2/charts/"+id+"/archive", "")
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "application/gzip", resp.Header.Get("Content-Type"))
	assert.Equal(t, archive, data, "the download is the uploaded package")

	resp, data = do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	assertCode(t, validate.ChartAlreadyExists, resp, data)
	ct2, body2 := upload(t, "web-1.1.0.tgz", chartgen.Chart("web", "1.1.0").Archive())
	resp, data = do(t, srv, call{method: "PUT", path: "/v2/charts/" + id, contentType: ct2, body: body2})
	assertCode(t, validate.ChartNameVersionChanged, resp, data)
	resp, data = do(t, srv, call{method: "PUT", path: "/v2/charts/" + id, contentType: ct, body: body})
	assert.Equal(t, 200, resp.StatusCode, "%s", data)

	rel := strings.Replace(goodRelease, uuid, id, 1)
	created := mustSend(t, srv, 201, "POST", cluster+"/releases", rel)
	assert.Equal(t, "web", created["chart_name"])
	assertSent(t, validate.ChartInUse, srv, "DELETE", "/v2/charts/"+id, "")
	mustSend(t, srv, 200, "DELETE", relPath+"web", "")
	del := mustSend(t, srv, 200, "DELETE", "/v2/charts/"+id, "")
	assert.Equal(t, "Success", del["status"])
	resp, data = send(t, srv, "GET", "/v2/charts/"+id, "")
	assertNotFound(t, resp, data, "charts", id)
	resp, data = send(t, srv, "GET", "/v2/charts/"+id+"/archive", "")
	assertNotFound(t, resp, data, "charts", id)
	resp, data = do(t, srv, call{method: "PUT", path: "/v2/charts/" + id, contentType: ct, body: body})
	assertNotFound(t, resp, data, "charts", id)
	resp, data = do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	assert.Equal(t, 201, resp.StatusCode, "the name is free again: %s", data)
}

// Create, create again, get, upgrade, an update in a status that forbids it, delete,
// and the release gone.
func TestReleaseLifecycle(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	created := mustSend(t, srv, 201, "POST", cluster+"/releases", goodRelease)
	want := map[string]any{"name": "web", "namespace": "demo", "chart_id": uuid, "version": "1.0.0", "status": "DEPLOYED",
		"cluster_id": uuid, "values": map[string]any{"replicas": float64(2)}, "release_version": float64(1)}
	for k, v := range want {
		assert.Equal(t, v, created[k], k)
	}
	assertSent(t, validate.ReleaseAlreadyExists, srv, "POST", cluster+"/releases", goodRelease)
	assertSent(t, validate.ReleaseAlreadyExists, srv, "POST", cluster+"/releases", strings.Replace(goodRelease, `"demo"`, `"other"`, 1))
	mustSend(t, srv, 201, "POST", "/cce/cam/v3/clusters/"+uuid2+"/releases", goodRelease) // another cluster
	assert.Equal(t, created, mustSend(t, srv, 200, "GET", relPath+"web", ""))
	assertSent(t, validate.ReleaseNotFound, srv, "GET", cluster+"/namespace/other/releases/web", "")

	up := mustSend(t, srv, 200, "PUT", relPath+"web", goodUpgrade)
	assert.Equal(t, "1.1.0", up["version"])
	assert.Equal(t, float64(2), up["release_version"])
	assert.Equal(t, map[string]any{}, up["values"])

	require.True(t, srv.SetReleaseStatus(uuid, "demo", "web", release.StatusPendingUpgrade))
	assertSent(t, validate.ReleaseStatusForbidsUpdate, srv, "PUT", relPath+"web", goodUpgrade)
	require.True(t, srv.SetReleaseStatus(uuid, "demo", "web", release.StatusFailed))
	rb := mustSend(t, srv, 200, "PUT", relPath+"web", `{"action":"rollback","parameters":{"release_version":1}}`)
	assert.Equal(t, "DEPLOYED", rb["status"])
	assert.False(t, srv.SetReleaseStatus(uuid, "other", "web", release.StatusFailed))

	mustSend(t, srv, 200, "DELETE", relPath+"web", "")
	assertSent(t, validate.ReleaseNotFound, srv, "GET", relPath+"web", "")
	assertSent(t, validate.ReleaseNotFound, srv, "DELETE", relPath+"web", "")
	assertSent(t, validate.ReleaseNotFound, srv, "PUT", relPath+"web", goodUpgrade)
	mustSend(t, srv, 201, "POST", cluster+"/releases", goodRelease)
}
