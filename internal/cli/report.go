package cli

import "github.com/ccicheck/ccicheck/validate"

// A fileReport is the verdict on one input: a file, standard input, or a path
// that could not be read or held no candidate file.
type fileReport struct {
	Path string
	Docs []docReport
}

// A docReport is the verdict on one document (a .tgz file is one document).
type docReport struct {
	Index int
	Kind  Kind
	// Errors are the rules the document breaks; empty when it is valid.
	Errors []errorReport
	// Problem is set, and Errors empty, when the input could not be read or
	// the document not classified: an input error, exit status 3.
	Problem string
	// Line and Column locate Problem when known (1-based; 0 unknown).
	Line, Column int
}

// valid reports whether the document passes every rule.
func (d *docReport) valid() bool { return d.Problem == "" && len(d.Errors) == 0 }

// An errorReport is one broken rule of a document, with its position.
type errorReport struct {
	Code   validate.Code
	Field  string
	Detail string
	// Line and Column are the 1-based line and byte column of the offending
	// value, or of its parent when it is missing; 0 when unknown (.tgz).
	Line, Column int
	// Char is the column in characters (Unicode code points), for SARIF.
	Char int
}

// A summary counts the verdicts.
type summary struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Valid     int `json:"valid"`
	Invalid   int `json:"invalid"`
	problems  int // documents with a Problem
}

// add counts the documents of fr.
func (s *summary) add(fr *fileReport) {
	s.Files++
	for i := range fr.Docs {
		d := &fr.Docs[i]
		s.Documents++
		switch {
		case d.Problem != "":
			s.Invalid++
			s.problems++
		case len(d.Errors) > 0:
			s.Invalid++
		default:
			s.Valid++
		}
	}
}

// exitCode is the command's exit status for these counts: 3 when an input
// could not be read or classified, 1 when a document breaks a rule, else 0.
func (s *summary) exitCode() int {
	switch {
	case s.problems > 0:
		return exitInput
	case s.Invalid > 0:
		return exitInvalid
	}
	return exitOK
}

// problemReport is a file whose only document is an input problem.
func problemReport(path, problem string) fileReport {
	return fileReport{Path: path, Docs: []docReport{{Problem: problem}}}
}
