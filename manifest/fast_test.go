package manifest

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slowDecode is decode without the fast path: what Decode gave before it.
func slowDecode(data []byte, o *options) ([]Document, error) {
	if int64(len(data)) > o.inputLimit {
		return nil, tooLarge(len(data), o.inputLimit)
	}
	if doc, ok := decodeJSON(data, o); ok {
		return []Document{doc}, nil
	}
	var docs []Document
	for _, c := range split(data) {
		docs = decodeChunk(docs, c, o)
	}
	return docs, nil
}

// compareFast checks that, for every chunk of data the fast path accepts, it
// gives exactly the Document the yaml/v3 path gives, and that Decode gives
// what slowDecode gives. It returns how many chunks the fast path accepted.
func compareFast(t testing.TB, data []byte, opts ...Option) int {
	t.Helper()
	o := newOptions(opts)
	accepted := 0
	for _, c := range split(data) {
		fast, ok := fastDocument(0, c, &o)
		if !ok {
			continue
		}
		accepted++
		slow := decodeChunk(nil, c, &o)
		if len(slow) != 1 {
			t.Fatalf("fast path accepted %q, yaml/v3 path gives %d documents", c.data, len(slow))
		}
		if slow[0].Err != "" {
			t.Fatalf("fast path accepted %q, yaml/v3 path says %s", c.data, slow[0].Err)
		}
		if !reflect.DeepEqual(fast, slow[0]) {
			t.Fatalf("fast path on %q:\n got  %#v\n want %#v", c.data, fast, slow[0])
		}
		for _, path := range indexPaths(&slow[0]) {
			fl, fc := fast.Position(path)
			sl, sc := slow[0].Position(path)
			if fl != sl || fc != sc {
				t.Fatalf("fast path on %q: Position(%q) = %d:%d, want %d:%d", c.data, path, fl, fc, sl, sc)
			}
		}
	}
	got, gotErr := decode(data, &o)
	want, wantErr := slowDecode(data, &o)
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotErr, wantErr) {
		t.Fatalf("Decode(%q) = %#v, %v;\nwant %#v, %v", data, got, gotErr, want, wantErr)
	}
	return accepted
}

// indexPaths returns the wire path of every value a Document indexes, and a
// missing child of each.
func indexPaths(d *Document) []string {
	if len(d.index) == 0 {
		return nil
	}
	paths := []string{"", "missing", "[x]"}
	var walk func(i int, path string)
	walk = func(i int, path string) {
		e := d.index[i]
		for j := 0; j < int(e.n); j++ {
			c := int(e.first) + j
			p := path + "[" + strconv.Itoa(j) + "]"
			if !e.seq {
				p = path + "[" + d.index[c].key + "]"
				if path == "" {
					p = d.index[c].key
				}
			}
			paths = append(paths, p, p+".missing", p+"[99]")
			walk(c, p)
		}
	}
	walk(0, "")
	return paths
}

func TestFastMatchesYAMLPath(t *testing.T) {
	tests := []struct {
		name, in string
		fast     bool // the fast path must take it
	}{
		{"namespace", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels:\n    sys_enterprise_project_id: \"0\"\n" +
			"  annotations:\n    namespace.kubernetes.io/flavor: general-computing\nspec:\n  finalizers: [kubernetes]\n", true},
		{"release", "chart_id: 9f1c2e3d\nname: web-1\nversion: 1.0.1\nvalues:\n  replicaCount: 3\n  image:\n    tag: \"1.25.3\"\n" +
			"  resources:\n    limits: {cpu: 500m, memory: 1Gi}\nparameters:\n  dry_run: false\n", true},
		{"markers and comments", "# head\n---\n--- # second\n\n  # indented comment\nkind: X # trailing\nspec:\n# col 0\n  a: b\n", true},
		{"indentless sequence", "a:\n- 1\n- b: 2\n  c: [x, 'y', {k: v}]\n-   d:\n    e: f\nz: {}\n", true},
		{"root sequence", "- a\n- b: c\n- [1, 2.5, -3]\n", true},
		{"scalars", "a: 0x1F\nb: 0o17\nc: +1.50e3\nd: ~\ne: TRUE\nf: yes\ng: 007\nh:\ni: 'it''s'\nj: \"\\x41\\u00e9\\N\\\\ \\\" \\0\"\n", true},
		{"unicode", "kind: \"Ünïcode\"\nmetadata:\n  name: héllo wörld\n  x: ['é', \"ü\", {ß: ç}]\n", false},
		{"kind escaped", "kind: \"Name\\u0073pace\"\napiVersion: 'v''1'\n", true},
		{"null kind", "kind:\napiVersion: ~\n", true},
		{"quoted keys", "'a b': 1\n\"c:d\": 2\n'123': x\n", true},
		{"indented root", "\n\n   a: 1\n   b:\n     - x\n", true},
		{"duplicate key", "a: 1\nb: 2\na: 3\n", false},
		{"anchor", "a: &x 1\n", false},
		{"block scalar", "a: |\n  x\n", false},
		{"multi-line plain", "a: b\n  c\n", false},
		{"inf", "a: .inf\n", false},
		{"int key", "1: a\n", false},
		{"tab", "a:\tb\n", false},
		{"crlf", "a: b\r\n", false},
		{"document end", "a: b\n...\nc: d\n", false},
		{"null item", "- \n- a\n", false},
		{"hex too large", "v: 0x1FFFFFFFFFFFFFFFF\n", false},
		{"syntax", "a: b: c\n", false},
		{"flow multi-line", "a: [b,\n  c]\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := compareFast(t, []byte(tc.in))
			if tc.fast {
				assert.Equal(t, 1, n, "the fast path should take it")
			}
		})
	}
}

