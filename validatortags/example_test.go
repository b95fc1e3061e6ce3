package validatortags_test

import (
	"fmt"

	"github.com/go-playground/validator/v10"

	"github.com/ccicheck/ccicheck/validatortags"
)

// A request builder of the user's own, checked with ccicheck's rules.
type releaseSpec struct {
	Name      string `json:"name" validate:"cci_release_name"`
	ChartID   string `json:"chart_id" validate:"cci_chart_id"`
	Version   string `json:"version" validate:"cci_semver"`
	Namespace string `json:"namespace" validate:"cci_dns_label"`
	Owner     string `json:"owner,omitempty" validate:"omitempty,email"`
}

func Example() {
	v := validator.New()
	if err := validatortags.Register(v); err != nil {
		fmt.Println(err)
		return
	}
	spec := releaseSpec{Name: "my.release", ChartID: "", Version: "1.0", Namespace: "shop", Owner: "nobody"}
	errs := validatortags.Errors(v.Struct(&spec))
	for _, e := range errs {
		fmt.Println(e.Code, e.Field)
	}
	fmt.Println("answer:", errs.Status().ErrorCode)
	// Output:
	// CCI.04.400203 name
	// CCI.04.400105 chart_id
	// CCI.04.400104 version
	// Code(0) owner
	// answer: CCI.04.400203
}
