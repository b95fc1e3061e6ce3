// Package network checks CCI network requests on the client, as CCI's
// networking.cci.io/v1beta1 API would (cci-rules.md §5 and §9), before they
// go on the wire.
//
// A request can be checked in the three forms people hold it: a typed
// [Network] built in Go ([ValidateCreate]), the JSON body about to be sent
// ([ValidateCreateJSON], [ValidateCreateRequest] with the request's headers)
// or a YAML or JSON manifest file ([ValidateCreateManifest]). Get, delete and
// update requests carry no body; their functions check the path and, with a
// [Context], the caller's permissions.
//
// Every function returns a [validate.ErrorList] holding every rule the request
// breaks, in the order the server checks them, so its first error is the one
// CCI would answer with. An empty list means the request passes.
//
// # Check order of a create
//
//  0. With a [Context] whose Actions are known: cci:namespaceSubResource:create
//     not granted → CCI.01.403110. The namespace of the path is empty →
//     CCI.01.400102.
//  1. With [WithUserTokenRequired] (off by default): header X-User-Token missing
//     or empty → CCI.01.400103.
//  2. Body not a JSON object, larger than the limit, wrong JSON types, kind not
//     Network or apiVersion not networking.cci.io/v1beta1 (when present) →
//     CCI.01.400101. A body that cannot be decoded is the last error reported.
//  3. Annotation network.alpha.kubernetes.io/project-id (or project_id) missing
//     or empty → CCI.01.400202.
//  4. metadata.name missing or empty; metadata.namespace set and not the
//     path's namespace; annotation network.alpha.kubernetes.io/domain-id (or
//     domain_id) or network.alpha.kubernetes.io/default-security-group
//     missing or empty; spec.attachedVPC, spec.networkID or spec.subnetID
//     missing or empty; spec.networkType not underlay_neutron →
//     CCI.01.400101, one error per field.
//  5. spec.cidr present and not an IPv4 CIDR → CCI.01.400201. With a
//     [Context] that knows the VPC's CIDR or its other subnets: a cidr outside
//     the VPC's, or overlapping another subnet → CCI.01.400201.
//
// Missing, empty and JSON null are the same for every string. spec.cidr and
// spec.availableZone are optional; an empty cidr is an absent one. Where both
// spellings of an annotation are given, either non-empty one will do. When
// the path's namespace is empty, metadata.namespace is not compared with it
// (the empty namespace is already reported).
//
// # Field paths
//
// Errors name the wire path of the offending value: "metadata.name",
// "spec.cidr", annotation keys in brackets
// ("metadata.annotations[network.alpha.kubernetes.io/project-id]", also when
// the underscored spelling was meant). Rules on the request outside the body
// name the parameter as CCI's API reference does: "namespace" for the path's
// namespace and "X-User-Token" for the header. Permission errors concern the
// whole request and have no field.
package network
