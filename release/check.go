package release

import (
	"encoding/json"

	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Field paths of the errors, as the fields are named on the wire.
const (
	fieldName           = "name"
	fieldChartID        = "chart_id"
	fieldVersion        = "version"
	fieldNamespace      = "namespace"
	fieldValues         = "values"
	fieldAction         = "action"
	fieldReleaseVersion = "parameters.release_version"
)

// ruleProblem is the problem p of value s of a rule, with the code of its kind
// (empty, tooLong, invalid); ok is false when there is none.
func ruleProblem(p rules.Problem, field, subject, s string, empty, tooLong, invalid validate.Code) (problem, bool) {
	switch p.Kind {
	case rules.OK:
		return problem{}, false
	case rules.Empty:
		return problem{code: empty, field: field, subject: subject, text: "is missing or empty; it is required"}, true
	case rules.TooLong:
		return problem{code: tooLong, field: field, subject: subject, value: s, show: true, length: true, text: p.Reason}, true
	}
	return problem{code: invalid, field: field, subject: subject, value: s, show: true, text: p.Reason}, true
}

// checkName reports the release name rules (§8 step 2).
func (r *report) checkName(name string) {
	p, bad := ruleProblem(rules.ReleaseName(name), fieldName, "release name", name,
		validate.ReleaseNameEmpty, validate.ReleaseNameTooLong, validate.ReleaseNameInvalid)
	if bad {
		if p.code == validate.ReleaseNameInvalid {
			p.note = "(a letter first, a letter or digit last, letters, digits, '_' or '-' between)"
		}
		r.add(p)
	}
}

// checkChartID reports the chart ID rules (§3).
func (r *report) checkChartID(id string) {
	p, bad := ruleProblem(rules.ChartID(id), fieldChartID, "chart_id", id,
		validate.ChartIDEmpty, validate.ChartIDTooLong, validate.ChartIDInvalid)
	if bad {
		r.add(p)
	}
}

// checkVersion reports the chart version rule (§8 step 4).
func (r *report) checkVersion(v string) {
	p, bad := ruleProblem(rules.SemVer(v), fieldVersion, "version", v,
		validate.ChartVersionInvalid, validate.ChartVersionInvalid, validate.ChartVersionInvalid)
	if bad {
		p.note = "(a semantic version, such as 1.0.0 or 1.0.0-alpha+001)"
		r.add(p)
	}
}

// checkNamespace reports the create's namespace rule (§8 step 1).
func (r *report) checkNamespace(ns string) {
	p, bad := ruleProblem(rules.DNSLabel(ns), fieldNamespace, "namespace", ns,
		validate.UnmarshalFailed, validate.UnmarshalFailed, validate.UnmarshalFailed)
	if bad {
		if p.code == validate.UnmarshalFailed && p.show && !p.length {
			p.note = "(a DNS label: lowercase letters, digits and '-')"
		}
		r.add(p)
	}
}

// checkValues reports the values rule: a JSON object, required for a create,
// optional (nil or null) for an update. decoded says the raw message came from
// a decoded body and so is valid JSON; otherwise its validity is checked.
func (r *report) checkValues(values json.RawMessage, required, decoded bool) {
	v := trimSpace(values)
	var text string
	switch {
	case len(v) == 0 && len(values) == 0:
		if !required {
			return
		}
		text = "is missing; it is required and must be a JSON object, {} for none"
	case len(v) == 0:
		text = "is blank, not a JSON object"
	case string(v) == "null":
		if !required {
			return
		}
		text = "is null; it must be a JSON object, {} for none"
	case !decoded && !isValidJSON(v):
		text = "is not valid JSON"
	case v[0] != '{':
		text = "is a JSON " + kindOf(v[0]) + "; it must be a JSON object"
	default:
		return
	}
	r.add(problem{code: validate.UnmarshalFailed, field: fieldValues, subject: "values", text: text})
}

// kindOf names the JSON type of a value starting with c.
func kindOf(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// checkNumberType reports a wrong type (CCI.04.400302) when a typed request's
// release_version is given but is not the text of a JSON number, so that it
// could not be sent as one.
func (r *report) checkNumberType(n json.Number) {
	if n != "" && !isJSONNumber(string(n)) {
		r.add(problem{code: validate.UnmarshalFailed, field: fieldReleaseVersion,
			subject: "parameters.release_version", value: string(n), show: true, text: "is not a JSON number"})
	}
}

// checkReleaseVersion reports a rollback's release_version rule: a positive
// JSON integer (§8 update) → CCI.04.400218.
func (r *report) checkReleaseVersion(n json.Number) {
	p := problem{code: validate.ReleaseVersionInvalid, field: fieldReleaseVersion, subject: "parameters.release_version"}
	switch {
	case n == "":
		p.text = "is missing; a rollback needs the release version to roll back to, a positive integer"
	case !isPositiveInt(string(n)):
		p.value, p.show = string(n), true
		p.text = "is not a positive integer (1 to 9223372036854775807, written without sign, fraction or exponent)"
	default:
		return
	}
	r.add(p)
}
