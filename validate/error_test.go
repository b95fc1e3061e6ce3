package validate

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{NewError(ReleaseNameInvalid, "name", `release name "my.release" may contain only letters, digits, '_' and '-'`),
			`CCI.04.400203 name: release name "my.release" may contain only letters, digits, '_' and '-'`},
		{NewError(NamespaceBodyInvalid, "", "body is not a JSON object"), "CCI.02.400101: body is not a JSON object"},
		// No detail: the server's message stands in.
		{NewError(NamespaceAlreadyExists, "metadata.name", ""), "CCI.02.409101 metadata.name: namespace name is already exist"},
		{Errorf(VolumeIDTooLong, "metadata.annotations[volumeID]", "%d bytes, at most %d", 65, 64),
			"CCI.01.400303 metadata.annotations[volumeID]: 65 bytes, at most 64"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.err.Error())
	}
}

func TestErrorStatusAndReason(t *testing.T) {
	e := NewError(NamespaceAlreadyExists, "metadata.name", "")
	assert.Equal(t, 409, e.HTTPStatus())
	assert.Equal(t, "Conflict", e.Reason())
	assert.Equal(t, "namespace name is already exist", e.Message())
}

func TestErrorIsCategory(t *testing.T) {
	tests := []struct {
		code Code
		want error
	}{
		{ReleaseNameInvalid, ErrBadRequest},
		{AgencyNotAuthorized, ErrUnauthorized},
		{NamespaceCreateForbidden, ErrForbidden},
		{ReleaseNotFound, ErrNotFound},
		{NamespaceAlreadyExists, ErrConflict},
		{ClusterEndpointNotFound, ErrInternal},
	}
	all := []error{ErrBadRequest, ErrUnauthorized, ErrForbidden, ErrNotFound, ErrConflict, ErrInternal}
	for _, tc := range tests {
		err := fmt.Errorf("create: %w", NewError(tc.code, "", ""))
		for _, s := range all {
			assert.Equal(t, s == tc.want, errors.Is(err, s), "errors.Is(%s, %v)", tc.code, s)
		}
	}
}

func TestErrorIsSameCode(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", NewError(ReleaseNameInvalid, "name", "x"))
	assert.True(t, errors.Is(err, &Error{Code: ReleaseNameInvalid}))
	assert.False(t, errors.Is(err, &Error{Code: ReleaseNameEmpty}))
	assert.False(t, errors.Is(err, (*Error)(nil)))
	assert.False(t, errors.Is(err, errors.New("bad request")))
}

func TestErrorAsThroughWrapping(t *testing.T) {
	inner := NewError(VolumeIDInvalid, "metadata.annotations[volumeID]", "x")
	err := fmt.Errorf("import: %w", fmt.Errorf("volume: %w", inner))
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Same(t, inner, e)
	joined := errors.Join(errors.New("other"), err)
	e = nil
	require.True(t, errors.As(joined, &e))
	assert.Same(t, inner, e)
}

func TestErrorList(t *testing.T) {
	var empty ErrorList
	assert.NoError(t, empty.Err())
	assert.Nil(t, empty.First())
	assert.Empty(t, CodeOf(empty.Err()))

	one := ErrorList{NewError(ReleaseNameTooLong, "name", "x")}
	assert.Same(t, one[0], one.Err())
	assert.Same(t, one[0], one.First())

	two := ErrorList{NewError(UnmarshalFailed, "values", "missing"), NewError(ReleaseNameInvalid, "name", "bad")}
	err := two.Err()
	require.Error(t, err)
	assert.Equal(t, "CCI.04.400302 values: missing\nCCI.04.400203 name: bad", err.Error())
	assert.Equal(t, "CCI.04.400302", CodeOf(err))
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Same(t, two[0], e)
	assert.True(t, errors.Is(err, &Error{Code: ReleaseNameInvalid}), "every error of the list is seen")
	assert.True(t, errors.Is(err, ErrBadRequest))
	assert.Equal(t, []Code{UnmarshalFailed, ReleaseNameInvalid}, two.Codes())
	assert.True(t, two.Has(ReleaseNameInvalid))
	assert.False(t, two.Has(ReleaseNameEmpty))
}

func TestCodeOf(t *testing.T) {
	e := NewError(NamespaceNameInvalid, "metadata.name", "x")
	list := ErrorList{NewError(NamespaceFlavorMissing, "", ""), e}
	server := &StatusError{StatusCode: 409, Status: NewStatus(NamespaceAlreadyExists)}
	unknown := &StatusError{StatusCode: 403, Status: Status{Kind: "Status", ErrorCode: "CCI.03.403001"}}
	gateway := &StatusError{StatusCode: 401, Body: []byte(`{"error_code":"APIGW.0301"}`)}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"nil", nil, ""},
		{"plain", errors.New("x"), ""},
		{"error", e, "CCI.02.400109"},
		{"wrapped", fmt.Errorf("a: %w", fmt.Errorf("b: %w", e)), "CCI.02.400109"},
		{"list", list.Err(), "CCI.02.400111"},
		{"wrapped list", fmt.Errorf("a: %w", list.Err()), "CCI.02.400111"},
		{"join", errors.Join(errors.New("x"), e, server), "CCI.02.400109"},
		{"server", fmt.Errorf("call: %w", server), "CCI.02.409101"},
		{"server code unknown to the catalogue", unknown, "CCI.03.403001"},
		{"gateway", gateway, ""},
		{"gateway then error", errors.Join(gateway, e), "CCI.02.400109"},
		{"invalid code", &Error{}, ""},
		{"nil *Error", (*Error)(nil), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, CodeOf(tc.err))
		})
	}
}
