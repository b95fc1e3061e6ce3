package chart

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/ccicheck/ccicheck/internal/jsonbody"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Field paths of the multipart form.
const (
	fieldParameters = "parameters"
	fieldChartID    = "chart_id"
)

// ValidateUpload checks an upload request, POST /v2/charts, as
// [ValidateUploadBody] does with the request's Content-Type and body. It
// reads and consumes req.Body (and does not close it): a caller that still
// sends the request must give it a fresh body.
func ValidateUpload(req *http.Request, opts ...Option) validate.ErrorList {
	ct, body := requestBody(req)
	return ValidateUploadBody(ct, body, opts...)
}

// ValidateUploadBody checks the body of an upload, POST /v2/charts: a
// multipart/form-data form with the package in the file part "content" and
// an optional text part "parameters". In the server's order:
//
//  1. not multipart/form-data (or no boundary), a malformed form, more than
//     16 parts, or a "parameters" part that is not a JSON object:
//     CCI.04.400302 (field "" for the form, "parameters" for that part);
//  2. a body larger than the package limit plus 64 KiB: CCI.04.400304;
//  3. no "content" part: CCI.04.400119 (field "content");
//  4. the package rules (see [Inspect]) with the part's file name;
//  5. context: a name already uploaded (CCI.04.409112) or an official
//     chart's name (CCI.04.409123), field "content[{top}/Chart.yaml].name".
//
// The body is read once, as a stream, up to the limit; the package is never
// held in memory. The first "content" part is the package; later ones are
// read and dropped.
func ValidateUploadBody(contentType string, body io.Reader, opts ...Option) validate.ErrorList {
	o := apply(opts)
	var errs validate.ErrorList
	info, pkgErrs := checkForm(contentType, body, &o, &errs)
	errs = append(errs, pkgErrs...)
	if len(errs) == 0 {
		errs = checkNameContext(errs, info, &o.ctx, true)
	}
	return errs
}

// checkNameContext applies the context rules on the package's name: a name
// already uploaded (on upload only) and an official chart's name.
func checkNameContext(errs validate.ErrorList, info Info, ctx *Context, upload bool) validate.ErrorList {
	if info.Name == "" {
		return errs
	}
	field := "content[" + info.Name + "/Chart.yaml].name"
	if upload && contains(ctx.Uploaded, info.Name) {
		errs = append(errs, validate.NewError(validate.ChartAlreadyExists, field, "a chart named "+strconv.Quote(info.Name)+" is already uploaded"))
	}
	if contains(ctx.Official, info.Name) {
		errs = append(errs, validate.NewError(validate.ChartNameOfficial, field, strconv.Quote(info.Name)+" is the name of an official chart"))
	}
	return errs
}

// ValidateUpdate checks an update request, PUT /v2/charts/{chart_id}, as
// [ValidateUpdateBody] does with the request's Content-Type and body. It
// reads and consumes req.Body (and does not close it).
func ValidateUpdate(chartID string, req *http.Request, opts ...Option) validate.ErrorList {
	ct, body := requestBody(req)
	return ValidateUpdateBody(chartID, ct, body, opts...)
}

// ValidateUpdateBody checks an update, PUT /v2/charts/{chart_id}: the chart
// ID (field "chart_id": empty CCI.04.400105, longer than 64 CCI.04.400112,
// other than letters, digits, '-' and '_' CCI.04.400113), then the body as
// [ValidateUploadBody] checks it, without the name-taken rule (an update
// replaces the same chart, so Context.Uploaded is not consulted) but with
// the official-name rule (CCI.04.409123); then, with a [Context], a package
// whose name or version differs from Context.Chart's (CCI.04.403112) and a
// chart owned by another tenant (CCI.04.403130).
func ValidateUpdateBody(chartID, contentType string, body io.Reader, opts ...Option) validate.ErrorList {
	o := apply(opts)
	var errs validate.ErrorList
	if e := checkChartID(chartID); e != nil {
		errs = append(errs, e)
	}
	n := len(errs)
	info, pkgErrs := checkForm(contentType, body, &o, &errs)
	formOK := len(errs) == n && len(pkgErrs) == 0
	errs = append(errs, pkgErrs...)
	if formOK {
		errs = checkNameContext(errs, info, &o.ctx, false)
	}
	stored := o.ctx.Chart
	if stored == nil {
		return errs
	}
	if formOK && info.Name != "" && info.Version != "" &&
		(stored.Name != "" && info.Name != stored.Name || stored.Version != "" && info.Version != stored.Version) {
		errs = append(errs, validate.NewError(validate.ChartNameVersionChanged, "content["+info.Name+"/Chart.yaml]",
			"the package is "+info.Name+" "+info.Version+", the chart is "+stored.Name+" "+stored.Version))
	}
	if o.ctx.Tenant != "" && stored.Owner != "" && o.ctx.Tenant != stored.Owner {
		errs = append(errs, validate.NewError(validate.ChartOfOtherTenant, fieldChartID, "the chart belongs to another tenant"))
	}
	return errs
}

