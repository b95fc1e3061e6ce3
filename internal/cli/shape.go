package cli

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/ccicheck/ccicheck/manifest"
)

// shapeOf reads the shape of a document the manifest decoder parsed.
func shapeOf(d *manifest.Document) shape {
	s := shape{kind: d.Kind, apiVersion: d.APIVersion, mapping: d.Keys != nil}
	for _, k := range d.Keys {
		switch k {
		case "kind":
			s.hasKind = true
		case "chart_id":
			s.chartID = true
		case "action":
			s.action = true
		}
	}
	return s
}

// rawShape guesses the shape of a document the decoder could not parse (bad
// syntax) or was not given (larger than the document limit) from its text: the
// top-level keys of a JSON object's prefix, or the "key: value" lines of YAML
// that start at column 1.
func rawShape(data []byte) shape {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return jsonShape(trimmed)
	}
	var s shape
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		s.scanLine(line)
	}
	return s
}

// scanLine notes a top-level "key: value" line of YAML.
func (s *shape) scanLine(line []byte) {
	if len(line) == 0 || bytes.IndexByte([]byte(" \t\r\n#-%.{[|>"), line[0]) >= 0 {
		return
	}
	i := bytes.Index(line, []byte(":"))
	for i >= 0 && i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' && line[i+1] != '\r' {
		j := bytes.Index(line[i+1:], []byte(":"))
		if j < 0 {
			return
		}
		i += j + 1
	}
	if i <= 0 {
		return
	}
	s.mapping = true
	s.note(unquote(string(bytes.TrimSpace(line[:i]))), scalarText(line[i+1:]))
}

// note records a top-level key and its scalar value.
func (s *shape) note(key, value string) {
	switch key {
	case "kind":
		s.hasKind, s.kind = true, value
	case "apiVersion":
		s.apiVersion = value
	case "chart_id":
		s.chartID = true
	case "action":
		s.action = true
	}
}

// scalarText returns a plain or quoted YAML scalar written after a key, without
// its comment.
func scalarText(b []byte) string {
	v := string(bytes.TrimSpace(b))
	if v != "" && v[0] != '"' && v[0] != '\'' {
		if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
	}
	return unquote(v)
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// jsonShape reads the top-level keys of a JSON object from data, which may be
// cut short: tokens are read until the first error.
func jsonShape(data []byte) shape {
	s := shape{mapping: true}
	dec := json.NewDecoder(bytes.NewReader(data))
	depth, key, wantKey := 0, "", false
	for {
		tok, err := dec.Token()
		if err != nil {
			return s
		}
		if d, ok := tok.(json.Delim); ok {
			if depth == 1 && !wantKey && (d == '{' || d == '[') {
				s.note(key, "")
			}
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
			wantKey = depth == 1
			continue
		}
		if depth != 1 {
			continue
		}
		if wantKey {
			key, _ = tok.(string)
		} else {
			v, _ := tok.(string)
			s.note(key, v)
		}
		wantKey = !wantKey
	}
}
