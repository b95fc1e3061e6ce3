package chart

import (
	"archive/tar"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/ccicheck/ccicheck/validate"
)

// The rules of a package (cci-rules.md §7), numbered as there; the verdict
// is the lowest broken one.
const (
	ruleSize     = 1 // larger than the limit: CCI.04.400304
	ruleFileName = 2 // not a .tgz name: CCI.04.400118
	ruleEmpty    = 3 // empty file: CCI.04.400119
	ruleContent  = 4 // not a safe gzip'd tar within the limits: CCI.04.400306
	ruleChart    = 5 // no Chart.yaml: CCI.04.400119
	ruleYAML     = 6 // invalid YAML, Chart.yaml without name or version: CCI.04.400306
	ruleVersion  = 7 // version not SemVer: CCI.04.400104
	ruleName     = 8 // file or directory not named for the chart: CCI.04.400121
	numRules     = 9
)

var ruleCodes = [numRules]validate.Code{
	ruleSize:     validate.ChartTooLarge,
	ruleFileName: validate.ChartFileInvalid,
	ruleEmpty:    validate.ChartFileNotFound,
	ruleContent:  validate.ChartPackageInvalid,
	ruleChart:    validate.ChartFileNotFound,
	ruleYAML:     validate.ChartPackageInvalid,
	ruleVersion:  validate.ChartVersionInvalid,
	ruleName:     validate.ChartPackageNameMismatch,
}

// errStop ends the walk once the content is known to be bad (rule 4).
var errStop = errors.New("stop")

// A checker checks one package. It holds the options, the first failure of
// each rule, the inflated bytes counted so far (the budget is shared by the
// package and its nested archives) and reusable buffers.
type checker struct {
	o        *options
	found    [numRules]*validate.Error
	inflated int64
	depth    int // nesting of archives inside the package
	buf      []byte
	ybuf     []byte
}

var checkerPool = sync.Pool{New: func() any { return &checker{buf: make([]byte, 32<<10)} }}

func newChecker(o *options) *checker {
	c := checkerPool.Get().(*checker)
	c.o, c.found, c.inflated, c.depth = o, [numRules]*validate.Error{}, 0, 0
	return c
}

func (c *checker) release() {
	c.o, c.found = nil, [numRules]*validate.Error{}
	if cap(c.ybuf) > 256<<10 {
		c.ybuf = nil
	}
	checkerPool.Put(c)
}

// fail records the first failure of rule.
func (c *checker) fail(rule int, field, detail string) {
	if c.found[rule] == nil {
		c.found[rule] = validate.NewError(ruleCodes[rule], field, detail)
	}
}

// stop records a rule-4 failure and returns errStop.
func (c *checker) stop(field, detail string) error {
	c.fail(ruleContent, field, detail)
	return errStop
}

