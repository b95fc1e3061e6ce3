package cli

// jsonField returns the raw value of key in the JSON object obj (the last one
// when the key is repeated, as encoding/json takes it), without decoding the
// rest: obj must be valid JSON, as package manifest's output is. Keys are
// compared as written, so a key spelled with escapes is not found.
func jsonField(obj []byte, key string) ([]byte, bool) {
	i := skipSpace(obj, 0)
	if i >= len(obj) || obj[i] != '{' {
		return nil, false
	}
	var found []byte
	ok := false
	for i++; ; {
		i = skipSpace(obj, i)
		if i >= len(obj) || obj[i] != '"' {
			return found, ok
		}
		end := skipValue(obj, i)
		k := obj[i+1 : end-1]
		i = skipSpace(obj, end)
		if i >= len(obj) || obj[i] != ':' {
			return found, ok
		}
		i = skipSpace(obj, i+1)
		end = skipValue(obj, i)
		if string(k) == key {
			found, ok = obj[i:end], true
		}
		i = skipSpace(obj, end)
		if i >= len(obj) || obj[i] != ',' {
			return found, ok
		}
		i++
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// skipValue returns the end of the JSON value starting at b[i].
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		for i++; i < len(b); i++ {
			switch b[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return i
	case '{', '[':
		depth, inString := 0, false
		for ; i < len(b); i++ {
			c := b[i]
			switch {
			case inString && c == '\\':
				i++
			case inString:
				inString = c != '"'
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n' {
		i++
	}
	return i
}

// jsonString returns the string raw, a JSON value, holds; ok is false when raw
// is not a string.
func jsonString(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	for _, c := range body {
		if c == '\\' {
			return unescape(raw)
		}
	}
	return string(body), true
}

// jsonType names the JSON type of raw, as encoding/json's errors do.
func jsonType(raw []byte) string {
	if len(raw) == 0 {
		return "value"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}
