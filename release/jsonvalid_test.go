package release

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var jsonValidCases = []string{
	`{}`, `[]`, `{"a":1}`, `{"a":[1,2,{"b":null}],"c":"d"}`, ` { "a" : [ true , false , null ] } `,
	`"x"`, `1`, `-0`, `-0.5e+10`, `1E-2`, `true`, `null`, "\"\xff\xfe\"", `"\u00e9\n\"\\\/"`,
	`{"a":1,}`, `[1,]`, `{"a"}`, `{"a":}`, `{,}`, `{"a":1 "b":2}`, `[1 2]`, `{1:2}`, `{'a':1}`,
	`01`, `1.`, `.5`, `+1`, `1e`, `-`, `1-2`, `tru`, `nul`, `truex`, `"\x"`, `"\u12"`, `"\u12g4"`,
	"\"a\tb\"", `"abc`, `{"a":1}}`, `[[]`, `]`, `}`, ``, ` `, `{} {}`, `[}`, `{]`, `{"a":[}`,
	`"` + strings.Repeat("a", 15) + `\n` + strings.Repeat("b", 9) + `"`, `"` + strings.Repeat("a", 7) + `\"x"`,
	`"` + strings.Repeat("a", 16) + "\x01" + `"`, `"` + strings.Repeat("\xe9", 16) + `"`, `"` + strings.Repeat("a", 17),
	`{"` + strings.Repeat("k", 30) + `":"` + strings.Repeat("v", 30) + `\u00E9"}`,
	`[` + strings.Repeat(`[`, 9999) + strings.Repeat(`]`, 10000),
	`[` + strings.Repeat(`[`, 10000) + strings.Repeat(`]`, 10001),
	strings.Repeat(`{"a":`, 10000) + `1` + strings.Repeat(`}`, 10000),
	strings.Repeat(`{"a":`, 10001) + `1` + strings.Repeat(`}`, 10001),
}

func TestIsValidJSON(t *testing.T) {
	for _, s := range jsonValidCases {
		assert.Equal(t, json.Valid([]byte(s)), isValidJSON([]byte(s)), "%.40q", s)
	}
}

func FuzzIsValidJSON(f *testing.F) {
	for _, s := range jsonValidCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := isValidJSON(b), json.Valid(b); got != want {
			t.Fatalf("isValidJSON(%q) = %v, json.Valid says %v", b, got, want)
		}
	})
}

func TestDetailsQuoteValues(t *testing.T) {
	r := validCreate()
	r.Name = "1release"
	r.Version = strings.Repeat("9", 100)
	errs := ValidateCreate(&r)
	if assert.Len(t, errs, 2) {
		assert.Contains(t, errs[0].Detail, `"1release"`)
		assert.Contains(t, errs[1].Detail, `"`+strings.Repeat("9", maxQuoted)+`"...`)
		assert.Contains(t, errs[1].Detail, "100")
	}
	errs = ValidateGet("a\"\xffb")
	if assert.Len(t, errs, 1) {
		assert.Contains(t, errs[0].Detail, `"a\"\xffb"`)
	}
}
