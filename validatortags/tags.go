package validatortags

import (
	"errors"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// The tags [Register] adds, named for the rule of package rules they apply.
const (
	TagReleaseName         = "cci_release_name"
	TagChartID             = "cci_chart_id"
	TagSemVer              = "cci_semver"
	TagDNSLabel            = "cci_dns_label"
	TagVolumeID            = "cci_volume_id"
	TagFlavor              = "cci_flavor"
	TagStorageClass        = "cci_storage_class"
	TagEnterpriseProjectID = "cci_enterprise_project_id"
)

// A tag is one of our tags: its rule, what the value is called in details, and the
// code of each kind of problem.
type tag struct {
	name    string
	what    string
	rule    func(string) rules.Problem
	empty   validate.Code
	tooLong validate.Code
	invalid validate.Code
}

// tags is the table of the package documentation.
var tags = []tag{
	{TagReleaseName, "release name", rules.ReleaseName,
		validate.ReleaseNameEmpty, validate.ReleaseNameTooLong, validate.ReleaseNameInvalid},
	{TagChartID, "chart ID", rules.ChartID,
		validate.ChartIDEmpty, validate.ChartIDTooLong, validate.ChartIDInvalid},
	{TagSemVer, "chart version", rules.SemVer,
		validate.ChartVersionInvalid, validate.ChartVersionInvalid, validate.ChartVersionInvalid},
	{TagDNSLabel, "name", rules.DNSLabel,
		validate.NamespaceNameInvalid, validate.NamespaceNameInvalid, validate.NamespaceNameInvalid},
	{TagVolumeID, "volume ID", rules.VolumeID,
		validate.VolumeImportBodyInvalid, validate.VolumeIDTooLong, validate.VolumeIDInvalid},
	{TagFlavor, "flavor", rules.Flavor,
		validate.NamespaceFlavorMissing, validate.NamespaceFlavorInvalid, validate.NamespaceFlavorInvalid},
	{TagStorageClass, "storage class", rules.StorageClass,
		validate.VolumeImportBodyInvalid, validate.StorageTypeInvalid, validate.StorageTypeInvalid},
	{TagEnterpriseProjectID, "enterprise project ID", rules.EnterpriseProjectID,
		validate.EnterpriseProjectIDEmpty, validate.EnterpriseProjectIDInvalid, validate.EnterpriseProjectIDInvalid},
}

func tagNamed(name string) *tag {
	for i := range tags {
		if tags[i].name == name {
			return &tags[i]
		}
	}
	return nil
}

// code returns the code of a problem of kind k.
func (t *tag) code(k rules.Kind) validate.Code {
	switch k {
	case rules.Empty:
		return t.empty
	case rules.TooLong:
		return t.tooLong
	}
	return t.invalid
}

// valid is the validator.Func of t: the rule on a string field, false on any other.
func (t *tag) valid(fl validator.FieldLevel) bool {
	f := fl.Field()
	return f.Kind() == reflect.String && t.rule(f.String()).OK()
}

// Register adds the tags of the package documentation to v, so that structs
// validated by v can use them, and makes v name fields by their JSON names, as
// [Errors] reports them, unless v already has a tag-name function. Call it
// before v validates anything, as validator requires of every registration;
// v is not safe for concurrent use while Register runs. Register returns an
// error for a nil v, or when validator refuses a tag.
func Register(v *validator.Validate) error {
	if v == nil {
		return errors.New("validatortags: Register of a nil *validator.Validate")
	}
	for i := range tags {
		if err := v.RegisterValidation(tags[i].name, tags[i].valid); err != nil {
			return err
		}
	}
	if !hasTagNameFunc(v) {
		v.RegisterTagNameFunc(JSONName)
	}
	return nil
}

// hasTagNameFunc reports whether v already has a tag-name function, which
// Register must not replace. validator offers no way to ask, so this reads its
// unexported flag, read-only; if the flag cannot be found (another validator
// version), it answers true, so that a user's function is never replaced.
func hasTagNameFunc(v *validator.Validate) bool {
	f := reflect.ValueOf(v).Elem().FieldByName("hasTagNameFunc")
	if !f.IsValid() || f.Kind() != reflect.Bool {
		return true
	}
	return f.Bool()
}

// JSONName is the tag-name function [Register] gives a validator that has none:
// the name of fld in its JSON encoding, the name of its json tag, or "" (meaning
// the Go name, which encoding/json uses too) when the tag gives no name or is
// "-". Register it yourself, with [validator.Validate.RegisterTagNameFunc], to
// replace a tag-name function of your own.
func JSONName(fld reflect.StructField) string {
	name, _, _ := strings.Cut(fld.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}
