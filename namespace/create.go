package namespace

import (
	"strconv"

	"github.com/ccicheck/ccicheck/internal/iam"
	"github.com/ccicheck/ccicheck/rules"
	"github.com/ccicheck/ccicheck/validate"
)

// Field paths of the create rules.
const (
	fieldKind       = "kind"
	fieldAPIVersion = "apiVersion"
	fieldName       = "metadata.name"
	fieldFlavor     = "metadata.annotations[" + FlavorAnnotation + "]"
	fieldProject    = "metadata.labels[" + EnterpriseProjectLabel + "]"
)

// ValidateCreate returns every rule of a namespace create (POST /api/v1/namespaces)
// that ns breaks, in the server's order (cci-rules.md §4 steps 2–6, after the
// permission of §9): kind and apiVersion, when set, must be Namespace and v1
// (CCI.02.400101); the name must be a DNS label (CCI.02.400109); the flavor
// annotation must be present (CCI.02.400111) and one of general-computing and
// gpu-accelerated (CCI.02.400110); the enterprise project label, when present, must
// not be empty (CCI.02.400118) and must be "0" or a UUID (CCI.01.400107); then the
// [Context] rules. A nil ns is an invalid body (CCI.02.400101). ValidateCreate
// allocates nothing when ns is valid and no options are given.
func ValidateCreate(ns *Namespace, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:create", validate.NamespaceCreateForbidden)
	if ns == nil {
		l.add(validate.NamespaceBodyInvalid, "", "body is null, not a namespace")
		return l.list
	}
	checkCreate(&l, ns, o, APIVersion, true)
	return l.list
}

// ValidateCreateV2 returns every rule of a CCI 2.0 namespace create (POST
// /apis/cci/v2/namespaces) that ns breaks: the permission, kind Namespace and
// apiVersion cci/v2 when set (CCI.02.400101), the name (CCI.02.400109), and, with
// a [Context], the name taken (CCI.02.409101) and the quota (CCI.02.400106), since
// 1.0 and 2.0 namespaces share names and quota. There is no flavor and no
// enterprise project check in CCI 2.0.
func ValidateCreateV2(ns *Namespace, opts ...Option) validate.ErrorList {
	opt := getOptions(opts)
	o := &opt
	var l errList
	permission(&l, o, "cci:namespace:create", validate.NamespaceCreateForbidden)
	if ns == nil {
		l.add(validate.NamespaceBodyInvalid, "", "body is null, not a namespace")
		return l.list
	}
	checkCreate(&l, ns, o, APIVersionV2, false)
	return l.list
}

// permission adds code when the context's actions do not grant action.
func permission(l *errList, o *options, action string, code validate.Code) {
	if o.ctx.Actions != nil && !iam.Granted(o.ctx.Actions, action) {
		l.add(code, "", "permission "+action+" is not granted")
	}
}

// checkCreate checks a decoded create body; v1 adds the flavor, project and GPU rules.
func checkCreate(l *errList, ns *Namespace, o *options, apiVersion string, v1 bool) {
	if ns.Kind != "" && ns.Kind != Kind {
		l.add(validate.NamespaceBodyInvalid, fieldKind, quoted("kind ", ns.Kind, " is not Namespace"))
	}
	if ns.APIVersion != "" && ns.APIVersion != apiVersion {
		l.add(validate.NamespaceBodyInvalid, fieldAPIVersion, quoted("apiVersion ", ns.APIVersion, " is not "+apiVersion))
	}
	checkName(l, ns.Metadata.Name)
	flavor := ""
	if v1 {
		flavor = checkFlavor(l, ns.Metadata.Annotations)
		checkProject(l, ns.Metadata.Labels)
	}
	checkContext(l, &o.ctx, ns.Metadata.Name, flavor)
}

func checkName(l *errList, name string) {
	p := rules.DNSLabel(name)
	switch p.Kind {
	case rules.OK:
	case rules.Empty:
		l.add(validate.NamespaceNameInvalid, fieldName, "name is empty; a namespace needs a DNS label of 1 to 63 lowercase letters, digits and '-'")
	case rules.TooLong:
		l.add(validate.NamespaceNameInvalid, fieldName, quoted("name ", name, " is "+strconv.Itoa(len(name))+" bytes, longer than 63"))
	default:
		l.add(validate.NamespaceNameInvalid, fieldName, quoted("name ", name, " is not a DNS label: "+p.Reason))
	}
}

// checkFlavor checks the flavor annotation and returns the flavor when it is valid.
func checkFlavor(l *errList, annotations map[string]string) string {
	flavor := annotations[FlavorAnnotation]
	switch rules.Flavor(flavor).Kind {
	case rules.OK:
		return flavor
	case rules.Empty:
		l.add(validate.NamespaceFlavorMissing, fieldFlavor, "annotation "+FlavorAnnotation+" is missing or empty; it must be general-computing or gpu-accelerated")
	default:
		l.add(validate.NamespaceFlavorInvalid, fieldFlavor, quoted("flavor ", flavor, " is not one of general-computing, gpu-accelerated"))
	}
	return ""
}

func checkProject(l *errList, labels map[string]string) {
	id, ok := labels[EnterpriseProjectLabel]
	if !ok {
		return
	}
	switch rules.EnterpriseProjectID(id).Kind {
	case rules.OK:
	case rules.Empty:
		l.add(validate.EnterpriseProjectIDEmpty, fieldProject, "label "+EnterpriseProjectLabel+" is empty; it must be \"0\" or an enterprise project UUID")
	default:
		l.add(validate.EnterpriseProjectIDInvalid, fieldProject, quoted("enterprise project ID ", id, " is not \"0\" or a UUID"))
	}
}

// checkContext applies the rules that need the caller's context; flavor is the
// valid flavor of a 1.0 create, or "".
func checkContext(l *errList, c *Context, name, flavor string) {
	if flavor == rules.FlavorGPUAccelerated && c.GPUBeta != nil && !*c.GPUBeta {
		l.add(validate.GPUBetaRequired, fieldFlavor, "flavor gpu-accelerated needs GPU beta access, which the tenant does not have")
	}
	if name != "" {
		for _, existing := range c.Existing {
			if existing == name {
				l.add(validate.NamespaceAlreadyExists, fieldName, quoted("namespace ", name, " already exists"))
				break
			}
		}
	}
	if q := c.Quota; q != nil {
		limit := q.Limit
		if limit <= 0 {
			limit = DefaultQuota
		}
		if q.Used >= limit {
			l.add(validate.NamespaceQuotaExceeded, "", "the tenant holds "+strconv.Itoa(q.Used)+" namespaces, its quota is "+strconv.Itoa(limit))
		}
	}
}
