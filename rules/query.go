package rules

// Reasons of the query rules.
const (
	reasonBool        = "must be a boolean: true or false (also 1, 0, t, f, T, F, TRUE, FALSE, True, False)"
	reasonIntSyntax   = "must be a decimal integer"
	reasonIntNegative = "must not be negative"
	reasonIntRange    = "must be at most 9223372036854775807"
)

// maxInt64 is the largest value [NonNegativeInt] accepts, spelt without
// sign or leading zeros.
const maxInt64 = "9223372036854775807"

// Bool returns the zero [Problem] if s is a boolean as
// [strconv.ParseBool] accepts it, the way the server reads boolean query
// parameters: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
// Otherwise it says why not: [Empty] for "", else [Invalid].
func Bool(s string) Problem {
	switch s {
	case "":
		return empty(reasonEmpty)
	case "1", "t", "T", "TRUE", "true", "True",
		"0", "f", "F", "FALSE", "false", "False":
		return Problem{}
	}
	return invalid(reasonBool)
}

// NonNegativeInt returns the zero [Problem] if s is an integer from 0 to
// 9223372036854775807 as [strconv.ParseInt](s, 10, 64) accepts it: ASCII
// digits after an optional sign, leading zeros allowed, so "+7", "007" and
// "-0" pass. Otherwise it says why not: [Empty] for "", else [Invalid].
func NonNegativeInt(s string) Problem {
	if s == "" {
		return empty(reasonEmpty)
	}
	sign := s[0]
	if sign == '+' || sign == '-' {
		s = s[1:]
	}
	if s == "" {
		return invalid(reasonIntSyntax)
	}
	nonZero := -1 // index of the first significant digit
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case !isDigit(c):
			return invalid(reasonIntSyntax)
		case c != '0' && nonZero < 0:
			nonZero = i
		}
	}
	switch {
	case nonZero < 0: // zero, whatever its sign
		return Problem{}
	case sign == '-':
		return invalid(reasonIntNegative)
	case !fitsInt64(s[nonZero:]):
		return invalid(reasonIntRange)
	}
	return Problem{}
}

// fitsInt64 reports whether the digits d, without leading zeros, are at
// most math.MaxInt64.
func fitsInt64(d string) bool {
	return len(d) < len(maxInt64) || len(d) == len(maxInt64) && d <= maxInt64
}

// MediaTypeIs reports whether the media type of contentType, a
// Content-Type header value, is want: the part before any ';' parameters,
// with surrounding spaces and tabs trimmed, equals want ASCII
// case-insensitively (RFC 9110). "application/json; charset=utf-8" is
// application/json. An empty media type, as in "" or "; charset=utf-8",
// matches nothing.
func MediaTypeIs(contentType, want string) bool {
	mt := contentType
	for i := 0; i < len(mt); i++ {
		if mt[i] == ';' {
			mt = mt[:i]
			break
		}
	}
	mt = trimOWS(mt)
	if mt == "" || len(mt) != len(want) {
		return false
	}
	for i := 0; i < len(mt); i++ {
		if lowerASCII(mt[i]) != lowerASCII(want[i]) {
			return false
		}
	}
	return true
}

// trimOWS trims the optional white space of HTTP, spaces and tabs, from
// both ends of s.
func trimOWS(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}
