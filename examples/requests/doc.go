// Package requests is a repository of CCI requests, as a team keeps them
// next to its deployment code: namespaces, networks, volume imports, releases
// and chart packages, valid ones and broken ones (see README.md). It holds no
// Go code; the chart packages under charts/ are generated from the text
// sources under charts-src/ by
//
//	go generate ./examples/requests
package requests

//go:generate go run ./internal/gencharts
