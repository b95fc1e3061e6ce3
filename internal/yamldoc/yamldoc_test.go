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
