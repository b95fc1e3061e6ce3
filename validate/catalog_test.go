package validate

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readTable reads a cci-codes.tsv file into its rows, without the header.
func readTable(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Equal(t, "code\thttp_status\treason\tserver_message\tdescription", lines[0])
	var rows [][]string
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 5, "row %q", line)
		rows = append(rows, cols)
	}
	return rows
}

// assertCatalogMatches checks that the catalogue holds exactly the table's rows, in
// its order, byte for byte.
func assertCatalogMatches(t *testing.T, path string) {
	rows := readTable(t, path)
	entries := Entries()
	require.Len(t, rows, 90)
	require.Len(t, entries, len(rows))
	for i, r := range rows {
		e := entries[i]
		status, err := strconv.Atoi(r[1])
		require.NoError(t, err)
		assert.Equal(t, r[0], e.Code.String(), "row %d code", i+1)
		assert.Equal(t, status, e.HTTPStatus, "%s status", r[0])
		assert.Equal(t, r[2], e.Reason, "%s reason", r[0])
		assert.Equal(t, []byte(r[3]), []byte(e.Message), "%s message", r[0])
		assert.Equal(t, r[4], e.Description, "%s description", r[0])
	}
}

func TestCatalogMatchesTestdataTable(t *testing.T) {
	assertCatalogMatches(t, filepath.Join("testdata", "cci-codes.tsv"))
}

// The project's shared folder sits beside the repository root on developer machines
// and in CI; a clone elsewhere skips this comparison.
func TestCatalogMatchesSharedTable(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "cci-codes.tsv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no shared table beside the repository: %v", err)
	}
	assertCatalogMatches(t, path)
}

// Messages that hand-typing would lose: full-width punctuation, typos, a double space.
func TestCatalogKeepsOddBytes(t *testing.T) {
	tests := []struct {
		code Code
		want string
	}{
		{DeleteVolumeInvalid, "storage request body  invaild"},
		{NFSStorageClassInvalid, "nfs storage class type err,use \u201cnfs-rw\u201d"},
		{SubnetCIDRInvalid, "subnet cidr subnet inavlid\uff1awithin the coverage of VPC, and no more subnets overlap"},
		{NamespaceBodyInvalid, "ummarshal ERROR\uff1aBadNamespaceRequestBody"},
		{AgencyQuotaExceeded, "no agency quota found from iam\uff0cplease enlarge your quota"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.code.Message(), "%#v", tc.code)
	}
}

func TestCatalogShape(t *testing.T) {
	seen := map[string]bool{}
	for c := Code(1); c < numCodes; c++ {
		id := c.String()
		require.Len(t, id, len("CCI.04.400203"), "%#v", c)
		assert.True(t, strings.HasPrefix(id, "CCI.0") && id[6] == '.', "%s is shaped CCI.NN.SSSNNN", id)
		assert.False(t, seen[id], "%s twice", id)
		seen[id] = true
		status, err := strconv.Atoi(id[7:10])
		require.NoError(t, err, id)
		assert.Equal(t, status, c.HTTPStatus(), "%s: SSS is the HTTP status", id)
		assert.Equal(t, reasonOf(status), c.Reason(), "%s: reason matches status", id)
		assert.NotEmpty(t, c.Message(), id)
		assert.NotEmpty(t, c.Description(), id)
		assert.Contains(t, []Checked{CheckedRequest, CheckedOptIn, CheckedContext, CheckedServerOnly}, c.Checked(), id)
		got, ok := ParseCode(id)
		assert.True(t, ok, id)
		assert.Equal(t, c, got)
		e, ok := Lookup(id)
		assert.True(t, ok, id)
		assert.Equal(t, c, e.Code)
		assert.Equal(t, c.Entry(), e)
	}
	assert.Len(t, seen, 90)
}

func TestZeroCodeIsInvalid(t *testing.T) {
	var c Code
	assert.False(t, c.IsValid())
	assert.Equal(t, "Code(0)", c.String())
	assert.Equal(t, "validate.Code(0)", c.GoString())
	assert.Equal(t, Entry{}, c.Entry())
	assert.Zero(t, c.HTTPStatus())
	assert.Empty(t, c.Checked())
	assert.Equal(t, "Code(91)", Code(91).String())
	assert.Equal(t, "Code(-1)", Code(-1).String())
	for _, s := range []string{"", "CCI.04.4002", "cci.04.400203", "CCI.03.400101", "APIGW.0101"} {
		_, ok := Lookup(s)
		assert.False(t, ok, "Lookup(%q)", s)
		_, ok = ParseCode(s)
		assert.False(t, ok, "ParseCode(%q)", s)
	}
}

func TestCodeNames(t *testing.T) {
	assert.Equal(t, "CCI.04.400203", ReleaseNameInvalid.String())
	assert.Equal(t, "validate.ReleaseNameInvalid", ReleaseNameInvalid.GoString())
	assert.Equal(t, "CCI.02.400101", NamespaceBodyInvalid.String())
	assert.Equal(t, "CCI.01.400106", VolumeImportBodyInvalid.String())
	assert.Equal(t, "CCI.02.409101", NamespaceAlreadyExists.String())
}

func TestEntriesKeepTableOrderAndAreACopy(t *testing.T) {
	a := Entries()
	assert.Equal(t, "CCI.01.400101", a[0].Code.String())
	assert.Equal(t, "CCI.01.500101", a[22].Code.String(), "the table is not sorted; 500101 sits among the 400s")
	assert.Equal(t, "CCI.02.409101", a[89].Code.String())
	a[0].Message = "changed"
	assert.Equal(t, "request body error", Entries()[0].Message)
}

// §12: two opt-in codes, and the server-only codes of §10.
func TestCheckedClasses(t *testing.T) {
	count := map[Checked]int{}
	for _, e := range Entries() {
		count[e.Code.Checked()]++
	}
	assert.Equal(t, map[Checked]int{CheckedRequest: 35, CheckedOptIn: 2, CheckedContext: 31, CheckedServerOnly: 22}, count)
	assert.Equal(t, CheckedOptIn, UserTokenMissing.Checked())
	assert.Equal(t, CheckedOptIn, NamespaceFieldSelectorRequired.Checked())
	assert.Equal(t, CheckedServerOnly, NoAllocatedCluster.Checked())
	assert.Equal(t, CheckedContext, NamespaceAlreadyExists.Checked())
}

// The generated file must be what the generator makes of the table today.
func TestCatalogIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	out := filepath.Join(t.TempDir(), "catalog_gen.go")
	cmd := exec.Command("go", "run", "../internal/gencatalog",
		"-tsv", "testdata/cci-codes.tsv", "-names", "../internal/gencatalog/names.tsv", "-out", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	want, err := os.ReadFile(out)
	require.NoError(t, err)
	got, err := os.ReadFile("catalog_gen.go")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "catalog_gen.go is stale: run go generate ./validate")
}
