package acceptance_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
)

const (
	mib     = 1 << 20
	chartFN = "mychart-0.1.0.tgz"
)

func inspect(fn string, data []byte, opts ...chart.Option) validate.ErrorList {
	_, l := chart.Inspect(fn, bytes.NewReader(data), opts...)
	return l
}

func base() *chartgen.Builder { return chartgen.Chart("mychart", "0.1.0") }

func chartYAML(name, version string) string {
	return "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n"
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func sized(t *testing.T, size int) []byte {
	t.Helper()
	a, err := base().Random("mychart/blob.bin", int64(size-40000), 7).ArchiveOfSize(size)
	require.NoError(t, err)
	require.Len(t, a, size)
	return a
}

func aliasesYAML(n int) string {
	var sb strings.Builder
	sb.WriteString("base: &x 1\n")
	for i := range n {
		sb.WriteString("k" + strconv.Itoa(i) + ": *x\n")
	}
	return sb.String()
}

func nestedSeq(depth int) string { return "x: " + rep("[", depth-1) + rep("]", depth-1) + "\n" }

// §7 Package rules 1–8, each alone.
func TestS7PackageRules(t *testing.T) {
	valid := base().Archive()
	cases := []struct {
		name string
		fn   string
		data []byte
		want string
	}{
		{"valid", chartFN, valid, ""},
		{"valid with dir path", "dist/sub/" + chartFN, valid, ""},
		{"valid with windows path", `C:\dist\` + chartFN, valid, ""},
		{"valid with dir entries", chartFN, chartgen.New().Dir("mychart/").Dir("mychart/templates/").File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/templates/a.yaml", "x").Archive(), ""},
		{"valid minimal", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), ""},
		// rule 1
		{"1 exactly 2 MiB", chartFN, sized(t, 2*mib), ""},
		{"1 2 MiB + 1", chartFN, sized(t, 2*mib+1), c04_400304},
		{"1 corrupt 3 MiB", chartFN, randomBytes(3*mib, 1), c04_400304},
		{"1 corrupt 3 MiB zeros", chartFN, make([]byte, 3*mib), c04_400304},
		{"1 corrupt 3 MiB wrong name", "x.zip", randomBytes(3*mib, 2), c04_400304},
		{"1 big gzip then garbage", chartFN, append(append([]byte{}, valid...), randomBytes(3*mib, 3)...), c04_400304},
		// rule 2
		{"2 .tar.gz", "mychart-0.1.0.tar.gz", valid, c04_400118},
		{"2 .TGZ", "mychart-0.1.0.TGZ", valid, c04_400118},
		{"2 .Tgz", "mychart-0.1.0.Tgz", valid, c04_400118},
		{"2 no extension", "mychart-0.1.0", valid, c04_400118},
		{"2 .tgz.bak", "mychart-0.1.0.tgz.bak", valid, c04_400118},
		{"2 no file name", "", valid, c04_400118},
		{"2 directory only", "dist/", valid, c04_400118},
		// rule 3
		{"3 empty", chartFN, nil, c04_400119},
		// rule 4
		{"4 not gzip", chartFN, []byte("hello, world"), c04_400306},
		{"4 gzip not tar", chartFN, gz([]byte(rep("not a tar archive ", 100))), c04_400306},
		{"4 truncated", chartFN, valid[:len(valid)-10], c04_400306},
		{"4 truncated half", chartFN, valid[:len(valid)/2], c04_400306},
		{"4 bad CRC", chartFN, flip(valid, len(valid)-8), c04_400306},
		{"4 bad length", chartFN, flip(valid, len(valid)-1), c04_400306},
		{"4 ../x", chartFN, base().File("mychart/../x", "x").Archive(), c04_400306},
		{"4 ../ at root", chartFN, base().File("../x", "x").Archive(), c04_400306},
		{"4 /abs", chartFN, base().File("/mychart/x", "x").Archive(), c04_400306},
		{"4 c:/x", chartFN, base().File("c:/x", "x").Archive(), c04_400306},
		{"4 C: drive in dir", chartFN, chartgen.New().File("C:/mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), c04_400306},
		{"4 backslash", chartFN, base().File(`mychart\x`, "x").Archive(), c04_400306},
		{"4 root file", chartFN, base().File("README.md", "x").Archive(), c04_400306},
		{"4 two top dirs", chartFN, base().File("other/x", "x").Archive(), c04_400306},
		{"4 symlink", chartFN, base().Symlink("mychart/link", "values.yaml").Archive(), c04_400306},
		{"4 hardlink", chartFN, base().Hardlink("mychart/hard", "mychart/values.yaml").Archive(), c04_400306},
		{"4 char device", chartFN, base().Device("mychart/dev", false).Archive(), c04_400306},
		{"4 block device", chartFN, base().Device("mychart/blk", true).Archive(), c04_400306},
		{"4 fifo", chartFN, base().FIFO("mychart/fifo").Archive(), c04_400306},
		{"4 1000 entries", chartFN, entries(1000), ""},
		{"4 1001 entries", chartFN, entries(1001), c04_400306},
		{"4 file exactly 5 MiB", chartFN, base().Zeros("mychart/big", 5*mib).Archive(), ""},
		{"4 file 6 MiB", chartFN, base().Zeros("mychart/big", 6*mib).Archive(), c04_400306},
		{"4 file 5 MiB + 1", chartFN, base().Zeros("mychart/big", 5*mib+1).Archive(), c04_400306},
		{"4 total 25 MiB", chartFN, zerosFiles(5, 5*mib), c04_400306},
		{"4 total 18 MiB", chartFN, zerosFiles(4, 9*mib/2), ""},
		{"4 100 aliases", chartFN, base().File("mychart/templates/values2.yaml", "x").File("mychart/requirements.yaml", aliasesYAML(100)).Archive(), ""},
		{"4 101 aliases values", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", aliasesYAML(101)).Archive(), c04_400306},
		{"4 alias bomb", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", chartgen.AliasBomb(10, 11)).Archive(), c04_400306},
		{"4 nesting 64", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", nestedSeq(64)).Archive(), ""},
		{"4 nesting 65", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", nestedSeq(65)).Archive(), c04_400306},
		{"4 nesting 1000", chartFN, chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", nestedSeq(1000)).Archive(), c04_400306},
		{"4 pax global header allowed", chartFN, chartgen.New().GlobalHeader().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", "a: 1\n").Archive(), ""},
		{"4 leading ./ allowed", chartFN, chartgen.New().File("./mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("./mychart/values.yaml", "a: 1\n").File("./mychart/templates/x.yaml", "{{ x }}").Archive(), ""},
		{"4 garbage after gzip member", chartFN, append(append([]byte{}, valid...), "trailing garbage"...), ""},
		{"4 second gzip member ignored", chartFN, append(append([]byte{}, valid...), gz([]byte("garbage"))...), ""},
		{"4 zeros after tar end, small", chartFN, base().Tail(1024).Archive(), ""},
		{"4 zeros after tar end, 30 MiB", chartFN, base().Tail(30 * mib).Archive(), c04_400306},
		// rule 5
		{"5 no Chart.yaml", chartFN, chartgen.New().File("mychart/values.yaml", "a: 1\n").Archive(), c04_400119},
		{"5 Chart.yaml too deep", chartFN, chartgen.New().File("mychart/sub/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), c04_400119},
		{"5 chart.yaml lower case", chartFN, chartgen.New().File("mychart/chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), c04_400119},
		{"5 only a directory", chartFN, chartgen.New().Dir("mychart/").Archive(), c04_400119},
		{"5 empty tar", chartFN, chartgen.New().Archive(), c04_400119},
		// rule 6
		{"6 Chart.yaml syntax", chartFN, chartgen.New().File("mychart/Chart.yaml", "name: [\n").Archive(), c04_400306},
		{"6 Chart.yaml list", chartFN, chartgen.New().File("mychart/Chart.yaml", "- name\n- version\n").Archive(), c04_400306},
		{"6 Chart.yaml scalar", chartFN, chartgen.New().File("mychart/Chart.yaml", "mychart\n").Archive(), c04_400306},
		{"6 Chart.yaml empty", chartFN, chartgen.New().File("mychart/Chart.yaml", "").Archive(), c04_400306},
		{"6 Chart.yaml no name", chartFN, chartgen.New().File("mychart/Chart.yaml", "apiVersion: v2\nversion: 0.1.0\n").Archive(), c04_400306},
		{"6 Chart.yaml no version", chartFN, chartgen.New().File("mychart/Chart.yaml", "apiVersion: v2\nname: mychart\n").Archive(), c04_400306},
		{"6 values.yaml syntax", chartFN, base().File("mychart/values.yaml", "a: [1, 2\nb: }\n").Archive(), c04_400306},
		{"6 values.yaml tab indent", chartFN, base().File("mychart/values.yaml", "a:\n\tb: 1\n").Archive(), c04_400306},
		{"6 requirements.yaml syntax", chartFN, base().File("mychart/requirements.yaml", "dependencies: [\n").Archive(), c04_400306},
		{"6 template not YAML passes", chartFN, base().File("mychart/templates/bad.yaml", "{{- if .Values.x }}\n: : [\n{{- end }}\n").Archive(), ""},
		{"6 other files not parsed", chartFN, base().File("mychart/README.md", ": : [").File("mychart/files/x.yaml", "a: [").Archive(), ""},
		// rule 7
		{"7 version 1.2", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").Archive(), c04_400104},
		{"7 version v1.0.0", "mychart-v1.0.0.tgz", chartgen.Chart("mychart", "v1.0.0").Archive(), c04_400104},
		{"7 version leading zero", "mychart-01.0.0.tgz", chartgen.Chart("mychart", "01.0.0").Archive(), c04_400104},
		{"7 version 65", "mychart-1.0.0-" + rep("a", 59) + ".tgz", chartgen.Chart("mychart", "1.0.0-"+rep("a", 59)).Archive(), c04_400104},
		{"7 version 64", "mychart-1.0.0-" + rep("a", 58) + ".tgz", chartgen.Chart("mychart", "1.0.0-"+rep("a", 58)).Archive(), ""},
		{"7 version huge numbers", "mychart-99999999999999999999999.0.0.tgz", chartgen.Chart("mychart", "99999999999999999999999.0.0").Archive(), ""},
		// rule 8
		{"8 other name", "other-0.1.0.tgz", valid, c04_400121},
		{"8 other version", "mychart-0.1.1.tgz", valid, c04_400121},
		{"8 name case", "MyChart-0.1.0.tgz", valid, c04_400121},
		{"8 top dir not name", chartFN, chartgen.New().File("other/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), c04_400121},
		{"8 version 1.10.0 unquoted", "x-1.10.0.tgz", chartgen.Chart("x", "1.10.0").Archive(), ""},
		{"8 version quoted", chartFN, chartgen.New().File("mychart/Chart.yaml", "apiVersion: v2\nname: \"mychart\"\nversion: \"0.1.0\"\n").Archive(), ""},
		{"8 version 1.10.0 not 1.1.0", "x-1.1.0.tgz", chartgen.Chart("x", "1.10.0").Archive(), c04_400121},
		{"8 name on", "on-1.0.0.tgz", chartgen.Chart("on", "1.0.0").Archive(), ""},
		{"8 name yes", "yes-1.0.0.tgz", chartgen.Chart("yes", "1.0.0").Archive(), ""},
		{"8 name true", "true-1.0.0.tgz", chartgen.Chart("true", "1.0.0").Archive(), ""},
		{"8 version with build", "mychart-1.0.0+build.1.tgz", chartgen.Chart("mychart", "1.0.0+build.1").Archive(), ""},
		{"8 version with prerelease", "mychart-1.0.0-rc.1.tgz", chartgen.Chart("mychart", "1.0.0-rc.1").Archive(), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := inspect(tc.fn, tc.data)
			expect(t, l, tc.want, "-")
			err := chart.ValidatePackage(tc.fn, bytes.NewReader(tc.data))
			if tc.want == "" {
				assert.NoError(t, err)
			} else {
				assert.Equal(t, tc.want, validate.CodeOf(err))
			}
		})
	}
}

// §7 "The verdict is the broken rule with the lowest number, whatever order the
// entries come in."
func TestS7LowestRuleWins(t *testing.T) {
	cases := []struct {
		name string
		fn   string
		data []byte
		want string
	}{
		{"size beats name", "x.zip", sized(t, 2*mib+1), c04_400304},
		{"name beats empty", "x.zip", nil, c04_400118},
		{"name beats corrupt", "x.zip", []byte("junk"), c04_400118},
		{"name beats bad version", "x.zip", chartgen.Chart("mychart", "1.2").Archive(), c04_400118},
		{"bad version then symlink", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").Symlink("mychart/l", "x").Archive(), c04_400306},
		{"symlink first then bad version", "mychart-1.2.tgz", chartgen.New().Symlink("mychart/l", "x").File("mychart/Chart.yaml", chartYAML("mychart", "1.2")).Archive(), c04_400306},
		{"no Chart.yaml then symlink", chartFN, chartgen.New().File("mychart/values.yaml", "a: 1").Symlink("mychart/l", "x").Archive(), c04_400306},
		{"no Chart.yaml and corrupt end", chartFN, truncate(chartgen.New().File("mychart/values.yaml", rep("a: 1\n", 200)).Archive()), c04_400306},
		{"bad version before root file", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").File("README", "x").Archive(), c04_400306},
		{"bad version then too many entries", "mychart-1.2.tgz", entriesFrom(chartgen.Chart("mychart", "1.2"), 1001), c04_400306},
		{"bad version then big file", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").Zeros("mychart/z", 6*mib).Archive(), c04_400306},
		{"bad version then bad CRC", "mychart-1.2.tgz", flip(chartgen.Chart("mychart", "1.2").Archive(), -8), c04_400306},
		{"bad values yaml and bad version", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").File("mychart/values.yaml", "a: [").Archive(), c04_400306},
		{"bad values before Chart.yaml and bad version", "mychart-1.2.tgz", chartgen.New().File("mychart/values.yaml", "a: [").File("mychart/Chart.yaml", chartYAML("mychart", "1.2")).Archive(), c04_400306},
		{"no Chart.yaml beats bad name", "other-1.0.0.tgz", chartgen.New().File("mychart/values.yaml", "a: 1").Archive(), c04_400119},
		{"no name field beats mismatch", "other-1.0.0.tgz", chartgen.New().File("mychart/Chart.yaml", "version: 0.1.0\n").Archive(), c04_400306},
		{"bad version beats mismatch", "other-1.0.0.tgz", chartgen.Chart("mychart", "1.2").Archive(), c04_400104},
		{"bad version beats dir mismatch", "mychart-1.2.tgz", chartgen.New().File("other/Chart.yaml", chartYAML("mychart", "1.2")).Archive(), c04_400104},
		{"root file beats missing Chart.yaml", chartFN, chartgen.New().File("README", "x").File("mychart/values.yaml", "a: 1").Archive(), c04_400306},
		{"alias bomb after bad version", "mychart-1.2.tgz", chartgen.Chart("mychart", "1.2").File("mychart/requirements.yaml", aliasesYAML(200)).Archive(), c04_400306},
		{"mismatch then later symlink", "other-0.1.0.tgz", base().Symlink("mychart/l", "x").Archive(), c04_400306},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, inspect(tc.fn, tc.data), tc.want, "-")
		})
	}
}

// §7 Nested charts: rules 4–7 with the same codes; rule 8 top level only.
func TestS7Nested(t *testing.T) {
	sub := func(name, version string) *chartgen.Builder { return chartgen.Chart(name, version) }
	cases := []struct {
		name string
		b    *chartgen.Builder
		want string
	}{
		{"valid nested tgz", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0")), ""},
		{"valid dir subchart", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).File("mychart/charts/sub/values.yaml", "a: 1\n"), ""},
		{"nested archive name loose", base().Nested("mychart/charts/whatever.tgz", sub("sub", "0.2.0")), ""},
		{"nested dir not name", base().Nested("mychart/charts/sub-0.2.0.tgz", chartgen.New().File("other/Chart.yaml", chartYAML("sub", "0.2.0"))), ""},
		{"nested version 1.2", base().Nested("mychart/charts/sub-1.2.tgz", sub("sub", "1.2")), c04_400104},
		{"dir subchart version 1.2", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "1.2")), c04_400104},
		{"nested version 65", base().Nested("mychart/charts/sub.tgz", sub("sub", "1.0.0-"+rep("a", 59))), c04_400104},
		{"nested symlink", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").Symlink("sub/l", "x")), c04_400306},
		{"nested ../", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").File("sub/../../x", "x")), c04_400306},
		{"nested two top dirs", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").File("x/y", "x")), c04_400306},
		{"nested not gzip", base().File("mychart/charts/sub-0.2.0.tgz", "not gzip at all"), c04_400306},
		{"nested no Chart.yaml", base().Nested("mychart/charts/sub-0.2.0.tgz", chartgen.New().File("sub/values.yaml", "a: 1")), c04_400119},
		{"nested bad values", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").File("sub/values.yaml", "a: [")), c04_400306},
		{"nested bad requirements", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").File("sub/requirements.yaml", "a: [")), c04_400306},
		{"nested Chart.yaml no version", base().Nested("mychart/charts/sub-0.2.0.tgz", chartgen.New().File("sub/Chart.yaml", "name: sub\n")), c04_400306},
		{"dir subchart no name", base().File("mychart/charts/sub/Chart.yaml", "version: 1.0.0\n"), c04_400306},
		{"dir subchart bad values", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).File("mychart/charts/sub/values.yaml", "a: ["), c04_400306},
		{"nested 101 aliases", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").File("sub/values.yaml", aliasesYAML(101))), c04_400306},
		{"nested 6 MiB file", base().Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").Zeros("sub/z", 6*mib)), c04_400306},
		{"nested shares budget", base().Zeros("mychart/a", 5*mib).Zeros("mychart/b", 5*mib).Zeros("mychart/c", 5*mib).
			Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").Zeros("sub/a", 4*mib).Zeros("sub/b", 4*mib)), c04_400306},
		{"nested within budget", base().Zeros("mychart/a", 4*mib).
			Nested("mychart/charts/sub-0.2.0.tgz", sub("sub", "0.2.0").Zeros("sub/a", 4*mib).Zeros("sub/b", 4*mib)), ""},
		{"doubly nested bad version", base().Nested("mychart/charts/sub-0.2.0.tgz",
			sub("sub", "0.2.0").Nested("sub/charts/deep-1.2.tgz", sub("deep", "1.2"))), c04_400104},
		{"nested bomb", chartgen.BombNested(10, 95*mib, 5*mib), c04_400306},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fn := chartFN
			if strings.HasPrefix(tc.name, "nested bomb") {
				fn = "bomb-1.0.0.tgz"
			}
			expect(t, inspect(fn, tc.b.Archive()), tc.want, "-")
		})
	}
	// Nested bad version (rule 7) beats a top-level file name mismatch (rule 8).
	expect(t, inspect("other-0.1.0.tgz", base().Nested("mychart/charts/sub-1.2.tgz", sub("sub", "1.2")).Archive()), c04_400104, "-")
}

// §7 Bombs from issue 4.
func TestS7Bombs(t *testing.T) {
	if testing.Short() {
		t.Skip("bombs")
	}
	expect(t, inspect("bomb-1.0.0.tgz", chartgen.BombZeroFile(1<<30).Archive()), c04_400306, "-")
	expect(t, inspect("bomb-1.0.0.tgz", chartgen.BombFiles(200, 5*mib).Archive()), c04_400306, "-")
}

// §7 Options change the limits.
func TestS7Options(t *testing.T) {
	a := base().Zeros("mychart/z", 2000).Archive()
	expect(t, inspect(chartFN, a, chart.WithMaxFileSize(1000)), c04_400306, "-")
	expect(t, inspect(chartFN, entries(11), chart.WithMaxEntries(10)), c04_400306, "-")
	expect(t, inspect(chartFN, entries(10), chart.WithMaxEntries(10)), "", "-")
	expect(t, inspect(chartFN, a, chart.WithMaxPackageSize(int64(len(a)))), "", "-")
	expect(t, inspect(chartFN, a, chart.WithMaxPackageSize(int64(len(a)-1))), c04_400304, "-")
	y := chartgen.New().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", aliasesYAML(6)).Archive()
	expect(t, inspect(chartFN, y, chart.WithMaxAliases(5)), c04_400306, "-")
	expect(t, inspect(chartFN, y, chart.WithMaxAliases(6)), "", "-")
}

// ---- upload / update ----

type part struct{ field, filename, content string }

func form(t *testing.T, parts ...part) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, p := range parts {
		var pw io.Writer
		var err error
		if p.filename != "" {
			pw, err = w.CreateFormFile(p.field, p.filename)
		} else {
			pw, err = w.CreateFormField(p.field)
		}
		require.NoError(t, err)
		_, err = pw.Write([]byte(p.content))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return w.FormDataContentType(), buf.Bytes()
}

func content(data []byte) part { return part{"content", chartFN, string(data)} }

func TestS7Upload(t *testing.T) {
	valid := base().Archive()
	extra := func(n int) []part {
		ps := []part{content(valid)}
		for i := range n {
			ps = append(ps, part{"f" + strconv.Itoa(i), "", "v"})
		}
		return ps
	}
	cases := []struct {
		name  string
		parts []part
		ct    string // overrides the form's content type when set
		opts  []chart.Option
		want  string
		field string
	}{
		{"valid", []part{content(valid)}, "", nil, "", ""},
		{"valid with parameters", []part{{"parameters", "", `{"description":"x","a":{"b":1}}`}, content(valid)}, "", nil, "", ""},
		{"valid parameters after content", []part{content(valid), {"parameters", "", `{}`}}, "", nil, "", ""},
		{"not multipart", []part{content(valid)}, "application/json", nil, c04_400302, "-"},
		{"multipart/mixed", []part{content(valid)}, "multipart/mixed; boundary=x", nil, c04_400302, "-"},
		{"no boundary", []part{content(valid)}, "multipart/form-data", nil, c04_400302, "-"},
		{"no content type", []part{content(valid)}, "-", nil, c04_400302, "-"},
		{"parameters array", []part{{"parameters", "", `[]`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"parameters null", []part{{"parameters", "", `null`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"parameters string", []part{{"parameters", "", `"x"`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"parameters number", []part{{"parameters", "", `1`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"parameters malformed", []part{{"parameters", "", `{"a":`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"parameters trailing", []part{{"parameters", "", `{} {}`}, content(valid)}, "", nil, c04_400302, "parameters"},
		{"16 parts", extra(15), "", nil, "", ""},
		{"17 parts", extra(16), "", nil, c04_400302, "-"},
		{"no content part", []part{{"parameters", "", `{}`}}, "", nil, c04_400119, "content"},
		{"no parts", nil, "", nil, c04_400119, "content"},
		{"content wrong extension", []part{{"content", "mychart-0.1.0.zip", string(valid)}}, "", nil, c04_400118, "-"},
		{"content file name with path", []part{{"content", "dist/" + chartFN, string(valid)}}, "", nil, "", ""},
		{"content empty", []part{{"content", chartFN, ""}}, "", nil, c04_400119, "-"},
		{"content corrupt", []part{{"content", chartFN, "junk"}}, "", nil, c04_400306, "-"},
		{"content bad version", []part{{"content", "mychart-1.2.tgz", string(chartgen.Chart("mychart", "1.2").Archive())}}, "", nil, c04_400104, "-"},
		{"content mismatch", []part{{"content", "x-0.1.0.tgz", string(valid)}}, "", nil, c04_400121, "-"},
		{"content exactly 2 MiB", []part{content(sized(t, 2*mib))}, "", nil, "", ""},
		{"content 2 MiB + 1", []part{content(sized(t, 2*mib+1))}, "", nil, c04_400304, "-"},
		{"body over limit + 64 KiB", []part{content(valid), {"filler", "", rep("x", 2*mib+70*1024)}}, "", nil, c04_400304, "-"},
		{"body over limit no content", []part{{"filler", "", rep("x", 2*mib+70*1024)}}, "", nil, c04_400304, "-"},
		{"bad parameters before no content", []part{{"parameters", "", `[]`}}, "", nil, c04_400302, "-"},
		{"bad parameters before bad package", []part{{"parameters", "", `[]`}, {"content", "x.zip", "junk"}}, "", nil, c04_400302, "-"},
		{"name uploaded", []part{content(valid)}, "", []chart.Option{chart.WithContext(chart.Context{Uploaded: []string{"mychart"}})}, c04_409112, "-"},
		{"name official", []part{content(valid)}, "", []chart.Option{chart.WithContext(chart.Context{Official: []string{"mychart"}})}, c04_409123, "-"},
		{"other names", []part{content(valid)}, "", []chart.Option{chart.WithContext(chart.Context{Uploaded: []string{"a"}, Official: []string{"b"}})}, "", ""},
		{"package before context", []part{{"content", "mychart-1.2.tgz", string(chartgen.Chart("mychart", "1.2").Archive())}}, "", []chart.Option{chart.WithContext(chart.Context{Uploaded: []string{"mychart"}})}, c04_400104, "-"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ct, body := form(t, tc.parts...)
			switch tc.ct {
			case "":
			case "-":
				ct = ""
			default:
				ct = tc.ct
			}
			expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(body), tc.opts...), tc.want, tc.field)
			req, err := http.NewRequest(http.MethodPost, "http://x/v2/charts", bytes.NewReader(body))
			require.NoError(t, err)
			if ct != "" {
				req.Header.Set("Content-Type", ct)
			}
			expect(t, chart.ValidateUpload(req, tc.opts...), tc.want, tc.field)
		})
	}
	// Media type case-insensitive (RFC 9110).
	ct, body := form(t, content(valid))
	expect(t, chart.ValidateUploadBody(strings.Replace(ct, "multipart/form-data", "Multipart/Form-Data", 1), bytes.NewReader(body)), "", "")
}

func TestS7Update(t *testing.T) {
	valid := base().Archive()
	ctx := func(c chart.Context) []chart.Option { return []chart.Option{chart.WithContext(c)} }
	cases := []struct {
		name string
		id   string
		ct   string
		body []part
		opts []chart.Option
		want string
	}{
		{"valid", uuid, "", []part{content(valid)}, nil, ""},
		{"id empty", "", "", []part{content(valid)}, nil, c04_400105},
		{"id too long", rep("a", 65), "", []part{content(valid)}, nil, c04_400112},
		{"id invalid", "a.b", "", []part{content(valid)}, nil, c04_400113},
		{"id before body", "a.b", "application/json", []part{content(valid)}, nil, c04_400113},
		{"not multipart", uuid, "text/plain", []part{content(valid)}, nil, c04_400302},
		{"no content", uuid, "", []part{{"parameters", "", "{}"}}, nil, c04_400119},
		{"bad package", uuid, "", []part{{"content", chartFN, "junk"}}, nil, c04_400306},
		{"name taken does not apply", uuid, "", []part{content(valid)}, ctx(chart.Context{Uploaded: []string{"mychart"}}), ""},
		{"official name applies", uuid, "", []part{content(valid)}, ctx(chart.Context{Official: []string{"mychart"}}), c04_409123},
		{"same name and version", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "mychart", Version: "0.1.0"}}), ""},
		{"name differs", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "other", Version: "0.1.0"}}), c04_403112},
		{"version differs", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "mychart", Version: "0.2.0"}}), c04_403112},
		{"other tenant", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "mychart", Version: "0.1.0", Owner: "t1"}, Tenant: "t2"}), c04_403130},
		{"same tenant", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "mychart", Version: "0.1.0", Owner: "t1"}, Tenant: "t1"}), ""},
		{"changed before tenant", uuid, "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "x", Owner: "t1"}, Tenant: "t2"}), c04_403112},
		{"request before context", "a.b", "", []part{content(valid)}, ctx(chart.Context{Chart: &chart.StoredChart{Name: "x"}}), c04_400113},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ct, body := form(t, tc.body...)
			if tc.ct != "" {
				ct = tc.ct
			}
			expect(t, chart.ValidateUpdateBody(tc.id, ct, bytes.NewReader(body), tc.opts...), tc.want, "-")
			req, err := http.NewRequest(http.MethodPut, "http://x/v2/charts/"+tc.id, bytes.NewReader(body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", ct)
			expect(t, chart.ValidateUpdate(tc.id, req, tc.opts...), tc.want, "-")
		})
	}
}

func TestS7GetDownloadDelete(t *testing.T) {
	expect(t, chart.ValidateGet(uuid), "", "")
	expect(t, chart.ValidateDownload(uuid, chart.WithContext(chart.Context{Chart: &chart.StoredChart{Official: true}})), c04_403124, "-")
	expect(t, chart.ValidateDownload(uuid, chart.WithContext(chart.Context{Official: []string{"nginx"}, Chart: &chart.StoredChart{Name: "nginx"}})), c04_403124, "-")
	expect(t, chart.ValidateDownload(uuid, chart.WithContext(chart.Context{Chart: &chart.StoredChart{Name: "mine"}, Official: []string{"nginx"}})), "", "")
	expect(t, chart.ValidateDownload("", chart.WithContext(chart.Context{Chart: &chart.StoredChart{Official: true}})), c04_400105, "-")
	expect(t, chart.ValidateDelete(uuid, chart.WithContext(chart.Context{Chart: &chart.StoredChart{InUse: true}})), c04_403125, "-")
	expect(t, chart.ValidateDelete(uuid, chart.WithContext(chart.Context{InUse: []string{uuid}})), c04_403125, "-")
	expect(t, chart.ValidateDelete(uuid, chart.WithContext(chart.Context{InUse: []string{"other"}})), "", "")
	expect(t, chart.ValidateDelete("a.b", chart.WithContext(chart.Context{InUse: []string{"a.b"}})), c04_400113, "-")
	// Delete of an official chart and download of one in use are allowed.
	expect(t, chart.ValidateDelete(uuid, chart.WithContext(chart.Context{Chart: &chart.StoredChart{Official: true}})), "", "")
	expect(t, chart.ValidateDownload(uuid, chart.WithContext(chart.Context{Chart: &chart.StoredChart{InUse: true}})), "", "")
}
