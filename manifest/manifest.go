package manifest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// Default limits of [Decode]; the options change them.
const (
	// DefaultDocumentLimit is the default size limit of one document: 1 MiB, the
	// default size limit of a JSON request body.
	DefaultDocumentLimit = 1 << 20
	// DefaultInputLimit is the default size limit of a whole input: 4 MiB, room
	// for four documents of the largest size. Parsing YAML costs about 130 bytes
	// of allocation per byte of input, so the limit also bounds the work.
	DefaultInputLimit = 4 << 20
	// DefaultMaxDepth is the default nesting limit of a document: 10,000 nested
	// mappings and sequences, encoding/json's own limit.
	DefaultMaxDepth = 10000
)

// ErrInputTooLarge is returned, wrapped, by [Decode], [DecodeReader] and [Check] for
// an input larger than the input limit.
var ErrInputTooLarge = errors.New("manifest: input larger than the limit")

// A Document is one document of a manifest and the request body it stands for.
type Document struct {
	// Index is the document's 0-based position among the documents of the file;
	// empty documents are not counted.
	Index int
	// Line and Column are where the document starts, 1-based.
	Line, Column int
	// JSON is the JSON a client would send for the document; nil when Err is set.
	JSON []byte
	// Kind and APIVersion are the top-level kind and apiVersion scalars as
	// written, "" when absent or not scalars. They are read even when Err is set,
	// as long as the document could be parsed.
	Kind, APIVersion string
	// Keys are the top-level mapping keys in the order of the JSON (a repeated
	// key once, where it last appears); nil when the document is not a mapping.
	Keys []string
	// Err says why the document is not a valid request body: YAML syntax, an
	// anchor or alias, too large, too deep, a value JSON cannot hold. It is ""
	// when the document is fine.
	Err string
	// ErrLine and ErrColumn are where the problem of Err is, 1-based; 0 when not
	// known.
	ErrLine, ErrColumn int

	index []entry // positions of values, see position.go
}

// An Option changes a limit of [Decode], [DecodeReader] or [Check].
type Option func(*options)

type options struct {
	docLimit   int64
	inputLimit int64
	maxDepth   int
}

// WithDocumentLimit sets the size limit of one document in bytes (default
// [DefaultDocumentLimit]); n <= 0 restores the default.
func WithDocumentLimit(n int64) Option {
	return func(o *options) { o.docLimit = n }
}

// WithInputLimit sets the size limit of the whole input in bytes (default
// [DefaultInputLimit]); n <= 0 restores the default.
func WithInputLimit(n int64) Option {
	return func(o *options) { o.inputLimit = n }
}

// WithMaxDepth sets how deeply mappings and sequences may nest (default
// [DefaultMaxDepth]); n <= 0 restores the default.
func WithMaxDepth(n int) Option {
	return func(o *options) { o.maxDepth = n }
}

func newOptions(opts []Option) options {
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if o.docLimit <= 0 {
		o.docLimit = DefaultDocumentLimit
	}
	if o.inputLimit <= 0 {
		o.inputLimit = DefaultInputLimit
	}
	if o.maxDepth <= 0 {
		o.maxDepth = DefaultMaxDepth
	}
	return o
}

// Decode splits data, a YAML or JSON manifest, into its documents and converts each
// to the JSON a client would send. Problems of one document are in its Err; the
// error is only for the whole input: larger than the input limit
// ([ErrInputTooLarge]). Empty input and comment-only input give no documents.
func Decode(data []byte, opts ...Option) ([]Document, error) {
	o := newOptions(opts)
	return decode(data, &o)
}

// DecodeReader reads a manifest from r, at most the input limit plus one byte, and
// decodes it as [Decode] does. It returns the reader's error, or [ErrInputTooLarge]
// when r holds more than the limit.
func DecodeReader(r io.Reader, opts ...Option) ([]Document, error) {
	o := newOptions(opts)
	data, err := io.ReadAll(io.LimitReader(r, o.inputLimit+1))
	if err != nil {
		return nil, err
	}
	return decode(data, &o)
}

func decode(data []byte, o *options) ([]Document, error) {
	if int64(len(data)) > o.inputLimit {
		return nil, tooLarge(len(data), o.inputLimit)
	}
	if doc, ok := decodeJSON(data, o); ok {
		return []Document{doc}, nil
	}
	var docs []Document
	for _, c := range split(data) {
		if doc, ok := fastDocument(len(docs), c, o); ok {
			docs = append(docs, doc)
			continue
		}
		docs = decodeChunk(docs, c, o)
	}
	return docs, nil
}

func tooLarge(n int, limit int64) error {
	return &inputError{"input is " + strconv.Itoa(n) + " bytes, larger than the limit of " + strconv.FormatInt(limit, 10)}
}

type inputError struct{ msg string }

func (e *inputError) Error() string { return "manifest: " + e.msg }
func (e *inputError) Unwrap() error { return ErrInputTooLarge }

// decodeJSON takes data as one JSON document when it is a single valid JSON object
// or array no larger than the document limit.
func decodeJSON(data []byte, o *options) (Document, bool) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || (trimmed[0] != '{' && trimmed[0] != '[') {
		return Document{}, false
	}
	if int64(len(trimmed)) > o.docLimit || !json.Valid(trimmed) {
		return Document{}, false
	}
	start := len(data) - len(bytes.TrimLeft(data, " \t\r\n"))
	line, col := lineCol(data, start)
	doc := Document{Line: line, Column: col}
	s := jsonScanner{data: trimmed, line: line, col: col, maxDepth: o.maxDepth}
	root := s.value(1)
	if root == nil {
		doc.Err = "nesting deeper than " + strconv.Itoa(o.maxDepth) + " levels"
		doc.ErrLine, doc.ErrColumn = s.errLine, s.errCol
		return doc, true
	}
	doc.JSON = bytes.Clone(trimmed)
	describe(&doc, root)
	doc.index = buildIndex(root, 0)
	return doc, true
}

// lineCol returns the 1-based line and column (in characters) of byte offset off.
func lineCol(data []byte, off int) (line, col int) {
	line, col = 1, 1
	for _, b := range data[:off] {
		switch {
		case b == '\n':
			line, col = line+1, 1
		case b&0xC0 != 0x80:
			col++
		}
	}
	return line, col
}
