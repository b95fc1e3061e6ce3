package rules_test

import (
	"testing"
)

const (
	semMajorZero = "major version has a leading zero"
	semMinorZero = "minor version has a leading zero"
	semPatchZero = "patch version has a leading zero"
	semThree     = "must have three version numbers: major.minor.patch"
	semPreEmpty  = "pre-release identifiers must not be empty"
	semPreChars  = "pre-release identifiers must contain only letters, digits and '-'"
	semPreZero   = "numeric pre-release identifier has a leading zero"
	semBldEmpty  = "build metadata identifiers must not be empty"
	semBldChars  = "build metadata identifiers must contain only letters, digits and '-'"
)

// semVerTests holds semver.org's own lists of valid and invalid versions
// (https://regex101.com/r/Ly7O1x/3), then rows of our own.
var semVerTests = []ruleTest{
	// semver.org: valid.
	{"0.0.4", ok, ""},
	{"1.2.3", ok, ""},
	{"10.20.30", ok, ""},
	{"1.1.2-prerelease+meta", ok, ""},
	{"1.1.2+meta", ok, ""},
	{"1.1.2+meta-valid", ok, ""},
	{"1.0.0-alpha", ok, ""},
	{"1.0.0-beta", ok, ""},
	{"1.0.0-alpha.beta", ok, ""},
	{"1.0.0-alpha.beta.1", ok, ""},
	{"1.0.0-alpha.1", ok, ""},
	{"1.0.0-alpha0.valid", ok, ""},
	{"1.0.0-alpha.0valid", ok, ""},
	{"1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay", ok, ""},
	{"1.0.0-rc.1+build.1", ok, ""},
	{"2.0.0-rc.1+build.123", ok, ""},
	{"1.2.3-beta", ok, ""},
	{"10.2.3-DEV-SNAPSHOT", ok, ""},
	{"1.2.3-SNAPSHOT-123", ok, ""},
	{"1.0.0", ok, ""},
	{"2.0.0", ok, ""},
	{"1.1.7", ok, ""},
	{"2.0.0+build.1848", ok, ""},
	{"2.0.1-alpha.1227", ok, ""},
	{"1.0.0-alpha+beta", ok, ""},
	{"1.2.3----RC-SNAPSHOT.12.9.1--.12+788", ok, ""},
	{"1.2.3----R-S.12.9.1--.12+meta", ok, ""},
	{"1.2.3----RC-SNAPSHOT.12.9.1--.12", ok, ""},
	{"1.0.0+0.build.1-rc.10000aaa-kk-0.1", ok, ""},
	{"99999999999999999999999.999999999999999999.99999999999999999", ok, ""}, // numbers are unbounded
	{"1.0.0-0A.is.legal", ok, ""},

	// semver.org: invalid.
	{"1", invalid, semThree},
	{"1.2", invalid, semThree},
	{"1.2.3-0123", invalid, semPreZero},
	{"1.2.3-0123.0123", invalid, semPreZero},
	{"1.1.2+.123", invalid, semBldEmpty},
	{"+invalid", invalid, "major version must be a number"},
	{"-invalid", invalid, "major version must be a number"},
	{"-invalid+invalid", invalid, ""},
	{"-invalid.01", invalid, ""},
	{"alpha", invalid, ""},
	{"alpha.beta", invalid, ""},
	{"alpha.beta.1", invalid, ""},
	{"alpha.1", invalid, ""},
	{"alpha+beta", invalid, ""},
	{"alpha_beta", invalid, ""},
	{"alpha.", invalid, ""},
	{"alpha..", invalid, ""},
	{"beta", invalid, ""},
	{"1.0.0-alpha_beta", invalid, semPreChars},
	{"-alpha.", invalid, ""},
	{"1.0.0-alpha..", invalid, semPreEmpty},
	{"1.0.0-alpha..1", invalid, semPreEmpty},
	{"1.0.0-alpha...1", invalid, semPreEmpty},
	{"1.0.0-alpha....1", invalid, semPreEmpty},
	{"1.0.0-alpha.....1", invalid, semPreEmpty},
	{"1.0.0-alpha......1", invalid, semPreEmpty},
	{"1.0.0-alpha.......1", invalid, semPreEmpty},
	{"01.1.1", invalid, semMajorZero},
	{"1.01.1", invalid, semMinorZero},
	{"1.1.01", invalid, semPatchZero},
	{"1.2.3.DEV", invalid, "must have exactly three version numbers: major.minor.patch"},
	{"1.2-SNAPSHOT", invalid, semThree},
	{"1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788", invalid, "must have exactly three version numbers: major.minor.patch"},
	{"1.2-RC-SNAPSHOT", invalid, semThree},
	{"-1.0.3-gamma+b7718", invalid, "major version must be a number"},
	{"+justmeta", invalid, ""},
	{"9.8.7+meta+meta", invalid, semBldChars},
	{"9.8.7-whatever+meta+meta", invalid, semBldChars},
	{"99999999999999999999999.999999999999999999.99999999999999999----RC-SNAPSHOT.12.09.1--------------------------------..12", tooLong, ""}, // 116 bytes: the length is checked first

	// Ours: the accept path.
	{"0.0.0", ok, ""},
	{"1.0.0-0", ok, ""},        // "0" is a numeric identifier without a leading zero
	{"1.0.0--", ok, ""},        // "-" is an alphanumeric identifier
	{"1.0.0-0-", ok, ""},       // a digit then a hyphen: alphanumeric, so the zero may lead
	{"1.0.0-00a", ok, ""},      // alphanumeric identifiers may start with zeros
	{"1.0.0+01", ok, ""},       // build identifiers may have leading zeros
	{"1.0.0+0.00.000", ok, ""}, // ... all of them
	{"1.0.0-x.7.z.92", ok, ""},
	{"1.0.0+21AF26D3----117B344092BD", ok, ""},
	{"18446744073709551615.0.0", ok, ""}, // math.MaxUint64
	{"18446744073709551616.0.0", ok, ""}, // one more: Masterminds rejects it
	{"1.0.0-18446744073709551616", ok, ""},
	{"1.0.0-" + repeat("a", 57), ok, ""}, // 63 bytes
	{"1.0.0-" + repeat("a", 58), ok, ""}, // 64 bytes: MaxSemVerLen
	{"1.0.0-" + repeat("a", 59), tooLong, "must be at most 64 characters"}, // 65 bytes
	{"1.0.0-" + repeat("_", 59), tooLong, "must be at most 64 characters"}, // 65 bad bytes: too long first

	// Ours: the reject path, one row per reason.
	{"", empty, "must not be empty"},
	{"v1.2.3", invalid, "must not start with 'v'"}, // Go's and x/mod's spelling is not SemVer
	{"V1.2.3", invalid, "must not start with 'v'"},
	{"v", invalid, "major version must be a number"},
	{"version", invalid, "major version must be a number"},
	{" 1.2.3", invalid, "major version must be a number"},
	{"1a.2.3", invalid, "major version must contain only digits"},
	{"1.a.3", invalid, "minor version must be a number"},
	{"1..3", invalid, "minor version must be a number"},
	{"1.", invalid, "minor version must be a number"},
	{"1.2a.3", invalid, "minor version must contain only digits"},
	{"1.2.", invalid, "patch version must be a number"},
	{"1.2.x", invalid, "patch version must be a number"},
	{"1.2.3a", invalid, "patch version must contain only digits"},
	{"1.2.3 ", invalid, "patch version must contain only digits"},
	{"1.2.3\n", invalid, "patch version must contain only digits"},
	{"1.2.3.4", invalid, "must have exactly three version numbers: major.minor.patch"},
	{"1-beta", invalid, semThree},
	{"1.2+build", invalid, semThree},
	{"00.0.0", invalid, semMajorZero},
	{"1.2.3-", invalid, semPreEmpty},
	{"1.2.3-+b", invalid, semPreEmpty},
	{"1.2.3-a.", invalid, semPreEmpty},
	{"1.2.3-.a", invalid, semPreEmpty},
	{"1.2.3-01", invalid, semPreZero},
	{"1.2.3-a.00", invalid, semPreZero},
	{"1.2.3-é", invalid, semPreChars},
	{"1.2.3-a b", invalid, semPreChars},
	{"1.2.3+", invalid, semBldEmpty},
	{"1.2.3-a+", invalid, semBldEmpty},
	{"1.2.3+a.", invalid, semBldEmpty},
	{"1.2.3+a..b", invalid, semBldEmpty},
	{"1.2.3+a_b", invalid, semBldChars},
	{"1.2.3+é", invalid, semBldChars},
	{"1.2.3+\xff", invalid, semBldChars},                 // invalid UTF-8
	{"１.2.3", invalid, "major version must be a number"}, // fullwidth digit
}

func TestSemVer(t *testing.T) { runTable(t, lookup(t, "SemVer")) }
