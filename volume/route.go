package volume

import (
	"github.com/ccicheck/ccicheck/internal/iam"
	"github.com/ccicheck/ccicheck/validate"
)

// The IAM actions of volume requests (cci-rules.md §9): volumes are
// resources inside a namespace.
const (
	actionCreate = "cci:namespaceSubResource:create"
	actionDelete = "cci:namespaceSubResource:delete"
	actionList   = "cci:namespaceSubResource:list"
)

// fieldNamespace is the field path of the path's namespace: the path
// parameter's name in CCI's API reference.
const fieldNamespace = "namespace"

// add appends an error to errs.
func add(errs validate.ErrorList, code validate.Code, field, detail string) validate.ErrorList {
	return append(errs, &validate.Error{Code: code, Field: field, Detail: detail})
}

// checkRoute applies the rules every volume request starts with: the
// permission, when the caller's actions are known, then a namespace in the
// path.
func checkRoute(errs validate.ErrorList, namespace, action string, denied validate.Code, o *options) validate.ErrorList {
	if o.ctx.Actions != nil && !iam.Granted(o.ctx.Actions, action) {
		errs = add(errs, denied, "", "the granted IAM actions do not include "+action)
	}
	if namespace == "" {
		errs = add(errs, validate.NamespaceNotSpecified, fieldNamespace,
			"the namespace in the request path is empty")
	}
	return errs
}
