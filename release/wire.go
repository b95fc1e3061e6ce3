package release

import (
	"encoding/json"
	"errors"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/validate"
)

// The wire structs are what the JSON entry points decode into. They repeat the
// request structs' fields rather than embed them, so that encoding/json's type
// errors name wire paths ("parameters.dry_run", not "Parameters.dry_run"), and
// they keep release_version as written, so that a string ("3", a wrong type)
// can be told from a number that is not a positive integer (1.5).

type wireParameters struct {
	DryRun         bool            `json:"dry_run"`
	NameTemplate   string          `json:"name_template"`
	NoHooks        bool            `json:"no_hooks"`
	Replace        bool            `json:"replace"`
	Recreate       bool            `json:"recreate"`
	ResetValues    bool            `json:"reset_values"`
	ReleaseVersion json.RawMessage `json:"release_version"`
	IncludeHooks   bool            `json:"include_hooks"`
}

type createWire struct {
	ChartID     string          `json:"chart_id"`
	Name        string          `json:"name"`
	Namespace   string          `json:"namespace"`
	Version     string          `json:"version"`
	Values      json.RawMessage `json:"values"`
	Description string          `json:"description"`
	Parameters  *wireParameters `json:"parameters"`
}

type updateWire struct {
	Action     string          `json:"action"`
	ChartID    string          `json:"chart_id"`
	Version    string          `json:"version"`
	Values     json.RawMessage `json:"values"`
	Parameters *wireParameters `json:"parameters"`
}

// parameters returns the typed parameters of p (nil means absent), or the
// wrong-type error of its release_version.
func (p *wireParameters) parameters() (Parameters, *validate.Error) {
	if p == nil {
		return Parameters{}, nil
	}
	out := Parameters{
		DryRun:       p.DryRun,
		NameTemplate: p.NameTemplate,
		NoHooks:      p.NoHooks,
		Replace:      p.Replace,
		Recreate:     p.Recreate,
		ResetValues:  p.ResetValues,
		IncludeHooks: p.IncludeHooks,
	}
	raw := trimSpace(p.ReleaseVersion)
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '-' || ('0' <= raw[0] && raw[0] <= '9'):
		out.ReleaseVersion = json.Number(raw)
	default:
		return out, validate.NewError(validate.UnmarshalFailed, fieldReleaseVersion,
			"parameters.release_version is a JSON "+kindOf(raw[0])+"; it must be a number")
	}
	return out, nil
}

// decodeCreate decodes a create body into a CreateRequest.
func decodeCreate(body []byte, limit int64) (CreateRequest, *validate.Error) {
	var w createWire
	if e := decode(body, limit, &w); e != nil {
		return CreateRequest{}, e
	}
	params, e := w.Parameters.parameters()
	return CreateRequest{
		ChartID:     w.ChartID,
		Name:        w.Name,
		Namespace:   w.Namespace,
		Version:     w.Version,
		Values:      w.Values,
		Description: w.Description,
		Parameters:  params,
	}, e
}

// decodeUpdate decodes an update body into an UpdateRequest.
func decodeUpdate(body []byte, limit int64) (UpdateRequest, *validate.Error) {
	var w updateWire
	if e := decode(body, limit, &w); e != nil {
		return UpdateRequest{}, e
	}
	params, e := w.Parameters.parameters()
	return UpdateRequest{
		Action:     w.Action,
		ChartID:    w.ChartID,
		Version:    w.Version,
		Values:     w.Values,
		Parameters: params,
	}, e
}

// decode decodes body, a JSON object of at most limit bytes, into v as the
// server does, and returns the invalid-body error (CCI.04.400302) if it cannot.
// The error's field is the path of a value of the wrong type, "" when the whole
// body is at fault.
func decode(body []byte, limit int64, v any) *validate.Error {
	reason := jsonbody.Decode(body, limit, v)
	if reason == "" {
		return nil
	}
	field := ""
	if int64(len(body)) <= limit {
		// Only on the error path: decode again to learn which field has the
		// wrong type; jsonbody reports it in words only.
		var typ *json.UnmarshalTypeError
		if err := json.Unmarshal(body, v); errors.As(err, &typ) {
			field = typ.Field
		}
	}
	return validate.NewError(validate.UnmarshalFailed, field, reason)
}