// TestFastOnTestInputs runs the comparison over every input of this package's
// other tests and the repository's example manifests.
func TestFastOnTestInputs(t *testing.T) {
	var inputs []string
	for _, name := range []string{"manifest_test.go", "fuzz_test.go", "check_test.go", "example_test.go"} {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		inputs = append(inputs, stringLiterals(string(src))...)
	}
	files, _ := filepath.Glob("../examples/requests/*/*.y*ml")
	more, _ := filepath.Glob("../examples/requests/*.y*ml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs = append(inputs, string(data))
	}
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		compareFast(t, []byte(in))
		compareFast(t, []byte(in), WithMaxDepth(2), WithDocumentLimit(64))
	}
}

// stringLiterals returns the Go string literals of src, unquoted.
func stringLiterals(src string) []string {
	var out []string
	for i := 0; i < len(src); i++ {
		if src[i] != '"' && src[i] != '`' {
			continue
		}
		for j := i + 1; j < len(src); j++ {
			if src[j] == '\\' && src[i] == '"' {
				j++
				continue
			}
			if src[j] == src[i] {
				if s, err := strconv.Unquote(src[i : j+1]); err == nil {
					out = append(out, s)
				}
				i = j
				break
			}
			if src[j] == '\n' && src[i] == '"' {
				break
			}
		}
	}
	return out
}

func TestFastLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("items:\n")
	for i := range 20000 {
		b.WriteString("- {n: " + strconv.Itoa(i) + "}\n")
	}
	b.WriteString("keys:\n")
	for i := range 300 {
		b.WriteString("  k" + strconv.Itoa(i) + ": v\n")
	}
	b.WriteString("long: " + strings.Repeat("x", 5000) + "\n")
	b.WriteString("flow: [" + strings.Repeat("abc, ", 1000) + "z]\n")
	data := b.String()
	assert.Equal(t, 1, compareFast(t, []byte(data)), "beyond the position index's size")
	assert.Equal(t, 0, compareFast(t, []byte(data+"keys: again\n")), "a repeated key is the yaml/v3 path's")
	assert.Equal(t, 0, compareFast(t, []byte(strings.Replace(data, "k299:", "k0:", 1))), "a repeated key in a large mapping")
	deep := strings.Repeat("[", 150) + strings.Repeat("]", 150)
	assert.Equal(t, 0, compareFast(t, []byte("a: "+deep+"\n")), "deeper than the fast path goes")
	assert.Equal(t, 1, compareFast(t, []byte("a: [[[]]]\n"), WithMaxDepth(4)))
	assert.Equal(t, 0, compareFast(t, []byte("a: [[[]]]\n"), WithMaxDepth(3)))
}

func TestFastAllocations(t *testing.T) {
	in := []byte("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels:\n    sys_enterprise_project_id: \"0\"\n" +
		"  annotations:\n    namespace.kubernetes.io/flavor: general-computing\nspec:\n  finalizers: [kubernetes]\n  replicas: 3\n")
	o := newOptions(nil)
	c := chunk{data: in, line: 1}
	var p fastParser // not from the pool, which drops parsers under the race detector
	_, ok := p.read(0, c, &o)
	require.True(t, ok)
	allocs := testing.AllocsPerRun(100, func() { p.read(0, c, &o) })
	// The text as a string, the JSON, the keys and the position index.
	assert.LessOrEqual(t, allocs, 4.0)
}

