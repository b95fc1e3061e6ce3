package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// examplesDir is examples/requests, relative to the repository root, where
// the golden tests run so that the reports' paths read as in the README.
const examplesDir = "examples/requests"

func TestMain(m *testing.M) {
	cli.Version = "test" // the version the golden SARIF holds
	os.Exit(m.Run())
}

// result is what one run of the command gave.
type result struct {
	code           int
	stdout, stderr string
}

// ccicheck runs the command in-process with stdin as standard input.
func ccicheck(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	code := run(args, stdin, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// report is the JSON report, as a consumer reads it.
type report struct {
	Files []struct {
		Path      string `json:"path"`
		Documents []struct {
			Index  int     `json:"index"`
			Kind   string  `json:"kind"`
			Valid  bool    `json:"valid"`
			Error  *string `json:"error"`
			Errors []struct {
				ErrorCode string `json:"errorCode"`
				Code      int    `json:"code"`
				Reason    string `json:"reason"`
				Message   string `json:"message"`
				Field     string `json:"field"`
				Detail    string `json:"detail"`
				Line      int    `json:"line"`
				Column    int    `json:"column"`
			} `json:"errors"`
		} `json:"documents"`
	} `json:"files"`
	Summary struct {
		Files, Documents, Valid, Invalid int
	} `json:"summary"`
}

// jsonReport runs the command with -o json and decodes its report.
func jsonReport(t *testing.T, stdin io.Reader, args ...string) (report, result) {
	t.Helper()
	res := ccicheck(t, stdin, append([]string{"-o", "json"}, args...)...)
	var rep report
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &rep), "stdout: %s\nstderr: %s", res.stdout, res.stderr)
	return rep, res
}

// repoRoot makes the test run at the repository root and returns the
// absolute path of this package's testdata directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	testdata, err := filepath.Abs("testdata")
	require.NoError(t, err)
	t.Chdir(filepath.Join("..", ".."))
	return testdata
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, testdata, name, got string) {
	t.Helper()
	path := filepath.Join(testdata, name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/ccicheck -update to create it")
	assert.Equal(t, string(want), got, "%s differs; go test ./cmd/ccicheck -update rewrites it", name)
}

var codeInName = regexp.MustCompile(`CCI\.\d\d\.\d{6}`)

// writeFile writes a file of the test's temporary directory.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}
