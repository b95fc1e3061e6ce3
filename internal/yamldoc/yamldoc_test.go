package yamldoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsMarker(t *testing.T) {
	for line, want := range map[string]bool{
		"---": true, "---\n": true, "--- # c\n": true, "---\r\n": true, "--- a: 1\n": true,
		"----\n": false, "--\n": false, " ---\n": false, "": false, "a: ---\n": false,
	} {
		assert.Equal(t, want, IsMarker([]byte(line)), "%q", line)
	}
}

func TestHasContent(t *testing.T) {
	for line, want := range map[string]bool{
		"a: 1\n": true, "  - x\n": true, "--- a\n": true,
		"\n": false, "   \n": false, "# c\n": false, "  # c\n": false, "%YAML 1.2\n": false,
		"---\n": false, "--- # c\n": false, "...\n": false, "": false,
	} {
		assert.Equal(t, want, HasContent([]byte(line)), "%q", line)
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		in string
		n  int
		r  rune
	}{
		{`\n`, 2, '\n'}, {`\"`, 2, '"'}, {`\N`, 2, 0x85}, {`\x41`, 4, 'A'}, {`\u00e9`, 6, 'é'},
		{`\U0001F600`, 10, 0x1F600},
		{`\/`, 0, 0},         // yaml/v3 has no \/ escape
		{`\x4`, 0, 0},        // too few digits
		{`\ud800`, 0, 0},     // a surrogate
		{`\U00110000`, 0, 0}, // beyond U+10FFFF
		{`\`, 0, 0},
	}
	for _, tc := range tests {
		n, r := Escape([]byte(tc.in))
		assert.Equal(t, tc.n, n, "%q", tc.in)
		assert.Equal(t, tc.r, r, "%q", tc.in)
	}
}

func TestTextAndTrailer(t *testing.T) {
	assert.True(t, Text([]byte("café # 中文")))
	assert.False(t, Text([]byte("a\tb")))
	assert.False(t, Text([]byte("a\u2028b")))
	assert.False(t, Text([]byte{0xff}))
	assert.True(t, Trailer([]byte("   # c")))
	assert.False(t, Trailer([]byte("# c")), "a comment needs a space before it")
	assert.False(t, Trailer([]byte(" x")))
	assert.True(t, WordByte('z') && WordByte('0') && !WordByte('-'))
}
