// Package cli is the ccicheck command: it walks the paths it is given, reads
// every request manifest (YAML or JSON) and chart package (.tgz) it finds,
// decides what request each document is, judges it with ccicheck's request
// packages and reports the verdicts as text, JSON, JUnit XML or SARIF 2.1.0.
//
// It lives here, apart from cmd/ccicheck, so that tests and benchmarks outside
// package main (the bench module) can run the command in-process with [Run].
// The command's documentation, flags, context file keys and exit codes, is
// cmd/ccicheck's package documentation.
package cli
