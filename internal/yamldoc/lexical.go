package yamldoc

import (
	"strings"
	"unicode/utf8"
)

// The character tests below are what the two YAML fast paths (package chart's
// check of values.yaml, package manifest's scan of request manifests) may accept
// without asking yaml/v3: each says yes only where yaml/v3 certainly reads the text
// the same way.

// Trailer reports whether t may follow a complete value or a "---" on its line:
// spaces, and a comment after at least one of them.
func Trailer(t []byte) bool {
	for i, c := range t {
		if c == '#' && i > 0 {
			return Text(t[i:])
		}
		if c != ' ' {
			return false
		}
	}
	return true
}

// Text reports whether t holds only characters yaml/v3 reads as printable and not
// as a line break or byte order mark.
func Text(t []byte) bool {
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c >= 0x80:
			n := Rune(t[i:])
			if n == 0 {
				return false
			}
			i += n
			continue
		case c < 0x20 || c == 0x7f:
			return false
		}
		i++
	}
	return true
}

// Rune returns the length of the non-ASCII UTF-8 character b starts with, or 0 when
// it is not one a fast path accepts: invalid UTF-8, C1 controls and U+0085 (a line
// break to YAML), U+2028 and U+2029 (line breaks), U+FEFF (a byte order mark),
// U+FFFE and U+FFFF (not characters).
func Rune(b []byte) int {
	r, n := utf8.DecodeRune(b)
	switch {
	case r == utf8.RuneError && n < 3, r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff:
		return 0
	}
	return n
}

// WordByte reports whether c is an ASCII letter or digit.
func WordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Escape returns the length of the double-quoted escape sequence e starts with and
// the character it stands for, or 0 when yaml/v3 would not take it: an unknown
// escape (\/ among them), too few hex digits, or a code that is a surrogate or
// beyond U+10FFFF.
func Escape(e []byte) (int, rune) {
	if len(e) < 2 {
		return 0, 0
	}
	digits := 0
	switch e[1] {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		i := strings.IndexByte(`0abtnvfre "'\N_LP`, e[1])
		if i < 0 {
			return 0, 0
		}
		return 2, escapeRunes[i]
	}
	if len(e) < 2+digits {
		return 0, 0
	}
	code := 0
	for _, c := range e[2 : 2+digits] {
		d := hexValue(c)
		if d < 0 {
			return 0, 0
		}
		code = code<<4 | d
	}
	if code >= 0xd800 && code <= 0xdfff || code > 0x10ffff {
		return 0, 0
	}
	return 2 + digits, rune(code)
}

// escapeRunes are the characters of the one-character escapes, in the order Escape
// lists them.
var escapeRunes = [...]rune{0, 7, 8, 9, 10, 11, 12, 13, 0x1b, ' ', '"', '\'', '\\', 0x85, 0xa0, 0x2028, 0x2029}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
