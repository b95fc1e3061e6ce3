// Package iam decides whether a set of granted IAM actions allows an action, for the
// permission rules of cci-rules.md §9.
package iam

import "strings"

// Granted reports whether the granted actions allow action ("cci:namespace:create").
// An action is three ':'-separated segments, service, resource and verb; in a granted
// action a '*' matches any run of characters within its segment ("cci:*:*",
// "cci:namespace:*", "cci:namespace*:get"), and a lone "*" or "*:*:*" grants
// everything. Matching ignores ASCII case, as IAM does. Granted allocates nothing.
func Granted(granted []string, action string) bool {
	for _, g := range granted {
		if matchAction(g, action) {
			return true
		}
	}
	return false
}

func matchAction(pattern, action string) bool {
	if pattern == "*" {
		return true
	}
	for {
		p, prest, pmore := strings.Cut(pattern, ":")
		a, arest, amore := strings.Cut(action, ":")
		if !glob(p, a) {
			return false
		}
		if !pmore || !amore {
			return pmore == amore
		}
		pattern, action = prest, arest
	}
}

// glob matches s against a pattern in which '*' matches any run of characters,
// ignoring ASCII case.
func glob(pattern, s string) bool {
	star, next := -1, 0 // last '*' in pattern, and where in s it resumes
	i, j := 0, 0
	for j < len(s) {
		switch {
		case i < len(pattern) && pattern[i] == '*':
			star, next = i, j
			i++
		case i < len(pattern) && lower(pattern[i]) == lower(s[j]):
			i++
			j++
		case star >= 0:
			next++
			i, j = star+1, next
		default:
			return false
		}
	}
	for i < len(pattern) && pattern[i] == '*' {
		i++
	}
	return i == len(pattern)
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
