package manifest

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ccicheck/ccicheck/validate"
)

// nameRequired is a stand-in bytes validator: metadata.name must be a non-empty string.
func nameRequired(body []byte) validate.ErrorList {
	var v struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		return validate.ErrorList{validate.NewError(validate.NamespaceBodyInvalid, "", err.Error())}
	}
	if v.Metadata.Name == "" {
		return validate.ErrorList{validate.NewError(validate.NamespaceNameInvalid, "metadata.name", "name is empty")}
	}
	return nil
}

func TestCheck(t *testing.T) {
	in := "metadata:\n  name: ok\n---\nmetadata:\n  name: &a x\n---\nmetadata:\n  name: \"\"\n---\nmetadata:\n  name: 123\n"
	results, err := Check([]byte(in), validate.NamespaceBodyInvalid, nameRequired)
	require.NoError(t, err)
	require.Len(t, results, 4)

	assert.Empty(t, results[0].Errors)

	require.Len(t, results[1].Errors, 1)
	assert.Equal(t, validate.NamespaceBodyInvalid, results[1].Errors[0].Code)
	assert.Equal(t, "", results[1].Errors[0].Field)
	assert.Contains(t, results[1].Errors[0].Detail, "line 5, column 9")

	require.Len(t, results[2].Errors, 1)
	assert.Equal(t, validate.NamespaceNameInvalid, results[2].Errors[0].Code)
	l, c := results[2].Document.Position(results[2].Errors[0].Field)
	assert.Equal(t, [2]int{8, 9}, [2]int{l, c})

	require.Len(t, results[3].Errors, 1)
	assert.Equal(t, validate.NamespaceBodyInvalid, results[3].Errors[0].Code, "name: 123 is a number, a wrong type")
}

func TestCheckInputTooLarge(t *testing.T) {
	_, err := Check(make([]byte, 100), validate.NamespaceBodyInvalid, nameRequired, WithInputLimit(10))
	require.ErrorIs(t, err, ErrInputTooLarge)
}
