package preflight

import (
	"log/slog"
	"net/http"
	"net/netip"
	"strings"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/validate"
)

// An Option configures a [NewTransport] or [Check].
type Option func(*config)

type config struct {
	userToken   bool
	scopedList  bool
	bodyLimit   int64
	packageSize int64
	actions     []string
	hasActions  bool
	gpuBeta     *bool
	obsBeta     *bool
	vpc         netip.Prefix
	subnets     []netip.Prefix
	hosts       []string
	reportOnly  bool
	report      func(*http.Request, error)
}

// DefaultPackageLimit is the default size limit of a chart package: 2 MiB.
const DefaultPackageLimit = 2 << 20

// WithUserTokenRequired turns on the opt-in rule that a network create carries an
// X-User-Token header (CCI.01.400103).
func WithUserTokenRequired() Option { return func(c *config) { c.userToken = true } }

// WithNamespaceScopedList turns on the opt-in rule, for callers whose rights are
// namespace-scoped, that a namespace list names its namespace with
// fieldSelector=metadata.name=<name> (CCI.01.400105).
func WithNamespaceScopedList() Option { return func(c *config) { c.scopedList = true } }

// WithBodyLimit sets the size limit of JSON request bodies, in bytes; a larger body
// gets its operation's invalid-body code. The default, and what n <= 0 means, is
// 1 MiB. At most n+1 bytes of a body are read.
func WithBodyLimit(n int64) Option { return func(c *config) { c.bodyLimit = n } }

// WithPackageLimit sets the size limit of a chart package, in bytes (default, and
// what n <= 0 means, 2 MiB). An upload's whole body may be 64 KiB larger, for its
// other parts and headers.
func WithPackageLimit(n int64) Option { return func(c *config) { c.packageSize = n } }

// WithActions gives the IAM actions the caller holds ("cci:namespace:*",
// "cci:*:*", ...); requests needing an action not among them get the permission
// codes CCI.01.403105–CCI.01.403114. Without this option permissions are not checked;
// with it, even an empty list is taken literally.
func WithActions(actions ...string) Option {
	return func(c *config) {
		c.actions = append([]string{}, actions...)
		c.hasActions = true
	}
}

// WithGPUBeta says whether the caller has GPU beta access; without it, a
// gpu-accelerated namespace create gets CCI.01.403101. Unset, the rule is not
// applied.
func WithGPUBeta(ok bool) Option { return func(c *config) { c.gpuBeta = &ok } }

// WithOBSBeta says whether the caller has OBS beta access; without it, an OBS volume
// import gets CCI.01.403102. Unset, the rule is not applied.
func WithOBSBeta(ok bool) Option { return func(c *config) { c.obsBeta = &ok } }

// WithSubnets gives the VPC's CIDR and its known subnets; a network create whose
// spec.cidr lies outside the VPC or overlaps a subnet gets CCI.01.400201. A zero vpc
// means the VPC's CIDR is not known.
func WithSubnets(vpc netip.Prefix, subnets ...netip.Prefix) Option {
	return func(c *config) {
		c.vpc = vpc
		c.subnets = append([]netip.Prefix{}, subnets...)
	}
}

// WithHosts limits the checks to requests for these hosts; requests for other hosts
// pass through untouched. A host matches the request's host with or without its
// port, ignoring case; "*.example.com" matches every subdomain of example.com. By
// default every host is checked.
func WithHosts(hosts ...string) Option {
	return func(c *config) { c.hosts = append(c.hosts, hosts...) }
}

// WithReportOnly makes the transport send every request on, handing each would-be
// rejection to report first: a way to roll the check out safely. A nil report logs
// each one with [log/slog]'s default logger at level Warn.
func WithReportOnly(report func(req *http.Request, err error)) Option {
	return func(c *config) {
		c.reportOnly = true
		c.report = report
	}
}

func newConfig(opts []Option) *config {
	c := &config{}
	for _, opt := range opts {
		if opt != nil {
			opt(c)
		}
	}
	if c.bodyLimit <= 0 {
		c.bodyLimit = jsonbody.DefaultLimit
	}
	if c.packageSize <= 0 {
		c.packageSize = DefaultPackageLimit
	}
	if c.reportOnly && c.report == nil {
		c.report = logReport
	}
	return c
}

func logReport(req *http.Request, err error) {
	slog.Warn("ccicheck: CCI would reject this request", "method", req.Method, "url", req.URL.Redacted(), "errorCode", validate.CodeOf(err), "error", err)
}

// appliesTo reports whether requests for host (with or without a port) and its
// hostname (without) are checked.
func (c *config) appliesTo(host, hostname string) bool {
	if len(c.hosts) == 0 {
		return true
	}
	for _, h := range c.hosts {
		switch {
		case strings.EqualFold(h, host), strings.EqualFold(h, hostname):
			return true
		case strings.HasPrefix(h, "*.") && len(hostname) > len(h)-1 &&
			strings.EqualFold(hostname[len(hostname)-(len(h)-1):], h[1:]):
			return true
		}
	}
	return false
}
