package chart

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
)

// part is one part of a test form: a file part when filename is not nil.
type part struct {
	name     string
	filename *string
	data     []byte
}

func fileName(s string) *string { return &s }

func filePart(filename string, data []byte) part {
	return part{name: "content", filename: fileName(filename), data: data}
}

func textPart(name, value string) part { return part{name: name, data: []byte(value)} }

// form returns a multipart/form-data body of the parts and its content type.
func form(parts ...part) (string, []byte) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, p := range parts {
		var pw io.Writer
		if p.filename != nil {
			pw, _ = w.CreateFormFile(p.name, *p.filename)
		} else {
			pw, _ = w.CreateFormField(p.name)
		}
		_, _ = pw.Write(p.data)
	}
	_ = w.Close()
	return w.FormDataContentType(), buf.Bytes()
}

func TestValidateUploadBody(t *testing.T) {
	okPkg := good().Archive()
	many := make([]part, 17)
	for i := range many {
		many[i] = textPart("x", "y")
	}
	sixteen := append([]part{filePart(okName, okPkg)}, many[:15]...)
	bigCT, bigBody := form(filePart(okName, okPkg), textPart("notes", strings.Repeat("x", 2<<20+64<<10)))
	cases := []struct {
		name  string
		body  func() (string, []byte)
		want  []validate.Code
		field string
	}{
		{"valid", body(filePart(okName, okPkg)), nil, ""},
		{"valid with parameters", body(filePart(okName, okPkg), textPart("parameters", `{"description": "x"}`)), nil, ""},
		{"16 parts", body(sixteen...), nil, ""},
		{"not multipart", rawBody("application/json", `{}`), []validate.Code{validate.UnmarshalFailed}, ""},
		{"no content type", rawBody("", ""), []validate.Code{validate.UnmarshalFailed}, ""},
		{"no boundary", rawBody("multipart/form-data", ""), []validate.Code{validate.UnmarshalFailed}, ""},
		{"malformed form", rawBody("multipart/form-data; boundary=xyz", "--xyz\r\nbroken"), []validate.Code{validate.UnmarshalFailed}, ""},
		{"parameters an array", body(filePart(okName, okPkg), textPart("parameters", `[1]`)), []validate.Code{validate.UnmarshalFailed}, "parameters"},
		{"parameters not JSON", body(textPart("parameters", `{x`), filePart(okName, okPkg)), []validate.Code{validate.UnmarshalFailed}, "parameters"},
		{"17 parts", body(append([]part{filePart(okName, okPkg)}, many[:16]...)...), []validate.Code{validate.UnmarshalFailed}, ""},
		{"body too large", rawBody(bigCT, string(bigBody)), []validate.Code{validate.ChartTooLarge}, ""},
		{"no content part", body(textPart("parameters", `{}`)), []validate.Code{validate.ChartFileNotFound}, "content"},
		{"empty form", body(), []validate.Code{validate.ChartFileNotFound}, "content"},
		{"content without file name", body(textPart("content", string(okPkg))), []validate.Code{validate.ChartFileInvalid, validate.ChartPackageNameMismatch}, "content.filename"},
		{"package too large", body(filePart(okName, randomBytes(2<<20+1))), []validate.Code{validate.ChartTooLarge}, "content"},
		{"wrong extension", body(filePart("mychart-0.1.0.tar.gz", okPkg)), []validate.Code{validate.ChartFileInvalid, validate.ChartPackageNameMismatch}, "content.filename"},
		{"empty package", body(filePart(okName, nil)), []validate.Code{validate.ChartFileNotFound}, "content"},
		{"corrupt package", body(filePart(okName, okPkg[:100])), []validate.Code{validate.ChartPackageInvalid}, "content"},
		{"no Chart.yaml", body(filePart(okName, chartgen.New().File("mychart/values.yaml", "").Archive())), []validate.Code{validate.ChartFileNotFound}, "content[mychart/Chart.yaml]"},
		{"version 1.2", body(filePart("mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").Archive())), []validate.Code{validate.ChartVersionInvalid}, ""},
		{"name mismatch", body(filePart("x-0.1.0.tgz", okPkg)), []validate.Code{validate.ChartPackageNameMismatch}, "content.filename"},
		{"path in file name", body(filePart("dir/"+okName, okPkg)), nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ct, b := tc.body()
			errs := ValidateUploadBody(ct, bytes.NewReader(b))
			assert.Equal(t, tc.want, codesOf(errs), "%v", errs)
			if tc.field != "" && len(errs) > 0 {
				assert.Equal(t, tc.field, errs[0].Field)
			}
			req := httptest.NewRequest(http.MethodPost, "/v2/charts", bytes.NewReader(b))
			req.Header.Set("Content-Type", ct)
			assert.Equal(t, errs, ValidateUpload(req))
		})
	}
}

