package ccitest

import "net/http/httptest"

// A Server is an in-memory CCI listening on a loopback address: an
// [httptest.Server] (URL, Client, Close, ...) whose handler is a [Handler], whose
// methods (SetFault, SetReleaseStatus) it also has.
type Server struct {
	*httptest.Server
	*Handler
}

// NewServer starts and returns an in-memory CCI configured by opts. The caller
// should Close it when done.
//
// A fresh server holds no namespaces, networks, volume claims, charts or releases;
// grants every IAM action and GPU and OBS beta access; knows every volume ID as
// available; has no official charts; and allows five namespaces (cci-rules.md §11).
// Options seed what it holds and knows, and inject faults.
func NewServer(opts ...Option) *Server {
	h := NewHandler(opts...)
	return &Server{Server: httptest.NewServer(h), Handler: h}
}
