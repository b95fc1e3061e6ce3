//go:build race

package manifest

// raceEnabled says the race detector is on: the generated comparison then
// runs fewer documents.
const raceEnabled = true
