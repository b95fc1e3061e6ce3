package release

import "encoding/json"

// A CreateRequest is the body of a release create, POST
// /cce/cam/v3/clusters/{cluster_id}/releases, field for field as it goes on the
// wire. Marshalled with encoding/json it is the JSON CCI expects.
type CreateRequest struct {
	// ChartID is the ID of the chart to install (required; chart ID rules).
	ChartID string `json:"chart_id"`
	// Name is the release name (required): a letter first, a letter or digit
	// last, letters, digits, '_' or '-' between, at most 24 bytes.
	Name string `json:"name"`
	// Namespace is the namespace to install into (required; a DNS label).
	Namespace string `json:"namespace"`
	// Version is the chart version to install (required; SemVer, at most 64
	// bytes).
	Version string `json:"version"`
	// Values are the chart values, a JSON object (required, even when empty:
	// {}). nil means the field is missing; "null" and non-objects are invalid.
	Values json.RawMessage `json:"values"`
	// Description is free text (optional, not checked).
	Description string `json:"description,omitempty"`
	// Parameters are the install parameters (optional).
	Parameters Parameters `json:"parameters,omitzero"`
}

// An UpdateRequest is the body of a release update, PUT
// /cce/cam/v3/clusters/{cluster_id}/namespace/{ns}/releases/{name}: an upgrade
// to another chart version or values, or a rollback to an earlier release
// version. The release name is in the path, not in the body.
type UpdateRequest struct {
	// Action is ActionUpgrade or ActionRollback (required, case-sensitive).
	Action string `json:"action"`
	// ChartID is the chart to upgrade to: required for an upgrade, optional for
	// a rollback; chart ID rules when given.
	ChartID string `json:"chart_id,omitempty"`
	// Version is the chart version to upgrade to; SemVer when given.
	Version string `json:"version,omitempty"`
	// Values are the new chart values; a JSON object when given. nil and "null"
	// mean not given.
	Values json.RawMessage `json:"values,omitempty"`
	// Parameters are the update parameters; a rollback needs
	// Parameters.ReleaseVersion.
	Parameters Parameters `json:"parameters,omitzero"`
}

// Actions of an [UpdateRequest].
const (
	ActionUpgrade  = "upgrade"
	ActionRollback = "rollback"
)

// Parameters are the optional parameters of a create or update
// (ReleaseReqBodyParams in CCE's API). Their zero values are the defaults.
type Parameters struct {
	// DryRun asks the server to check the chart parameters without installing.
	DryRun bool `json:"dry_run,omitempty"`
	// NameTemplate is a template for the release name.
	NameTemplate string `json:"name_template,omitempty"`
	// NoHooks disables hooks during the install or update.
	NoHooks bool `json:"no_hooks,omitempty"`
	// Replace reuses the name of a deleted release.
	Replace bool `json:"replace,omitempty"`
	// Recreate recreates resources during an update.
	Recreate bool `json:"recreate,omitempty"`
	// ResetValues resets the values to the chart's defaults during an update.
	ResetValues bool `json:"reset_values,omitempty"`
	// ReleaseVersion is the release version (revision) to roll back to: a
	// positive JSON integer, written here as the number's JSON text, e.g.
	// json.Number("3"). "" means missing. A rollback needs it; other requests
	// do not check it.
	ReleaseVersion json.Number `json:"release_version,omitempty"`
	// IncludeHooks includes hooks during an update.
	IncludeHooks bool `json:"include_hooks,omitempty"`
}
