package release

import "github.com/ccicheck/ccicheck/validate"

// ValidateUpdate returns every rule of cci-rules.md §8 that the update of release
// name (the name in the request path) with body r breaks, in the server's order
// (see the package documentation), or nil when it passes. A nil r is an invalid
// body.
func ValidateUpdate(name string, r *UpdateRequest, opts ...Option) validate.ErrorList {
	var rep report
	rep.checkName(name)
	if r == nil {
		rep.add(problem{code: validate.UnmarshalFailed, text: "request is nil, not a JSON object"})
		return rep.errors()
	}
	n := rep.n
	if rep.checkNumberType(r.Parameters.ReleaseVersion); rep.n > n {
		return rep.errors() // a wrong type: the body could not be decoded
	}
	o := optionsOf(opts)
	rep.checkUpdate(name, r, &o, false)
	return rep.errors()
}

// ValidateUpdateJSON is [ValidateUpdate] for an update body as sent on the wire.
// It decodes body as the server does (see the package documentation); a body
// larger than the limit (see [WithBodyLimit]), not a JSON object, or with a
// value of the wrong JSON type (such as a release_version of "3") is
// CCI.04.400302, after which no field of the body is checked.
func ValidateUpdateJSON(name string, body []byte, opts ...Option) validate.ErrorList {
	var rep report
	rep.checkName(name)
	o := optionsOf(opts)
	r, e := decodeUpdate(body, o.bodyLimit)
	if e != nil {
		return append(rep.errors(), e)
	}
	rep.checkUpdate(name, &r, &o, true)
	return rep.errors()
}

// checkUpdate checks the body rules and the context rules of an update.
func (rep *report) checkUpdate(name string, r *UpdateRequest, o *options, decoded bool) {
	switch r.Action {
	case ActionUpgrade, ActionRollback:
	case "":
		rep.add(problem{code: validate.ReleaseActionInvalid, field: fieldAction, subject: "action",
			text: `is missing; it must be "upgrade" or "rollback"`})
	default:
		rep.add(problem{code: validate.ReleaseActionInvalid, field: fieldAction, subject: "action",
			value: r.Action, show: true, text: `is not "upgrade" or "rollback" (case-sensitive)`})
	}
	if r.Action == ActionUpgrade || r.ChartID != "" {
		rep.checkChartID(r.ChartID)
	}
	if r.Version != "" {
		rep.checkVersion(r.Version)
	}
	if r.Action == ActionRollback {
		rep.checkReleaseVersion(r.Parameters.ReleaseVersion)
	}
	rep.checkValues(r.Values, false, decoded)
	rep.checkExists(name, &o.ctx, true)
}

// checkExists reports, when the context knows the cluster's releases, a release
// that does not exist and, for an update, one whose status forbids updates.
func (rep *report) checkExists(name string, c *Context, update bool) {
	if c.Releases == nil {
		return
	}
	status, ok := c.Releases[name]
	switch {
	case !ok:
		rep.add(problem{code: validate.ReleaseNotFound, field: fieldName, subject: "release",
			value: name, show: true, text: "does not exist in the cluster"})
	case update && status != "" && status != StatusDeployed && status != StatusFailed:
		rep.add(problem{code: validate.ReleaseStatusForbidsUpdate, field: fieldName, subject: "release",
			value: name, show: true, text: "is " + status + "; only a DEPLOYED or FAILED release can be updated"})
	}
}
