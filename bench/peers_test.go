package bench

// The peers this module measures against; the benchmarks import them where used.
import (
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/ccicheck/ccicheck/validate"
	_ "github.com/go-playground/validator/v10"
	_ "github.com/stretchr/testify/assert"
	_ "helm.sh/helm/v3/pkg/chart/loader"
)
