package network

// The API group version, kind and values of a network request.
const (
	// APIVersion is the apiVersion of a Network: networking.cci.io/v1beta1.
	APIVersion = "networking.cci.io/v1beta1"
	// Kind is the kind of a Network.
	Kind = "Network"
	// NetworkTypeUnderlayNeutron is the only network type CCI supports.
	NetworkTypeUnderlayNeutron = "underlay_neutron"
)

// Annotations of a Network. CCI reads each ID under two spellings: the
// hyphenated one of its API reference and the underscored one the Terraform
// provider has sent for years; either one will do.
const (
	// AnnotationProjectID is the ID of the project the network belongs to.
	AnnotationProjectID = "network.alpha.kubernetes.io/project-id"
	// AnnotationProjectIDUnderscore is the underscored spelling of AnnotationProjectID.
	AnnotationProjectIDUnderscore = "network.alpha.kubernetes.io/project_id"
	// AnnotationDomainID is the ID of the account (domain) the network belongs to.
	AnnotationDomainID = "network.alpha.kubernetes.io/domain-id"
	// AnnotationDomainIDUnderscore is the underscored spelling of AnnotationDomainID.
	AnnotationDomainIDUnderscore = "network.alpha.kubernetes.io/domain_id"
	// AnnotationDefaultSecurityGroup is the ID of the security group of the
	// network's pods.
	AnnotationDefaultSecurityGroup = "network.alpha.kubernetes.io/default-security-group"
)

// A Network is the body of a network create request, as it goes on the wire
// (POST /apis/networking.cci.io/v1beta1/namespaces/{ns}/networks). Fields
// CCI ignores are not modelled; encoding/json skips them.
type Network struct {
	Kind       string      `json:"kind,omitempty"`       // "Network", or empty
	APIVersion string      `json:"apiVersion,omitempty"` // "networking.cci.io/v1beta1", or empty
	Metadata   ObjectMeta  `json:"metadata"`
	Spec       NetworkSpec `json:"spec"`
}

// ObjectMeta is the part of a Kubernetes object's metadata a network request uses.
type ObjectMeta struct {
	Name        string            `json:"name,omitempty"`
	Namespace   string            `json:"namespace,omitempty"` // empty, or the namespace of the path
	Labels      map[string]string `json:"labels,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

// NetworkSpec maps the network to a VPC subnet.
type NetworkSpec struct {
	AttachedVPC   string `json:"attachedVPC,omitempty"`   // the VPC's ID
	NetworkID     string `json:"networkID,omitempty"`     // the subnet's network ID
	SubnetID      string `json:"subnetID,omitempty"`      // the subnet's ID
	NetworkType   string `json:"networkType,omitempty"`   // NetworkTypeUnderlayNeutron
	CIDR          string `json:"cidr,omitempty"`          // the subnet's IPv4 CIDR, optional
	AvailableZone string `json:"availableZone,omitempty"` // the subnet's availability zone, optional
}
