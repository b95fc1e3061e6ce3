package rules

// Reasons of [SemVer].
const (
	reasonSemVerTooLong   = "must be at most 64 characters"
	reasonSemVerV         = "must not start with 'v'"
	reasonSemVerThree     = "must have three version numbers: major.minor.patch"
	reasonSemVerExtra     = "must have exactly three version numbers: major.minor.patch"
	reasonMajorNumber     = "major version must be a number"
	reasonMajorDigits     = "major version must contain only digits"
	reasonMajorZero       = "major version has a leading zero"
	reasonMinorNumber     = "minor version must be a number"
	reasonMinorDigits     = "minor version must contain only digits"
	reasonMinorZero       = "minor version has a leading zero"
	reasonPatchNumber     = "patch version must be a number"
	reasonPatchDigits     = "patch version must contain only digits"
	reasonPatchZero       = "patch version has a leading zero"
	reasonPrereleaseEmpty = "pre-release identifiers must not be empty"
	reasonPrereleaseChars = "pre-release identifiers must contain only letters, digits and '-'"
	reasonPrereleaseZero  = "numeric pre-release identifier has a leading zero"
	reasonBuildEmpty      = "build metadata identifiers must not be empty"
	reasonBuildChars      = "build metadata identifiers must contain only letters, digits and '-'"
)

// SemVer returns the zero [Problem] if s is a semantic version as
// semver.org's SemVer 2.0.0 grammar defines it (see the package
// documentation), at most [MaxSemVerLen] bytes long. There is no leading
// 'v', no short form such as "1.2", and no leading zero in a numeric
// identifier, though build metadata may have them. Numbers are unbounded:
// 99999999999999999999999.0.0 is a semantic version. Otherwise SemVer says
// why not: [Empty] for "", [TooLong] past 64 bytes, else [Invalid] with the
// first thing wrong, reading from the left.
func SemVer(s string) Problem {
	switch {
	case s == "":
		return empty(reasonEmpty)
	case len(s) > MaxSemVerLen:
		return tooLong(reasonSemVerTooLong)
	case len(s) > 1 && (s[0] == 'v' || s[0] == 'V') && isDigit(s[1]):
		return invalid(reasonSemVerV)
	}
	rest, reason := versionCore(s)
	if reason == "" && rest != "" && rest[0] == '-' {
		rest, reason = prerelease(rest[1:])
	}
	if reason == "" && rest != "" && rest[0] == '+' {
		reason = build(rest[1:])
	}
	if reason != "" {
		return invalid(reason)
	}
	return Problem{}
}

// versionCore parses major.minor.patch at the start of s and returns what
// follows it, which is "" or starts with '-' or '+'. On failure it returns
// the reason.
func versionCore(s string) (rest, reason string) {
	s, reason = numeric(s, reasonMajorNumber, reasonMajorZero)
	if reason != "" {
		return "", reason
	}
	if reason = dot(s, reasonMajorDigits); reason != "" {
		return "", reason
	}
	s, reason = numeric(s[1:], reasonMinorNumber, reasonMinorZero)
	if reason != "" {
		return "", reason
	}
	if reason = dot(s, reasonMinorDigits); reason != "" {
		return "", reason
	}
	s, reason = numeric(s[1:], reasonPatchNumber, reasonPatchZero)
	switch {
	case reason != "":
		return "", reason
	case s == "" || s[0] == '-' || s[0] == '+':
		return s, ""
	case s[0] == '.':
		return "", reasonSemVerExtra
	}
	return "", reasonPatchDigits
}

// numeric parses a numeric identifier, "0" or a digit run without a leading
// zero, at the start of s and returns what follows it. It fails with
// missing when s does not start with a digit and with zero on a leading
// zero.
func numeric(s, missing, zero string) (rest, reason string) {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	switch {
	case n == 0:
		return "", missing
	case n > 1 && s[0] == '0':
		return "", zero
	}
	return s[n:], ""
}

// dot checks that s, what follows the major or minor version, starts with
// the '.' before the next number. It fails with notDigits when another
// character follows the number.
func dot(s, notDigits string) (reason string) {
	switch {
	case s == "" || s[0] == '-' || s[0] == '+':
		return reasonSemVerThree
	case s[0] != '.':
		return notDigits
	}
	return ""
}

// prerelease parses the dot-separated pre-release identifiers at the start
// of s, after the '-', and returns what follows them: "" or build metadata
// starting with '+'.
func prerelease(s string) (rest, reason string) {
	for {
		n, allDigits := 0, true
		for n < len(s) && isIdentChar(s[n]) {
			allDigits = allDigits && isDigit(s[n])
			n++
		}
		switch {
		case n == 0 && (s == "" || s[0] == '.' || s[0] == '+'):
			return "", reasonPrereleaseEmpty
		case n == 0:
			return "", reasonPrereleaseChars
		case allDigits && n > 1 && s[0] == '0':
			return "", reasonPrereleaseZero
		}
		s = s[n:]
		switch {
		case s == "" || s[0] == '+':
			return s, ""
		case s[0] != '.':
			return "", reasonPrereleaseChars
		}
		s = s[1:]
	}
}

// build checks the dot-separated build metadata identifiers in s, all
// that follows the '+'. Leading zeros are allowed there.
func build(s string) (reason string) {
	for {
		n := 0
		for n < len(s) && isIdentChar(s[n]) {
			n++
		}
		switch {
		case n == 0 && (s == "" || s[0] == '.'):
			return reasonBuildEmpty
		case n == 0:
			return reasonBuildChars
		}
		s = s[n:]
		switch {
		case s == "":
			return ""
		case s[0] != '.':
			return reasonBuildChars
		}
		s = s[1:]
	}
}

// isIdentChar reports whether c may appear in a pre-release or build
// identifier: [0-9A-Za-z-].
func isIdentChar(c byte) bool { return isAlnum(c) || c == '-' }
