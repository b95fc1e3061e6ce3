// Package preflight checks CCI requests on the wire, before they leave the machine.
//
// Change one line where the HTTP client is built:
//
//	client := &http.Client{Transport: preflight.NewTransport(nil)}
//
// and every request CCI would reject comes back from the transport itself with the
// very status code and Status body CCI would have sent (errorCode, code, reason and
// the server's message, plus details.causes saying which field broke which rule), so
// an SDK's own error handling, retries and logs behave as with the real server.
// Requests CCI would accept are sent on unchanged.
//
// The operation of a request is found from its method and the ending of its path
// (cci-rules.md §2), so gateway prefixes work; anything else passes through. The
// rules are those of the packages namespace, network, volume, chart and release.
// Rules that need what only the caller knows — granted IAM actions, GPU and OBS beta
// access, the VPC's subnets — apply when given as options; the opt-in rules
// (X-User-Token, namespace-scoped lists) when asked for. [WithReportOnly] sends every
// request on and reports the would-be rejections instead, for rolling the check out.
//
// [Check] gives the verdict on one request without sending it.
package preflight
