package network

import (
	"net/http"
	"net/netip"
	"strconv"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Field paths of a network create.
const (
	fieldKind          = "kind"
	fieldAPIVersion    = "apiVersion"
	fieldName          = "metadata.name"
	fieldMetaNamespace = "metadata.namespace"
	fieldProjectID     = "metadata.annotations[" + AnnotationProjectID + "]"
	fieldDomainID      = "metadata.annotations[" + AnnotationDomainID + "]"
	fieldSecurityGroup = "metadata.annotations[" + AnnotationDefaultSecurityGroup + "]"
	fieldAttachedVPC   = "spec.attachedVPC"
	fieldNetworkID     = "spec.networkID"
	fieldSubnetID      = "spec.subnetID"
	fieldNetworkType   = "spec.networkType"
	fieldCIDR          = "spec.cidr"
)

// ValidateCreate checks a network create (POST
// /apis/networking.cci.io/v1beta1/namespaces/{namespace}/networks) whose
// body is n, in the order of the package documentation, and returns every
// rule it breaks. A nil n is an invalid body (CCI.01.400101). The opt-in
// X-User-Token rule needs the headers: see [ValidateCreateRequest].
// ValidateCreate allocates nothing for a valid request.
func ValidateCreate(namespace string, n *Network, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
	if n == nil {
		return add(errs, validate.RequestBodyInvalid, "", "the request has no body")
	}
	return checkNetwork(errs, namespace, n, &o)
}

// ValidateCreateJSON checks a network create whose body is the JSON body,
// decoded as CCI's Go server decodes it: a JSON object of at most the body
// limit (see [WithBodyLimit]), encoding/json semantics (duplicate keys
// accepted, the last one wins; invalid UTF-8 in strings accepted; nesting up
// to encoding/json's limit). A body that cannot be decoded is an invalid body
// (CCI.01.400101, its Detail giving the byte offset of malformed JSON), and
// then no field rule is checked. Otherwise it checks as [ValidateCreate].
func ValidateCreateJSON(namespace string, body []byte, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
	return checkBody(errs, namespace, body, &o)
}

// ValidateCreateRequest checks a network create as it goes on the wire: its
// headers and its JSON body. With [WithUserTokenRequired], a missing or empty
// X-User-Token header is rejected (CCI.01.400103) after the permission and
// path rules and before the body's; a nil header has no X-User-Token. The
// body is checked as by [ValidateCreateJSON].
func ValidateCreateRequest(namespace string, header http.Header, body []byte, opts ...Option) validate.ErrorList {
	o := apply(opts)
	errs := checkRoute(nil, namespace, actionCreate, validate.SubResourceCreateForbidden, &o)
	if o.userToken && header.Get("X-User-Token") == "" {
		errs = add(errs, validate.UserTokenMissing, fieldUserToken, "the X-User-Token header is missing or empty")
	}
	return checkBody(errs, namespace, body, &o)
}

// checkBody decodes body and checks the network it holds.
func checkBody(errs validate.ErrorList, namespace string, body []byte, o *options) validate.ErrorList {
	var n Network
	if reason := jsonbody.Decode(body, o.limit, &n); reason != "" {
		return add(errs, validate.RequestBodyInvalid, "", reason)
	}
	return checkNetwork(errs, namespace, &n, o)
}

// checkNetwork applies the body rules, steps 2 to 5 of the create.
func checkNetwork(errs validate.ErrorList, namespace string, n *Network, o *options) validate.ErrorList {
	if n.Kind != "" && n.Kind != Kind {
		errs = add(errs, validate.RequestBodyInvalid, fieldKind, "kind "+strconv.Quote(n.Kind)+" is not "+Kind)
	}
	if n.APIVersion != "" && n.APIVersion != APIVersion {
		errs = add(errs, validate.RequestBodyInvalid, fieldAPIVersion,
			"apiVersion "+strconv.Quote(n.APIVersion)+" is not "+APIVersion)
	}
	ann := n.Metadata.Annotations
	if ann[AnnotationProjectID] == "" && ann[AnnotationProjectIDUnderscore] == "" {
		errs = add(errs, validate.NetworkProjectIDMissing, fieldProjectID,
			"annotation "+AnnotationProjectID+" (or project_id) is missing or empty; it must hold the project ID")
	}
	errs = checkFields(errs, namespace, n)
	return checkCIDR(errs, n.Spec.CIDR, &o.ctx)
}

// checkFields applies step 4: the required fields, all CCI.01.400101.
func checkFields(errs validate.ErrorList, namespace string, n *Network) validate.ErrorList {
	m, s := &n.Metadata, &n.Spec
	if m.Name == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldName, "metadata.name is missing or empty")
	}
	if m.Namespace != "" && namespace != "" && m.Namespace != namespace {
		errs = add(errs, validate.RequestBodyInvalid, fieldMetaNamespace, "metadata.namespace "+
			strconv.Quote(m.Namespace)+" is not the namespace of the request path, "+strconv.Quote(namespace))
	}
	if m.Annotations[AnnotationDomainID] == "" && m.Annotations[AnnotationDomainIDUnderscore] == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldDomainID,
			"annotation "+AnnotationDomainID+" (or domain_id) is missing or empty; it must hold the account (domain) ID")
	}
	if m.Annotations[AnnotationDefaultSecurityGroup] == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldSecurityGroup,
			"annotation "+AnnotationDefaultSecurityGroup+" is missing or empty; it must hold a security group ID")
	}
	if s.AttachedVPC == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldAttachedVPC, "spec.attachedVPC is missing or empty; it must hold the VPC ID")
	}
	if s.NetworkID == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldNetworkID, "spec.networkID is missing or empty; it must hold the subnet's network ID")
	}
	if s.SubnetID == "" {
		errs = add(errs, validate.RequestBodyInvalid, fieldSubnetID, "spec.subnetID is missing or empty; it must hold the subnet ID")
	}
	switch s.NetworkType {
	case NetworkTypeUnderlayNeutron:
	case "":
		errs = add(errs, validate.RequestBodyInvalid, fieldNetworkType,
			"spec.networkType is missing or empty; it must be "+NetworkTypeUnderlayNeutron)
	default:
		errs = add(errs, validate.RequestBodyInvalid, fieldNetworkType, "spec.networkType "+
			strconv.Quote(s.NetworkType)+" is not "+NetworkTypeUnderlayNeutron+", the only network type CCI supports")
	}
	return errs
}

