package preflight

import (
	"bytes"
	"net/http"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
)

// checkCharts applies the chart and release rules (cci-rules.md §7, §8); other
// operations have none here.
func (c *checker) checkCharts(req *http.Request, r route.Route, data []byte) validate.ErrorList {
	switch r.Op {
	case route.ChartUpload:
		return chart.ValidateUploadBody(req.Header.Get("Content-Type"), bytes.NewReader(data), c.ch...)
	case route.ChartUpdate:
		return chart.ValidateUpdateBody(r.ChartID, req.Header.Get("Content-Type"), bytes.NewReader(data), c.ch...)
	case route.ChartGet:
		return chart.ValidateGet(r.ChartID)
	case route.ChartDelete:
		return chart.ValidateDelete(r.ChartID)
	case route.ChartDownload:
		return chart.ValidateDownload(r.ChartID)
	case route.ReleaseCreate:
		return release.ValidateCreateJSON(data, c.rel...)
	case route.ReleaseUpdate:
		return release.ValidateUpdateJSON(r.Name, data, c.rel...)
	case route.ReleaseGet:
		return release.ValidateGet(r.Name)
	case route.ReleaseDelete:
		return release.ValidateDelete(r.Name)
	}
	return nil
}
