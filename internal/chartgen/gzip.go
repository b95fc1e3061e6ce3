package chartgen

import (
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"io"
)

// gzipWriter writes one gzip member whose deflate stream mixes blocks made by
// compress/flate (for ordinary data) with hand-made blocks for runs of zero
// bytes, so that a gigabyte of zeros costs a megabyte of output and a few
// milliseconds instead of seconds of compress/flate.
//
// A zero run is one dynamic-Huffman block whose literal/length code gives
// length 258 a 1-bit code and whose only distance code (distance 1) has one
// bit: every 258 zeros are two zero bits, the best ratio deflate allows
// (1032:1). Before a run the flate.Writer is sync-flushed (byte-aligning the
// stream) and after it the writer is reset, so its later back-references never
// reach across bytes it did not see.
type gzipWriter struct {
	w     io.Writer
	fw    *flate.Writer
	crc   uint32
	size  int64
	dirty bool // fw holds data not yet flushed
	err   error
}

// gzipHeader is a gzip member header without name, time or extra fields
// (OS 255, unknown), as compress/gzip writes it.
var gzipHeader = []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255}

// newGzipWriter writes the member header, pad bytes longer (pad >= 6) with
// an extra field holding one subfield "CP" of pad-6 zero bytes.
func newGzipWriter(w io.Writer, level int, pad int) (*gzipWriter, error) {
	fw, err := flate.NewWriter(w, level)
	if err != nil {
		return nil, err
	}
	g := &gzipWriter{w: w, fw: fw}
	h := append([]byte(nil), gzipHeader...)
	if pad >= 6 {
		h[3] = 4 // FEXTRA
		n := pad - 6
		h = append(h, byte(n+4), byte((n+4)>>8), 'C', 'P', byte(n), byte(n>>8))
		h = append(h, make([]byte, n)...)
	}
	_, g.err = w.Write(h)
	return g, g.err
}

// Write compresses p with compress/flate.
func (g *gzipWriter) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	g.crc = crc32.Update(g.crc, crc32.IEEETable, p)
	g.size += int64(len(p))
	g.dirty = g.dirty || len(p) > 0
	n, err := g.fw.Write(p)
	g.err = err
	return n, err
}

// zeroChunk is read by crc32 and written as the body of zero runs.
var zeroChunk = make([]byte, 64<<10)

// Zeros appends n zero bytes as a hand-made deflate block.
func (g *gzipWriter) Zeros(n int64) error {
	if g.err != nil || n <= 0 {
		return g.err
	}
	if g.dirty {
		if g.err = g.fw.Flush(); g.err != nil {
			return g.err
		}
		g.dirty = false
	}
	if g.err = writeZeroBlock(g.w, n); g.err != nil {
		return g.err
	}
	g.fw.Reset(g.w)
	g.size += n
	for left := n; left > 0; {
		k := min(left, int64(len(zeroChunk)))
		g.crc = crc32.Update(g.crc, crc32.IEEETable, zeroChunk[:k])
		left -= k
	}
	return nil
}

// Stored appends p as stored (uncompressed) deflate blocks, as compress/flate
// would store incompressible data, without the cost of trying to compress it.
func (g *gzipWriter) Stored(p []byte) error {
	if g.err != nil || len(p) == 0 {
		return g.err
	}
	if g.dirty {
		if g.err = g.fw.Flush(); g.err != nil {
			return g.err
		}
		g.dirty = false
	}
	g.crc = crc32.Update(g.crc, crc32.IEEETable, p)
	g.size += int64(len(p))
	for len(p) > 0 && g.err == nil {
		n := min(len(p), 0xffff)
		// BFINAL 0, BTYPE 00, padded to the byte; LEN and NLEN.
		h := [5]byte{0, byte(n), byte(n >> 8), ^byte(n), ^byte(n >> 8)}
		if _, g.err = g.w.Write(h[:]); g.err == nil {
			_, g.err = g.w.Write(p[:n])
		}
		p = p[n:]
	}
	g.fw.Reset(g.w)
	return g.err
}

