package cli

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// JUnit XML, as CI systems read it: one <testsuite> per input file, one
// <testcase> per document. A document that breaks rules has one <failure>
// listing them; one that could not be read or classified has an <error>.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// A junitReporter collects the suites and writes them at the end.
type junitReporter struct {
	w      io.Writer
	suites junitSuites
}

func (j *junitReporter) file(fr *fileReport) error {
	s := junitSuite{Name: fr.Path}
	for i := range fr.Docs {
		d := &fr.Docs[i]
		c := junitCase{
			Name:      "document " + strconv.Itoa(d.Index) + " (" + d.Kind.String() + ")",
			Classname: fr.Path, File: fr.Path,
		}
		switch {
		case d.Problem != "":
			c.Line = d.Line
			c.Error = &junitProblem{Message: oneLine(d.Problem), Type: "input", Text: location(fr.Path, d.Line, d.Column) + " " + d.Problem}
			s.Errors++
		case len(d.Errors) > 0:
			c.Line = d.Errors[0].Line
			c.Failure = junitFailure(fr.Path, d.Errors)
			s.Failures++
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
	}
	j.suites.Tests += s.Tests
	j.suites.Failures += s.Failures
	j.suites.Errors += s.Errors
	j.suites.Suites = append(j.suites.Suites, s)
	return nil
}

// junitFailure lists a document's errors, one "path:line:col: CODE detail"
// line each; the message is the first error's.
func junitFailure(path string, errs []errorReport) *junitProblem {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(location(path, e.Line, e.Column) + " " + e.Code.String() + " " + oneLine(e.Detail))
		if e.Field != "" {
			b.WriteString(" (" + e.Field + ")")
		}
		b.WriteByte('\n')
	}
	first := errs[0]
	return &junitProblem{
		Message: first.Code.String() + " " + first.Code.Message(),
		Type:    first.Code.String(),
		Text:    b.String(),
	}
}

func (j *junitReporter) finish(*summary) error {
	j.suites.Name = "ccicheck"
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(j.suites); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "\n")
	return err
}
