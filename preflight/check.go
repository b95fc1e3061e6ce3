package preflight

import (
	"net/http"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// A checker runs the rules of every operation with one configuration; it is built
// once and read concurrently. The dispatch from operation to rules lives in
// internal/dispatch, shared with package ccitest.
type checker struct {
	cfg  *config
	opts dispatch.Options
}

func newChecker(cfg *config) *checker {
	c := &checker{cfg: cfg}
	var actions []string
	if cfg.hasActions {
		actions = append([]string{}, cfg.actions...)
	}
	c.opts.Namespace = []namespace.Option{
		namespace.WithBodyLimit(cfg.bodyLimit),
		namespace.WithContext(namespace.Context{Actions: actions, GPUBeta: cfg.gpuBeta}),
	}
	if cfg.scopedList {
		c.opts.Namespace = append(c.opts.Namespace, namespace.WithNamespaceScopedList())
	}
	c.opts.Network = []network.Option{
		network.WithBodyLimit(cfg.bodyLimit),
		network.WithContext(network.Context{Actions: actions, VPCCIDR: cfg.vpc, Subnets: cfg.subnets}),
	}
	if cfg.userToken {
		c.opts.Network = append(c.opts.Network, network.WithUserTokenRequired())
	}
	c.opts.Volume = []volume.Option{
		volume.WithBodyLimit(cfg.bodyLimit),
		volume.WithContext(volume.Context{Actions: actions, OBSBeta: cfg.obsBeta}),
	}
	c.opts.Chart = []chart.Option{chart.WithMaxPackageSize(cfg.packageSize)}
	c.opts.Release = []release.Option{release.WithBodyLimit(cfg.bodyLimit)}
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

// run reads what the operation's rules need of req's body and applies them.
func (c *checker) run(req *http.Request, r route.Route) (body, validate.ErrorList, error) {
	var b body
	if limit := dispatch.BodyLimit(r.Op, c.cfg.bodyLimit, c.cfg.packageSize); limit > 0 {
		var err error
		if b, err = readBody(req, limit); err != nil {
			return body{}, nil, err
		}
	}
	return b, dispatch.Check(req, r, b.data, &c.opts), nil
}