// checkCIDR applies step 5: the syntax of spec.cidr, then, as far as ctx
// knows the VPC, its place in the VPC. It reports at most one error.
func checkCIDR(errs validate.ErrorList, cidr string, ctx *Context) validate.ErrorList {
	if cidr == "" {
		return errs
	}
	if p := rules.IPv4CIDR(cidr); !p.OK() {
		return add(errs, validate.SubnetCIDRInvalid, fieldCIDR,
			"spec.cidr "+strconv.Quote(cidr)+" is not an IPv4 CIDR: "+p.Reason)
	}
	if !ctx.VPCCIDR.IsValid() && len(ctx.Subnets) == 0 {
		return errs
	}
	sub, err := netip.ParsePrefix(cidr)
	if err != nil { // unreachable: rules.IPv4CIDR accepted cidr
		return errs
	}
	sub = sub.Masked()
	if vpc := ctx.VPCCIDR.Masked(); vpc.IsValid() && (vpc.Bits() > sub.Bits() || !vpc.Contains(sub.Addr())) {
		return add(errs, validate.SubnetCIDRInvalid, fieldCIDR,
			"spec.cidr "+strconv.Quote(cidr)+" is not inside the VPC's CIDR "+vpc.String())
	}
	for _, other := range ctx.Subnets {
		if other.IsValid() && sub.Overlaps(other) {
			return add(errs, validate.SubnetCIDRInvalid, fieldCIDR,
				"spec.cidr "+strconv.Quote(cidr)+" overlaps the VPC's subnet "+other.String())
		}
	}
	return errs
}
