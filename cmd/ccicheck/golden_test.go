package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGolden runs the command on the examples in every output format and
// compares the reports with testdata/examples.<format>.
func TestGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "junit", "sarif"} {
		t.Run(format, func(t *testing.T) {
			testdata := repoRoot(t)
			res := ccicheck(t, nil, "-o", format, examplesDir)
			assert.Equal(t, 1, res.code, "the examples hold broken requests on purpose; stderr: %s", res.stderr)
			assert.Empty(t, res.stderr)
			golden(t, testdata, "examples."+format, res.stdout)
		})
	}
}

// TestSARIFSchema validates the SARIF report of the examples against the
// official SARIF 2.1.0 schema (testdata/sarif-2.1.0-rtm.5.json).
func TestSARIFSchema(t *testing.T) {
	testdata := repoRoot(t)
	res := ccicheck(t, nil, "-o", "sarif", examplesDir, "does-not-exist.yaml")
	require.Equal(t, 3, res.code)
	schemaFile := filepath.Join(testdata, "sarif-2.1.0-rtm.5.json")
	f, err := os.Open(schemaFile)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif-2.1.0-rtm.5.json", doc))
	schema, err := c.Compile("sarif-2.1.0-rtm.5.json")
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(res.stdout)))
	require.NoError(t, err)
	assert.NoError(t, schema.Validate(inst))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string                `json:"id"`
						Help struct{ Text string } `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }     `json:"artifactLocation"`
						Region           *struct{ StartLine int } `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Len(t, run.Tool.Driver.Rules, 90, "one rule per CCI code")
	for _, r := range run.Results {
		assert.Equal(t, r.RuleID, run.Tool.Driver.Rules[r.RuleIndex].ID)
		require.Len(t, r.Locations, 1)
		assert.NotEmpty(t, r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	assert.NotEmpty(t, run.Results)
}

// TestJUnitCounts parses the JUnit report of the examples and checks its
// counts against the JSON report's summary.
func TestJUnitCounts(t *testing.T) {
	repoRoot(t)
	rep, _ := jsonReport(t, nil, examplesDir)
	res := ccicheck(t, nil, "-o", "junit", examplesDir)
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Tests int    `xml:"tests,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Error   *struct{} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal([]byte(res.stdout), &suites))
	assert.Equal(t, rep.Summary.Documents, suites.Tests)
	assert.Equal(t, rep.Summary.Invalid, suites.Failures)
	assert.Zero(t, suites.Errors)
	assert.Len(t, suites.Suites, rep.Summary.Files)
	cases, failures := 0, 0
	for i, s := range suites.Suites {
		assert.Equal(t, rep.Files[i].Path, s.Name)
		assert.Len(t, s.Cases, s.Tests)
		cases += len(s.Cases)
		for _, c := range s.Cases {
			if c.Failure != nil {
				failures++
			}
		}
	}
	assert.Equal(t, rep.Summary.Documents, cases)
	assert.Equal(t, rep.Summary.Invalid, failures)
}
