package acceptance_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

// §12: every code's class, from the spec's own lists.
func TestS12Classification(t *testing.T) {
	optIn := []string{"CCI.01.400103", "CCI.01.400105"}
	serverOnly := []string{
		"CCI.01.400104", "CCI.01.400401", "CCI.01.400402", "CCI.01.400403", "CCI.01.400404",
		"CCI.01.500101", "CCI.01.403103", "CCI.01.403104", "CCI.01.404101", "CCI.01.401102",
		"CCI.02.400102", "CCI.02.400104", "CCI.02.400105", "CCI.02.400108", "CCI.02.400112",
		"CCI.02.400113", "CCI.02.400114", "CCI.02.400116", "CCI.02.400119",
		"CCI.02.404101", "CCI.02.404102", "CCI.02.404103",
	}
	context := []string{
		// §4.6
		"CCI.01.403101", "CCI.02.409101", "CCI.02.400106",
		// §6.5
		"CCI.01.403102", "CCI.01.400306", "CCI.01.400305", "CCI.01.400309",
		// §7 context
		"CCI.04.409112", "CCI.04.409123", "CCI.04.403112", "CCI.04.403130", "CCI.04.403124", "CCI.04.403125",
		// §7 add-on and readme rules
		"CCI.04.400111", "CCI.04.400126", "CCI.04.400131", "CCI.04.403129",
		// §8 context
		"CCI.04.409213", "CCI.04.403126", "CCI.04.404204", "CCI.04.403131",
		// §9
		"CCI.01.403105", "CCI.01.403106", "CCI.01.403107", "CCI.01.403108", "CCI.01.403109",
		"CCI.01.403110", "CCI.01.403111", "CCI.01.403112", "CCI.01.403113", "CCI.01.403114",
	}
	request := []string{
		// §2, §4
		"CCI.01.400101", "CCI.01.400102", "CCI.02.400103", "CCI.02.400101", "CCI.02.400109",
		"CCI.02.400111", "CCI.02.400110", "CCI.02.400118", "CCI.01.400107", "CCI.02.400107",
		"CCI.02.400117",
		// §5 (400201 has a request rule and a context rule)
		"CCI.01.400202", "CCI.01.400201",
		// §6
		"CCI.01.400106", "CCI.01.400303", "CCI.01.400302", "CCI.01.400301", "CCI.01.400308",
		"CCI.01.400307", "CCI.01.400304",
		// §7
		"CCI.04.400304", "CCI.04.400118", "CCI.04.400119", "CCI.04.400306", "CCI.04.400104",
		"CCI.04.400121", "CCI.04.400302", "CCI.04.400105", "CCI.04.400112", "CCI.04.400113",
		// §8
		"CCI.04.400201", "CCI.04.400202", "CCI.04.400203", "CCI.04.400214", "CCI.04.400218",
	}
	want := map[string]validate.Checked{}
	add := func(codes []string, c validate.Checked) {
		for _, s := range codes {
			_, dup := want[s]
			require.False(t, dup, "%s listed twice", s)
			want[s] = c
		}
	}
	add(optIn, validate.CheckedOptIn)
	add(serverOnly, validate.CheckedServerOnly)
	add(context, validate.CheckedContext)
	add(request, validate.CheckedRequest)
	require.Len(t, want, 90, "every code of the table classified once")
	for _, e := range validate.Entries() {
		s := e.Code.String()
		t.Run(s, func(t *testing.T) {
			w, ok := want[s]
			require.True(t, ok, "code %s not in the spec's lists", s)
			assert.Equal(t, w, e.Code.Checked())
		})
	}
	assert.Equal(t, validate.Checked(""), validate.Code(0).Checked())
	assert.False(t, validate.Code(0).IsValid())
}
