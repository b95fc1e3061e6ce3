package release

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidRequestsAllocateNothing(t *testing.T) {
	create := validCreate()
	upgrade, rollback := validUpgrade(), validRollback()
	ctx := []Option{WithContext(Context{
		Releases:           map[string]string{"my-release": StatusDeployed, "other": StatusFailed},
		DeprecatedVersions: map[string][]string{chartID: {"0.1.0"}},
	})}
	other := validCreate()
	other.Name = "new-release"
	tests := []struct {
		name   string
		allocs float64
		f      func()
	}{
		{"create", 0, func() { _ = ValidateCreate(&create) }},
		{"upgrade", 0, func() { _ = ValidateUpdate("my-release", &upgrade) }},
		{"rollback", 0, func() { _ = ValidateUpdate("my-release", &rollback) }},
		{"get", 0, func() { _ = ValidateGet("my-release") }},
		{"delete", 0, func() { _ = ValidateDelete("my-release") }},
		{"create with context", 0, func() { _ = ValidateCreate(&other, ctx...) }},
		{"rollback with context", 0, func() { _ = ValidateUpdate("my-release", &rollback, ctx...) }},
		{"get with context", 0, func() { _ = ValidateGet("my-release", ctx...) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.f() // warm json.Valid's scanner pool
			assert.LessOrEqual(t, testing.AllocsPerRun(100, tc.f), tc.allocs)
		})
	}
}

func BenchmarkValidateCreate(b *testing.B) {
	r := validCreate()
	b.ReportAllocs()
	for b.Loop() {
		_ = ValidateCreate(&r)
	}
}

func BenchmarkValidateCreateJSON(b *testing.B) {
	body := []byte(validCreateBody)
	b.ReportAllocs()
	for b.Loop() {
		_ = ValidateCreateJSON(body)
	}
}
