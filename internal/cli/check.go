package cli

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/manifest"
)

// docLimit is the size limit of one document: 1 MiB, as for a JSON request body.
const docLimit = manifest.DefaultDocumentLimit

// An input is one file to check, as found by expanding the command's paths.
type input struct {
	path    string // as reported: as given, or found under a directory; "-" for stdin
	stdin   bool
	problem string // set when the path could not be used
}

// A checker judges inputs; it is shared by the workers and read-only.
type checker struct {
	kind       Kind // forced by --kind; KindUnknown classifies by content
	allowEmpty bool
	namespace  string // --namespace: the {ns} of network and volume requests
	stdinName  string // the file name of a chart package read from stdin
	stdin      io.Reader
	ctx        *requestContext
}

// check judges one input.
func (c *checker) check(in input) fileReport {
	if in.problem != "" {
		return problemReport(in.path, in.problem)
	}
	var r io.Reader = c.stdin
	name := c.stdinName
	if !in.stdin {
		f, err := os.Open(in.path)
		if err != nil {
			return problemReport(in.path, "cannot read: "+errText(err))
		}
		defer f.Close()
		r, name = f, in.path
	}
	br := bufio.NewReaderSize(r, 32<<10)
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return problemReport(in.path, "cannot read: "+errText(err))
	}
	switch {
	case c.isPackage(name, head):
		return fileReport{Path: in.path, Docs: []docReport{c.checkPackage(name, br)}}
	case c.kind == KindUnknown && bytes.IndexByte(head, 0) >= 0:
		return problemReport(in.path, "binary file: not YAML, JSON or a .tgz chart package")
	}
	return c.checkManifest(in.path, br)
}

// isPackage reports whether the input is a chart package: --kind ChartPackage,
// a name ending in .tgz, or gzip content.
func (c *checker) isPackage(name string, head []byte) bool {
	if c.kind != KindUnknown {
		return c.kind == KindChartPackage
	}
	return strings.HasSuffix(strings.ToLower(name), ".tgz") || bytes.HasPrefix(head, []byte{0x1f, 0x8b})
}

// checkPackage judges a chart package as CCI judges an upload of it.
func (c *checker) checkPackage(name string, r io.Reader) docReport {
	info, errs := chart.Inspect(name, r, c.ctx.chart...)
	if len(errs) == 0 {
		errs = c.ctx.checkChartName(info.Name)
	}
	d := docReport{Kind: KindChartPackage}
	for _, e := range errs {
		d.Errors = append(d.Errors, errorReport{Code: e.Code, Field: e.Field, Detail: e.Detail})
	}
	return d
}

// checkManifest judges every document of a YAML or JSON manifest.
func (c *checker) checkManifest(path string, r *bufio.Reader) fileReport {
	fr := fileReport{Path: path}
	sp := newSplitter(r, docLimit)
	for {
		ch, err := sp.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fr.Docs = append(fr.Docs, docReport{Index: len(fr.Docs), Problem: "cannot read: " + errText(err)})
			return fr
		}
		c.checkChunk(&fr, &ch)
	}
	if len(fr.Docs) == 0 && !c.allowEmpty {
		fr.Docs = append(fr.Docs, docReport{Problem: "empty: no YAML or JSON document (--allow-empty accepts empty input)"})
	}
	if fr.Docs == nil {
		fr.Docs = []docReport{}
	}
	return fr
}

// checkChunk judges the documents of one chunk.
func (c *checker) checkChunk(fr *fileReport, ch *chunk) {
	if ch.oversize {
		fr.Docs = append(fr.Docs, c.oversize(len(fr.Docs), ch))
		return
	}
	docs, err := manifest.Decode(ch.data, manifest.WithDocumentLimit(docLimit))
	if err != nil { // cannot happen: a chunk is smaller than the input limit
		fr.Docs = append(fr.Docs, docReport{Index: len(fr.Docs), Problem: err.Error()})
		return
	}
	for i := range docs {
		fr.Docs = append(fr.Docs, c.checkDocument(len(fr.Docs), ch, &docs[i]))
	}
}

// oversize judges a document larger than the document limit: an invalid body
// of the kind its text shows.
func (c *checker) oversize(index int, ch *chunk) docReport {
	detail := "document is " + strconv.FormatInt(ch.size, 10) + " bytes, larger than the limit of " + strconv.Itoa(docLimit)
	d := docReport{Index: index, Kind: c.kind}
	if d.Kind == KindUnknown {
		d.Kind = classify(ch.shape)
	}
	if d.Kind == KindUnknown {
		d.Problem, d.Line, d.Column = detail+"; "+unknownReason(ch.shape), ch.line, ch.col
		return d
	}
	d.Errors = []errorReport{{Code: bodyCode(d.Kind), Detail: detail, Line: ch.line, Column: ch.col, Char: ch.col}}
	return d
}

// checkDocument classifies and judges one decoded document.
func (c *checker) checkDocument(index int, ch *chunk, doc *manifest.Document) docReport {
	d := docReport{Index: index, Kind: c.kind}
	s := shapeOf(doc)
	if doc.Err != "" && doc.Keys == nil {
		s = rawShape(ch.data)
	}
	if d.Kind == KindUnknown {
		d.Kind = classify(s)
	}
	if d.Kind == KindUnknown {
		d.Problem = unknownReason(s)
		if doc.Err != "" {
			d.Problem = doc.Err + "; " + d.Problem
		}
		d.Line, d.Column, _ = ch.position(doc.Line, doc.Column)
		return d
	}
	if doc.Err != "" {
		e := errorReport{Code: bodyCode(d.Kind), Detail: doc.Err}
		if doc.ErrLine > 0 {
			e.Line, e.Column, e.Char = ch.position(doc.ErrLine, doc.ErrColumn)
		} else {
			e.Line, e.Column, e.Char = ch.position(doc.Line, doc.Column)
		}
		d.Errors = []errorReport{e}
		return d
	}
	for _, e := range c.validate(d.Kind, doc.JSON) {
		r := errorReport{Code: e.Code, Field: e.Field, Detail: e.Detail}
		r.Line, r.Column, r.Char = ch.position(doc.Position(e.Field))
		d.Errors = append(d.Errors, r)
	}
	return d
}

// unknownReason says why a document could not be classified.
func unknownReason(s shape) string {
	switch {
	case !s.mapping:
		return "not a mapping (object), so no request ccicheck knows"
	case s.hasKind:
		return "kind " + strconv.Quote(s.kind) + " is no request ccicheck checks (Namespace, Network, PersistentVolumeClaim, ExtendedPersistentVolumeClaim); --kind forces one"
	}
	return "cannot tell which request this is: no kind, apiVersion, chart_id or action; --kind forces one"
}

// position turns a line and column in characters within the chunk into the
// line, byte column and character column in the file; column 0 stays unknown.
func (ch *chunk) position(line, col int) (fileLine, byteCol, charCol int) {
	if line <= 0 {
		return 0, 0, 0
	}
	fileLine = ch.line + line - 1
	if col <= 0 {
		return fileLine, 0, 0
	}
	data := ch.data
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			data = nil
			break
		}
		data = data[i+1:]
	}
	off, chars := 0, 1
	for off < len(data) && chars < col && data[off] != '\n' {
		off++
		for off < len(data) && data[off]&0xC0 == 0x80 {
			off++
		}
		chars++
	}
	byteCol, charCol = off+1+(col-chars), col
	if line == 1 {
		byteCol += ch.col - 1
		charCol += ch.col - 1
	}
	return fileLine, byteCol, charCol
}

// errText is an error's text without the path os puts in it.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
