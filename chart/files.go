package chart

import (
	"io"
	"strconv"
	"strings"
)

// What a file of a chart is to the checker.
const (
	kindFile    = iota // any other file: read and dropped
	kindArchive        // charts/*.tgz: a nested chart archive
)

// locate returns the chart that holds rel (a path below the top-level
// directory), rel's path inside that chart, and whether it is a nested
// archive. As helm's loader does, files under charts/ belong to subcharts:
// charts/x.tgz is a nested archive, charts/<dir>/... a subchart directory
// (and a stray charts/<file> a subchart directory without files); names in
// charts/ starting with '_' or '.', and charts/*.prov, are ignored.
func (a *archive) locate(rel string) (s *scope, inner string, kind int) {
	s = &a.root
	start := 0
	for {
		p := rel[start:]
		if !strings.HasPrefix(p, "charts/") {
			return s, p, kindFile
		}
		rest := p[len("charts/"):]
		name, _, nested := strings.Cut(rest, "/")
		if name == "" || name[0] == '_' || name[0] == '.' {
			return s, p, kindFile
		}
		if !nested {
			if strings.HasSuffix(name, ".tgz") {
				return s, p, kindArchive
			}
			if strings.HasSuffix(name, ".prov") {
				return s, p, kindFile
			}
		}
		end := start + len("charts/") + len(name)
		s = a.subchart(s, rel[:end])
		if !nested {
			return s, "", kindFile
		}
		start = end + 1
	}
}

// subchart returns the charts/<dir>/ subchart at dir, creating it.
func (a *archive) subchart(parent *scope, dir string) *scope {
	if s := a.subs[dir]; s != nil {
		return s
	}
	if a.subs == nil {
		a.subs = make(map[string]*scope)
	}
	s := &scope{dir: dir, path: a.top + "/" + dir + "/"}
	a.subs[dir] = s
	a.order = append(a.order, s)
	parent.kids = append(parent.kids, s)
	return s
}

// file checks a regular file of the archive.
func (a *archive) file(name, rel string, r io.Reader) error {
	s, inner, kind := a.locate(rel)
	switch {
	case kind == kindArchive:
		return a.nested(s, name, r)
	case inner == "Chart.yaml":
		s.meta.seen = true
		s.entry = name
		doc, err := a.yaml(name, r)
		if err != nil || doc == nil {
			return err
		}
		a.chartYAML(s, name, doc)
		return nil
	case inner == "values.yaml" || inner == "requirements.yaml":
		_, err := a.yaml(name, r)
		return err
	}
	if err := a.c.drain(r); err != nil {
		return a.c.broken(a.field(name), err)
	}
	return nil
}

// nested checks the archive charts/x.tgz holds as a chart of its own
// (rules 4–7), streaming it: its inflated bytes draw on the same budget.
func (a *archive) nested(parent *scope, name string, r io.Reader) error {
	c := a.c
	field := a.field(name)
	if c.depth >= c.o.maxDepth {
		return c.stop(field, "chart archives are nested more than "+strconv.Itoa(c.o.maxDepth)+" deep")
	}
	src := newSource(r, -1)
	defer src.release()
	c.depth++
	sub, err := c.checkArchive(field, src)
	c.depth--
	sub.root.path = name
	parent.kids = append(parent.kids, &sub.root)
	if err != nil {
		return err
	}
	if err := src.failure(); err != nil {
		return c.broken(field, err)
	}
	// Bytes after the nested gzip member are ignored, but read and counted.
	src.drain()
	if err := src.failure(); err != nil {
		return c.broken(field, err)
	}
	return nil
}

// finish applies rule 5 once the whole archive is read: the archive's chart
// and each subchart directory must have a Chart.yaml.
func (a *archive) finish() {
	c := a.c
	if !a.root.meta.seen {
		field := a.prefix
		if a.hasTop {
			field = a.field(a.top + "/Chart.yaml")
		}
		c.fail(ruleChart, field, "no Chart.yaml in the chart's top-level directory")
	}
	for _, s := range a.order {
		if !s.meta.seen {
			c.fail(ruleChart, a.field(s.path+"Chart.yaml"), "no Chart.yaml in the subchart directory "+strconv.Quote(s.path))
		}
	}
}
