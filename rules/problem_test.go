package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

func TestKindString(t *testing.T) {
	tests := []struct {
		k    rules.Kind
		want string
	}{
		{rules.OK, "ok"},
		{rules.Empty, "empty"},
		{rules.TooLong, "too long"},
		{rules.Invalid, "invalid"},
		{rules.Kind(4), "rules.Kind(4)"}, // not a kind: still printable
		{rules.Kind(255), "rules.Kind(255)"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.k.String(), "Kind(%d).String()", uint8(tc.k))
	}
}

func TestKindOrder(t *testing.T) {
	// The order of the constants is the order the rules check in.
	assert.Less(t, rules.OK, rules.Empty)
	assert.Less(t, rules.Empty, rules.TooLong)
	assert.Less(t, rules.TooLong, rules.Invalid)
}

func TestProblemOK(t *testing.T) {
	assert.True(t, rules.Problem{}.OK(), "the zero Problem is OK")
	assert.False(t, rules.Problem{Kind: rules.Empty, Reason: "must not be empty"}.OK())
	assert.False(t, rules.Problem{Kind: rules.TooLong}.OK())
	assert.False(t, rules.Problem{Kind: rules.Invalid}.OK())
}
