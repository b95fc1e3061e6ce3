package chart

import (
	"bytes"
	"strings"

	"github.com/ccicheck/ccicheck/internal/yamldoc"
)

// fastYAML reports whether it is certain that data is a YAML document that
// yaml/v3 parses without error, that holds no anchors, aliases or tags, and
// whose collections nest at most maxDepth deep as shape counts them. It
// allocates nothing. It knows only a block-style subset of YAML, the one most
// values.yaml files are written in; for anything outside it, or when in any
// doubt, it returns false and the caller parses data with yaml/v3, which
// decides. So fastYAML never accepts what yaml/v3 rejects, and never rejects
// anything itself.
//
// The subset, line by line (lines end with "\n" only; no tabs, no CR):
//   - blank lines and comment lines, at any indentation;
//   - at most one "---" document start, before any content;
//   - "key:" or "key: value" entries of block mappings, and "- value" or
//     "- key:" / "- key: value" items of block sequences (including
//     sequences at their parent key's indentation), where a key is a plain
//     ASCII word ([A-Za-z0-9_] then also . - /, at most 128 bytes);
//   - a value is a one-line plain scalar, a one-line single- or
//     double-quoted scalar, or an empty "{}" or "[]", and perhaps a comment.
//
// Text may be UTF-8 that yaml/v3 reads as printable characters (not U+0085,
// U+2028, U+2029, U+FEFF, U+FFFE or U+FFFF). Duplicate keys are accepted,
// as yaml/v3 accepts them when it parses into a yaml.Node.
func fastYAML(data []byte, maxDepth int) bool {
	_, ok := fastScan(data, maxDepth)
	return ok
}

// fastStack is how deep fastScan follows collections; deeper documents are
// left to yaml/v3 (which allows far more).
const fastStack = 128

// A fastScanner tracks the open block collections of a document, by the
// column of their entries.
type fastScanner struct {
	stack    [fastStack]fastLevel
	n        int // open collections
	depth    int // deepest nesting seen, counting empty {} and []
	open     int // column of the mapping whose last key has no value yet, or -1
	scalarAt int // lines indented deeper than this would continue a scalar, or -1
}

// A fastLevel is one open block collection.
type fastLevel struct {
	col int
	seq bool
}

// fastScan is fastYAML, also returning the nesting depth of the document
// (0 for an empty one) when it is sure.
func fastScan(data []byte, maxDepth int) (depth int, ok bool) {
	var s fastScanner
	s.open, s.scalarAt = -1, -1
	started := false // content or a document start was seen
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		col := 0
		for col < len(line) && line[col] == ' ' {
			col++
		}
		rest := line[col:]
		switch {
		case len(rest) == 0:
			continue
		case rest[0] == '#':
			if !yamldoc.Text(rest) {
				return 0, false
			}
			continue
		case col == 0 && len(rest) >= 3 && rest[0] == '-' && rest[1] == '-' && rest[2] == '-':
			// "---" starts a document; anything else starting so is left to yaml/v3.
			if started || !yamldoc.Trailer(rest[3:]) {
				return 0, false
			}
			started = true
			continue
		}
		started = true
		if !s.line(col, rest) || s.depth > maxDepth {
			return 0, false
		}
	}
	return s.depth, true
}

// line checks one content line, rest, at column col.
func (s *fastScanner) line(col int, rest []byte) bool {
	seq := rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ')
	if s.scalarAt >= 0 && col > s.scalarAt {
		return false // would continue a multi-line scalar
	}
	if !s.place(col, seq) {
		return false
	}
	s.open, s.scalarAt = -1, -1
	if seq {
		return s.item(col, rest)
	}
	k := fastKey(rest)
	if k == 0 {
		return false
	}
	return s.value(rest[k+1:], col)
}

// place finds the open collection a line at column col belongs to, or opens
// it: a mapping, or a sequence when seq.
func (s *fastScanner) place(col int, seq bool) bool {
	if s.n == 0 || s.open >= 0 && (col > s.open || col == s.open && seq) {
		// The first collection, or the value of the open key: nested
		// deeper, or a sequence at the key's own column.
		return s.push(col, seq)
	}
	for s.n > 0 && s.stack[s.n-1].col > col {
		s.n--
	}
	// A sequence at its parent key's column ends at the next key.
	if !seq && s.n >= 2 && s.stack[s.n-1].seq && s.stack[s.n-1].col == col && s.stack[s.n-2].col == col {
		s.n--
	}
	return s.n > 0 && s.stack[s.n-1].col == col && s.stack[s.n-1].seq == seq
}

