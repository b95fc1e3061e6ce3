package acceptance_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

func mustCode(t *testing.T, s string) validate.Code {
	t.Helper()
	c, ok := validate.ParseCode(s)
	require.True(t, ok, "code %s", s)
	return c
}

// §1: exact bytes and key order, details with causes.
func TestS1StatusBytesWithCause(t *testing.T) {
	err := validate.NewError(mustCode(t, c04_400203), "name", "bad")
	st, ok := validate.StatusOf(err)
	require.True(t, ok)
	b, jerr := json.Marshal(st)
	require.NoError(t, jerr)
	want := `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",` +
		`"message":"Release name not match regex","reason":"BadRequest",` +
		`"details":{"causes":[{"reason":"CCI.04.400203","message":"bad","field":"name"}]},` +
		`"code":400,"errorCode":"CCI.04.400203"}`
	assert.Equal(t, want, string(b))
}

// §1: details left out when there are no causes.
func TestS1StatusBytesNoDetails(t *testing.T) {
	cases := []struct {
		code string
		want string
	}{
		{c04_400203, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Release name not match regex","reason":"BadRequest","code":400,"errorCode":"CCI.04.400203"}`},
		{c02_409101, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}`},
		{c04_404204, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Release not found","reason":"NotFound","code":404,"errorCode":"CCI.04.404204"}`},
		{c01_403105, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"insufficient operation permission, require cci:namespace:create","reason":"Forbidden","code":403,"errorCode":"CCI.01.403105"}`},
		{"CCI.01.500101", `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"find no cluster endpoint for namespace xxx from icluster response header","reason":"InternalError","code":500,"errorCode":"CCI.01.500101"}`},
		{"CCI.01.401102", `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"user has no agency to cci，please apply a agency to cci","reason":"Unauthorized","code":401,"errorCode":"CCI.01.401102"}`},
	}
	for _, tc := range cases {
		t.Run(tc.code, func(t *testing.T) {
			b, err := json.Marshal(validate.NewStatus(mustCode(t, tc.code)))
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
		})
	}
}

// §1: one request gets one Status: the first broken rule sets the code; every
// rule becomes a cause.
func TestS1StatusOfListFirstWins(t *testing.T) {
	l := validate.ErrorList{
		validate.NewError(mustCode(t, c02_400109), "metadata.name", "x"),
		validate.NewError(mustCode(t, c02_400111), "metadata.annotations[namespace.kubernetes.io/flavor]", "y"),
	}
	st, ok := validate.StatusOf(l.Err())
	require.True(t, ok)
	assert.Equal(t, c02_400109, st.ErrorCode)
	assert.Equal(t, 400, st.Code)
	assert.Equal(t, "BadRequest", st.Reason)
	assert.Equal(t, "Create namespace failed: NamespaceNameInvalid", st.Message)
	require.NotNil(t, st.Details)
	require.Len(t, st.Details.Causes, 2)
	assert.Equal(t, c02_400109, st.Details.Causes[0].Reason)
	assert.Equal(t, "metadata.name", st.Details.Causes[0].Field)
	assert.Equal(t, c02_400111, st.Details.Causes[1].Reason)
	assert.Equal(t, "metadata.annotations[namespace.kubernetes.io/flavor]", st.Details.Causes[1].Field)
	b, err := json.Marshal(st)
	require.NoError(t, err)
	// Key order.
	s := string(b)
	keys := []string{`"kind"`, `"apiVersion"`, `"metadata"`, `"status"`, `"message"`, `"reason"`, `"details"`, `"code"`, `"errorCode"`}
	last := -1
	for _, k := range keys {
		i := strings.Index(s, k)
		require.GreaterOrEqual(t, i, 0, k)
		assert.Greater(t, i, last, "key %s out of order in %s", k, s)
		last = i
	}
	assert.Equal(t, st, l.Status())
}

// §1: code = first three digits of the last group; reason by status; message
// the server's literal message from the TSV; every one of the 90 codes.
func TestS1CatalogueMatchesTSV(t *testing.T) {
	data, err := os.ReadFile("../../validate/testdata/cci-codes.tsv")
	require.NoError(t, err)
	reasons := map[int]string{400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict", 500: "InternalError"}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	require.Equal(t, "code", strings.Split(lines[0], "\t")[0])
	rows := lines[1:]
	require.Len(t, rows, 90)
	entries := validate.Entries()
	require.Len(t, entries, 90)
	for i, row := range rows {
		f := strings.Split(row, "\t")
		require.GreaterOrEqual(t, len(f), 4, row)
		code := f[0]
		t.Run(code, func(t *testing.T) {
			c := mustCode(t, code)
			assert.Equal(t, code, entries[i].Code.String(), "Entries order")
			groups := strings.Split(code, ".")
			st, _ := strconv.Atoi(groups[len(groups)-1][:3])
			assert.Equal(t, st, c.HTTPStatus())
			assert.Equal(t, reasons[st], c.Reason())
			assert.Equal(t, f[2], c.Reason())
			assert.Equal(t, f[3], c.Message())
			s := validate.NewStatus(c)
			assert.Equal(t, "Status", s.Kind)
			assert.Equal(t, "v1", s.APIVersion)
			assert.Equal(t, "Failure", s.Status)
			assert.Equal(t, st, s.Code)
			assert.Equal(t, code, s.ErrorCode)
			assert.Equal(t, f[3], s.Message)
			assert.Nil(t, s.Details)
		})
	}
}

// §1: a Status round-trips through ParseStatus.
func TestS1ParseStatusRoundTrip(t *testing.T) {
	st, _ := validate.StatusOf(validate.NewError(mustCode(t, c01_400306), "metadata.annotations[volumeID]", "d"))
	b, err := json.Marshal(st)
	require.NoError(t, err)
	back, err := validate.ParseStatus(b)
	require.NoError(t, err)
	assert.Equal(t, st, back)
	// A plain Kubernetes NotFound has no errorCode.
	nf := `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespaces \"x\" not found","reason":"NotFound","code":404}`
	p, err := validate.ParseStatus([]byte(nf))
	require.NoError(t, err)
	assert.Equal(t, 404, p.Code)
	assert.Equal(t, "", p.ErrorCode)
	b2, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, nf, string(b2))
}

// §1 / issue 2: one error model for pre-flight and server rejections.
func TestS1ErrorModel(t *testing.T) {
	e := validate.NewError(mustCode(t, c02_409101), "metadata.name", "taken")
	wrapped := fmt.Errorf("create: %w", e)
	assert.Equal(t, c02_409101, validate.CodeOf(wrapped))
	assert.True(t, errors.Is(wrapped, validate.ErrConflict))
	assert.False(t, errors.Is(wrapped, validate.ErrBadRequest))
	var got *validate.Error
	require.True(t, errors.As(wrapped, &got))
	assert.Equal(t, "metadata.name", got.Field)
	assert.Equal(t, "", validate.CodeOf(nil))
	assert.Equal(t, "", validate.CodeOf(errors.New("x")))
	l := validate.ErrorList{
		validate.NewError(mustCode(t, c04_400201), "name", "x"),
		validate.NewError(mustCode(t, c04_400105), "chart_id", "y"),
	}
	assert.Equal(t, c04_400201, validate.CodeOf(l.Err()))
	assert.Equal(t, c04_400201, validate.CodeOf(errors.Join(errors.New("a"), l.Err())))
	assert.Nil(t, validate.ErrorList(nil).Err())
	assert.True(t, l.Has(mustCode(t, c04_400105)))

	body := `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}`
	resp := &http.Response{StatusCode: 409, Body: io.NopCloser(strings.NewReader(body))}
	serr := validate.FromResponse(resp)
	require.Error(t, serr)
	assert.Equal(t, c02_409101, validate.CodeOf(serr))
	assert.True(t, errors.Is(serr, validate.ErrConflict))
	assert.True(t, errors.Is(serr, e))
	var ge *validate.Error
	require.True(t, errors.As(serr, &ge))
	assert.Equal(t, c02_409101, ge.Code.String())
	st, ok := validate.StatusOf(serr)
	require.True(t, ok)
	assert.Equal(t, c02_409101, st.ErrorCode)

	ok200 := &http.Response{StatusCode: 201, Body: io.NopCloser(strings.NewReader("{}"))}
	assert.NoError(t, validate.FromResponse(ok200))

	apigw := &http.Response{StatusCode: 401, Body: io.NopCloser(strings.NewReader(`{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}`))}
	aerr := validate.FromResponse(apigw)
	require.Error(t, aerr)
	assert.Equal(t, "", validate.CodeOf(aerr))
	assert.True(t, errors.Is(aerr, validate.ErrUnauthorized))
	var se *validate.StatusError
	require.True(t, errors.As(aerr, &se))
	assert.Equal(t, 401, se.StatusCode)

	html := &http.Response{StatusCode: 502, Body: io.NopCloser(strings.NewReader("<html>bad gateway</html>"))}
	herr := validate.FromResponse(html)
	require.Error(t, herr)
	assert.True(t, errors.Is(herr, validate.ErrInternal))

	// Huawei error shape for a CCI code, and a newer code the catalogue lacks.
	hw, err := validate.ParseStatus([]byte(`{"error_code":"CCI.04.400203","error_msg":"Release name not match regex"}`))
	require.NoError(t, err)
	assert.Equal(t, c04_400203, hw.ErrorCode)
	assert.Equal(t, 400, hw.Code)
	nw, err := validate.ParseStatus([]byte(`{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"m","reason":"BadRequest","code":400,"errorCode":"CCI.03.400999"}`))
	require.NoError(t, err)
	assert.Equal(t, "CCI.03.400999", nw.ErrorCode)
	_, err = validate.ParseStatus([]byte(`<html></html>`))
	assert.ErrorIs(t, err, validate.ErrNotStatus)
}
