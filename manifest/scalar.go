package manifest

import (
	"strconv"

	yaml "go.yaml.in/yaml/v3"
)

// scalarKind is what a YAML scalar resolves to under the core schema.
type scalarKind uint8

const (
	kindString scalarKind = iota
	kindNull
	kindBool
	kindInt
	kindFloat
	kindError
)

func (k scalarKind) String() string {
	switch k {
	case kindNull:
		return "null"
	case kindBool:
		return "boolean"
	case kindInt:
		return "integer"
	case kindFloat:
		return "float"
	case kindError:
		return "error"
	}
	return "string"
}

// A resolved scalar: its kind and, except for strings, the JSON text to write
// (for kindError, why the scalar cannot be converted).
type resolved struct {
	kind scalarKind
	text string
}

// resolveScalar resolves the scalar n under the YAML 1.2 core schema, honouring an
// explicit tag. Quoted and block scalars are strings.
func resolveScalar(n *yaml.Node) resolved {
	if n.Style&yaml.TaggedStyle != 0 {
		return resolveTagged(n)
	}
	if n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return resolved{kind: kindString}
	}
	return resolvePlain(n.Value)
}

// resolveTagged resolves a scalar with an explicit tag.
func resolveTagged(n *yaml.Node) resolved {
	tag := shortTag(n.Tag)
	switch tag {
	case "!", "!!str", "!!binary", "!!timestamp":
		return resolved{kind: kindString}
	}
	r := resolvePlain(n.Value)
	switch {
	case tag == "!!null" && r.kind == kindNull,
		tag == "!!bool" && r.kind == kindBool,
		tag == "!!int" && r.kind == kindInt,
		tag == "!!float" && (r.kind == kindFloat || r.kind == kindInt),
		r.kind == kindError && (tag == "!!int" || tag == "!!float"):
		return r
	case tag == "!!null" || tag == "!!bool" || tag == "!!int" || tag == "!!float":
		return resolved{kindError, "value " + quote(n.Value) + " is not a " + tag[2:]}
	}
	return resolved{kindError, "tag " + n.Tag + " is not supported in a request manifest"}
}

// resolvePlain resolves a plain scalar under the YAML 1.2 core schema.
func resolvePlain(s string) resolved {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return resolved{kindNull, "null"}
	case "true", "True", "TRUE":
		return resolved{kindBool, "true"}
	case "false", "False", "FALSE":
		return resolved{kindBool, "false"}
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
		".nan", ".NaN", ".NAN":
		return resolved{kindError, "value " + s + " is not a number JSON can hold"}
	}
	if len(s) > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x') {
		return resolveBased(s)
	}
	if isDecimal(s) {
		return resolved{kindInt, normalizeInt(s)}
	}
	if text, ok := normalizeFloat(s); ok {
		return resolved{kindFloat, text}
	}
	return resolved{kind: kindString}
}

// resolveBased resolves 0o… and 0x… integers, which must fit in 64 bits.
func resolveBased(s string) resolved {
	base, digits := 16, s[2:]
	if s[1] == 'o' {
		base = 8
	}
	for i := 0; i < len(digits); i++ {
		if digitValue(digits[i]) >= base {
			return resolved{kind: kindString}
		}
	}
	v, err := strconv.ParseUint(digits, base, 64)
	if err != nil {
		return resolved{kindError, "integer " + s + " does not fit in 64 bits"}
	}
	return resolved{kindInt, strconv.FormatUint(v, 10)}
}

func digitValue(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	case 'A' <= b && b <= 'F':
		return int(b-'A') + 10
	}
	return 99
}

// isDecimal reports whether s matches [-+]?[0-9]+.
func isDecimal(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	return s != "" && digits(s) == len(s)
}

// digits returns how many ASCII digits s starts with.
func digits(s string) int {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// normalizeInt writes a decimal integer as JSON: no '+', no leading zeros.
func normalizeInt(s string) string {
	sign := ""
	switch s[0] {
	case '-':
		sign, s = "-", s[1:]
	case '+':
		s = s[1:]
	}
	return sign + trimZeros(s)
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	if s == "" {
		return "0"
	}
	return s
}

// normalizeFloat writes a core-schema float,
// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, as a JSON number, keeping
// its digits: "+.5" is 0.5, "1." is 1, "01.50e+3" is 1.50e+3.
func normalizeFloat(s string) (string, bool) {
	sign := ""
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = "-"
		}
		s = s[1:]
	}
	n := digits(s)
	intPart, rest := s[:n], s[n:]
	frac := ""
	if rest != "" && rest[0] == '.' {
		m := digits(rest[1:])
		frac, rest = rest[1:1+m], rest[1+m:]
		if intPart == "" && frac == "" {
			return "", false
		}
	} else if intPart == "" {
		return "", false
	}
	exp := ""
	if rest != "" {
		if rest[0] != 'e' && rest[0] != 'E' {
			return "", false
		}
		e := rest[1:]
		if e != "" && (e[0] == '-' || e[0] == '+') {
			e = e[1:]
		}
		if e == "" || digits(e) != len(e) {
			return "", false
		}
		exp = "e" + rest[1:]
	}
	out := sign + trimZeros(intPart)
	if frac != "" {
		out += "." + frac
	}
	return out + exp, true
}

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "..."
	}
	return strconv.Quote(s)
}

func itoa(n int) string { return strconv.Itoa(n) }

// article returns the kind's name with its indefinite article.
func (k scalarKind) article() string {
	if k == kindInt {
		return "an integer"
	}
	return "a " + k.String()
}
