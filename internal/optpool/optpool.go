// Package optpool applies functional options without allocating.
//
// An option is a function value the compiler cannot see into, so the struct it
// fills escapes to the heap: one allocation a call. The request packages promise
// that checking a valid request allocates nothing, options or not, so they fill
// their option structs in scratch values taken from a pool and return a copy.
package optpool

import "sync"

// A Pool holds scratch values of the option struct T. The zero Pool is ready to
// use; a Pool must not be copied after first use.
type Pool[T any] struct{ p sync.Pool }

// Apply returns what opts make of the zero T, applying them in order and skipping
// nil ones. It allocates nothing once the pool holds a scratch value.
func Apply[T any, O ~func(*T)](pool *Pool[T], opts []O) T {
	var zero T
	if len(opts) == 0 {
		return zero
	}
	p, _ := pool.p.Get().(*T)
	if p == nil {
		p = new(T)
	}
	for _, opt := range opts {
		if opt != nil {
			opt(p)
		}
	}
	v := *p
	*p = zero
	pool.p.Put(p)
	return v
}
