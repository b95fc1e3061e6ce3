package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONShape checks the raw keys of the JSON report: errors is [] for a
// valid document, an input problem has "error" and no "errors", line and
// column are left out when unknown.
func TestJSONShape(t *testing.T) {
	dir := t.TempDir()
	valid := writeFile(t, dir, "a.yaml", []byte(validNamespace))
	bad := writeFile(t, dir, "b.yaml", []byte("kind: Deployment\n"))
	tgz := writeFile(t, dir, "c.tgz", []byte("not gzip"))
	res := ccicheck(t, nil, "-o", "json", valid, bad, tgz)
	assert.Equal(t, 3, res.code)
	var raw struct {
		Files []struct {
			Path      string                       `json:"path"`
			Documents []map[string]json.RawMessage `json:"documents"`
		} `json:"files"`
		Summary map[string]int `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &raw))
	require.Len(t, raw.Files, 3)
	assert.Equal(t, valid, raw.Files[0].Path)
	assert.JSONEq(t, `[]`, string(raw.Files[0].Documents[0]["errors"]))
	assert.JSONEq(t, `true`, string(raw.Files[0].Documents[0]["valid"]))
	assert.JSONEq(t, `"Namespace"`, string(raw.Files[0].Documents[0]["kind"]))
	assert.JSONEq(t, `0`, string(raw.Files[0].Documents[0]["index"]))

	problem := raw.Files[1].Documents[0]
	assert.NotContains(t, problem, "errors")
	assert.Contains(t, problem, "error")
	assert.JSONEq(t, `false`, string(problem["valid"]))
	assert.JSONEq(t, `"Unknown"`, string(problem["kind"]))

	var errs []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw.Files[2].Documents[0]["errors"], &errs))
	require.Len(t, errs, 1)
	for _, k := range []string{"errorCode", "code", "reason", "message", "field", "detail"} {
		assert.Contains(t, errs[0], k)
	}
	assert.NotContains(t, errs[0], "line")
	assert.NotContains(t, errs[0], "column")
	assert.JSONEq(t, `"CCI.04.400306"`, string(errs[0]["errorCode"]))
	assert.Equal(t, map[string]int{"files": 3, "documents": 3, "valid": 1, "invalid": 2}, raw.Summary)
}

func TestTextOutput(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "rel.yaml", []byte("chart_id: abc\nname: \"my.release\"\nnamespace: ns\nversion: 1.0.0\nvalues: {}\n"))
	tgz := writeFile(t, dir, "c.tgz", nil)
	res := ccicheck(t, nil, path, tgz)
	assert.Equal(t, 1, res.code)
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasPrefix(lines[0], path+":2:7: CCI.04.400203 release name \"my.release\""), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], tgz+": CCI.04.400119 "), lines[1])
	assert.Equal(t, "2 files, 2 documents: 0 valid, 2 invalid", lines[2])
	assert.NotContains(t, res.stdout, "\x1b[", "no colour off a terminal")
}

// TestPositions: line and column are 1-based byte positions in the file,
// across documents of YAML and JSON streams, of the parent when the field is
// missing.
func TestPositions(t *testing.T) {
	yaml := "# comment\n---\n" + validNamespace + "---\nkind: Namespace\nmetadata: {annotations: {é: b}, name: \"X\"}\n"
	jsonStream := `{"kind":"Namespace","metadata":{"name":"ok","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}` + "\n\n" +
		`  {"kind": "Namespace",` + "\n" + `   "metadata": {"annotations": {"namespace.kubernetes.io/flavor": "gpu"}}}`
	tests := []struct {
		name, input string
		doc         int
		line, col   int
		code        string
	}{
		{"YAML, second document, after a multibyte key", yaml, 1, 11, 40, "CCI.02.400109"},
		{"JSON stream, second value", jsonStream, 1, 4, 67, "CCI.02.400110"},
		{"JSON stream, missing name: its parent", jsonStream, 1, 4, 16, "CCI.02.400109"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, _ := jsonReport(t, strings.NewReader(tc.input), "-")
			require.Len(t, rep.Files[0].Documents, 2)
			d := rep.Files[0].Documents[tc.doc]
			assert.Equal(t, tc.doc, d.Index)
			found := false
			for _, e := range d.Errors {
				if e.ErrorCode == tc.code {
					found = true
					assert.Equal(t, tc.line, e.Line, "line of %s", e.Field)
					assert.Equal(t, tc.col, e.Column, "column of %s", e.Field)
				}
			}
			assert.True(t, found, "%+v", d.Errors)
		})
	}
}

// TestOrderAndParallelism: the report lists inputs in the order given,
// directories in lexical order, whatever -j is.
func TestOrderAndParallelism(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"b/2.yaml", "b/1.json", "a.yml", "c/d/e.yaml", "c/skip.yaml", ".hidden/x.yaml", "b/.dot.yaml", "z.txt"} {
		paths = append(paths, writeFile(t, dir, name, []byte(invalidNamespace)))
	}
	want := []string{"a.yml", "b/1.json", "b/2.yaml", "c/d/e.yaml"}
	var outputs []string
	for _, j := range []string{"1", "4", "16"} {
		rep, res := jsonReport(t, nil, "-j", j, "--ignore", "skip.*", dir)
		assert.Equal(t, 1, res.code)
		var got []string
		for _, f := range rep.Files {
			rel, err := filepath.Rel(dir, f.Path)
			require.NoError(t, err)
			got = append(got, filepath.ToSlash(rel))
		}
		assert.Equal(t, want, got, "-j %s", j)
		outputs = append(outputs, ccicheck(t, nil, "-j", j, dir).stdout)
	}
	assert.Equal(t, outputs[0], outputs[1])
	assert.Equal(t, outputs[0], outputs[2])

	// Explicit files, even hidden or of other extensions, are read; globs
	// apply to them too.
	rep, _ := jsonReport(t, nil, paths[5], paths[7], paths[0], "--ignore", "2.yaml")
	require.Len(t, rep.Files, 2)
	assert.Equal(t, paths[5], rep.Files[0].Path)
	assert.Equal(t, paths[7], rep.Files[1].Path)
}

// TestClassification: kinds come from content; --kind forces one.
func TestClassification(t *testing.T) {
	tests := []struct {
		name, input string
		args        []string
		kind        string
	}{
		{"v1 namespace", "kind: Namespace\n", nil, "Namespace"},
		{"v2 namespace", "kind: Namespace\napiVersion: cci/v2\n", nil, "NamespaceV2"},
		{"v2 namespace without kind", "apiVersion: cci/v2\nmetadata: {name: a}\n", nil, "NamespaceV2"},
		{"network", "kind: Network\n", nil, "Network"},
		{"pvc", "kind: PersistentVolumeClaim\n", nil, "VolumeImport"},
		{"extended pvc", `{"kind": "ExtendedPersistentVolumeClaim"}`, nil, "VolumeImport"},
		{"release create", "chart_id: x\n", nil, "ReleaseCreate"},
		{"release update", "action: upgrade\nchart_id: x\n", nil, "ReleaseUpdate"},
		{"rollback", `{"action": "rollback"}`, nil, "ReleaseUpdate"},
		{"unknown", "name: x\n", nil, "Unknown"},
		{"forced", "name: x\n", []string{"--kind", "releaseupdate"}, "ReleaseUpdate"},
		{"bad YAML still classified", "kind: Namespace\nmetadata: [\n", nil, "Namespace"},
		{"gzip on stdin", "\x1f\x8b\x08\x00", nil, "ChartPackage"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, _ := jsonReport(t, strings.NewReader(tc.input), append(tc.args, "-")...)
			require.Len(t, rep.Files[0].Documents, 1)
			assert.Equal(t, tc.kind, rep.Files[0].Documents[0].Kind)
		})
	}
}

