package chart

import (
	"bytes"
	"io"
	"path"
	"strconv"

	"github.com/ccicheck/ccicheck/rules"
	"go.yaml.in/yaml/v3"
)

// meta is what a Chart.yaml says: its scalars exactly as written.
type meta struct {
	seen                      bool // a Chart.yaml exists
	ok                        bool // it is a mapping with a name and a version
	name, version, apiVersion string
}

// yaml reads one of the YAML files a chart must have right (Chart.yaml,
// values.yaml, requirements.yaml) and parses it into nodes, so aliases and
// nesting are counted before anything is expanded. It returns the document,
// or nil when the file is not valid YAML (rule 6, recorded); the error is
// errStop when the file breaks rule 4 (too many aliases, too deep) or cannot
// be read. values.yaml and requirements.yaml, whose content is not used,
// are first offered to fastYAML: when it is sure they are fine, no document
// is built and yaml returns nil, nil.
func (a *archive) yaml(name string, r io.Reader) (*yaml.Node, error) {
	c := a.c
	data, err := c.readFile(r)
	if err != nil {
		return nil, c.broken(a.field(name), err)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if base := path.Base(name); (base == "values.yaml" || base == "requirements.yaml") && fastYAML(data, c.o.maxDepth) {
		return nil, nil
	}
	doc := new(yaml.Node)
	if err := yaml.Unmarshal(data, doc); err != nil {
		c.fail(ruleYAML, a.field(name), "invalid YAML: "+err.Error())
		return nil, nil
	}
	var sh shape
	sh.walk(doc, 0)
	if sh.aliases > c.o.maxAliases {
		return nil, c.stop(a.field(name), "YAML uses "+strconv.Itoa(sh.aliases)+" aliases, more than the limit of "+strconv.Itoa(c.o.maxAliases))
	}
	if sh.depth > c.o.maxDepth {
		return nil, c.stop(a.field(name), "YAML is nested more than "+strconv.Itoa(c.o.maxDepth)+" deep")
	}
	return doc, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// readFile reads r to its end into the checker's YAML buffer; the size of r
// was checked against the per-file limit already.
func (c *checker) readFile(r io.Reader) ([]byte, error) {
	b := c.ybuf[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			c.ybuf = b
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// shape counts the aliases of a YAML document and the depth of its
// collections, without following aliases.
type shape struct {
	aliases, depth int
}

func (s *shape) walk(n *yaml.Node, depth int) {
	switch n.Kind {
	case yaml.AliasNode:
		s.aliases++
		return
	case yaml.MappingNode, yaml.SequenceNode:
		depth++
		s.depth = max(s.depth, depth)
	}
	for _, k := range n.Content {
		s.walk(k, depth)
	}
}

// chartYAML applies rules 6 and 7 to a parsed Chart.yaml and records its
// name, version and apiVersion.
func (a *archive) chartYAML(s *scope, name string, doc *yaml.Node) {
	c := a.c
	var m meta
	m.seen = true
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		c.fail(ruleYAML, a.field(name), "Chart.yaml is not a YAML mapping")
		s.meta = m
		return
	}
	fields := doc.Content[0].Content
	for i := 0; i+1 < len(fields); i += 2 {
		k, v := fields[i], fields[i+1]
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if k.Kind != yaml.ScalarNode {
			continue
		}
		switch k.Value {
		case "name":
			m.name = scalar(v)
		case "version":
			m.version = scalar(v)
		case "apiVersion":
			m.apiVersion = scalar(v)
		}
	}
	s.meta = m
	switch {
	case m.name == "":
		c.fail(ruleYAML, a.field(name)+".name", "Chart.yaml has no name")
	case m.version == "":
		c.fail(ruleYAML, a.field(name)+".version", "Chart.yaml has no version")
	default:
		s.meta.ok = true
		if p := rules.SemVer(m.version); !p.OK() {
			c.fail(ruleVersion, a.field(name)+".version", "version "+strconv.Quote(m.version)+" is not a semantic version of at most 64 characters: "+p.Reason)
		}
	}
}

// scalar returns a scalar's text exactly as written ("1.10.0", never 1.1),
// or "" for null and for anything but a scalar.
func scalar(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		return ""
	}
	return n.Value
}
