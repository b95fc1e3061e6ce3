package rules

// Maximum lengths, in bytes, of the length-limited rules.
const (
	// MaxDNSLabelLen is the longest [DNSLabel]: 63 bytes.
	MaxDNSLabelLen = 63
	// MaxSemVerLen is the longest [SemVer] accepted: 64 bytes.
	MaxSemVerLen = 64
	// MaxChartIDLen is the longest [ChartID]: 64 bytes.
	MaxChartIDLen = 64
	// MaxReleaseNameLen is the longest [ReleaseName]: 24 bytes.
	MaxReleaseNameLen = 24
	// MaxVolumeIDLen is the longest [VolumeID]: 64 bytes.
	MaxVolumeIDLen = 64
)

// Reasons of the name rules. Every valid name is ASCII, so its characters
// are its bytes and "characters" in a reason means bytes.
const (
	reasonDNSLabelTooLong    = "must be at most 63 characters"
	reasonDNSLabelChars      = "must contain only lowercase letters, digits and '-'"
	reasonDNSLabelStart      = "must start with a lowercase letter or digit"
	reasonDNSLabelEnd        = "must end with a lowercase letter or digit"
	reasonIDTooLong          = "must be at most 64 characters"
	reasonIDChars            = "must contain only letters, digits, '-' and '_'"
	reasonIDStart            = "must start with a letter or digit"
	reasonIDEnd              = "must end with a letter or digit"
	reasonReleaseNameTooLong = "must be at most 24 characters"
	reasonReleaseNameStart   = "must start with a letter"
)

// DNSLabel returns the zero [Problem] if s is a DNS label (RFC 1123, as
// Kubernetes names namespaces): 1 to [MaxDNSLabelLen] bytes of a-z, 0-9
// and '-', starting and ending with a letter or digit. Otherwise it says why
// not: [Empty] for "", [TooLong] past 63 bytes, else [Invalid].
func DNSLabel(s string) Problem {
	switch {
	case s == "":
		return empty(reasonEmpty)
	case len(s) > MaxDNSLabelLen:
		return tooLong(reasonDNSLabelTooLong)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLower(c) && !isDigit(c) && c != '-' {
			return invalid(reasonDNSLabelChars)
		}
	}
	switch {
	case s[0] == '-':
		return invalid(reasonDNSLabelStart)
	case s[len(s)-1] == '-':
		return invalid(reasonDNSLabelEnd)
	}
	return Problem{}
}

// ChartID returns the zero [Problem] if s is a chart ID: 1 to
// [MaxChartIDLen] bytes of ASCII letters, digits, '-' and '_', starting and
// ending with a letter or digit. Real chart IDs are UUIDs. Otherwise it says
// why not: [Empty] for "", [TooLong] past 64 bytes, else [Invalid].
func ChartID(s string) Problem {
	return identifier(s, MaxChartIDLen, reasonIDTooLong)
}

// VolumeID returns the zero [Problem] if s is a volume ID: 1 to
// [MaxVolumeIDLen] bytes of ASCII letters, digits, '_' and '-', starting and
// ending with a letter or digit, so UUIDs pass. Otherwise it says why not:
// [Empty] for "", [TooLong] past 64 bytes, else [Invalid].
func VolumeID(s string) Problem {
	return identifier(s, MaxVolumeIDLen, reasonIDTooLong)
}

// identifier checks the rule shared by [ChartID] and [VolumeID]: at most
// maxLen bytes (tooLongReason says how many), letters, digits, '-' and '_',
// a letter or digit at both ends.
func identifier(s string, maxLen int, tooLongReason string) Problem {
	switch {
	case s == "":
		return empty(reasonEmpty)
	case len(s) > maxLen:
		return tooLong(tooLongReason)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '-' && c != '_' {
			return invalid(reasonIDChars)
		}
	}
	switch {
	case !isAlnum(s[0]):
		return invalid(reasonIDStart)
	case !isAlnum(s[len(s)-1]):
		return invalid(reasonIDEnd)
	}
	return Problem{}
}

// ReleaseName returns the zero [Problem] if s is a release name: 1 to
// [MaxReleaseNameLen] bytes, an ASCII letter first, a letter or digit last,
// and letters, digits, '_' or '-' in between ("a", "my-release" and
// "my_release" are release names; "1release" and "release-" are not).
// Otherwise it says why not: [Empty] for "", [TooLong] past 24 bytes, else
// [Invalid].
func ReleaseName(s string) Problem {
	switch {
	case s == "":
		return empty(reasonEmpty)
	case len(s) > MaxReleaseNameLen:
		return tooLong(reasonReleaseNameTooLong)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '-' && c != '_' {
			return invalid(reasonIDChars)
		}
	}
	switch {
	case !isLetter(s[0]):
		return invalid(reasonReleaseNameStart)
	case !isAlnum(s[len(s)-1]):
		return invalid(reasonIDEnd)
	}
	return Problem{}
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isLetter(c byte) bool { return isLower(c) || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }
