// Package chartgen builds Helm chart archives (.tgz) in code, for the tests and
// benchmarks of package chart and of the bench module: ordinary charts, broken
// ones (any entry name, type or content), nested charts, gzip bombs generated
// by streaming at their real inflated sizes, and the pinned benchmark charts of
// [Bench].
//
// A [Builder] lists tar entries in order; [Builder.WriteTo] streams the gzip'd
// tar. Entry names are written exactly as given (no cleaning), so "../x",
// "/abs" and "a\\b" are possible. Files of zeros are emitted as hand-made
// deflate blocks at deflate's best ratio (1032:1) in a few milliseconds per
// gigabyte, so bombs are cheap to build.
package chartgen

import (
	"archive/tar"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math/rand/v2"
	"strconv"
	"time"
)

// A Builder accumulates the entries of a chart archive. The zero Builder is
// empty and uses gzip's default compression level.
type Builder struct {
	entries []entry
	level   int
	levelOK bool
	gzipPad int
	tail    int64
}

type entry struct {
	raw    []byte // written as is, instead of a header and data
	hdr    tar.Header
	data   []byte
	zeros  int64    // file of this many zero bytes
	random int64    // file of this many pseudo-random bytes
	seed   uint64   // seed of random
	nested *Builder // file holding this archive
}

// modTime is the fixed modification time of every entry, so archives are
// reproducible.
var modTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// New returns an empty Builder.
func New() *Builder { return &Builder{} }

// Chart returns a Builder holding a minimal valid chart: name/Chart.yaml
// (apiVersion v2, the name and version as given, unquoted), name/values.yaml
// and name/templates/configmap.yaml. Its file name would be
// name-version.tgz.
func Chart(name, version string) *Builder {
	return New().
		File(name+"/Chart.yaml", "apiVersion: v2\nname: "+name+"\nversion: "+version+"\ndescription: A test chart\ntype: application\n").
		File(name+"/values.yaml", "replicaCount: 1\nimage:\n  repository: nginx\n  tag: \"1.25\"\n").
		File(name+"/templates/configmap.yaml", configMapTemplate)
}

