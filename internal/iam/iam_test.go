package iam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGranted(t *testing.T) {
	tests := []struct {
		granted []string
		action  string
		want    bool
	}{
		{nil, "cci:namespace:create", false},
		{[]string{}, "cci:namespace:create", false},
		{[]string{"cci:namespace:create"}, "cci:namespace:create", true},
		{[]string{"CCI:Namespace:Create"}, "cci:namespace:create", true},
		{[]string{"cci:namespace:get"}, "cci:namespace:create", false},
		{[]string{"cci:namespace:*"}, "cci:namespace:delete", true},
		{[]string{"cci:namespace:*"}, "cci:namespaceSubResource:delete", false},
		{[]string{"cci:namespace*:get"}, "cci:namespaceSubResource:get", true},
		{[]string{"cci:*:*"}, "cci:namespaceSubResource:list", true},
		{[]string{"*:*:*"}, "cci:namespace:list", true},
		{[]string{"*"}, "cci:namespace:list", true},
		{[]string{"cci:*"}, "cci:namespace:list", false}, // two segments do not cover three
		{[]string{"ecs:*:*", "cci:namespace:list"}, "cci:namespace:list", true},
		{[]string{"cci:namespace:c*e"}, "cci:namespace:create", true},
		{[]string{"cci:namespace:c*x"}, "cci:namespace:create", false},
		{[]string{"cci:namespace:create:extra"}, "cci:namespace:create", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Granted(tc.granted, tc.action), "Granted(%q, %q)", tc.granted, tc.action)
	}
}

func TestGrantedAllocatesNothing(t *testing.T) {
	g := []string{"ecs:*:*", "cci:namespace:*"}
	assert.Zero(t, testing.AllocsPerRun(100, func() { Granted(g, "cci:namespace:create") }))
}

func FuzzGranted(f *testing.F) {
	f.Add("cci:*:*", "cci:namespace:create")
	f.Fuzz(func(t *testing.T, pattern, action string) {
		_ = Granted([]string{pattern}, action)
		if !Granted([]string{action}, action) {
			t.Fatalf("%q does not grant itself", action)
		}
	})
}
