package rules_test

import (
	"testing"

	"github.com/Masterminds/semver/v3"
	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

// mastermindsDisagreements lists every input of the differential test on
// which rules.SemVer and Masterminds' StrictNewVersion (v3.5.0) disagree,
// and why. Searches of 5.4 million short strings over "0109.-+a\xff" and
// 10 million mutations of the table rows found no disagreement outside
// these two classes.
var mastermindsDisagreements = []struct {
	in  string
	why string
}{
	// 1. Masterminds parses major, minor and patch into uint64s; the
	// semver.org grammar puts no bound on numbers. Valid for us, rejected
	// by Masterminds ("value out of range").
	{"18446744073709551616.0.0", "major is math.MaxUint64+1"},
	{"0.18446744073709551616.0", "minor is math.MaxUint64+1"},
	{"0.0.18446744073709551616", "patch is math.MaxUint64+1"},
	{"99999999999999999999999.0.0", "the spec's example of an unbounded number"},
	{"99999999999999999999999.999999999999999999.99999999999999999", "semver.org's own valid example"},
	{"1.2.99999999999999999999999-rc.1+build", "a huge patch before a pre-release"},
	// 2. Masterminds caps versions at 256 bytes (MaxVersionLen); CCI caps
	// them at 64 (MaxSemVerLen). Valid versions of 65 to 256 bytes are
	// accepted by Masterminds, rejected by us as TooLong.
	{"1.0.0-" + repeat("a", 59), "65 bytes: one past MaxSemVerLen"},
	{"1.0.0+" + repeat("b", 250), "256 bytes: Masterminds' maximum"},
}

// mastermindsInputs are the inputs of the differential test besides the
// SemVer table rows and the listed disagreements.
var mastermindsInputs = []string{
	"18446744073709551615.18446744073709551615.18446744073709551615", // math.MaxUint64 everywhere: both accept
	"1.0.0-18446744073709551616",                                     // pre-release numbers are not parsed by either
	"1.0.0-" + repeat("a", 58),                                       // 64 bytes: both accept
	"1.0.0+" + repeat("b", 251),                                      // 257 bytes: both reject
	"1.0.0-a.b.c.d.e.f.g.h.i.j.k.l.m.n",                              // many identifiers
	"1.0.0-\u0430",                                                   // Cyrillic a: both reject
	"1.0.0+\x00",
	"1.2.3-+",
	"1.2.3+-",
	"1.2.3--+--",
	"1.2.3-0.0.0",
	"1.2.3-00.0",
	"0.0.0-0+0",
	"1.2.3-a.+b",
	"1.2.3+a+",
	".1.2",
	"1.2.3-",
	"1..2.3",
	"+1.2.3",
	"-1.2.3",
	"1.-2.3",
	"1.2.-3",
	"1.2.3-a-+b-",
	"1.2.3+-.-",
	"1.2.3-a.0.0a.00a.-0",
	"1.2.3\t",
	"1.2.3-a\n",
	"1.2.3+a\r",
	"1.2.3.-a",
	"1.2.3+a-b.c",
	"1_000.0.0",
	"1e3.0.0",
	"0x1.0.0",
	"٣.0.0", // Arabic-Indic three
}

// TestMastermindsDifferential compares SemVer with Masterminds'
// StrictNewVersion, the library reference of the rules spec, and fails on
// any disagreement that is not listed in mastermindsDisagreements, or on a
// listed one that no longer holds.
func TestMastermindsDifferential(t *testing.T) {
	listed := make(map[string]string)
	inputs := append([]string(nil), mastermindsInputs...)
	for _, d := range mastermindsDisagreements {
		listed[d.in] = d.why
		inputs = append(inputs, d.in)
	}
	for _, tc := range semVerTests {
		inputs = append(inputs, tc.in)
	}
	seen := make(map[string]bool)
	for _, s := range inputs {
		if seen[s] {
			continue
		}
		seen[s] = true
		ours := rules.SemVer(s)
		_, err := semver.StrictNewVersion(s)
		why, isListed := listed[s]
		switch {
		case ours.OK() == (err == nil) && isListed:
			t.Errorf("listed disagreement %q (%s) no longer disagrees: both say ok=%v", s, why, ours.OK())
		case ours.OK() != (err == nil) && !isListed:
			t.Errorf("new disagreement on %q: SemVer = %+v, StrictNewVersion error = %v", s, ours, err)
		case isListed:
			t.Logf("known disagreement on %q (%s): SemVer = %v, StrictNewVersion error = %v", s, why, ours.Kind, err)
		}
	}
}

func TestMastermindsDisagreementsAreGrammar(t *testing.T) {
	// Each listed disagreement is decided by the grammar and our length
	// limit, as the rules spec requires: the reference regexp agrees with us.
	for _, d := range mastermindsDisagreements {
		assert.Equal(t, refSemVer(d.in), rules.SemVer(d.in).Kind, "SemVer(%q)", d.in)
	}
}
