package ccitest

import (
	"net/netip"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// An Option configures a [Server] or [Handler]: what it holds when it starts and
// what it knows about the caller.
type Option func(*config)

// DefaultTenant is the caller's tenant unless [WithTenant] says otherwise: charts
// uploaded through the server are owned by it.
const DefaultTenant = "ccitest-tenant"

type config struct {
	actions    []string // nil: every action granted
	gpuBeta    bool
	obsBeta    bool
	quota      int
	tenant     string
	official   []string
	namespaces []string
	volumes    map[string]volume.VolumeState // nil: every volume ID known as available
	charts     []seedChart
	releases   []seedRelease
	deprecated map[string][]string
	faults     map[Operation]validate.Code
	userToken  bool
	scopedList bool
	vpc        netip.Prefix
	subnets    []netip.Prefix
}

type seedChart struct {
	chart   Chart
	archive []byte
}

type seedRelease struct{ cluster, namespace, name, status string }

func newConfig(opts []Option) *config {
	c := &config{gpuBeta: true, obsBeta: true, tenant: DefaultTenant}
	for _, opt := range opts {
		if opt != nil {
			opt(c)
		}
	}
	return c
}

// WithActions makes the caller hold exactly these IAM actions ("cci:namespace:*",
// "cci:*:*", ...): requests needing another get the permission codes
// CCI.01.403105–CCI.01.403114 (cci-rules.md §9). Without this option every action
// is granted; with it, even an empty list is taken literally.
func WithActions(actions ...string) Option {
	return func(c *config) { c.actions = append([]string{}, actions...) }
}

// WithGPUBeta says whether the caller has GPU beta access (default true); without
// it, a gpu-accelerated namespace create gets CCI.01.403101.
func WithGPUBeta(ok bool) Option { return func(c *config) { c.gpuBeta = ok } }

// WithOBSBeta says whether the caller has OBS beta access (default true); without
// it, an OBS volume import gets CCI.01.403102.
func WithOBSBeta(ok bool) Option { return func(c *config) { c.obsBeta = ok } }

// WithNamespaceQuota sets how many namespaces (CCI 1.0 and 2.0 together) the tenant
// may hold; a create beyond it gets CCI.02.400106. The default, and what n <= 0
// means, is 5 (namespace.DefaultQuota).
func WithNamespaceQuota(n int) Option { return func(c *config) { c.quota = n } }

// WithNamespaces makes the server start with these namespaces (general-computing,
// CCI 1.0), as if created; they count toward the quota.
func WithNamespaces(names ...string) Option {
	return func(c *config) { c.namespaces = append(c.namespaces, names...) }
}

// WithVolume puts a volume into the server's inventory with a state
// (volume.VolumeAvailable, VolumeUnavailable or VolumeImported). Once any volume is
// seeded the inventory is all the server knows: importing an ID not in it gets
// CCI.01.400306, one not available CCI.01.400305, one already imported
// CCI.01.400309. Without this option every volume ID is known and available.
func WithVolume(id string, state volume.VolumeState) Option {
	return func(c *config) {
		if c.volumes == nil {
			c.volumes = map[string]volume.VolumeState{}
		}
		c.volumes[id] = state
	}
}

// WithOfficialCharts names CCI's official charts: uploading a package with one of
// these names gets CCI.04.409123, and downloading a held chart with one of these
// names CCI.04.403124. By default there are none.
func WithOfficialCharts(names ...string) Option {
	return func(c *config) { c.official = append(c.official, names...) }
}

// WithTenant sets the caller's tenant (default [DefaultTenant]). Charts uploaded
// through the server are owned by it; updating a chart owned by another tenant (see
// [WithChart]) gets CCI.04.403130.
func WithTenant(tenant string) Option { return func(c *config) { c.tenant = tenant } }

// WithChart makes the server start holding a chart with the package archive (which
// downloads return; it may be nil). An empty c.ID gets a new UUID, an empty Name or
// Version is read from the archive's Chart.yaml, an empty Owner is the caller's
// tenant, and c.Public marks an official chart (its download gets CCI.04.403124), as
// does a name given to [WithOfficialCharts]; official charts are not the tenant's
// uploads, so their names are not taken (CCI.04.409112) but official
// (CCI.04.409123).
// Give an Owner other than the caller's tenant to see CCI.04.403130 on update.
func WithChart(c Chart, archive []byte) Option {
	return func(cfg *config) {
		cfg.charts = append(cfg.charts, seedChart{chart: c, archive: append([]byte(nil), archive...)})
	}
}

// WithRelease makes the server start holding a release in the cluster with the
// given status, such as release.StatusPendingUpgrade (updating it gets
// CCI.04.403131 unless the status is DEPLOYED or FAILED). An empty status is
// DEPLOYED. Release names are unique in a cluster: a later seed of the same cluster
// and name replaces an earlier one.
func WithRelease(cluster, namespace, name, status string) Option {
	return func(c *config) {
		c.releases = append(c.releases, seedRelease{cluster, namespace, name, status})
	}
}

// WithDeprecatedVersions marks versions of the chart chartID as deprecated: a
// release create choosing one of them gets CCI.04.403126.
func WithDeprecatedVersions(chartID string, versions ...string) Option {
	return func(c *config) {
		if c.deprecated == nil {
			c.deprecated = map[string][]string{}
		}
		c.deprecated[chartID] = append(c.deprecated[chartID], versions...)
	}
}

// WithFault makes every request of the operation op answer code — any catalogue
// code, such as the server-only CCI.02.400116 — with the Status CCI sends for it
// (status code, reason, message and errorCode; no details), before any rule is
// checked and without changing what the server holds. A code that is not valid
// removes the fault. See also [Handler.SetFault].
func WithFault(op Operation, code validate.Code) Option {
	return func(c *config) {
		if c.faults == nil {
			c.faults = map[Operation]validate.Code{}
		}
		c.faults[op] = code
	}
}

// WithUserTokenRequired turns on the opt-in rule that a network create carries an
// X-User-Token header (CCI.01.400103), as preflight.WithUserTokenRequired does.
func WithUserTokenRequired() Option { return func(c *config) { c.userToken = true } }

// WithNamespaceScopedList turns on the opt-in rule that a namespace list names its
// namespace with fieldSelector=metadata.name=<name> (CCI.01.400105), as
// preflight.WithNamespaceScopedList does.
func WithNamespaceScopedList() Option { return func(c *config) { c.scopedList = true } }

// WithSubnets gives the VPC's CIDR and its other subnets; a network create whose
// spec.cidr lies outside the VPC or overlaps a subnet gets CCI.01.400201, as with
// preflight.WithSubnets.
func WithSubnets(vpc netip.Prefix, subnets ...netip.Prefix) Option {
	return func(c *config) {
		c.vpc = vpc
		c.subnets = append([]netip.Prefix{}, subnets...)
	}
}
