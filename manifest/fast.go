package manifest

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"github.com/ccicheck/ccicheck/internal/yamldoc"
)

// The fast path. Most request manifests are written in a small block subset of
// YAML, and parsing them with yaml/v3 into a node tree costs far more than
// the check that follows. fastDocument reads that subset with a byte scanner and
// writes the Document directly; for anything outside it, or in any doubt, it
// says so and the chunk goes to the yaml/v3 path, which decides. It accepts
// only documents the yaml/v3 path converts without error, and gives exactly
// the Document that path gives (a differential test and fuzz target check it).
//
// The subset, line by line (lines end with "\n" only; no tabs, no CR):
//   - blank lines and comment lines, at any indentation;
//   - "---" document starts (with perhaps a comment) before any content;
//     no "..." and no directives;
//   - "key:" and "key: value" entries of block mappings, and "-", "- value",
//     "- key:" and "- key: value" items of block sequences (a sequence may
//     sit at its parent key's column), where a key is a plain word
//     ([A-Za-z0-9_] then also . - /) or a quoted string without escapes, at
//     most 128 bytes, that the core schema reads as a string;
//   - a value is a one-line plain scalar, a one-line single- or
//     double-quoted scalar, or a one-line flow sequence or mapping of such
//     scalars ("[a, b]", "{cpu: 500m}", "{}"), then perhaps a comment.
//
// It gives up on duplicate keys, on scalars the converter refuses (.inf,
// oversized hex), on sequences in sequences on one line ("- - a"), on nesting deeper than the depth
// limit or 128 levels, and on UTF-8 that yaml/v3 might not read as printable.

// fastStack is how deeply the fast path follows collections.
const fastStack = 128

// A fastNode is a value of the document being read: the tree the position index
// is built from. Children are a linked list, first to last.
type fastNode struct {
	keyOff, keyEnd    int32 // the mapping key, src[keyOff:keyEnd]
	line, col         int32 // 1-based, col in characters
	first, last, next int32 // children and sibling; -1 for none
	n                 int32 // children
	kind              uint8
}

const (
	fastScalar uint8 = iota
	fastMap
	fastSeq
)

// A fastLevel is an open block collection: the column of its entries.
type fastLevel struct {
	col  int
	seq  bool
	node int32
}

// A fastSpan is a scalar as written: src[start:end], the text between the
// quotes for a quoted one.
type fastSpan struct {
	start, end int
	style      byte // 0 plain, '\'' or '"'
	set        bool
}

// A fastKey identifies a key of a large mapping in fastParser.seen.
type fastKey struct {
	parent int32
	key    string
}

// A fastParser holds the state of one fast read; parsers are pooled.
type fastParser struct {
	src      []byte
	str      string // src as a string
	maxDepth int
	nodes    []fastNode
	buf      []byte // the JSON
	tmp      []byte // scratch for quoted scalars
	queue    []int32
	seen     map[fastKey]struct{}
	stack    [fastStack]fastLevel
	n        int

	lineNo   int    // 1-based line in the chunk
	lineOff  int    // offset of the line in src
	text     []byte // the line
	ascii    bool   // the line is ASCII
	pending  bool   // the last key or item has no value yet
	pendItem bool   // it is an item
	pendCol  int    // column (0-based) of the pending key's mapping
	pendNode int32
	pendTop  int // the pending key is a top-level kind (1) or apiVersion (2)
	scalarAt int // a line indented deeper would continue a scalar; -1 for none

	kind, api       fastSpan
	docLine, docCol int
}

var fastPool = sync.Pool{New: func() any { return new(fastParser) }}

// fastDocument reads chunk c, whose lines are off lines into the file, with the
// fast path. It returns false when it is not sure, and the yaml/v3 path must
// read the chunk.
func fastDocument(index int, c chunk, o *options) (Document, bool) {
	if len(c.data) > 1<<30 || int64(len(c.data)) > o.docLimit {
		return Document{}, false
	}
	p := fastPool.Get().(*fastParser)
	defer p.release()
	return p.read(index, c, o)
}

// read is fastDocument with the parser p.
func (p *fastParser) read(index int, c chunk, o *options) (Document, bool) {
	*p = fastParser{
		src: c.data, maxDepth: min(o.maxDepth, fastStack),
		nodes: p.nodes[:0], buf: p.buf[:0], tmp: p.tmp[:0], queue: p.queue[:0], seen: p.seen,
		scalarAt: -1,
	}
	clear(p.seen)
	// One copy of the text: every key, kind and apiVersion of the Document is
	// a piece of it, and so is every scalar the resolver looks at.
	p.str = string(c.data)
	if !p.parse() {
		return Document{}, false
	}
	return p.document(index, c.line-1), true
}

// release returns p to the pool, holding on to no text.
func (p *fastParser) release() {
	p.src, p.str, p.text = nil, "", nil
	fastPool.Put(p)
}

