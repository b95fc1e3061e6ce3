// Package ccitest is an in-memory CCI for unit tests of request builders and for
// local runs: an HTTP server that serves every route of cci-rules.md §2 (also under
// any path prefix), judges each request with exactly the code package preflight uses
// — so a bad request gets, byte for byte, the status code and Status body preflight
// and CCI send — and keeps what it is asked to create, so the rules that depend on
// state happen for real.
//
//	srv := ccitest.NewServer()
//	defer srv.Close()
//	client := srv.Client()
//	resp, err := client.Post(srv.URL+"/api/v1/namespaces", "application/json", body)
//
// # What it holds
//
// A fresh server holds nothing (cci-rules.md §11). Namespaces (CCI 1.0 and 2.0 share
// one store: names and the quota of 5) hold networks and imported volume claims;
// every namespaced route needs its namespace, and a namespace's delete removes what
// it holds. Charts are held by ID (a new UUID on upload) with their package bytes;
// releases by cluster and name (names are unique in a cluster, as in Helm 2). A
// release create does not require its chart to be held, and a created or updated
// release is DEPLOYED.
//
// What the server holds is fed into the request packages' Context structs, so these
// codes come from the library's own rules: a namespace name taken (CCI.02.409101) or
// the quota used up (CCI.02.400106); a chart name taken (CCI.04.409112) or official
// (CCI.04.409123 on upload, CCI.04.403124 on download); a chart update with another
// name or version (CCI.04.403112) or of another tenant's chart (CCI.04.403130); the
// delete of a chart a release uses (CCI.04.403125); a release name taken
// (CCI.04.409213), not found (CCI.04.404204) or not DEPLOYED or FAILED on update
// (CCI.04.403131); a volume unknown (CCI.01.400306), not available (CCI.01.400305)
// or already imported (CCI.01.400309); the permissions of the granted IAM actions
// (CCI.01.403105–CCI.01.403114) and GPU and OBS beta access (CCI.01.403101,
// CCI.01.403102). Options seed all of these, and [WithFault] makes an operation
// answer any catalogue code, such as the server-only ones of §10.
//
// # Answers
//
// Creates answer 201 with the stored object: namespaces, networks and volume claims
// with metadata.uid, metadata.creationTimestamp, metadata.resourceVersion and a
// status; a chart as [Chart] ({"id", "name", "version", ...}); a release as
// [Release] ({"name", "namespace", "chart_id", "version", "status", ...}). Gets and
// updates answer 200 with the object; the namespace list a NamespaceList (filtered by
// fieldSelector=metadata.name=<name>); the volume list an array of
// {"persistentVolumeClaim", "storageInfo"} of the query's storageType (default bs);
// deletes 200 with a Success Status; a chart download 200 with the package bytes as
// application/gzip. A namespace or network update applies its body as a JSON merge
// patch, keeping the fields the server sets.
//
// A request breaking a rule gets the Status preflight sends (cci-rules.md §1). A
// request for something the server does not hold that has no CCI code (a namespace,
// network, volume claim or chart) gets a plain Kubernetes NotFound Status (404, no
// errorCode), and a network or volume claim name taken in its namespace a plain
// AlreadyExists (409). A path that is none of CCI's routes gets a plain 404.
//
// The order is always: fault, then the rules (permissions, request, context), then
// what the server holds (NotFound). A [Server] is safe for concurrent use.
package ccitest
