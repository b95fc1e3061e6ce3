// Package route finds the CCI operation of an HTTP request from its method and path
// (cci-rules.md §2), for the pre-flight transport and the test server. Paths may carry
// any prefix (a gateway or a test server mounts the API elsewhere): a route matches on
// the path's ending.
package route

import "strings"

// Op is a CCI operation. The zero Op is no operation: the request is not CCI's.
type Op int

// The operations of cci-rules.md §2.
const (
	None Op = iota
	NamespaceCreate
	NamespaceList
	NamespaceGet
	NamespaceDelete
	NamespaceUpdate
	NamespaceCreateV2
	NetworkCreate
	NetworkGet
	NetworkDelete
	NetworkUpdate
	VolumeImport
	VolumeList
	VolumeRelease
	ChartUpload
	ChartUpdate
	ChartGet
	ChartDelete
	ChartDownload
	ReleaseCreate
	ReleaseGet
	ReleaseDelete
	ReleaseUpdate
	numOps
)

var opNames = [numOps]string{
	None:              "none",
	NamespaceCreate:   "namespace create",
	NamespaceList:     "namespace list",
	NamespaceGet:      "namespace get",
	NamespaceDelete:   "namespace delete",
	NamespaceUpdate:   "namespace update",
	NamespaceCreateV2: "namespace create (CCI 2.0)",
	NetworkCreate:     "network create",
	NetworkGet:        "network get",
	NetworkDelete:     "network delete",
	NetworkUpdate:     "network update",
	VolumeImport:      "volume import",
	VolumeList:        "volume list",
	VolumeRelease:     "volume release",
	ChartUpload:       "chart upload",
	ChartUpdate:       "chart update",
	ChartGet:          "chart get",
	ChartDelete:       "chart delete",
	ChartDownload:     "chart download",
	ReleaseCreate:     "release create",
	ReleaseGet:        "release get",
	ReleaseDelete:     "release delete",
	ReleaseUpdate:     "release update",
}

// String names the operation, such as "namespace create".
func (o Op) String() string {
	if o < 0 || o >= numOps {
		return "route.Op(?)"
	}
	return opNames[o]
}

// A Route is a request's operation with the values of its path parameters.
type Route struct {
	Op        Op
	Prefix    string // what stands before the matched form, such as "/gateway"; "" for none
	Namespace string // {ns}, or {name} of a namespace route
	Name      string // {name} of a network, volume or release
	ChartID   string // {chart_id}
	ClusterID string // {cluster_id}
}

type param int

const (
	lit param = iota
	pNamespace
	pName
	pChartID
	pClusterID
)

type segment struct {
	text  string // the literal, when kind is lit
	param param
}

type form struct {
	methods []string
	op      Op
	segs    []segment
}

// forms are tried in order; longer forms come before the shorter ones they end like.
var forms = []form{
	f(NetworkCreate, "POST", "/apis/networking.cci.io/v1beta1/namespaces/{ns}/networks"),
	f(NetworkGet, "GET", "/apis/networking.cci.io/v1beta1/namespaces/{ns}/networks/{name}"),
	f(NetworkDelete, "DELETE", "/apis/networking.cci.io/v1beta1/namespaces/{ns}/networks/{name}"),
	f(NetworkUpdate, "PUT PATCH", "/apis/networking.cci.io/v1beta1/namespaces/{ns}/networks/{name}"),
	f(VolumeImport, "POST", "/api/v1/namespaces/{ns}/extended-persistentvolumeclaims"),
	f(VolumeList, "GET", "/api/v1/namespaces/{ns}/extended-persistentvolumeclaims"),
	f(VolumeRelease, "DELETE", "/api/v1/namespaces/{ns}/persistentvolumeclaims/{name}"),
	f(NamespaceCreateV2, "POST", "/apis/cci/v2/namespaces"),
	f(NamespaceCreate, "POST", "/api/v1/namespaces"),
	f(NamespaceList, "GET", "/api/v1/namespaces"),
	f(NamespaceGet, "GET", "/api/v1/namespaces/{ns}"),
	f(NamespaceDelete, "DELETE", "/api/v1/namespaces/{ns}"),
	f(NamespaceUpdate, "PUT PATCH", "/api/v1/namespaces/{ns}"),
	f(ChartDownload, "GET", "/v2/charts/{chart_id}/archive"),
	f(ChartUpload, "POST", "/v2/charts"),
	f(ChartUpdate, "PUT", "/v2/charts/{chart_id}"),
	f(ChartGet, "GET", "/v2/charts/{chart_id}"),
	f(ChartDelete, "DELETE", "/v2/charts/{chart_id}"),
	f(ReleaseCreate, "POST", "/cce/cam/v3/clusters/{cluster_id}/releases"),
	f(ReleaseGet, "GET", "/cce/cam/v3/clusters/{cluster_id}/namespace/{ns}/releases/{name}"),
	f(ReleaseDelete, "DELETE", "/cce/cam/v3/clusters/{cluster_id}/namespace/{ns}/releases/{name}"),
	f(ReleaseUpdate, "PUT", "/cce/cam/v3/clusters/{cluster_id}/namespace/{ns}/releases/{name}"),
}

func f(op Op, methods, pattern string) form {
	var segs []segment
	for _, s := range strings.Split(pattern[1:], "/") {
		switch s {
		case "{ns}":
			segs = append(segs, segment{param: pNamespace})
		case "{name}":
			segs = append(segs, segment{param: pName})
		case "{chart_id}":
			segs = append(segs, segment{param: pChartID})
		case "{cluster_id}":
			segs = append(segs, segment{param: pClusterID})
		default:
			segs = append(segs, segment{text: s})
		}
	}
	return form{methods: strings.Fields(methods), op: op, segs: segs}
}

// Match returns the route of a request with the given method and (unescaped) path,
// and false when it is none of CCI's. A path parameter may be empty
// ("/api/v1/namespaces/" is a namespace get of the empty name), which the rules then
// reject. Match allocates nothing.
func Match(method, path string) (Route, bool) {
	for i := range forms {
		fm := &forms[i]
		if !hasMethod(fm.methods, method) {
			continue
		}
		if r, ok := fm.match(path); ok {
			return r, true
		}
	}
	return Route{}, false
}

func hasMethod(methods []string, m string) bool {
	for _, x := range methods {
		if x == m {
			return true
		}
	}
	return false
}

// match walks the form's segments from the end of path backwards.
func (fm *form) match(path string) (Route, bool) {
	r := Route{Op: fm.op}
	rest := path
	for i := len(fm.segs) - 1; i >= 0; i-- {
		slash := strings.LastIndexByte(rest, '/')
		if slash < 0 {
			return Route{}, false
		}
		seg := rest[slash+1:]
		rest = rest[:slash]
		s := fm.segs[i]
		switch s.param {
		case lit:
			if seg != s.text {
				return Route{}, false
			}
		case pNamespace:
			r.Namespace = seg
		case pName:
			r.Name = seg
		case pChartID:
			r.ChartID = seg
		case pClusterID:
			r.ClusterID = seg
		}
	}
	r.Prefix = rest
	return r, true
}
