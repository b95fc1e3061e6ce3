package bench

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"helm.sh/helm/v3/pkg/chart/loader"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
)

// chartOK is the file name of chartGood's package.
const chartOK = "mychart-0.1.0.tgz"

// chartGood returns a minimal valid chart mychart 0.1.0.
func chartGood() *chartgen.Builder { return chartgen.Chart("mychart", "0.1.0") }

func chartYAML(name, version string) string {
	return "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n"
}

// chartV64 is a 64-character semantic version.
var chartV64 = "1.0.0-" + strings.Repeat("a", 58)

type chartCase struct {
	name     string
	filename string
	archive  func(tb testing.TB) []byte
}

func chartBuilt(b func() *chartgen.Builder) func(testing.TB) []byte {
	return func(testing.TB) []byte { return b().Archive() }
}

func chartRaw(data func() []byte) func(testing.TB) []byte {
	return func(testing.TB) []byte { return data() }
}

// BenchmarkChartPackage checks the pinned benchmark charts of chartgen.Bench,
// read from memory, with chart.ValidatePackage and with helm's
// loader.LoadArchive.
func BenchmarkChartPackage(b *testing.B) {
	for _, size := range []string{"200KB", "2MB"} {
		filename, archive, err := chartgen.Bench(size)
		require.NoError(b, err)
		b.Run(size+"/ccicheck", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(archive)))
			for b.Loop() {
				if err := chart.ValidatePackage(filename, bytes.NewReader(archive)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(size+"/helm", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(archive)))
			for b.Loop() {
				if _, err := loader.LoadArchive(bytes.NewReader(archive)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A chartDisagreement is a case where helm's loader and ccicheck reach
// opposite verdicts: ours is ccicheck's first code (0 when ccicheck accepts
// and helm rejects; otherwise helm accepts what ccicheck rejects).
type chartDisagreement struct {
	ours validate.Code
	why  string
}

// Reasons shared by several rows; the source is helm v3.22.0's
// pkg/chart/loader (archive.go LoadArchiveFiles, load.go LoadFiles) and
// pkg/chart/metadata.go (Metadata.Validate).
const (
	helmNoFileName = "LoadArchive reads bytes only: it is given no file name to check"
	helmNoSize     = "LoadArchive has no limit on the compressed size, only on the inflated one " +
		"(5 MiB a file, 100 MiB in all)"
	helmTarEnd = "helm stops reading at the tar archive's end marker and never reads the gzip trailer, " +
		"so the CRC-32, the length and whatever follows the tar archive go unchecked"
	helmFirstElem = "helm drops the first element of every entry name, whatever it is, before its path " +
		"checks, so the rest lands at the chart's root"
	helmTypeflag = "helm skips directories and pax headers and loads every other entry as a regular file, " +
		"whatever its Typeflag (a link's target is ignored, never followed)"
	helmSemVer = "helm checks version with Masterminds semver.NewVersion, which is lenient " +
		"(1.2 is taken as 1.2.0); CCI wants strict SemVer 2.0"
	helmNoLimit  = "helm has no such limit (entries, version length, archive nesting; YAML depth up to yaml.v2's 10,000)"
	helmDotSlash = "helm drops only the first element, \".\", of ./mychart/Chart.yaml and finds no Chart.yaml " +
		"at the chart's root (\"Chart.yaml file is missing\"); cci-rules.md §7 allows a leading ./"
	helmExpansion = "yaml.v2 (under sigs.k8s.io/yaml) expands aliases and refuses this 10^10-node expansion " +
		"(\"excessive aliasing\"); we count 100 alias nodes, within the limit, and expand nothing"
	helmAliasShare = "yaml.v2 bounds the share of the nodes decoded that aliases expand to, not the number " +
		"of aliases: 101 aliases of one scalar pass"
	helmValuesMap = "helm unmarshals values.yaml into a map, so a top-level sequence is an error; " +
		"CCI only requires valid YAML (the depth is no problem for helm: see the \"in a mapping\" rows)"
	helmTruncated = helmTarEnd + ": the tar end marker inflates from what is left " +
		"(the 10 bytes cut are the 8-byte trailer and the deflate stream's last 2)"
)

// chartDisagreements lists every case where helm's LoadArchive and
// chart.Inspect disagree on accepting the package, and why.
var chartDisagreements = map[string]chartDisagreement{
	// We accept, helm rejects.
	"pax global header and ./": {0, helmDotSlash},
	"leading ./":               {0, helmDotSlash},
	"100 aliases":              {0, helmExpansion},
	"nesting 64":               {0, helmValuesMap},
	// We reject, helm accepts.
	"2 MiB + 1": {validate.ChartTooLarge, helmNoSize},
	"bytes after the gzip member, over 2 MiB": {validate.ChartTooLarge, helmNoSize},
	".tar.gz":                           {validate.ChartFileInvalid, helmNoFileName},
	".TGZ":                              {validate.ChartFileInvalid, helmNoFileName},
	"no file name":                      {validate.ChartFileInvalid, helmNoFileName},
	"directory only":                    {validate.ChartFileInvalid, helmNoFileName},
	"truncated":                         {validate.ChartPackageInvalid, helmTruncated},
	"bad CRC":                           {validate.ChartPackageInvalid, helmTarEnd},
	"bad length":                        {validate.ChartPackageInvalid, helmTarEnd},
	"zeros after the tar archive's end": {validate.ChartPackageInvalid, helmTarEnd + ": the 1 GiB tail is never inflated"},
	"../x":                              {validate.ChartPackageInvalid, helmFirstElem + " (../x becomes x)"},
	"/abs":                              {validate.ChartPackageInvalid, helmFirstElem + " (/abs becomes abs)"},
	"c:/x":                              {validate.ChartPackageInvalid, helmFirstElem + " (c:/x becomes x; its drive check is on the rest)"},
	`a\b`:                               {validate.ChartPackageInvalid, "a name with a backslash is split at backslashes instead: mychart/a\\b becomes b"},
	"two top-level directories":         {validate.ChartPackageInvalid, helmFirstElem + " (other/README.md becomes README.md)"},
	"nested archive with ../":           {validate.ChartPackageInvalid, helmFirstElem + ", in the nested archive too"},
	"sparse file":                       {validate.ChartPackageInvalid, helmTypeflag + "; archive/tar expands the sparse file"},
	"old GNU sparse file":               {validate.ChartPackageInvalid, helmTypeflag},
	"symlink":                           {validate.ChartPackageInvalid, helmTypeflag},
	"hard link":                         {validate.ChartPackageInvalid, helmTypeflag},
	"character device":                  {validate.ChartPackageInvalid, helmTypeflag},
	"block device":                      {validate.ChartPackageInvalid, helmTypeflag},
	"FIFO":                              {validate.ChartPackageInvalid, helmTypeflag},
	"nested archive with a symlink":     {validate.ChartPackageInvalid, helmTypeflag + ", in the nested archive too"},
	"1,001 entries":                     {validate.ChartPackageInvalid, helmNoLimit},
	"archives nested 70 deep":           {validate.ChartPackageInvalid, helmNoLimit},
	"nesting 65 in a mapping":           {validate.ChartPackageInvalid, helmNoLimit},
	"101 aliases of one scalar":         {validate.ChartPackageInvalid, helmAliasShare},
	"version 1.2":                       {validate.ChartVersionInvalid, helmSemVer},
	"nested version 1.2":                {validate.ChartVersionInvalid, helmSemVer},
	"subchart directory version 1.2":    {validate.ChartVersionInvalid, helmSemVer},
	"nested in nested":                  {validate.ChartVersionInvalid, helmSemVer},
	"bad version (7) and file name (8)": {validate.ChartVersionInvalid, helmSemVer},
	"Chart.yaml last, name (8) and nested version (7)": {validate.ChartVersionInvalid, helmSemVer},
	"65-character version":                             {validate.ChartVersionInvalid, helmNoLimit},
	"other name":                                       {validate.ChartPackageNameMismatch, helmNoFileName},
	"other version":                                    {validate.ChartPackageNameMismatch, helmNoFileName},
	"top directory not the name":                       {validate.ChartPackageNameMismatch, "helm drops the top-level directory's name unread"},
}

// TestChartDifferentialHelm loads every package of package chart's tests that
// chartgen can rebuild with helm's loader.LoadArchive and with chart.Inspect,
// and fails on any verdict the two disagree on that chartDisagreements does not
// list with its reason.
//
// Left out are two of the gzip bombs of package chart's TestBombs, for what
// helm spends on them: "200 files of 5 MiB" (helm inflates 100 MiB into
// buffers, allocating about 300 MB, before its 100 MiB limit rejects it: both
// reject) and "ten nested charts of 95 MiB" (each nested archive gets its own
// 100 MiB budget, so helm inflates 950 MiB and allocates about 3 GB in about
// 5 s, and accepts it: a disagreement, CCI.04.400306 for us). The third, "1
// GiB file of zeros", is in: helm refuses it from its tar header, unread.
func TestChartDifferentialHelm(t *testing.T) {
	// helm's loader logs a warning for requirements.yaml in a v2 chart.
	defer log.SetOutput(log.Writer())
	log.SetOutput(io.Discard)
	names := make(map[string]bool)
	for _, tc := range chartCases() {
		require.False(t, names[tc.name], "two cases named %q", tc.name)
		names[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			data := tc.archive(t)
			_, errs := chart.Inspect(tc.filename, bytes.NewReader(data))
			var ours validate.Code
			if len(errs) > 0 {
				ours = errs[0].Code
			}
			helmErr := helmLoadArchive(data)
			d, listed := chartDisagreements[tc.name]
			if !listed {
				assert.Equal(t, ours == 0, helmErr == nil,
					"unlisted disagreement: Inspect(%q) = %v, helm LoadArchive error %v", tc.filename, errs, helmErr)
				return
			}
			assert.Equal(t, d.ours, ours, "Inspect(%q) = %v", tc.filename, errs)
			assert.Equal(t, d.ours == 0, helmErr != nil,
				"listed as a disagreement (%s), but helm LoadArchive error is %v", d.why, helmErr)
		})
	}
	for name := range chartDisagreements {
		assert.True(t, names[name], "chartDisagreements lists %q, which is no case", name)
	}
}

// helmLoadArchive loads a package with helm's loader, a panic counting as an
// error.
func helmLoadArchive(data []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	_, err = loader.LoadArchive(bytes.NewReader(data))
	return err
}

func chartCases() []chartCase {
	var all []chartCase
	for _, group := range [][]chartCase{chartValidCases, chartSizeNameCases, chartContentCases,
		chartYAMLCases, chartVersionNameCases, chartNestedCases, chartOrderCases} {
		all = append(all, group...)
	}
	return all
}

// chartValidCases are packages ccicheck accepts.
var chartValidCases = []chartCase{
	{"minimal chart", chartOK, chartBuilt(chartGood)},
	{"nested archive", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0"))
	})},
	{"subchart directory", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
			File("mychart/charts/sub/values.yaml", "a: 1\n").File("mychart/charts/sub/templates/x.yaml", "{{ .Values.a }")
	})},
	{"directory in the name", "dist/charts/" + chartOK, chartBuilt(chartGood)},
	{"Windows path", `C:\charts\` + chartOK, chartBuilt(chartGood)},
	{"pax global header and ./", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().GlobalHeader().Dir("./").Dir("./mychart/").
			File("./mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("./mychart/values.yaml", "a: 1\n")
	})},
	{"template not YAML", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/templates/x.yaml", "{{- if .Values.a }: [\n")
	})},
	{"64-character version", "mychart-" + chartV64 + ".tgz", chartBuilt(func() *chartgen.Builder { return chartgen.Chart("mychart", chartV64) })},
	{"version 1.10.0 unquoted", "x-1.10.0.tgz", chartBuilt(func() *chartgen.Builder { return chartgen.Chart("x", "1.10.0") })},
	{"name on", "on-1.0.0.tgz", chartBuilt(func() *chartgen.Builder { return chartgen.Chart("on", "1.0.0") })},
	{"1,000 entries", chartOK, chartBuilt(func() *chartgen.Builder { return chartEntries(1000) })},
	{"exactly 5 MiB file", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Zeros("mychart/files/big", 5<<20) })},
	{"100 aliases", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/values.yaml", chartgen.AliasBomb(10, 10))
	})},
	{"nesting 64", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/values.yaml", chartNest(64)) })},
	{"bytes after the gzip member", chartOK, chartRaw(func() []byte { return append(chartGood().Archive(), "trailing junk"...) })},
	// Not in package chart's tests: these split its rows to show what helm minds.
	{"pax global header", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().GlobalHeader() })},
	{"leading ./", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("./mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("./mychart/values.yaml", "a: 1\n")
	})},
	{"nesting 64 in a mapping", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/values.yaml", "a: "+chartNest(63))
	})},
	{"100 aliases of one scalar", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/values.yaml", chartAliases(100)) })},
}

// chartSizeNameCases are the rules 1–3 of cci-rules.md §7: size, file name, empty.
var chartSizeNameCases = []chartCase{
	{"exactly 2 MiB", chartOK, func(tb testing.TB) []byte { return chartSized(tb, 2<<20) }},
	{"2 MiB + 1", chartOK, func(tb testing.TB) []byte { return chartSized(tb, 2<<20+1) }},
	{"corrupt 3 MiB", chartOK, chartRaw(func() []byte { return chartRandom(3 << 20) })},
	{"bytes after the gzip member, over 2 MiB", chartOK, chartRaw(func() []byte { return append(chartGood().Archive(), make([]byte, 2<<20)...) })},
	{".tar.gz", "mychart-0.1.0.tar.gz", chartBuilt(chartGood)},
	{".TGZ", "mychart-0.1.0.TGZ", chartBuilt(chartGood)},
	{"no file name", "", chartBuilt(chartGood)},
	{"directory only", "dist/", chartBuilt(chartGood)},
	{"empty", chartOK, chartRaw(func() []byte { return nil })},
}

// chartContentCases are rule 4 of cci-rules.md §7: the archive's content.
var chartContentCases = []chartCase{
	{"not gzip", chartOK, chartRaw(func() []byte { return []byte("hello, this is not a gzip file") })},
	{"gzip, not tar", chartOK, chartRaw(func() []byte { return chartGzip([]byte("hello, this is not a tar archive at all")) })},
	{"truncated", chartOK, chartRaw(func() []byte { a := chartGood().Archive(); return a[:len(a)-10] })},
	{"truncated in half", chartOK, chartRaw(func() []byte { a := chartGood().Archive(); return a[:len(a)/2] })},
	{"bad CRC", chartOK, chartRaw(func() []byte { a := chartGood().Archive(); a[len(a)-8] ^= 1; return a })},
	{"bad length", chartOK, chartRaw(func() []byte { a := chartGood().Archive(); a[len(a)-4] ^= 1; return a })},
	{"../x", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("../x", "x") })},
	{"inner ..", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/templates/../../x", "x") })},
	{"/abs", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("/abs", "x") })},
	{"c:/x", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("c:/x", "x") })},
	{`a\b`, chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File(`mychart/a\b`, "x") })},
	{"sparse file", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Raw(chartPAXBlock(map[string]string{"GNU.sparse.major": "0", "GNU.sparse.minor": "1",
			"GNU.sparse.numblocks": "1", "GNU.sparse.map": "0,0", "GNU.sparse.size": "1000000"})).File("mychart/sparse", "")
	})},
	{"old GNU sparse file", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Header(tar.Header{Typeflag: tar.TypeGNUSparse, Name: "mychart/sparse", Format: tar.FormatGNU}, nil)
	})},
	{"symlink", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Symlink("mychart/link", "/etc/passwd") })},
	{"hard link", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Hardlink("mychart/link", "mychart/Chart.yaml") })},
	{"character device", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Device("mychart/dev", false) })},
	{"block device", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Device("mychart/dev", true) })},
	{"FIFO", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().FIFO("mychart/fifo") })},
	{"1,001 entries", chartOK, chartBuilt(func() *chartgen.Builder { return chartEntries(1001) })},
	{"6 MiB file", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Zeros("mychart/files/big", 6<<20) })},
	{"file at the root", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("README.md", "x") })},
	{"two top-level directories", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("other/README.md", "x") })},
	{"YAML alias bomb", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/values.yaml", chartgen.AliasBomb(9, 12))
	})},
	{"nesting 65", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/values.yaml", chartNest(65)) })},
	// Not in package chart's tests, as in chartValidCases.
	{"nesting 65 in a mapping", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/values.yaml", "a: "+chartNest(64))
	})},
	{"101 aliases of one scalar", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/values.yaml", chartAliases(101)) })},
	// Gzip bomb (see TestChartDifferentialHelm): both refuse it from its header.
	{"1 GiB file of zeros", "bomb-1.0.0.tgz", chartBuilt(func() *chartgen.Builder { return chartgen.BombZeroFile(chartgen.GiB) })},
	// Not a bomb for either reader: helm stops at the tar archive's end and
	// never inflates the tail; we stop at the 20 MiB budget.
	{"zeros after the tar archive's end", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Tail(1 << 30) })},
}

// chartYAMLCases are rules 5 and 6 of cci-rules.md §7: Chart.yaml and the YAML files.
var chartYAMLCases = []chartCase{
	{"missing Chart.yaml", chartOK, chartBuilt(func() *chartgen.Builder { return chartgen.New().File("mychart/values.yaml", "a: 1\n") })},
	{"Chart.yaml too deep", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("mychart/sub/Chart.yaml", chartYAML("mychart", "0.1.0"))
	})},
	{"no entries", chartOK, chartBuilt(chartgen.New)},
	{"Chart.yaml invalid", chartOK, chartBuilt(func() *chartgen.Builder { return chartgen.New().File("mychart/Chart.yaml", "name: [mychart\n") })},
	{"values.yaml invalid", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/values.yaml", "a: b: c\n") })},
	{"requirements.yaml invalid", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/requirements.yaml", "dependencies:\n- name: x\n  bad\n")
	})},
	{"Chart.yaml a list", chartOK, chartBuilt(func() *chartgen.Builder { return chartgen.New().File("mychart/Chart.yaml", "- name\n") })},
	{"Chart.yaml empty", chartOK, chartBuilt(func() *chartgen.Builder { return chartgen.New().File("mychart/Chart.yaml", "") })},
	{"no name", chartOK, chartBuilt(func() *chartgen.Builder { return chartgen.New().File("mychart/Chart.yaml", "version: 0.1.0\n") })},
	{"null version", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("mychart/Chart.yaml", "name: mychart\nversion: ~\n")
	})},
}

// chartVersionNameCases are rules 7 and 8 of cci-rules.md §7: the version, and the names.
var chartVersionNameCases = []chartCase{
	{"version 1.2", "mychart-1.2.tgz", chartBuilt(func() *chartgen.Builder { return chartgen.Chart("mychart", "1.2") })},
	{"nested version 1.2", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-1.2.tgz", chartgen.Chart("sub", "1.2"))
	})},
	{"subchart directory version 1.2", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "1.2"))
	})},
	{"65-character version", "mychart-" + chartV64 + "0.tgz", chartBuilt(func() *chartgen.Builder {
		return chartgen.Chart("mychart", chartV64+"0")
	})},
	{"other name", "other-0.1.0.tgz", chartBuilt(chartGood)},
	{"other version", "mychart-0.2.0.tgz", chartBuilt(chartGood)},
	{"top directory not the name", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("chartdir/Chart.yaml", chartYAML("mychart", "0.1.0"))
	})},
}

// chartNestedCases are the nested-chart cases of package chart's tests.
var chartNestedCases = []chartCase{
	{"nested archive corrupt", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Bytes("mychart/charts/sub-0.1.0.tgz", []byte("garbage"))
	})},
	{"nested archive empty", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().Bytes("mychart/charts/sub-0.1.0.tgz", nil) })},
	{"nested archive with a symlink", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").Symlink("sub/l", "x"))
	})},
	{"nested archive with ../", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").File("../x", ""))
	})},
	{"nested archive without Chart.yaml", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.New().File("sub/values.yaml", ""))
	})},
	{"nested archive with bad values.yaml", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").File("sub/values.yaml", "a: ["))
	})},
	{"nested archive, its top directory not its name", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/x.tgz", chartgen.New().File("dir/Chart.yaml", chartYAML("sub", "0.1.0")))
	})},
	{"nested in nested", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/a-1.0.0.tgz", chartgen.Chart("a", "1.0.0").
			Nested("a/charts/b-1.0.0.tgz", chartgen.Chart("b", "1.2")))
	})},
	{"subchart directory without Chart.yaml", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/charts/sub/values.yaml", "a: 1\n")
	})},
	{"subchart directory with bad Chart.yaml", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/charts/sub/Chart.yaml", "name: sub\n")
	})},
	{"stray file in charts/", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/charts/README.md", "x") })},
	{"hidden file in charts/", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/charts/.gitkeep", "") })},
	{"provenance file", chartOK, chartBuilt(func() *chartgen.Builder { return chartGood().File("mychart/charts/sub-0.1.0.tgz.prov", "sig") })},
	{"templates named like charts", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/templates/charts/x.tgz", "not gzip")
	})},
	{"archives nested 3 deep", chartOK, chartBuilt(func() *chartgen.Builder { return chartDeepNest(3) })},
	{"archives nested 70 deep", chartOK, chartBuilt(func() *chartgen.Builder { return chartDeepNest(70) })},
}

// chartOrderCases break two rules at once (package chart's TestRuleOrder).
var chartOrderCases = []chartCase{
	{"name (2) and content (4)", "mychart.zip", chartRaw(func() []byte { return []byte("not gzip") })},
	{"size (1) and name (2)", "big.zip", chartRaw(func() []byte { return chartRandom(3 << 20) })},
	{"name (2) and empty (3)", "", chartRaw(func() []byte { return nil })},
	{"no Chart.yaml (5) and a symlink (4)", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("mychart/values.yaml", "a: 1\n").Symlink("mychart/l", "x")
	})},
	{"bad values.yaml (6) before a symlink (4)", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartGood().File("mychart/values.yaml", "a: [\n").Symlink("mychart/l", "x")
	})},
	{"bad values.yaml (6) and no Chart.yaml (5)", chartOK, chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("mychart/values.yaml", "a: [\n")
	})},
	{"bad version (7) and bad values.yaml (6)", "mychart-1.2.tgz", chartBuilt(func() *chartgen.Builder {
		return chartgen.Chart("mychart", "1.2").File("mychart/values.yaml", "a: [\n")
	})},
	{"bad version (7) and file name (8)", "other-1.2.tgz", chartBuilt(func() *chartgen.Builder { return chartgen.Chart("mychart", "1.2") })},
	{"Chart.yaml last, name (8) and nested version (7)", "mychart-9.9.9.tgz", chartBuilt(func() *chartgen.Builder {
		return chartgen.New().File("mychart/charts/s/Chart.yaml", chartYAML("s", "1.2")).
			File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0"))
	})},
	{"nested missing Chart.yaml (5) and top file name (8)", "x.tgz", chartBuilt(func() *chartgen.Builder {
		return chartGood().Nested("mychart/charts/s-1.0.0.tgz", chartgen.New().File("s/values.yaml", ""))
	})},
}

// chartEntries returns mychart with n tar entries.
func chartEntries(n int) *chartgen.Builder {
	b := chartGood() // 3 entries
	for i := 3; i < n; i++ {
		b.File("mychart/files/f"+strconv.Itoa(i), "")
	}
	return b
}

// chartAliases returns a values.yaml with n aliases of one scalar.
func chartAliases(n int) string {
	var s strings.Builder
	s.WriteString("a: &a x\n")
	for i := range n {
		s.WriteString("b" + strconv.Itoa(i) + ": *a\n")
	}
	return s.String()
}

// chartNest returns a YAML document of depth nested sequences.
func chartNest(depth int) string {
	return strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n"
}

// chartDeepNest returns mychart with n levels of nested archives.
func chartDeepNest(n int) *chartgen.Builder {
	b := chartgen.Chart("c0", "1.0.0")
	for i := 1; i <= n; i++ {
		name := "c" + strconv.Itoa(i)
		b = chartgen.Chart(name, "1.0.0").Nested(name+"/charts/inner.tgz", b)
	}
	return chartGood().Nested("mychart/charts/outer.tgz", b)
}

// chartSized returns a valid chart padded with an incompressible file and a
// gzip header extra field to exactly size bytes.
func chartSized(tb testing.TB, size int) []byte {
	a, err := chartGood().Random("mychart/files/blob.bin", int64(size)-8000, 1).Level(0).ArchiveOfSize(size)
	require.NoError(tb, err)
	require.Len(tb, a, size)
	return a
}

func chartRandom(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.NewChaCha8([32]byte{7}).Read(b)
	return b
}

func chartGzip(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

// chartPAXBlock returns a pax extended header ('x') with the records, which
// tar.Writer refuses to write for GNU sparse keys: it is written as a global
// header, whose records it keeps, and retyped.
func chartPAXBlock(records map[string]string) []byte {
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
