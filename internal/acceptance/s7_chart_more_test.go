package acceptance_test

import (
	"bytes"
	"compress/gzip"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/chartgen"
)

func TestS7AddonsReadme(t *testing.T) {
	expect(t, chart.ValidateAddonRequest(chart.Addon{IsAddon: false, Version: "1.0.0"}), c04_400111, "-")
	expect(t, chart.ValidateAddonRequest(chart.Addon{IsAddon: true}), c04_400126, "-")
	expect(t, chart.ValidateAddonRequest(chart.Addon{IsAddon: false}), c04_400111, "-")
	expect(t, chart.ValidateAddonRequest(chart.Addon{IsAddon: true, Version: "1.0.0"}), "", "")
	for _, l := range []string{"zh", "zh-cn", "zh_cn", "ZH_CN", "zh-CN", "en", "EN", "en-us", "en_US", "En-Us"} {
		expect(t, chart.ValidateReadmeLanguage(l), "", "")
		expect(t, chart.ValidateReadme(l, true), "", "")
		expect(t, chart.ValidateReadme(l, false), c04_403129, "-")
	}
	for _, l := range []string{"", "fr", "zh-tw", "en-gb", "de_DE", "english", "zh cn", "zh--cn", "en-"} {
		expect(t, chart.ValidateReadmeLanguage(l), c04_400131, "-")
		expect(t, chart.ValidateReadme(l, false), c04_400131, "-")
	}
}

// ---- helpers ----

func gz(data []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, _ = w.Write(data)
	_ = w.Close()
	return buf.Bytes()
}

func flip(a []byte, i int) []byte {
	b := append([]byte{}, a...)
	if i < 0 {
		i += len(b)
	}
	b[i] ^= 0xff
	return b
}

func truncate(a []byte) []byte { return a[:len(a)-20] }

// entries returns a valid chart archive with exactly n tar entries.
func entries(n int) []byte { return entriesFrom(base(), n) }

func entriesFrom(b *chartgen.Builder, n int) []byte {
	// base() and Chart() hold 3 entries.
	for i := range n - 3 {
		b.File("mychart/files/f"+strconv.Itoa(i), "x")
	}
	return b.Archive()
}

func zerosFiles(n int, size int64) []byte {
	b := base()
	for i := range n {
		b.Zeros("mychart/z"+strconv.Itoa(i), size)
	}
	return b.Archive()
}

func TestS7PackageMore(t *testing.T) {
	cy := func(s string) *chartgen.Builder { return chartgen.New().File("mychart/Chart.yaml", s) }
	cases := []struct {
		name string
		fn   string
		data []byte
		want string
	}{
		{"file name .tgz only", ".tgz", base().Archive(), c04_400121},
		{"version float 1.0 as written", "mychart-1.0.tgz", cy("name: mychart\nversion: 1.0\n").Archive(), c04_400104},
		{"version int 1 as written", "mychart-1.tgz", cy("name: mychart\nversion: 1\n").Archive(), c04_400104},
		{"version 1.10 stays 1.10", "mychart-1.1.tgz", cy("name: mychart\nversion: 1.10\n").Archive(), c04_400104},
		{"single-quoted", chartFN, cy("name: 'mychart'\nversion: '0.1.0'\n").Archive(), ""},
		{"values empty", chartFN, base().File("mychart/values.yaml", "").Archive(), ""},
		{"values comments only", chartFN, base().File("mychart/values.yaml", "# nothing\n").Archive(), ""},
		{"pax header counts: 1000", chartFN, entriesFrom(chartgen.New().GlobalHeader().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", "a: 1\n").File("mychart/templates/x.yaml", "x"), 999), ""},
		{"pax header counts: 1001", chartFN, entriesFrom(chartgen.New().GlobalHeader().File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", "a: 1\n").File("mychart/templates/x.yaml", "x"), 1000), c04_400306},
		{"directories count: 1001", chartFN, entriesFrom(chartgen.New().Dir("mychart/").File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).File("mychart/values.yaml", "a: 1\n").File("mychart/templates/x.yaml", "x"), 1000), c04_400306},
		{"bad content then 3 MiB: size decided first", chartFN, base().Symlink("mychart/l", "x").Random("mychart/r", 3*mib, 9).Archive(), c04_400304},
		{"not gzip then 3 MiB", chartFN, append([]byte("PK\x03\x04"), randomBytes(3*mib, 4)...), c04_400304},
		{"gzip trailer missing", chartFN, func() []byte { a := base().Archive(); return a[:len(a)-8] }(), c04_400306},
		{"pax header and ./", chartFN, chartgen.New().GlobalHeader().File("./mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), ""},
		{"./ top dir still must be name", chartFN, chartgen.New().File("./other/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(), c04_400121},
		{"Chart.yaml apiVersion v1", chartFN, cy("apiVersion: v1\nname: mychart\nversion: 0.1.0\n").Archive(), ""},
		{"Chart.yaml no apiVersion", chartFN, cy("name: mychart\nversion: 0.1.0\n").Archive(), ""},
		{"Chart.yaml name null", chartFN, cy("name:\nversion: 0.1.0\n").Archive(), c04_400306},
		{"Chart.yaml version null", chartFN, cy("name: mychart\nversion: ~\n").Archive(), c04_400306},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, inspect(tc.fn, tc.data), tc.want, "-")
		})
	}
}

// §7 Upload: "the whole body larger than the package limit plus 64 KiB".
func TestS7UploadBodyBoundary(t *testing.T) {
	limit := 2*mib + 64*1024
	valid := base().Archive()
	build := func(total int) (string, []byte) {
		ct, b := form(t, content(valid), part{"filler", "", ""})
		n := total - len(b)
		require.GreaterOrEqual(t, n, 0)
		ct, b = form(t, content(valid), part{"filler", "", rep("x", n)})
		require.Len(t, b, total)
		return ct, b
	}
	ct, b := build(limit)
	expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b)), "", "")
	ct, b = build(limit + 1)
	expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b)), c04_400304, "-")
	// With a smaller package limit the body limit follows.
	ct, b = build(100000 + 64*1024 + 1)
	expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b), chart.WithMaxPackageSize(100000)), c04_400304, "-")
	ct, b = build(100000 + 64*1024)
	expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b), chart.WithMaxPackageSize(100000)), "", "")
}

