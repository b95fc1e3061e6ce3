package release

import (
	"strconv"

	"github.com/ccicheck/ccicheck/validate"
)

// A problem is one broken rule, kept in a report until the report is made into
// errors. Its Detail joins, with spaces, those of these parts that are given:
// the subject, the value quoted, how many bytes the value has, the text and the
// note: `release name "1release" must start with a letter (a letter first, ...)`.
type problem struct {
	code    validate.Code
	field   string
	subject string // what the value is: "release name"
	value   string // the offending value
	show    bool   // whether the detail quotes value
	length  bool   // whether the detail says how long value is
	text    string // what is wrong
	note    string // what is allowed
}

// maxProblems bounds the problems of one request: each rule reports at most once,
// and no operation has more rules.
const maxProblems = 8

// A report collects the problems of one request without allocating, so that a
// valid request costs nothing, and makes them into a validate.ErrorList at the
// end with two allocations whatever their number.
type report struct {
	n        int
	problems [maxProblems]problem
}

func (r *report) add(p problem) {
	if r.n < len(r.problems) { // always, by maxProblems
		r.problems[r.n] = p
		r.n++
	}
}

// empty reports whether no problem has been added.
func (r *report) empty() bool { return r.n == 0 }

// errors returns the problems as errors, in the order added; nil when there are
// none. Their details share one string, built in a buffer on the stack.
func (r *report) errors() validate.ErrorList {
	if r.n == 0 {
		return nil
	}
	var stack [512]byte
	buf := stack[:0]
	var ends [maxProblems]int
	for i := range r.n {
		buf = r.problems[i].appendDetail(buf)
		ends[i] = len(buf)
	}
	details := string(buf)
	list, errs := newList(r.n)
	start := 0
	for i := range r.n {
		p := &r.problems[i]
		errs[i] = validate.Error{Code: p.code, Field: p.field, Detail: details[start:ends[i]]}
		list[i] = &errs[i]
		start = ends[i]
	}
	return list
}

// newList returns an ErrorList of n errors pointing into errs, allocated
// together.
func newList(n int) (validate.ErrorList, []validate.Error) {
	switch {
	case n <= 2:
		b := new(struct {
			list [2]*validate.Error
			errs [2]validate.Error
		})
		return b.list[:n], b.errs[:n]
	case n <= 4:
		b := new(struct {
			list [4]*validate.Error
			errs [4]validate.Error
		})
		return b.list[:n], b.errs[:n]
	}
	b := new(struct {
		list [maxProblems]*validate.Error
		errs [maxProblems]validate.Error
	})
	return b.list[:n], b.errs[:n]
}

// appendDetail appends p's detail to buf.
func (p *problem) appendDetail(buf []byte) []byte {
	n := len(buf)
	buf = appendPart(buf, n, p.subject)
	if p.show {
		if len(buf) > n {
			buf = append(buf, ' ')
		}
		buf = appendQuoted(buf, p.value)
	}
	if p.length {
		buf = append(buf, " is "...)
		buf = strconv.AppendInt(buf, int64(len(p.value)), 10)
		buf = append(buf, " bytes long; it"...)
	}
	buf = appendPart(buf, n, p.text)
	return appendPart(buf, n, p.note)
}

// appendPart appends s, after a space unless it is the first part since start.
func appendPart(buf []byte, start int, s string) []byte {
	if s == "" {
		return buf
	}
	if len(buf) > start {
		buf = append(buf, ' ')
	}
	return append(buf, s...)
}

// maxQuoted is how many bytes of an offending value a detail shows.
const maxQuoted = 80

// shown returns the part of s a detail shows.
func shown(s string) string {
	if len(s) > maxQuoted {
		return s[:maxQuoted]
	}
	return s
}

// appendQuoted appends s quoted as a Go string, as %q would, cut to maxQuoted
// bytes and then followed by "...".
func appendQuoted(buf []byte, s string) []byte {
	v := shown(s)
	if isPlain(v) {
		buf = append(buf, '"')
		buf = append(buf, v...)
		buf = append(buf, '"')
	} else {
		buf = strconv.AppendQuote(buf, v)
	}
	if len(v) < len(s) {
		buf = append(buf, "..."...)
	}
	return buf
}

func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}
