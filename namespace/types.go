package namespace

// Names of the Namespace resource and of the annotation and label CCI reads.
const (
	// Kind is the kind of a namespace, when a request names it.
	Kind = "Namespace"
	// APIVersion is the apiVersion of a namespace create, when a request names it.
	APIVersion = "v1"
	// APIVersionV2 is the apiVersion of a CCI 2.0 namespace create, when a request
	// names it.
	APIVersionV2 = "cci/v2"
	// FlavorAnnotation is the annotation that holds a namespace's flavor.
	FlavorAnnotation = "namespace.kubernetes.io/flavor"
	// EnterpriseProjectLabel is the label that holds a namespace's enterprise
	// project ID; "0" is the default project.
	EnterpriseProjectLabel = "sys_enterprise_project_id"
)

// A Namespace is the body of a namespace create, as it goes on the wire.
type Namespace struct {
	// Kind is "Namespace" or empty.
	Kind string `json:"kind,omitempty"`
	// APIVersion is "v1" (CCI 2.0: "cci/v2") or empty.
	APIVersion string `json:"apiVersion,omitempty"`
	// Metadata holds the name, labels and annotations.
	Metadata ObjectMeta `json:"metadata"`
	// Spec holds the finalizers, which CCI does not check.
	Spec Spec `json:"spec,omitzero"`
}

// ObjectMeta is the metadata of a [Namespace].
type ObjectMeta struct {
	// Name is the namespace's name, a DNS label.
	Name string `json:"name,omitempty"`
	// Labels may hold [EnterpriseProjectLabel]. A label that is present but
	// empty differs from one that is absent.
	Labels map[string]string `json:"labels,omitempty"`
	// Annotations must hold [FlavorAnnotation] in a CCI 1.0 create.
	Annotations map[string]string `json:"annotations,omitempty"`
}

// Spec is the spec of a [Namespace].
type Spec struct {
	// Finalizers are Kubernetes finalizer names.
	Finalizers []string `json:"finalizers,omitempty"`
}

// DeleteOptions is the optional body of a namespace delete. Nil fields are absent.
type DeleteOptions struct {
	// Kind is "DeleteOptions" or empty; it is not checked.
	Kind string `json:"kind,omitempty"`
	// APIVersion is "v1" or empty; it is not checked.
	APIVersion string `json:"apiVersion,omitempty"`
	// GracePeriodSeconds must not be negative.
	GracePeriodSeconds *int64 `json:"gracePeriodSeconds,omitempty"`
	// PropagationPolicy must be Orphan, Background or Foreground.
	PropagationPolicy *string `json:"propagationPolicy,omitempty"`
}
