package rules

import "strconv"

// Kind classifies why a value breaks a rule. The kinds are listed in the
// order the rules check them: a missing or empty value first, then its
// length, then its characters and syntax. A 70-byte name with a bad
// character is therefore [TooLong], not [Invalid].
type Kind uint8

const (
	// OK means the value is fine.
	OK Kind = iota
	// Empty means the value is "". A missing value is an empty one.
	Empty
	// TooLong means the value is longer than the rule's maximum, counted
	// in bytes (len), not in runes.
	TooLong
	// Invalid means the value has an acceptable length but the wrong
	// characters or syntax, or is not one of an enumeration's values.
	Invalid
)

// String returns "ok", "empty", "too long" or "invalid", and
// "rules.Kind(N)" for any other value.
func (k Kind) String() string {
	switch k {
	case OK:
		return "ok"
	case Empty:
		return "empty"
	case TooLong:
		return "too long"
	case Invalid:
		return "invalid"
	}
	return "rules.Kind(" + strconv.Itoa(int(k)) + ")"
}

// Problem says why a value breaks a rule. The zero Problem means the value
// is fine. Programs branch on Kind; Reason is for people.
type Problem struct {
	// Kind classifies the problem; OK when there is none.
	Kind Kind
	// Reason says, for people, what is wrong, e.g. "must start with a
	// lowercase letter or digit". It is always a constant string, so
	// returning a Problem never allocates. It is "" when Kind is OK.
	Reason string
}

// OK reports whether p is the zero Problem, that is whether the value
// satisfies the rule.
func (p Problem) OK() bool { return p.Kind == OK }

func empty(reason string) Problem   { return Problem{Kind: Empty, Reason: reason} }
func tooLong(reason string) Problem { return Problem{Kind: TooLong, Reason: reason} }
func invalid(reason string) Problem { return Problem{Kind: Invalid, Reason: reason} }

// reasonEmpty is the reason every rule gives for "".
const reasonEmpty = "must not be empty"
