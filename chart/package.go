package chart

import (
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/ccicheck/ccicheck/validate"
)

// Info is what checking a package learned about it. Fields the check did not
// reach (because the package broke a rule first) are zero.
type Info struct {
	// Name, Version and APIVersion are the Chart.yaml's fields exactly as
	// written.
	Name, Version, APIVersion string
	// Charts are the chart's nested charts (charts/*.tgz archives and
	// charts/<dir>/ subcharts), in the order they appear, each with its own.
	Charts []Subchart
	// Entries is the number of tar entries of the package's own archive.
	Entries int
	// Size is the number of bytes of the package read: its size, or the
	// limit plus one when it is larger.
	Size int64
	// InflatedSize counts every byte inflated: the package's tar stream and
	// those of its nested archives.
	InflatedSize int64
}

// A Subchart is a chart inside another chart.
type Subchart struct {
	// Path is the entry path of the nested archive ("mychart/charts/sub-0.1.0.tgz")
	// or of the subchart directory ("mychart/charts/sub/").
	Path string
	// Name, Version and APIVersion are its Chart.yaml's, as written.
	Name, Version, APIVersion string
	// Charts are its own nested charts.
	Charts []Subchart
}

// ValidatePackage checks a chart package, a .tgz file named filename whose
// bytes r yields, against every rule of cci-rules.md §7 "Package", reading r
// once as a stream (at most the size limit plus one byte; see [Inspect]). It
// returns nil when the package passes, otherwise the [validate.ErrorList]
// turned into an error by its Err method, whose first error is the lowest
// broken rule, the one CCI answers with.
func ValidatePackage(filename string, r io.Reader, opts ...Option) error {
	o := apply(opts)
	_, errs, readErr := inspect(filename, r, &o)
	if readErr != nil && len(errs) == 0 {
		errs = validate.ErrorList{validate.NewError(validate.ChartPackageInvalid, fieldContent, "reading the package failed: "+readErr.Error())}
	}
	return errs.Err()
}

// Inspect checks a chart package as [ValidatePackage] does and also returns
// what it learned. The list holds one error per broken rule (its first
// failure), lowest rule first; nil when the package passes.
//
// Only the base name of filename counts ("dist/mychart-1.0.0.tgz" is
// "mychart-1.0.0.tgz"); both '/' and '\' separate directories, so names made
// on Windows work too.
//
// Field paths: "content" is the package as a whole, "content.filename" its
// file name, "content[mychart/values.yaml]" an entry of the archive (the
// entry's name as written), "content[mychart/Chart.yaml].version" a field of
// a Chart.yaml, and an entry of a nested archive is below the archive's:
// "content[mychart/charts/sub-0.1.0.tgz][sub/Chart.yaml]".
//
// The package is read once, as a stream: the raw bytes (at most the size
// limit plus one) are inflated by compress/gzip and read by archive/tar. Only
// Chart.yaml, values.yaml and requirements.yaml (of the chart and of each
// nested chart) are held in memory, one at a time, to be parsed; every other
// file is read and dropped, and nested charts/*.tgz archives are checked
// while they stream by. Once the content is known to be bad (rule 4), the
// rest of the input is read without inflating it, so an oversized package is
// always CCI.04.400304.
func Inspect(filename string, r io.Reader, opts ...Option) (Info, validate.ErrorList) {
	o := apply(opts)
	info, errs, readErr := inspect(filename, r, &o)
	if readErr != nil && len(errs) == 0 {
		errs = validate.ErrorList{validate.NewError(validate.ChartPackageInvalid, fieldContent, "reading the package failed: "+readErr.Error())}
	}
	return info, errs
}

const (
	fieldContent  = "content"
	fieldFilename = "content.filename"
)

// inspect checks the package; readErr is the error r failed with, if it
// failed before its end or the limit (it is not a rule of its own: uploads
// treat it as an undecodable body).
func inspect(filename string, r io.Reader, o *options) (info Info, errs validate.ErrorList, readErr error) {
	if r == nil {
		r = http.NoBody
	}
	c := newChecker(o)
	defer c.release()
	name := baseName(filename)
	switch {
	case name == "":
		c.fail(ruleFileName, fieldFilename, "the package has no file name; want {name}-{version}.tgz")
	case !strings.HasSuffix(name, ".tgz"):
		c.fail(ruleFileName, fieldFilename, "file name "+strconv.Quote(name)+" does not end in .tgz")
	}
	src := newSource(r, o.maxPackage)
	defer src.release()
	a, err := c.checkArchive(fieldContent, src)
	if err == nil {
		if readErr = src.failure(); readErr != nil {
			err = c.broken(fieldContent, readErr)
		}
	}
	src.drain() // bytes after the gzip member count toward the size
	readErr = src.failure()
	info.Size = src.n
	switch {
	case src.tooLarge():
		c.clearContent()
		c.fail(ruleSize, fieldContent, "the package is larger than "+strconv.FormatInt(o.maxPackage, 10)+" bytes")
		readErr = nil
	case src.n == 0 && readErr == nil:
		c.clearContent()
		c.fail(ruleEmpty, fieldContent, "the package is empty")
	case err == nil:
		a.checkNames(name)
	}
	info.Name, info.Version, info.APIVersion = a.root.meta.name, a.root.meta.version, a.root.meta.apiVersion
	info.Charts = subcharts(a.root.kids)
	info.Entries = a.entries
	info.InflatedSize = c.inflated
	for _, e := range c.found {
		if e != nil {
			errs = append(errs, e)
		}
	}
	return info, errs, readErr
}

// clearContent forgets the content rules' findings, which mean nothing once
// the input is too large (it was cut) or empty.
func (c *checker) clearContent() {
	for rule := ruleContent; rule < numRules; rule++ {
		c.found[rule] = nil
	}
}

// checkNames applies rule 8 to the package's own chart.
func (a *archive) checkNames(filename string) {
	m := a.root.meta
	if !m.ok {
		return
	}
	if want := m.name + "-" + m.version + ".tgz"; filename != want {
		a.c.fail(ruleName, fieldFilename, "file name "+strconv.Quote(filename)+" does not match the chart: want "+strconv.Quote(want))
	}
	if a.top != m.name {
		a.c.fail(ruleName, a.field(a.top+"/"), "top-level directory "+strconv.Quote(a.top)+" is not named for the chart "+strconv.Quote(m.name))
	}
}

// baseName returns the last element of a file name, '/' and '\' both
// separating directories; "" when there is none.
func baseName(filename string) string {
	if i := strings.LastIndexAny(filename, `/\`); i >= 0 {
		filename = filename[i+1:]
	}
	if filename == "." || filename == ".." {
		return ""
	}
	return filename
}

// subcharts converts scopes into the Subchart tree of Info.
func subcharts(kids []*scope) []Subchart {
	if len(kids) == 0 {
		return nil
	}
	out := make([]Subchart, len(kids))
	for i, k := range kids {
		out[i] = Subchart{Path: k.path, Name: k.meta.name, Version: k.meta.version,
			APIVersion: k.meta.apiVersion, Charts: subcharts(k.kids)}
	}
	return out
}
