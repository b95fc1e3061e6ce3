package jsonbody

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

type req struct {
	Name *string           `json:"name"`
	Meta map[string]string `json:"meta"`
	N    int               `json:"n"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, body string
		ok         bool
		contains   string
	}{
		{"object", `{"name":"a"}`, true, ""},
		{"duplicate keys, last wins", `{"name":"a","name":"b"}`, true, ""},
		{"invalid UTF-8 in a string", "{\"name\":\"\xff\"}", true, ""},
		{"null", `null`, false, "null"},
		{"array", `[]`, false, "array"},
		{"string", `"x"`, false, "string"},
		{"number", `12`, false, "number"},
		{"empty", ``, false, "empty"},
		{"spaces", "  \n", false, "empty"},
		{"garbage", `}{`, false, "offset 0"},
		{"truncated", `{"name":`, false, "unexpected end"},
		{"syntax", `{"name":"a",}`, false, "offset"},
		{"wrong type", `{"name":12}`, false, "name: JSON number where a string belongs"},
		{"wrong type map", `{"meta":[]}`, false, "meta: JSON array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r req
			got := Decode([]byte(tc.body), 0, &r)
			if tc.ok {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tc.contains)
		})
	}
}

func TestDecodeLastKeyWins(t *testing.T) {
	var r req
	assert.Empty(t, Decode([]byte(`{"name":"a","name":"b"}`), 0, &r))
	assert.Equal(t, "b", *r.Name)
}

func TestDecodeLimit(t *testing.T) {
	body := []byte(`{"name":"` + strings.Repeat("a", 100) + `"}`)
	var r req
	assert.Empty(t, Decode(body, int64(len(body)), &r))
	assert.Contains(t, Decode(body, int64(len(body)-1), &r), "larger than the limit")
}

func TestDecodeDeepNesting(t *testing.T) {
	body := append(bytes.Repeat([]byte(`{"a":`), 100000), bytes.Repeat([]byte("}"), 100000)...)
	var r req
	assert.Contains(t, Decode(body, int64(len(body)), &r), "exceeded max depth")
}

func TestRead(t *testing.T) {
	data, too, err := Read(strings.NewReader("12345"), 5)
	assert.NoError(t, err)
	assert.False(t, too)
	assert.Equal(t, "12345", string(data))
	data, too, err = Read(strings.NewReader("123456789"), 5)
	assert.NoError(t, err)
	assert.True(t, too)
	assert.Len(t, data, 6)
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"name":"a","meta":{"k":"v"},"n":1}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var r req
		_ = Decode(body, 1<<16, &r)
	})
}
