package manifest

import (
	"strings"
	"unicode/utf8"

	"github.com/ccicheck/ccicheck/internal/yamldoc"
)

// value reads the value of node that starts at byte i of the current line: a
// one-line scalar, or a flow collection at nesting depth depth; inFlow says the
// value is inside a flow collection. It writes the JSON and returns where the
// value ends and, for a scalar, its span.
func (p *fastParser) value(node int32, i int, depth int, inFlow bool) (int, fastSpan, bool) {
	nd := &p.nodes[node]
	nd.line, nd.col = int32(p.lineNo), int32(p.column(i))
	t := p.text
	switch t[i] {
	case '[', '{':
		end, ok := p.flow(node, i, depth)
		return end, fastSpan{}, ok
	case '\'':
		end, ok := fastSingle(t, i)
		if !ok {
			return 0, fastSpan{}, false
		}
		sp := fastSpan{start: p.lineOff + i + 1, end: p.lineOff + end - 1, style: '\'', set: true}
		p.tmp = appendSingle(p.tmp[:0], t[i+1:end-1])
		p.buf = appendString(p.buf, p.tmp)
		return end, sp, true
	case '"':
		end, ok := fastDouble(t, i)
		if !ok {
			return 0, fastSpan{}, false
		}
		sp := fastSpan{start: p.lineOff + i + 1, end: p.lineOff + end - 1, style: '"', set: true}
		p.tmp = appendDouble(p.tmp[:0], t[i+1:end-1])
		p.buf = appendString(p.buf, p.tmp)
		return end, sp, true
	}
	end, trimmed, ok := fastPlain(t, i, inFlow)
	if !ok || !p.plain(t[i:trimmed], p.str[p.lineOff+i:p.lineOff+trimmed]) {
		return 0, fastSpan{}, false
	}
	return end, fastSpan{start: p.lineOff + i, end: p.lineOff + trimmed, set: true}, true
}

// plain writes the JSON of the plain scalar b (s as a string), resolved under
// the core schema as resolvePlain does; false when resolvePlain finds it an
// error.
func (p *fastParser) plain(b []byte, s string) bool {
	if strings.IndexByte("~nNtTfF.+-0123456789", s[0]) < 0 {
		// Not null, a boolean or a number: a string.
		p.buf = appendString(p.buf, b)
		return true
	}
	switch r := resolvePlain(s); r.kind {
	case kindError:
		return false
	case kindString:
		p.buf = appendString(p.buf, b)
	default:
		p.buf = append(p.buf, r.text...)
	}
	return true
}

// flow reads the flow collection that starts at byte i of the current line
// and ends on it, at nesting depth depth, and returns where it ends.
func (p *fastParser) flow(node int32, i int, depth int) (int, bool) {
	if depth > p.maxDepth {
		return 0, false
	}
	t := p.text
	isMap, closer := t[i] == '{', t[i]+2 // '}' or ']'
	p.nodes[node].kind = fastSeq
	if isMap {
		p.nodes[node].kind = fastMap
	}
	p.buf = append(p.buf, t[i])
	i = skipSpaces(t, i+1)
	if i < len(t) && t[i] == closer {
		p.buf = append(p.buf, closer)
		return i + 1, true
	}
	for {
		var child int32
		if isMap {
			k, quoted := fastKeyLen(t[i:])
			if k == 0 || i+k+1 >= len(t) || t[i+k+1] != ' ' || p.nodes[node].n >= 32 {
				return 0, false
			}
			ks, ke := i, i+k
			if quoted {
				ks, ke = ks+1, ke-1
			}
			var ok bool
			if child, ok = p.key(node, ks, ke, quoted); !ok {
				return 0, false
			}
			i = skipSpaces(t, i+k+1)
		} else {
			child = p.child(node)
		}
		if i >= len(t) {
			return 0, false
		}
		end, _, ok := p.value(child, i, depth+1, true)
		if !ok {
			return 0, false
		}
		i = skipSpaces(t, end)
		switch {
		case i < len(t) && t[i] == closer:
			p.buf = append(p.buf, closer)
			return i + 1, true
		case i < len(t) && t[i] == ',':
			i = skipSpaces(t, i+1)
			if i >= len(t) || t[i] == closer || t[i] == ',' {
				return 0, false
			}
		default:
			return 0, false
		}
	}
}

