// Package namespace applies CCI's rules for namespace requests (cci-rules.md §4 and
// the namespace permissions of §9) on the client, before a request leaves the
// machine.
//
// There is one function per operation, for each way a request is held: a typed
// [Namespace] a request builder made ([ValidateCreate], [ValidateCreateV2]), the
// JSON bytes about to be sent ([ValidateCreateJSON], [ValidateCreateRequest] with
// its Content-Type), and a YAML or JSON manifest file ([ValidateCreateManifest]).
// Get, list, delete and update take what their URLs carry ([ValidateGet],
// [ValidateList], [ValidateDelete], [ValidateUpdate]).
//
// Each returns a [validate.ErrorList] with every rule the request breaks, in the
// order the CCI server checks them, so its first error is the one the server would
// answer with; an empty list means the request passes. A create is checked in this
// order:
//
//	permission   cci:namespace:create not granted (Context.Actions)   CCI.01.403105
//	Content-Type missing or not application/json                       CCI.02.400103
//	body         too large, not a JSON object, wrong JSON types,
//	             kind not Namespace, apiVersion not v1 (v2: cci/v2)     CCI.02.400101
//	name         metadata.name empty or not a DNS label                 CCI.02.400109
//	flavor       annotation namespace.kubernetes.io/flavor missing      CCI.02.400111
//	             not general-computing or gpu-accelerated               CCI.02.400110
//	project      label sys_enterprise_project_id present but empty      CCI.02.400118
//	             present and not "0" or a UUID                          CCI.01.400107
//	context      gpu-accelerated without GPU beta access                CCI.01.403101
//	             name already taken                                     CCI.02.409101
//	             namespace quota used up                                CCI.02.400106
//
// A CCI 2.0 create ([ValidateCreateV2]) has no flavor and no project label checks.
//
// Rules that need what only the caller knows (permissions, beta access, existing
// names, the quota) apply only when a [Context] is given with [WithContext]; the
// namespace-scoped list rule is opt-in ([WithNamespaceScopedList]).
//
// Validating a valid typed request allocates nothing.
package namespace
