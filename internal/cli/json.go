package cli

import (
	"encoding/json"
	"io"
)

// jsonReport is the JSON report (issue 6): keys may be added, never renamed.
type jsonReport struct {
	Files   []jsonFile `json:"files"`
	Summary *summary   `json:"summary"`
}

type jsonFile struct {
	Path      string         `json:"path"`
	Documents []jsonDocument `json:"documents"`
}

// jsonDocument has Errors ([] when valid) or, for an input that could not be
// read or classified, Error instead.
type jsonDocument struct {
	Index  int          `json:"index"`
	Kind   string       `json:"kind"`
	Valid  bool         `json:"valid"`
	Errors *[]jsonError `json:"errors,omitempty"`
	Error  string       `json:"error,omitempty"`
	Line   int          `json:"line,omitempty"`
	Column int          `json:"column,omitempty"`
}

type jsonError struct {
	ErrorCode string `json:"errorCode"`
	Code      int    `json:"code"`
	Reason    string `json:"reason"`
	Message   string `json:"message"`
	Field     string `json:"field"`
	Detail    string `json:"detail"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
}

// A jsonReporter collects the files and writes the report at the end.
type jsonReporter struct {
	w      io.Writer
	report jsonReport
}

func (j *jsonReporter) file(fr *fileReport) error {
	f := jsonFile{Path: fr.Path, Documents: make([]jsonDocument, 0, len(fr.Docs))}
	for i := range fr.Docs {
		f.Documents = append(f.Documents, jsonDocumentOf(&fr.Docs[i]))
	}
	j.report.Files = append(j.report.Files, f)
	return nil
}

func jsonDocumentOf(d *docReport) jsonDocument {
	jd := jsonDocument{Index: d.Index, Kind: d.Kind.String(), Valid: d.valid()}
	if d.Problem != "" {
		jd.Error, jd.Line, jd.Column = d.Problem, d.Line, d.Column
		return jd
	}
	errs := make([]jsonError, 0, len(d.Errors))
	for _, e := range d.Errors {
		errs = append(errs, jsonError{
			ErrorCode: e.Code.String(), Code: e.Code.HTTPStatus(), Reason: e.Code.Reason(),
			Message: e.Code.Message(), Field: e.Field, Detail: e.Detail, Line: e.Line, Column: e.Column,
		})
	}
	jd.Errors = &errs
	return jd
}

func (j *jsonReporter) finish(s *summary) error {
	if j.report.Files == nil {
		j.report.Files = []jsonFile{}
	}
	j.report.Summary = s
	return writeJSON(j.w, j.report)
}

// writeJSON writes v indented, without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
