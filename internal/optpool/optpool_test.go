package optpool

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type options struct {
	limit int64
	names []string
}

type Option func(*options)

func withLimit(n int64) Option { return func(o *options) { o.limit = n } }

func TestApply(t *testing.T) {
	var pool Pool[options]
	assert.Equal(t, options{}, Apply[options, Option](&pool, nil))
	names := []string{"a"}
	o := Apply(&pool, []Option{withLimit(5), nil, func(o *options) { o.names = names }})
	assert.Equal(t, options{limit: 5, names: names}, o)
	// The scratch value is reset: nothing leaks into the next call.
	assert.Equal(t, options{limit: 7}, Apply(&pool, []Option{withLimit(7)}))
}

func TestApplyAllocatesNothing(t *testing.T) {
	var pool Pool[options]
	opts := []Option{withLimit(5)}
	Apply(&pool, opts)
	if n := testing.AllocsPerRun(100, func() { Apply(&pool, opts) }); n != 0 {
		t.Errorf("Apply allocates %v times a call", n)
	}
}
