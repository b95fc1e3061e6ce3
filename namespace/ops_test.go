package namespace

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/validate"
)

func TestValidateGet(t *testing.T) {
	tests := []struct {
		name, ns string
		ctx      *Context
		want     []codeField
	}{
		{"valid", "team-a", nil, []codeField{}},
		{"granted by wildcard", "team-a", &Context{Actions: []string{"cci:*:*"}}, []codeField{}},
		{"empty name", "", nil, []codeField{{validate.NamespaceNotSpecified, "metadata.name"}}},
		{"permission", "team-a", &Context{Actions: []string{"cci:namespace:list"}}, []codeField{{validate.NamespaceGetForbidden, ""}}},
		{"order", "", &Context{Actions: []string{}}, []codeField{{validate.NamespaceGetForbidden, ""}, {validate.NamespaceNotSpecified, "metadata.name"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, codesFields(ValidateGet(tc.ns, ctxOpts(tc.ctx)...)))
		})
	}
}

func ctxOpts(c *Context) []Option {
	if c == nil {
		return nil
	}
	return []Option{WithContext(*c)}
}

func TestValidateUpdate(t *testing.T) {
	assert.Empty(t, ValidateUpdate("team-a"))
	assert.Empty(t, ValidateUpdate("team-a", WithContext(Context{Actions: []string{"cci:namespace:update"}})))
	assert.Equal(t, []codeField{{validate.NamespaceUpdateForbidden, ""}},
		codesFields(ValidateUpdate("team-a", WithContext(Context{Actions: []string{"cci:namespace:get"}}))))
}

