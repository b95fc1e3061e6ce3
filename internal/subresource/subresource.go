// Package subresource holds the rules every request for a resource inside a
// namespace (a network, a volume) starts with: the caller may do it
// (cci-rules.md §9), and the path names a namespace (§2).
package subresource

import (
	"github.com/ccicheck/ccicheck/internal/iam"
	"github.com/ccicheck/ccicheck/validate"
)

// FieldNamespace is the field path of the namespace in the request path: the path
// parameter's name in CCI's API reference.
const FieldNamespace = "namespace"

// CheckRoute appends to errs the permission error denied when actions is non-nil
// and does not grant action, then CCI.01.400102 when namespace is empty.
func CheckRoute(errs validate.ErrorList, actions []string, namespace, action string, denied validate.Code) validate.ErrorList {
	if actions != nil && !iam.Granted(actions, action) {
		errs = append(errs, &validate.Error{Code: denied, Detail: "the granted IAM actions do not include " + action})
	}
	if namespace == "" {
		errs = append(errs, &validate.Error{Code: validate.NamespaceNotSpecified, Field: FieldNamespace,
			Detail: "the namespace in the request path is empty"})
	}
	return errs
}