const configMapTemplate = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  replicas: {{ .Values.replicaCount | quote }}
`

// Level sets the gzip compression level (compress/flate's levels).
func (b *Builder) Level(level int) *Builder {
	b.level, b.levelOK = level, true
	return b
}

// GzipPad makes the gzip header n bytes longer (n = 0, or 6 to 65,541) with an
// extra field (FEXTRA), which readers skip; [Builder.ArchiveOfSize] uses it to
// reach an exact size.
func (b *Builder) GzipPad(n int) *Builder {
	b.gzipPad = n
	return b
}

// ArchiveOfSize returns the archive padded to exactly size bytes with a gzip
// header extra field, or an error when that is not possible (the archive is
// larger than size-6 bytes, or smaller than size-65,541).
func (b *Builder) ArchiveOfSize(size int) ([]byte, error) {
	b.gzipPad = 0
	a := b.Archive()
	if len(a) == size {
		return a, nil
	}
	if d := size - len(a); d < 6 || d > 6+0xffff-4 {
		return nil, errors.New("chartgen: archive is " + strconv.Itoa(len(a)) + " bytes, cannot pad it to " + strconv.Itoa(size))
	}
	b.gzipPad = size - len(a)
	a = b.Archive()
	b.gzipPad = 0
	return a, nil
}

// Tail adds n zero bytes to the gzip stream after the tar archive's end, a
// bomb a reader that stops at the end of the tar archive never sees.
func (b *Builder) Tail(n int64) *Builder {
	b.tail = n
	return b
}

// File adds a regular file with the given content.
func (b *Builder) File(name, content string) *Builder {
	return b.Bytes(name, []byte(content))
}

// Bytes adds a regular file with the given content.
func (b *Builder) Bytes(name string, data []byte) *Builder {
	return b.add(entry{hdr: fileHeader(name, int64(len(data))), data: data})
}

// Zeros adds a regular file of n zero bytes, streamed when written.
func (b *Builder) Zeros(name string, n int64) *Builder {
	return b.add(entry{hdr: fileHeader(name, n), zeros: n})
}

// Random adds a regular file of n pseudo-random (incompressible) bytes drawn
// from a ChaCha8 generator seeded with seed, streamed when written and
// stored in the archive uncompressed, as compress/flate would store them.
func (b *Builder) Random(name string, n int64, seed uint64) *Builder {
	return b.add(entry{hdr: fileHeader(name, n), random: n, seed: seed})
}

// Nested adds a regular file holding the archive sub builds, such as
// "mychart/charts/sub-0.1.0.tgz".
func (b *Builder) Nested(name string, sub *Builder) *Builder {
	return b.add(entry{hdr: fileHeader(name, 0), nested: sub})
}

// Dir adds a directory entry; name should end in '/'.
func (b *Builder) Dir(name string) *Builder {
	return b.add(entry{hdr: tar.Header{Typeflag: tar.TypeDir, Name: name, Mode: 0o755, ModTime: modTime}})
}

// Symlink adds a symbolic link to target.
func (b *Builder) Symlink(name, target string) *Builder {
	return b.add(entry{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: name, Linkname: target, Mode: 0o777, ModTime: modTime}})
}

// Hardlink adds a hard link to target.
func (b *Builder) Hardlink(name, target string) *Builder {
	return b.add(entry{hdr: tar.Header{Typeflag: tar.TypeLink, Name: name, Linkname: target, Mode: 0o644, ModTime: modTime}})
}

// Device adds a character device entry, or a block device when block is true.
func (b *Builder) Device(name string, block bool) *Builder {
	t := byte(tar.TypeChar)
	if block {
		t = tar.TypeBlock
	}
	return b.add(entry{hdr: tar.Header{Typeflag: t, Name: name, Devmajor: 1, Devminor: 3, Mode: 0o644, ModTime: modTime}})
}

// FIFO adds a named pipe entry.
func (b *Builder) FIFO(name string) *Builder {
	return b.add(entry{hdr: tar.Header{Typeflag: tar.TypeFifo, Name: name, Mode: 0o644, ModTime: modTime}})
}

// GlobalHeader adds a pax global header, as git archive writes first.
func (b *Builder) GlobalHeader() *Builder {
	return b.add(entry{hdr: tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax_global_header",
		PAXRecords: map[string]string{"comment": "0123456789abcdef0123456789abcdef01234567"}}})
}

// Header adds an entry with any header and data; for a regular file the
// header's Size should be len(data).
func (b *Builder) Header(h tar.Header, data []byte) *Builder {
	return b.add(entry{hdr: h, data: data})
}

// Raw adds bytes to the tar stream as they are, such as a hand-made header
// block; keeping the stream in 512-byte blocks is up to the caller.
func (b *Builder) Raw(data []byte) *Builder {
	return b.add(entry{raw: data})
}

func (b *Builder) add(e entry) *Builder {
	b.entries = append(b.entries, e)
	return b
}

func fileHeader(name string, size int64) tar.Header {
	return tar.Header{Typeflag: tar.TypeReg, Name: name, Size: size, Mode: 0o644, ModTime: modTime}
}

// Archive returns the gzip'd tar archive. It panics only if writing to memory
// fails, which it cannot.
func (b *Builder) Archive() []byte {
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		panic("chartgen: " + err.Error())
	}
	return buf.Bytes()
}

// WriteTo streams the gzip'd tar archive to w: each entry's header, its data
// padded to 512 bytes, then the two zero blocks that end a tar archive, in one
// gzip member.
func (b *Builder) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	level := flate.DefaultCompression
	if b.levelOK {
		level = b.level
	}
	g, err := newGzipWriter(cw, level, b.gzipPad)
	if err != nil {
		return cw.n, err
	}
	for i := range b.entries {
		if err := b.entries[i].write(g); err != nil {
			return cw.n, err
		}
	}
	if _, err := g.Write(make([]byte, 1024)); err != nil {
		return cw.n, err
	}
	if err := g.Zeros(b.tail); err != nil {
		return cw.n, err
	}
	err = g.Close()
	return cw.n, err
}

func (e *entry) write(g *gzipWriter) error {
	if e.raw != nil {
		_, err := g.Write(e.raw)
		return err
	}
	hdr := e.hdr
	data := e.data
	if e.nested != nil {
		data = e.nested.Archive()
		hdr.Size = int64(len(data))
	}
	var hb bytes.Buffer
	tw := tar.NewWriter(&hb)
	if err := tw.WriteHeader(&hdr); err != nil {
		return err
	}
	if hdr.Typeflag == tar.TypeXGlobalHeader {
		_ = tw.Flush() // pads the global header's records; nothing else is pending
	}
	if _, err := g.Write(hb.Bytes()); err != nil {
		return err
	}
	n := int64(len(data))
	switch {
	case e.zeros > 0:
		n = e.zeros
		if err := g.Zeros(n); err != nil {
			return err
		}
	case e.random > 0:
		n = e.random
		if err := writeRandom(g, n, e.seed); err != nil {
			return err
		}
	default:
		if _, err := g.Write(data); err != nil {
			return err
		}
	}
	if hdr.Typeflag != tar.TypeReg || n%512 == 0 {
		return nil
	}
	_, err := g.Write(make([]byte, 512-n%512))
	return err
}

func writeRandom(g *gzipWriter, n int64, seed uint64) error {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	r := rand.NewChaCha8(s)
	buf := make([]byte, 32<<10)
	for n > 0 {
		k := min(n, int64(len(buf)))
		_, _ = r.Read(buf[:k])
		if err := g.Stored(buf[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
