package validate

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenStatuses are the bodies pinned in testdata/status: at least one code of each
// HTTP status CCI answers with, a list of several errors, and a server-shaped body
// without details.
var goldenStatuses = []struct {
	name string
	err  error
}{
	{"400-release-name-invalid", NewError(ReleaseNameInvalid, "name", `release name "my.release" may contain only letters, digits, '_' and '-'`)},
	{"401-agency-not-authorized", NewError(AgencyNotAuthorized, "", "")},
	{"403-namespace-create-forbidden", NewError(NamespaceCreateForbidden, "", "the caller does not hold cci:namespace:create")},
	{"404-release-not-found", NewError(ReleaseNotFound, "name", `release "web" does not exist in namespace "demo"`)},
	{"409-namespace-already-exists", NewError(NamespaceAlreadyExists, "metadata.name", `namespace "demo" already exists`)},
	{"500-cluster-endpoint-not-found", NewError(ClusterEndpointNotFound, "", "")},
	{"400-list", ErrorList{
		NewError(NamespaceNameInvalid, "metadata.name", `name "Demo" must contain only lowercase letters, digits and '-'`),
		NewError(NamespaceFlavorInvalid, "metadata.annotations[namespace.kubernetes.io/flavor]", `flavor "gpu" is not one of general-computing, gpu-accelerated`),
	}.Err()},
	{"400-full-width-message", NewError(SubnetCIDRInvalid, "spec.cidr", `"10.0.0.0/33" is not an IPv4 CIDR`)},
}

func TestStatusGolden(t *testing.T) {
	for _, tc := range goldenStatuses {
		t.Run(tc.name, func(t *testing.T) {
			st, ok := StatusOf(tc.err)
			require.True(t, ok)
			got, err := json.Marshal(st)
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "status", tc.name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./validate -update to create it")
			assert.Equal(t, string(want), string(got))

			back, err := ParseStatus(want)
			require.NoError(t, err)
			assert.Equal(t, st, back, "ParseStatus round-trips the golden body")
		})
	}
}

func TestStatusOfShape(t *testing.T) {
	list := ErrorList{NewError(NamespaceNameInvalid, "metadata.name", "a"), NewError(NamespaceFlavorMissing, "metadata.annotations[namespace.kubernetes.io/flavor]", "")}
	st, ok := StatusOf(fmt.Errorf("wrapped: %w", list.Err()))
	require.True(t, ok)
	assert.Equal(t, "Status", st.Kind)
	assert.Equal(t, "v1", st.APIVersion)
	assert.Equal(t, "Failure", st.Status)
	assert.Equal(t, NamespaceNameInvalid.Message(), st.Message)
	assert.Equal(t, "BadRequest", st.Reason)
	assert.Equal(t, 400, st.Code)
	assert.Equal(t, "CCI.02.400109", st.ErrorCode)
	require.NotNil(t, st.Details)
	assert.Equal(t, []StatusCause{
		{Reason: "CCI.02.400109", Message: "a", Field: "metadata.name"},
		{Reason: "CCI.02.400111", Message: NamespaceFlavorMissing.Message(), Field: "metadata.annotations[namespace.kubernetes.io/flavor]"},
	}, st.Details.Causes)

	_, ok = StatusOf(errors.New("plain"))
	assert.False(t, ok)
	_, ok = StatusOf(nil)
	assert.False(t, ok)
	_, ok = StatusOf(&Error{})
	assert.False(t, ok, "the zero Code has no Status")
}

