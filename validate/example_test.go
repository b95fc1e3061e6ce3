package validate_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/ccicheck/ccicheck/validate"
)

func ExampleLookup() {
	e, ok := validate.Lookup("CCI.02.409101")
	fmt.Println(ok, e.HTTPStatus, e.Reason)
	fmt.Println(e.Message)
	// Output:
	// true 409 Conflict
	// namespace name is already exist
}

func ExampleCodeOf() {
	err := fmt.Errorf("create namespace: %w",
		validate.NewError(validate.NamespaceNameInvalid, "metadata.name", `name "Demo" must be lowercase`))
	fmt.Println(validate.CodeOf(err))
	fmt.Println(errors.Is(err, validate.ErrBadRequest))
	// Output:
	// CCI.02.400109
	// true
}

func ExampleStatusOf() {
	errs := validate.ErrorList{
		validate.NewError(validate.ReleaseNameTooLong, "name", "31 bytes, at most 24"),
	}
	st, _ := validate.StatusOf(errs.Err())
	body, _ := json.Marshal(st)
	fmt.Println(string(body))
	// Output:
	// {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Release name length error","reason":"BadRequest","details":{"causes":[{"reason":"CCI.04.400202","message":"31 bytes, at most 24","field":"name"}]},"code":400,"errorCode":"CCI.04.400202"}
}

// A server's rejection and a pre-flight one are handled by the same code.
func ExampleFromResponse() {
	resp := &http.Response{
		StatusCode: 409,
		Body: io.NopCloser(bytes.NewReader([]byte(
			`{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}`))),
	}
	defer resp.Body.Close()
	err := validate.FromResponse(resp)

	fmt.Println(validate.CodeOf(err))
	fmt.Println(errors.Is(err, validate.ErrConflict))
	var e *validate.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code == validate.NamespaceAlreadyExists)
	}
	// Output:
	// CCI.02.409101
	// true
	// true
}

func ExampleErrorList_Err() {
	var errs validate.ErrorList
	fmt.Println(errs.Err() == nil)
	errs = append(errs,
		validate.NewError(validate.NamespaceNameInvalid, "metadata.name", "empty"),
		validate.NewError(validate.NamespaceFlavorMissing, "metadata.annotations[namespace.kubernetes.io/flavor]", "missing"))
	fmt.Println(errs.Err())
	// Output:
	// true
	// CCI.02.400109 metadata.name: empty
	// CCI.02.400111 metadata.annotations[namespace.kubernetes.io/flavor]: missing
}
