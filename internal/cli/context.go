package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"slices"
	"strconv"

	yaml "go.yaml.in/yaml/v3"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

// contextFile is the --context file: what the caller knows about the account,
// for the context rules. Every key is optional; an absent key means "not
// known" and its rules are not applied. See cmd/ccicheck's documentation.
type contextFile struct {
	Actions                 []string            `yaml:"actions"`
	GPUBeta                 *bool               `yaml:"gpuBeta"`
	OBSBeta                 *bool               `yaml:"obsBeta"`
	Namespaces              []string            `yaml:"namespaces"`
	NamespaceQuota          *quotaFile          `yaml:"namespaceQuota"`
	VPC                     *vpcFile            `yaml:"vpc"`
	Volumes                 map[string]string   `yaml:"volumes"`
	Releases                map[string]string   `yaml:"releases"`
	DeprecatedChartVersions map[string][]string `yaml:"deprecatedChartVersions"`
	Charts                  []string            `yaml:"charts"`
	OfficialCharts          []string            `yaml:"officialCharts"`
}

type quotaFile struct {
	Used  *int `yaml:"used"`
	Limit int  `yaml:"limit"`
}

type vpcFile struct {
	CIDR    string   `yaml:"cidr"`
	Subnets []string `yaml:"subnets"`
}

// A requestContext holds each request package's options, built from the
// context file, and the chart names the package check consults.
type requestContext struct {
	namespace []namespace.Option
	network   []network.Option
	volume    []volume.Option
	release   []release.Option
	chart     []chart.Option
	uploaded  []string // charts already uploaded: CCI.04.409112
	official  []string // official chart names: CCI.04.409123
}

// loadContext reads the context file at path; "" is no context.
func loadContext(path string) (*requestContext, error) {
	if path == "" {
		return &requestContext{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f contextFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && err != io.EOF {
		return nil, err
	}
	return f.build()
}

// build turns the file's keys into each package's Context.
func (f *contextFile) build() (*requestContext, error) {
	x := &requestContext{uploaded: f.Charts, official: f.OfficialCharts}
	nsCtx := namespace.Context{Actions: f.Actions, GPUBeta: f.GPUBeta, Existing: f.Namespaces}
	if q := f.NamespaceQuota; q != nil {
		used := len(f.Namespaces)
		if q.Used != nil {
			used = *q.Used
		}
		nsCtx.Quota = &namespace.Quota{Used: used, Limit: q.Limit}
	}
	x.namespace = []namespace.Option{namespace.WithContext(nsCtx)}
	netCtx := network.Context{Actions: f.Actions}
	if f.VPC != nil {
		var err error
		if netCtx.VPCCIDR, err = parsePrefix("vpc.cidr", f.VPC.CIDR); err != nil {
			return nil, err
		}
		for i, s := range f.VPC.Subnets {
			p, err := parsePrefix("vpc.subnets["+strconv.Itoa(i)+"]", s)
			if err != nil {
				return nil, err
			}
			netCtx.Subnets = append(netCtx.Subnets, p)
		}
	}
	x.network = []network.Option{network.WithContext(netCtx)}
	volCtx := volume.Context{Actions: f.Actions, OBSBeta: f.OBSBeta}
	if f.Volumes != nil {
		volCtx.Volumes = make(map[string]volume.VolumeState, len(f.Volumes))
		for id, s := range f.Volumes {
			st, ok := volumeStates[s]
			if !ok {
				return nil, fmt.Errorf("volumes[%s]: state %q is not available, unavailable or imported", id, s)
			}
			volCtx.Volumes[id] = st
		}
	}
	x.volume = []volume.Option{volume.WithContext(volCtx)}
	x.release = []release.Option{release.WithContext(release.Context{Releases: f.Releases, DeprecatedVersions: f.DeprecatedChartVersions})}
	x.chart = []chart.Option{chart.WithContext(chart.Context{Uploaded: f.Charts, Official: f.OfficialCharts})}
	return x, nil
}

var volumeStates = map[string]volume.VolumeState{
	"available":   volume.VolumeAvailable,
	"unavailable": volume.VolumeUnavailable,
	"imported":    volume.VolumeImported,
}

func parsePrefix(key, s string) (netip.Prefix, error) {
	if s == "" {
		return netip.Prefix{}, nil
	}
	p, err := netip.ParsePrefix(s)
	if err != nil || !p.Addr().Is4() {
		return netip.Prefix{}, errors.New(key + ": " + strconv.Quote(s) + " is not an IPv4 CIDR")
	}
	return p, nil
}

// checkChartName applies the context rules on a valid package's name, as an
// upload of it would be judged: a chart already uploaded (CCI.04.409112), an
// official chart's name (CCI.04.409123).
func (x *requestContext) checkChartName(name string) validate.ErrorList {
	if name == "" {
		return nil
	}
	var errs validate.ErrorList
	field := "content[" + name + "/Chart.yaml].name"
	if slices.Contains(x.uploaded, name) {
		errs = append(errs, validate.NewError(validate.ChartAlreadyExists, field, "a chart named "+strconv.Quote(name)+" is already uploaded"))
	}
	if slices.Contains(x.official, name) {
		errs = append(errs, validate.NewError(validate.ChartNameOfficial, field, strconv.Quote(name)+" is the name of an official chart"))
	}
	return errs
}
