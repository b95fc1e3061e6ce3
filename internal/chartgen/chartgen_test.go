package chartgen

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll inflates and untars an archive, returning each entry's name and
// size, and checking that every zero file really is zeros.
func readAll(t *testing.T, archive []byte) map[string]int64 {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	require.NoError(t, err)
	zr.Multistream(false)
	tr := tar.NewReader(zr)
	got := map[string]int64{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		n, err := io.Copy(io.Discard, tr)
		require.NoError(t, err)
		got[h.Name] = n
	}
	_, err = io.Copy(io.Discard, zr) // checks CRC-32 and size
	require.NoError(t, err)
	return got
}

func TestZeroRuns(t *testing.T) {
	for _, n := range []int64{1, 2, 257, 258, 259, 515, 516, 517, 1 << 20, 5*MiB + 3} {
		b := New().File("c/a", "hello").Zeros("c/z", n).File("c/b", "hello hello hello").Zeros("c/y", n+1)
		got := readAll(t, b.Archive())
		assert.Equal(t, map[string]int64{"c/a": 5, "c/z": n, "c/b": 17, "c/y": n + 1}, got, "n=%d", n)
	}
	// The content really is zeros, followed by the right data.
	a := New().Zeros("c/z", 1000).File("c/b", "xyz").Archive()
	zr, err := gzip.NewReader(bytes.NewReader(a))
	require.NoError(t, err)
	all, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.Equal(t, bytes.Repeat([]byte{0}, 1000), all[512:1512])
	assert.Equal(t, "xyz", string(all[2048:2051]))
}

func TestEntries(t *testing.T) {
	a := Chart("x", "1.0.0").GlobalHeader().Dir("x/d/").Symlink("x/l", "a").Hardlink("x/h", "x/Chart.yaml").
		Device("x/dev", false).Device("x/blk", true).FIFO("x/p").File("../x", "").
		Nested("x/charts/s-1.0.0.tgz", Chart("s", "1.0.0")).Random("x/r", 1000, 1).Level(9).Archive()
	got := readAll(t, a)
	assert.Len(t, got, 13)
	assert.Contains(t, got, "../x")
	assert.Contains(t, got, "pax_global_header")
}

func TestBombSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a gigabyte bomb")
	}
	var buf bytes.Buffer
	_, err := BombZeroFile(GiB).WriteTo(&buf)
	require.NoError(t, err)
	assert.Less(t, buf.Len(), 2*MiB)
	buf.Reset()
	_, err = BombNested(2, 95*MiB, 5*MiB).WriteTo(&buf)
	require.NoError(t, err)
	assert.Less(t, buf.Len(), 2*MiB)
}

func TestBench(t *testing.T) {
	for size, want := range benchTargets {
		name, a, err := Bench(size)
		require.NoError(t, err)
		assert.Equal(t, BenchFileName, name)
		assert.InDelta(t, want, len(a), float64(want)/100, size)
		assert.LessOrEqual(t, len(a), want, size)
		_, again, _ := Bench(size)
		assert.Equal(t, a, again, "deterministic")
		got := readAll(t, a)
		assert.InDelta(t, 30_000, got[BenchName+"/values.yaml"], 500)
	}
	_, _, err := Bench("1GB")
	assert.Error(t, err)
}
