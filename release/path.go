package release

import "github.com/ccicheck/ccicheck/validate"

// ValidateGet returns the rules of cci-rules.md §8 that a get of release name
// (the name in the request path) breaks, or nil: the release name rules
// (CCI.04.400201, 400202, 400203), then, with a [Context] that lists the
// cluster's releases, CCI.04.404204 when there is no such release.
func ValidateGet(name string, opts ...Option) validate.ErrorList {
	return validateByName(name, opts)
}

// ValidateDelete returns the rules of cci-rules.md §8 that a delete of release
// name breaks, or nil; they are those of [ValidateGet].
func ValidateDelete(name string, opts ...Option) validate.ErrorList {
	return validateByName(name, opts)
}

func validateByName(name string, opts []Option) validate.ErrorList {
	var rep report
	rep.checkName(name)
	o := optionsOf(opts)
	rep.checkExists(name, &o.ctx, false)
	return rep.errors()
}
