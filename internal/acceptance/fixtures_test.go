package acceptance_test

import (
	"github.com/ccicheck/ccicheck/manifest"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/volume"
)

const (
	flavorKey = "namespace.kubernetes.io/flavor"
	epKey     = "sys_enterprise_project_id"
	uuid      = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
	annProj   = "network.alpha.kubernetes.io/project-id"
	annProj_  = "network.alpha.kubernetes.io/project_id"
	annDom    = "network.alpha.kubernetes.io/domain-id"
	annDom_   = "network.alpha.kubernetes.io/domain_id"
	annSG     = "network.alpha.kubernetes.io/default-security-group"
)

func nsValid() *namespace.Namespace {
	return &namespace.Namespace{
		Kind: "Namespace", APIVersion: "v1",
		Metadata: namespace.ObjectMeta{
			Name:        "ns-1",
			Annotations: map[string]string{flavorKey: "general-computing"},
			Labels:      map[string]string{epKey: "0"},
		},
	}
}

func nsWith(f func(*namespace.Namespace)) *namespace.Namespace {
	n := nsValid()
	f(n)
	return n
}

func netValid() *network.Network {
	return &network.Network{
		Kind: "Network", APIVersion: "networking.cci.io/v1beta1",
		Metadata: network.ObjectMeta{
			Name: "net-1",
			Annotations: map[string]string{
				annProj: "proj", annDom: "dom", annSG: "sg",
			},
		},
		Spec: network.NetworkSpec{
			AttachedVPC: "vpc", NetworkID: "nid", SubnetID: "sid",
			NetworkType: "underlay_neutron", CIDR: "192.168.0.0/24", AvailableZone: "az1",
		},
	}
}

func netWith(f func(*network.Network)) *network.Network {
	n := netValid()
	f(n)
	return n
}

func volValid() *volume.VolumeImport {
	return &volume.VolumeImport{
		Kind: "PersistentVolumeClaim", APIVersion: "v1",
		Metadata: volume.ObjectMeta{
			Name:        "pvc-1",
			Annotations: map[string]string{"fsType": "ext4", "volumeID": uuid},
		},
		Spec: volume.ClaimSpec{
			StorageClassName: "ssd",
			AccessModes:      []string{"ReadWriteMany"},
			Resources:        volume.Requirements{Requests: volume.ResourceList{Storage: "10Gi"}},
		},
	}
}

func volWith(f func(*volume.VolumeImport)) *volume.VolumeImport {
	v := volValid()
	f(v)
	return v
}

func relValid() *release.CreateRequest {
	return &release.CreateRequest{
		ChartID: uuid, Name: "my-release", Namespace: "default",
		Version: "1.0.0", Values: []byte(`{}`),
	}
}

func relWith(f func(*release.CreateRequest)) *release.CreateRequest {
	r := relValid()
	f(r)
	return r
}

const nsJSON = `{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"ns-1","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`

const netJSON = `{"apiVersion":"networking.cci.io/v1beta1","kind":"Network","metadata":{"name":"net-1","annotations":{"network.alpha.kubernetes.io/project-id":"p","network.alpha.kubernetes.io/domain-id":"d","network.alpha.kubernetes.io/default-security-group":"sg"}},"spec":{"attachedVPC":"vpc","networkID":"nid","subnetID":"sid","networkType":"underlay_neutron","cidr":"192.168.0.0/24","availableZone":"az1"}}`

const volJSON = `{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"pvc-1","annotations":{"fsType":"nfs","volumeID":"` + uuid + `"}},"spec":{"storageClassName":"nfs-rw","accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"10Gi"}}}}`

const relJSON = `{"chart_id":"` + uuid + `","name":"my-release","namespace":"default","version":"1.0.0","values":{},"description":"d","parameters":{}}`

type manifestResult = manifest.Result