// parse reads the whole chunk: one document of the subset.
func (p *fastParser) parse() bool {
	data := p.src
	for off, line := 0, 1; off < len(data); line++ {
		end := len(data)
		if i := bytes.IndexByte(data[off:], '\n'); i >= 0 {
			end = off + i
		}
		p.lineNo, p.lineOff, p.text = line, off, data[off:end]
		if !p.line() {
			return false
		}
		off = end + 1
	}
	if len(p.nodes) == 0 {
		return false // no content: rare, and yaml/v3 knows what to make of it
	}
	p.resolvePending()
	for p.n > 0 {
		p.close()
	}
	return true
}

// line reads the current line.
func (p *fastParser) line() bool {
	p.ascii = true
	for _, b := range p.text {
		if b == '\t' || b == '\r' {
			return false
		}
		if b >= 0x80 {
			p.ascii = false
		}
	}
	col := 0
	for col < len(p.text) && p.text[col] == ' ' {
		col++
	}
	rest := p.text[col:]
	switch {
	case len(rest) == 0:
		return true
	case rest[0] == '#':
		return yamldoc.Text(rest)
	case col == 0 && (rest[0] == '%' || bytes.HasPrefix(rest, []byte("..."))):
		return false
	case col == 0 && bytes.HasPrefix(rest, []byte("---")):
		if len(p.nodes) > 0 || !yamldoc.Trailer(rest[3:]) || len(rest) > 3 && rest[3] != ' ' {
			return false
		}
		p.docLine, p.docCol = p.lineNo, 1
		return true
	}
	return p.content(col, rest)
}

// content reads a line holding a mapping entry or a sequence item at column col.
func (p *fastParser) content(col int, rest []byte) bool {
	seq := rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ')
	if p.scalarAt >= 0 && col > p.scalarAt {
		return false // would continue a multi-line scalar
	}
	p.scalarAt = -1
	switch {
	case len(p.nodes) == 0:
		if p.docLine == 0 {
			p.docLine, p.docCol = p.lineNo, p.column(col)
		}
		p.nodes = append(p.nodes, fastNode{first: -1, last: -1, next: -1})
		if !p.open(0, col, seq) {
			return false
		}
	case p.pending && (col > p.pendCol || col == p.pendCol && seq && !p.pendItem):
		// The value of the pending key is a collection that starts here.
		p.pending, p.pendTop = false, 0
		if !p.open(p.pendNode, col, seq) {
			return false
		}
	default:
		p.resolvePending()
		p.closeTo(col)
		// A sequence at its parent key's column ends at the next key.
		if !seq && p.n >= 2 && p.stack[p.n-1].seq && p.stack[p.n-1].col == col && p.stack[p.n-2].col == col {
			p.close()
		}
		if p.n == 0 || p.stack[p.n-1].col != col || p.stack[p.n-1].seq != seq {
			return false
		}
	}
	if seq {
		return p.item(col, rest)
	}
	return p.entry(col, rest)
}

// open makes node a block collection starting at column col of the current line.
func (p *fastParser) open(node int32, col int, seq bool) bool {
	if p.n >= p.maxDepth {
		return false
	}
	kind, opener := fastMap, byte('{')
	if seq {
		kind, opener = fastSeq, '['
	}
	nd := &p.nodes[node]
	nd.kind, nd.line, nd.col = kind, int32(p.lineNo), int32(p.column(col))
	p.buf = append(p.buf, opener)
	p.stack[p.n] = fastLevel{col: col, seq: seq, node: node}
	p.n++
	return true
}

// close ends the innermost open collection.
func (p *fastParser) close() {
	p.n--
	if p.stack[p.n].seq {
		p.buf = append(p.buf, ']')
	} else {
		p.buf = append(p.buf, '}')
	}
}

// closeTo ends the open collections whose entries are deeper than column col.
func (p *fastParser) closeTo(col int) {
	for p.n > 0 && p.stack[p.n-1].col > col {
		p.close()
	}
}

// resolvePending makes the value of a pending key null.
func (p *fastParser) resolvePending() {
	if !p.pending {
		return
	}
	p.buf = append(p.buf, "null"...)
	p.setTop(p.pendTop, fastSpan{set: true})
	p.pending, p.pendTop = false, 0
}

// child appends a child to node and returns it.
func (p *fastParser) child(node int32) int32 {
	id := int32(len(p.nodes))
	p.nodes = append(p.nodes, fastNode{first: -1, last: -1, next: -1})
	parent := &p.nodes[node]
	if parent.last >= 0 {
		p.nodes[parent.last].next = id
	} else {
		parent.first = id
	}
	parent.last = id
	parent.n++
	if c := p.buf[len(p.buf)-1]; c != '{' && c != '[' {
		p.buf = append(p.buf, ',')
	}
	return id
}