// §7 "Only the base name of a path is the file name", also for the part's.
func TestS7UploadFileNamePath(t *testing.T) {
	valid := base().Archive()
	for _, fn := range []string{"dist/" + chartFN, `C:\dist\` + chartFN, "/abs/" + chartFN} {
		ct, b := form(t, part{"content", fn, string(valid)})
		expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b)), "", "")
	}
	ct, b := form(t, part{"content", `dist\x.zip`, string(valid)})
	expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b)), c04_400118, "-")
}

// §7 Upload: the upload rules are decided before the package's, whatever
// order the parts come in (the body is streamed).
func TestS7UploadOrderStreaming(t *testing.T) {
	valid := base().Archive()
	bad := chartgen.Chart("mychart", "1.2").Archive()
	many := func(first part, n int) []part {
		ps := []part{first}
		for i := range n {
			ps = append(ps, part{"f" + strconv.Itoa(i), "", "v"})
		}
		return ps
	}
	cases := []struct {
		name  string
		parts []part
		want  string
	}{
		{"corrupt content then bad parameters", []part{{"content", chartFN, "junk"}, {"parameters", "", "[]"}}, c04_400302},
		{"bad version then bad parameters", []part{{"content", "mychart-1.2.tgz", string(bad)}, {"parameters", "", "null"}}, c04_400302},
		{"wrong extension then bad parameters", []part{{"content", "x.zip", string(valid)}, {"parameters", "", "1"}}, c04_400302},
		{"empty content then 17 parts", many(part{"content", chartFN, ""}, 16), c04_400302},
		{"bad version then 17 parts", many(part{"content", "mychart-1.2.tgz", string(bad)}, 16), c04_400302},
		{"corrupt content then oversize body", []part{{"content", chartFN, "junk"}, {"filler", "", rep("x", 2*mib+70*1024)}}, c04_400304},
		{"bad version then oversize body", []part{{"content", "mychart-1.2.tgz", string(bad)}, {"filler", "", rep("x", 2*mib+70*1024)}}, c04_400304},
		{"oversize package then bad parameters", []part{content(sized(t, 2*mib+1)), {"parameters", "", "[]"}}, c04_400302},
		{"content twice, first wins", []part{content(valid), {"content", "x.zip", "junk"}}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ct, b := form(t, tc.parts...)
			expect(t, chart.ValidateUploadBody(ct, bytes.NewReader(b)), tc.want, "-")
		})
	}
}

// §7 Nested charts below subcharts, and archives outside charts/.
func TestS7NestedMore(t *testing.T) {
	cases := []struct {
		name string
		b    *chartgen.Builder
		want string
	}{
		{"tgz in dir subchart bad version", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
			Nested("mychart/charts/sub/charts/deep-1.2.tgz", chartgen.Chart("deep", "1.2")), c04_400104},
		{"dir in dir subchart bad version", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
			File("mychart/charts/sub/charts/deep/Chart.yaml", chartYAML("deep", "1.2")), c04_400104},
		{"tgz outside charts not checked", base().File("mychart/files/x.tgz", "not gzip"), ""},
		{"dir subchart bad requirements", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
			File("mychart/charts/sub/requirements.yaml", "a: ["), c04_400306},
		{"dir subchart symlink", base().File("mychart/charts/sub/Chart.yaml", chartYAML("sub", "0.2.0")).
			Symlink("mychart/charts/sub/l", "x"), c04_400306},
		{"nested entries limit per archive", base().Nested("mychart/charts/sub-0.2.0.tgz", func() *chartgen.Builder {
			b := chartgen.Chart("sub", "0.2.0")
			for i := range 998 {
				b.File("sub/f"+strconv.Itoa(i), "x")
			}
			return b
		}()), c04_400306},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, inspect(chartFN, tc.b.Archive()), tc.want, "-")
		})
	}
}