// Close ends the deflate stream and writes the CRC-32 and length trailer.
func (g *gzipWriter) Close() error {
	if g.err != nil {
		return g.err
	}
	if g.err = g.fw.Close(); g.err != nil {
		return g.err
	}
	var t [8]byte
	binary.LittleEndian.PutUint32(t[:4], g.crc)
	binary.LittleEndian.PutUint32(t[4:], uint32(g.size))
	_, g.err = g.w.Write(t[:])
	return g.err
}

// bitWriter packs deflate's LSB-first bit stream and writes it out in chunks.
type bitWriter struct {
	w   io.Writer
	out []byte
	acc uint64
	n   uint
	err error
}

func (b *bitWriter) bits(v uint64, n uint) {
	b.acc |= v << b.n
	b.n += n
	for b.n >= 8 {
		b.out = append(b.out, byte(b.acc))
		b.acc >>= 8
		b.n -= 8
	}
	if len(b.out) >= 32<<10 {
		b.flush()
	}
}

// code writes a Huffman code of the given length, most significant bit first.
func (b *bitWriter) code(c uint64, length uint) {
	for i := int(length) - 1; i >= 0; i-- {
		b.bits(c>>uint(i)&1, 1)
	}
}

// zeroBits writes m zero bits, whole zero bytes in bulk.
func (b *bitWriter) zeroBits(m uint64) {
	if t := uint64((8 - b.n) % 8); m >= t {
		b.bits(0, uint(t))
		m -= t
		b.flush()
		for bytes := m / 8; bytes > 0 && b.err == nil; {
			k := min(bytes, uint64(len(zeroChunk)))
			_, b.err = b.w.Write(zeroChunk[:k])
			bytes -= k
		}
		m %= 8
	}
	b.bits(0, uint(m))
}

func (b *bitWriter) flush() {
	if b.err == nil && len(b.out) > 0 {
		_, b.err = b.w.Write(b.out)
	}
	b.out = b.out[:0]
}

// writeZeroBlock writes a non-final dynamic block of n >= 1 zero bytes
// followed by an empty stored block, which byte-aligns the stream.
func writeZeroBlock(w io.Writer, n int64) error {
	b := &bitWriter{w: w, out: make([]byte, 0, 256)}
	b.bits(0, 1)  // BFINAL = 0
	b.bits(2, 2)  // BTYPE = 10, dynamic Huffman
	b.bits(29, 5) // HLIT: 286 literal/length codes
	b.bits(0, 5)  // HDIST: 1 distance code
	b.bits(14, 4) // HCLEN: 18 code-length codes
	// Code-length code lengths in RFC 1951 order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
	// symbol 18 (run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
	for _, l := range [18]uint64{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2} {
		b.bits(l, 3)
	}
	// Canonical code-length codes: 18 → 0, 1 → 10, 2 → 11.
	// Literal/length lengths: 0:2, 1–255:0, 256:2, 257–284:0, 285:1; distance 0:1.
	b.code(3, 2)                      // literal 0: length 2
	b.code(0, 1)                      // 18: 138 zeros
	b.bits(127, 7)                    //
	b.code(0, 1)                      // 18: 117 zeros
	b.bits(106, 7)                    //
	b.code(3, 2)                      // 256 (end of block): length 2
	b.code(0, 1)                      // 18: 28 zeros
	b.bits(17, 7)                     //
	b.code(2, 2)                      // 285 (length 258): length 1
	b.code(2, 2)                      // distance code 0: length 1
	b.code(2, 2)                      // data: literal 0 (code 10)
	b.zeroBits(2 * uint64((n-1)/258)) // (length 258 = 0, distance 1 = 0) repeated
	for r := (n - 1) % 258; r > 0; r-- {
		b.code(2, 2) // literal 0
	}
	b.code(3, 2) // end of block (code 11)
	b.bits(0, 3) // empty stored block, non-final
	b.zeroBits(uint64((8 - b.n) % 8))
	b.out = append(b.out, 0, 0, 0xff, 0xff)
	b.flush()
	return b.err
}
