package ccitest

import (
	"encoding/json"
	"net/http"

	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
)

// A Release is a release the server holds, as the release routes answer it (CCE's
// release object, in part).
type Release struct {
	Name      string `json:"name"`
	Namespace string `json:"namespace"`
	// ChartID is the chart the release installs; ChartName its name when the
	// server holds the chart.
	ChartID   string `json:"chart_id"`
	ChartName string `json:"chart_name,omitempty"`
	// Version is the chart version installed.
	Version     string          `json:"version"`
	ClusterID   string          `json:"cluster_id"`
	Description string          `json:"description,omitempty"`
	Values      json.RawMessage `json:"values"`
	// Status is the release's status: release.StatusDeployed after a create or
	// update, or what [WithRelease] or [Handler.SetReleaseStatus] set.
	Status string `json:"status"`
	// ReleaseVersion is the release's revision: 1 after its create, one more
	// after each update.
	ReleaseVersion int    `json:"release_version"`
	CreateAt       string `json:"create_at"`
	UpdateAt       string `json:"update_at"`
}

func (h *Handler) createRelease(w http.ResponseWriter, r route.Route, data []byte) {
	var req release.CreateRequest
	json.Unmarshal(data, &req) // the rules have accepted it
	now := timestamp()
	rel := &Release{
		Name: req.Name, Namespace: req.Namespace, ChartID: req.ChartID, Version: req.Version,
		ClusterID: r.ClusterID, Description: req.Description, Values: req.Values,
		Status: release.StatusDeployed, ReleaseVersion: 1, CreateAt: now, UpdateAt: now,
	}
	if c := h.st.charts[req.ChartID]; c != nil {
		rel.ChartName = c.Name
	}
	h.st.releases[releaseKey{r.ClusterID, req.Name}] = rel
	writeJSON(w, http.StatusCreated, rel)
}

// release returns the release of a request by name, or answers CCI.04.404204 (which
// the rules, given what the server holds, have already answered).
func (h *Handler) release(w http.ResponseWriter, r route.Route) *Release {
	rel := h.st.releases[releaseKey{r.ClusterID, r.Name}]
	if rel == nil || rel.Namespace != r.Namespace {
		writeStatus(w, validate.NewStatus(validate.ReleaseNotFound))
		return nil
	}
	return rel
}

func (h *Handler) getRelease(w http.ResponseWriter, r route.Route) {
	if rel := h.release(w, r); rel != nil {
		writeJSON(w, http.StatusOK, rel)
	}
}

// updateRelease upgrades (new chart, version and values when given) or rolls back a
// release; either way it is DEPLOYED at the next revision.
func (h *Handler) updateRelease(w http.ResponseWriter, r route.Route, data []byte) {
	rel := h.release(w, r)
	if rel == nil {
		return
	}
	var req release.UpdateRequest
	json.Unmarshal(data, &req) // the rules have accepted it
	if req.Action == release.ActionUpgrade {
		rel.ChartID = req.ChartID
		if c := h.st.charts[req.ChartID]; c != nil {
			rel.ChartName = c.Name
		}
		if req.Version != "" {
			rel.Version = req.Version
		}
		if len(req.Values) > 0 && string(req.Values) != "null" {
			rel.Values = req.Values
		}
	}
	rel.Status = release.StatusDeployed
	rel.ReleaseVersion++
	rel.UpdateAt = timestamp()
	writeJSON(w, http.StatusOK, rel)
}

func (h *Handler) deleteRelease(w http.ResponseWriter, r route.Route) {
	if rel := h.release(w, r); rel != nil {
		delete(h.st.releases, releaseKey{r.ClusterID, r.Name})
		writeJSON(w, http.StatusOK, successStatus{
			Kind: "Status", APIVersion: "v1", Status: "Success", Code: http.StatusOK,
			Details: successDetails{Name: rel.Name, Kind: "releases"},
		})
	}
}