// push opens a collection at column col.
func (s *fastScanner) push(col int, seq bool) bool {
	if s.n == fastStack {
		return false
	}
	s.stack[s.n] = fastLevel{col, seq}
	s.n++
	s.depth = max(s.depth, s.n)
	return true
}

// item checks a sequence item "- ..." at column col: a scalar, or the first
// entry of a mapping.
func (s *fastScanner) item(col int, rest []byte) bool {
	i := 1
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	rest = rest[i:]
	if len(rest) == 0 || rest[0] == '#' || rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ') {
		return false // an empty item, or a sequence in a sequence
	}
	if k := fastKey(rest); k > 0 {
		if !s.push(col+i, false) {
			return false
		}
		return s.value(rest[k+1:], col+i)
	}
	s.scalarAt = col
	return s.scalar(rest)
}

// value checks what follows "key:" in a mapping at column col: nothing (the
// value follows on the next lines, or is null), or a scalar.
func (s *fastScanner) value(v []byte, col int) bool {
	i := 0
	for i < len(v) && v[i] == ' ' {
		i++
	}
	if i == len(v) || v[i] == '#' {
		// fastKey saw a space before any comment.
		s.open = col
		return yamldoc.Text(v[i:])
	}
	s.scalarAt = col
	return s.scalar(v[i:])
}

// scalar checks a value that starts with v[0], a non-space, and runs to the
// end of the line: a one-line scalar or an empty flow collection, and then
// perhaps a comment.
func (s *fastScanner) scalar(v []byte) bool {
	switch v[0] {
	case '\'':
		return fastSingle(v)
	case '"':
		return fastDouble(v)
	case '{', '[':
		if len(v) < 2 || v[1] != v[0]+2 { // "{}" or "[]"
			return false
		}
		s.depth = max(s.depth, s.n+1)
		return yamldoc.Trailer(v[2:])
	}
	return fastPlain(v)
}

// fastKey returns the length of the simple key that rest starts with, when
// it is followed by ":" and then a space or the end of the line, or else 0.
func fastKey(rest []byte) int {
	for i, c := range rest {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case i > 0 && (c == '.' || c == '-' || c == '/'):
		case i > 0 && c == ':' && (i+1 == len(rest) || rest[i+1] == ' '):
			return i
		default:
			return 0
		}
		if i == 128 {
			return 0
		}
	}
	return 0
}

// fastPlain checks a one-line plain scalar and an optional comment after it.
func fastPlain(v []byte) bool {
	c := v[0]
	switch {
	case c == '-':
		// "-1", "-x": never "- " (an item) or "-" alone.
		if len(v) < 2 || !yamldoc.WordByte(v[1]) && v[1] != '.' {
			return false
		}
	case c < 0x80 && !yamldoc.WordByte(c) && strings.IndexByte("$()+./;<=\\^_~", c) < 0:
		return false
	}
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == ' ' && i+1 < len(v) && v[i+1] == '#':
			return yamldoc.Text(v[i+1:])
		case c == ':' && (i+1 == len(v) || v[i+1] == ' '):
			return false // "a: b: c"
		case c >= 0x80:
			n := yamldoc.Rune(v[i:])
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

// fastSingle checks a one-line single-quoted scalar (two quotes make one) and
// what follows it.
func fastSingle(v []byte) bool {
	for i := 1; i < len(v); {
		c := v[i]
		switch {
		case c == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i += 2
			continue
		case c == '\'':
			return yamldoc.Trailer(v[i+1:])
		case c >= 0x80:
			n := yamldoc.Rune(v[i:])
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
	return false // not closed on this line
}

// fastDouble checks a one-line double-quoted scalar and what follows it.
func fastDouble(v []byte) bool {
	for i := 1; i < len(v); {
		c := v[i]
		switch {
		case c == '"':
			return yamldoc.Trailer(v[i+1:])
		case c == '\\':
			n, _ := yamldoc.Escape(v[i:])
			if n == 0 {
				return false
			}
			i += n
			continue
		case c >= 0x80:
			n := yamldoc.Rune(v[i:])
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
	return false // not closed on this line
}
