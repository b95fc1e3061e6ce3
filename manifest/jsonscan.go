package manifest

import (
	"encoding/json"

	yaml "go.yaml.in/yaml/v3"
)

// A jsonScanner turns a JSON text that json.Valid accepted into a yaml.Node tree
// with the line and column of every value, so that JSON manifests get the same
// positions, kind and keys as YAML ones. It trusts the grammar: the input is valid.
type jsonScanner struct {
	data            []byte
	i               int
	line, col       int
	maxDepth        int
	errLine, errCol int
}

// value scans the value at the current position, at nesting depth depth. It
// returns nil when nesting exceeds the limit, with errLine and errCol set.
func (s *jsonScanner) value(depth int) *yaml.Node {
	s.space()
	n := &yaml.Node{Line: s.line, Column: s.col}
	if s.i >= len(s.data) {
		n.Kind, n.Tag = yaml.ScalarNode, "!!null"
		return n
	}
	switch c := s.data[s.i]; c {
	case '{', '[':
		if depth > s.maxDepth {
			s.errLine, s.errCol = s.line, s.col
			return nil
		}
		return s.collection(n, c, depth)
	case '"':
		n.Kind, n.Tag, n.Style, n.Value = yaml.ScalarNode, "!!str", yaml.DoubleQuotedStyle, s.str()
	default:
		start := s.i
		for s.i < len(s.data) && !isDelim(s.data[s.i]) {
			s.adv()
		}
		n.Kind, n.Value = yaml.ScalarNode, string(s.data[start:s.i])
	}
	return n
}

func isDelim(b byte) bool {
	switch b {
	case ',', ']', '}', ':', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

// collection scans an object or array opened by c.
func (s *jsonScanner) collection(n *yaml.Node, c byte, depth int) *yaml.Node {
	n.Kind, n.Tag, n.Style = yaml.SequenceNode, "!!seq", yaml.FlowStyle
	closing := byte(']')
	if c == '{' {
		n.Kind, n.Tag, closing = yaml.MappingNode, "!!map", '}'
	}
	s.adv()
	for {
		s.space()
		if s.i >= len(s.data) {
			return n
		}
		switch s.data[s.i] {
		case closing:
			s.adv()
			return n
		case ',':
			s.adv()
			continue
		}
		if c == '{' {
			k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Line: s.line, Column: s.col}
			k.Value = s.str()
			s.space()
			if s.i < len(s.data) && s.data[s.i] == ':' {
				s.adv()
			}
			n.Content = append(n.Content, k)
		}
		v := s.value(depth + 1)
		if v == nil {
			return nil
		}
		n.Content = append(n.Content, v)
	}
}

// str scans a string and returns its value as encoding/json decodes it.
func (s *jsonScanner) str() string {
	start := s.i
	s.adv()
	escaped := false
	for s.i < len(s.data) {
		b := s.data[s.i]
		s.adv()
		if b == '\\' {
			escaped = true
			if s.i < len(s.data) {
				s.adv()
			}
			continue
		}
		if b == '"' {
			break
		}
	}
	raw := s.data[start:s.i]
	if !escaped && len(raw) >= 2 {
		return string(raw[1 : len(raw)-1])
	}
	var v string
	if json.Unmarshal(raw, &v) != nil {
		return string(raw)
	}
	return v
}

// space skips white space.
func (s *jsonScanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\r', '\n':
			s.adv()
		default:
			return
		}
	}
}

// adv moves past one byte, keeping line and column (in characters).
func (s *jsonScanner) adv() {
	b := s.data[s.i]
	s.i++
	switch {
	case b == '\n':
		s.line, s.col = s.line+1, 1
	case b&0xC0 != 0x80:
		s.col++
	}
}
