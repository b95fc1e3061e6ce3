package chart

import (
	"compress/gzip"
	"errors"
	"io"
	"math"
	"sync"
)

// A source is a buffered reader that takes at most max+1 bytes from r and
// counts them. It implements io.ByteReader, so compress/gzip reads it without
// a bufio.Reader of its own; its buffer comes from a pool.
type source struct {
	r    io.Reader
	buf  []byte
	i, j int   // buf[i:j] is unread
	n    int64 // bytes taken from r
	max  int64
	err  error // the error that ended r (io.EOF at the end or the limit)
}

const sourceBufSize = 16 << 10

var sourcePool = sync.Pool{New: func() any { return &source{buf: make([]byte, sourceBufSize)} }}

// newSource returns a pooled source reading r; max < 0 means no limit.
func newSource(r io.Reader, max int64) *source {
	s := sourcePool.Get().(*source)
	if max < 0 {
		max = math.MaxInt64 - 1
	}
	s.r, s.i, s.j, s.n, s.max, s.err = r, 0, 0, 0, max, nil
	return s
}

func (s *source) release() {
	s.r, s.err = nil, nil
	sourcePool.Put(s)
}

// fill reads the next chunk, reporting whether it got any bytes.
func (s *source) fill() bool {
	s.i, s.j = 0, 0
	for tries := 0; s.err == nil && tries < 100; tries++ {
		room := s.max + 1 - s.n
		if room <= 0 {
			s.err = io.EOF
			break
		}
		b := s.buf
		if int64(len(b)) > room {
			b = b[:room]
		}
		n, err := s.r.Read(b)
		if n < 0 || n > len(b) {
			n, err = 0, errors.New("invalid Read count")
		}
		s.j, s.n, s.err = n, s.n+int64(n), err
		if n > 0 {
			return true
		}
	}
	if s.err == nil {
		s.err = io.ErrNoProgress
	}
	return false
}

// Read implements io.Reader.
func (s *source) Read(p []byte) (int, error) {
	if s.i == s.j && !s.fill() {
		return 0, s.err
	}
	n := copy(p, s.buf[s.i:s.j])
	s.i += n
	return n, nil
}

// ReadByte implements io.ByteReader.
func (s *source) ReadByte() (byte, error) {
	if s.i == s.j && !s.fill() {
		return 0, s.err
	}
	c := s.buf[s.i]
	s.i++
	return c, nil
}

// drain reads and drops the rest of the input, up to the limit.
func (s *source) drain() {
	s.i = s.j
	for s.fill() {
	}
}

// tooLarge reports whether the input is longer than the limit.
func (s *source) tooLarge() bool { return s.n > s.max }

// failure returns the error that ended the input early, or nil when it
// ended normally (at io.EOF or at the limit).
func (s *source) failure() error {
	if s.err == io.EOF || s.tooLarge() {
		return nil
	}
	return s.err
}

var gzipPool sync.Pool // of *gzip.Reader

// openGzip returns a pooled gzip reader of r's first gzip member (later
// members are not read, as helm does not read them).
func openGzip(r *source) (*gzip.Reader, error) {
	z, _ := gzipPool.Get().(*gzip.Reader)
	var err error
	if z == nil {
		z, err = gzip.NewReader(r)
	} else {
		err = z.Reset(r)
	}
	if err != nil {
		if z != nil {
			gzipPool.Put(z)
		}
		return nil, err
	}
	z.Multistream(false)
	return z, nil
}

// errBudget ends the inflated stream once the package's budget is spent.
var errBudget = errors.New("inflated size over the budget")

// An inflated reader counts every byte gzip yields against the budget shared
// by all the archives of a package; past the budget it fails with errBudget.
type inflated struct {
	r io.Reader
	c *checker
}

func (f *inflated) Read(p []byte) (int, error) {
	left := f.c.o.maxTotal - f.c.inflated
	if left < 0 {
		return 0, errBudget
	}
	if int64(len(p)) > left+1 {
		p = p[:left+1]
	}
	n, err := f.r.Read(p)
	f.c.inflated += int64(n)
	if f.c.inflated > f.c.o.maxTotal {
		return n, errBudget
	}
	return n, err
}