// Key order is CCI's, and details are left out when there are none.
func TestNewStatusBytes(t *testing.T) {
	got, err := json.Marshal(NewStatus(NamespaceAlreadyExists))
	require.NoError(t, err)
	assert.Equal(t, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}`, string(got))
}

func TestParseStatus(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "responses", "cci-409101.json"))
	require.NoError(t, err)
	st, err := ParseStatus(body)
	require.NoError(t, err)
	assert.Equal(t, NewStatus(NamespaceAlreadyExists), st)

	// The Huawei Cloud error shape, for CCI codes only.
	st, err = ParseStatus([]byte(`{"error_code":"CCI.04.400203","error_msg":"Release name not match regex"}`))
	require.NoError(t, err)
	assert.Equal(t, NewStatus(ReleaseNameInvalid), st)

	for _, bad := range []string{
		``, `null`, `[]`, `"Status"`, `{}`, `{"kind":"Pod"}`, `{"kind":"Status","code":"400"}`,
		`{"error_code":"APIGW.0301","error_msg":"x"}`, `<html></html>`,
	} {
		_, err := ParseStatus([]byte(bad))
		assert.ErrorIs(t, err, ErrNotStatus, "ParseStatus(%q)", bad)
	}
	// Empty details are no details.
	st, err = ParseStatus([]byte(`{"kind":"Status","details":{},"code":404}`))
	require.NoError(t, err)
	assert.Nil(t, st.Details)
}

func response(t *testing.T, status int, file string) *http.Response {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "responses", file))
	require.NoError(t, err)
	return &http.Response{StatusCode: status, Body: io.NopCloser(bytes.NewReader(body))}
}

func TestFromResponseCCI(t *testing.T) {
	err := FromResponse(response(t, 409, "cci-409101.json"))
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 409, se.StatusCode)
	assert.Equal(t, "CCI.02.409101", se.Status.ErrorCode)
	assert.Equal(t, "CCI.02.409101", CodeOf(err))
	assert.ErrorIs(t, err, ErrConflict)
	assert.NotErrorIs(t, err, ErrBadRequest)
	assert.ErrorIs(t, err, &Error{Code: NamespaceAlreadyExists})
	assert.Equal(t, "server answered 409 Conflict: CCI.02.409101: namespace name is already exist", err.Error())

	var e *Error
	require.ErrorAs(t, fmt.Errorf("create: %w", err), &e)
	assert.Equal(t, NamespaceAlreadyExists, e.Code)
	assert.Equal(t, "namespace name is already exist", e.Detail)

	// Ours and theirs compare alike.
	ours := NewError(NamespaceAlreadyExists, "metadata.name", "taken")
	assert.Equal(t, CodeOf(ours), CodeOf(err))
	assert.ErrorIs(t, ours, se)
}

func TestFromResponseUnknownCode(t *testing.T) {
	err := FromResponse(response(t, 403, "cci-03-unknown.json"))
	assert.Equal(t, "CCI.03.403001", CodeOf(err))
	assert.ErrorIs(t, err, ErrForbidden)
	var e *Error
	assert.False(t, errors.As(err, &e), "the code is not in the catalogue")
}

func TestFromResponsePlainKubernetesNotFound(t *testing.T) {
	err := FromResponse(response(t, 404, "k8s-notfound.json"))
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "NotFound", se.Status.Reason)
	assert.Empty(t, CodeOf(err))
	assert.ErrorIs(t, err, ErrNotFound)
	st, ok := StatusOf(err)
	assert.True(t, ok)
	assert.Equal(t, "demo", st.Details.Name)
}

func TestFromResponseGateway(t *testing.T) {
	resp := response(t, 401, "apigw-0301.json")
	err := FromResponse(resp)
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 401, se.StatusCode)
	assert.Contains(t, string(se.Body), "APIGW.0301")
	assert.Empty(t, se.Status.Kind)
	assert.Empty(t, CodeOf(err))
	assert.ErrorIs(t, err, ErrUnauthorized)
	assert.Contains(t, err.Error(), "APIGW.0301")
	var e *Error
	assert.False(t, errors.As(err, &e))
}

func TestFromResponseHTML(t *testing.T) {
	err := FromResponse(response(t, 502, "gateway-502.html"))
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 502, se.StatusCode)
	assert.True(t, strings.HasPrefix(string(se.Body), "<html>"))
	assert.Empty(t, CodeOf(err))
	assert.ErrorIs(t, err, ErrInternal)
	assert.Equal(t, "server answered 502 Bad Gateway", err.Error())
}

func TestFromResponseSuccessAndLimits(t *testing.T) {
	for _, code := range []int{200, 201, 204, 299} {
		assert.NoError(t, FromResponse(&http.Response{StatusCode: code, Body: http.NoBody}))
	}
	assert.Error(t, FromResponse(nil))
	assert.Error(t, FromResponse(&http.Response{StatusCode: 500}), "no body still fails")

	// An endless body: at most MaxStatusBody bytes are read, and the body is not closed.
	body := &countingReader{}
	err := FromResponse(&http.Response{StatusCode: 400, Body: body})
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Len(t, se.Body, MaxStatusBody)
	assert.Equal(t, int64(MaxStatusBody), body.n)
	assert.False(t, body.closed)
}

type countingReader struct {
	n      int64
	closed bool
}

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	r.n += int64(len(p))
	return len(p), nil
}

func (r *countingReader) Close() error { r.closed = true; return nil }

// FuzzParseStatus: no panic, and what parses re-marshals to an equivalent Status.
func FuzzParseStatus(f *testing.F) {
	for _, tc := range goldenStatuses {
		st, _ := StatusOf(tc.err)
		b, _ := json.Marshal(st)
		f.Add(b)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "responses", "*"))
	for _, file := range files {
		b, _ := os.ReadFile(file)
		f.Add(b)
	}
	f.Add([]byte(`{"error_code":"CCI.04.400203","error_msg":"x"}`))
	f.Add([]byte(`{"kind":"Status","details":{"causes":[]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		st, err := ParseStatus(body)
		if err != nil {
			if !errors.Is(err, ErrNotStatus) {
				t.Fatalf("ParseStatus error %v does not wrap ErrNotStatus", err)
			}
			return
		}
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", st, err)
		}
		back, err := ParseStatus(b)
		if err != nil {
			t.Fatalf("ParseStatus(Marshal(ParseStatus(%q))) = %v", body, err)
		}
		if !equivalent(st, back) {
			t.Fatalf("round trip changed the Status:\n%+v\n%+v", st, back)
		}
	})
}

// equivalent compares two Statuses as JSON, where a nil and an empty list of causes
// are the same.
func equivalent(a, b Status) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}
