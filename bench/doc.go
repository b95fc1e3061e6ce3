// Package bench runs ccicheck side by side with the peers people would otherwise
// reach for (validator/v10, helm's chart loader, Masterminds/semver, encoding/json)
// on the same inputs. It is a module of its own so that the peers never enter the
// library's go.mod. Benchmark names end in the implementation: ".../ccicheck" for
// ours, ".../validator", ".../helm", ".../decode" for the peers.
//
// Run, from this directory:
//
//	go test -run '^$' -bench . -count 6 | tee bench.txt
//	go run golang.org/x/perf/cmd/benchstat bench.txt
package bench