func requestBody(req *http.Request) (string, io.Reader) {
	if req == nil {
		return "", http.NoBody
	}
	var body io.Reader = http.NoBody
	if req.Body != nil {
		body = req.Body
	}
	return req.Header.Get("Content-Type"), body
}

// checkForm reads a multipart upload form and checks its package. Form
// errors (400302, 400304, 400119) go to errs; the package's to pkgErrs.
func checkForm(contentType string, body io.Reader, o *options, errs *validate.ErrorList) (info Info, pkgErrs validate.ErrorList) {
	boundary, problem := formBoundary(contentType)
	if problem != "" {
		*errs = append(*errs, validate.NewError(validate.UnmarshalFailed, "", problem))
		return info, nil
	}
	limit := o.maxPackage + multipartOverhead
	lr := &limitedReader{r: body, left: limit + 1}
	mr := multipart.NewReader(lr, boundary)
	var (
		seen    bool
		readErr error
		formErr *validate.Error
		syntax  bool // formErr is a syntax error, which a body cut at the limit causes
	)
	for parts := 1; formErr == nil; parts++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			formErr, syntax = validate.NewError(validate.UnmarshalFailed, "", "malformed multipart form: "+err.Error()), true
			break
		}
		if parts > maxParts {
			formErr = validate.NewError(validate.UnmarshalFailed, "", "the form has more than "+strconv.Itoa(maxParts)+" parts")
			break
		}
		switch name := p.FormName(); {
		case name == "content" && !seen:
			seen = true
			info, pkgErrs, readErr = inspect(p.FileName(), p, o)
		case name == "parameters":
			formErr = checkParameters(p, limit)
		}
		if err := drainPart(p); err != nil && formErr == nil {
			formErr, syntax = validate.NewError(validate.UnmarshalFailed, "", "malformed multipart form: "+err.Error()), true
		}
	}
	if lr.left <= 0 {
		// Past the limit the form was cut: only what was wrong before counts.
		if formErr != nil && !syntax {
			*errs = append(*errs, formErr)
		}
		*errs = append(*errs, validate.NewError(validate.ChartTooLarge, "", "the request body is larger than "+strconv.FormatInt(limit, 10)+" bytes"))
		return info, nil
	}
	if formErr == nil && readErr != nil {
		formErr = validate.NewError(validate.UnmarshalFailed, "", "malformed multipart form: "+readErr.Error())
	}
	if formErr != nil {
		*errs = append(*errs, formErr)
		return info, nil
	}
	if !seen {
		*errs = append(*errs, validate.NewError(validate.ChartFileNotFound, fieldContent, "the form has no \"content\" file part"))
	}
	return info, pkgErrs
}

// formBoundary returns the boundary of a multipart/form-data content type,
// or why there is none.
func formBoundary(contentType string) (boundary, problem string) {
	if !rules.MediaTypeIs(contentType, "multipart/form-data") {
		return "", "Content-Type " + strconv.Quote(contentType) + " is not multipart/form-data"
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return "", "Content-Type " + strconv.Quote(contentType) + " has no multipart boundary"
	}
	return params["boundary"], ""
}

// checkParameters checks that the "parameters" part is a JSON object; it
// reads at most limit+1 bytes of it, the limit of the whole body.
func checkParameters(p io.Reader, limit int64) *validate.Error {
	data, tooLarge, err := jsonbody.Read(p, limit)
	if err != nil || tooLarge {
		return nil // the form's size or syntax decides
	}
	var v struct{}
	if reason := jsonbody.Decode(data, limit, &v); reason != "" {
		return validate.NewError(validate.UnmarshalFailed, fieldParameters, "parameters must be a JSON object: "+reason)
	}
	return nil
}

var partBufPool = make(chan []byte, 4)

// drainPart reads the rest of a part.
func drainPart(p io.Reader) error {
	var buf []byte
	select {
	case buf = <-partBufPool:
	default:
		buf = make([]byte, 8<<10)
	}
	defer func() {
		select {
		case partBufPool <- buf:
		default:
		}
	}()
	for {
		_, err := p.Read(buf)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// A limitedReader reads at most left bytes of r; left <= 0 afterwards means
// the body was longer than the limit.
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// checkChartID applies the chart ID rules of cci-rules.md §3.
func checkChartID(id string) *validate.Error {
	p := rules.ChartID(id)
	switch p.Kind {
	case rules.Empty:
		return validate.NewError(validate.ChartIDEmpty, fieldChartID, "the chart ID is empty")
	case rules.TooLong:
		return validate.NewError(validate.ChartIDTooLong, fieldChartID, "chart ID "+strconv.Quote(id)+" is "+strconv.Itoa(len(id))+" bytes, more than 64")
	case rules.Invalid:
		return validate.NewError(validate.ChartIDInvalid, fieldChartID, "chart ID "+strconv.Quote(id)+": "+p.Reason)
	}
	return nil
}
