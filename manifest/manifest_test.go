package manifest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func decodeOne(t *testing.T, in string, opts ...Option) Document {
	t.Helper()
	docs, err := Decode([]byte(in), opts...)
	require.NoError(t, err)
	require.Len(t, docs, 1)
	return docs[0]
}

func TestDecodeScalarsCoreSchema(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"int is a number", "v: 123", `{"v":123}`},
		{"negative int", "v: -7", `{"v":-7}`},
		{"plus sign dropped", "v: +7", `{"v":7}`},
		{"leading zeros are decimal in 1.2", "v: 0777", `{"v":777}`},
		{"octal", "v: 0o17", `{"v":15}`},
		{"hex", "v: 0x1F", `{"v":31}`},
		{"big decimal kept as written", "v: 99999999999999999999999", `{"v":99999999999999999999999}`},
		{"float as written", "v: 1.10", `{"v":1.10}`},
		{"float leading dot", "v: -.5", `{"v":-0.5}`},
		{"float trailing dot", "v: 1.", `{"v":1}`},
		{"float exponent", "v: 01.5E+03", `{"v":1.5e+03}`},
		{"true", "v: True", `{"v":true}`},
		{"false", "v: FALSE", `{"v":false}`},
		{"on is a string", "v: on", `{"v":"on"}`},
		{"yes is a string", "v: yes", `{"v":"yes"}`},
		{"null", "v: null", `{"v":null}`},
		{"tilde", "v: ~", `{"v":null}`},
		{"empty", "v:", `{"v":null}`},
		{"underscores are a string", "v: 1_000", `{"v":"1_000"}`},
		{"timestamp is a string", "v: 2001-12-14", `{"v":"2001-12-14"}`},
		{"quoted number is a string", `v: "123"`, `{"v":"123"}`},
		{"single quoted", `v: 'it''s'`, `{"v":"it's"}`},
		{"explicit str tag", "v: !!str 123", `{"v":"123"}`},
		{"explicit float tag on int", "v: !!float 1", `{"v":1}`},
		{"block scalar", "v: |\n  a\n  b\n", `{"v":"a\nb\n"}`},
		{"escapes", `v: "tab\there \"q\" \\ \u0001"`, `{"v":"tab\there \"q\" \\ \u0001"}`},
		{"unicode kept", "v: héllo", `{"v":"héllo"}`},
		{"sequence", "v: [1, a, null]", `{"v":[1,"a",null]}`},
		{"nested", "a:\n  b:\n    - c: d\n", `{"a":{"b":[{"c":"d"}]}}`},
		{"quoted key that looks like a number", `"123": x`, `{"123":"x"}`},
		{"root sequence", "- 1\n- 2", `[1,2]`},
		{"root scalar", "hello", `"hello"`},
		{"explicit null document", "--- ~", `null`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := decodeOne(t, tc.in)
			require.Empty(t, d.Err)
			assert.Equal(t, tc.want, string(d.JSON))
			assert.True(t, json.Valid(d.JSON))
		})
	}
}

func TestDecodeDocumentErrors(t *testing.T) {
	tests := []struct {
		name, in       string
		line, col      int
		wantErrContain string
	}{
		{"inf", "a: 1\nv: .inf", 2, 4, ".inf"},
		{"negative inf", "v: -.Inf", 1, 4, "-.Inf"},
		{"nan", "v: .NaN", 1, 4, ".NaN"},
		{"anchor", "a: &x 1\nb: *x", 1, 4, "anchor"},
		{"alias only (anchor elsewhere)", "a: &x [1]\n", 1, 4, "anchor"},
		{"anchor on key", "&k a: 1", 1, 1, "anchor"},
		{"int key", "123: a", 1, 1, "not a string"},
		{"bool key", "a: 1\ntrue: a", 2, 1, "not a string"},
		{"null key", "~: a", 1, 1, "not a string"},
		{"sequence key", "? [a]\n: 1", 1, 3, "not a string"},
		{"merge key", "<<: {a: 1}", 1, 1, "merge"},
		{"custom tag", "v: !foo bar", 1, 4, "tag"},
		{"int tag on text", "v: !!int abc", 1, 4, "not a int"},
		{"hex too large", "v: 0x1FFFFFFFFFFFFFFFF", 1, 4, "64 bits"},
		{"syntax", "a: b: c", 1, 1, "invalid YAML"},
		{"syntax with line", "a: 1\nb: [\n", 2, 0, "invalid YAML"},
		{"invalid utf-8 in YAML", "a: \"\xff\"\nb: c:", 0, 0, "invalid YAML"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := decodeOne(t, tc.in)
			assert.Contains(t, d.Err, tc.wantErrContain)
			assert.Nil(t, d.JSON)
			if tc.line > 0 {
				assert.Equal(t, tc.line, d.ErrLine, "ErrLine")
				assert.Equal(t, tc.col, d.ErrColumn, "ErrColumn")
			}
		})
	}
}

