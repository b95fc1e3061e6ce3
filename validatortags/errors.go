package validatortags

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Errors turns the error of a validator.Validate call into CCI errors, one per
// failed field, in validator's order. It returns nil for a nil err.
//
// A failure of one of our tags gets the code of the package documentation's
// table for its kind of problem. A failure of any other tag (required, max,
// email, ...) has no CCI code: it is reported with the zero [validate.Code], its
// field, and a detail naming the tag, so that no failure is lost and
// Errors(err) is empty exactly when err is nil. An err that is not a
// [validator.ValidationErrors] (such as [*validator.InvalidValidationError], for
// a nil or non-struct argument) is one such error without a field.
//
// Each error's Field is validator's namespace without its first element, the
// type name of the struct validated: "metadata.name" for "Namespace.metadata.name",
// in JSON names when the validator names fields by them (see [Register]).
func Errors(err error) validate.ErrorList {
	if err == nil {
		return nil
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		return validate.ErrorList{validate.NewError(0, "", err.Error())}
	}
	list := make(validate.ErrorList, 0, len(fes))
	for _, fe := range fes {
		list = append(list, errorOf(fe))
	}
	return list
}

// errorOf turns one field error into a CCI error.
func errorOf(fe validator.FieldError) *validate.Error {
	field := fieldPath(fe.Namespace())
	t := tagNamed(fe.ActualTag())
	if t == nil {
		detail := "failed validator tag " + strconv.Quote(fe.Tag())
		if p := fe.Param(); p != "" {
			detail += " with parameter " + strconv.Quote(p)
		}
		return validate.NewError(0, field, detail)
	}
	s, kind := stringOf(fe.Value())
	switch kind {
	case nilValue:
		return validate.NewError(t.empty, field, t.what+" is missing")
	case notString:
		return validate.NewError(t.invalid, field, t.what+" is a "+typeName(fe)+", not a string")
	}
	p := t.rule(s)
	if p.OK() { // cannot happen for our functions; a user may have replaced one
		p = rules.Problem{Kind: rules.Invalid, Reason: "failed validator tag " + strconv.Quote(t.name)}
	}
	if p.Kind == rules.Empty {
		return validate.NewError(t.empty, field, t.what+" "+p.Reason)
	}
	return validate.NewError(t.code(p.Kind), field, t.what+" "+quote(s)+" "+p.Reason)
}

// fieldPath drops the first element of a validator namespace, the struct's type
// name; a namespace without one (from Var) is returned as it is.
func fieldPath(ns string) string {
	i := strings.IndexAny(ns, ".[")
	switch {
	case i < 0:
		return ns
	case ns[i] == '.':
		return ns[i+1:]
	}
	return ns[i:] // a top-level slice or map: "[0]", kept as it is
}

type valueKind int

const (
	stringValue valueKind = iota
	nilValue
	notString
)

// stringOf returns the string a field error's value holds, through pointers and
// interfaces; a nil pointer or interface is a missing value.
func stringOf(v any) (string, valueKind) {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return "", nilValue
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Invalid:
		return "", nilValue
	case reflect.String:
		return rv.String(), stringValue
	}
	return "", notString
}

func typeName(fe validator.FieldError) string {
	if t := fe.Type(); t != nil {
		return t.String()
	}
	return fe.Kind().String()
}

// maxQuoted is how many bytes of an offending value a detail quotes.
const maxQuoted = 80

func quote(s string) string {
	if len(s) > maxQuoted {
		return strconv.Quote(s[:maxQuoted]) + "..."
	}
	return strconv.Quote(s)
}
