package acceptance_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

type op struct {
	name string
	code string // the permission code
	verb string // the action needed
	sub  bool   // namespaceSubResource rather than namespace
	// run with the given actions, on an otherwise broken request (so that the
	// permission error must come first) or a valid one.
	run func(actions []string, broken bool) validate.ErrorList
}

func permOps() []op {
	nsCtx := func(a []string) namespace.Option { return namespace.WithContext(namespace.Context{Actions: a}) }
	netCtx := func(a []string) network.Option { return network.WithContext(network.Context{Actions: a}) }
	volCtx := func(a []string) volume.Option { return volume.WithContext(volume.Context{Actions: a}) }
	pick := func(broken bool, bad, good string) string {
		if broken {
			return bad
		}
		return good
	}
	return []op{
		{"namespace create", c01_403105, "create", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateCreateRequest(pick(b, "text/plain", "application/json"), []byte(pick(b, `[]`, nsJSON)), nsCtx(a))
		}},
		{"namespace create v2", c01_403105, "create", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateCreateV2Request(pick(b, "", "application/json"), []byte(pick(b, `[]`, `{"metadata":{"name":"a"}}`)), nsCtx(a))
		}},
		{"namespace create typed", c01_403105, "create", false, func(a []string, b bool) validate.ErrorList {
			if b {
				return namespace.ValidateCreate(nil, nsCtx(a))
			}
			return namespace.ValidateCreate(nsValid(), nsCtx(a))
		}},
		{"namespace create json", c01_403105, "create", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateCreateJSON([]byte(pick(b, `[]`, nsJSON)), nsCtx(a))
		}},
		{"namespace delete", c01_403106, "delete", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateDelete(pick(b, "", "ns"), url.Values{"gracePeriodSeconds": {pick(b, "-1", "0")}}, nil, nsCtx(a))
		}},
		{"namespace update", c01_403107, "update", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateUpdate(pick(b, "", "ns"), nsCtx(a))
		}},
		{"namespace get", c01_403108, "get", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateGet(pick(b, "", "ns"), nsCtx(a))
		}},
		{"namespace list", c01_403109, "list", false, func(a []string, b bool) validate.ErrorList {
			return namespace.ValidateList(url.Values{"limit": {pick(b, "x", "1")}}, nsCtx(a))
		}},
		{"namespace list scoped", c01_403109, "list", false, func(a []string, b bool) validate.ErrorList {
			q := url.Values{}
			if !b {
				q.Set("fieldSelector", "metadata.name=ns")
			}
			return namespace.ValidateList(q, nsCtx(a), namespace.WithNamespaceScopedList())
		}},
		{"network create", c01_403110, "create", true, func(a []string, b bool) validate.ErrorList {
			h := http.Header{"X-User-Token": {"t"}}
			if b {
				h = http.Header{}
			}
			return network.ValidateCreateRequest(pick(b, "", "ns"), h, []byte(pick(b, `[]`, netJSON)), netCtx(a), network.WithUserTokenRequired())
		}},
		{"network create typed", c01_403110, "create", true, func(a []string, b bool) validate.ErrorList {
			if b {
				return network.ValidateCreate("", nil, netCtx(a))
			}
			return network.ValidateCreate("ns", netValid(), netCtx(a))
		}},
		{"network delete", c01_403111, "delete", true, func(a []string, b bool) validate.ErrorList {
			return network.ValidateDelete(pick(b, "", "ns"), "n", netCtx(a))
		}},
		{"network update", c01_403112, "update", true, func(a []string, b bool) validate.ErrorList {
			return network.ValidateUpdate(pick(b, "", "ns"), "n", netCtx(a))
		}},
		{"network get", c01_403113, "get", true, func(a []string, b bool) validate.ErrorList {
			return network.ValidateGet(pick(b, "", "ns"), "n", netCtx(a))
		}},
		{"volume import", c01_403110, "create", true, func(a []string, b bool) validate.ErrorList {
			return volume.ValidateImportJSON(pick(b, "", "ns"), []byte(pick(b, `[]`, volJSON)), volCtx(a))
		}},
		{"volume release", c01_403111, "delete", true, func(a []string, b bool) validate.ErrorList {
			return volume.ValidateRelease(pick(b, "", "ns"), "pvc", url.Values{"deleteVolume": {pick(b, "maybe", "true")}}, volCtx(a))
		}},
		{"volume list", c01_403114, "list", true, func(a []string, b bool) validate.ErrorList {
			return volume.ValidateList(pick(b, "", "ns"), url.Values{"storageType": {pick(b, "x", "bs")}}, volCtx(a))
		}},
	}
}

// §9: each operation needs its action; permission checks come before every
// other rule; wildcards grant what they match; nil actions are not checked.
func TestS9Permissions(t *testing.T) {
	for _, o := range permOps() {
		t.Run(o.name, func(t *testing.T) {
			res := "namespace"
			other := "namespaceSubResource"
			if o.sub {
				res, other = other, res
			}
			action := "cci:" + res + ":" + o.verb
			// not checked without actions
			expect(t, o.run(nil, false), "", "-")
			// denied
			expect(t, o.run([]string{}, false), o.code, "-")
			expect(t, o.run([]string{"cci:" + other + ":" + o.verb, "cci:" + other + ":*"}, false), o.code, "-")
			expect(t, o.run([]string{"cci:" + res + ":other"}, false), o.code, "-")
			expect(t, o.run([]string{"ecs:*:*"}, false), o.code, "-")
			expect(t, o.run([]string{"cci:*:nothing"}, false), o.code, "-")
			// before every other rule
			expect(t, o.run([]string{}, true), o.code, "-")
			// granted
			for _, g := range [][]string{{action}, {"cci:*:*"}, {"cci:" + res + ":*"}, {"x:y:z", action}, {"*:*:*"}, {"cci:*:" + o.verb}} {
				expect(t, o.run(g, false), "", "-")
			}
			// granted, the other rules still apply
			l := o.run([]string{action}, true)
			if len(l) > 0 {
				expect(t, l, firstCode(l), "-")
				if firstCode(l) == o.code {
					t.Errorf("permission error although granted: %v", l)
				}
			}
		})
	}
}
