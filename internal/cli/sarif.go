package cli

import (
	"net/url"
	"path/filepath"
	"strings"

	"io"

	"github.com/ccicheck/ccicheck/validate"
)

// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run, one rule
// per CCI code of the catalogue, one result per error with its physical
// location; inputs that could not be checked are tool execution
// notifications of the invocation. Columns are in Unicode code points
// (columnKind), as SARIF counts them.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	ColumnKind  string            `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	DefaultConfiguration sarifLevel        `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleProperty struct {
	Checked    string   `json:"checked"`
	HTTPStatus int      `json:"httpStatus"`
	Reason     string   `json:"reason"`
	Tags       []string `json:"tags"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifLevel struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

// A sarifReporter collects results and writes the log at the end.
type sarifReporter struct {
	w             io.Writer
	results       []sarifResult
	notifications []sarifNotification
}

func (s *sarifReporter) file(fr *fileReport) error {
	uri := artifactURI(fr.Path)
	for i := range fr.Docs {
		d := &fr.Docs[i]
		if d.Problem != "" {
			s.notifications = append(s.notifications, sarifNotification{
				Level: "error", Message: sarifText{oneLine(d.Problem)},
				Locations: []sarifLocation{locationOf(uri, d.Line, d.Column)},
			})
			continue
		}
		for _, e := range d.Errors {
			text := oneLine(e.Detail)
			if e.Field != "" {
				text += " (" + e.Field + ")"
			}
			s.results = append(s.results, sarifResult{
				RuleID: e.Code.String(), RuleIndex: int(e.Code) - 1, Level: "error",
				Message:   sarifText{text},
				Locations: []sarifLocation{locationOf(uri, e.Line, e.Char)},
			})
		}
	}
	return nil
}

func locationOf(uri string, line, col int) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{uri}}}
	if line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: line, StartColumn: col}
	}
	return loc
}

// artifactURI is a path as a URI reference: relative paths with forward
// slashes, percent-encoded; absolute ones as file URIs.
func artifactURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// sarifRules is one rule per catalogue code, in the catalogue's order, so
// that a code's rule index is its Code minus one.
func sarifRules() []sarifRule {
	entries := validate.Entries()
	rules := make([]sarifRule, 0, len(entries))
	for _, e := range entries {
		rules = append(rules, sarifRule{
			ID:                   e.Code.String(),
			Name:                 strings.TrimPrefix(e.Code.GoString(), "validate."),
			ShortDescription:     sarifText{e.Message},
			FullDescription:      sarifText{e.Description},
			Help:                 sarifText{e.Description},
			DefaultConfiguration: sarifLevel{"error"},
			Properties: sarifRuleProperty{
				Checked: string(e.Code.Checked()), HTTPStatus: e.HTTPStatus, Reason: e.Reason,
				Tags: []string{"cci", string(e.Code.Checked())},
			},
		})
	}
	return rules
}

func (s *sarifReporter) finish(*summary) error {
	if s.results == nil {
		s.results = []sarifResult{}
	}
	if s.notifications == nil {
		s.notifications = []sarifNotification{}
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: "ccicheck", Version: version(),
				InformationURI: "https://github.com/ccicheck/ccicheck",
				Rules:          sarifRules(),
			}},
			Invocations: []sarifInvocation{{ExecutionSuccessful: len(s.notifications) == 0, Notifications: s.notifications}},
			Results:     s.results,
			ColumnKind:  "unicodeCodePoints",
		}},
	}
	return writeJSON(s.w, log)
}
