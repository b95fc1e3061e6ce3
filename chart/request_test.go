package chart

import (
	"strings"
	"testing"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
)

func TestChartIDRequests(t *testing.T) {
	const id = "3f1e2d4c-0000-4a5b-9c8d-123456789abc"
	cases := []struct {
		id   string
		want validate.Code
	}{
		{id, 0},
		{"a", 0},
		{"my_chart-1", 0},
		{strings.Repeat("a", 64), 0},
		{"", validate.ChartIDEmpty},
		{strings.Repeat("a", 65), validate.ChartIDTooLong},
		{strings.Repeat("-", 65), validate.ChartIDTooLong}, // length before characters
		{"-abc", validate.ChartIDInvalid},
		{"abc_", validate.ChartIDInvalid},
		{"a/b", validate.ChartIDInvalid},
		{"chärt", validate.ChartIDInvalid},
	}
	for _, tc := range cases {
		for name, f := range map[string]func(string, ...Option) validate.ErrorList{
			"get": ValidateGet, "download": ValidateDownload, "delete": ValidateDelete,
		} {
			errs := f(tc.id)
			if tc.want == 0 {
				assert.Empty(t, errs, "%s %q", name, tc.id)
				continue
			}
			if assert.Len(t, errs, 1, "%s %q", name, tc.id) {
				assert.Equal(t, tc.want, errs[0].Code, "%s %q", name, tc.id)
				assert.Equal(t, "chart_id", errs[0].Field)
			}
		}
	}
}

func TestRequestContext(t *testing.T) {
	const id = "c1"
	official := WithContext(Context{Chart: &StoredChart{Name: "nginx"}, Official: []string{"nginx"}})
	marked := WithContext(Context{Chart: &StoredChart{Name: "x", Official: true}})
	inUse := WithContext(Context{InUse: []string{"c0", id}})
	markedInUse := WithContext(Context{Chart: &StoredChart{InUse: true}})
	other := WithContext(Context{Chart: &StoredChart{Name: "mine"}, Official: []string{"nginx"}, InUse: []string{"c0"}})

	assert.Equal(t, []validate.Code{validate.OfficialChartDownloadForbidden}, codesOf(ValidateDownload(id, official)))
	assert.Equal(t, []validate.Code{validate.OfficialChartDownloadForbidden}, codesOf(ValidateDownload(id, marked)))
	assert.Empty(t, ValidateDownload(id, other))
	assert.Empty(t, ValidateDownload(id, inUse))
	assert.Equal(t, []validate.Code{validate.ChartIDEmpty}, codesOf(ValidateDownload("", official)), "ID rules first")

	assert.Equal(t, []validate.Code{validate.ChartInUse}, codesOf(ValidateDelete(id, inUse)))
	assert.Equal(t, []validate.Code{validate.ChartInUse}, codesOf(ValidateDelete(id, markedInUse)))
	assert.Empty(t, ValidateDelete(id, other))
	assert.Empty(t, ValidateDelete(id, official))

	// Get has no context rules.
	assert.Empty(t, ValidateGet(id, official, inUse))
}

func TestAddonRequest(t *testing.T) {
	assert.Empty(t, ValidateAddonRequest(Addon{IsAddon: true, Version: "1.0.0"}))
	assert.Equal(t, []validate.Code{validate.AddonOnly}, codesOf(ValidateAddonRequest(Addon{Version: "1.0.0"})))
	assert.Equal(t, []validate.Code{validate.AddonVersionMissing}, codesOf(ValidateAddonRequest(Addon{IsAddon: true})))
	assert.Equal(t, []validate.Code{validate.AddonOnly, validate.AddonVersionMissing}, codesOf(ValidateAddonRequest(Addon{})))
}

func TestReadme(t *testing.T) {
	for _, lang := range []string{"zh", "ZH", "zh-cn", "zh_CN", "Zh-Cn", "en", "EN", "en-us", "en_US", "EN-us"} {
		assert.Empty(t, ValidateReadmeLanguage(lang), lang)
		assert.Empty(t, ValidateReadme(lang, true), lang)
	}
	for _, lang := range []string{"", "fr", "zh-tw", "en-gb", "zh-us", "en-cn", "zh.cn", "zhcn", "en-us ", "english", "chinese"} {
		errs := ValidateReadmeLanguage(lang)
		if assert.Len(t, errs, 1, lang) {
			assert.Equal(t, validate.ReadmeLanguageUnsupported, errs[0].Code, lang)
			assert.Equal(t, "language", errs[0].Field)
		}
	}
	assert.Equal(t, []validate.Code{validate.ReadmeChartNotAddon}, codesOf(ValidateReadme("en", false)))
	assert.Equal(t, []validate.Code{validate.ReadmeLanguageUnsupported, validate.ReadmeChartNotAddon}, codesOf(ValidateReadme("fr", false)))
}

func TestValidRequestsAllocateNothing(t *testing.T) {
	const id = "3f1e2d4c-0000-4a5b-9c8d-123456789abc"
	opt := WithContext(Context{Chart: &StoredChart{Name: "mine"}, Official: []string{"nginx"}, InUse: []string{"c0"}})
	allocs := testing.AllocsPerRun(100, func() {
		_ = ValidateGet(id)
		_ = ValidateDownload(id, opt)
		_ = ValidateDelete(id, opt)
		_ = ValidateReadmeLanguage("zh_CN")
		_ = ValidateReadme("en-us", true)
		_ = ValidateAddonRequest(Addon{IsAddon: true, Version: "1.0.0"})
	})
	assert.Zero(t, allocs)
}
