package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

const reasonBool = "must be a boolean: true or false (also 1, 0, t, f, T, F, TRUE, FALSE, True, False)"

var boolTests = []ruleTest{
	{"1", ok, ""},
	{"t", ok, ""},
	{"T", ok, ""},
	{"TRUE", ok, ""},
	{"true", ok, ""},
	{"True", ok, ""},
	{"0", ok, ""},
	{"f", ok, ""},
	{"F", ok, ""},
	{"FALSE", ok, ""},
	{"false", ok, ""},
	{"False", ok, ""},
	{"", empty, "must not be empty"},
	{"TrUe", invalid, reasonBool}, // strconv takes three spellings per word, not any case
	{"tRUE", invalid, reasonBool},
	{"yes", invalid, reasonBool},
	{"on", invalid, reasonBool},
	{"2", invalid, reasonBool},
	{"-1", invalid, reasonBool},
	{" true", invalid, reasonBool},
	{"true\n", invalid, reasonBool},
}

var nonNegativeIntTests = []ruleTest{
	{"0", ok, ""},
	{"7", ok, ""},
	{"30", ok, ""},
	{"+7", ok, ""},  // strconv accepts a plus sign
	{"007", ok, ""}, // ... and leading zeros
	{"-0", ok, ""},  // ... and minus zero, which is zero
	{"+0", ok, ""},
	{"-000", ok, ""},
	{"9223372036854775807", ok, ""},     // math.MaxInt64
	{"00009223372036854775807", ok, ""}, // leading zeros do not count toward the range
	{"", empty, "must not be empty"},
	{"9223372036854775808", invalid, "must be at most 9223372036854775807"},
	{"+9223372036854775808", invalid, "must be at most 9223372036854775807"},
	{"99999999999999999999", invalid, "must be at most 9223372036854775807"},
	{"-1", invalid, "must not be negative"},
	{"-9223372036854775808", invalid, "must not be negative"},
	{"-99999999999999999999", invalid, "must not be negative"},
	{"+", invalid, "must be a decimal integer"},
	{"-", invalid, "must be a decimal integer"},
	{"+-1", invalid, "must be a decimal integer"},
	{"1_000", invalid, "must be a decimal integer"}, // underscores only with base 0
	{"0x10", invalid, "must be a decimal integer"},
	{" 1", invalid, "must be a decimal integer"},
	{"1 ", invalid, "must be a decimal integer"},
	{"1.0", invalid, "must be a decimal integer"},
	{"1e3", invalid, "must be a decimal integer"},
	{"١", invalid, "must be a decimal integer"}, // Arabic-Indic one: not ASCII
}

func TestBool(t *testing.T)           { runTable(t, lookup(t, "Bool")) }
func TestNonNegativeInt(t *testing.T) { runTable(t, lookup(t, "NonNegativeInt")) }

type mediaTypeTest struct {
	contentType, want string
	is                bool
}

var mediaTypeTests = []mediaTypeTest{
	{"application/json", "application/json", true},
	{"application/json; charset=utf-8", "application/json", true},
	{"application/json;charset=utf-8", "application/json", true},
	{"Application/JSON", "application/json", true}, // media types are case-insensitive
	{"application/json", "APPLICATION/JSON", true},
	{"  application/json  ; charset=utf-8", "application/json", true},
	{"\tapplication/json\t", "application/json", true}, // tabs are HTTP white space too
	{"multipart/form-data; boundary=x", "multipart/form-data", true},
	{"application/json;", "application/json", true},
	{"", "application/json", false},
	{"", "", false}, // no media type matches nothing
	{"; charset=utf-8", "", false},
	{"application/jsonp", "application/json", false},
	{"application/json-patch+json", "application/json", false},
	{"text/json", "application/json", false},
	{"application/ json", "application/json", false}, // white space inside is not trimmed
	{"application/json\n", "application/json", false},
	{"application/jſon", "application/json", false},      // long s folds to s in Unicode, not in ASCII
	{"application/\u212ason", "application/kson", false}, // Kelvin sign, likewise
	{"charset=utf-8; application/json", "application/json", false},
}

func TestMediaTypeIs(t *testing.T) {
	for _, tc := range mediaTypeTests {
		got := rules.MediaTypeIs(tc.contentType, tc.want)
		assert.Equal(t, tc.is, got, "MediaTypeIs(%q, %q)", tc.contentType, tc.want)
	}
}
