package ccitest

import (
	"net/http"
	"sync"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/validate"
)

// A Handler is the in-memory CCI behind a [Server], usable on its own as an
// [http.Handler] (as cmd/ccitest-server does). It is safe for concurrent use: one
// request at a time changes or reads what it holds.
type Handler struct {
	mu  sync.Mutex
	cfg *config
	st  *store
}

// NewHandler returns an in-memory CCI configured by opts; see [NewServer].
func NewHandler(opts ...Option) *Handler {
	cfg := newConfig(opts)
	h := &Handler{cfg: cfg, st: newStore(cfg)}
	return h
}

// jsonLimit and packageLimit are the body limits of the rules: preflight's defaults.
const (
	jsonLimit    = jsonbody.DefaultLimit
	packageLimit = chart.DefaultMaxPackageSize
)

// ServeHTTP answers req as CCI would: a path that is none of CCI's routes gets a
// plain 404; an operation with a fault answers it; a request breaking a rule gets
// the Status preflight sends for it; otherwise the operation is carried out on what
// the handler holds.
func (h *Handler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r, ok := route.Match(req.Method, req.URL.Path)
	if !ok {
		http.NotFound(w, req)
		return
	}
	limit := dispatch.BodyLimit(r.Op, jsonLimit, packageLimit)
	if limit == 0 && (r.Op == route.NamespaceUpdate || r.Op == route.NetworkUpdate) {
		limit = jsonLimit // no rule reads it, but the update applies it
	}
	var data []byte
	if limit > 0 && req.Body != nil {
		var err error
		if data, _, err = jsonbody.Read(req.Body, limit); err != nil {
			writeStatus(w, badRequest("reading the request body: "+err.Error()))
			return
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if code, ok := h.cfg.faults[Operation(r.Op)]; ok && code.IsValid() {
		writeStatus(w, validate.NewStatus(code))
		return
	}
	opts := h.options(req, r, data)
	if errs := dispatch.Check(req, r, data, &opts); len(errs) > 0 {
		writeStatus(w, errs.Status())
		return
	}
	h.apply(w, req, r, data)
}

// apply carries out a request that broke no rule.
func (h *Handler) apply(w http.ResponseWriter, req *http.Request, r route.Route, data []byte) {
	switch r.Op {
	case route.NamespaceCreate, route.NamespaceCreateV2:
		h.createNamespace(w, r, data)
	case route.NamespaceList:
		h.listNamespaces(w, req)
	case route.NamespaceGet:
		h.getNamespace(w, r)
	case route.NamespaceDelete:
		h.deleteNamespace(w, r)
	case route.NamespaceUpdate:
		h.updateNamespace(w, r, data)
	case route.NetworkCreate:
		h.createNetwork(w, r, data)
	case route.NetworkGet:
		h.getNetwork(w, r)
	case route.NetworkDelete:
		h.deleteNetwork(w, r)
	case route.NetworkUpdate:
		h.updateNetwork(w, r, data)
	case route.VolumeImport:
		h.importVolume(w, r, data)
	case route.VolumeList:
		h.listVolumes(w, req, r)
	case route.VolumeRelease:
		h.releaseVolume(w, req, r)
	default:
		h.applyCharts(w, req, r, data)
	}
}

// applyCharts carries out a chart or release request that broke no rule.
func (h *Handler) applyCharts(w http.ResponseWriter, req *http.Request, r route.Route, data []byte) {
	switch r.Op {
	case route.ChartUpload:
		h.uploadChart(w, req, data)
	case route.ChartUpdate:
		h.updateChart(w, req, r, data)
	case route.ChartGet:
		h.getChart(w, r)
	case route.ChartDownload:
		h.downloadChart(w, r)
	case route.ChartDelete:
		h.deleteChart(w, r)
	case route.ReleaseCreate:
		h.createRelease(w, r, data)
	case route.ReleaseGet:
		h.getRelease(w, r)
	case route.ReleaseUpdate:
		h.updateRelease(w, r, data)
	case route.ReleaseDelete:
		h.deleteRelease(w, r)
	}
}

// SetFault makes every later request of the operation op answer code, as
// [WithFault] does; a code that is not valid (such as 0) removes the fault.
func (h *Handler) SetFault(op Operation, code validate.Code) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !code.IsValid() {
		delete(h.cfg.faults, op)
		return
	}
	if h.cfg.faults == nil {
		h.cfg.faults = map[Operation]validate.Code{}
	}
	h.cfg.faults[op] = code
}

// SetReleaseStatus sets the status of a held release, such as
// release.StatusPendingUpgrade, and reports whether the cluster holds the release in
// that namespace.
func (h *Handler) SetReleaseStatus(cluster, namespace, name, status string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	rel := h.st.releases[releaseKey{cluster, name}]
	if rel == nil || rel.Namespace != namespace {
		return false
	}
	rel.Status = status
	return true
}
