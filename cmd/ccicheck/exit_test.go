package main

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	validNamespace   = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n"
	invalidNamespace = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Team_A\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n"
)

// unreadStdin fails the test when the command reads standard input.
type unreadStdin struct{ t *testing.T }

func (u unreadStdin) Read([]byte) (int, error) {
	u.t.Error("standard input read without -")
	return 0, os.ErrClosed
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	valid := writeFile(t, dir, "valid.yaml", []byte(validNamespace))
	invalid := writeFile(t, dir, "invalid.yaml", []byte(invalidNamespace))
	empty := writeFile(t, dir, "empty.yaml", nil)
	comments := writeFile(t, dir, "comments.yaml", []byte("# nothing yet\n---\n"))
	binary := writeFile(t, dir, "blob.yaml", []byte("\x00\x01\x02PNG\x00binary"))
	unknown := writeFile(t, dir, "deploy.yaml", []byte("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"))
	scalar := writeFile(t, dir, "scalar.yaml", []byte("just a string\n"))
	noCandidates := filepath.Join(dir, "docs")
	writeFile(t, noCandidates, "README.md", []byte("# docs\n"))
	writeFile(t, noCandidates, "notes.txt", []byte("kind: Namespace\n"))

	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		{"valid file", "", []string{valid}, 0},
		{"invalid file", "", []string{invalid}, 1},
		{"valid stdin", validNamespace, []string{"-"}, 0},
		{"invalid stdin", invalidNamespace, []string{"-"}, 1},
		{"JSON stdin", `{"kind":"Namespace","metadata":{"name":"Team_A"}}`, []string{"-"}, 1},
		{"empty stdin", "", []string{"-"}, 3},
		{"empty stdin allowed", "", []string{"--allow-empty", "-"}, 0},
		{"empty file", "", []string{empty}, 3},
		{"comment-only file", "", []string{comments}, 3},
		{"empty file allowed", "", []string{"--allow-empty", empty, valid}, 0},
		{"directory without candidates", "", []string{noCandidates}, 3},
		{"missing path", "", []string{filepath.Join(dir, "nope.yaml")}, 3},
		{"binary file", "", []string{binary}, 3},
		{"unknown kind", "", []string{unknown}, 3},
		{"not a mapping", "", []string{scalar}, 3},
		{"forced kind", "", []string{"--kind", "Namespace", unknown}, 1},
		{"3 wins over 1", "", []string{invalid, binary}, 3},
		{"3 wins over 1, reversed", "", []string{binary, invalid}, 3},
		{"no path", "", nil, 2},
		{"bad output", "", []string{"-o", "yaml", valid}, 2},
		{"bad kind", "", []string{"--kind", "Pod", valid}, 2},
		{"bad jobs", "", []string{"-j", "-1", valid}, 2},
		{"bad glob", "", []string{"--ignore", "[", valid}, 2},
		{"unknown flag", "", []string{"--frobnicate", valid}, 2},
		{"stdin twice", "", []string{"-", "-"}, 2},
		{"flags after paths", "", []string{invalid, "-o", "json"}, 1},
		{"help", "", []string{"-h"}, 0},
		{"version", "", []string{"--version"}, 0},
		{"list codes", "", []string{"--list-codes"}, 0},
		{"list codes as JUnit", "", []string{"--list-codes", "-o", "junit"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := ccicheck(t, strings.NewReader(tc.stdin), tc.args...)
			assert.Equal(t, tc.want, res.code, "stdout: %s\nstderr: %s", res.stdout, res.stderr)
		})
	}
}

func TestStdinOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	valid := writeFile(t, dir, "valid.yaml", []byte(validNamespace))
	var out, errOut strings.Builder
	assert.Equal(t, 0, run([]string{valid, dir}, unreadStdin{t}, &out, &errOut))
	assert.Equal(t, 2, run(nil, unreadStdin{t}, &out, &errOut))
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	path := writeFile(t, t.TempDir(), "secret.yaml", []byte(validNamespace))
	require.NoError(t, os.Chmod(path, 0))
	rep, res := jsonReport(t, nil, path)
	assert.Equal(t, 3, res.code)
	require.Len(t, rep.Files, 1)
	d := rep.Files[0].Documents[0]
	assert.False(t, d.Valid)
	require.NotNil(t, d.Error)
	assert.Contains(t, *d.Error, "permission denied")
	assert.Nil(t, d.Errors)
}

