package ccitest

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/ccicheck/ccicheck/internal/dispatch"
	"github.com/ccicheck/ccicheck/validate"
)

// writeStatus sends st as preflight does: its code, application/json, the same bytes.
func writeStatus(w http.ResponseWriter, st validate.Status) {
	code, data := dispatch.StatusBody(st)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(code)
	w.Write(data)
}

// writeJSON sends v as JSON with the status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		writeStatus(w, plainStatus(http.StatusInternalServerError, "InternalError", "encoding the answer: "+err.Error(), nil))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// plainStatus returns a Kubernetes Status without a CCI code.
func plainStatus(code int, reason, message string, details *validate.StatusDetails) validate.Status {
	return validate.Status{
		Kind: "Status", APIVersion: "v1", Status: "Failure",
		Message: message, Reason: reason, Details: details, Code: code,
	}
}

// A resource names a kind of object as Kubernetes messages do.
type resource struct{ group, kind string }

var (
	namespacesRes = resource{"", "namespaces"}
	networksRes   = resource{"networking.cci.io", "networks"}
	claimsRes     = resource{"", "persistentvolumeclaims"}
	chartsRes     = resource{"", "charts"}
)

func (r resource) qualified() string {
	if r.group == "" {
		return r.kind
	}
	return r.kind + "." + r.group
}

// notFound sends the plain Kubernetes NotFound Status for a name the server does not
// hold (no errorCode: CCI has no code for it).
func notFound(w http.ResponseWriter, res resource, name string) {
	writeStatus(w, plainStatus(http.StatusNotFound, "NotFound",
		res.qualified()+" "+strconv.Quote(name)+" not found",
		&validate.StatusDetails{Name: name, Group: res.group, Kind: res.kind}))
}

// alreadyExists sends the plain Kubernetes AlreadyExists Status for a name taken
// where CCI has no code for it (networks, volume claims).
func alreadyExists(w http.ResponseWriter, res resource, name string) {
	writeStatus(w, plainStatus(http.StatusConflict, "AlreadyExists",
		res.qualified()+" "+strconv.Quote(name)+" already exists",
		&validate.StatusDetails{Name: name, Group: res.group, Kind: res.kind}))
}

// badRequest returns the plain Kubernetes BadRequest Status, for bodies no CCI
// rule judges but the server cannot use (the body of an update).
func badRequest(message string) validate.Status {
	return plainStatus(http.StatusBadRequest, "BadRequest", message, nil)
}

// A successStatus is the Status of a successful delete.
type successStatus struct {
	Kind       string         `json:"kind"`
	APIVersion string         `json:"apiVersion"`
	Metadata   struct{}       `json:"metadata"`
	Status     string         `json:"status"`
	Details    successDetails `json:"details"`
	Code       int            `json:"code"`
}

type successDetails struct {
	Name  string `json:"name"`
	Group string `json:"group,omitempty"`
	Kind  string `json:"kind"`
	UID   string `json:"uid,omitempty"`
}

// deleted sends 200 with the Success Status of a delete.
func deleted(w http.ResponseWriter, res resource, name, uid string) {
	writeJSON(w, http.StatusOK, successStatus{
		Kind: "Status", APIVersion: "v1", Status: "Success", Code: http.StatusOK,
		Details: successDetails{Name: name, Group: res.group, Kind: res.kind, UID: uid},
	})
}

// newUUID returns a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// timestamp returns the time now as Kubernetes writes it.
func timestamp() string { return time.Now().UTC().Format(time.RFC3339) }

// decodeObject decodes a JSON object, keeping numbers as written.
func decodeObject(data []byte) (object, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var obj object
	if dec.Decode(&obj) != nil || obj == nil {
		return nil, false
	}
	return obj, true
}

// child returns the object under key of obj, creating it when missing or not an
// object.
func child(obj object, key string) object {
	if m, ok := obj[key].(object); ok {
		return m
	}
	m := object{}
	obj[key] = m
	return m
}

// mergePatch applies patch to obj as a JSON merge patch (RFC 7386).
func mergePatch(obj, patch object) {
	for k, v := range patch {
		if v == nil {
			delete(obj, k)
			continue
		}
		if pv, ok := v.(object); ok {
			if _, isObj := obj[k].(object); !isObj {
				obj[k] = object{}
			}
			mergePatch(obj[k].(object), pv)
			continue
		}
		obj[k] = v
	}
}
