package chart

import (
	"bytes"
	"testing"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
)

// TestRuleOrder checks that the lowest broken rule wins, whatever order the
// entries come in, and that Inspect lists every rule it could decide.
func TestRuleOrder(t *testing.T) {
	big := randomBytes(3 << 20)
	cases := []struct {
		name     string
		filename string
		archive  []byte
		want     []validate.Code
	}{
		{"name (2) and content (4)", "mychart.zip", []byte("not gzip"),
			[]validate.Code{validate.ChartFileInvalid, validate.ChartPackageInvalid}},
		{"size (1) and name (2)", "big.zip", big,
			[]validate.Code{validate.ChartTooLarge, validate.ChartFileInvalid}},
		{"name (2) and empty (3)", "", nil,
			[]validate.Code{validate.ChartFileInvalid, validate.ChartFileNotFound}},
		{"no Chart.yaml (5) and a symlink (4)", okName,
			chartgen.New().File("mychart/values.yaml", "a: 1\n").Symlink("mychart/l", "x").Archive(),
			[]validate.Code{validate.ChartPackageInvalid}},
		{"bad values.yaml (6) before a symlink (4)", okName,
			good().File("mychart/values.yaml", "a: [\n").Symlink("mychart/l", "x").Archive(),
			[]validate.Code{validate.ChartPackageInvalid, validate.ChartPackageInvalid}},
		{"bad values.yaml (6) and no Chart.yaml (5)", okName,
			chartgen.New().File("mychart/values.yaml", "a: [\n").Archive(),
			[]validate.Code{validate.ChartFileNotFound, validate.ChartPackageInvalid}},
		{"bad version (7) and bad values.yaml (6)", "mychart-1.2.tgz",
			chartgen.Chart("mychart", "1.2").File("mychart/values.yaml", "a: [\n").Archive(),
			[]validate.Code{validate.ChartPackageInvalid, validate.ChartVersionInvalid}},
		{"bad version (7) and file name (8)", "other-1.2.tgz", chartgen.Chart("mychart", "1.2").Archive(),
			[]validate.Code{validate.ChartVersionInvalid, validate.ChartPackageNameMismatch}},
		{"Chart.yaml last, name (8) and nested version (7)", "mychart-9.9.9.tgz",
			chartgen.New().File("mychart/charts/s/Chart.yaml", chartYAML("s", "1.2")).
				File("mychart/Chart.yaml", chartYAML("mychart", "0.1.0")).Archive(),
			[]validate.Code{validate.ChartVersionInvalid, validate.ChartPackageNameMismatch}},
		{"nested missing Chart.yaml (5) and top file name (8)", "x.tgz",
			good().Nested("mychart/charts/s-1.0.0.tgz", chartgen.New().File("s/values.yaml", "")).Archive(),
			[]validate.Code{validate.ChartFileNotFound, validate.ChartPackageNameMismatch}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := Inspect(tc.filename, bytes.NewReader(tc.archive))
			assert.Equal(t, tc.want, errs.Codes(), "%v", errs)
		})
	}
}

func TestNestedCharts(t *testing.T) {
	cases := []struct {
		name    string
		archive *chartgen.Builder
		want    validate.Code
		field   string
	}{
		{"nested archive corrupt", good().Bytes("mychart/charts/sub-0.1.0.tgz", []byte("garbage")),
			validate.ChartPackageInvalid, "content[mychart/charts/sub-0.1.0.tgz]"},
		{"nested archive empty", good().Bytes("mychart/charts/sub-0.1.0.tgz", nil),
			validate.ChartPackageInvalid, "content[mychart/charts/sub-0.1.0.tgz]"},
		{"nested archive with a symlink", good().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").Symlink("sub/l", "x")),
			validate.ChartPackageInvalid, "content[mychart/charts/sub-0.1.0.tgz][sub/l]"},
		{"nested archive with ../", good().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").File("../x", "")),
			validate.ChartPackageInvalid, "content[mychart/charts/sub-0.1.0.tgz][../x]"},
		{"nested archive without Chart.yaml", good().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.New().File("sub/values.yaml", "")),
			validate.ChartFileNotFound, "content[mychart/charts/sub-0.1.0.tgz][sub/Chart.yaml]"},
		{"nested archive with bad values.yaml", good().Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").File("sub/values.yaml", "a: [")),
			validate.ChartPackageInvalid, "content[mychart/charts/sub-0.1.0.tgz][sub/values.yaml]"},
		{"nested archive, its top directory not its name", good().Nested("mychart/charts/x.tgz", chartgen.New().File("dir/Chart.yaml", chartYAML("sub", "0.1.0"))),
			0, ""},
		{"nested in nested", good().Nested("mychart/charts/a-1.0.0.tgz", chartgen.Chart("a", "1.0.0").
			Nested("a/charts/b-1.0.0.tgz", chartgen.Chart("b", "1.2"))),
			validate.ChartVersionInvalid, "content[mychart/charts/a-1.0.0.tgz][a/charts/b-1.0.0.tgz][b/Chart.yaml].version"},
		{"subchart directory without Chart.yaml", good().File("mychart/charts/sub/values.yaml", "a: 1\n"),
			validate.ChartFileNotFound, "content[mychart/charts/sub/Chart.yaml]"},
		{"subchart directory with bad Chart.yaml", good().File("mychart/charts/sub/Chart.yaml", "name: sub\n"),
			validate.ChartPackageInvalid, "content[mychart/charts/sub/Chart.yaml].version"},
		{"stray file in charts/ (as helm)", good().File("mychart/charts/README.md", "x"),
			validate.ChartFileNotFound, "content[mychart/charts/README.md/Chart.yaml]"},
		{"hidden file in charts/", good().File("mychart/charts/.gitkeep", ""), 0, ""},
		{"provenance file", good().File("mychart/charts/sub-0.1.0.tgz.prov", "sig"), 0, ""},
		{"templates named like charts", good().File("mychart/templates/charts/x.tgz", "not gzip"), 0, ""},
		{"nested too deep", deepNest(3), validate.ChartPackageInvalid, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := Inspect(okName, bytes.NewReader(tc.archive.Archive()), WithMaxDepth(2))
			if tc.want == 0 {
				assert.Empty(t, errs)
				return
			}
			if assert.NotEmpty(t, errs) {
				assert.Equal(t, tc.want, errs[0].Code, "%v", errs)
				if tc.field != "" {
					assert.Equal(t, tc.field, errs[0].Field)
				}
			}
		})
	}
}

