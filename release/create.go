package release

import "github.com/ccicheck/ccicheck/validate"

// ValidateCreate returns every rule of cci-rules.md §8 that the release create r
// breaks, in the server's order (see the package documentation), or nil when r
// passes. A nil r is an invalid body.
//
// A valid request allocates nothing.
func ValidateCreate(r *CreateRequest, opts ...Option) validate.ErrorList {
	if r == nil {
		return validate.ErrorList{validate.NewError(validate.UnmarshalFailed, "", "request is nil, not a JSON object")}
	}
	var rep report
	if rep.checkNumberType(r.Parameters.ReleaseVersion); !rep.empty() {
		return rep.errors() // a wrong type: the body could not be decoded
	}
	o := optionsOf(opts)
	rep.checkCreate(r, &o, false)
	return rep.errors()
}

// ValidateCreateJSON is [ValidateCreate] for a create body as sent on the wire.
// It decodes body as the server does (see the package documentation); a body
// larger than the limit (see [WithBodyLimit]), not a JSON object, or with a
// value of the wrong JSON type is CCI.04.400302, and then the only error.
func ValidateCreateJSON(body []byte, opts ...Option) validate.ErrorList {
	o := optionsOf(opts)
	r, e := decodeCreate(body, o.bodyLimit)
	if e != nil {
		return validate.ErrorList{e}
	}
	var rep report
	rep.checkCreate(&r, &o, true)
	return rep.errors()
}

// checkCreate checks steps 1 to 5 of a create. decoded says that r.Values came
// from a decoded body and is therefore valid JSON.
func (rep *report) checkCreate(r *CreateRequest, o *options, decoded bool) {
	rep.checkValues(r.Values, true, decoded)
	rep.checkNamespace(r.Namespace)
	rep.checkName(r.Name)
	rep.checkChartID(r.ChartID)
	rep.checkVersion(r.Version)
	c := &o.ctx
	if c.Releases != nil {
		if _, taken := c.Releases[r.Name]; taken {
			rep.add(problem{code: validate.ReleaseAlreadyExists, field: fieldName, subject: "release",
				value: r.Name, show: true, text: "already exists in the cluster"})
		}
	}
	if isDeprecated(c, r.ChartID, r.Version) {
		rep.add(problem{code: validate.ChartVersionDeprecated, field: fieldVersion, subject: "version",
			value: r.Version, show: true, text: "of the chart is deprecated; choose a later one"})
	}
}

// isDeprecated reports whether the context lists version of chart id as deprecated.
func isDeprecated(c *Context, id, version string) bool {
	if c.DeprecatedVersions == nil || version == "" {
		return false
	}
	for _, v := range c.DeprecatedVersions[id] {
		if v == version {
			return true
		}
	}
	return false
}
