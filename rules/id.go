package rules

// Reasons of [EnterpriseProjectID].
const (
	reasonProjectIDForm   = "must be \"0\" or a UUID: 32 hexadecimal digits, optionally grouped 8-4-4-4-12 by '-'"
	reasonProjectIDHex    = "UUID must contain only hexadecimal digits and '-'"
	reasonProjectIDGroups = "UUID with hyphens must be grouped 8-4-4-4-12"
)

// EnterpriseProjectID returns the zero [Problem] if s is an enterprise
// project ID: "0" (the default project) or a UUID, either 32 hexadecimal
// digits or 36 bytes grouped 8-4-4-4-12 by hyphens; hex digits may be
// upper or lower case, and the UUID version and variant are not checked.
// Otherwise it says why not: [Empty] for "", else [Invalid]. There is no
// [TooLong]: a value of the wrong length is not a UUID.
func EnterpriseProjectID(s string) Problem {
	switch len(s) {
	case 0:
		return empty(reasonEmpty)
	case 1:
		if s == "0" {
			return Problem{}
		}
	case 32:
		return plainUUID(s)
	case 36:
		return hyphenatedUUID(s)
	}
	return invalid(reasonProjectIDForm)
}

// plainUUID checks a 32-byte s for 32 hex digits.
func plainUUID(s string) Problem {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-': // hyphens, but not 36 bytes
			return invalid(reasonProjectIDForm)
		case !isHex(c):
			return invalid(reasonProjectIDHex)
		}
	}
	return Problem{}
}

// hyphenatedUUID checks a 36-byte s for the 8-4-4-4-12 form.
func hyphenatedUUID(s string) Problem {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if c != '-' {
				return invalid(reasonProjectIDGroups)
			}
		case c == '-':
			return invalid(reasonProjectIDGroups)
		case !isHex(c):
			return invalid(reasonProjectIDHex)
		}
	}
	return Problem{}
}

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
