//go:build !race

package chart

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestBombTimes checks that each bomb is rejected within 50 ms (the best of
// three runs, the machine being shared); the race detector slows inflating
// too much for this to mean anything, hence the build tag.
func TestBombTimes(t *testing.T) {
	for _, b := range bombs {
		data := b.archive(t)
		best := time.Hour
		for range 3 {
			start := time.Now()
			_ = ValidatePackage("bomb-1.0.0.tgz", bytes.NewReader(data))
			best = min(best, time.Since(start))
		}
		assert.Less(t, best, 50*time.Millisecond, b.name)
		t.Logf("%s: %v", b.name, best)
	}
}
