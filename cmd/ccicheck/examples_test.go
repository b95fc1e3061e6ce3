package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// alsoBreaks lists the broken examples that break a second rule besides the
// one they are named for (the first error, the one CCI answers with): a name
// that does not end in .tgz cannot be {name}-{version}.tgz either.
var alsoBreaks = map[string][]string{
	"examples/requests/charts/broken/CCI.04.400118-upper-case-extension/web-1.0.0.TGZ": {"CCI.04.400121"},
}

// TestExamples checks the README's promise: every example under a broken/
// directory fails with the code its name carries, first and only (save
// alsoBreaks), and every other example passes.
func TestExamples(t *testing.T) {
	repoRoot(t)
	rep, res := jsonReport(t, nil, examplesDir)
	require.Equal(t, 1, res.code, res.stderr)
	codes := map[string]bool{}
	broken, valid := 0, 0
	for _, f := range rep.Files {
		require.NotEmpty(t, f.Documents, f.Path)
		if !strings.Contains(f.Path, "/broken/") {
			for _, d := range f.Documents {
				assert.True(t, d.Valid, "%s document %d: %+v", f.Path, d.Index, d.Errors)
				valid++
			}
			continue
		}
		want := codeInName.FindString(f.Path)
		require.NotEmpty(t, want, "%s: a broken example's path names its code", f.Path)
		codes[want] = true
		for _, d := range f.Documents {
			broken++
			require.Nil(t, d.Error, "%s: %v", f.Path, d.Error)
			require.NotEmpty(t, d.Errors, "%s document %d passes", f.Path, d.Index)
			assert.Equal(t, want, d.Errors[0].ErrorCode, "%s: %+v", f.Path, d.Errors)
			got := []string{}
			for _, e := range d.Errors[1:] {
				got = append(got, e.ErrorCode)
			}
			if len(got) > 0 || alsoBreaks[f.Path] != nil {
				assert.Equal(t, alsoBreaks[f.Path], got, "%s breaks more rules than its name says", f.Path)
			}
		}
	}
	assert.Equal(t, valid, rep.Summary.Valid)
	assert.Equal(t, broken, rep.Summary.Invalid)
	assert.GreaterOrEqual(t, len(codes), 25, "the examples cover many codes")
}
