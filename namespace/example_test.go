package namespace_test

import (
	"fmt"
	"net/url"

	"github.com/ccicheck/ccicheck/namespace"
)

func ExampleValidateCreate() {
	ns := &namespace.Namespace{
		Kind:       "Namespace",
		APIVersion: "v1",
		Metadata: namespace.ObjectMeta{
			Name:        "namespace-test",
			Labels:      map[string]string{namespace.EnterpriseProjectLabel: "0"},
			Annotations: map[string]string{namespace.FlavorAnnotation: "gpu"},
		},
	}
	for _, e := range namespace.ValidateCreate(ns) {
		fmt.Println(e.Code, e.Field)
		fmt.Println(e.Detail)
	}
	// Output:
	// CCI.02.400110 metadata.annotations[namespace.kubernetes.io/flavor]
	// flavor "gpu" is not one of general-computing, gpu-accelerated
}

func ExampleValidateCreateRequest() {
	body := []byte(`{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"namespace-test",` +
		`"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`)
	fmt.Println(namespace.ValidateCreateRequest("application/json; charset=utf-8", body).Err())
	fmt.Println(namespace.ValidateCreateRequest("text/plain", body).Err())
	// Output:
	// <nil>
	// CCI.02.400103 Content-Type: Content-Type "text/plain" is not application/json
}

func ExampleValidateCreate_context() {
	ns := &namespace.Namespace{Metadata: namespace.ObjectMeta{
		Name:        "team-a",
		Annotations: map[string]string{namespace.FlavorAnnotation: "general-computing"},
	}}
	ctx := namespace.Context{
		Actions:  []string{"cci:namespace:*"},
		Existing: []string{"team-a", "team-b"},
		Quota:    &namespace.Quota{Used: 2}, // the default quota is 5
	}
	fmt.Println(namespace.ValidateCreate(ns, namespace.WithContext(ctx)).Codes())
	// Output:
	// [CCI.02.409101]
}

func ExampleValidateCreateManifest() {
	file := []byte(`apiVersion: v1
kind: Namespace
metadata:
  name: Team_A
  annotations:
    namespace.kubernetes.io/flavor: general-computing
`)
	results, err := namespace.ValidateCreateManifest(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		for _, e := range r.Errors {
			line, col := r.Document.Position(e.Field)
			fmt.Printf("namespace.yaml:%d:%d: %s %s\n", line, col, e.Code, e.Field)
		}
	}
	// Output:
	// namespace.yaml:4:9: CCI.02.400109 metadata.name
}

func ExampleValidateList() {
	query := url.Values{"limit": {"-1"}}
	fmt.Println(namespace.ValidateList(query).Codes())
	fmt.Println(namespace.ValidateList(url.Values{}, namespace.WithNamespaceScopedList()).Codes())
	// Output:
	// [CCI.02.400117]
	// [CCI.01.400105]
}

func ExampleValidateDelete() {
	query := url.Values{"propagationPolicy": {"Cascade"}}
	for _, e := range namespace.ValidateDelete("team-a", query, nil) {
		fmt.Println(e.Code, e.Field)
	}
	// Output:
	// CCI.01.400101 propagationPolicy
}
