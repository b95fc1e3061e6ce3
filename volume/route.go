package volume

import (
	"github.com/ccicheck/ccicheck/internal/subresource"
	"github.com/ccicheck/ccicheck/validate"
)

// The IAM actions of volume requests (cci-rules.md §9): volumes are
// resources inside a namespace.
const (
	actionCreate = "cci:namespaceSubResource:create"
	actionDelete = "cci:namespaceSubResource:delete"
	actionList   = "cci:namespaceSubResource:list"
)

// add appends an error to errs.
func add(errs validate.ErrorList, code validate.Code, field, detail string) validate.ErrorList {
	return append(errs, &validate.Error{Code: code, Field: field, Detail: detail})
}

// checkRoute applies the rules every request starts with: the permission,
// when the caller's actions are known, then a namespace in the path.
func checkRoute(errs validate.ErrorList, namespace, action string, denied validate.Code, o *options) validate.ErrorList {
	return subresource.CheckRoute(errs, o.ctx.Actions, namespace, action, denied)
}