// deepNest returns mychart with n levels of nested archives.
func deepNest(n int) *chartgen.Builder {
	b := chartgen.Chart("c0", "1.0.0")
	for i := 1; i <= n; i++ {
		name := "c" + string(rune('0'+i))
		b = chartgen.Chart(name, "1.0.0").Nested(name+"/charts/inner.tgz", b)
	}
	return good().Nested("mychart/charts/outer.tgz", b)
}

func TestInspectInfo(t *testing.T) {
	a := good().GlobalHeader().
		Nested("mychart/charts/sub-0.1.0.tgz", chartgen.Chart("sub", "0.1.0").
			Nested("sub/charts/deep-1.0.0.tgz", chartgen.Chart("deep", "1.0.0"))).
		File("mychart/charts/dir/Chart.yaml", "apiVersion: v1\nname: dir\nversion: \"2.0.0\"\n").
		Archive()
	info, errs := Inspect(okName, bytes.NewReader(a))
	assert.Empty(t, errs)
	assert.Equal(t, "mychart", info.Name)
	assert.Equal(t, "0.1.0", info.Version)
	assert.Equal(t, "v2", info.APIVersion)
	assert.Equal(t, 6, info.Entries)
	assert.Equal(t, int64(len(a)), info.Size)
	assert.Greater(t, info.InflatedSize, int64(3*512))
	assert.Equal(t, []Subchart{
		{Path: "mychart/charts/sub-0.1.0.tgz", Name: "sub", Version: "0.1.0", APIVersion: "v2", Charts: []Subchart{
			{Path: "sub/charts/deep-1.0.0.tgz", Name: "deep", Version: "1.0.0", APIVersion: "v2"},
		}},
		{Path: "mychart/charts/dir/", Name: "dir", Version: "2.0.0", APIVersion: "v1"},
	}, info.Charts)
}

func TestOptions(t *testing.T) {
	a := good().Zeros("mychart/files/z", 1000).Archive()
	cases := []struct {
		opt  Option
		want validate.Code
	}{
		{nil, 0},
		{WithMaxPackageSize(int64(len(a))), 0},
		{WithMaxPackageSize(int64(len(a) - 1)), validate.ChartTooLarge},
		{WithMaxEntries(4), 0},
		{WithMaxEntries(3), validate.ChartPackageInvalid},
		{WithMaxFileSize(1000), 0},
		{WithMaxFileSize(999), validate.ChartPackageInvalid},
		{WithMaxTotalSize(10 << 10), 0},
		{WithMaxTotalSize(1000), validate.ChartPackageInvalid},
		{WithMaxAliases(1), 0},
		{WithMaxDepth(2), 0},
		{WithMaxDepth(1), validate.ChartPackageInvalid}, // image: is a mapping inside a mapping
		{WithMaxPackageSize(0), 0},                      // the default
	}
	for i, tc := range cases {
		_, errs := Inspect(okName, bytes.NewReader(a), tc.opt)
		if tc.want == 0 {
			assert.Empty(t, errs, "case %d", i)
		} else if assert.NotEmpty(t, errs, "case %d", i) {
			assert.Equal(t, tc.want, errs[0].Code, "case %d", i)
		}
	}
}

func TestSplitName(t *testing.T) {
	cases := []struct{ name, top, rel string }{
		{"a/b/c", "a", "b/c"},
		{"./a/b", "a", "b"},
		{"././a/", "a", ""},
		{"a//b/./c", "a", "b/c"},
		{"a", "a", ""},
		{"./", "", ""},
		{".", "", ""},
	}
	for _, tc := range cases {
		top, rel, problem := splitName(tc.name)
		assert.Equal(t, [3]string{tc.top, tc.rel, ""}, [3]string{top, rel, problem}, tc.name)
	}
	for _, bad := range []string{"", "/a", `a\b`, "../a", "a/..", "a/../b", "c:/x", "C:x", "./c:/x"} {
		_, _, problem := splitName(bad)
		assert.NotEmpty(t, problem, bad)
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{
		"a.tgz": "a.tgz", "d/a.tgz": "a.tgz", `d\a.tgz`: "a.tgz", `C:\x\a.tgz`: "a.tgz",
		"": "", "d/": "", ".": "", "..": "", "d/..": "",
	} {
		assert.Equal(t, want, baseName(in), in)
	}
}
