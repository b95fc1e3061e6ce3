// Package jsonbody decodes request bodies the way CCI's Go servers do, for the
// resource packages' bytes entry points: encoding/json semantics (duplicate keys
// accepted, the last one wins; invalid UTF-8 inside strings accepted; nesting up to
// encoding/json's own limit), a size limit, and a body that must be a JSON object.
// Every failure is described in one line for people, with the byte offset when the
// JSON is malformed; the caller attaches its operation's invalid-body code.
package jsonbody

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// DefaultLimit is the default size limit of a JSON request body: 1 MiB.
const DefaultLimit = 1 << 20

// Decode decodes body, a JSON object, into v (a pointer to the request struct) and
// returns "" on success or, otherwise, why the body is invalid. A body longer than
// limit bytes (limit <= 0 means [DefaultLimit]) is refused before decoding, so the
// work is bounded; so is a body that is not an object (null, an array, a string).
// Decode allocates nothing beyond what encoding/json needs for v.
func Decode(body []byte, limit int64, v any) string {
	if limit <= 0 {
		limit = DefaultLimit
	}
	if int64(len(body)) > limit {
		return "body is " + strconv.Itoa(len(body)) + " bytes, larger than the limit of " + strconv.FormatInt(limit, 10)
	}
	if reason := checkObject(body); reason != "" {
		return reason
	}
	if err := json.Unmarshal(body, v); err != nil {
		return Describe(err)
	}
	return ""
}

// checkObject returns why body does not hold a JSON object, judging by its first
// non-space byte; "" when it starts like one (json.Unmarshal judges the rest).
func checkObject(body []byte) string {
	for i, c := range body {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return ""
		case 'n':
			return "body is null, not a JSON object"
		case '[':
			return "body is a JSON array, not an object"
		}
		if json.Valid(body) {
			return "body is a JSON " + kindOf(c) + ", not an object"
		}
		return "invalid JSON at byte offset " + strconv.Itoa(i) + ": body is not a JSON object"
	}
	return "body is empty, not a JSON object"
}

func kindOf(c byte) string {
	switch c {
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

// Describe returns a one-line description of an encoding/json decoding error: the
// byte offset of a syntax error, the field and types of a type mismatch.
func Describe(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte offset %d: %s", syn.Offset, syn.Error())
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "body"
		}
		if typ.Offset < 0 { // a custom decoder that cannot tell where the value was
			return fmt.Sprintf("%s: JSON %s where %s belongs", field, typ.Value, goType(typ))
		}
		return fmt.Sprintf("%s: JSON %s where %s belongs (byte offset %d)", field, typ.Value, goType(typ), typ.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "invalid JSON: unexpected end of input"
	}
	return "invalid JSON: " + err.Error()
}

func goType(typ *json.UnmarshalTypeError) string {
	if typ.Type == nil {
		return "another type"
	}
	switch typ.Type.Kind().String() {
	case "string":
		return "a string"
	case "map", "struct":
		return "an object"
	case "slice", "array":
		return "an array"
	case "bool":
		return "a boolean"
	case "ptr":
		return "a " + typ.Type.Elem().Kind().String()
	}
	return "a " + typ.Type.Kind().String()
}

// Read reads a body of at most limit bytes (limit <= 0 means [DefaultLimit]) from r.
// It reads at most limit+1 bytes, so an endless reader costs bounded work, and
// reports too == true when the body is larger than limit; data then holds the first
// limit+1 bytes.
func Read(r io.Reader, limit int64) (data []byte, too bool, err error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	data, err = io.ReadAll(io.LimitReader(r, limit+1))
	return data, int64(len(data)) > limit, err
}
