package ccitest

import (
	"encoding/json"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The defaults of cci-rules.md §11: every action, GPU and OBS beta, every volume ID.
func TestDefaults(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	mustSend(t, srv, 201, "POST", nsPath, strings.Replace(goodNamespace, "general-computing", "gpu-accelerated", 1))
	obs := strings.NewReplacer(`"ssd"`, `"obs"`, `"ext4"`, `"obs"`).Replace(goodVolume)
	mustSend(t, srv, 201, "POST", pvcPath, obs)
	mustSend(t, srv, 201, "POST", pvcPath, strings.NewReplacer(`"pvc-evs"`, `"any"`, uuid, "any-volume-id").Replace(goodVolume))
	mustSend(t, srv, 201, "POST", cluster+"/releases", goodRelease) // the chart need not be held
	list := mustSend(t, srv, 200, "GET", nsPath, "")
	assert.Len(t, list["items"], 1)
}

func TestWithActions(t *testing.T) {
	srv := NewServer(WithActions("cci:namespace:create", "cci:namespaceSubResource:*"))
	defer srv.Close()
	mustSend(t, srv, 201, "POST", nsPath, goodNamespace)
	assertSent(t, validate.NamespaceGetForbidden, srv, "GET", nsPath+"/demo", "")
	assertSent(t, validate.NamespaceListForbidden, srv, "GET", nsPath, "")
	assertSent(t, validate.NamespaceGetForbidden, srv, "GET", nsPath+"/absent", "") // permission before NotFound
	mustSend(t, srv, 201, "POST", netPath, goodNetwork)
	mustSend(t, srv, 201, "POST", cluster+"/releases", goodRelease) // releases have no permission codes

	none := NewServer(WithActions())
	defer none.Close()
	assertSent(t, validate.NamespaceCreateForbidden, none, "POST", nsPath, `[]`) // before every other rule
	all := NewServer(WithActions("cci:*:*"))
	defer all.Close()
	mustSend(t, all, 201, "POST", nsPath, goodNamespace)
}

func TestWithBeta(t *testing.T) {
	srv := NewServer(WithGPUBeta(false), WithOBSBeta(false), WithNamespaces("demo"))
	defer srv.Close()
	assertSent(t, validate.GPUBetaRequired, srv, "POST", nsPath, strings.Replace(namespaceBody("gpu"), "general-computing", "gpu-accelerated", 1))
	mustSend(t, srv, 201, "POST", nsPath, namespaceBody("cpu"))
	assertSent(t, validate.OBSBetaRequired, srv, "POST", pvcPath, strings.NewReplacer(`"ssd"`, `"obs"`, `"ext4"`, `"obs"`).Replace(goodVolume))
	mustSend(t, srv, 201, "POST", pvcPath, goodVolume)
}

func TestWithNamespaceQuota(t *testing.T) {
	srv := NewServer(WithNamespaceQuota(2), WithNamespaces("a"))
	defer srv.Close()
	mustSend(t, srv, 201, "POST", nsPath, namespaceBody("b"))
	assertSent(t, validate.NamespaceQuotaExceeded, srv, "POST", nsPath, namespaceBody("c"))
	big := NewServer(WithNamespaceQuota(7))
	defer big.Close()
	for i := range 7 {
		mustSend(t, big, 201, "POST", nsPath, namespaceBody("n"+string(rune('a'+i))))
	}
	assertSent(t, validate.NamespaceQuotaExceeded, big, "POST", nsPath, namespaceBody("x"))
}

func TestWithNamespaces(t *testing.T) {
	srv := NewServer(WithNamespaces("demo", "prod"))
	defer srv.Close()
	got := mustSend(t, srv, 200, "GET", nsPath+"/prod", "")
	assert.Equal(t, "general-computing", got["metadata"].(map[string]any)["annotations"].(map[string]any)["namespace.kubernetes.io/flavor"])
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", nsPath, goodNamespace)
	assert.Len(t, mustSend(t, srv, 200, "GET", nsPath, "")["items"], 2)
}

func TestWithVolume(t *testing.T) {
	srv := NewServer(WithNamespaces("demo"),
		WithVolume(uuid, volume.VolumeAvailable),
		WithVolume(uuid2, volume.VolumeUnavailable),
		WithVolume("imported-1", volume.VolumeImported))
	defer srv.Close()
	vol := func(name, id string) string {
		return strings.NewReplacer(`"pvc-evs"`, `"`+name+`"`, uuid, id).Replace(goodVolume)
	}
	assertSent(t, validate.VolumeNotFound, srv, "POST", pvcPath, vol("a", "unknown-1"))
	assertSent(t, validate.VolumeNotAvailable, srv, "POST", pvcPath, vol("b", uuid2))
	assertSent(t, validate.VolumeAlreadyImported, srv, "POST", pvcPath, vol("c", "imported-1"))
	mustSend(t, srv, 201, "POST", pvcPath, vol("d", uuid))
	assertSent(t, validate.VolumeAlreadyImported, srv, "POST", pvcPath, vol("e", uuid))
	mustSend(t, srv, 200, "DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/d?deleteVolume=true", "")
	assertSent(t, validate.VolumeNotFound, srv, "POST", pvcPath, vol("f", uuid))
}

func TestWithOfficialCharts(t *testing.T) {
	srv := NewServer(WithOfficialCharts("nginx"), WithChart(Chart{ID: "official-1"}, chartgen.Chart("nginx", "1.0.0").Archive()))
	defer srv.Close()
	ct, body := upload(t, "nginx-1.0.0.tgz", chartgen.Chart("nginx", "1.0.0").Archive())
	resp, data := do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	assertCode(t, validate.ChartNameOfficial, resp, data)
	assertSent(t, validate.OfficialChartDownloadForbidden, srv, "GET", "/v2/charts/official-1/archive", "")
	mustSend(t, srv, 200, "GET", "/v2/charts/official-1", "")
}

// WithChart seeds charts: name and version from the archive, a new ID when none
// is given, Public charts not downloadable, and the owner's tenant checked on update.
func TestWithChart(t *testing.T) {
	web := chartgen.Chart("web", "1.0.0").Archive()
	srv := NewServer(
		WithTenant("tenant-a"),
		WithChart(Chart{ID: "mine", Owner: "tenant-a"}, web),
		WithChart(Chart{ID: "theirs", Owner: "tenant-b"}, chartgen.Chart("api", "2.0.0").Archive()),
		WithChart(Chart{ID: "public", Name: "redis", Version: "7.0.0", Public: true}, nil),
		WithChart(Chart{Name: "noid", Version: "0.1.0"}, nil))
	defer srv.Close()
	got := mustSend(t, srv, 200, "GET", "/v2/charts/theirs", "")
	assert.Equal(t, "api", got["name"])
	assert.Equal(t, "2.0.0", got["version"])
	assertSent(t, validate.OfficialChartDownloadForbidden, srv, "GET", "/v2/charts/public/archive", "")

	ct, body := upload(t, "api-2.0.0.tgz", chartgen.Chart("api", "2.0.0").Archive())
	resp, data := do(t, srv, call{method: "PUT", path: "/v2/charts/theirs", contentType: ct, body: body})
	assertCode(t, validate.ChartOfOtherTenant, resp, data)
	ct, body = upload(t, "web-1.0.0.tgz", web)
	resp, data = do(t, srv, call{method: "PUT", path: "/v2/charts/mine", contentType: ct, body: body})
	assert.Equal(t, 200, resp.StatusCode, "%s", data)
	resp, data = do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	assertCode(t, validate.ChartAlreadyExists, resp, data)

	// A chart uploaded through the server is the caller's.
	ct, body = upload(t, "db-1.0.0.tgz", chartgen.Chart("db", "1.0.0").Archive())
	_, data = do(t, srv, call{method: "POST", path: "/v2/charts", contentType: ct, body: body})
	var c Chart
	require.NoError(t, json.Unmarshal(data, &c))
	resp, data = do(t, srv, call{method: "PUT", path: "/v2/charts/" + c.ID, contentType: ct, body: body})
	assert.Equal(t, 200, resp.StatusCode, "%s", data)
	srv.mu.Lock()
	assert.Len(t, srv.st.charts, 5, "the chart without an ID got one")
	srv.mu.Unlock()
}

func TestWithRelease(t *testing.T) {
	srv := NewServer(
		WithRelease(uuid, "demo", "pending", release.StatusPendingUpgrade),
		WithRelease(uuid, "demo", "failed", release.StatusFailed),
		WithRelease(uuid, "demo", "plain", ""))
	defer srv.Close()
	assertSent(t, validate.ReleaseStatusForbidsUpdate, srv, "PUT", relPath+"pending", goodUpgrade)
	mustSend(t, srv, 200, "PUT", relPath+"failed", goodUpgrade)
	got := mustSend(t, srv, 200, "GET", relPath+"plain", "")
	assert.Equal(t, "DEPLOYED", got["status"])
	assertSent(t, validate.ReleaseAlreadyExists, srv, "POST", cluster+"/releases", strings.Replace(goodRelease, `"web"`, `"pending"`, 1))
	assertSent(t, validate.ReleaseNotFound, srv, "GET", "/cce/cam/v3/clusters/"+uuid2+"/namespace/demo/releases/plain", "")
}

func TestWithDeprecatedVersions(t *testing.T) {
	srv := NewServer(WithDeprecatedVersions(uuid, "1.0.0"))
	defer srv.Close()
	assertSent(t, validate.ChartVersionDeprecated, srv, "POST", cluster+"/releases", goodRelease)
	mustSend(t, srv, 201, "POST", cluster+"/releases", strings.Replace(goodRelease, "1.0.0", "1.1.0", 1))
}

func TestWithSubnets(t *testing.T) {
	srv := NewServer(WithNamespaces("demo"), WithSubnets(netip.MustParsePrefix("10.0.0.0/8")))
	defer srv.Close()
	assertSent(t, validate.SubnetCIDRInvalid, srv, "POST", netPath, goodNetwork)
	mustSend(t, srv, 201, "POST", netPath, strings.Replace(goodNetwork, "192.168.0.0/24", "10.1.0.0/16", 1))
}

func TestWithOptInRules(t *testing.T) {
	srv := NewServer(WithNamespaces("demo"), WithUserTokenRequired(), WithNamespaceScopedList())
	defer srv.Close()
	assertSent(t, validate.UserTokenMissing, srv, "POST", netPath, goodNetwork)
	resp, data := do(t, srv, call{method: "POST", path: netPath, contentType: jsonCT, body: []byte(goodNetwork), header: map[string][]string{"X-User-Token": {"t"}}})
	assert.Equal(t, 201, resp.StatusCode, "%s", data)
	assertSent(t, validate.NamespaceFieldSelectorRequired, srv, "GET", nsPath, "")
	mustSend(t, srv, 200, "GET", nsPath+"?fieldSelector=metadata.name%3Ddemo", "")
}

// A fault answers its code's Status, exactly as CCI sends it, before any rule and
// without changing what the server holds; SetFault sets and clears faults.
func TestWithFault(t *testing.T) {
	srv := NewServer(WithFault(NamespaceCreate, validate.NoAllocatedCluster))
	defer srv.Close()
	resp, data := send(t, srv, "POST", nsPath, goodNamespace)
	assertCode(t, validate.NoAllocatedCluster, resp, data)
	_, want := dispatch.StatusBody(validate.NewStatus(validate.NoAllocatedCluster))
	assert.Equal(t, string(want), string(data), "no details, as CCI sends it")
	resp, data = send(t, srv, "POST", nsPath, `[]`)
	assertCode(t, validate.NoAllocatedCluster, resp, data)
	mustSend(t, srv, 201, "POST", "/apis/cci/v2/namespaces", goodNamespaceV2) // other operations are not affected

	srv.SetFault(NamespaceCreate, 0)
	srv.SetFault(NamespaceGet, validate.ClusterEndpointNotFound)
	assertSent(t, validate.NamespaceAlreadyExists, srv, "POST", nsPath, goodNamespace)
	assertSent(t, validate.ClusterEndpointNotFound, srv, "GET", nsPath+"/demo", "")
	srv.SetFault(NamespaceGet, 0)
	mustSend(t, srv, 200, "GET", nsPath+"/demo", "")
}

// Every operation can be made to answer any catalogue code.
func TestFaultOnEveryOperation(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	paths := map[Operation]call{}
	for _, tc := range routeCases(t) {
		op := OperationOf(tc.method, strings.SplitN(tc.path, "?", 2)[0])
		if _, ok := paths[op]; !ok {
			paths[op] = tc.call
		}
	}
	require.Len(t, paths, len(Operations()))
	codes := []validate.Code{validate.AgencyNotAuthorized, validate.ClusterEndpointNotFound, validate.NoAllocatedCluster}
	for i, op := range Operations() {
		code := codes[i%len(codes)]
		srv.SetFault(op, code)
		resp, data := do(t, srv, paths[op])
		assertCode(t, code, resp, data)
		srv.SetFault(op, 0)
	}
}

func TestOperations(t *testing.T) {
	seen := map[string]bool{}
	for _, op := range Operations() {
		name := op.String()
		assert.False(t, seen[name], name)
		seen[name] = true
		got, ok := ParseOperation(name)
		assert.True(t, ok)
		assert.Equal(t, op, got)
	}
	assert.Equal(t, ChartDownload, OperationOf("GET", "/prefix/v2/charts/x/archive"))
	assert.Equal(t, Operation(0), OperationOf("GET", "/v2/charts"))
	_, ok := ParseOperation("nope")
	assert.False(t, ok)
}

// Concurrent creates are serialised: exactly the quota's worth succeed.
func TestConcurrentCreates(t *testing.T) {
	srv := NewServer()
	defer srv.Close()
	var wg sync.WaitGroup
	codes := make([]int, 20)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, _ := send(t, srv, "POST", nsPath, namespaceBody("n"+string(rune('a'+i))))
			codes[i] = resp.StatusCode
		}()
	}
	wg.Wait()
	created := 0
	for _, c := range codes {
		if c == 201 {
			created++
		} else {
			assert.Equal(t, 400, c)
		}
	}
	assert.Equal(t, 5, created)
}

// The constants are numbered as internal/route numbers its operations.
func TestOperationsAreRoutes(t *testing.T) {
	want := []route.Op{
		route.NamespaceCreate, route.NamespaceCreateV2, route.NamespaceList, route.NamespaceGet, route.NamespaceDelete, route.NamespaceUpdate,
		route.NetworkCreate, route.NetworkGet, route.NetworkDelete, route.NetworkUpdate,
		route.VolumeImport, route.VolumeList, route.VolumeRelease,
		route.ChartUpload, route.ChartUpdate, route.ChartGet, route.ChartDelete, route.ChartDownload,
		route.ReleaseCreate, route.ReleaseGet, route.ReleaseDelete, route.ReleaseUpdate,
	}
	ops := Operations()
	require.Len(t, ops, len(want))
	for i, op := range ops {
		assert.Equal(t, want[i], op.op(), "%v", op)
	}
}
