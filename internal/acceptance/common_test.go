// Package acceptance_test holds outsider acceptance tests written from
// cci-rules.md and the issues: they assert codes, field paths and first-error
// order, never English text.
package acceptance_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

// codeStrs returns the codes of l as CCI writes them.
func codeStrs(l validate.ErrorList) []string {
	out := make([]string, 0, len(l))
	for _, e := range l {
		out = append(out, e.Code.String())
	}
	return out
}

// firstCode returns the code the server would answer with, "" for a pass.
func firstCode(l validate.ErrorList) string {
	if len(l) == 0 {
		return ""
	}
	return l[0].Code.String()
}

// firstField returns the field of the first error.
func firstField(l validate.ErrorList) string {
	if len(l) == 0 {
		return ""
	}
	return l[0].Field
}

// expect asserts the first code (want "" = passes) and, when field is not
// "-", the first error's field path. Every error must carry a catalogue code.
func expect(t *testing.T, l validate.ErrorList, want, field string) {
	t.Helper()
	for _, e := range l {
		require.NotNil(t, e)
		assert.True(t, e.Code.IsValid(), "invalid code %v", e.Code)
	}
	if want == "" {
		assert.Empty(t, codeStrs(l), "expected pass, got %v", l)
		return
	}
	require.NotEmpty(t, l, "expected %s, got a pass", want)
	assert.Equal(t, want, firstCode(l), "codes %v (%v)", codeStrs(l), l)
	if field != "-" {
		assert.Equal(t, field, firstField(l), "field of %v", l.First())
	}
}

func rep(s string, n int) string { return strings.Repeat(s, n) }

func ptr[T any](v T) *T { return &v }

// Codes as strings, so the tests read like the spec.
const (
	c01_400101 = "CCI.01.400101"
	c01_400102 = "CCI.01.400102"
	c01_400103 = "CCI.01.400103"
	c01_400105 = "CCI.01.400105"
	c01_400106 = "CCI.01.400106"
	c01_400107 = "CCI.01.400107"
	c01_400201 = "CCI.01.400201"
	c01_400202 = "CCI.01.400202"
	c01_400301 = "CCI.01.400301"
	c01_400302 = "CCI.01.400302"
	c01_400303 = "CCI.01.400303"
	c01_400304 = "CCI.01.400304"
	c01_400305 = "CCI.01.400305"
	c01_400306 = "CCI.01.400306"
	c01_400307 = "CCI.01.400307"
	c01_400308 = "CCI.01.400308"
	c01_400309 = "CCI.01.400309"
	c01_403101 = "CCI.01.403101"
	c01_403102 = "CCI.01.403102"
	c01_403105 = "CCI.01.403105"
	c01_403106 = "CCI.01.403106"
	c01_403107 = "CCI.01.403107"
	c01_403108 = "CCI.01.403108"
	c01_403109 = "CCI.01.403109"
	c01_403110 = "CCI.01.403110"
	c01_403111 = "CCI.01.403111"
	c01_403112 = "CCI.01.403112"
	c01_403113 = "CCI.01.403113"
	c01_403114 = "CCI.01.403114"

	c02_400101 = "CCI.02.400101"
	c02_400103 = "CCI.02.400103"
	c02_400106 = "CCI.02.400106"
	c02_400107 = "CCI.02.400107"
	c02_400109 = "CCI.02.400109"
	c02_400110 = "CCI.02.400110"
	c02_400111 = "CCI.02.400111"
	c02_400117 = "CCI.02.400117"
	c02_400118 = "CCI.02.400118"
	c02_409101 = "CCI.02.409101"

	c04_400104 = "CCI.04.400104"
	c04_400105 = "CCI.04.400105"
	c04_400111 = "CCI.04.400111"
	c04_400112 = "CCI.04.400112"
	c04_400113 = "CCI.04.400113"
	c04_400118 = "CCI.04.400118"
	c04_400119 = "CCI.04.400119"
	c04_400121 = "CCI.04.400121"
	c04_400126 = "CCI.04.400126"
	c04_400131 = "CCI.04.400131"
	c04_400201 = "CCI.04.400201"
	c04_400202 = "CCI.04.400202"
	c04_400203 = "CCI.04.400203"
	c04_400214 = "CCI.04.400214"
	c04_400218 = "CCI.04.400218"
	c04_400302 = "CCI.04.400302"
	c04_400304 = "CCI.04.400304"
	c04_400306 = "CCI.04.400306"
	c04_403112 = "CCI.04.403112"
	c04_403124 = "CCI.04.403124"
	c04_403125 = "CCI.04.403125"
	c04_403126 = "CCI.04.403126"
	c04_403129 = "CCI.04.403129"
	c04_403130 = "CCI.04.403130"
	c04_403131 = "CCI.04.403131"
	c04_404204 = "CCI.04.404204"
	c04_409112 = "CCI.04.409112"
	c04_409123 = "CCI.04.409123"
	c04_409213 = "CCI.04.409213"
)
