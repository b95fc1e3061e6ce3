package ccitest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"sort"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/volume"
)

// A store is what the server holds. Every access is under the Handler's mutex.
type store struct {
	namespaces map[string]*nsEntry
	volumes    map[string]volume.VolumeState // the inventory, or the IDs whose state changed
	inventory  bool                          // volumes is all the server knows
	gone       map[string]bool               // volumes deleted while every ID is known
	charts     map[string]*storedChart
	releases   map[releaseKey]*Release
	serial     int // resourceVersion of the last change
}

// An nsEntry is a namespace with what lives in it.
type nsEntry struct {
	obj      object
	networks map[string]object
	claims   map[string]*claim
}

// A claim is an imported volume.
type claim struct {
	obj         object
	volumeID    string
	storageType string
}

type storedChart struct {
	Chart
	archive []byte
}

type releaseKey struct{ cluster, name string }

// An object is a Kubernetes object as JSON, numbers kept as written.
type object = map[string]any

func newStore(cfg *config) *store {
	s := &store{
		namespaces: map[string]*nsEntry{},
		volumes:    map[string]volume.VolumeState{},
		gone:       map[string]bool{},
		charts:     map[string]*storedChart{},
		releases:   map[releaseKey]*Release{},
	}
	for _, name := range cfg.namespaces {
		s.addNamespace(object{"kind": namespace.Kind, "apiVersion": "v1", "metadata": object{
			"name": name, "annotations": object{"namespace.kubernetes.io/flavor": "general-computing"},
		}})
	}
	if cfg.volumes != nil {
		s.inventory = true
		for id, st := range cfg.volumes {
			s.volumes[id] = st
		}
	}
	for _, sc := range cfg.charts {
		s.seedChart(sc, cfg)
	}
	for _, sr := range cfg.releases {
		status := sr.status
		if status == "" {
			status = release.StatusDeployed
		}
		now := timestamp()
		s.releases[releaseKey{sr.cluster, sr.name}] = &Release{
			Name: sr.name, Namespace: sr.namespace, ClusterID: sr.cluster, Status: status,
			Values: json.RawMessage(`{}`), ReleaseVersion: 1, CreateAt: now, UpdateAt: now,
		}
	}
	return s
}

