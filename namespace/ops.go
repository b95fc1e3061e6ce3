package namespace

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// ValidateGet returns the rules a namespace get (GET /api/v1/namespaces/{name})
// breaks: the permission cci:namespace:get (CCI.01.403108), then an empty name
// (CCI.01.400102).
func ValidateGet(name string, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:get", validate.NamespaceGetForbidden)
	if name == "" {
		l.add(validate.NamespaceNotSpecified, fieldName, "the namespace name in the path is empty")
	}
	return l.list
}

// ValidateUpdate returns the rule a namespace update (PUT or PATCH
// /api/v1/namespaces/{name}) breaks: the permission cci:namespace:update
// (CCI.01.403107). The name and the body are not checked: CCI has no other rule
// for an update.
func ValidateUpdate(name string, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:update", validate.NamespaceUpdateForbidden)
	return l.list
}

// ValidateList returns the rules a namespace list (GET /api/v1/namespaces) with
// these query parameters breaks: the permission cci:namespace:list
// (CCI.01.403109); limit present and not a non-negative integer (also "limit=")
// or continue present and empty (CCI.02.400117); and, with
// [WithNamespaceScopedList], no fieldSelector term metadata.name=<name>
// (CCI.01.400105). As the server does, only the first value of a parameter is read.
func ValidateList(query url.Values, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:list", validate.NamespaceListForbidden)
	if v, ok := query["limit"]; ok {
		if s := first(v); !rules.NonNegativeInt(s).OK() {
			l.add(validate.PaginationInvalid, "limit", quoted("limit ", s, " is not a non-negative integer"))
		}
	}
	if v, ok := query["continue"]; ok && first(v) == "" {
		l.add(validate.PaginationInvalid, "continue", "continue is given but empty")
	}
	if o.scopedList && !selectsName(first(query["fieldSelector"])) {
		l.add(validate.NamespaceFieldSelectorRequired, "fieldSelector", "a namespace-scoped caller must list with fieldSelector=metadata.name=<name>")
	}
	return l.list
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// selectsName reports whether a field selector has a term metadata.name=<name> or
// metadata.name==<name> with a non-empty name.
func selectsName(selector string) bool {
	for selector != "" {
		term, rest, _ := strings.Cut(selector, ",")
		selector = rest
		term = strings.TrimSpace(term)
		value, ok := strings.CutPrefix(term, "metadata.name=")
		if !ok {
			continue
		}
		value = strings.TrimPrefix(value, "=")
		if strings.TrimSpace(value) != "" {
			return true
		}
	}
	return false
}

// Propagation policies of a delete.
var policies = [...]string{"Orphan", "Background", "Foreground"}

// ValidateDelete returns the rules a namespace delete (DELETE
// /api/v1/namespaces/{name}) with these query parameters and optional
// DeleteOptions body breaks: the permission cci:namespace:delete
// (CCI.01.403106); an empty name (CCI.02.400107); gracePeriodSeconds not a
// non-negative integer or propagationPolicy not Orphan, Background or Foreground,
// in the query or in the body (CCI.01.400101). A body that is not a JSON object
// or has wrong JSON types is CCI.01.400101 too; an empty body is no body.
func ValidateDelete(name string, query url.Values, body []byte, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:delete", validate.NamespaceDeleteForbidden)
	if name == "" {
		l.add(validate.NamespaceDeleteNameEmpty, fieldName, "the namespace name in the path is empty")
	}
	if v, ok := query["gracePeriodSeconds"]; ok {
		if s := first(v); !rules.NonNegativeInt(s).OK() {
			l.add(validate.RequestBodyInvalid, "gracePeriodSeconds", quoted("gracePeriodSeconds ", s, " is not a non-negative integer"))
		}
	}
	if v, ok := query["propagationPolicy"]; ok {
		checkPolicy(&l, first(v))
	}
	if len(bytes.TrimSpace(body)) > 0 {
		checkDeleteBody(&l, body, o)
	}
	return l.list
}

func checkPolicy(l *errList, policy string) {
	for _, p := range policies {
		if policy == p {
			return
		}
	}
	l.add(validate.RequestBodyInvalid, "propagationPolicy", quoted("propagationPolicy ", policy, " is not one of Orphan, Background, Foreground"))
}

func checkDeleteBody(l *errList, body []byte, o *options) {
	var d DeleteOptions
	if reason := jsonbody.Decode(body, o.bodyLimit, &d); reason != "" {
		l.add(validate.RequestBodyInvalid, "", reason)
		return
	}
	if d.GracePeriodSeconds != nil && *d.GracePeriodSeconds < 0 {
		l.add(validate.RequestBodyInvalid, "gracePeriodSeconds", "gracePeriodSeconds "+itoa64(*d.GracePeriodSeconds)+" is negative")
	}
	if d.PropagationPolicy != nil {
		checkPolicy(l, *d.PropagationPolicy)
	}
}
