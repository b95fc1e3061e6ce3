package bench

import (
	"encoding/json"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/ccicheck/ccicheck/release"
)

// validatorCreate is a release create as a validator/v10 user would write it,
// with the closest tags validator has for cci-rules.md §8: it has no rule for
// release names or chart IDs, so dns_rfc1035_label (a letter first, letters,
// digits and '-') and uuid (what real chart IDs are) stand in for them, and
// dns_rfc1035_label for the namespace's RFC 1123 label.
type validatorCreate struct {
	ChartID     string         `json:"chart_id" validate:"required,max=64,uuid"`
	Name        string         `json:"name" validate:"required,max=24,dns_rfc1035_label"`
	Namespace   string         `json:"namespace" validate:"required,dns_rfc1035_label"`
	Version     string         `json:"version" validate:"required,max=64,semver"`
	Values      map[string]any `json:"values" validate:"required"`
	Description string         `json:"description,omitempty"`
}

// releaseCreateCases are the same requests for both: one valid, one with a bad
// name and a bad version.
var releaseCreateCases = []struct {
	name             string
	valid            bool
	release, version string
}{
	{"valid", true, "my-release", "1.0.0"},
	{"invalid", false, "1release", "1.2"},
}

func BenchmarkReleaseCreate(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	for _, tc := range releaseCreateCases {
		ours := release.CreateRequest{
			ChartID:   "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
			Name:      tc.release,
			Namespace: "default",
			Version:   tc.version,
			Values:    json.RawMessage(`{"imagePullPolicy":"IfNotPresent","imageTag":"v2"}`),
		}
		theirs := validatorCreate{
			ChartID:   ours.ChartID,
			Name:      ours.Name,
			Namespace: ours.Namespace,
			Version:   ours.Version,
			Values:    map[string]any{"imagePullPolicy": "IfNotPresent", "imageTag": "v2"},
		}
		if got := release.ValidateCreate(&ours) == nil; got != tc.valid {
			b.Fatalf("%s: ccicheck says valid=%v", tc.name, got)
		}
		if got := v.Struct(&theirs) == nil; got != tc.valid {
			b.Fatalf("%s: validator says valid=%v", tc.name, got)
		}
		b.Run(tc.name+"/ccicheck", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = release.ValidateCreate(&ours)
			}
		})
		b.Run(tc.name+"/validator", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = v.Struct(&theirs)
			}
		})
	}
}
