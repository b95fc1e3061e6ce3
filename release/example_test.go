package release_test

import (
	"encoding/json"
	"fmt"

	"github.com/ccicheck/ccicheck/release"
)

func ExampleValidateCreate() {
	r := release.CreateRequest{
		ChartID:   "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
		Name:      "my.release",
		Namespace: "default",
		Version:   "1.0",
		Values:    json.RawMessage(`{"imageTag":"v2"}`),
	}
	for _, e := range release.ValidateCreate(&r) {
		fmt.Println(e.Code, e.Field)
	}
	// Output:
	// CCI.04.400203 name
	// CCI.04.400104 version
}

func ExampleValidateCreateJSON() {
	body := []byte(`{"chart_id":"0a1b2c3d-4e5f-6789-abcd-ef0123456789","name":"my-release",
		"namespace":"default","version":"1.0.0","values":{"imageTag":"v2"}}`)
	errs := release.ValidateCreateJSON(body, release.WithContext(release.Context{
		Releases: map[string]string{"my-release": release.StatusDeployed},
	}))
	fmt.Println(errs.First().Code, errs.First().Field, errs.First().HTTPStatus())
	// Output: CCI.04.409213 name 409
}

func ExampleValidateUpdateJSON() {
	for _, body := range []string{
		`{"action":"rollback","parameters":{"release_version":2}}`,
		`{"action":"rollback","parameters":{"release_version":0}}`,
		`{"action":"rollback","parameters":{"release_version":"2"}}`,
		`{"action":"install"}`,
	} {
		errs := release.ValidateUpdateJSON("my-release", []byte(body))
		if errs == nil {
			fmt.Println("ok")
			continue
		}
		fmt.Println(errs.First().Code, errs.First().Field)
	}
	// Output:
	// ok
	// CCI.04.400218 parameters.release_version
	// CCI.04.400302 parameters.release_version
	// CCI.04.400214 action
}

func ExampleValidateGet() {
	ctx := release.WithContext(release.Context{Releases: map[string]string{"web": release.StatusDeployed}})
	fmt.Println(release.ValidateGet("web", ctx).Err())
	fmt.Println(release.ValidateGet("db", ctx).Err())
	// Output:
	// <nil>
	// CCI.04.404204 name: release "db" does not exist in the cluster
}

func ExampleValidateCreateManifest() {
	data := []byte(`chart_id: 0a1b2c3d-4e5f-6789-abcd-ef0123456789
name: web
namespace: shop
version: 2.1.0
values:
  replicas: 2
---
chart_id: 0a1b2c3d-4e5f-6789-abcd-ef0123456789
name: web-
namespace: shop
version: 2.1.0
values: {}
`)
	results, err := release.ValidateCreateManifest(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		for _, e := range r.Errors {
			line, col := r.Document.Position(e.Field)
			fmt.Printf("%d:%d: %s %s\n", line, col, e.Code, e.Field)
		}
	}
	// Output: 9:7: CCI.04.400203 name
}
