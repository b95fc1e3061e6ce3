// Command quickstart checks a handful of typical CCI requests with ccicheck, the way
// a deploy tool would before sending them, and prints each verdict with the Status
// body CCI itself would have answered. Everything runs offline.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ccicheck/ccicheck/chart"
	"github.com/ccicheck/ccicheck/internal/chartgen"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/release"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
)

const (
	volumeID = "8e4a3f56-8b1c-4f5e-9d3a-2c1b0a9f8e7d"
	chartID  = "5e7b1c9a-0d3f-4e62-b1a8-2f4c6d8e0a13"
	hex32    = "0b4f6c1e7a9d4e2f8c3b5a6d7e8f9a0b"
)

func main() {
	flavor := func(f string) map[string]string { return map[string]string{namespace.FlavorAnnotation: f} }

	// Typed requests, as a request builder makes them.
	show("namespace team-a-prod, general-computing", namespace.ValidateCreate(&namespace.Namespace{
		Metadata: namespace.ObjectMeta{Name: "team-a-prod", Annotations: flavor("general-computing")}}))
	show("namespace Team_A", namespace.ValidateCreate(&namespace.Namespace{
		Metadata: namespace.ObjectMeta{Name: "Team_A", Annotations: flavor("general-computing")}}))
	show("namespace flavor gpu", namespace.ValidateCreate(&namespace.Namespace{
		Metadata: namespace.ObjectMeta{Name: "team-b", Annotations: flavor("gpu")}}))
	show("release my-release", release.ValidateCreate(&release.CreateRequest{
		ChartID: chartID, Name: "my-release", Namespace: "team-a-prod", Version: "1.10.0", Values: json.RawMessage(`{}`)}))
	show("release my.release, chart version v1.2", release.ValidateCreate(&release.CreateRequest{
		ChartID: chartID, Name: "my.release", Namespace: "team-a-prod", Version: "v1.2", Values: json.RawMessage(`{}`)}))

	// JSON bytes, as they are about to go on the wire.
	show("network underlay_neutron", network.ValidateCreateJSON("team-a-prod", []byte(`{
	  "apiVersion": "networking.cci.io/v1beta1", "kind": "Network",
	  "metadata": {"name": "team-a-net", "annotations": {
	    "network.alpha.kubernetes.io/project-id": "`+hex32+`",
	    "network.alpha.kubernetes.io/domain-id": "`+hex32+`",
	    "network.alpha.kubernetes.io/default-security-group": "`+hex32+`"}},
	  "spec": {"cidr": "192.168.0.0/24", "attachedVPC": "`+volumeID+`", "networkID": "`+volumeID+`",
	    "subnetID": "`+volumeID+`", "networkType": "underlay_neutron"}}`)))
	show("volume import nfs-rw with fsType ext4", volume.ValidateImportJSON("team-a-prod", []byte(`{
	  "apiVersion": "v1", "kind": "PersistentVolumeClaim",
	  "metadata": {"name": "data", "annotations": {"fsType": "ext4", "volumeID": "`+volumeID+`"}},
	  "spec": {"storageClassName": "nfs-rw", "resources": {"requests": {"storage": "10Gi"}}}}`)))
	show("release create body with a duplicate key (last wins, as on the server)", release.ValidateCreateJSON([]byte(
		`{"chart_id":"`+chartID+`","name":"web","name":"web-2","namespace":"team-a-prod","version":"1.0.0","values":{}}`)))

	// A chart package, as helm package writes it.
	pkg := chartgen.Chart("web", "1.0.0").Archive()
	_, errs := chart.Inspect("web-1.0.0.tgz", bytes.NewReader(pkg))
	show("chart web-1.0.0.tgz", errs)
	_, errs = chart.Inspect("web-1.0.1.tgz", bytes.NewReader(pkg))
	show("chart web-1.0.0.tgz uploaded as web-1.0.1.tgz", errs)
}

// show prints the verdict on one request and, for a rejection, the body CCI sends.
func show(what string, errs validate.ErrorList) {
	if len(errs) == 0 {
		fmt.Printf("ok      %s\n", what)
		return
	}
	fmt.Printf("reject  %s\n", what)
	for _, e := range errs {
		fmt.Printf("        %s\n", e)
	}
	body, _ := json.Marshal(errs.Status())
	fmt.Printf("        %s\n", body)
}
