package validate

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's code table must list every code with its status, constant and class.
func TestREADMECodeTable(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	rows := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "| `CCI.") {
			continue
		}
		cols := strings.Split(line, " | ")
		code := strings.Trim(cols[0], "| `")
		rows[code] = cols
	}
	require.Len(t, rows, 90, "one README row per code")
	for _, e := range Entries() {
		cols, ok := rows[e.Code.String()]
		if !assert.True(t, ok, "%s missing from the README", e.Code) {
			continue
		}
		assert.Equal(t, strconv.Itoa(e.HTTPStatus), cols[1], "%s status", e.Code)
		assert.Equal(t, "`"+e.Code.GoString()[len("validate."):]+"`", cols[2], "%s constant", e.Code)
		assert.Equal(t, string(e.Code.Checked()), cols[3], "%s class", e.Code)
	}
}
