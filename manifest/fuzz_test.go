package manifest

import (
	"encoding/json"
	"testing"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"kind: Namespace\nmetadata:\n  name: a\n",
		"a: 1\n---\nb: [1, 2]\n...\n",
		`{"a": [1, "x", null, true, {"b": 1e5}]}`,
		"a: &x 1\nb: *x\n",
		"a: !!float 1\nb: 0x1F\nc: .inf\n",
		"? [a]\n: 1\n",
		"%YAML 1.1\n---\n'a': \"b\\u0000\"\n",
		"- |\n  block\n- >\n  folded\n",
		"{\"a\":\"\xff\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Decode(data, WithDocumentLimit(1<<16), WithInputLimit(1<<18), WithMaxDepth(64))
		if err != nil {
			return
		}
		for i, d := range docs {
			if d.Index != i {
				t.Fatalf("document %d has Index %d", i, d.Index)
			}
			if d.Err == "" && !json.Valid(d.JSON) {
				t.Fatalf("document %d: invalid JSON %q", i, d.JSON)
			}
			if d.Err != "" && d.JSON != nil {
				t.Fatalf("document %d: JSON with Err %q", i, d.Err)
			}
			for _, k := range d.Keys {
				d.Position(k)
				d.Position(k + ".x[0][y]")
			}
			d.Position("[")
		}
	})
}
