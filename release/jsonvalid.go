package release

import (
	"encoding/binary"
	"encoding/json"
)

// maxFastDepth is the deepest nesting isValidJSON follows itself; it leaves
// deeper values to json.Valid.
const maxFastDepth = 64

// isValidJSON reports whether b is one JSON value, exactly as json.Valid decides
// (invalid UTF-8 inside strings accepted, nesting up to 10,000), without
// allocating. It checks a typed request's values, where json.Valid would cost
// most of the time of a valid request.
func isValidJSON(b []byte) bool {
	var objects uint64 // bit d: level d is an object, not an array
	depth, i := 0, 0
	for {
		// A value starts at i.
		i = skipSpaces(b, i)
		if i >= len(b) {
			return false
		}
		switch c := b[i]; c {
		case '{', '[':
			if depth == maxFastDepth {
				return json.Valid(b) // rare: let encoding/json count deeper levels
			}
			if c == '{' {
				objects |= 1 << depth
			} else {
				objects &^= 1 << depth
			}
			depth++
			i = skipSpaces(b, i+1)
			if i >= len(b) || b[i] != c+2 { // not empty: '}' is '{'+2, ']' is '['+2
				if c == '{' {
					i = objectKey(b, i)
				}
				if i < 0 {
					return false
				}
				continue
			}
			depth--
			i++
		default:
			if i = scalar(b, i); i < 0 {
				return false
			}
		}
		var done bool
		if i, depth, done = closeValues(b, i, depth, objects); done || i < 0 {
			return done && i == len(b)
		}
	}
}

// scalar scans the string, number or literal at b[i:] and returns the index
// after it, or -1.
func scalar(b []byte, i int) int {
	switch b[i] {
	case '"':
		return jsonString(b, i)
	case 't':
		return literal(b, i, "true")
	case 'f':
		return literal(b, i, "false")
	case 'n':
		return literal(b, i, "null")
	}
	return jsonNumber(b, i)
}

// closeValues scans what follows a value that ends at i, at the given depth:
// the ends of containers, then a comma and, in an object, the next key. It
// returns where the next value starts and its depth, or done when there is no
// next value: then the input is valid if the returned index is len(b). An
// index of -1 means the input is invalid.
func closeValues(b []byte, i, depth int, objects uint64) (next, nextDepth int, done bool) {
	for {
		i = skipSpaces(b, i)
		if depth == 0 {
			return i, 0, true
		}
		if i >= len(b) {
			return -1, 0, true
		}
		object := objects&(1<<(depth-1)) != 0
		switch c := b[i]; {
		case c == ',' && object:
			return objectKey(b, skipSpaces(b, i+1)), depth, false
		case c == ',':
			return i + 1, depth, false
		case object && c == '}', !object && c == ']':
			depth--
			i++
		default:
			return -1, 0, true
		}
	}
}

func skipSpaces(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// objectKey scans a key and its colon at i and returns where its value may
// start, or -1.
func objectKey(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	if i = jsonString(b, i); i < 0 {
		return -1
	}
	i = skipSpaces(b, i)
	if i >= len(b) || b[i] != ':' {
		return -1
	}
	return i + 1
}

// jsonString scans the string starting at b[i] == '"' and returns the index
// after it, or -1.
func jsonString(b []byte, i int) int {
	for i++; ; i++ {
		// Skip plain bytes, eight at a time while they last.
		for i+8 <= len(b) && !hasStop(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		for i < len(b) && !stringStops[b[i]] {
			i++
		}
		if i >= len(b) {
			return -1
		}
		switch b[i] {
		case '"':
			return i + 1
		case '\\':
		default:
			return -1 // a control character
		}
		i++
		if i >= len(b) {
			return -1
		}
		switch b[i] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		case 'u':
			if i+4 >= len(b) || !isHex(b[i+1]) || !isHex(b[i+2]) || !isHex(b[i+3]) || !isHex(b[i+4]) {
				return -1
			}
			i += 4
		default:
			return -1
		}
	}
}

// Bit tricks on eight bytes at once (Hacker's Delight, §6-1).
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// hasStop reports whether one of the eight bytes of x is a control character,
// a quote or a backslash (it may err towards true, never towards false).
func hasStop(x uint64) bool {
	return (x-ones*' ')&^x&highs != 0 || hasZero(x^(ones*'"')) || hasZero(x^(ones*'\\'))
}

func hasZero(x uint64) bool { return (x-ones)&^x&highs != 0 }

// stringStops marks the bytes that end a run of plain string content: the
// quote, the backslash and the control characters.
var stringStops = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// literal scans word at b[i:] and returns the index after it, or -1.
func literal(b []byte, i int, word string) int {
	if len(b)-i < len(word) || string(b[i:i+len(word)]) != word {
		return -1
	}
	return i + len(word)
}

// jsonNumber scans the number at b[i:] and returns the index after it, or -1.
func jsonNumber(b []byte, i int) int {
	start := i
	for i < len(b) && (b[i] == '-' || b[i] == '+' || b[i] == '.' || b[i] == 'e' || b[i] == 'E' || '0' <= b[i] && b[i] <= '9') {
		i++
	}
	if i == start || !isJSONNumber(b[start:i]) {
		return -1
	}
	return i
}