// TestNamespaceOfNetworks: --namespace is the path's namespace of networks
// and volumes; metadata.namespace must match it.
func TestNamespaceOfNetworks(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "requests", "networks", "team-a-prod.yaml")
	_, res := jsonReport(t, nil, path)
	assert.Equal(t, 0, res.code, res.stdout)
	rep, res := jsonReport(t, nil, "--namespace", "other", path)
	assert.Equal(t, 1, res.code)
	assert.Equal(t, "CCI.01.400101", rep.Files[0].Documents[0].Errors[0].ErrorCode)
	assert.Equal(t, "metadata.namespace", rep.Files[0].Documents[0].Errors[0].Field)
}

func TestReleaseUpdateName(t *testing.T) {
	rep, res := jsonReport(t, strings.NewReader("action: rollback\nname: 42\nparameters: {release_version: 1}\n"), "-")
	assert.Equal(t, 1, res.code)
	e := rep.Files[0].Documents[0].Errors
	require.Len(t, e, 1)
	assert.Equal(t, "CCI.04.400302", e[0].ErrorCode)
	assert.Equal(t, "name", e[0].Field)
	assert.Equal(t, 2, e[0].Line)
}

func TestListCodes(t *testing.T) {
	res := ccicheck(t, nil, "--list-codes", "-o", "json")
	require.Equal(t, 0, res.code)
	var codes []struct {
		ErrorCode   string `json:"errorCode"`
		Code        int    `json:"code"`
		Reason      string `json:"reason"`
		Message     string `json:"message"`
		Description string `json:"description"`
		Checked     string `json:"checked"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &codes))
	require.Len(t, codes, 90)
	checked := map[string]int{}
	for _, c := range codes {
		assert.Regexp(t, `^CCI\.\d\d\.\d{6}$`, c.ErrorCode)
		assert.NotZero(t, c.Code)
		assert.NotEmpty(t, c.Reason)
		assert.NotEmpty(t, c.Message)
		assert.NotEmpty(t, c.Description)
		checked[c.Checked]++
	}
	assert.ElementsMatch(t, []string{"request", "opt-in", "context", "server-only"}, keys(checked))

	res = ccicheck(t, nil, "--list-codes")
	require.Equal(t, 0, res.code)
	assert.Len(t, strings.Split(strings.TrimSpace(res.stdout), "\n"), 91)
	assert.Contains(t, res.stdout, "CCI.04.400203")

	res = ccicheck(t, nil, "--version")
	assert.Equal(t, "ccicheck test\n", res.stdout)
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
