package chart

import (
	"strconv"

	"github.com/ccicheck/ccicheck/validate"
)

// ValidateGet checks a get, GET /v2/charts/{chart_id}: the chart ID rules
// (field "chart_id": empty CCI.04.400105, longer than 64 CCI.04.400112,
// other than letters, digits, '-' and '_' CCI.04.400113).
func ValidateGet(chartID string, opts ...Option) validate.ErrorList {
	if e := checkChartID(chartID); e != nil {
		return validate.ErrorList{e}
	}
	return nil
}

// ValidateDownload checks a download, GET /v2/charts/{chart_id}/archive: the
// chart ID rules as [ValidateGet], then, with a [Context], the download of
// an official chart (Context.Chart marked Official, or named in
// Context.Official): CCI.04.403124.
func ValidateDownload(chartID string, opts ...Option) validate.ErrorList {
	if e := checkChartID(chartID); e != nil {
		return validate.ErrorList{e}
	}
	o := apply(opts)
	if c := o.ctx.Chart; c != nil && (c.Official || c.Name != "" && contains(o.ctx.Official, c.Name)) {
		return validate.ErrorList{validate.NewError(validate.OfficialChartDownloadForbidden, fieldChartID,
			"chart "+strconv.Quote(c.Name)+" is an official chart, which cannot be downloaded")}
	}
	return nil
}

// ValidateDelete checks a delete, DELETE /v2/charts/{chart_id}: the chart ID
// rules as [ValidateGet], then, with a [Context], the delete of a chart a
// release uses (Context.Chart marked InUse, or the ID listed in
// Context.InUse): CCI.04.403125.
func ValidateDelete(chartID string, opts ...Option) validate.ErrorList {
	if e := checkChartID(chartID); e != nil {
		return validate.ErrorList{e}
	}
	o := apply(opts)
	if c := o.ctx.Chart; c != nil && c.InUse || contains(o.ctx.InUse, chartID) {
		return validate.ErrorList{validate.NewError(validate.ChartInUse, fieldChartID,
			"chart "+strconv.Quote(chartID)+" is used by a release")}
	}
	return nil
}

// An Addon describes the chart an add-on request refers to, as the caller
// knows it.
type Addon struct {
	// IsAddon says whether the chart is an add-on chart.
	IsAddon bool
	// Version is the add-on version the request names; "" means none.
	Version string
}

// ValidateAddonRequest checks a request that only add-on charts may make
// (these endpoints are not public; cci-rules.md §7 "Add-ons and readme"): a
// chart that is not an add-on is CCI.04.400111 (field "chart"), then a
// request without the add-on version is CCI.04.400126 (field "version").
func ValidateAddonRequest(a Addon) validate.ErrorList {
	var errs validate.ErrorList
	if !a.IsAddon {
		errs = append(errs, validate.NewError(validate.AddonOnly, "chart", "the request supports only add-on charts"))
	}
	if a.Version == "" {
		errs = append(errs, validate.NewError(validate.AddonVersionMissing, "version", "the add-on version is not given"))
	}
	return errs
}

// ValidateReadmeLanguage checks the language of a readme request: Chinese or
// English, as "zh", "zh-cn", "en" or "en-us" in any case, with '_' or '-'
// ("zh_CN", "EN-US"). Anything else, "" included, is CCI.04.400131 (field
// "language").
func ValidateReadmeLanguage(lang string) validate.ErrorList {
	if isReadmeLanguage(lang) {
		return nil
	}
	return validate.ErrorList{validate.NewError(validate.ReadmeLanguageUnsupported, "language",
		"language "+strconv.Quote(lang)+" is not supported; use zh, zh-cn, en or en-us")}
}

// ValidateReadme checks a readme operation: the language as
// [ValidateReadmeLanguage] does, then a chart that is not an add-on chart
// (isAddon false): CCI.04.403129 (field "chart").
func ValidateReadme(lang string, isAddon bool) validate.ErrorList {
	errs := ValidateReadmeLanguage(lang)
	if !isAddon {
		errs = append(errs, validate.NewError(validate.ReadmeChartNotAddon, "chart",
			"readme operations are for add-on charts only"))
	}
	return errs
}

func isReadmeLanguage(s string) bool {
	if len(s) != 2 && len(s) != 5 {
		return false
	}
	lang := lower(s[0])<<8 | lower(s[1])
	if lang != 'z'<<8|'h' && lang != 'e'<<8|'n' {
		return false
	}
	if len(s) == 2 {
		return true
	}
	if s[2] != '-' && s[2] != '_' {
		return false
	}
	region := lower(s[3])<<8 | lower(s[4])
	return lang == 'z'<<8|'h' && region == 'c'<<8|'n' || lang == 'e'<<8|'n' && region == 'u'<<8|'s'
}

func lower(c byte) uint16 {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return uint16(c)
}
