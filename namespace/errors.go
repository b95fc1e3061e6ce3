package namespace

import (
	"strconv"
	"strings"

	"github.com/ccicheck/ccicheck/validate"
)

// errBlock holds the first errors of a list in one allocation.
type errBlock struct {
	errs [4]validate.Error
	ptrs [4]*validate.Error
}

// errList collects the broken rules of one request. Its zero value is empty and
// allocates nothing until the first error.
type errList struct {
	list  validate.ErrorList
	block *errBlock
}

func (l *errList) add(code validate.Code, field, detail string) {
	n := len(l.list)
	if l.block == nil {
		l.block = new(errBlock)
		l.list = l.block.ptrs[:0:len(l.block.ptrs)]
	}
	if n < len(l.block.errs) {
		e := &l.block.errs[n]
		e.Code, e.Field, e.Detail = code, field, detail
		l.list = append(l.list, e)
		return
	}
	l.list = append(l.list, validate.NewError(code, field, detail))
}

// maxQuoted is how much of a value a Detail quotes; longer values are cut.
const maxQuoted = 64

// quoted returns prefix + the value quoted as %q would + suffix in one allocation.
// Values longer than maxQuoted bytes are cut and marked with "...".
func quoted(prefix, value, suffix string) string {
	cut := ""
	if len(value) > maxQuoted {
		value, cut = value[:maxQuoted], "..."
	}
	var tmp [3*maxQuoted + 8]byte
	q := strconv.AppendQuote(tmp[:0], value)
	var b strings.Builder
	b.Grow(len(prefix) + len(q) + len(cut) + len(suffix))
	b.WriteString(prefix)
	b.Write(q)
	b.WriteString(cut)
	b.WriteString(suffix)
	return b.String()
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