func TestFastGenerated(t *testing.T) {
	n := 50000
	if testing.Short() || raceEnabled {
		n = 5000 // yaml/v3 is slow under the race detector
	}
	rng := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for i := 0; i < n; i++ {
		g := fastGen{rng: rng}
		data := g.document()
		if rng.IntN(3) == 0 {
			data = g.mutate(data)
		}
		var opts []Option
		if rng.IntN(10) == 0 {
			opts = append(opts, WithMaxDepth(1+rng.IntN(4)))
		}
		accepted += compareFast(t, []byte(data), opts...)
	}
	t.Logf("fast path took %d of %d generated documents", accepted, n)
	assert.Greater(t, accepted, n/5, "a good part of the generated documents should be inside the subset")
}

func FuzzFastDecode(f *testing.F) {
	g := fastGen{rng: rand.New(rand.NewPCG(3, 4))}
	for range 50 {
		f.Add([]byte(g.document()))
	}
	f.Add([]byte("a:\n- b: [1, {c: d}]\n  e: 'x'\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		compareFast(t, data)
		compareFast(t, data, WithMaxDepth(3))
	})
}

// A fastGen writes random documents, mostly inside the fast path's subset and
// sometimes just outside it.
type fastGen struct {
	rng *rand.Rand
	b   strings.Builder
}

var (
	genKeys = []string{"kind", "apiVersion", "metadata", "name", "spec", "a", "b", "c", "x.y/z", "n-1", "_u",
		"labels", "annotations", "values", "image", "tag", "replicas", "k8s.io/app", "d", "e", "f", "g", "h", "i", "j"}
	genOddKeys = []string{"'a\"b'", "'a\\b'", `"é"`, `""`, "''", `"x y z"`, "'#'", "'- a'", "true", "null", "123", "1e3", "on", "y", "'q k'", `"dq"`, `"a\"b"`, "'it''s'", "ünï", "0x1F", "-a", "a b", "<<", "?a"}
	genScalars = []string{"v", "team-a", "general-computing", "0", "007", "-7", "+7", "0x1F", "0o17", "0x", "0o8", "1.5", "-.5", "1.",
		"1e5", "1.5E+03", "true", "False", "null", "~", "on", "1_000", "http://x/y", "a:b", "a#b", "a # c", "x[0]", "{}", "[]",
		"[a, b]", "{a: 1, b: [x, y]}", "{\"a\": 1, 'b': [x]}", "{a: {b: {c: d}}}", "[{a: b}, {}]", "{a: \"x,y\"}",
		"['a,b', \"c]\"]", "[é, x]", "[ü, {ß: 'ç'}]", "'single'", "'it''s'", `"dq"`, `"Aé😀"`, "héllo", "a  ", "v1", "10Gi"}
	genOddScalars = []string{"[a?]", "[a:b]", "{a:b}", "[a #b]", "[a#b]", "{\"a\":b}", "[a, [b, {c: [d]}]]", "{a: b, a: c}",
		"[x] y", "{}x", "[1e5, .5, -0x1, 0o7, ~, null, True]", "[.inf]", "{1: a}", "{'1': a}", "[\"\\u0000\"]", ".inf", "-.Inf", ".nan", "true", "False", "TRUE", "tRUE", "null", "Null", "~", "on", "yes",
		"1_000", "2001-12-14", "http://x/y", "a:b", "a#b", "a # c", "a: b", "a,b", "x[0]", "{a}", "[b]", "{}", "[]",
		"[a, b]", "[ 1 ,2 ]", "{a: 1, b: [x, y]}", "{a: , b: 1}", "[a, ]", "[a: b]", "[[1], [2, [3]]]", "{'k': \"v\"}",
		"'single'", "'it''s'", "''", `""`, `"a\tb"`, `"\x41\u00e9\U0001F600"`, `"\/"`, `"\ud800"`, `"q\"q"`, `"\\"`,
		"'a\"b\\c'", "héllo", "日本", "\u00a0x", "x\u2028y", "-", "--", "---", "...", "- a", "? a", ": a", "&a x", "*a",
		"!!str 1", "!t x", "|", ">", "%x", "@x", "`x", "a  ", "0x1FFFFFFFFFFFFFFFF", "99999999999999999999", "=", "<<"}
	genComments = []string{"# c", "#", "#ü", "# a: b", "#\x01"}
)

