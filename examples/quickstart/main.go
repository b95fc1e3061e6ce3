// Command quickstart checks a handful of typical CCI requests with ccicheck, the way a
// deploy tool would before sending them, and prints each verdict with the Status
// body CCI itself would have answered.
package main

import (
	"encoding/json"
	"fmt"

	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

type check struct {
	what  string
	value string
	field string
	rule  func(string) rules.Problem
	codes [4]validate.Code // by rules.Kind: OK, Empty, TooLong, Invalid
}

func main() {
	releaseName := [4]validate.Code{0, validate.ReleaseNameEmpty, validate.ReleaseNameTooLong, validate.ReleaseNameInvalid}
	checks := []check{
		{"namespace name", "team-a-prod", "metadata.name", rules.DNSLabel,
			[4]validate.Code{0, validate.NamespaceNameInvalid, validate.NamespaceNameInvalid, validate.NamespaceNameInvalid}},
		{"namespace name", "Team_A", "metadata.name", rules.DNSLabel,
			[4]validate.Code{0, validate.NamespaceNameInvalid, validate.NamespaceNameInvalid, validate.NamespaceNameInvalid}},
		{"release name", "my-release", "name", rules.ReleaseName, releaseName},
		{"release name", "my.release", "name", rules.ReleaseName, releaseName},
		{"release name", "a-release-name-longer-than-24", "name", rules.ReleaseName, releaseName},
		{"chart version", "1.10.0", "version", rules.SemVer,
			[4]validate.Code{0, validate.ChartVersionInvalid, validate.ChartVersionInvalid, validate.ChartVersionInvalid}},
		{"chart version", "v1.2", "version", rules.SemVer,
			[4]validate.Code{0, validate.ChartVersionInvalid, validate.ChartVersionInvalid, validate.ChartVersionInvalid}},
		{"volume ID", "8e4a3f56-8b1c-4f5e-9d3a-2c1b0a9f8e7d", "metadata.annotations[volumeID]", rules.VolumeID,
			[4]validate.Code{0, validate.VolumeImportBodyInvalid, validate.VolumeIDTooLong, validate.VolumeIDInvalid}},
	}
	for _, c := range checks {
		p := c.rule(c.value)
		if p.OK() {
			fmt.Printf("ok     %s %q\n", c.what, c.value)
			continue
		}
		err := validate.NewError(c.codes[p.Kind], c.field, fmt.Sprintf("%s %q %s", c.what, c.value, p.Reason))
		st, _ := validate.StatusOf(err)
		body, _ := json.Marshal(st)
		fmt.Printf("reject %s\n       %s\n", err, body)
	}
}