// TestHugeDocument: a 100 MB YAML document is an invalid body of its kind,
// read as a stream: bounded time and memory.
func TestHugeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: huge\n  annotations:\n    namespace.kubernetes.io/flavor: general-computing\n")
	w.WriteString("  labels:\n")
	line := strings.Repeat("x", 90)
	for i := 0; w.Size() > 0; i++ {
		w.WriteString("    label-" + strconv.Itoa(i) + ": " + line + "\n")
		if i%1000 == 0 {
			if fi, _ := f.Stat(); fi.Size() > 100<<20 {
				break
			}
		}
	}
	w.WriteString("---\n" + validNamespace)
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	rep, res := jsonReport(t, nil, path)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)

	assert.Equal(t, 1, res.code, res.stderr)
	require.Len(t, rep.Files, 1)
	require.Len(t, rep.Files[0].Documents, 2)
	d := rep.Files[0].Documents[0]
	assert.Equal(t, "Namespace", d.Kind)
	require.Len(t, d.Errors, 1)
	assert.Equal(t, "CCI.02.400101", d.Errors[0].ErrorCode)
	assert.Equal(t, 1, d.Errors[0].Line)
	assert.True(t, rep.Files[0].Documents[1].Valid, "the document after the huge one is checked")
	assert.Less(t, elapsed, 30*time.Second)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "allocated while reading 100 MB")
}

// TestHugeLine: one 5 MB line (no newline) is read in pieces.
func TestHugeLine(t *testing.T) {
	doc := "chart_id: abc\nname: web\nnamespace: ns\nversion: 1.0.0\nvalues: {big: " + strings.Repeat("y", 5<<20) + "}"
	rep, res := jsonReport(t, strings.NewReader(doc), "-")
	assert.Equal(t, 1, res.code)
	require.Len(t, rep.Files[0].Documents, 1)
	assert.Equal(t, "ReleaseCreate", rep.Files[0].Documents[0].Kind)
	assert.Equal(t, "CCI.04.400302", rep.Files[0].Documents[0].Errors[0].ErrorCode)
}

// TestHugeJSON: an oversized JSON value is classified from its first keys.
func TestHugeJSON(t *testing.T) {
	doc := `{"kind": "PersistentVolumeClaim", "metadata": {"name": "` + strings.Repeat("v", 2<<20) + `"}}` + "\n" + `{"kind":"Namespace","metadata":{"name":"ok"}}`
	rep, res := jsonReport(t, strings.NewReader(doc), "-")
	assert.Equal(t, 1, res.code)
	docs := rep.Files[0].Documents
	require.Len(t, docs, 2)
	assert.Equal(t, "VolumeImport", docs[0].Kind)
	assert.Equal(t, "CCI.01.400106", docs[0].Errors[0].ErrorCode)
	assert.Equal(t, "Namespace", docs[1].Kind)
	assert.Equal(t, 2, docs[1].Errors[0].Line)
}

// TestAliasBomb: anchors and aliases are refused before anything is
// expanded: the body code, at once.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("chart_id: 9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f\nname: web\nnamespace: ns\nversion: 1.0.0\nvalues:\n")
	b.WriteString("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 12; i++ {
		b.WriteString("  a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [")
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + strconv.Itoa(i-1))
		}
		b.WriteString("]\n")
	}
	path := writeFile(t, t.TempDir(), "bomb.yaml", []byte(b.String()))
	start := time.Now()
	rep, res := jsonReport(t, nil, path)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Equal(t, 1, res.code, res.stderr)
	d := rep.Files[0].Documents[0]
	assert.Equal(t, "ReleaseCreate", d.Kind)
	require.Len(t, d.Errors, 1)
	assert.Equal(t, "CCI.04.400302", d.Errors[0].ErrorCode)
	assert.Equal(t, 6, d.Errors[0].Line)
}