func (g *fastGen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// pickOdd picks from list, and one time in odds from oddList.
func (g *fastGen) pickOdd(list, oddList []string, odds int) string {
	if g.rng.IntN(odds) == 0 {
		return g.pick(oddList)
	}
	return g.pick(list)
}

// document returns a random document, sometimes preceded by markers and
// comments.
func (g *fastGen) document() string {
	g.b.Reset()
	for range g.rng.IntN(3) {
		switch g.rng.IntN(4) {
		case 0:
			g.b.WriteString("---\n")
		case 1:
			g.b.WriteString("--- " + g.pick(genComments) + "\n")
		case 2:
			g.b.WriteString("\n")
		default:
			g.b.WriteString(strings.Repeat(" ", g.rng.IntN(3)) + g.pick(genComments) + "\n")
		}
	}
	indent := 0
	if g.rng.IntN(10) == 0 {
		indent = 1 + g.rng.IntN(3)
	}
	if g.rng.IntN(5) == 0 {
		g.sequence(indent, 0)
	} else {
		g.mapping(indent, 0, "")
	}
	return g.b.String()
}

// mapping writes a block mapping at indent; first, when not "", is the
// prefix of its first line ("- " of a sequence item).
func (g *fastGen) mapping(indent, depth int, first string) {
	used := map[string]bool{}
	for i := range 1 + g.rng.IntN(5) {
		g.extra(indent)
		if i == 0 && first != "" {
			g.b.WriteString(first)
		} else {
			g.b.WriteString(strings.Repeat(" ", indent))
		}
		key := g.pickOdd(genKeys, genOddKeys, 60)
		for used[key] && g.rng.IntN(30) != 0 {
			key = g.pick(genKeys)
		}
		used[key] = true
		g.b.WriteString(key + ":")
		g.nested(indent, depth, true)
	}
}

// sequence writes a block sequence at indent.
func (g *fastGen) sequence(indent, depth int) {
	for range 1 + g.rng.IntN(4) {
		g.extra(indent)
		g.b.WriteString(strings.Repeat(" ", indent) + "-")
		if depth < 6 && g.rng.IntN(4) == 0 {
			g.mapping(indent+1+g.rng.IntN(3), depth+1, strings.Repeat(" ", g.rng.IntN(3)))
			continue
		}
		g.nested(indent, depth, false)
	}
}

// nested writes what follows "key:" or "-": a scalar, or a collection on the
// next lines.
func (g *fastGen) nested(indent, depth int, key bool) {
	switch r := g.rng.IntN(10); {
	case depth < 6 && r < 2:
		g.comment()
		g.mapping(indent+1+g.rng.IntN(3), depth+1, "")
	case depth < 6 && r < 4:
		g.comment()
		in := indent + g.rng.IntN(3)
		if !key {
			in++
		}
		g.sequence(in, depth+1)
	case key && r == 4:
		g.comment()
	default:
		g.b.WriteString(strings.Repeat(" ", 1+g.rng.IntN(2)) + g.pickOdd(genScalars, genOddScalars, 30))
		if g.rng.IntN(6) == 0 {
			g.b.WriteString(" " + g.pick(genComments))
		}
		g.b.WriteString("\n")
	}
}

// comment ends a line, perhaps with a comment.
func (g *fastGen) comment() {
	if g.rng.IntN(4) == 0 {
		g.b.WriteString(" " + g.pick(genComments))
	}
	g.b.WriteString("\n")
}

// extra sometimes writes a blank or comment line.
func (g *fastGen) extra(indent int) {
	switch g.rng.IntN(12) {
	case 0:
		g.b.WriteString("\n")
	case 1:
		g.b.WriteString(strings.Repeat(" ", g.rng.IntN(indent+3)) + g.pick(genComments) + "\n")
	}
}

// mutate changes data a little: a byte inserted, deleted or replaced, or a
// line's indentation changed.
func (g *fastGen) mutate(data string) string {
	if data == "" {
		return data
	}
	i := g.rng.IntN(len(data))
	bytes := " :-#'\"\\[]{},\n\t\r&*!|>%@`?~.0x\xc3\xa9\xff"
	switch g.rng.IntN(4) {
	case 0:
		return data[:i] + string(bytes[g.rng.IntN(len(bytes))]) + data[i:]
	case 1:
		return data[:i] + data[i+1:]
	case 2:
		return data[:i] + string(bytes[g.rng.IntN(len(bytes))]) + data[i+1:]
	}
	lines := strings.Split(data, "\n")
	l := g.rng.IntN(len(lines))
	if g.rng.IntN(2) == 0 {
		lines[l] = " " + lines[l]
	} else {
		lines[l] = strings.TrimPrefix(lines[l], " ")
	}
	return strings.Join(lines, "\n")
}
