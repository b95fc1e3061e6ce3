package ccitest

import (
	"strconv"

	"github.com/ccicheck/ccicheck/internal/route"
)

// An Operation is one of CCI's operations (cci-rules.md §2), as [WithFault] and
// [Handler.SetFault] name it. The zero Operation is none.
type Operation int

// The operations of cci-rules.md §2. PUT and PATCH of a namespace or network are one
// update operation each.
const (
	NamespaceCreate   Operation = iota + 1 // POST /api/v1/namespaces
	NamespaceList                          // GET /api/v1/namespaces
	NamespaceGet                           // GET /api/v1/namespaces/{name}
	NamespaceDelete                        // DELETE /api/v1/namespaces/{name}
	NamespaceUpdate                        // PUT, PATCH /api/v1/namespaces/{name}
	NamespaceCreateV2                      // POST /apis/cci/v2/namespaces
	NetworkCreate                          // POST .../namespaces/{ns}/networks
	NetworkGet                             // GET .../namespaces/{ns}/networks/{name}
	NetworkDelete                          // DELETE .../namespaces/{ns}/networks/{name}
	NetworkUpdate                          // PUT, PATCH .../namespaces/{ns}/networks/{name}
	VolumeImport                           // POST .../namespaces/{ns}/extended-persistentvolumeclaims
	VolumeList                             // GET .../namespaces/{ns}/extended-persistentvolumeclaims
	VolumeRelease                          // DELETE .../namespaces/{ns}/persistentvolumeclaims/{name}
	ChartUpload                            // POST /v2/charts
	ChartUpdate                            // PUT /v2/charts/{chart_id}
	ChartGet                               // GET /v2/charts/{chart_id}
	ChartDelete                            // DELETE /v2/charts/{chart_id}
	ChartDownload                          // GET /v2/charts/{chart_id}/archive
	ReleaseCreate                          // POST .../clusters/{cluster_id}/releases
	ReleaseGet                             // GET .../namespace/{ns}/releases/{name}
	ReleaseDelete                          // DELETE .../namespace/{ns}/releases/{name}
	ReleaseUpdate                          // PUT .../namespace/{ns}/releases/{name}
)

// String names the operation, such as "namespace create"; the zero Operation is
// "none".
func (o Operation) String() string {
	if o < 0 || o > ReleaseUpdate {
		return "ccitest.Operation(" + strconv.Itoa(int(o)) + ")"
	}
	return o.op().String()
}

// op is the operation's route.Op: the constants are numbered as route numbers them
// (TestOperationsAreRoutes).
func (o Operation) op() route.Op { return route.Op(o) }

// Operations returns every operation, grouped by resource.
func Operations() []Operation {
	return []Operation{
		NamespaceCreate, NamespaceCreateV2, NamespaceList, NamespaceGet, NamespaceDelete, NamespaceUpdate,
		NetworkCreate, NetworkGet, NetworkDelete, NetworkUpdate,
		VolumeImport, VolumeList, VolumeRelease,
		ChartUpload, ChartUpdate, ChartGet, ChartDelete, ChartDownload,
		ReleaseCreate, ReleaseGet, ReleaseDelete, ReleaseUpdate,
	}
}

// OperationOf returns the operation of a request with the given method and path, as
// the server finds it (matching the path's ending, so prefixes work), and 0 when it
// is none of CCI's.
func OperationOf(method, path string) Operation {
	r, _ := route.Match(method, path)
	return Operation(r.Op)
}

// ParseOperation returns the operation named s (as [Operation.String] names it, such
// as "chart upload"), and false when there is none.
func ParseOperation(s string) (Operation, bool) {
	for _, o := range Operations() {
		if o.String() == s {
			return o, true
		}
	}
	return 0, false
}