// item reads a sequence item "- ..." at column col: a value, the first entry
// of a mapping, or nothing (the value is on the next lines, or null).
func (p *fastParser) item(col int, rest []byte) bool {
	i := 1
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	v := rest[i:]
	if len(v) > 0 && v[0] == '-' && (len(v) == 1 || v[1] == ' ') {
		return false // a sequence in a sequence
	}
	node := p.child(p.stack[p.n-1].node)
	if len(v) == 0 || v[0] == '#' {
		// The value is on the next lines, or null.
		if !yamldoc.Text(v) {
			return false
		}
		nd := &p.nodes[node]
		nd.line, nd.col = int32(p.lineNo), int32(p.column(col+1))
		p.pending, p.pendItem, p.pendCol, p.pendNode = true, true, col, node
		return true
	}
	if k, _ := fastKeyLen(v); k > 0 {
		if !p.open(node, col+i, false) {
			return false
		}
		return p.entry(col+i, v)
	}
	p.scalarAt = col
	return p.lineValue(node, col+i, 0)
}

// entry reads a mapping entry "key: ..." at column col.
func (p *fastParser) entry(col int, rest []byte) bool {
	k, quoted := fastKeyLen(rest)
	if k == 0 {
		return false
	}
	ks, ke := col, col+k
	if quoted {
		ks, ke = ks+1, ke-1
	}
	node, ok := p.key(p.stack[p.n-1].node, ks, ke, quoted)
	if !ok {
		return false
	}
	top := 0
	if p.n == 1 {
		top = topKey(p.text[ks:ke])
	}
	v := col + k + 1 // after the colon
	i := v
	for i < len(p.text) && p.text[i] == ' ' {
		i++
	}
	if i == len(p.text) || p.text[i] == '#' {
		if !yamldoc.Text(p.text[i:]) {
			return false
		}
		nd := &p.nodes[node]
		nd.line, nd.col = int32(p.lineNo), int32(p.column(v))
		p.pending, p.pendItem, p.pendCol, p.pendNode, p.pendTop = true, false, col, node, top
		return true
	}
	p.scalarAt = col
	return p.lineValue(node, i, top)
}

// key adds the key text[ks:ke] of the current line to the mapping node, with its
// JSON, and returns the child for its value; false for a key the fast path
// does not take (plain and not a string, or repeated).
func (p *fastParser) key(node int32, ks, ke int, quoted bool) (int32, bool) {
	key := p.text[ks:ke]
	skey := p.str[p.lineOff+ks : p.lineOff+ke]
	if !quoted && !fastStringKey(skey) || p.repeated(node, skey) {
		return 0, false
	}
	child := p.child(node)
	nd := &p.nodes[child]
	nd.keyOff, nd.keyEnd = int32(p.lineOff+ks), int32(p.lineOff+ke)
	p.buf = appendString(p.buf, key)
	p.buf = append(p.buf, ':')
	return child, true
}

// repeated reports whether the mapping node already has key: small mappings
// are searched, large ones remembered in p.seen.
func (p *fastParser) repeated(node int32, key string) bool {
	nd := &p.nodes[node]
	const small = 32
	if nd.n < small {
		for c := nd.first; c >= 0; c = p.nodes[c].next {
			if p.str[p.nodes[c].keyOff:p.nodes[c].keyEnd] == key {
				return true
			}
		}
		return false
	}
	if p.seen == nil {
		p.seen = make(map[fastKey]struct{})
	}
	if nd.n == small {
		for c := nd.first; c >= 0; c = p.nodes[c].next {
			p.seen[fastKey{node, p.str[p.nodes[c].keyOff:p.nodes[c].keyEnd]}] = struct{}{}
		}
	}
	k := fastKey{node, key}
	if _, ok := p.seen[k]; ok {
		return true
	}
	p.seen[k] = struct{}{}
	return false
}

// topKey tells the top-level keys whose scalar values the Document keeps.
func topKey(key []byte) int {
	switch string(key) {
	case "kind":
		return 1
	case "apiVersion":
		return 2
	}
	return 0
}

// setTop records the scalar value of a top-level kind or apiVersion.
func (p *fastParser) setTop(top int, sp fastSpan) {
	switch top {
	case 1:
		p.kind = sp
	case 2:
		p.api = sp
	}
}

// lineValue reads the value of node that starts at byte i of the current line
// and runs to its end (perhaps with a comment).
func (p *fastParser) lineValue(node int32, i int, top int) bool {
	end, sp, ok := p.value(node, i, p.n+1, false)
	if !ok || !yamldoc.Trailer(p.text[end:]) {
		return false
	}
	if p.nodes[node].kind == fastScalar {
		p.setTop(top, sp)
	}
	return true
}

// column returns the 1-based column, in characters, of byte i of the line.
func (p *fastParser) column(i int) int {
	if p.ascii {
		return i + 1
	}
	return utf8.RuneCount(p.text[:i]) + 1
}
