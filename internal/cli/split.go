package cli

import (
	"bufio"
	"bytes"
	"io"

	"github.com/ccicheck/ccicheck/internal/yamldoc"
)

// A chunk is the text of one document of a manifest (sometimes more, when a
// YAML document ends with "..." and the next has no "---"), cut from the input
// as it streams by, so that no more than the document limit of any document is
// held in memory, however large the file.
type chunk struct {
	data     []byte // the text; nil when oversize
	line     int    // 1-based line of data[0] in the file
	col      int    // 1-based byte column of data[0] in its line
	size     int64  // the whole text's size in bytes
	oversize bool   // size is larger than the document limit
	shape    shape  // for an oversize chunk: its shape, read as it streamed by
}

// A splitter yields the chunks of a manifest in order, then io.EOF.
type splitter interface {
	next() (chunk, error)
}

// newSplitter returns a splitter for r: JSON values one after another when the
// input starts (after white space) with '{' or '[', YAML documents otherwise.
func newSplitter(r *bufio.Reader, limit int64) splitter {
	buf, _ := r.Peek(r.Size())
	trimmed := bytes.TrimLeft(buf, " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return &jsonSplitter{r: r, limit: limit, line: 1, col: 1}
	}
	return &yamlSplitter{r: r, limit: limit, line: 1, atStart: true}
}

// add appends frag to c while c is within limit; past it, c becomes oversize,
// its text is dropped and its shape is read from the text held so far and from
// each later line start (start says frag begins a line).
func (c *chunk) add(frag []byte, start bool, limit int64) {
	c.size += int64(len(frag))
	switch {
	case !c.oversize && c.size <= limit:
		c.data = append(c.data, frag...)
	case !c.oversize:
		c.oversize = true
		c.shape = rawShape(c.data)
		c.data = nil
		if start {
			c.shape.scanLine(frag)
		}
	case start:
		c.shape.scanLine(frag)
	}
}

// A yamlSplitter cuts YAML before every "---" line that follows content, as
// package manifest does, reading line by line (long lines in pieces).
type yamlSplitter struct {
	r           *bufio.Reader
	limit       int64
	line        int    // the line being read
	atStart     bool   // the next byte starts a line
	pending     []byte // a marker line that starts the next chunk
	pendingLine int
	done        bool
	buf         []byte // the previous chunk's text, reused: a chunk is done with when next is called
}

func (s *yamlSplitter) next() (chunk, error) {
	if s.done {
		return chunk{}, io.EOF
	}
	c := chunk{line: s.line, col: 1, data: s.buf[:0]}
	defer func() { s.buf = c.data }()
	content := false
	if s.pending != nil {
		c.line = s.pendingLine
		c.add(s.pending, true, s.limit)
		content = yamldoc.HasContent(s.pending)
		s.pending = nil
	}
	for {
		frag, err := s.r.ReadSlice('\n')
		if len(frag) > 0 {
			start := s.atStart
			s.atStart = frag[len(frag)-1] == '\n'
			if start && content && yamldoc.IsMarker(frag) {
				s.pending, s.pendingLine = append([]byte(nil), frag...), s.line
				if s.atStart {
					s.line++
				}
				return c, nil
			}
			if start && !content {
				content = yamldoc.HasContent(frag)
			}
			c.add(frag, start, s.limit)
			if s.atStart {
				s.line++
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
		case err == io.EOF:
			s.done = true
			if c.size == 0 {
				return c, io.EOF
			}
			return c, nil
		case err != nil:
			return c, err
		}
	}
}

// A jsonSplitter cuts a stream of JSON values (objects and arrays, balanced by
// their brackets outside strings); anything between them that is not white
// space is a chunk of its own, which will not decode as a request.
type jsonSplitter struct {
	r         *bufio.Reader
	limit     int64
	line, col int // the position of the next byte
}

func (s *jsonSplitter) next() (chunk, error) {
	b, err := s.skipSpace()
	if err != nil {
		return chunk{}, err
	}
	c := chunk{line: s.line, col: s.col}
	s.take(&c, b)
	switch b {
	case '{', '[':
		err = s.collection(&c)
	case '"':
		err = s.str(&c)
	default:
		err = s.scalar(&c)
	}
	if c.oversize {
		c.shape, c.data = rawShape(c.data), nil
	}
	if err == io.EOF {
		err = nil
	}
	return c, err
}

// take adds b to the chunk, keeping the position; an oversize chunk keeps the
// first limit bytes for its shape.
func (s *jsonSplitter) take(c *chunk, b byte) {
	if b == '\n' {
		s.line, s.col = s.line+1, 1
	} else {
		s.col++
	}
	c.size++
	if c.size <= s.limit {
		c.data = append(c.data, b)
	} else {
		c.oversize = true
	}
}

func (s *jsonSplitter) skipSpace() (byte, error) {
	for {
		b, err := s.r.ReadByte()
		if err != nil {
			return 0, err
		}
		if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
			return b, nil
		}
		if b == '\n' {
			s.line, s.col = s.line+1, 1
		} else {
			s.col++
		}
	}
}

// collection reads up to the bracket that closes the one taken.
func (s *jsonSplitter) collection(c *chunk) error {
	depth, inString, escape := 1, false, false
	for depth > 0 {
		b, err := s.r.ReadByte()
		if err != nil {
			return err
		}
		s.take(c, b)
		switch {
		case inString && escape:
			escape = false
		case inString && b == '\\':
			escape = true
		case inString:
			inString = b != '"'
		case b == '"':
			inString = true
		case b == '{' || b == '[':
			depth++
		case b == '}' || b == ']':
			depth--
		}
	}
	return nil
}

// str reads up to the quote that ends the string taken.
func (s *jsonSplitter) str(c *chunk) error {
	for escape := false; ; {
		b, err := s.r.ReadByte()
		if err != nil {
			return err
		}
		s.take(c, b)
		switch {
		case escape:
			escape = false
		case b == '\\':
			escape = true
		case b == '"':
			return nil
		}
	}
}

// scalar reads up to white space or the start of the next collection.
func (s *jsonSplitter) scalar(c *chunk) error {
	for {
		b, err := s.r.ReadByte()
		if err != nil {
			return err
		}
		if b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '{' || b == '[' {
			return s.r.UnreadByte()
		}
		s.take(c, b)
	}
}