// body returns the form of the parts, with its content type.
func body(ps ...part) func() (string, []byte) {
	return func() (string, []byte) { return form(ps...) }
}

// rawBody returns a body as given.
func rawBody(ct, b string) func() (string, []byte) {
	return func() (string, []byte) { return ct, []byte(b) }
}
func TestUploadContext(t *testing.T) {
	ct, b := form(filePart(okName, good().Archive()))
	cases := []struct {
		ctx  Context
		want []validate.Code
	}{
		{Context{}, nil},
		{Context{Uploaded: []string{"other"}, Official: []string{"nginx"}}, nil},
		{Context{Uploaded: []string{"mychart"}}, []validate.Code{validate.ChartAlreadyExists}},
		{Context{Official: []string{"mychart"}}, []validate.Code{validate.ChartNameOfficial}},
		{Context{Uploaded: []string{"mychart"}, Official: []string{"mychart"}}, []validate.Code{validate.ChartAlreadyExists, validate.ChartNameOfficial}},
	}
	for _, tc := range cases {
		errs := ValidateUploadBody(ct, bytes.NewReader(b), WithContext(tc.ctx))
		assert.Equal(t, tc.want, codesOf(errs), "%+v", tc.ctx)
	}
	// Context rules wait for a valid package.
	ct, b = form(filePart("x.tgz", good().Archive()))
	errs := ValidateUploadBody(ct, bytes.NewReader(b), WithContext(Context{Uploaded: []string{"mychart"}}))
	assert.Equal(t, []validate.Code{validate.ChartPackageNameMismatch}, codesOf(errs))
}

func TestValidateUpdateBody(t *testing.T) {
	const id = "3f1e2d4c-0000-4a5b-9c8d-123456789abc"
	ct, b := form(filePart(okName, good().Archive()))
	same := &StoredChart{Name: "mychart", Version: "0.1.0", Owner: "t1"}
	cases := []struct {
		name string
		id   string
		ct   string
		body []byte
		ctx  Context
		want []validate.Code
	}{
		{"valid", id, ct, b, Context{}, nil},
		{"same chart and tenant", id, ct, b, Context{Chart: same, Tenant: "t1"}, nil},
		{"name taken does not apply", id, ct, b, Context{Uploaded: []string{"mychart"}}, nil},
		{"official name", id, ct, b, Context{Official: []string{"mychart"}}, []validate.Code{validate.ChartNameOfficial}},
		{"empty ID", "", ct, b, Context{}, []validate.Code{validate.ChartIDEmpty}},
		{"65-character ID", strings.Repeat("a", 65), ct, b, Context{}, []validate.Code{validate.ChartIDTooLong}},
		{"64-character ID", strings.Repeat("a", 64), ct, b, Context{}, nil},
		{"bad ID", "abc/def", ct, b, Context{}, []validate.Code{validate.ChartIDInvalid}},
		{"bad ID and body", "-x", "text/plain", b, Context{}, []validate.Code{validate.ChartIDInvalid, validate.UnmarshalFailed}},
		{"other version", id, ct, b, Context{Chart: &StoredChart{Name: "mychart", Version: "0.2.0"}}, []validate.Code{validate.ChartNameVersionChanged}},
		{"other name", id, ct, b, Context{Chart: &StoredChart{Name: "yours", Version: "0.1.0"}}, []validate.Code{validate.ChartNameVersionChanged}},
		{"other tenant", id, ct, b, Context{Chart: same, Tenant: "t2"}, []validate.Code{validate.ChartOfOtherTenant}},
		{"both", id, ct, b, Context{Chart: &StoredChart{Name: "x", Owner: "t1"}, Tenant: "t2"},
			[]validate.Code{validate.ChartNameVersionChanged, validate.ChartOfOtherTenant}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			errs := ValidateUpdateBody(tc.id, tc.ct, bytes.NewReader(tc.body), WithContext(tc.ctx))
			assert.Equal(t, tc.want, codesOf(errs), "%v", errs)
			req := httptest.NewRequest(http.MethodPut, "/v2/charts/"+tc.id, bytes.NewReader(tc.body))
			req.Header.Set("Content-Type", tc.ct)
			assert.Equal(t, errs, ValidateUpdate(tc.id, req, WithContext(tc.ctx)))
		})
	}
	assert.Equal(t, []validate.Code{validate.UnmarshalFailed}, codesOf(ValidateUpdate(id, nil)))
}

// codesOf returns the codes of errs, nil when there are none.
func codesOf(errs validate.ErrorList) []validate.Code {
	if len(errs) == 0 {
		return nil
	}
	return errs.Codes()
}