// seedChart stores a chart of WithChart; one with an official name is official.
func (s *store) seedChart(sc seedChart, cfg *config) {
	c := sc.chart
	if c.ID == "" {
		c.ID = newUUID()
	}
	if (c.Name == "" || c.Version == "") && len(sc.archive) > 0 {
		info, _ := chart.Inspect(c.Name+"-"+c.Version+".tgz", bytes.NewReader(sc.archive))
		c.Name = firstNonEmpty(c.Name, info.Name)
		c.Version = firstNonEmpty(c.Version, info.Version)
	}
	c.Owner = firstNonEmpty(c.Owner, cfg.tenant)
	c.Public = c.Public || slices.Contains(cfg.official, c.Name)
	now := timestamp()
	c.CreateAt = firstNonEmpty(c.CreateAt, now)
	c.UpdateAt = firstNonEmpty(c.UpdateAt, now)
	s.charts[c.ID] = &storedChart{Chart: c, archive: sc.archive}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// options returns the rules' options for the request: preflight's limits plus a
// Context made of what the handler holds, so the context rules are the library's.
func (h *Handler) options(req *http.Request, r route.Route, data []byte) dispatch.Options {
	cfg := h.cfg
	var o dispatch.Options
	switch r.Op {
	case route.NamespaceCreate, route.NamespaceCreateV2, route.NamespaceList, route.NamespaceGet,
		route.NamespaceDelete, route.NamespaceUpdate:
		gpu := cfg.gpuBeta
		o.Namespace = []namespace.Option{namespace.WithBodyLimit(jsonLimit), namespace.WithContext(namespace.Context{
			Actions:  cfg.actions,
			GPUBeta:  &gpu,
			Existing: h.st.namespaceNames(),
			Quota:    &namespace.Quota{Used: len(h.st.namespaces), Limit: cfg.quota},
		})}
		if cfg.scopedList {
			o.Namespace = append(o.Namespace, namespace.WithNamespaceScopedList())
		}
	case route.NetworkCreate, route.NetworkGet, route.NetworkDelete, route.NetworkUpdate:
		o.Network = []network.Option{network.WithBodyLimit(jsonLimit), network.WithContext(network.Context{
			Actions: cfg.actions, VPCCIDR: cfg.vpc, Subnets: cfg.subnets,
		})}
		if cfg.userToken {
			o.Network = append(o.Network, network.WithUserTokenRequired())
		}
	case route.VolumeImport, route.VolumeList, route.VolumeRelease:
		obs := cfg.obsBeta
		ctx := volume.Context{Actions: cfg.actions, OBSBeta: &obs}
		if r.Op == route.VolumeImport {
			ctx.Volumes = h.st.inventoryFor(volumeIDOf(data))
		}
		o.Volume = []volume.Option{volume.WithBodyLimit(jsonLimit), volume.WithContext(ctx)}
	case route.ChartUpload, route.ChartUpdate, route.ChartGet, route.ChartDelete, route.ChartDownload:
		o.Chart = []chart.Option{chart.WithMaxPackageSize(packageLimit), chart.WithContext(h.chartContext(r))}
	default:
		o.Release = []release.Option{release.WithBodyLimit(jsonLimit), release.WithContext(release.Context{
			Releases:           h.st.releaseStatuses(r),
			DeprecatedVersions: cfg.deprecated,
		})}
	}
	return o
}

func (s *store) namespaceNames() []string {
	names := make([]string, 0, len(s.namespaces))
	for name := range s.namespaces {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// inventoryFor returns the inventory the volume rules see for an import of the
// volume id: the volume's state when the server knows it, and nothing when not.
func (s *store) inventoryFor(id string) map[string]volume.VolumeState {
	inv := map[string]volume.VolumeState{}
	if st, ok := s.volumeState(id); ok {
		inv[id] = st
	}
	return inv
}

// volumeState returns the state of the volume id and whether the server knows it.
func (s *store) volumeState(id string) (volume.VolumeState, bool) {
	if st, ok := s.volumes[id]; ok {
		return st, true
	}
	if s.inventory || s.gone[id] {
		return 0, false
	}
	return volume.VolumeAvailable, true
}

// volumeIDOf returns the volumeID annotation of an import body, or "" when the body
// has none (the rules then reject it).
func volumeIDOf(data []byte) string {
	var body struct {
		Metadata struct {
			Annotations map[string]any `json:"annotations"`
		} `json:"metadata"`
	}
	if json.Unmarshal(data, &body) != nil {
		return ""
	}
	id, _ := body.Metadata.Annotations[volume.AnnotationVolumeID].(string)
	return id
}

// chartContext returns what the chart rules need to know for a request by r.
func (h *Handler) chartContext(r route.Route) chart.Context {
	ctx := chart.Context{Official: h.cfg.official, Tenant: h.cfg.tenant}
	if r.Op == route.ChartUpload {
		for _, c := range h.st.charts { // the tenant's own uploads
			if !c.Public && c.Owner == h.cfg.tenant {
				ctx.Uploaded = append(ctx.Uploaded, c.Name)
			}
		}
		return ctx
	}
	if c := h.st.charts[r.ChartID]; c != nil {
		ctx.Chart = &chart.StoredChart{
			Name: c.Name, Version: c.Version, Official: c.Public, Owner: c.Owner,
			InUse: h.st.chartInUse(c.ID),
		}
	}
	return ctx
}

func (s *store) chartInUse(id string) bool {
	for _, rel := range s.releases {
		if rel.ChartID == id {
			return true
		}
	}
	return false
}

// releaseStatuses returns the releases the release rules see: for a create, every
// release of the cluster (names are unique in a cluster); for a request by name,
// those of the path's namespace in the cluster.
func (s *store) releaseStatuses(r route.Route) map[string]string {
	m := map[string]string{}
	for k, rel := range s.releases {
		if k.cluster != r.ClusterID || (r.Op != route.ReleaseCreate && rel.Namespace != r.Namespace) {
			continue
		}
		m[k.name] = rel.Status
	}
	return m
}
