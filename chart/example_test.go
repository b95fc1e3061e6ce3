package chart_test

import (
	"bytes"
	"fmt"
	"mime/multipart"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/validate"
)

func ExampleValidatePackage() {
	pkg := chartgen.Chart("mychart", "0.1.0").Archive() // the bytes of mychart-0.1.0.tgz

	fmt.Println(chart.ValidatePackage("dist/mychart-0.1.0.tgz", bytes.NewReader(pkg)))
	err := chart.ValidatePackage("mychart-0.1.0.tar.gz", bytes.NewReader(pkg))
	fmt.Println(validate.CodeOf(err))
	err = chart.ValidatePackage("mychart-0.2.0.tgz", bytes.NewReader(pkg))
	fmt.Println(validate.CodeOf(err))
	// Output:
	// <nil>
	// CCI.04.400118
	// CCI.04.400121
}

func ExampleInspect() {
	pkg := chartgen.Chart("mychart", "1.10.0").
		Nested("mychart/charts/redis-0.1.0.tgz", chartgen.Chart("redis", "0.1.0")).
		Archive()

	info, errs := chart.Inspect("mychart-1.10.0.tgz", bytes.NewReader(pkg))
	fmt.Println(info.Name, info.Version, info.Entries, len(errs))
	for _, sub := range info.Charts {
		fmt.Println(sub.Path, sub.Name, sub.Version)
	}
	// Output:
	// mychart 1.10.0 4 0
	// mychart/charts/redis-0.1.0.tgz redis 0.1.0
}

func ExampleInspect_badVersion() {
	pkg := chartgen.Chart("mychart", "1.2").Archive()

	_, errs := chart.Inspect("mychart-1.2.tgz", bytes.NewReader(pkg))
	for _, e := range errs {
		fmt.Println(e.Code, e.Field)
	}
	// Output:
	// CCI.04.400104 content[mychart/Chart.yaml].version
}

func ExampleValidateUploadBody() {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, _ := w.CreateFormFile("content", "mychart-0.1.0.tgz")
	part.Write(chartgen.Chart("mychart", "0.1.0").Archive())
	w.WriteField("parameters", `{"public": false}`)
	w.Close()

	errs := chart.ValidateUploadBody(w.FormDataContentType(), bytes.NewReader(body.Bytes()),
		chart.WithContext(chart.Context{Uploaded: []string{"mychart"}}))
	fmt.Println(errs.First().Code, errs.First().Field)
	// Output:
	// CCI.04.409112 content[mychart/Chart.yaml].name
}

func ExampleValidateDownload() {
	ctx := chart.Context{Chart: &chart.StoredChart{Name: "nginx", Official: true}}
	fmt.Println(chart.ValidateDownload("5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13", chart.WithContext(ctx)).First().Code)
	fmt.Println(chart.ValidateDownload("").First().Code)
	// Output:
	// CCI.04.403124
	// CCI.04.400105
}

func ExampleValidateReadmeLanguage() {
	fmt.Println(len(chart.ValidateReadmeLanguage("zh_CN")))
	fmt.Println(chart.ValidateReadmeLanguage("fr").First().Code)
	// Output:
	// 0
	// CCI.04.400131
}
