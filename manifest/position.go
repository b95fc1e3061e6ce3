package manifest

import (
	yaml "go.yaml.in/yaml/v3"
)

// maxIndexed bounds how many values of a document keep their position: the
// shallowest ones, breadth first, so that a huge document costs bounded memory
// while its top-level fields stay findable.
const maxIndexed = 1 << 14

// An entry is the position of one value of a document. The children of a mapping
// or sequence are the contiguous entries first … first+n-1 (the index is built
// breadth first).
type entry struct {
	key       string // the mapping key of this value; "" in a sequence
	line, col int32
	first, n  int32
	seq       bool
}

// buildIndex records the positions of root and its descendants, breadth first, up
// to maxIndexed values; lines are shifted by off.
func buildIndex(root *yaml.Node, off int) []entry {
	index := []entry{{line: int32(root.Line + off), col: int32(root.Column)}}
	nodes := []*yaml.Node{root}
	for i := 0; i < len(nodes); i++ {
		n := nodes[i]
		switch n.Kind {
		case yaml.MappingNode:
			pairs := len(n.Content) / 2
			if len(index)+pairs > maxIndexed {
				continue
			}
			index[i].first, index[i].n = int32(len(index)), int32(pairs)
			for j := 0; j+1 < len(n.Content); j += 2 {
				v := n.Content[j+1]
				index = append(index, entry{key: n.Content[j].Value, line: int32(v.Line + off), col: int32(v.Column)})
				nodes = append(nodes, v)
			}
		case yaml.SequenceNode:
			if len(index)+len(n.Content) > maxIndexed {
				continue
			}
			index[i].first, index[i].n, index[i].seq = int32(len(index)), int32(len(n.Content)), true
			for _, v := range n.Content {
				index = append(index, entry{line: int32(v.Line + off), col: int32(v.Column)})
				nodes = append(nodes, v)
			}
		}
	}
	return index
}

// Position returns the 1-based line and column of the value at the wire path field
// ("metadata.name", "metadata.annotations[namespace.kubernetes.io/flavor]",
// "spec.containers[0].image"), or of its nearest present parent when the field is
// missing; "" is the document itself. Map keys may be written in brackets or after
// a dot; a repeated key finds its last value, the one that counts. Position returns
// (0, 0) when the position is unknown, as for the zero Document.
func (d *Document) Position(field string) (line, col int) {
	cur := -1
	if len(d.index) > 0 {
		cur = 0
		for field != "" {
			seg, rest := nextSegment(field)
			child := d.child(cur, seg)
			if child < 0 {
				break
			}
			cur, field = child, rest
		}
	}
	if cur <= 0 {
		return d.Line, d.Column
	}
	return int(d.index[cur].line), int(d.index[cur].col)
}

// nextSegment splits the first segment off a wire path: a name up to '.' or '[',
// or a bracketed key.
func nextSegment(path string) (seg, rest string) {
	if path[0] == '[' {
		for i := 1; i < len(path); i++ {
			if path[i] == ']' {
				seg, rest = path[1:i], path[i+1:]
				if rest != "" && rest[0] == '.' {
					rest = rest[1:]
				}
				return seg, rest
			}
		}
		return path[1:], ""
	}
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '.':
			return path[:i], path[i+1:]
		case '[':
			return path[:i], path[i:]
		}
	}
	return path, ""
}

// child returns the index entry of the value seg inside entry cur, or -1.
func (d *Document) child(cur int, seg string) int {
	e := d.index[cur]
	if e.seq {
		i := 0
		if seg == "" || digits(seg) != len(seg) || len(seg) > 9 {
			return -1
		}
		for _, b := range []byte(seg) {
			i = i*10 + int(b-'0')
		}
		if i >= int(e.n) {
			return -1
		}
		return int(e.first) + i
	}
	for i := int(e.first + e.n - 1); i >= int(e.first); i-- {
		if d.index[i].key == seg {
			return i
		}
	}
	return -1
}
