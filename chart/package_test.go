package chart

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const okName = "mychart-0.1.0.tgz"

// good returns a minimal valid chart mychart 0.1.0.
func good() *chartgen.Builder { return chartgen.Chart("mychart", "0.1.0") }

func chartYAML(name, version string) string {
	return "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n"
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{7})
	_, _ = r.Read(b)
	return b
}

func gzipOf(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

// sized returns a valid chart padded with an incompressible file and a gzip
// header name to exactly size bytes.
func sized(t testing.TB, size int) []byte {
	a, err := good().Random("mychart/files/blob.bin", int64(size)-8000, 1).Level(0).ArchiveOfSize(size)
	require.NoError(t, err)
	require.Len(t, a, size)
	return a
}

func mutate(a []byte, f func([]byte) []byte) []byte {
	return f(append([]byte(nil), a...))
}

type pkgCase struct {
	name     string
	filename string
	archive  func(t testing.TB) []byte
	want     validate.Code // 0: the package passes
	field    string        // the first error's field, when not ""
}

func build(b *chartgen.Builder) func(testing.TB) []byte {
	return func(testing.TB) []byte { return b.Archive() }
}

func raw(data []byte) func(testing.TB) []byte { return func(testing.TB) []byte { return data } }

// packageCases has one row per rule of cci-rules.md §7 and its boundaries.
var packageCases = []pkgCase{
	{"minimal chart", okName, build(good()), 0, ""},
	{"nested archive", okName, build(good().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0"))), 0, ""},
	{"subchart directory", okName, build(good().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
		File("mychart/charts/sub/values.yaml", "a: 1\n").File("mychart/charts/sub/templates/x.yaml", "{{ .Values.a }")), 0, ""},
	{"directory in the name", "dist/charts/" + okName, build(good()), 0, ""},
	{"Windows path", `C:\charts\` + okName, build(good()), 0, ""},
	// Rule 1: size.
	{"exactly 2 MiB", okName, func(t testing.TB) []byte { return sized(t, 2<<20) }, 0, ""},
	{"2 MiB + 1", okName, func(t testing.TB) []byte { return sized(t, 2<<20+1) }, validate.ChartTooLarge, "content"},
	{"corrupt 3 MiB", okName, raw(randomBytes(3 << 20)), validate.ChartTooLarge, "content"},
	// Rule 2: file name.
	{".tar.gz", "mychart-0.1.0.tar.gz", build(good()), validate.ChartFileInvalid, "content.filename"},
	{".TGZ", "mychart-0.1.0.TGZ", build(good()), validate.ChartFileInvalid, "content.filename"},
	{"no file name", "", build(good()), validate.ChartFileInvalid, "content.filename"},
	{"directory only", "dist/", build(good()), validate.ChartFileInvalid, "content.filename"},
	// Rule 3: empty.
	{"empty", okName, raw(nil), validate.ChartFileNotFound, "content"},
	// Rule 4: content.
	{"not gzip", okName, raw([]byte("hello, this is not a gzip file")), validate.ChartPackageInvalid, "content"},
	{"gzip, not tar", okName, raw(gzipOf([]byte("hello, this is not a tar archive at all"))), validate.ChartPackageInvalid, "content"},
	{"truncated", okName, func(testing.TB) []byte { a := good().Archive(); return a[:len(a)-10] }, validate.ChartPackageInvalid, "content"},
	{"truncated in half", okName, func(testing.TB) []byte { a := good().Archive(); return a[:len(a)/2] }, validate.ChartPackageInvalid, "content"},
	{"bad CRC", okName, func(testing.TB) []byte {
		return mutate(good().Archive(), func(a []byte) []byte { a[len(a)-8] ^= 1; return a })
	}, validate.ChartPackageInvalid, "content"},
	{"bad length", okName, func(testing.TB) []byte {
		return mutate(good().Archive(), func(a []byte) []byte { a[len(a)-4] ^= 1; return a })
	}, validate.ChartPackageInvalid, "content"},
	{"../x", okName, build(good().File("../x", "x")), validate.ChartPackageInvalid, "content[../x]"},
	{"inner ..", okName, build(good().File("mychart/templates/../../x", "x")), validate.ChartPackageInvalid, "content[mychart/templates/../../x]"},
	{"/abs", okName, build(good().File("/abs", "x")), validate.ChartPackageInvalid, "content[/abs]"},
	{"c:/x", okName, build(good().File("c:/x", "x")), validate.ChartPackageInvalid, "content[c:/x]"},
	{`a\b`, okName, build(good().File(`mychart/a\b`, "x")), validate.ChartPackageInvalid, `content[mychart/a\b]`},
	{"sparse file", okName, build(good().Raw(paxBlock(map[string]string{"GNU.sparse.major": "0", "GNU.sparse.minor": "1",
		"GNU.sparse.numblocks": "1", "GNU.sparse.map": "0,0", "GNU.sparse.size": "1000000"})).File("mychart/sparse", "")),
		validate.ChartPackageInvalid, "content[mychart/sparse]"},
	{"old GNU sparse file", okName, build(good().Header(tar.Header{Typeflag: tar.TypeGNUSparse, Name: "mychart/sparse", Format: tar.FormatGNU}, nil)),
		validate.ChartPackageInvalid, ""},
	{"symlink", okName, build(good().Symlink("mychart/link", "/etc/passwd")), validate.ChartPackageInvalid, "content[mychart/link]"},
	{"hard link", okName, build(good().Hardlink("mychart/link", "mychart/Chart.yaml")), validate.ChartPackageInvalid, "content[mychart/link]"},
	{"character device", okName, build(good().Device("mychart/dev", false)), validate.ChartPackageInvalid, "content[mychart/dev]"},
	{"block device", okName, build(good().Device("mychart/dev", true)), validate.ChartPackageInvalid, "content[mychart/dev]"},
	{"FIFO", okName, build(good().FIFO("mychart/fifo")), validate.ChartPackageInvalid, "content[mychart/fifo]"},
	{"1,000 entries", okName, build(entries(1000)), 0, ""},
	{"1,001 entries", okName, build(entries(1001)), validate.ChartPackageInvalid, "content"},
	{"exactly 5 MiB file", okName, build(good().Zeros("mychart/files/big", 5<<20)), 0, ""},
	{"6 MiB file", okName, build(good().Zeros("mychart/files/big", 6<<20)), validate.ChartPackageInvalid, "content[mychart/files/big]"},
	{"file at the root", okName, build(good().File("README.md", "x")), validate.ChartPackageInvalid, "content[README.md]"},
	{"two top-level directories", okName, build(good().File("other/README.md", "x")), validate.ChartPackageInvalid, "content[other/README.md]"},
	{"YAML alias bomb", okName, build(good().File("mychart/values.yaml", chartgen.AliasBomb(9, 12))), validate.ChartPackageInvalid, "content[mychart/values.yaml]"},
	{"100 aliases", okName, build(good().File("mychart/values.yaml", chartgen.AliasBomb(10, 10))), 0, ""},
	{"nesting 64", okName, build(good().File("mychart/values.yaml", nest(64))), 0, ""},
	{"nesting 65", okName, build(good().File("mychart/values.yaml", nest(65))), validate.ChartPackageInvalid, "content[mychart/values.yaml]"},
	{"pax global header and ./", okName, build(chartgen.New().GlobalHeader().Dir("./").Dir("./mychart/").
		File("./mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("./mychart/values.yaml", "a: 1\n")), 0, ""},
	{"zeros after the tar archive's end", okName, build(good().Tail(1 << 30)), validate.ChartPackageInvalid, "content"},
	{"bytes after the gzip member, over 2 MiB", okName, func(testing.TB) []byte { return append(good().Archive(), make([]byte, 2<<20)...) },
		validate.ChartTooLarge, "content"},
	{"bytes after the gzip member", okName, func(testing.TB) []byte { return append(good().Archive(), "trailing junk"...) }, 0, ""},
	// Rule 5: Chart.yaml.
	{"missing Chart.yaml", okName, build(chartgen.New().File("mychart/values.yaml", "a: 1\n")), validate.ChartFileNotFound, "content[mychart/Chart.yaml]"},
	{"Chart.yaml too deep", okName, build(chartgen.New().File("mychart/sub/Chart.yaml", chartYAML("mychart", "0.1.0"))), validate.ChartFileNotFound, "content[mychart/Chart.yaml]"},
	{"no entries", okName, build(chartgen.New()), validate.ChartFileNotFound, "content"},
	// Rule 6: YAML.
	{"Chart.yaml invalid", okName, build(chartgen.New().File("mychart/Chart.yaml", "name: [mychart\n")), validate.ChartPackageInvalid, "content[mychart/Chart.yaml]"},
	{"values.yaml invalid", okName, build(good().File("mychart/values.yaml", "a: b: c\n")), validate.ChartPackageInvalid, "content[mychart/values.yaml]"},
	{"requirements.yaml invalid", okName, build(good().File("mychart/requirements.yaml", "dependencies:\n- name: x\n  bad\n")), validate.ChartPackageInvalid, "content[mychart/requirements.yaml]"},
	{"Chart.yaml a list", okName, build(chartgen.New().File("mychart/Chart.yaml", "- name\n")), validate.ChartPackageInvalid, "content[mychart/Chart.yaml]"},
	{"Chart.yaml empty", okName, build(chartgen.New().File("mychart/Chart.yaml", "")), validate.ChartPackageInvalid, "content[mychart/Chart.yaml]"},
	{"no name", okName, build(chartgen.New().File("mychart/Chart.yaml", "version: 0.1.0\n")), validate.ChartPackageInvalid, "content[mychart/Chart.yaml].name"},
	{"null version", okName, build(chartgen.New().File("mychart/Chart.yaml", "name: mychart\nversion: ~\n")), validate.ChartPackageInvalid, "content[mychart/Chart.yaml].version"},
	{"template not YAML", okName, build(good().File("mychart/templates/x.yaml", "{{- if .Values.a }: [\n")), 0, ""},
	// Rule 7: version.
	{"version 1.2", "mychart-1.2.tgz", build(chartgen.Chart("mychart", "1.2")), validate.ChartVersionInvalid, "content[mychart/Chart.yaml].version"},
	{"nested version 1.2", okName, build(good().Nested("mychart/charts/sub-1.2.tgz", chartgen.Chart("sub", "1.2"))),
		validate.ChartVersionInvalid, "content[mychart/charts/sub-1.2.tgz][sub/Chart.yaml].version"},
	{"subchart directory version 1.2", okName, build(good().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "1.2"))),
		validate.ChartVersionInvalid, "content[mychart/charts/sub/Chart.yaml].version"},
	{"64-character version", "mychart-" + v64 + ".tgz", build(chartgen.Chart("mychart", v64)), 0, ""},
	{"65-character version", "mychart-" + v64 + "0.tgz", build(chartgen.Chart("mychart", v64+"0")), validate.ChartVersionInvalid, "content[mychart/Chart.yaml].version"},
	// Rule 8: names.
	{"other name", "other-0.1.0.tgz", build(good()), validate.ChartPackageNameMismatch, "content.filename"},
	{"other version", "mychart-0.2.0.tgz", build(good()), validate.ChartPackageNameMismatch, "content.filename"},
	{"top directory not the name", okName, build(chartgen.New().File("chartdir/Chart.yaml", chartYAML("mychart", "0.1.0"))),
		validate.ChartPackageNameMismatch, "content[chartdir/]"},
	{"version 1.10.0 unquoted", "x-1.10.0.tgz", build(chartgen.Chart("x", "1.10.0")), 0, ""},
	{"name on", "on-1.0.0.tgz", build(chartgen.Chart("on", "1.0.0")), 0, ""},
}

// v64 is a 64-character semantic version.
var v64 = "1.0.0-" + strings.Repeat("a", 58)

func entries(n int) *chartgen.Builder {
	b := good() // 3 entries
	for i := 3; i < n; i++ {
		b.File("mychart/files/f"+strconv.Itoa(i), "")
	}
	return b
}

// nest returns a YAML document of depth nested sequences.
func nest(depth int) string { return strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n" }

func TestValidatePackage(t *testing.T) {
	for _, tc := range packageCases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.archive(t)
			info, errs := Inspect(tc.filename, bytes.NewReader(data))
			err := ValidatePackage(tc.filename, bytes.NewReader(data))
			if tc.want == 0 {
				assert.Empty(t, errs)
				assert.NoError(t, err)
				assert.NotEmpty(t, info.Name)
				return
			}
			require.NotEmpty(t, errs, "Inspect(%q) passed, want %v", tc.filename, tc.want)
			assert.Equal(t, tc.want, errs[0].Code, "first error: %v", errs[0])
			if tc.field != "" {
				assert.Equal(t, tc.field, errs[0].Field)
			}
			assert.Equal(t, tc.want.String(), validate.CodeOf(err))
			for _, e := range errs {
				assert.True(t, e.Code.IsValid())
				assert.NotEmpty(t, e.Detail)
			}
		})
	}
}

func TestNilReader(t *testing.T) {
	assert.Equal(t, validate.ChartFileNotFound.String(), validate.CodeOf(ValidatePackage(okName, nil)))
}

// paxBlock returns a pax extended header ('x') with the records, which
// tar.Writer refuses to write for GNU sparse keys: it is written as a global
// header, whose records it keeps, and retyped.
func paxBlock(records map[string]string) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	_ = tw.WriteHeader(&tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax", PAXRecords: records})
	_ = tw.Flush()
	b := buf.Bytes()
	b[156] = tar.TypeXHeader
	copy(b[148:156], "        ")
	sum := 0
	for _, c := range b[:512] {
		sum += int(c)
	}
	copy(b[148:156], fmt.Sprintf("%06o\x00 ", sum))
	return b
}
