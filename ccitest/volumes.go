package ccitest

import (
	"net/http"
	"sort"
	"strconv"

	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/volume"
)

// storageTypeOf returns the storage type (bs, nfs, efs, obs) of an import's fsType
// and storage class.
func storageTypeOf(fsType, class string) string {
	switch {
	case fsType == "obs":
		return "obs"
	case class == "nfs-rw":
		return "nfs"
	case fsType == "nfs":
		return "efs"
	}
	return "bs"
}

// importVolume creates the claim of an imported volume and marks the volume
// imported.
func (h *Handler) importVolume(w http.ResponseWriter, r route.Route, data []byte) {
	e := h.namespaceOf(w, r.Namespace)
	if e == nil {
		return
	}
	obj, _ := decodeObject(data)
	if obj == nil {
		obj = object{}
	}
	if obj["kind"] == nil {
		obj["kind"] = volume.KindPersistentVolumeClaim
	}
	obj["apiVersion"] = volume.APIVersion
	meta := child(obj, "metadata")
	name, _ := meta["name"].(string)
	if _, taken := e.claims[name]; taken {
		alreadyExists(w, claimsRes, name)
		return
	}
	ann := child(meta, "annotations")
	id, _ := ann[volume.AnnotationVolumeID].(string)
	fsType, _ := ann[volume.AnnotationFSType].(string)
	spec := child(obj, "spec")
	class, _ := spec["storageClassName"].(string)
	meta["namespace"] = r.Namespace
	h.st.stamp(obj)
	spec["volumeName"] = "pvc-" + uidOf(obj)
	status := object{"phase": "Bound"}
	if req, ok := child(child(spec, "resources"), "requests")["storage"]; ok {
		status["capacity"] = object{"storage": req}
	}
	obj["status"] = status
	e.claims[name] = &claim{obj: obj, volumeID: id, storageType: storageTypeOf(fsType, class)}
	h.st.volumes[id] = volume.VolumeImported
	writeJSON(w, http.StatusCreated, obj)
}

// listVolumes answers the claims of the namespace whose storage type is the query's
// storageType (default bs, as CCI's), as an array of
// {persistentVolumeClaim, storageInfo}.
func (h *Handler) listVolumes(w http.ResponseWriter, req *http.Request, r route.Route) {
	e := h.namespaceOf(w, r.Namespace)
	if e == nil {
		return
	}
	q := req.URL.Query()
	want := q.Get("storageType")
	if !q.Has("storageType") {
		want = "bs"
	}
	names := make([]string, 0, len(e.claims))
	for name := range e.claims {
		names = append(names, name)
	}
	sort.Strings(names)
	items := []any{}
	for _, name := range names {
		c := e.claims[name]
		if c.storageType != want {
			continue
		}
		items = append(items, object{
			"persistentVolumeClaim": c.obj,
			"storageInfo":           object{"volumeID": c.volumeID, "storageType": c.storageType},
		})
	}
	writeJSON(w, http.StatusOK, items)
}

// releaseVolume deletes a claim; with deleteVolume=true the volume is deleted too
// (the server no longer knows it), otherwise it is available again.
func (h *Handler) releaseVolume(w http.ResponseWriter, req *http.Request, r route.Route) {
	e := h.namespaceOf(w, r.Namespace)
	if e == nil {
		return
	}
	c := e.claims[r.Name]
	if c == nil {
		notFound(w, claimsRes, r.Name)
		return
	}
	q := req.URL.Query()
	flag := q.Get("deleteVolume")
	if !q.Has("deleteVolume") {
		flag = q.Get("delete_volume")
	}
	del, _ := strconv.ParseBool(flag) // the rules have accepted it
	delete(e.claims, r.Name)
	h.st.releaseVolume(c.volumeID, del)
	deleted(w, claimsRes, r.Name, uidOf(c.obj))
}

// releaseVolume makes an imported volume available again, or forgets it when it is
// deleted.
func (s *store) releaseVolume(id string, del bool) {
	if !del {
		s.volumes[id] = volume.VolumeAvailable
		return
	}
	delete(s.volumes, id)
	if !s.inventory {
		s.gone[id] = true
	}
}
