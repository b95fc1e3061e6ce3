module github.com/ccicheck/ccicheck/bench

go 1.26.0

replace github.com/ccicheck/ccicheck => ../

require (
	github.com/Masterminds/semver/v3 v3.5.0
	github.com/ccicheck/ccicheck v0.0.0-00010101000000-000000000000
	github.com/go-playground/validator/v10 v10.30.6
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.6
	helm.sh/helm/v3 v3.22.0
)

require (
	github.com/gabriel-vasile/mimetype v1.4.16 // indirect
	github.com/go-playground/locales v0.14.2 // indirect
	github.com/go-playground/universal-translator v0.18.2 // indirect
	github.com/leodido/go-urn v1.5.0 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	go.yaml.in/yaml/v2 v2.4.4 // indirect
	golang.org/x/crypto v0.58.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0 // indirect
	sigs.k8s.io/yaml v1.6.0 // indirect
)
