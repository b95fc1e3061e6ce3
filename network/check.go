package network

import (
	"github.com/ccicheck/ccicheck/internal/subresource"
	"github.com/ccicheck/ccicheck/validate"
)

// The IAM actions of network requests (cci-rules.md §9): networks are
// resources inside a namespace.
const (
	actionCreate = "cci:namespaceSubResource:create"
	actionDelete = "cci:namespaceSubResource:delete"
	actionUpdate = "cci:namespaceSubResource:update"
	actionGet    = "cci:namespaceSubResource:get"
)

// Field paths of the rules checked outside the body: a request parameter's
// name as CCI's API reference writes it.
const (
	fieldUserToken = "X-User-Token"
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

// ValidateGet checks a request for one network (GET
// /apis/networking.cci.io/v1beta1/namespaces/{namespace}/networks/{name}):
// the caller may get namespace resources (CCI.01.403113, with a [Context]
// whose Actions are known), then the namespace is not empty (CCI.01.400102).
//
// The name is not checked: CCI has no code for an empty network name, and a
// GET of .../networks/ with no name is a list of networks, which this
// package does not judge. An empty name is therefore no error of its own.
func ValidateGet(namespace, name string, opts ...Option) validate.ErrorList {
	o := apply(opts)
	return checkRoute(nil, namespace, actionGet, validate.SubResourceGetForbidden, &o)
}

// ValidateDelete checks a request to delete a network (DELETE
// /apis/networking.cci.io/v1beta1/namespaces/{namespace}/networks/{name}):
// the caller may delete namespace resources (CCI.01.403111, with a [Context]
// whose Actions are known), then the namespace is not empty (CCI.01.400102).
// As for [ValidateGet], an empty name is no error of its own: CCI has no code
// for it.
func ValidateDelete(namespace, name string, opts ...Option) validate.ErrorList {
	o := apply(opts)
	return checkRoute(nil, namespace, actionDelete, validate.SubResourceDeleteForbidden, &o)
}

// ValidateUpdate checks a request to replace or patch a network (PUT or
// PATCH /apis/networking.cci.io/v1beta1/namespaces/{namespace}/networks/{name}):
// the caller may update namespace resources (CCI.01.403112, with a [Context]
// whose Actions are known), then the namespace is not empty (CCI.01.400102).
// The body is not checked: CCI's rules for updates are the permission only.
// As for [ValidateGet], an empty name is no error of its own.
func ValidateUpdate(namespace, name string, opts ...Option) validate.ErrorList {
	o := apply(opts)
	return checkRoute(nil, namespace, actionUpdate, validate.SubResourceUpdateForbidden, &o)
}
