package chart

import (
	"bytes"
	"encoding/binary"
	"runtime"
	"sync"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A bomb is a gzip bomb at its real inflated size, built by streaming once
// per test run.
type bomb struct {
	name     string
	inflated int64 // the inflated size of the package's own tar stream, at least
	build    func() *chartgen.Builder
	once     sync.Once
	data     []byte
}

var bombs = []*bomb{
	{name: "1 GiB file of zeros", inflated: chartgen.GiB,
		build: func() *chartgen.Builder { return chartgen.BombZeroFile(chartgen.GiB) }},
	{name: "200 files of 5 MiB", inflated: 200 * 5 * chartgen.MiB,
		build: func() *chartgen.Builder { return chartgen.BombFiles(200, 5*chartgen.MiB) }},
	{name: "ten nested charts of 95 MiB", inflated: 0, // each nested archive inflates to 95 MiB
		build: func() *chartgen.Builder { return chartgen.BombNested(10, 95*chartgen.MiB, 5*chartgen.MiB) }},
}

func (b *bomb) archive(t testing.TB) []byte {
	b.once.Do(func() {
		var buf bytes.Buffer
		_, err := b.build().WriteTo(&buf)
		require.NoError(t, err)
		b.data = buf.Bytes()
	})
	require.NotNil(t, b.data)
	return b.data
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestBombs(t *testing.T) {
	for _, b := range bombs {
		t.Run(b.name, func(t *testing.T) {
			data := b.archive(t)
			// Small enough that the verdict is about content, not size.
			assert.LessOrEqual(t, len(data), DefaultMaxPackageSize)
			// gzip's trailer holds the inflated size mod 2^32: the bomb is real.
			assert.GreaterOrEqual(t, int64(binary.LittleEndian.Uint32(data[len(data)-4:])), b.inflated)
			var err error
			n := allocated(func() { err = ValidatePackage("bomb-1.0.0.tgz", bytes.NewReader(data)) })
			assert.Equal(t, validate.ChartPackageInvalid.String(), validate.CodeOf(err), "%v", err)
			assert.LessOrEqual(t, n, uint64(4<<20), "allocated %d bytes", n)
			t.Logf("%s: %d bytes compressed, %d bytes allocated: %v", b.name, len(data), n, err)
		})
	}
}

func TestNestedBombCharts(t *testing.T) {
	// Each nested archive of the nested bomb is itself a valid chart of 95 MiB:
	// with a budget large enough it passes, so it is the budget that stops it.
	data := bombs[2].archive(t)
	info, errs := Inspect("bomb-1.0.0.tgz", bytes.NewReader(data), WithMaxTotalSize(96*chartgen.MiB))
	require.Len(t, errs, 1)
	assert.Equal(t, validate.ChartPackageInvalid, errs[0].Code)
	require.NotEmpty(t, info.Charts)
	assert.Equal(t, "sub-0", info.Charts[0].Name)
	assert.Greater(t, info.InflatedSize, int64(95*chartgen.MiB))
}