func TestDecodeMultiDocument(t *testing.T) {
	in := "# leading comment\n" + // 1
		"kind: Namespace\n" + // 2
		"metadata:\n" + // 3
		"  name: a\n" + // 4
		"---\n" + // 5
		"---\n" + // 6 (an empty document: not counted)
		"kind: Network\n" + // 7
		"bad: [\n" + // 8
		"---   # third\n" + // 9
		"apiVersion: v1\n" + // 10
		"metadata: {name: c}\n" + // 11
		"...\n"
	docs, err := Decode([]byte(in))
	require.NoError(t, err)
	require.Len(t, docs, 3)

	assert.Equal(t, 0, docs[0].Index)
	assert.Equal(t, [2]int{2, 1}, [2]int{docs[0].Line, docs[0].Column})
	assert.Equal(t, "Namespace", docs[0].Kind)
	assert.Equal(t, []string{"kind", "metadata"}, docs[0].Keys)
	assert.Equal(t, `{"kind":"Namespace","metadata":{"name":"a"}}`, string(docs[0].JSON))
	assertPos(t, &docs[0], "metadata.name", 4, 9)

	assert.Equal(t, 1, docs[1].Index)
	assert.Contains(t, docs[1].Err, "invalid YAML")
	assert.Equal(t, 5, docs[1].Line, "a document the parser refused starts at its chunk")
	assert.GreaterOrEqual(t, docs[1].ErrLine, 8)

	assert.Equal(t, 2, docs[2].Index)
	assert.Equal(t, 9, docs[2].Line)
	assert.Equal(t, "v1", docs[2].APIVersion)
	assertPos(t, &docs[2], "metadata.name", 11, 18)
	assertPos(t, &docs[2], "apiVersion", 10, 13)
}

func assertPos(t *testing.T, d *Document, field string, line, col int) {
	t.Helper()
	l, c := d.Position(field)
	assert.Equal(t, [2]int{line, col}, [2]int{l, c}, "Position(%q)", field)
}

func TestPosition(t *testing.T) {
	in := "kind: Namespace\n" + // 1
		"metadata:\n" + // 2
		"  name: ns\n" + // 3
		"  annotations:\n" + // 4
		"    namespace.kubernetes.io/flavor: gpu\n" + // 5
		"  labels:\n" + // 6
		"    sys_enterprise_project_id: \"\"\n" + // 7
		"spec:\n" + // 8
		"  items:\n" + // 9
		"  - a\n" + // 10
		"  - name: b\n" + // 11
		"  name: first\n" + // 12
		"  name: last\n" // 13
	d := decodeOne(t, in)
	require.Empty(t, d.Err)
	tests := []struct {
		field     string
		line, col int
	}{
		{"", 1, 1},
		{"kind", 1, 7},
		{"metadata", 3, 3},
		{"metadata.name", 3, 9},
		{"metadata.annotations[namespace.kubernetes.io/flavor]", 5, 37},
		{"metadata.labels[sys_enterprise_project_id]", 7, 32},
		{"metadata.labels.sys_enterprise_project_id", 7, 32},
		{"spec.items[0]", 10, 5},
		{"spec.items[1].name", 11, 11},
		{"spec.name", 13, 9},                     // a repeated key: the last one counts
		{"metadata.labels[missing]", 7, 5},       // nearest present parent
		{"metadata.annotations[x].deeper", 5, 5}, // nearest present parent
		{"spec.items[7]", 10, 3},                 // index out of range: the sequence
		{"nothing.here", 1, 1},                   // missing at the top: the document
		{"[kind]", 1, 7},
	}
	for _, tc := range tests {
		assertPos(t, &d, tc.field, tc.line, tc.col)
	}
	var zero Document
	l, c := zero.Position("metadata.name")
	assert.Equal(t, [2]int{0, 0}, [2]int{l, c})
}

func TestDecodeDuplicateKeysLastWins(t *testing.T) {
	t.Run("yaml", func(t *testing.T) {
		d := decodeOne(t, "a: 1\nb: 2\na: 3\n")
		require.Empty(t, d.Err)
		assert.Equal(t, `{"b":2,"a":3}`, string(d.JSON))
		assert.Equal(t, []string{"b", "a"}, d.Keys)
		assertPos(t, &d, "a", 3, 4)
	})
	t.Run("json", func(t *testing.T) {
		in := `{"kind":"X","a":{"b":1},"kind":"Namespace","a":{"b":2}}`
		d := decodeOne(t, in)
		require.Empty(t, d.Err)
		assert.Equal(t, in, string(d.JSON), "a JSON file is sent as it is")
		assert.Equal(t, "Namespace", d.Kind)
		var v struct {
			Kind string
			A    struct{ B int }
		}
		require.NoError(t, json.Unmarshal(d.JSON, &v))
		assert.Equal(t, 2, v.A.B)
		assertPos(t, &d, "a.b", 1, 53)
	})
	t.Run("many keys", func(t *testing.T) {
		var b strings.Builder
		for i := 0; i < 100; i++ {
			b.WriteString("k" + string(rune('a'+i%26)) + ": 1\n")
		}
		d := decodeOne(t, b.String())
		require.Empty(t, d.Err)
		assert.Len(t, d.Keys, 26)
		assert.True(t, json.Valid(d.JSON))
	})
}

