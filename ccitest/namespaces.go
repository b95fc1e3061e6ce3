package ccitest

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
)

// stamp gives a new object the metadata the server sets: uid, resourceVersion and
// creationTimestamp.
func (s *store) stamp(obj object) object {
	meta := child(obj, "metadata")
	meta["uid"] = newUUID()
	meta["creationTimestamp"] = timestamp()
	s.touch(obj)
	return meta
}

// touch gives a changed object a new resourceVersion.
func (s *store) touch(obj object) {
	s.serial++
	child(obj, "metadata")["resourceVersion"] = strconv.Itoa(s.serial)
}

// addNamespace stores a namespace object, which names itself.
func (s *store) addNamespace(obj object) *nsEntry {
	meta := s.stamp(obj)
	if _, ok := obj["spec"]; !ok && obj["apiVersion"] == "v1" {
		obj["spec"] = object{"finalizers": []any{"kubernetes"}}
	}
	obj["status"] = object{"phase": "Active"}
	e := &nsEntry{obj: obj, networks: map[string]object{}, claims: map[string]*claim{}}
	s.namespaces[meta["name"].(string)] = e
	return e
}

func (h *Handler) createNamespace(w http.ResponseWriter, r route.Route, data []byte) {
	obj, _ := decodeObject(data) // the rules have accepted it
	if obj == nil {
		obj = object{}
	}
	obj["kind"] = namespace.Kind
	if r.Op == route.NamespaceCreateV2 {
		obj["apiVersion"] = namespace.APIVersionV2
	} else {
		obj["apiVersion"] = namespace.APIVersion
	}
	e := h.st.addNamespace(obj)
	writeJSON(w, http.StatusCreated, e.obj)
}

func (h *Handler) listNamespaces(w http.ResponseWriter, req *http.Request) {
	want, filtered := nameSelector(req.URL.Query())
	items := []any{}
	for _, name := range h.st.namespaceNames() {
		if !filtered || name == want {
			items = append(items, h.st.namespaces[name].obj)
		}
	}
	writeJSON(w, http.StatusOK, object{
		"kind": "NamespaceList", "apiVersion": "v1",
		"metadata": object{"resourceVersion": strconv.Itoa(h.st.serial)}, "items": items,
	})
}

// nameSelector returns the name a fieldSelector metadata.name=<name> (or ==) asks for.
func nameSelector(q url.Values) (string, bool) {
	for _, term := range strings.Split(q.Get("fieldSelector"), ",") {
		term = strings.TrimSpace(term)
		for _, prefix := range []string{"metadata.name==", "metadata.name="} {
			if name, ok := strings.CutPrefix(term, prefix); ok {
				return name, true
			}
		}
	}
	return "", false
}

func (h *Handler) getNamespace(w http.ResponseWriter, r route.Route) {
	e := h.st.namespaces[r.Namespace]
	if e == nil {
		notFound(w, namespacesRes, r.Namespace)
		return
	}
	writeJSON(w, http.StatusOK, e.obj)
}

// deleteNamespace removes the namespace with its networks and volume claims; the
// claims' volumes become available again.
func (h *Handler) deleteNamespace(w http.ResponseWriter, r route.Route) {
	e := h.st.namespaces[r.Namespace]
	if e == nil {
		notFound(w, namespacesRes, r.Namespace)
		return
	}
	for _, c := range e.claims {
		h.st.releaseVolume(c.volumeID, false)
	}
	delete(h.st.namespaces, r.Namespace)
	deleted(w, namespacesRes, r.Namespace, uidOf(e.obj))
}

func uidOf(obj object) string {
	uid, _ := child(obj, "metadata")["uid"].(string)
	return uid
}

// updateNamespace applies the body to the namespace as a JSON merge patch (for PUT
// as for PATCH), keeping what the server sets: kind, apiVersion, name, uid,
// creationTimestamp and status.
func (h *Handler) updateNamespace(w http.ResponseWriter, r route.Route, data []byte) {
	e := h.st.namespaces[r.Namespace]
	if e == nil {
		notFound(w, namespacesRes, r.Namespace)
		return
	}
	if !h.st.patch(w, e.obj, data) {
		return
	}
	writeJSON(w, http.StatusOK, e.obj)
}

// patch merges the JSON object data into obj, keeping the fields the server sets,
// and reports whether it could; if not, it has answered 400.
func (s *store) patch(w http.ResponseWriter, obj object, data []byte) bool {
	if len(strings.TrimSpace(string(data))) == 0 {
		return true
	}
	p, ok := decodeObject(data)
	if !ok {
		writeStatus(w, badRequest("the body of the request is not a JSON object"))
		return false
	}
	meta := child(obj, "metadata")
	keep := map[string]any{"kind": obj["kind"], "apiVersion": obj["apiVersion"], "status": obj["status"]}
	keepMeta := map[string]any{}
	for _, k := range []string{"name", "namespace", "uid", "creationTimestamp"} {
		keepMeta[k] = meta[k]
	}
	mergePatch(obj, p)
	for k, v := range keep {
		obj[k] = v
	}
	meta = child(obj, "metadata")
	for k, v := range keepMeta {
		if v != nil {
			meta[k] = v
		}
	}
	s.touch(obj)
	return true
}

// namespaceOf returns the namespace of a namespaced request, or answers NotFound.
func (h *Handler) namespaceOf(w http.ResponseWriter, name string) *nsEntry {
	e := h.st.namespaces[name]
	if e == nil {
		notFound(w, namespacesRes, name)
	}
	return e
}

func (h *Handler) createNetwork(w http.ResponseWriter, r route.Route, data []byte) {
	e := h.namespaceOf(w, r.Namespace)
	if e == nil {
		return
	}
	obj, _ := decodeObject(data)
	if obj == nil {
		obj = object{}
	}
	obj["kind"], obj["apiVersion"] = network.Kind, network.APIVersion
	meta := child(obj, "metadata")
	name, _ := meta["name"].(string)
	if _, taken := e.networks[name]; taken {
		alreadyExists(w, networksRes, name)
		return
	}
	meta["namespace"] = r.Namespace
	h.st.stamp(obj)
	obj["status"] = object{"state": "Active"}
	e.networks[name] = obj
	writeJSON(w, http.StatusCreated, obj)
}

// network returns the network of a request by name, or answers NotFound.
func (h *Handler) network(w http.ResponseWriter, r route.Route) (*nsEntry, object) {
	e := h.namespaceOf(w, r.Namespace)
	if e == nil {
		return nil, nil
	}
	obj := e.networks[r.Name]
	if obj == nil {
		notFound(w, networksRes, r.Name)
	}
	return e, obj
}

func (h *Handler) getNetwork(w http.ResponseWriter, r route.Route) {
	if _, obj := h.network(w, r); obj != nil {
		writeJSON(w, http.StatusOK, obj)
	}
}

func (h *Handler) deleteNetwork(w http.ResponseWriter, r route.Route) {
	if e, obj := h.network(w, r); obj != nil {
		delete(e.networks, r.Name)
		deleted(w, networksRes, r.Name, uidOf(obj))
	}
}

func (h *Handler) updateNetwork(w http.ResponseWriter, r route.Route, data []byte) {
	if _, obj := h.network(w, r); obj != nil && h.st.patch(w, obj, data) {
		writeJSON(w, http.StatusOK, obj)
	}
}