// broken reports a read error of the inflated stream as a rule-4 failure.
func (c *checker) broken(field string, err error) error {
	if err == errStop {
		return err
	}
	if c.inflated > c.o.maxTotal || errors.Is(err, errBudget) {
		return c.stop(field, "inflated size is over the budget of "+strconv.FormatInt(c.o.maxTotal, 10)+" bytes")
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return c.stop(field, "archive is truncated or corrupt: "+err.Error())
}

// drain reads r to its end with the shared buffer.
func (c *checker) drain(r io.Reader) error {
	for {
		_, err := r.Read(c.buf)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// An archive is one tar stream being checked: the package or a nested
// charts/*.tgz archive.
type archive struct {
	c       *checker
	prefix  string // field path of the archive: "content", "content[top/charts/x.tgz]"
	top     string // the top-level directory
	hasTop  bool
	entries int
	root    scope
	subs    map[string]*scope // charts/<dir>/ subcharts by path below top
	order   []*scope          // subs in order of appearance
}

// A scope is one chart inside an archive: the archive's own chart or a
// charts/<dir>/ subchart, or, once checked, a nested archive's chart.
type scope struct {
	path  string // entry path of the subchart directory or nested archive; "" for the root
	dir   string // path below the archive's top-level directory: "charts/sub"
	meta  meta
	kids  []*scope
	entry string // full entry name, for field paths
}

// field returns the field path of an entry of the archive.
func (a *archive) field(entry string) string { return a.prefix + "[" + entry + "]" }

// checkArchive checks the gzip'd tar archive r holds (rules 4–7) and returns
// it; the error is errStop once rule 4 is broken.
func (c *checker) checkArchive(prefix string, r *source) (*archive, error) {
	a := &archive{c: c, prefix: prefix}
	z, err := openGzip(r)
	if err != nil {
		return a, c.stop(prefix, "not a gzip file: "+err.Error())
	}
	defer gzipPool.Put(z)
	in := &inflated{r: z, c: c}
	tr := tar.NewReader(in)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return a, c.broken(prefix, err)
		}
		if err := a.entry(hdr, tr); err != nil {
			return a, err
		}
	}
	// Read the gzip member to its end: compress/gzip checks its CRC-32 and
	// length there.
	if err := c.drain(in); err != nil {
		return a, c.broken(prefix, err)
	}
	a.finish()
	return a, nil
}

// entry checks one tar entry (rule 4) and what it holds.
func (a *archive) entry(hdr *tar.Header, r io.Reader) error {
	c := a.c
	a.entries++
	if a.entries > c.o.maxEntries {
		return c.stop(a.prefix, "archive has more than "+strconv.Itoa(c.o.maxEntries)+" entries")
	}
	if hdr.Typeflag == tar.TypeXGlobalHeader {
		return nil
	}
	top, rel, problem := splitName(hdr.Name)
	if problem != "" {
		return c.stop(a.field(hdr.Name), problem)
	}
	if top == "" && hdr.Typeflag == tar.TypeDir {
		return nil // "./"
	}
	switch {
	case top == "" || (rel == "" && hdr.Typeflag != tar.TypeDir):
		return c.stop(a.field(hdr.Name), "entry is at the root of the archive, outside the chart's directory")
	case !a.hasTop:
		a.top, a.hasTop = top, true
	case top != a.top:
		return c.stop(a.field(hdr.Name), "entry is outside the top-level directory "+strconv.Quote(a.top)+": an archive holds one chart directory")
	}
	switch hdr.Typeflag {
	case tar.TypeDir:
		return nil
	case tar.TypeReg:
		if isSparse(hdr) {
			return c.stop(a.field(hdr.Name), "sparse files are not allowed")
		}
	default:
		return c.stop(a.field(hdr.Name), typeName(hdr.Typeflag)+" entries are not allowed, only regular files and directories")
	}
	if hdr.Size > c.o.maxFile {
		return c.stop(a.field(hdr.Name), "file is "+strconv.FormatInt(hdr.Size, 10)+" bytes inflated, over the limit of "+strconv.FormatInt(c.o.maxFile, 10))
	}
	if hdr.Size > c.o.maxTotal-c.inflated {
		return c.stop(a.field(hdr.Name), "inflated size is over the budget of "+strconv.FormatInt(c.o.maxTotal, 10)+" bytes")
	}
	return a.file(hdr.Name, rel, r)
}

// isSparse reports whether hdr is a PAX sparse file, whose holes archive/tar
// fills with zeros that were never inflated (old GNU sparse files have a
// type of their own).
func isSparse(hdr *tar.Header) bool {
	for k := range hdr.PAXRecords {
		if strings.HasPrefix(k, "GNU.sparse.") {
			return true
		}
	}
	return false
}

func typeName(flag byte) string {
	switch flag {
	case tar.TypeSymlink:
		return "symbolic link"
	case tar.TypeLink:
		return "hard link"
	case tar.TypeChar:
		return "character device"
	case tar.TypeBlock:
		return "block device"
	case tar.TypeFifo:
		return "FIFO"
	}
	return "type " + strconv.QuoteRune(rune(flag))
}

// splitName splits an entry name into its top-level directory and the path
// below it, or says why the name is not allowed. A leading "./", empty and
// "." elements and a trailing '/' are dropped.
func splitName(name string) (top, rel, problem string) {
	switch {
	case name == "":
		return "", "", "entry has an empty name"
	case strings.IndexByte(name, '\\') >= 0:
		return "", "", "entry name contains a backslash"
	case name[0] == '/':
		return "", "", "entry name is an absolute path"
	}
	for strings.HasPrefix(name, "./") {
		name = name[2:]
	}
	if len(name) >= 2 && name[1] == ':' && isLetter(name[0]) {
		return "", "", "entry name starts with a drive letter"
	}
	clean := true
	for rest := name; rest != ""; {
		elem := rest
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			elem, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		switch elem {
		case "..":
			return "", "", "entry name has a \"..\" element"
		case "", ".":
			clean = false
		}
	}
	if !clean {
		name = cleanName(name)
	}
	name = strings.TrimSuffix(name, "/")
	if i := strings.IndexByte(name, '/'); i >= 0 {
		return name[:i], name[i+1:], ""
	}
	return name, "", ""
}

// cleanName drops the empty and "." elements of name.
func cleanName(name string) string {
	var b strings.Builder
	for _, elem := range strings.Split(name, "/") {
		if elem == "" || elem == "." {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(elem)
	}
	return b.String()
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
