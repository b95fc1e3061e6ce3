package manifest

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/ccicheck/ccicheck/internal/yamldoc"
)

// A chunk is the text of one or more YAML documents, cut from the input at
// document markers, and the 1-based line it starts on.
type chunk struct {
	data []byte
	line int
}

// split cuts data before every "---" marker at the start of a line. YAML forbids
// such a line inside any scalar (c-forbidden), so the cuts never fall inside a
// document, and each chunk is parsed on its own: a syntax error spoils one chunk,
// not the rest of the file, and the document limit is enforced before parsing. A
// chunk without content (comments, blank lines, directives) is kept with the next.
func split(data []byte) []chunk {
	var chunks []chunk
	start, startLine, content := 0, 1, false
	for off, line := 0, 1; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		next := len(data)
		if end >= 0 {
			next = off + end + 1
		}
		text := data[off:next]
		if yamldoc.IsMarker(text) && off > start && content {
			chunks = append(chunks, chunk{data[start:off], startLine})
			start, startLine, content = off, line, false
		}
		if !content && yamldoc.HasContent(text) {
			content = true
		}
		off = next
	}
	if start < len(data) {
		chunks = append(chunks, chunk{data[start:], startLine})
	}
	return chunks
}

// decodeChunk appends the documents of c to docs.
func decodeChunk(docs []Document, c chunk, o *options) []Document {
	if int64(len(c.data)) > o.docLimit {
		return append(docs, Document{
			Index: len(docs), Line: c.line, Column: 1, ErrLine: c.line, ErrColumn: 1,
			Err: "document is " + strconv.Itoa(len(c.data)) + " bytes, larger than the limit of " + strconv.FormatInt(o.docLimit, 10),
		})
	}
	dec := yaml.NewDecoder(bytes.NewReader(c.data))
	off := c.line - 1
	for {
		var n yaml.Node
		err := decodeNode(dec, &n)
		if err == io.EOF {
			return docs
		}
		if err != nil {
			return append(docs, syntaxDocument(len(docs), c, err))
		}
		if isEmpty(&n) {
			continue
		}
		docs = append(docs, convertDocument(len(docs), &n, off, o))
	}
}

// decodeNode parses the next document, turning a panic of the parser into an error
// so that no input makes Decode panic.
func decodeNode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: parser failure: %v", r)
		}
	}()
	return dec.Decode(n)
}

// isEmpty reports whether n is an empty document ("---" and nothing else).
func isEmpty(n *yaml.Node) bool {
	if n.Kind != yaml.DocumentNode || len(n.Content) == 0 {
		return true
	}
	r := n.Content[0]
	return r.Kind == yaml.ScalarNode && r.Value == "" && r.Style == 0 && r.Tag == "!!null" && r.Anchor == ""
}

// syntaxDocument describes a chunk the YAML parser refused.
func syntaxDocument(index int, c chunk, err error) Document {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	doc := Document{Index: index, Line: c.line, Column: 1, ErrLine: c.line, ErrColumn: 1}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(num); err == nil && l > 0 {
				doc.ErrLine, doc.ErrColumn, msg = c.line-1+l, 0, tail
			}
		}
	}
	doc.Err = "invalid YAML: " + msg
	return doc
}
