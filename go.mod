module github.com/ccicheck/ccicheck

go 1.26

require (
	github.com/Masterminds/semver/v3 v3.5.0
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.6 // indirect
