package bench

import (
	"encoding/json"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/ccicheck/ccicheck/namespace"
)

// validatorNamespace is the closest a validator/v10 user gets to §4's create
// rules with tags alone. Tags cannot address one key of a map, so the flavor
// annotation and the enterprise project label are fields of their own; the DNS
// label is hostname_rfc1123 narrowed to lower case, no dots and no trailing '-';
// the project ID is "0" or an RFC 4122 UUID (validator has no tag for the
// hyphen-less form).
type validatorNamespace struct {
	Kind       string            `validate:"omitempty,eq=Namespace"`
	APIVersion string            `validate:"omitempty,eq=v1"`
	Metadata   validatorMetadata `validate:"required"`
}

type validatorMetadata struct {
	Name        string               `validate:"required,max=63,hostname_rfc1123,lowercase,excludes=.,endsnotwith=-"`
	Annotations validatorAnnotations `validate:"required"`
	Labels      validatorLabels
}

type validatorAnnotations struct {
	Flavor string `validate:"required,oneof=general-computing gpu-accelerated"`
}

type validatorLabels struct {
	EnterpriseProjectID *string `validate:"omitnil,required,eq=0|uuid_rfc4122"`
}

type namespaceCase struct {
	name      string
	ns        *namespace.Namespace
	validator *validatorNamespace
	body      []byte
}

func namespaceCases(tb testing.TB) []namespaceCase {
	project := "0"
	valid := &namespace.Namespace{
		Kind:       "Namespace",
		APIVersion: "v1",
		Metadata: namespace.ObjectMeta{
			Name:        "namespace-test",
			Labels:      map[string]string{namespace.EnterpriseProjectLabel: "0"},
			Annotations: map[string]string{namespace.FlavorAnnotation: "general-computing"},
		},
	}
	invalid := &namespace.Namespace{
		Kind:       "Namespace",
		APIVersion: "v1",
		Metadata: namespace.ObjectMeta{
			Name:        "namespace-test",
			Labels:      map[string]string{namespace.EnterpriseProjectLabel: "0"},
			Annotations: map[string]string{namespace.FlavorAnnotation: "gpu"},
		},
	}
	cases := []namespaceCase{
		{"valid", valid, &validatorNamespace{"Namespace", "v1", validatorMetadata{"namespace-test", validatorAnnotations{"general-computing"}, validatorLabels{&project}}}, nil},
		{"invalid", invalid, &validatorNamespace{"Namespace", "v1", validatorMetadata{"namespace-test", validatorAnnotations{"gpu"}, validatorLabels{&project}}}, nil},
	}
	for i := range cases {
		body, err := json.Marshal(cases[i].ns)
		if err != nil {
			tb.Fatal(err)
		}
		cases[i].body = body
	}
	return cases
}

// TestNamespacePeersAgree checks that the benchmarked peers reach the same verdict.
func TestNamespacePeersAgree(t *testing.T) {
	v := validator.New(validator.WithRequiredStructEnabled())
	for _, c := range namespaceCases(t) {
		ours := len(namespace.ValidateCreate(c.ns)) == 0
		theirs := v.Struct(c.validator) == nil
		bytes := len(namespace.ValidateCreateJSON(c.body)) == 0
		if ours != theirs || ours != bytes || ours != (c.name == "valid") {
			t.Errorf("%s: ccicheck %v, validator %v, bytes %v", c.name, ours, theirs, bytes)
		}
	}
}

func BenchmarkNamespaceCreate(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	for _, c := range namespaceCases(b) {
		b.Run(c.name+"/ccicheck", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = namespace.ValidateCreate(c.ns)
			}
		})
		b.Run(c.name+"/validator", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = v.Struct(c.validator)
			}
		})
	}
}

func BenchmarkNamespaceCreateJSON(b *testing.B) {
	for _, c := range namespaceCases(b) {
		b.Run(c.name+"/ccicheck", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				_ = namespace.ValidateCreateJSON(c.body)
			}
		})
		b.Run(c.name+"/decode", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				var ns namespace.Namespace
				_ = json.Unmarshal(c.body, &ns)
			}
		})
	}
}
