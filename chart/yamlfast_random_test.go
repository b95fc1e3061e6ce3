package chart

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestFastYAMLRandom compares the fast path with yaml/v3 on 100,000
// generated documents (about a second): mostly-valid block YAML with tricky
// keys and scalars, then mutated. Where yaml/v3 runs slowly (-race), it
// stops after 3 seconds and at least 10,000 documents.
func TestFastYAMLRandom(t *testing.T) {
	const docs, atLeast, budget = 100_000, 10_000, 3 * time.Second
	g := yamlGen{r: rand.New(rand.NewPCG(7, 11))}
	start := time.Now()
	n, sure := 0, 0
	for ; n < docs && (n < atLeast || time.Since(start) < budget); n++ {
		if agree(t, g.doc()) {
			sure++
		}
	}
	t.Logf("fast path sure of %d of %d documents", sure, n)
	assert.Greater(t, sure, n/4, "the generator exercises the fast path")
}

// A yamlGen writes random YAML documents.
type yamlGen struct {
	r *rand.Rand
	b []byte
}

var (
	genKeys = []string{"a", "b", "key", "a.b", "a-b", "x/y", "1", "true", "null", "_", "on", "k8s.io/name",
		"a b", "-a", "'q'", "\"q\"", "?", "<<", "&x a", "!t a", "a\t", "a:b", "~", "ü"}
	genScalars = []string{"1", "-1", "1.10.0", "x", "hello world", "~", "null", "'q'", "'it''s'", "\"d\\n\"",
		"\"\\/\"", "\"\\x41\"", "\"\\u00e9\"", "\"\\ud800\"", "\"\\U0010ffff\"", "\"\\U00110000\"", "\"\\x4\"", "\"\\uDFFF\"", "a:b", "a: b", "a #c", "a#b", "{}", "[]", "{ }", "[a]", "{a: b}",
		"|", ">", "&a x", "*a", "!!str x", "%x", "@x", "`x", "-", "- x", "--x", "-.5", "中文", "\u2028", "\u0085",
		"\ufeff", "\xff", "\t", "x ", "x:", ":x", "?x", ",", "'unclosed", "\"unclosed", "'a' b", "'a'#c",
		"\"a\" # c", "$x", "(x)", "<x", "=", "\\", "^", "x\r", "''", "\"\"", "'#'", "a,b", "a]", "\"\\\\\"", "---", "..."}
	genJunk = []string{"-", "- ", ": ", ":", " ", "  ", "\n", "#", " # c", "'", "\"", "[", "]", "{", "}", ",",
		"&a", "*a", "!t", "|", ">", "?", "---", "...", "\t", "%", "@", "\r", "\xc2\x85", "é", "\\"}
)

func (g *yamlGen) pick(s []string) string { return s[g.r.IntN(len(s))] }

// doc returns a new document, valid as generated more often than not.
func (g *yamlGen) doc() []byte {
	g.b = g.b[:0]
	switch g.r.IntN(8) {
	case 0:
		g.b = append(g.b, "---\n"...)
	case 1:
		g.b = append(g.b, "# top\n"...)
	}
	col := 0
	if g.r.IntN(8) == 0 {
		col = 1 + g.r.IntN(3)
	}
	if g.r.IntN(4) == 0 {
		g.seq(col, 0)
	} else {
		g.mapping(col, 0)
	}
	if g.r.IntN(3) == 0 {
		g.mutate()
	}
	return g.b
}

func (g *yamlGen) indent(col int) { g.b = append(g.b, strings.Repeat(" ", col)...) }

// extra sometimes writes a blank or comment line.
func (g *yamlGen) extra(col int) {
	switch g.r.IntN(10) {
	case 0:
		g.b = append(g.b, '\n')
	case 1:
		g.indent(g.r.IntN(col + 3))
		g.b = append(g.b, "# c\n"...)
	}
}

// word writes one of words: rarely (one time in rare) any, else one of the
// first easy.
func (g *yamlGen) word(words []string, easy, rare int) {
	if g.r.IntN(rare) > 0 {
		words = words[:easy]
	}
	g.b = append(g.b, g.pick(words)...)
}

// scalar writes a value, mostly a valid one.
func (g *yamlGen) scalar() {
	g.word(genScalars, 10, 12)
	if g.r.IntN(6) == 0 {
		g.b = append(g.b, " # c"...)
	}
}

// mapping writes a block mapping at column col, depth deep.
func (g *yamlGen) mapping(col, depth int) {
	for range 1 + g.r.IntN(4) {
		g.extra(col)
		g.indent(col)
		g.word(genKeys, 12, 25)
		g.b = append(g.b, ':')
		g.value(col, depth)
	}
}

// value writes what follows "key:" of a mapping at column col.
func (g *yamlGen) value(col, depth int) {
	deeper := depth < 6 || g.r.IntN(4) == 0 && depth < 80
	switch k := g.r.IntN(8); {
	case k < 3 || !deeper:
		g.b = append(g.b, ' ')
		g.scalar()
		g.b = append(g.b, '\n')
	case k == 3:
		g.b = append(g.b, '\n')
	case k < 6:
		g.b = append(g.b, '\n')
		g.mapping(col+1+g.r.IntN(3), depth+1)
	case k == 6:
		g.b = append(g.b, '\n')
		g.seq(col, depth+1)
	default:
		g.b = append(g.b, '\n')
		g.seq(col+1+g.r.IntN(3), depth+1)
	}
}

// seq writes a block sequence at column col, depth deep.
func (g *yamlGen) seq(col, depth int) {
	for range 1 + g.r.IntN(4) {
		g.extra(col)
		g.indent(col)
		g.b = append(g.b, '-')
		sub := col + 1 + g.r.IntN(3)
		g.indent(sub - col - 1)
		g.b = append(g.b, ' ')
		sub++
		if g.r.IntN(2) == 0 || depth > 80 {
			g.scalar()
			g.b = append(g.b, '\n')
			continue
		}
		// A mapping whose first entry shares the item's line.
		g.word(genKeys, 12, 25)
		g.b = append(g.b, ':')
		g.value(sub, depth+1)
		if g.r.IntN(2) == 0 {
			g.mapping(sub, depth+1)
		}
	}
}

// mutate changes the document a little: a line's indentation, a line
// dropped or repeated, or junk inserted.
func (g *yamlGen) mutate() {
	lines := bytes.SplitAfter(bytes.Clone(g.b), []byte("\n"))
	i := g.r.IntN(len(lines))
	switch g.r.IntN(5) {
	case 0:
		lines[i] = append(bytes.Repeat([]byte(" "), 1+g.r.IntN(2)), lines[i]...)
	case 1:
		lines[i] = bytes.TrimPrefix(lines[i], []byte(" "))
	case 2:
		lines[i] = nil
	case 3:
		lines = append(lines[:i+1], lines[i:]...)
	default:
		at := g.r.IntN(len(lines[i]) + 1)
		lines[i] = append(lines[i][:at:at], append([]byte(g.pick(genJunk)), lines[i][at:]...)...)
	}
	g.b = bytes.Join(lines, nil)
}

func BenchmarkFastYAML(b *testing.B) {
	v := benchValues(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(v)))
	for b.Loop() {
		if !fastYAML(v, DefaultMaxDepth) {
			b.Fatal("not sure")
		}
	}
}
