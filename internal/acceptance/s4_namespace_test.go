package acceptance_test

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/validate"
)

const flavorField = "metadata.annotations[namespace.kubernetes.io/flavor]"
const epField = "metadata.labels[sys_enterprise_project_id]"

// §4 Create, every step and code.
func TestS4CreateSteps(t *testing.T) {
	ctx := func(c namespace.Context) namespace.Option { return namespace.WithContext(c) }
	cases := []struct {
		name  string
		ct    string
		body  string
		opts  []namespace.Option
		want  string
		field string
	}{
		{"valid doc example", "application/json", `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"namespace-test","labels":{"sys_enterprise_project_id":"0"},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}},"spec":{"finalizers":["kubernetes"]}}`, nil, "", ""},
		// step 1
		{"1 content-type missing", "", nsJSON, nil, c02_400103, "-"},
		{"1 content-type text/plain", "text/plain", nsJSON, nil, c02_400103, "-"},
		{"1 charset allowed", "application/json; charset=utf-8", nsJSON, nil, "", ""},
		// step 2
		{"2 array", "application/json", `[]`, nil, c02_400101, "-"},
		{"2 null", "application/json", `null`, nil, c02_400101, "-"},
		{"2 empty body", "application/json", ``, nil, c02_400101, "-"},
		{"2 metadata array", "application/json", `{"metadata":[]}`, nil, c02_400101, "-"},
		{"2 name number", "application/json", `{"metadata":{"name":1,"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400101, "-"},
		{"2 annotation number", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":1}}}`, nil, c02_400101, "-"},
		{"2 labels array", "application/json", `{"metadata":{"name":"a","labels":[],"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400101, "-"},
		{"2 kind", "application/json", `{"kind":"Namespaces","metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400101, "-"},
		{"2 apiVersion", "application/json", `{"apiVersion":"v1beta1","metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400101, "-"},
		{"2 malformed", "application/json", `{"metadata":`, nil, c02_400101, "-"},
		// step 3
		{"3 empty name", "application/json", `{"metadata":{"name":"","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400109, "metadata.name"},
		{"3 no metadata", "application/json", `{}`, nil, c02_400109, "metadata.name"},
		{"3 bad name", "application/json", `{"metadata":{"name":"My_NS","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400109, "metadata.name"},
		// step 4
		{"4 flavor missing", "application/json", `{"metadata":{"name":"a"}}`, nil, c02_400111, flavorField},
		{"4 flavor empty", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":""}}}`, nil, c02_400111, flavorField},
		{"4 flavor bad", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu"}}}`, nil, c02_400110, flavorField},
		{"4 flavor gpu", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, nil, "", ""},
		// step 5
		{"5 ep absent", "application/json", `{"metadata":{"name":"a","labels":{},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, "", ""},
		{"5 ep empty", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":""},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c02_400118, epField},
		{"5 ep bad", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":"abc"},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, c01_400107, epField},
		{"5 ep uuid", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":"` + uuid + `"},"annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, nil, "", ""},
		// step 6
		{"6 gpu no beta", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, []namespace.Option{ctx(namespace.Context{GPUBeta: ptr(false)})}, c01_403101, "-"},
		{"6 gpu beta", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, []namespace.Option{ctx(namespace.Context{GPUBeta: ptr(true)})}, "", ""},
		{"6 general no beta", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{GPUBeta: ptr(false)})}, "", ""},
		{"6 taken", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Existing: []string{"x", "ns-1"}})}, c02_409101, "-"},
		{"6 not taken", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Existing: []string{"ns-2"}})}, "", ""},
		{"6 quota default used up", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Quota: &namespace.Quota{Used: 5}})}, c02_400106, "-"},
		{"6 quota default 4 used", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Quota: &namespace.Quota{Used: 4}})}, "", ""},
		{"6 quota raised", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Quota: &namespace.Quota{Used: 5, Limit: 10}})}, "", ""},
		{"6 quota limit hit", "application/json", nsJSON, []namespace.Option{ctx(namespace.Context{Quota: &namespace.Quota{Used: 10, Limit: 10}})}, c02_400106, "-"},
		{"6 no context no rule", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, nil, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, namespace.ValidateCreateRequest(tc.ct, []byte(tc.body), tc.opts...), tc.want, tc.field)
		})
	}
}

// §4 Create: check order when two rules break.
func TestS4CreateOrder(t *testing.T) {
	all := namespace.WithContext(namespace.Context{GPUBeta: ptr(false), Existing: []string{"a"}, Quota: &namespace.Quota{Used: 5}})
	cases := []struct {
		name, ct, body string
		opts           []namespace.Option
		want           string
	}{
		{"content-type before body", "text/plain", `[]`, nil, c02_400103},
		{"content-type before name", "", `{"metadata":{"name":"BAD"}}`, nil, c02_400103},
		{"body before everything", "application/json", `{"kind":"Pod","metadata":{"name":"BAD"}}`, nil, c02_400101},
		{"name before flavor", "application/json", `{"metadata":{"name":"BAD"}}`, nil, c02_400109},
		{"name before flavor invalid", "application/json", `{"metadata":{"name":"-a","annotations":{"namespace.kubernetes.io/flavor":"x"}}}`, nil, c02_400109},
		{"flavor before project", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":""}}}`, nil, c02_400111},
		{"flavor invalid before project", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":"x"},"annotations":{"namespace.kubernetes.io/flavor":"x"}}}`, nil, c02_400110},
		{"request before context", "application/json", `{"metadata":{"name":"a","labels":{"sys_enterprise_project_id":"x"},"annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, []namespace.Option{all}, c01_400107},
		{"gpu before taken before quota", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`, []namespace.Option{all}, c01_403101},
		{"taken before quota", "application/json", `{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`, []namespace.Option{all}, c02_409101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, namespace.ValidateCreateRequest(tc.ct, []byte(tc.body), tc.opts...), tc.want, "-")
		})
	}
	// The library also returns every broken rule, in order.
	l := namespace.ValidateCreateRequest("application/json", []byte(`{"metadata":{"name":"a","annotations":{"namespace.kubernetes.io/flavor":"gpu-accelerated"}}}`), all)
	assert.Equal(t, []string{c01_403101, c02_409101, c02_400106}, codeStrs(l))
	l = namespace.ValidateCreate(&namespace.Namespace{Metadata: namespace.ObjectMeta{Name: "BAD", Labels: map[string]string{epKey: ""}}})
	assert.Equal(t, []string{c02_400109, c02_400111, c02_400118}, codeStrs(l))
}

// §4 Create, CCI 2.0: steps 1–3 only; apiVersion cci/v2.
func TestS4CreateV2(t *testing.T) {
	cases := []struct {
		name, ct, body, want string
	}{
		{"valid", "application/json", `{"apiVersion":"cci/v2","kind":"Namespace","metadata":{"name":"ns-2"}}`, ""},
		{"no apiVersion", "application/json", `{"metadata":{"name":"ns-2"}}`, ""},
		{"no flavor needed", "application/json", `{"metadata":{"name":"ns-2","annotations":{"namespace.kubernetes.io/flavor":"nonsense"}}}`, ""},
		{"no project check", "application/json", `{"metadata":{"name":"ns-2","labels":{"sys_enterprise_project_id":""}}}`, ""},
		{"apiVersion v1", "application/json", `{"apiVersion":"v1","metadata":{"name":"ns-2"}}`, c02_400101},
		{"apiVersion cci/v1", "application/json", `{"apiVersion":"cci/v1","metadata":{"name":"ns-2"}}`, c02_400101},
		{"kind", "application/json", `{"kind":"Project","metadata":{"name":"ns-2"}}`, c02_400101},
		{"content-type", "text/plain", `{"metadata":{"name":"ns-2"}}`, c02_400103},
		{"name", "application/json", `{"metadata":{"name":"NS"}}`, c02_400109},
		{"name missing", "application/json", `{"metadata":{}}`, c02_400109},
		{"not object", "application/json", `"x"`, c02_400101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, namespace.ValidateCreateV2Request(tc.ct, []byte(tc.body)), tc.want, "-")
		})
	}
	// Context: names and quota shared with v1.
	c := namespace.WithContext(namespace.Context{Existing: []string{"ns-2"}})
	expect(t, namespace.ValidateCreateV2JSON([]byte(`{"metadata":{"name":"ns-2"}}`), c), c02_409101, "-")
	q := namespace.WithContext(namespace.Context{Quota: &namespace.Quota{Used: 5}})
	expect(t, namespace.ValidateCreateV2JSON([]byte(`{"metadata":{"name":"ns-3"}}`), q), c02_400106, "-")
	expect(t, namespace.ValidateCreateV2(&namespace.Namespace{APIVersion: "v1", Metadata: namespace.ObjectMeta{Name: "a"}}), c02_400101, "-")
}

// §4 Get and Delete.
func TestS4GetDelete(t *testing.T) {
	expect(t, namespace.ValidateGet(""), c01_400102, "-")
	expect(t, namespace.ValidateGet("ns-1"), "", "")
	cases := []struct {
		name  string
		ns    string
		query url.Values
		body  string
		want  string
	}{
		{"ok", "ns-1", nil, "", ""},
		{"empty name", "", nil, "", c02_400107},
		{"empty name before bad query", "", url.Values{"gracePeriodSeconds": {"-1"}}, "", c02_400107},
		{"grace 0", "ns-1", url.Values{"gracePeriodSeconds": {"0"}}, "", ""},
		{"grace 30", "ns-1", url.Values{"gracePeriodSeconds": {"30"}}, "", ""},
		{"grace -1", "ns-1", url.Values{"gracePeriodSeconds": {"-1"}}, "", c01_400101},
		{"grace abc", "ns-1", url.Values{"gracePeriodSeconds": {"abc"}}, "", c01_400101},
		{"grace 1.5", "ns-1", url.Values{"gracePeriodSeconds": {"1.5"}}, "", c01_400101},
		{"grace empty", "ns-1", url.Values{"gracePeriodSeconds": {""}}, "", c01_400101},
		{"grace overflow", "ns-1", url.Values{"gracePeriodSeconds": {"99999999999999999999"}}, "", c01_400101},
		{"policy ok", "ns-1", url.Values{"propagationPolicy": {"Foreground"}}, "", ""},
		{"policy bad", "ns-1", url.Values{"propagationPolicy": {"Cascade"}}, "", c01_400101},
		{"policy empty", "ns-1", url.Values{"propagationPolicy": {""}}, "", c01_400101},
		{"body ok", "ns-1", nil, `{"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":0,"propagationPolicy":"Background"}`, ""},
		{"body grace -1", "ns-1", nil, `{"gracePeriodSeconds":-1}`, c01_400101},
		{"body grace string", "ns-1", nil, `{"gracePeriodSeconds":"5"}`, c01_400101},
		{"body grace float", "ns-1", nil, `{"gracePeriodSeconds":1.5}`, c01_400101},
		{"body policy bad", "ns-1", nil, `{"propagationPolicy":"orphan"}`, c01_400101},
		{"body array", "ns-1", nil, `[]`, c01_400101},
		{"body malformed", "ns-1", nil, `{`, c01_400101},
		{"empty name before bad body", "", nil, `[]`, c02_400107},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b []byte
			if tc.body != "" {
				b = []byte(tc.body)
			}
			expect(t, namespace.ValidateDelete(tc.ns, tc.query, b), tc.want, "-")
		})
	}
}

// §4 List.
func TestS4List(t *testing.T) {
	cases := []struct {
		name  string
		query url.Values
		opts  []namespace.Option
		want  string
	}{
		{"no query", nil, nil, ""},
		{"limit 0", url.Values{"limit": {"0"}}, nil, ""},
		{"limit 10", url.Values{"limit": {"10"}}, nil, ""},
		{"limit empty", url.Values{"limit": {""}}, nil, c02_400117},
		{"limit -1", url.Values{"limit": {"-1"}}, nil, c02_400117},
		{"limit abc", url.Values{"limit": {"abc"}}, nil, c02_400117},
		{"limit 1.5", url.Values{"limit": {"1.5"}}, nil, c02_400117},
		{"continue token", url.Values{"continue": {"abc"}}, nil, ""},
		{"continue empty", url.Values{"continue": {""}}, nil, c02_400117},
		{"scoped off by default", url.Values{}, nil, ""},
		{"scoped no selector", url.Values{}, []namespace.Option{namespace.WithNamespaceScopedList()}, c01_400105},
		{"scoped other selector", url.Values{"fieldSelector": {"status.phase=Active"}}, []namespace.Option{namespace.WithNamespaceScopedList()}, c01_400105},
		{"scoped selector", url.Values{"fieldSelector": {"metadata.name=ns-1"}}, []namespace.Option{namespace.WithNamespaceScopedList()}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, namespace.ValidateList(tc.query, tc.opts...), tc.want, "-")
		})
	}
	// Check the same through a parsed URL query: "limit=" has no value.
	q, _ := url.ParseQuery("limit=")
	expect(t, namespace.ValidateList(q), c02_400117, "-")
	q, _ = url.ParseQuery("continue=")
	expect(t, namespace.ValidateList(q), c02_400117, "-")
}

// §4 Update: permission rule only.
func TestS4Update(t *testing.T) {
	expect(t, namespace.ValidateUpdate("ns-1"), "", "")
	expect(t, namespace.ValidateUpdate("BAD_NAME"), "", "")
	var l validate.ErrorList = namespace.ValidateUpdate("")
	assert.Empty(t, l)
}
