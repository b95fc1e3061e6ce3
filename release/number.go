package release

// isJSONNumber reports whether s is a number as JSON (RFC 8259) writes one:
//
//	number = [ "-" ] int [ frac ] [ exp ]
//	int    = "0" | digit1-9 { digit }
//	frac   = "." digit { digit }
//	exp    = ( "e" | "E" ) [ "-" | "+" ] digit { digit }
func isJSONNumber[T string | []byte](s T) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	switch {
	case len(s) == 0:
		return false
	case s[0] == '0':
		s = s[1:]
	default:
		var ok bool
		if s, ok = digits(s); !ok {
			return false
		}
	}
	if len(s) > 0 && s[0] == '.' {
		var ok bool
		if s, ok = digits(s[1:]); !ok {
			return false
		}
	}
	if len(s) > 0 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		var ok bool
		if s, ok = digits(s); !ok {
			return false
		}
	}
	return len(s) == 0
}

// digits skips the leading ASCII digits of s, at least one.
func digits[T string | []byte](s T) (rest T, ok bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return s[i:], i > 0
}

// maxInt64 is the text of the largest release version accepted.
const maxInt64 = "9223372036854775807"

// isPositiveInt reports whether s is a JSON integer from 1 to
// 9223372036854775807, written as digits without sign, leading zero, fraction
// or exponent.
func isPositiveInt(s string) bool {
	if s == "" || s[0] == '0' || len(s) > len(maxInt64) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) < len(maxInt64) || s <= maxInt64
}