func skipSpaces(t []byte, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// fastKeyLen returns the length of the key that rest starts with, up to its
// colon, when it is followed by ":" and then a space or the end of the line,
// or else 0; quoted says the key is quoted (and its length counts the quotes).
// A key is a plain word ([A-Za-z0-9_], then also . - /) or a single- or
// double-quoted string without escapes, of at most 128 bytes.
func fastKeyLen(rest []byte) (n int, quoted bool) {
	if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		for i := 1; i < len(rest) && i <= 130; {
			c := rest[i]
			switch {
			case c == q:
				if i+1 < len(rest) && rest[i+1] == ':' && (i+2 == len(rest) || rest[i+2] == ' ') {
					return i + 1, true
				}
				return 0, false
			case c == '\\' && q == '"', c < 0x20, c == 0x7f:
				return 0, false
			case c >= 0x80:
				n := yamldoc.Rune(rest[i:])
				if n == 0 {
					return 0, false
				}
				i += n
				continue
			}
			i++
		}
		return 0, false
	}
	for i, c := range rest {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case i > 0 && (c == '.' || c == '-' || c == '/'):
		case i > 0 && c == ':' && (i+1 == len(rest) || rest[i+1] == ' '):
			return i, false
		default:
			return 0, false
		}
		if i == 128 {
			return 0, false
		}
	}
	return 0, false
}

// fastStringKey reports whether the plain key is one the core schema reads as
// a string: no null, boolean or number.
func fastStringKey(key string) bool {
	if len(key) == 0 || strings.IndexByte("~nNtTfF.+-0123456789", key[0]) < 0 {
		return true
	}
	return resolvePlain(key).kind == kindString
}

// fastPlain checks the one-line plain scalar that starts at byte i of t and
// returns where it ends (before a comment, or in flow context before ',', ']'
// or '}') and where its text ends, trailing spaces trimmed.
func fastPlain(t []byte, i int, flow bool) (end, trimmed int, ok bool) {
	c := t[i]
	switch {
	case c == '-':
		// "-1", "-x": never "- " (an item) or "-" alone.
		if i+1 >= len(t) || !yamldoc.WordByte(t[i+1]) && t[i+1] != '.' {
			return 0, 0, false
		}
	case c < 0x80 && !yamldoc.WordByte(c) && strings.IndexByte("$()+./;<=\\^_~", c) < 0:
		return 0, 0, false
	}
	trimmed = i
	for j := i; j < len(t); {
		c := t[j]
		switch {
		case c == ' ':
			if j+1 < len(t) && t[j+1] == '#' {
				return j, trimmed, !flow && yamldoc.Text(t[j+1:])
			}
			j++
			continue
		case c == ':' && (flow || j+1 == len(t) || t[j+1] == ' '):
			return 0, 0, false // "a: b: c"
		case flow && (c == ',' || c == ']' || c == '}'):
			return j, trimmed, true
		case flow && (c == '[' || c == '{' || c == '#' || c == '?'):
			return 0, 0, false
		case c >= 0x80:
			n := yamldoc.Rune(t[j:])
			if n == 0 {
				return 0, 0, false
			}
			j += n
			trimmed = j
			continue
		case c < 0x20 || c == 0x7f:
			return 0, 0, false
		}
		j++
		trimmed = j
	}
	return len(t), trimmed, !flow
}

// fastSingle checks the one-line single-quoted scalar that starts at byte i of
// t (two quotes make one) and returns where it ends, after the closing quote.
func fastSingle(t []byte, i int) (int, bool) {
	for j := i + 1; j < len(t); {
		c := t[j]
		switch {
		case c == '\'' && j+1 < len(t) && t[j+1] == '\'':
			j += 2
			continue
		case c == '\'':
			return j + 1, true
		case c >= 0x80:
			n := yamldoc.Rune(t[j:])
			if n == 0 {
				return 0, false
			}
			j += n
			continue
		case c < 0x20 || c == 0x7f:
			return 0, false
		}
		j++
	}
	return 0, false // not closed on this line
}

// fastDouble checks the one-line double-quoted scalar that starts at byte i of
// t and returns where it ends, after the closing quote.
func fastDouble(t []byte, i int) (int, bool) {
	for j := i + 1; j < len(t); {
		c := t[j]
		switch {
		case c == '"':
			return j + 1, true
		case c == '\\':
			n, _ := yamldoc.Escape(t[j:])
			if n == 0 {
				return 0, false
			}
			j += n
			continue
		case c >= 0x80:
			n := yamldoc.Rune(t[j:])
			if n == 0 {
				return 0, false
			}
			j += n
			continue
		case c < 0x20 || c == 0x7f:
			return 0, false
		}
		j++
	}
	return 0, false // not closed on this line
}

// appendSingle appends the value of a single-quoted scalar's text s.
func appendSingle(dst, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, s[i])
		if s[i] == '\'' {
			i++ // the second quote of a pair
		}
	}
	return dst
}

// appendDouble appends the value of a double-quoted scalar's text s, which
// fastDouble checked.
func appendDouble(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			dst = append(dst, s[i])
			i++
			continue
		}
		n, r := yamldoc.Escape(s[i:])
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
		i += n
	}
	return dst
}
