package preflight

import (
	"net/http"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// A checker runs the rules of every operation with one configuration; it is built
// once and read concurrently.
type checker struct {
	cfg *config
	ns  []namespace.Option
	net []network.Option
	vol []volume.Option
	ch  []chart.Option
	rel []release.Option
}

func newChecker(cfg *config) *checker {
	c := &checker{cfg: cfg}
	var actions []string
	if cfg.hasActions {
		actions = append([]string{}, cfg.actions...)
	}
	c.ns = []namespace.Option{
		namespace.WithBodyLimit(cfg.bodyLimit),
		namespace.WithContext(namespace.Context{Actions: actions, GPUBeta: cfg.gpuBeta}),
	}
	if cfg.scopedList {
		c.ns = append(c.ns, namespace.WithNamespaceScopedList())
	}
	c.net = []network.Option{
		network.WithBodyLimit(cfg.bodyLimit),
		network.WithContext(network.Context{Actions: actions, VPCCIDR: cfg.vpc, Subnets: cfg.subnets}),
	}
	if cfg.userToken {
		c.net = append(c.net, network.WithUserTokenRequired())
	}
	c.vol = []volume.Option{
		volume.WithBodyLimit(cfg.bodyLimit),
		volume.WithContext(volume.Context{Actions: actions, OBSBeta: cfg.obsBeta}),
	}
	c.ch = []chart.Option{chart.WithMaxPackageSize(cfg.packageSize)}
	c.rel = []release.Option{release.WithBodyLimit(cfg.bodyLimit)}
	return c
}

// route returns the CCI operation of req, and false when the transport does not
// judge it.
func (c *checker) route(req *http.Request) (route.Route, bool) {
	if req.URL == nil || !c.cfg.appliesTo(req.URL.Host, req.URL.Hostname()) {
		return route.Route{}, false
	}
	return route.Match(req.Method, req.URL.Path)
}

// bodyLimit returns how much of an operation's body is read, and 0 for operations
// whose body no rule looks at.
func (c *checker) bodyLimit(op route.Op) int64 {
	switch op {
	case route.NamespaceCreate, route.NamespaceCreateV2, route.NamespaceDelete,
		route.NetworkCreate, route.VolumeImport, route.ReleaseCreate, route.ReleaseUpdate:
		return c.cfg.bodyLimit
	case route.ChartUpload, route.ChartUpdate:
		return c.cfg.packageSize + uploadOverhead
	}
	return 0
}

// uploadOverhead is what an upload's body may hold beyond the package: its other
// parts and the multipart headers (cci-rules.md §7).
const uploadOverhead = 64 << 10

// run reads what the operation's rules need of req's body and applies them.
func (c *checker) run(req *http.Request, r route.Route) (body, validate.ErrorList, error) {
	var b body
	if limit := c.bodyLimit(r.Op); limit > 0 {
		var err error
		if b, err = readBody(req, limit); err != nil {
			return body{}, nil, err
		}
	}
	return b, c.check(req, r, b.data), nil
}

// check applies the rules of the operation r to req, whose body (as far as read) is
// data.
func (c *checker) check(req *http.Request, r route.Route, data []byte) validate.ErrorList {
	switch r.Op {
	case route.NamespaceCreate:
		return namespace.ValidateCreateRequest(req.Header.Get("Content-Type"), data, c.ns...)
	case route.NamespaceCreateV2:
		return namespace.ValidateCreateV2Request(req.Header.Get("Content-Type"), data, c.ns...)
	case route.NamespaceList:
		return namespace.ValidateList(req.URL.Query(), c.ns...)
	case route.NamespaceGet:
		return namespace.ValidateGet(r.Namespace, c.ns...)
	case route.NamespaceDelete:
		return namespace.ValidateDelete(r.Namespace, req.URL.Query(), data, c.ns...)
	case route.NamespaceUpdate:
		return namespace.ValidateUpdate(r.Namespace, c.ns...)
	case route.NetworkCreate:
		return network.ValidateCreateRequest(r.Namespace, req.Header, data, c.net...)
	case route.NetworkGet:
		return network.ValidateGet(r.Namespace, r.Name, c.net...)
	case route.NetworkDelete:
		return network.ValidateDelete(r.Namespace, r.Name, c.net...)
	case route.NetworkUpdate:
		return network.ValidateUpdate(r.Namespace, r.Name, c.net...)
	case route.VolumeImport:
		return volume.ValidateImportJSON(r.Namespace, data, c.vol...)
	case route.VolumeList:
		return volume.ValidateList(r.Namespace, req.URL.Query(), c.vol...)
	case route.VolumeRelease:
		return volume.ValidateRelease(r.Namespace, r.Name, req.URL.Query(), c.vol...)
	}
	return c.checkCharts(req, r, data)
}

// codeOf returns the CCI code of err, for logs.
func codeOf(err error) string { return validate.CodeOf(err) }
