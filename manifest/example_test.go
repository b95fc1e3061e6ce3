package manifest_test

import (
	"fmt"

	"github.com/ccicheck/ccicheck/manifest"
)

func ExampleDecode() {
	file := []byte(`# two namespaces
kind: Namespace
apiVersion: v1
metadata:
  name: team-a
  annotations:
    namespace.kubernetes.io/flavor: general-computing
---
kind: Namespace
metadata:
  name: &n team-b
`)
	docs, err := manifest.Decode(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		if d.Err != "" {
			fmt.Printf("document %d (line %d): %s\n", d.Index, d.ErrLine, d.Err)
			continue
		}
		line, col := d.Position("metadata.annotations[namespace.kubernetes.io/flavor]")
		fmt.Printf("document %d: %s, flavor at %d:%d\n", d.Index, d.JSON, line, col)
	}
	// Output:
	// document 0: {"kind":"Namespace","apiVersion":"v1","metadata":{"name":"team-a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}, flavor at 7:37
	// document 1 (line 11): anchor &n: anchors and aliases are not allowed in a request manifest
}