func TestValidateList(t *testing.T) {
	pagination := func(field string) []codeField { return []codeField{{validate.PaginationInvalid, field}} }
	scoped := []Option{WithNamespaceScopedList()}
	tests := []struct {
		name  string
		query string
		opts  []Option
		want  []codeField
	}{
		{"no query", "", nil, []codeField{}},
		{"limit and continue", "limit=10&continue=abc", nil, []codeField{}},
		{"limit 0", "limit=0", nil, []codeField{}},
		{"limit empty", "limit=", nil, pagination("limit")},
		{"limit negative", "limit=-1", nil, pagination("limit")},
		{"limit not a number", "limit=ten", nil, pagination("limit")},
		{"limit too large", "limit=9223372036854775808", nil, pagination("limit")},
		{"limit: the first value counts", "limit=5&limit=x", nil, []codeField{}},
		{"continue empty", "continue=", nil, pagination("continue")},
		{"continue bare", "continue", nil, pagination("continue")},
		{"order", "continue=&limit=x", nil, []codeField{{validate.PaginationInvalid, "limit"}, {validate.PaginationInvalid, "continue"}}},
		{"scoped: selector given", "fieldSelector=metadata.name%3Dteam-a", scoped, []codeField{}},
		{"scoped: double equals", "fieldSelector=metadata.name%3D%3Dteam-a", scoped, []codeField{}},
		{"scoped: among other terms", "fieldSelector=status.phase%3DActive,metadata.name%3Dteam-a", scoped, []codeField{}},
		{"scoped: no selector", "", scoped, []codeField{{validate.NamespaceFieldSelectorRequired, "fieldSelector"}}},
		{"scoped: other field", "fieldSelector=status.phase%3DActive", scoped, []codeField{{validate.NamespaceFieldSelectorRequired, "fieldSelector"}}},
		{"scoped: empty name", "fieldSelector=metadata.name%3D", scoped, []codeField{{validate.NamespaceFieldSelectorRequired, "fieldSelector"}}},
		{"scoped: not equal", "fieldSelector=metadata.name!%3Da", scoped, []codeField{{validate.NamespaceFieldSelectorRequired, "fieldSelector"}}},
		{"not scoped: no selector needed", "", nil, []codeField{}},
		{"permission", "", []Option{WithContext(Context{Actions: []string{"cci:namespace:get"}})}, []codeField{{validate.NamespaceListForbidden, ""}}},
		{"permission first", "limit=x", []Option{WithContext(Context{Actions: []string{}}), WithNamespaceScopedList()}, []codeField{
			{validate.NamespaceListForbidden, ""}, {validate.PaginationInvalid, "limit"}, {validate.NamespaceFieldSelectorRequired, "fieldSelector"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			assert.NoError(t, err)
			assert.Equal(t, tc.want, codesFields(ValidateList(q, tc.opts...)))
		})
	}
	assert.Empty(t, ValidateList(nil))
}

func TestValidateDelete(t *testing.T) {
	bad := func(field string) []codeField { return []codeField{{validate.RequestBodyInvalid, field}} }
	tests := []struct {
		name, ns, query, body string
		ctx                   *Context
		want                  []codeField
	}{
		{"valid", "team-a", "", "", nil, []codeField{}},
		{"valid query", "team-a", "gracePeriodSeconds=0&propagationPolicy=Foreground", "", nil, []codeField{}},
		{"valid body", "team-a", "", `{"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":30,"propagationPolicy":"Orphan"}`, nil, []codeField{}},
		{"null fields in the body", "team-a", "", `{"gracePeriodSeconds":null,"propagationPolicy":null}`, nil, []codeField{}},
		{"blank body is no body", "team-a", "", " \n", nil, []codeField{}},
		{"empty name", "", "", "", nil, []codeField{{validate.NamespaceDeleteNameEmpty, "metadata.name"}}},
		{"grace negative", "team-a", "gracePeriodSeconds=-1", "", nil, bad("gracePeriodSeconds")},
		{"grace empty", "team-a", "gracePeriodSeconds=", "", nil, bad("gracePeriodSeconds")},
		{"grace not a number", "team-a", "gracePeriodSeconds=soon", "", nil, bad("gracePeriodSeconds")},
		{"policy unknown", "team-a", "propagationPolicy=Cascade", "", nil, bad("propagationPolicy")},
		{"policy is case-sensitive", "team-a", "propagationPolicy=orphan", "", nil, bad("propagationPolicy")},
		{"policy empty", "team-a", "propagationPolicy=", "", nil, bad("propagationPolicy")},
		{"body grace negative", "team-a", "", `{"gracePeriodSeconds":-5}`, nil, bad("gracePeriodSeconds")},
		{"body grace a string", "team-a", "", `{"gracePeriodSeconds":"5"}`, nil, bad("")},
		{"body grace a fraction", "team-a", "", `{"gracePeriodSeconds":1.5}`, nil, bad("")},
		{"body policy unknown", "team-a", "", `{"propagationPolicy":"All"}`, nil, bad("propagationPolicy")},
		{"body not an object", "team-a", "", `[]`, nil, bad("")},
		{"body null", "team-a", "", `null`, nil, bad("")},
		{"body malformed", "team-a", "", `{"a"`, nil, bad("")},
		{"permission", "team-a", "", "", &Context{Actions: []string{"cci:namespace:create"}}, []codeField{{validate.NamespaceDeleteForbidden, ""}}},
		{"order", "", "gracePeriodSeconds=x&propagationPolicy=y", `{"gracePeriodSeconds":-1,"propagationPolicy":"z"}`, &Context{Actions: []string{}}, []codeField{
			{validate.NamespaceDeleteForbidden, ""},
			{validate.NamespaceDeleteNameEmpty, "metadata.name"},
			{validate.RequestBodyInvalid, "gracePeriodSeconds"},
			{validate.RequestBodyInvalid, "propagationPolicy"},
			{validate.RequestBodyInvalid, "gracePeriodSeconds"},
			{validate.RequestBodyInvalid, "propagationPolicy"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			assert.NoError(t, err)
			var body []byte
			if tc.body != "" {
				body = []byte(tc.body)
			}
			assert.Equal(t, tc.want, codesFields(ValidateDelete(tc.ns, q, body, ctxOpts(tc.ctx)...)))
		})
	}
	t.Run("body limit", func(t *testing.T) {
		got := ValidateDelete("a", nil, make([]byte, 200), WithBodyLimit(100))
		assert.Equal(t, bad(""), codesFields(got))
	})
}
