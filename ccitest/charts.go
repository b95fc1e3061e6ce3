package ccitest

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/route"
)

// A Chart is a chart the server holds, as the chart routes answer it (CCE's chart
// object, in part) and as [WithChart] seeds it.
type Chart struct {
	// ID is the chart ID the chart routes take: a UUID the server gives on upload.
	ID string `json:"id"`
	// Name and Version are the package's Chart.yaml fields.
	Name    string `json:"name"`
	Version string `json:"version"`
	// Public marks one of CCI's official charts: downloading it is CCI.04.403124.
	Public bool `json:"public"`
	// CreateAt and UpdateAt are RFC 3339 times, set by the server.
	CreateAt string `json:"create_at"`
	UpdateAt string `json:"update_at"`
	// Owner is the tenant that uploaded the chart; it is not sent. Updating a
	// chart of another tenant than the caller's is CCI.04.403130.
	Owner string `json:"-"`
}

// uploaded returns the package of an upload form that the rules have accepted: the
// first "content" file part, with its file name.
func uploaded(req *http.Request, data []byte) (filename string, pkg []byte) {
	_, params, err := mime.ParseMediaType(req.Header.Get("Content-Type"))
	if err != nil {
		return "", nil
	}
	mr := multipart.NewReader(bytes.NewReader(data), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err != nil {
			return "", nil
		}
		if part.FormName() == "content" {
			pkg, _ = io.ReadAll(part)
			return part.FileName(), pkg
		}
	}
}

// inspect returns the name and version of an accepted package.
func inspect(filename string, pkg []byte) chart.Info {
	info, _ := chart.Inspect(filename, bytes.NewReader(pkg), chart.WithMaxPackageSize(packageLimit))
	return info
}

func (h *Handler) uploadChart(w http.ResponseWriter, req *http.Request, data []byte) {
	filename, pkg := uploaded(req, data)
	info := inspect(filename, pkg)
	now := timestamp()
	c := &storedChart{Chart: Chart{
		ID: newUUID(), Name: info.Name, Version: info.Version,
		CreateAt: now, UpdateAt: now, Owner: h.cfg.tenant,
	}, archive: pkg}
	h.st.charts[c.ID] = c
	writeJSON(w, http.StatusCreated, c.Chart)
}

// chart returns the chart of a request by ID, or answers NotFound.
func (h *Handler) chart(w http.ResponseWriter, r route.Route) *storedChart {
	c := h.st.charts[r.ChartID]
	if c == nil {
		notFound(w, chartsRes, r.ChartID)
	}
	return c
}

// updateChart replaces the package of a chart (the rules have checked that its name
// and version are the chart's).
func (h *Handler) updateChart(w http.ResponseWriter, req *http.Request, r route.Route, data []byte) {
	c := h.chart(w, r)
	if c == nil {
		return
	}
	_, c.archive = uploaded(req, data)
	c.UpdateAt = timestamp()
	writeJSON(w, http.StatusOK, c.Chart)
}

func (h *Handler) getChart(w http.ResponseWriter, r route.Route) {
	if c := h.chart(w, r); c != nil {
		writeJSON(w, http.StatusOK, c.Chart)
	}
}

// downloadChart sends the package bytes as application/gzip.
func (h *Handler) downloadChart(w http.ResponseWriter, r route.Route) {
	c := h.chart(w, r)
	if c == nil {
		return
	}
	w.Header().Set("Content-Type", "application/gzip")
	w.Header().Set("Content-Length", strconv.Itoa(len(c.archive)))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment",
		map[string]string{"filename": c.Name + "-" + c.Version + ".tgz"}))
	w.WriteHeader(http.StatusOK)
	w.Write(c.archive)
}

func (h *Handler) deleteChart(w http.ResponseWriter, r route.Route) {
	if c := h.chart(w, r); c != nil {
		delete(h.st.charts, c.ID)
		deleted(w, chartsRes, c.ID, "")
	}
}
