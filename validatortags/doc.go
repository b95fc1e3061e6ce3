// Package validatortags offers ccicheck's rules to users of
// github.com/go-playground/validator/v10, so that their own request-builder
// structs can be checked with the same rules, and turns validator's errors into
// CCI errors. It is the one package of ccicheck that uses reflection, as
// validator does; the rest of ccicheck checks requests with plain code.
//
//	v := validator.New()
//	if err := validatortags.Register(v); err != nil { ... }
//	type Release struct {
//		Name    string `json:"name" validate:"cci_release_name"`
//		ChartID string `json:"chart_id" validate:"cci_chart_id"`
//		Version string `json:"version" validate:"cci_semver"`
//	}
//	errs := validatortags.Errors(v.Struct(&r)) // a validate.ErrorList
//
// # Tags
//
// Each tag applies one rule of package rules to a string field (any type whose
// kind is string; validator looks through pointers and interfaces first). The
// codes [Errors] gives each kind of problem follow cci-rules.md where the rule
// is used: an empty value gets the code CCI gives a missing one.
//
//	tag                        rule                         empty          too long       invalid
//	cci_release_name           rules.ReleaseName            CCI.04.400201  CCI.04.400202  CCI.04.400203
//	cci_chart_id               rules.ChartID                CCI.04.400105  CCI.04.400112  CCI.04.400113
//	cci_semver                 rules.SemVer                 CCI.04.400104  CCI.04.400104  CCI.04.400104
//	cci_dns_label              rules.DNSLabel               CCI.02.400109  CCI.02.400109  CCI.02.400109
//	cci_volume_id              rules.VolumeID               CCI.01.400106  CCI.01.400303  CCI.01.400302
//	cci_flavor                 rules.Flavor                 CCI.02.400111  -              CCI.02.400110
//	cci_storage_class          rules.StorageClass           CCI.01.400106  -              CCI.01.400301
//	cci_enterprise_project_id  rules.EnterpriseProjectID    CCI.02.400118  -              CCI.01.400107
//
// The empty codes are those of the operation that uses the field: a missing
// volume ID or storage class makes a volume import body invalid (§6 step 1), a
// missing flavor is CCI.02.400111 (§4 step 4), an empty enterprise project
// label CCI.02.400118 (§4 step 5).
//
// The tags check emptiness themselves, so a required field needs only the tag
// (validate:"cci_release_name"), and an optional one is written
// validate:"omitempty,cci_chart_id". A nil pointer is a missing value: the tag
// fails and Errors gives it the empty code. Combined with validator's own
// required (validate:"required,cci_release_name"), an empty value fails
// required first, as validator stops at a field's first failing tag, and
// Errors reports that failure without a CCI code (see below); a non-empty value
// is then judged by our tag as usual.
//
// On a field that is not a string (an int, a slice, a struct), a tag fails,
// never panics, and Errors gives it the tag's invalid code.
//
// # Errors of other tags
//
// validator's own tags (required, max, email, ...) and users' tags have no CCI
// code. Errors reports their failures with the zero [validate.Code] (not
// IsValid), the field and a detail naming the tag, rather than dropping them,
// so that a failed validation never looks like a passed one. A
// [validate.ErrorList] sets its Status by its first valid code, so they do not
// disturb the answer CCI would give; filter on Code.IsValid to keep only CCI
// errors.
//
// # Field names
//
// Errors reports fields by validator's namespace without the struct's type
// name. To make that the wire path ("metadata.name", not "Metadata.Name"),
// [Register] makes the validator name fields by their json tags ([JSONName]),
// but only when it has no tag-name function yet: a function the user
// registered is kept, and its names are reported (the choice is the user's, and
// replacing it would change the messages of their other validations). Register
// a tag-name function after Register to override ours. An embedded struct
// without a json tag keeps its type name in the path, as validator names it,
// although encoding/json flattens it.
package validatortags
