package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContextRules checks testdata/context/requests with the context file
// beside it: each request's first error (the one CCI answers with) is the
// code its path names. Without the context, the context rules are not
// applied.
func TestContextRules(t *testing.T) {
	dir := filepath.Join("testdata", "context")
	rep, res := jsonReport(t, nil, "--context", filepath.Join(dir, "ccicheck-context.yaml"), filepath.Join(dir, "requests"))
	require.Equal(t, 1, res.code, res.stderr)
	require.NotEmpty(t, rep.Files)
	for _, f := range rep.Files {
		want := codeInName.FindString(f.Path)
		require.NotEmpty(t, want, f.Path)
		require.Len(t, f.Documents, 1, f.Path)
		d := f.Documents[0]
		require.NotEmpty(t, d.Errors, "%s passes", f.Path)
		assert.Equal(t, want, d.Errors[0].ErrorCode, "%s: %+v", f.Path, d.Errors)
	}

	rep, _ = jsonReport(t, nil, filepath.Join(dir, "requests"))
	for _, f := range rep.Files {
		for _, d := range f.Documents {
			for _, e := range d.Errors {
				assert.NotEqual(t, codeInName.FindString(f.Path), e.ErrorCode, "%s without context", f.Path)
			}
		}
	}
}

// TestContextPermissions: a context granting no action makes every namespace,
// network and volume request a permission error, before any other rule.
func TestContextPermissions(t *testing.T) {
	dir := t.TempDir()
	ctx := writeFile(t, dir, "ctx.yaml", []byte("actions: []\n"))
	ns := writeFile(t, dir, "ns.yaml", []byte("kind: Namespace\nmetadata:\n  name: Bad_Name\n"))
	rel := writeFile(t, dir, "rel.yaml", []byte("chart_id: abc\nname: web\nnamespace: ns\nversion: 1.0.0\nvalues: {}\n"))
	rep, res := jsonReport(t, nil, "--context", ctx, ns, rel)
	require.Equal(t, 1, res.code, res.stderr)
	require.Len(t, rep.Files, 2)
	require.NotEmpty(t, rep.Files[0].Documents[0].Errors)
	assert.Equal(t, "CCI.01.403105", rep.Files[0].Documents[0].Errors[0].ErrorCode)
	assert.True(t, rep.Files[1].Documents[0].Valid, "releases have no permission rule")
}

// TestContextFileErrors: a context file that cannot be used is a usage error.
func TestContextFileErrors(t *testing.T) {
	dir := t.TempDir()
	ns := writeFile(t, dir, "ns.yaml", []byte("kind: Namespace\nmetadata:\n  name: a\n"))
	for name, text := range map[string]string{
		"unknown key":  "namespace: [a]\n",
		"bad cidr":     "vpc:\n  cidr: 10.0.0.0/33\n",
		"bad state":    "volumes:\n  v1: gone\n",
		"not yaml":     "actions: [\n",
		"wrong type":   "gpuBeta: maybe\n",
		"ipv6 subnets": "vpc:\n  cidr: 10.0.0.0/8\n  subnets: ['fd00::/8']\n",
	} {
		t.Run(name, func(t *testing.T) {
			ctx := writeFile(t, t.TempDir(), "ctx.yaml", []byte(text))
			res := ccicheck(t, nil, "--context", ctx, ns)
			assert.Equal(t, 2, res.code)
			assert.Contains(t, res.stderr, "--context")
		})
	}
	res := ccicheck(t, nil, "--context", filepath.Join(dir, "missing.yaml"), ns)
	assert.Equal(t, 2, res.code)
}
