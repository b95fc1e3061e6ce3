package manifest

import (
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// convertDocument converts a parsed YAML document whose lines are off lines into
// the file.
func convertDocument(index int, n *yaml.Node, off int, o *options) Document {
	root := n.Content[0]
	doc := Document{Index: index, Line: n.Line + off, Column: n.Column}
	describe(&doc, root)
	c := converter{maxDepth: o.maxDepth}
	if bad := c.value(root, 1); bad != nil {
		doc.Err = c.err
		doc.ErrLine, doc.ErrColumn = bad.Line+off, bad.Column
	} else {
		doc.JSON = c.buf
	}
	doc.index = buildIndex(root, off)
	return doc
}

// describe fills in the kind, apiVersion and keys of a document whose root is root.
func describe(doc *Document, root *yaml.Node) {
	if root.Kind != yaml.MappingNode {
		return
	}
	drop := duplicates(root.Content)
	doc.Keys = make([]string, 0, len(root.Content)/2-len(drop))
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if v.Kind == yaml.ScalarNode {
			switch k.Value {
			case "kind":
				doc.Kind = v.Value
			case "apiVersion":
				doc.APIVersion = v.Value
			}
		}
		if !drop[i] {
			doc.Keys = append(doc.Keys, k.Value)
		}
	}
}

// duplicates returns the indexes in content, a mapping's key/value list, of the
// keys that appear again later (the last one wins), or nil when there are none.
func duplicates(content []*yaml.Node) map[int]bool {
	var drop map[int]bool
	if len(content) <= 64 {
		for i := 0; i+1 < len(content); i += 2 {
			for j := i + 2; j+1 < len(content); j += 2 {
				if content[j].Value == content[i].Value {
					if drop == nil {
						drop = map[int]bool{}
					}
					drop[i] = true
					break
				}
			}
		}
		return drop
	}
	last := make(map[string]int, len(content)/2)
	for i := 0; i+1 < len(content); i += 2 {
		if j, ok := last[content[i].Value]; ok {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[j] = true
		}
		last[content[i].Value] = i
	}
	return drop
}

// A converter writes the JSON of a YAML node tree.
type converter struct {
	buf      []byte
	maxDepth int
	err      string // why conversion stopped
}

// value appends the JSON of n at nesting depth depth (1 for the root) and returns
// nil, or the node that cannot be converted, with c.err saying why.
func (c *converter) value(n *yaml.Node, depth int) *yaml.Node {
	if n.Anchor != "" {
		c.err = "anchor &" + n.Anchor + ": anchors and aliases are not allowed in a request manifest"
		return n
	}
	switch n.Kind {
	case yaml.AliasNode:
		c.err = "alias *" + n.Value + ": anchors and aliases are not allowed in a request manifest"
		return n
	case yaml.ScalarNode:
		return c.scalar(n)
	case yaml.MappingNode, yaml.SequenceNode:
		if depth > c.maxDepth {
			c.err = "nesting deeper than the limit of " + itoa(c.maxDepth) + " levels"
			return n
		}
		if n.Style&yaml.TaggedStyle != 0 && !isCollectionTag(n) {
			c.err = "tag " + n.Tag + " is not supported in a request manifest"
			return n
		}
		if n.Kind == yaml.SequenceNode {
			return c.sequence(n, depth)
		}
		return c.mapping(n, depth)
	}
	c.err = "unexpected YAML node"
	return n
}

func isCollectionTag(n *yaml.Node) bool {
	tag := shortTag(n.Tag)
	return (n.Kind == yaml.MappingNode && tag == "!!map") || (n.Kind == yaml.SequenceNode && tag == "!!seq")
}

func (c *converter) sequence(n *yaml.Node, depth int) *yaml.Node {
	c.buf = append(c.buf, '[')
	for i, item := range n.Content {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		if bad := c.value(item, depth+1); bad != nil {
			return bad
		}
	}
	c.buf = append(c.buf, ']')
	return nil
}

func (c *converter) mapping(n *yaml.Node, depth int) *yaml.Node {
	drop := duplicates(n.Content)
	c.buf = append(c.buf, '{')
	first := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if bad := c.checkKey(k); bad != nil {
			return bad
		}
		if drop[i] {
			// An earlier value of a repeated key is still checked, as
			// encoding/json checks every value it reads.
			mark := len(c.buf)
			if bad := c.value(v, depth+1); bad != nil {
				return bad
			}
			c.buf = c.buf[:mark]
			continue
		}
		if !first {
			c.buf = append(c.buf, ',')
		}
		first = false
		c.buf = appendString(c.buf, k.Value)
		c.buf = append(c.buf, ':')
		if bad := c.value(v, depth+1); bad != nil {
			return bad
		}
	}
	c.buf = append(c.buf, '}')
	return nil
}

// checkKey returns nil when k is a string key, else k with c.err set.
func (c *converter) checkKey(k *yaml.Node) *yaml.Node {
	switch {
	case k.Anchor != "" || k.Kind == yaml.AliasNode:
		return c.value(k, 1)
	case k.Kind != yaml.ScalarNode:
		c.err = "mapping key is a " + kindName(k) + ", not a string"
		return k
	case k.Tag == "!!merge" && k.Style&(yaml.TaggedStyle|yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) == 0:
		c.err = "merge keys (<<) are not allowed in a request manifest"
		return k
	}
	r := resolveScalar(k)
	if r.kind == kindError {
		c.err = r.text
		return k
	}
	if r.kind != kindString {
		c.err = "mapping key " + quote(k.Value) + " is " + r.kind.article() + ", not a string"
		return k
	}
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "sequence"
	}
	return "scalar"
}

// scalar appends the JSON of the scalar n.
func (c *converter) scalar(n *yaml.Node) *yaml.Node {
	r := resolveScalar(n)
	switch r.kind {
	case kindError:
		c.err = r.text
		return n
	case kindString:
		c.buf = appendString(c.buf, n.Value)
	default:
		c.buf = append(c.buf, r.text...)
	}
	return nil
}

// shortTag returns tag with the YAML core prefix shortened to "!!".
func shortTag(tag string) string {
	if rest, ok := strings.CutPrefix(tag, "tag:yaml.org,2002:"); ok {
		return "!!" + rest
	}
	return tag
}

const hexDigits = "0123456789abcdef"

// appendString appends s, a string or bytes of YAML text, as a JSON string. YAML
// text is valid UTF-8, so only quotes, backslashes and control characters need
// escapes.
func appendString[S ~string | ~[]byte](buf []byte, s S) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x20 && b != '"' && b != '\\' {
			continue
		}
		buf = append(buf, s[start:i]...)
		switch b {
		case '"', '\\':
			buf = append(buf, '\\', b)
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\r':
			buf = append(buf, '\\', 'r')
		case '\t':
			buf = append(buf, '\\', 't')
		default:
			buf = append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
		}
		start = i + 1
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}
