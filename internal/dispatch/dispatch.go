// Package dispatch applies the rules of a CCI operation to an HTTP request. It is the
// one place that maps an operation (cci-rules.md §2) to the Validate* function of its
// request package, shared by package preflight and package ccitest so that both judge
// a request with the same code and answer it with the same bytes.
package dispatch

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// UploadOverhead is what a chart upload's body may hold beyond the package: its other
// parts and the multipart headers (cci-rules.md §7).
const UploadOverhead = 64 << 10

// Options are the options each request package's rules run with: limits, opt-in rules
// and Context.
type Options struct {
	Namespace []namespace.Option
	Network   []network.Option
	Volume    []volume.Option
	Chart     []chart.Option
	Release   []release.Option
}

// BodyLimit returns how much of an operation's body the rules read (jsonLimit for
// JSON bodies, packageLimit plus [UploadOverhead] for chart uploads), and 0 for
// operations whose body no rule looks at.
func BodyLimit(op route.Op, jsonLimit, packageLimit int64) int64 {
	switch op {
	case route.NamespaceCreate, route.NamespaceCreateV2, route.NamespaceDelete,
		route.NetworkCreate, route.VolumeImport, route.ReleaseCreate, route.ReleaseUpdate:
		return jsonLimit
	case route.ChartUpload, route.ChartUpdate:
		return packageLimit + UploadOverhead
	}
	return 0
}

// Check applies the rules of the operation r to req, whose body (as far as read, at
// most its BodyLimit plus one byte) is data. Only req's header and URL are used.
func Check(req *http.Request, r route.Route, data []byte, o *Options) validate.ErrorList {
	switch r.Op {
	case route.NamespaceCreate:
		return namespace.ValidateCreateRequest(req.Header.Get("Content-Type"), data, o.Namespace...)
	case route.NamespaceCreateV2:
		return namespace.ValidateCreateV2Request(req.Header.Get("Content-Type"), data, o.Namespace...)
	case route.NamespaceList:
		return namespace.ValidateList(req.URL.Query(), o.Namespace...)
	case route.NamespaceGet:
		return namespace.ValidateGet(r.Namespace, o.Namespace...)
	case route.NamespaceDelete:
		return namespace.ValidateDelete(r.Namespace, req.URL.Query(), data, o.Namespace...)
	case route.NamespaceUpdate:
		return namespace.ValidateUpdate(r.Namespace, o.Namespace...)
	case route.NetworkCreate:
		return network.ValidateCreateRequest(r.Namespace, req.Header, data, o.Network...)
	case route.NetworkGet:
		return network.ValidateGet(r.Namespace, r.Name, o.Network...)
	case route.NetworkDelete:
		return network.ValidateDelete(r.Namespace, r.Name, o.Network...)
	case route.NetworkUpdate:
		return network.ValidateUpdate(r.Namespace, r.Name, o.Network...)
	case route.VolumeImport:
		return volume.ValidateImportJSON(r.Namespace, data, o.Volume...)
	case route.VolumeList:
		return volume.ValidateList(r.Namespace, req.URL.Query(), o.Volume...)
	case route.VolumeRelease:
		return volume.ValidateRelease(r.Namespace, r.Name, req.URL.Query(), o.Volume...)
	}
	return checkCharts(req, r, data, o)
}

// checkCharts applies the chart and release rules (cci-rules.md §7, §8); other
// operations have none here.
func checkCharts(req *http.Request, r route.Route, data []byte, o *Options) validate.ErrorList {
	switch r.Op {
	case route.ChartUpload:
		return chart.ValidateUploadBody(req.Header.Get("Content-Type"), bytes.NewReader(data), o.Chart...)
	case route.ChartUpdate:
		return chart.ValidateUpdateBody(r.ChartID, req.Header.Get("Content-Type"), bytes.NewReader(data), o.Chart...)
	case route.ChartGet:
		return chart.ValidateGet(r.ChartID, o.Chart...)
	case route.ChartDelete:
		return chart.ValidateDelete(r.ChartID, o.Chart...)
	case route.ChartDownload:
		return chart.ValidateDownload(r.ChartID, o.Chart...)
	case route.ReleaseCreate:
		return release.ValidateCreateJSON(data, o.Release...)
	case route.ReleaseUpdate:
		return release.ValidateUpdateJSON(r.Name, data, o.Release...)
	case route.ReleaseGet:
		return release.ValidateGet(r.Name, o.Release...)
	case route.ReleaseDelete:
		return release.ValidateDelete(r.Name, o.Release...)
	}
	return nil
}

// StatusBody returns the HTTP status and the JSON body CCI sends for st (sent with
// Content-Type application/json).
func StatusBody(st validate.Status) (int, []byte) {
	data, err := json.Marshal(st)
	if err != nil { // a Status always marshals; stay total anyway
		data = []byte(`{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","code":` + strconv.Itoa(st.Code) + `}`)
	}
	return st.Code, data
}