func TestDecodeJSONInput(t *testing.T) {
	in := "\n  {\n" + // 1, 2
		"    \"kind\": \"Namespace\",\n" + // 3
		"    \"metadata\": {\"name\": \"x\xffy\", \"labels\": {\"a\": \"\\ud83d\\ude00\"}}\n" + // 4
		"  }\n"
	d := decodeOne(t, in)
	require.Empty(t, d.Err, "invalid UTF-8 and surrogate escapes are valid JSON for encoding/json")
	assert.Equal(t, strings.TrimSpace(in), string(d.JSON))
	assert.Equal(t, [2]int{2, 3}, [2]int{d.Line, d.Column})
	assert.Equal(t, "Namespace", d.Kind)
	assert.Equal(t, []string{"kind", "metadata"}, d.Keys)
	assertPos(t, &d, "kind", 3, 13)
	assertPos(t, &d, "metadata.name", 4, 26)
	assertPos(t, &d, "metadata.labels[a]", 4, 49)
}

func TestDecodeEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "# only a comment\n", "---\n", "---\n# c\n---\n...\n", "%YAML 1.1\n---\n"} {
		docs, err := Decode([]byte(in))
		require.NoError(t, err, "%q", in)
		assert.Empty(t, docs, "%q", in)
	}
}

func TestDecodeLimits(t *testing.T) {
	t.Run("100 MB input", func(t *testing.T) {
		big := bytes.Repeat([]byte("a: b\n"), 100<<20/5) // 100 MiB
		start := time.Now()
		_, err := Decode(big)
		require.ErrorIs(t, err, ErrInputTooLarge)
		assert.Less(t, time.Since(start), time.Second)
	})
	t.Run("100 MB reader read bounded", func(t *testing.T) {
		r := &countingReader{n: 100 << 20}
		_, err := DecodeReader(r, WithInputLimit(1<<20))
		require.ErrorIs(t, err, ErrInputTooLarge)
		assert.LessOrEqual(t, r.read, int64(1<<20+1+512))
	})
	t.Run("document limit", func(t *testing.T) {
		docs, err := Decode([]byte("a: 1\n---\nb: "+strings.Repeat("x", 2000)+"\n---\nc: 3\n"), WithDocumentLimit(1000))
		require.NoError(t, err)
		require.Len(t, docs, 3)
		assert.Empty(t, docs[0].Err)
		assert.Contains(t, docs[1].Err, "larger than the limit")
		assert.Equal(t, 2, docs[1].Line)
		assert.Empty(t, docs[2].Err)
	})
	t.Run("json document limit", func(t *testing.T) {
		d := decodeOne(t, `{"a":"`+strings.Repeat("x", 2000)+`"}`, WithDocumentLimit(1000))
		assert.Contains(t, d.Err, "larger than the limit")
	})
	t.Run("depth limit", func(t *testing.T) {
		d := decodeOne(t, "a:\n  b:\n    c: 1\n", WithMaxDepth(2))
		assert.Contains(t, d.Err, "nesting")
		assert.Equal(t, [2]int{3, 5}, [2]int{d.ErrLine, d.ErrColumn})
		d = decodeOne(t, "a:\n  b: 1\n", WithMaxDepth(2))
		assert.Empty(t, d.Err)
		d = decodeOne(t, `{"a":{"b":{}}}`, WithMaxDepth(2))
		assert.Contains(t, d.Err, "nesting")
		assert.Equal(t, [2]int{1, 11}, [2]int{d.ErrLine, d.ErrColumn})
	})
	t.Run("100,000-deep nesting", func(t *testing.T) {
		for _, in := range []string{strings.Repeat("[", 100000), strings.Repeat("[", 100000) + strings.Repeat("]", 100000),
			strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)} {
			start := time.Now()
			d := decodeOne(t, in, WithDocumentLimit(1<<20))
			assert.NotEmpty(t, d.Err)
			assert.Less(t, time.Since(start), 5*time.Second)
		}
	})
}

type countingReader struct{ n, read int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, errors.New("EOF")
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	for i := range p {
		p[i] = 'a'
	}
	r.n -= int64(len(p))
	r.read += int64(len(p))
	return len(p), nil
}

func TestDecodeAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for i := 1; i < 10; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	start := time.Now()
	d := decodeOne(t, b.String())
	assert.Contains(t, d.Err, "anchor")
	assert.Nil(t, d.JSON)
	assert.Less(t, time.Since(start), time.Second)
}

func TestDecodeReaderError(t *testing.T) {
	_, err := DecodeReader(&countingReader{n: 0})
	require.Error(t, err)
	assert.NotErrorIs(t, err, ErrInputTooLarge)
}
