package manifest

// document builds the Document the fast path read, for a chunk whose lines are
// off lines into the file: what convertDocument, describe and buildIndex make
// of the same text.
func (p *fastParser) document(index, off int) Document {
	str := p.str
	doc := Document{Index: index, Line: p.docLine + off, Column: p.docCol}
	doc.JSON = append(make([]byte, 0, len(p.buf)), p.buf...)
	if root := &p.nodes[0]; root.kind == fastMap {
		doc.Keys = make([]string, 0, root.n)
		for c := root.first; c >= 0; c = p.nodes[c].next {
			doc.Keys = append(doc.Keys, str[p.nodes[c].keyOff:p.nodes[c].keyEnd])
		}
		doc.Kind = p.spanString(str, p.kind)
		doc.APIVersion = p.spanString(str, p.api)
	}
	doc.index = p.index(str, off)
	return doc
}

// spanString returns the value of the scalar sp.
func (p *fastParser) spanString(str string, sp fastSpan) string {
	s := str[sp.start:sp.end]
	switch {
	case sp.style == '\'' && containsByte(s, '\''):
		return string(appendSingle(p.tmp[:0], p.src[sp.start:sp.end]))
	case sp.style == '"' && containsByte(s, '\\'):
		return string(appendDouble(p.tmp[:0], p.src[sp.start:sp.end]))
	}
	return s
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// index records the positions of the values, breadth first, as buildIndex does.
func (p *fastParser) index(str string, off int) []entry {
	index := make([]entry, 1, min(len(p.nodes), maxIndexed))
	index[0] = entry{line: p.nodes[0].line + int32(off), col: p.nodes[0].col}
	queue := append(p.queue[:0], 0)
	for i := 0; i < len(queue); i++ {
		nd := &p.nodes[queue[i]]
		if nd.kind == fastScalar || len(index)+int(nd.n) > maxIndexed {
			continue
		}
		index[i].first, index[i].n, index[i].seq = int32(len(index)), nd.n, nd.kind == fastSeq
		for c := nd.first; c >= 0; c = p.nodes[c].next {
			cn := &p.nodes[c]
			e := entry{line: cn.line + int32(off), col: cn.col}
			if nd.kind == fastMap {
				e.key = str[cn.keyOff:cn.keyEnd]
			}
			index = append(index, e)
			queue = append(queue, c)
		}
	}
	p.queue = queue
	return index
}
