package chart

import (
	"bytes"
	"testing"
	"testing/iotest"

	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fuzzOpts keep the memory a fuzzed package can make the checker use small.
var fuzzOpts = []Option{WithMaxFileSize(256 << 10), WithMaxTotalSize(1 << 20)}

func FuzzValidatePackage(f *testing.F) {
	for _, tc := range packageCases {
		if tc.name == "exactly 2 MiB" || tc.name == "2 MiB + 1" || tc.name == "corrupt 3 MiB" {
			continue
		}
		f.Add(tc.filename, tc.archive(f))
	}
	f.Add("x-1.0.0.tgz", chartgen.Chart("x", "1.0.0").Nested("x/charts/y-1.0.0.tgz", chartgen.Chart("y", "1.0.0")).Archive())
	f.Fuzz(func(t *testing.T, filename string, data []byte) {
		info, errs := Inspect(filename, bytes.NewReader(data), fuzzOpts...)
		for _, e := range errs {
			require.True(t, e.Code.IsValid(), "%v", e)
		}
		require.LessOrEqual(t, info.InflatedSize, int64(1<<20)+32<<10)
		// Streaming: the verdict does not depend on how the input is split.
		_, again := Inspect(filename, iotest.OneByteReader(bytes.NewReader(data)), fuzzOpts...)
		assert.Equal(t, errs, again)
	})
}

func FuzzValidateUpload(f *testing.F) {
	okPkg := good().Archive()
	for _, ps := range [][]part{
		{filePart(okName, okPkg)},
		{filePart(okName, okPkg), textPart("parameters", `{"a": 1}`)},
		{textPart("parameters", `[]`), filePart(okName, okPkg[:50])},
		{filePart("x.tgz", nil)},
		{},
	} {
		ct, b := form(ps...)
		f.Add(ct, b)
	}
	f.Add("multipart/form-data; boundary=x", []byte("--x\r\nContent-Disposition: form-data; name=\"content\"; filename=\"a.tgz\"\r\n\r\nzz\r\n--x--\r\n"))
	f.Add("application/json", []byte("{}"))
	f.Fuzz(func(t *testing.T, ct string, body []byte) {
		errs := ValidateUploadBody(ct, bytes.NewReader(body), fuzzOpts...)
		for _, e := range errs {
			require.True(t, e.Code.IsValid(), "%v", e)
		}
		again := ValidateUploadBody(ct, iotest.HalfReader(bytes.NewReader(body)), fuzzOpts...)
		assert.Equal(t, errs, again)
	})
}
