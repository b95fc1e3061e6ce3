package route

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		method, path string
		want         Route
		ok           bool
	}{
		{"POST", "/api/v1/namespaces", Route{Op: NamespaceCreate}, true},
		{"GET", "/api/v1/namespaces", Route{Op: NamespaceList}, true},
		{"GET", "/api/v1/namespaces/demo", Route{Op: NamespaceGet, Namespace: "demo"}, true},
		// The empty name of §4 ("/api/v1/namespaces/") is a get of "".
		{"GET", "/api/v1/namespaces/", Route{Op: NamespaceGet}, true},
		{"DELETE", "/api/v1/namespaces/demo", Route{Op: NamespaceDelete, Namespace: "demo"}, true},
		{"DELETE", "/api/v1/namespaces/", Route{Op: NamespaceDelete}, true},
		{"PUT", "/api/v1/namespaces/demo", Route{Op: NamespaceUpdate, Namespace: "demo"}, true},
		{"PATCH", "/api/v1/namespaces/demo", Route{Op: NamespaceUpdate, Namespace: "demo"}, true},
		{"POST", "/apis/cci/v2/namespaces", Route{Op: NamespaceCreateV2}, true},
		{"POST", "/apis/networking.cci.io/v1beta1/namespaces/demo/networks", Route{Op: NetworkCreate, Namespace: "demo"}, true},
		{"POST", "/apis/networking.cci.io/v1beta1/namespaces//networks", Route{Op: NetworkCreate}, true},
		{"GET", "/apis/networking.cci.io/v1beta1/namespaces/demo/networks/net", Route{Op: NetworkGet, Namespace: "demo", Name: "net"}, true},
		{"DELETE", "/apis/networking.cci.io/v1beta1/namespaces/demo/networks/net", Route{Op: NetworkDelete, Namespace: "demo", Name: "net"}, true},
		{"PATCH", "/apis/networking.cci.io/v1beta1/namespaces/demo/networks/net", Route{Op: NetworkUpdate, Namespace: "demo", Name: "net"}, true},
		{"POST", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", Route{Op: VolumeImport, Namespace: "demo"}, true},
		{"GET", "/api/v1/namespaces/demo/extended-persistentvolumeclaims", Route{Op: VolumeList, Namespace: "demo"}, true},
		{"DELETE", "/api/v1/namespaces/demo/persistentvolumeclaims/pvc", Route{Op: VolumeRelease, Namespace: "demo", Name: "pvc"}, true},
		{"POST", "/v2/charts", Route{Op: ChartUpload}, true},
		{"PUT", "/v2/charts/c1", Route{Op: ChartUpdate, ChartID: "c1"}, true},
		{"GET", "/v2/charts/c1", Route{Op: ChartGet, ChartID: "c1"}, true},
		{"DELETE", "/v2/charts/c1", Route{Op: ChartDelete, ChartID: "c1"}, true},
		{"GET", "/v2/charts/c1/archive", Route{Op: ChartDownload, ChartID: "c1"}, true},
		{"POST", "/cce/cam/v3/clusters/k1/releases", Route{Op: ReleaseCreate, ClusterID: "k1"}, true},
		{"GET", "/cce/cam/v3/clusters/k1/namespace/demo/releases/web", Route{Op: ReleaseGet, ClusterID: "k1", Namespace: "demo", Name: "web"}, true},
		{"DELETE", "/cce/cam/v3/clusters/k1/namespace/demo/releases/web", Route{Op: ReleaseDelete, ClusterID: "k1", Namespace: "demo", Name: "web"}, true},
		{"PUT", "/cce/cam/v3/clusters/k1/namespace/demo/releases/web", Route{Op: ReleaseUpdate, ClusterID: "k1", Namespace: "demo", Name: "web"}, true},
		// Prefixes of gateways and test servers.
		{"POST", "/gw/cci/api/v1/namespaces", Route{Op: NamespaceCreate, Prefix: "/gw/cci"}, true},
		{"GET", "/x/v2/charts/c1/archive", Route{Op: ChartDownload, Prefix: "/x", ChartID: "c1"}, true},
		// Not ours.
		{"GET", "/api/v1/namespaces/demo/pods", Route{}, false},
		{"POST", "/api/v1/namespaces/demo", Route{}, false},
		{"PATCH", "/v2/charts/c1", Route{}, false},
		{"GET", "/apis/cci/v2/namespaces", Route{}, false},
		{"GET", "/", Route{}, false},
		{"GET", "", Route{}, false},
		{"POST", "v2/charts", Route{}, false},
		{"POST", "/api/v1/namespacesX", Route{}, false},
	}
	for _, tc := range tests {
		got, ok := Match(tc.method, tc.path)
		assert.Equal(t, tc.ok, ok, "%s %s", tc.method, tc.path)
		assert.Equal(t, tc.want, got, "%s %s", tc.method, tc.path)
	}
}

func TestOpString(t *testing.T) {
	assert.Equal(t, "namespace create", NamespaceCreate.String())
	assert.Equal(t, "release update", ReleaseUpdate.String())
	assert.Equal(t, "route.Op(?)", Op(-1).String())
	for o := None; o < numOps; o++ {
		assert.NotEmpty(t, o.String())
	}
}

func TestMatchAllocatesNothing(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		Match("PUT", "/gw/cce/cam/v3/clusters/k1/namespace/demo/releases/web")
	}))
}

func FuzzMatch(f *testing.F) {
	f.Add("GET", "/api/v1/namespaces/demo")
	f.Add("POST", "/v2/charts")
	f.Fuzz(func(t *testing.T, method, path string) {
		r, ok := Match(method, path)
		if ok != (r.Op != None) {
			t.Fatalf("Match(%q, %q) = %+v, %v", method, path, r, ok)
		}
	})
}
